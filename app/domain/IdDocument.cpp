#include "IdDocument.h"

#include <QHash>

namespace cet {

namespace {

QString compactLabel(const QString &label)
{
    QString out;
    out.reserve(label.size());
    for (QChar c : label) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            c = QChar(char16_t(u - 0xFEE0));
        out.append(c.toLower());
    }
    return out;
}

const QHash<QString, IdType> &labelTable()
{
    static const QHash<QString, IdType> table = [] {
        QHash<QString, IdType> t;
        const auto add = [&t](const char *utf8, IdType type) { t.insert(compactLabel(QString::fromUtf8(utf8)), type); };
        add("中华人民共和国居民身份证", IdType::ResidentId);
        add("中华人民共和国身份证", IdType::ResidentId);
        add("中国居民身份证", IdType::ResidentId);
        add("居民身份证", IdType::ResidentId);
        add("身份证", IdType::ResidentId);
        add("二代身份证", IdType::ResidentId);
        add("第二代居民身份证", IdType::ResidentId);
        add("大陆居民身份证", IdType::ResidentId);
        add("内地居民身份证", IdType::ResidentId);
        add("resident id", IdType::ResidentId);
        add("resident id card", IdType::ResidentId);
        add("台湾居民往来大陆通行证", IdType::TaiwanTravelPermit);
        add("台湾居民来往大陆通行证", IdType::TaiwanTravelPermit);
        add("台胞证", IdType::TaiwanTravelPermit);
        add("港澳居民来往内地通行证", IdType::HkMacaoTravelPermit);
        add("港澳居民往来内地通行证", IdType::HkMacaoTravelPermit);
        add("回乡证", IdType::HkMacaoTravelPermit);
        add("港澳回乡证", IdType::HkMacaoTravelPermit);
        add("护照", IdType::Passport);
        add("中国护照", IdType::Passport);
        add("外国护照", IdType::Passport);
        add("passport", IdType::Passport);
        add("香港身份证", IdType::HongKongId);
        add("香港居民身份证", IdType::HongKongId);
        add("香港永久性居民身份证", IdType::HongKongId);
        add("hkid", IdType::HongKongId);
        add("澳门身份证", IdType::MacaoId);
        add("澳门居民身份证", IdType::MacaoId);
        add("澳门永久性居民身份证", IdType::MacaoId);
        add("港澳居民居住证", IdType::HkMacaoResidencePermit);
        add("台湾居民居住证", IdType::TaiwanResidencePermit);
        return t;
    }();
    return table;
}

const QStringList &refusedLabels()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char *s : { "军官证", "士兵证", "警官证", "武警警官证", "文职干部证", "军人证", "军人身份证",
                 "军队离退休干部证", "学生证", "驾驶证", "户口本", "户口簿", "往来港澳通行证" })
            l.append(compactLabel(QString::fromUtf8(s)));
        return l;
    }();
    return list;
}

} // namespace

QList<IdType> acceptedIdTypes()
{
    return { IdType::ResidentId, IdType::TaiwanTravelPermit, IdType::HkMacaoTravelPermit, IdType::Passport,
        IdType::HongKongId, IdType::MacaoId, IdType::HkMacaoResidencePermit, IdType::TaiwanResidencePermit };
}

int idTypeCode(IdType type)
{
    const int code = static_cast<int>(type);
    return code >= 1 && code <= 8 ? code : 0;
}

IdType idTypeFromCode(int code)
{
    return code >= 1 && code <= 8 ? static_cast<IdType>(code) : IdType::Unknown;
}

QString idTypeLabel(IdType type)
{
    switch (type) {
    case IdType::ResidentId:
        return QString::fromUtf8("中华人民共和国居民身份证");
    case IdType::TaiwanTravelPermit:
        return QString::fromUtf8("台湾居民往来大陆通行证");
    case IdType::HkMacaoTravelPermit:
        return QString::fromUtf8("港澳居民来往内地通行证");
    case IdType::Passport:
        return QString::fromUtf8("护照");
    case IdType::HongKongId:
        return QString::fromUtf8("香港身份证");
    case IdType::MacaoId:
        return QString::fromUtf8("澳门身份证");
    case IdType::HkMacaoResidencePermit:
        return QString::fromUtf8("港澳居民居住证");
    case IdType::TaiwanResidencePermit:
        return QString::fromUtf8("台湾居民居住证");
    case IdType::Unknown:
        break;
    }
    return {};
}

QString idTypeDisplayName(IdType type)
{
    switch (type) {
    case IdType::ResidentId:
        return IdDocument::tr("PRC resident identity card");
    case IdType::TaiwanTravelPermit:
        return IdDocument::tr("Mainland travel permit for Taiwan residents");
    case IdType::HkMacaoTravelPermit:
        return IdDocument::tr("Mainland travel permit for Hong Kong and Macao residents");
    case IdType::Passport:
        return IdDocument::tr("Passport");
    case IdType::HongKongId:
        return IdDocument::tr("Hong Kong identity card");
    case IdType::MacaoId:
        return IdDocument::tr("Macao identity card");
    case IdType::HkMacaoResidencePermit:
        return IdDocument::tr("Residence permit for Hong Kong and Macao residents");
    case IdType::TaiwanResidencePermit:
        return IdDocument::tr("Residence permit for Taiwan residents");
    case IdType::Unknown:
        break;
    }
    return IdDocument::tr("Unknown ID type");
}

QString idTypeShortName(IdType type)
{
    switch (type) {
    case IdType::ResidentId:
        return IdDocument::tr("Resident ID");
    case IdType::TaiwanTravelPermit:
        return IdDocument::tr("Taiwan travel permit");
    case IdType::HkMacaoTravelPermit:
        return IdDocument::tr("HK/Macao travel permit");
    case IdType::Passport:
        return IdDocument::tr("Passport");
    case IdType::HongKongId:
        return IdDocument::tr("Hong Kong ID");
    case IdType::MacaoId:
        return IdDocument::tr("Macao ID");
    case IdType::HkMacaoResidencePermit:
        return IdDocument::tr("HK/Macao residence permit");
    case IdType::TaiwanResidencePermit:
        return IdDocument::tr("Taiwan residence permit");
    case IdType::Unknown:
        break;
    }
    return IdDocument::tr("Unknown ID type");
}

Result<IdType> idTypeFromLabel(const QString &label)
{
    const QString key = compactLabel(label);
    if (key.size() == 1 && key.at(0) >= QLatin1Char('1') && key.at(0) <= QLatin1Char('8'))
        return idTypeFromCode(key.at(0).digitValue());
    const auto it = labelTable().constFind(key);
    if (it != labelTable().constEnd())
        return it.value();
    if (refusedLabels().contains(key))
        return Error { QStringLiteral("id.type_not_accepted"),
            IdDocument::tr("The ID type \"%1\" is not accepted for CET registration.").arg(label.trimmed()), {} };
    return Error { QStringLiteral("id.type_unknown"), IdDocument::tr("Unknown ID type \"%1\".").arg(label.trimmed()),
        {} };
}

} // namespace cet

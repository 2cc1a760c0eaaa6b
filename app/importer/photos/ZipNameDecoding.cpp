#include "ZipNameDecoding.h"

#include <QStringDecoder>

namespace cet {

namespace {

bool decodeStrictly(QStringDecoder &decoder, QByteArrayView raw, QString &out)
{
    if (!decoder.isValid())
        return false;
    out = decoder.decode(raw);
    return !decoder.hasError();
}

} // namespace

DecodedZipName decodeZipName(QByteArrayView raw, const QString &cp437Name)
{
    DecodedZipName result;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    if (decodeStrictly(utf8, raw, result.name))
        return result;
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (decodeStrictly(gb18030, raw, result.name)) {
        result.encoding = PhotoEntry::NameEncoding::Gbk;
        return result;
    }
    result.name = cp437Name;
    result.encoding = PhotoEntry::NameEncoding::Cp437;
    return result;
}

} // namespace cet

#include "ImportMapping.h"

#include <QRegularExpression>

namespace cet {

namespace {

// Header texts compare as ColumnMapping::signature compares them.
QString headerKey(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// 0-based column of spreadsheet letters ("A" = 0, "AA" = 26); nullopt if not letters.
std::optional<qsizetype> columnOfLetters(const QString &text)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{1,3}$"));
    if (!letters.match(text).hasMatch())
        return std::nullopt;
    qsizetype n = 0;
    for (const QChar c : text)
        n = n * 26 + (c.toUpper().unicode() - u'A' + 1);
    return n - 1;
}

std::optional<qsizetype> columnOf(const QString &text, const QStringList &headers)
{
    const QString wanted = headerKey(text);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!wanted.isEmpty() && headerKey(headers.at(i)) == wanted)
            return i;
    }
    bool isNumber = false;
    const qsizetype number = text.trimmed().toLongLong(&isNumber);
    std::optional<qsizetype> column;
    if (isNumber)
        column = number - 1;
    else
        column = columnOfLetters(text.trimmed());
    if (column && *column >= 0 && *column < headers.size())
        return column;
    return std::nullopt;
}

QString headerList(const QStringList &headers)
{
    QStringList named;
    for (const QString &header : headers) {
        if (!header.trimmed().isEmpty())
            named.append(u'"' + header.trimmed() + u'"');
    }
    return named.join(QStringLiteral(", "));
}

} // namespace

ColumnMapping ImportMapping::forHeaders(const QStringList &headerCells, std::optional<MappingProfile> &profile)
{
    ColumnMapping probe;
    probe.headers = headerCells;
    profile = ImportProfiles::find(probe.signature());
    ColumnMapping mapping = ColumnGuess::guess(headerCells, profile ? std::optional(profile->mapping) : std::nullopt);
    // guess() ignores a profile whose columns do not line up with these headers.
    if (profile && mapping.fields != profile->mapping.fields)
        profile.reset();
    return mapping;
}

std::optional<qsizetype> ImportMapping::assign(ColumnMapping &mapping, qsizetype column,
                                               std::optional<StudentField> field)
{
    if (column < 0 || column >= mapping.headers.size())
        return std::nullopt;
    mapping.fields.resize(mapping.headers.size());
    std::optional<qsizetype> released;
    if (field) {
        for (qsizetype other = 0; other < mapping.fields.size(); ++other) {
            if (other != column && mapping.fields.at(other) == field) {
                mapping.fields[other].reset();
                released = other;
            }
        }
    }
    mapping.fields[column] = field;
    return released;
}

Result<MappingChoice> ImportMapping::parseChoice(const QString &text, const QStringList &headers)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1)
        return Error{u"import.map_syntax"_qs,
                     tr("\"--map %1\" is not of the form FIELD=COLUMN (for example --map program_years=Years).")
                         .arg(text),
                     {}};
    const QString key = text.left(equals).trimmed();
    const QString columnText = text.mid(equals + 1);
    const auto field = studentFieldFromKey(key.toLower());
    if (!field)
        return Error{u"import.map_unknown_field"_qs,
                     tr("\"%1\" in \"--map %2\" is not a field. The fields are: %3.")
                         .arg(key, text, fieldKeys().join(QStringLiteral(", "))),
                     {}};
    const auto column = columnOf(columnText, headers);
    if (!column)
        return Error{u"import.map_unknown_column"_qs,
                     tr("\"%1\" in \"--map %2\" is not a column of the file. Give a header of the file (%3), a column "
                        "number from 1 to %4 or a column letter from A to %5.")
                         .arg(columnText, text, headerList(headers))
                         .arg(headers.size())
                         .arg(columnLetter(headers.size() - 1)),
                     {}};
    return MappingChoice{*field, *column};
}

Result<QList<MappingChoice>> ImportMapping::applyChoices(ColumnMapping &mapping, const QStringList &texts)
{
    QList<MappingChoice> choices;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto choice = parseChoice(texts.at(i), mapping.headers);
        if (!choice)
            return choice.error();
        for (qsizetype earlier = 0; earlier < choices.size(); ++earlier) {
            if (choices.at(earlier).field == choice.value().field)
                return Error{u"import.map_field_twice"_qs,
                             tr("--map names the field %1 twice (\"%2\" and \"%3\"). Give each field once.")
                                 .arg(studentFieldKey(choice.value().field), texts.at(earlier), texts.at(i)),
                             {}};
        }
        choices.append(choice.value());
    }
    for (const MappingChoice &choice : choices)
        assign(mapping, choice.column, choice.field);
    return choices;
}

void ImportMapping::remember(const ColumnMapping &mapping, const QString &fileName)
{
    ImportProfiles::remember(mapping, fileName);
}

QStringList ImportMapping::fieldKeys()
{
    QStringList keys;
    for (int f = 0; f < int(StudentField::Count_); ++f)
        keys.append(studentFieldKey(StudentField(f)));
    return keys;
}

QString ImportMapping::columnLetter(qsizetype column)
{
    QString letters;
    qsizetype n = column + 1;
    while (n > 0) {
        const qsizetype rest = (n - 1) % 26;
        letters.prepend(QChar(u'A' + char16_t(rest)));
        n = (n - 1) / 26;
    }
    return letters;
}

} // namespace cet

#include "Cet4ScoreFile.h"

#include "AdmissionTicket.h"
#include "IdDocument.h"
#include "IdNumber.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <functional>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

namespace cet::central::review {

namespace {

enum Column { Ticket, IdTypeCol, IdNumber, Name, Year, Month, YearMonth, Total, ColumnCount };

// Header names per column, compared case-insensitively after trimming.
const std::array<QStringList, ColumnCount> &aliases()
{
    static const std::array<QStringList, ColumnCount> names = { {
        { QStringLiteral("ticket"), QStringLiteral("cet4_ticket"), QStringLiteral("准考证号") },
        { QStringLiteral("id_type"), QStringLiteral("id type"), QStringLiteral("证件类型") },
        { QStringLiteral("id_number"), QStringLiteral("id number"), QStringLiteral("证件号码") },
        { QStringLiteral("name"), QStringLiteral("姓名") },
        { QStringLiteral("year"), QStringLiteral("exam_year"), QStringLiteral("考试年份") },
        { QStringLiteral("month"), QStringLiteral("exam_month"), QStringLiteral("考试月份") },
        { QStringLiteral("exam_year_month"), QStringLiteral("考试年月") },
        { QStringLiteral("total"), QStringLiteral("score"), QStringLiteral("总分") },
    } };
    return names;
}

Error fileError(const char *code, const QString &message)
{
    return Error { QString::fromLatin1(code), message, {} };
}

// Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes as "" and
// line breaks). Calls `record(fields, firstLine)` per record; blank lines are skipped. Unquoted
// fields (nearly all) are cut out of the text in one piece.
template<typename F> void splitCsv(const QString &text, F &&record)
{
    QStringList fields;
    qint64 line = 1;
    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    auto isEol = [](QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); };
    while (p < end) {
        const qint64 recordLine = line;
        fields.clear();
        bool anyQuoted = false;
        for (;;) {
            if (p < end && *p == QLatin1Char('"')) {
                anyQuoted = true;
                QString field;
                ++p;
                while (p < end) {
                    const QChar c = *p++;
                    if (c == QLatin1Char('"')) {
                        if (p < end && *p == QLatin1Char('"')) {
                            field.append(c);
                            ++p;
                        } else {
                            break;
                        }
                    } else {
                        if (c == QLatin1Char('\n'))
                            ++line;
                        field.append(c);
                    }
                }
                // Anything between the closing quote and the separator belongs to the field.
                const QChar *rest = p;
                while (p < end && *p != QLatin1Char(',') && !isEol(*p))
                    ++p;
                field.append(QStringView(rest, p));
                fields.append(field);
            } else {
                const QChar *start = p;
                while (p < end && *p != QLatin1Char(',') && !isEol(*p))
                    ++p;
                fields.append(QString(start, p - start));
            }
            if (p < end && *p == QLatin1Char(',')) {
                ++p;
                continue;
            }
            break;
        }
        if (p < end) { // a line end
            if (*p == QLatin1Char('\r') && p + 1 < end && p[1] == QLatin1Char('\n'))
                ++p;
            ++p;
            ++line;
        }
        if (!(fields.size() == 1 && fields.first().isEmpty() && !anyQuoted))
            record(fields, recordLine);
    }
}

// normaliseIdNumber(), skipped for a number that is already clean (digits and capitals: nearly
// every row of an export).
QString cleanIdNumber(const QString &raw)
{
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')))
            return normaliseIdNumber(raw).number;
    }
    return raw;
}

bool toInt(const QString &s, int &out)
{
    bool ok = false;
    out = s.trimmed().toInt(&ok);
    return ok;
}

// "2019-06", "2019/6", "201906", "2019年6月".
bool splitYearMonth(const QString &s, int &year, int &month)
{
    QString digits;
    QStringList parts;
    for (QChar c : s.trimmed()) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (!digits.isEmpty()) {
            parts.append(digits);
            digits.clear();
        }
    }
    if (!digits.isEmpty())
        parts.append(digits);
    if (parts.size() == 1 && parts.first().size() == 6)
        parts = QStringList { parts.first().left(4), parts.first().mid(4) };
    if (parts.size() != 2 || parts.first().size() != 4)
        return false;
    return toInt(parts.at(0), year) && toInt(parts.at(1), month);
}

} // namespace

Result<Cet4ScoreFile> Cet4ScoreFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError("score_file.unreadable", tr("Can not read %1: %2").arg(path, f.errorString()));
    return parse(f.readAll());
}

Result<Cet4ScoreFile> Cet4ScoreFile::parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the line of the first bad byte (slow path: only for a file that is refused anyway).
        qint64 line = 1;
        for (const QByteArray &l : bytes.split('\n')) {
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = one.decode(l); // decode() is lazy: the conversion runs here
            if (one.hasError())
                break;
            ++line;
        }
        return fileError("score_file.not_utf8",
            tr("The file is not UTF-8 text (first bad byte on line %1). Save it as UTF-8 CSV.").arg(line));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Cet4ScoreFile out;
    out.rows.reserve(text.size() / 50); // about 60 characters a row: one allocation, not twenty
    std::array<int, ColumnCount> index;
    index.fill(-1);
    std::optional<Error> headerError;
    bool header = true;
    qsizetype width = 0;
    std::vector<qint64> lines; // the line of each row in out.rows
    QHash<QString, int> idTypes; // label → code (-1: not a type); a file uses a handful of labels
    splitCsv(text, [&](const QStringList &fields, qint64 line) {
        if (headerError)
            return;
        if (header) {
            header = false;
            width = fields.size();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i).trimmed().toLower();
                int column = -1;
                for (int c = 0; c < ColumnCount && column < 0; ++c)
                    if (aliases()[size_t(c)].contains(name))
                        column = c;
                if (column < 0) {
                    headerError
                        = fileError("score_file.header", tr("Unknown column \"%1\" in the header.").arg(fields.at(i)));
                    return;
                }
                if (index[size_t(column)] >= 0) {
                    headerError
                        = fileError("score_file.header", tr("The column \"%1\" is named twice.").arg(fields.at(i)));
                    return;
                }
                index[size_t(column)] = int(i);
            }
            const bool dates = (index[Year] >= 0 && index[Month] >= 0 && index[YearMonth] < 0)
                || (index[Year] < 0 && index[Month] < 0 && index[YearMonth] >= 0);
            if (index[Ticket] < 0 || index[IdNumber] < 0 || index[Name] < 0 || index[Total] < 0 || !dates)
                headerError = fileError("score_file.header",
                    tr("The header must name the columns ticket, id_number, name, year and month (or "
                       "exam_year_month) and total; id_type is optional."));
            return;
        }
        ++out.dataRows;
        auto problem = [&](const QString &message) { out.problems.append(Problem { line, message }); };
        if (fields.size() != width) {
            problem(tr("%1 fields, the header has %2.").arg(fields.size()).arg(width));
            return;
        }
        cet4scoresql::ScoreRow r;
        const QString ticketText = fields.at(index[Ticket]).trimmed();
        const Result<AdmissionTicket> ticket = parseAdmissionTicket(ticketText);
        if (!ticket || ticket.value().oral || ticket.value().subjectCode != QLatin1String("1")) {
            problem(
                tr("\"%1\" is not a CET4 written admission ticket number (15 digits, the 10th is 1).").arg(ticketText));
            return;
        }
        r.ticket = ticket.value().number;
        if (index[IdTypeCol] >= 0) {
            const QString label = fields.at(index[IdTypeCol]).trimmed();
            auto known = idTypes.constFind(label);
            if (known == idTypes.constEnd()) {
                const Result<IdType> type = idTypeFromLabel(label);
                known = idTypes.insert(label, type ? idTypeCode(type.value()) : -1);
            }
            if (known.value() < 0) {
                problem(tr("Unknown ID type \"%1\".").arg(label));
                return;
            }
            r.idType = known.value();
        }
        r.idNumber = cleanIdNumber(fields.at(index[IdNumber]));
        if (r.idNumber.isEmpty() || r.idNumber.size() > 30) {
            problem(tr("The ID number is empty or longer than 30 characters."));
            return;
        }
        r.name = fields.at(index[Name]).trimmed();
        if (r.name.isEmpty() || r.name.size() > 60) {
            problem(tr("The name is empty or longer than 60 characters."));
            return;
        }
        bool dateOk = index[YearMonth] >= 0
            ? splitYearMonth(fields.at(index[YearMonth]), r.examYear, r.examMonth)
            : toInt(fields.at(index[Year]), r.examYear) && toInt(fields.at(index[Month]), r.examMonth);
        if (!dateOk || (r.examMonth != 6 && r.examMonth != 12)) {
            problem(tr("The exam year and month must be a year and 6 or 12."));
            return;
        }
        if (r.examYear != ticket.value().year || r.examMonth != ticket.value().month()) {
            problem(tr("The sitting %1-%2 is not the one of the admission ticket (%3-%4).")
                        .arg(r.examYear)
                        .arg(r.examMonth, 2, 10, QLatin1Char('0'))
                        .arg(ticket.value().year)
                        .arg(ticket.value().month(), 2, 10, QLatin1Char('0')));
            return;
        }
        const QString totalText = fields.at(index[Total]).trimmed();
        if (!toInt(totalText, r.total) || r.total < 0 || r.total > 710) {
            problem(tr("The total \"%1\" is not a score from 0 to 710.").arg(totalText));
            return;
        }
        out.rows.append(r);
        lines.push_back(line);
    });
    if (headerError)
        return *headerError;
    if (header)
        return fileError("score_file.empty", tr("The file is empty (not even a header row)."));

    // The same ticket and ID number twice in one file: the export is broken, and which of the two
    // results is right is not for the server to guess.
    auto key = [&](qsizetype i) {
        const auto &r = out.rows.at(i);
        return std::make_pair(std::cref(r.ticket), std::cref(r.idNumber));
    };
    std::vector<qsizetype> order(size_t(out.rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    for (size_t i = 1; i < order.size(); ++i) {
        const auto &b = out.rows.at(order[i]);
        if (key(order[i - 1]) == key(order[i])) {
            const qint64 first = std::min(lines[size_t(order[i - 1])], lines[size_t(order[i])]);
            const qint64 second = std::max(lines[size_t(order[i - 1])], lines[size_t(order[i])]);
            out.problems.append(Problem {
                second, tr("The ticket %1 with this ID number is also on line %2.").arg(b.ticket).arg(first) });
        }
    }
    std::sort(
        out.problems.begin(), out.problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return out;
}

} // namespace cet::central::review

#include "RejectedRowSpool.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>

namespace cet {

namespace {

Error spoolError(const QFile &file)
{
    return {u"import.spool"_qs,
            QCoreApplication::translate("cet::RejectedRowSpool",
                                        "Cannot write the temporary file for rejected rows: %1")
                .arg(file.errorString()),
            file.fileName()};
}

} // namespace

RejectedRowSpool::RejectedRowSpool()
    : m_file(QDir::tempPath() + u"/cetdesk-rejected-XXXXXX.bin"_qs)
{
}

Result<void> RejectedRowSpool::append(const Entry &entry)
{
    if (!m_open) {
        if (!m_file.open())
            return spoolError(m_file);
        m_open = true;
    }
    QList<int> kinds;
    kinds.reserve(entry.row.kinds.size());
    for (const CellKind kind : entry.row.kinds)
        kinds.append(int(kind));
    QDataStream out(&m_file);
    out.setVersion(QDataStream::Qt_6_4);
    out << entry.row.line << entry.row.cells << kinds << entry.codes << entry.reasons;
    if (out.status() != QDataStream::Ok)
        return spoolError(m_file);
    ++m_count;
    return {};
}

Result<void> RejectedRowSpool::forEach(const std::function<bool(const Entry &)> &visit) const
{
    if (!m_open || m_count == 0)
        return {};
    if (!m_file.flush())
        return spoolError(m_file);
    const qint64 end = m_file.pos();
    m_file.seek(0);
    QDataStream in(&m_file);
    in.setVersion(QDataStream::Qt_6_4);
    Entry entry;
    QList<int> kinds;
    Result<void> result;
    for (qint64 i = 0; i < m_count; ++i) {
        in >> entry.row.line >> entry.row.cells >> kinds >> entry.codes >> entry.reasons;
        if (in.status() != QDataStream::Ok) {
            result = spoolError(m_file);
            break;
        }
        entry.row.kinds.clear();
        for (const int kind : std::as_const(kinds))
            entry.row.kinds.append(CellKind(kind));
        if (!visit(entry))
            break;
    }
    m_file.seek(end);
    return result;
}

} // namespace cet

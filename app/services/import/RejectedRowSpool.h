#pragma once

#include "Result.h"
#include "TableSource.h"

#include <QStringList>
#include <QTemporaryFile>

#include <functional>

namespace cet {

// The original cells of rejected rows, with their reasons, kept in a temporary file so that a
// file with a million bad rows costs disk, not memory. Written during analysis, read by the
// rejected-rows export and the CLI's JSON output.
class RejectedRowSpool
{
public:
    struct Entry
    {
        SourceRow row;          // as the file had it
        QStringList codes;      // reason codes, e.g. "id.check_char"
        QStringList reasons;    // translated messages, same order
    };

    RejectedRowSpool();
    Result<void> append(const Entry &entry);
    qint64 size() const { return m_count; }
    // Visits every entry in file order; stop by returning false.
    Result<void> forEach(const std::function<bool(const Entry &)> &visit) const;

private:
    mutable QTemporaryFile m_file;
    qint64 m_count = 0;
    bool m_open = false;
};

} // namespace cet

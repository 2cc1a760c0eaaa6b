#pragma once

#include "PhotoImport.h"
#include "StudentPhotoRepository.h"

#include <QCoreApplication>

namespace cet {

// The matching half of PhotoImport::scan (internal to cetdesk_photo_service): a file's name to
// its student, then the rules that look at all files together (duplicates, stored photos).
class PhotoMatcher
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotoMatcher)
public:
    explicit PhotoMatcher(StudentPhotoRepository &repository) : m_repository(repository) { }

    // Sets the student of `item` from its file name. A valid photo (status Matched on entry) that
    // fits no student or several becomes NoStudent / Ambiguous; an invalid one keeps its status and
    // only gets the student, when there is exactly one, for the report.
    Result<void> match(PhotoItem &item) const;

    // Two or more Matched items for one student become Duplicate (see PhotoImport).
    static void markDuplicates(QList<PhotoItem> &items);
    // Sets replaces / alreadyStored of the Matched items from the stored photos' hashes.
    static void markStored(QList<PhotoItem> &items, const QHash<qint64, QString> &storedHashes);

private:
    StudentPhotoRepository &m_repository;
};

} // namespace cet

#pragma once

#include "IdType.h"
#include "PhotoSource.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

class Database;
struct ImportProgress;

// What the scan made of one file of the folder or ZIP.
enum class PhotoStatus {
    Matched,        // a valid photo for exactly one student (stored on import unless unchanged)
    NoStudent,      // no live student has this 学号 or ID number
    Ambiguous,      // the name fits more than one student
    Duplicate,      // another file is a photo for the same student
    NotJpeg,        // not a usable JPEG: another format, damaged, cut off, CMYK, unreadable
    WrongSize,      // not 144×192 pixels
    TooLarge,       // more than 60 KB
    Ignored,        // not a photo file (a list, a README): left alone
};

// How a file name was matched to its student.
enum class PhotoMatchKey { None, IdNumber, StudentNo };

struct PhotoItem
{
    PhotoEntry entry;
    PhotoStatus status = PhotoStatus::Ignored;
    QString code;     // the rule's stable code ("photo.wrong_size", "photos.no_student", …), empty when Matched
    QString message;  // translated; for Matched, empty
    int width = 0;    // from the JPEG header, 0 when unknown
    int height = 0;
    QString sha256;   // hex, of valid photos
    // The student, for Matched and Duplicate (and the first candidate of Ambiguous).
    qint64 studentId = 0;
    QString studentName;
    QString studentNo;
    PhotoMatchKey matchedBy = PhotoMatchKey::None;
    bool replaces = false;      // Matched: the student has a different photo, which import replaces
    bool alreadyStored = false; // Matched: the student has this very photo; import skips it

    bool isProblem() const { return status != PhotoStatus::Matched && status != PhotoStatus::Ignored; }
};

struct PhotoScan
{
    QString sourcePath;
    PhotoSource::Kind kind = PhotoSource::Kind::Folder;
    QList<PhotoItem> items; // in the order of the source's listing
    qint64 skipped = 0;     // hidden and system files, __MACOSX/

    qint64 count(PhotoStatus status) const;
    qint64 problems() const;
    qint64 toStore() const;       // Matched and not alreadyStored
    qint64 toReplace() const;     // of which replace a different photo
    qint64 alreadyStored() const;
};

struct PhotoImportOutcome
{
    qint64 added = 0;
    qint64 replaced = 0;
    qint64 unchanged = 0;
};

// Importing a folder or ZIP of student photos: scan (check every file, match it to a student,
// report), then commit (store the matched photos in one transaction). The same scan is the dry
// run and the plan: commit stores exactly the Matched items, re-reading each and refusing when a
// file changed since the scan. Both functions are synchronous and may run on a worker thread with
// its own Database; progress.cancelRequested stops them ("import.cancelled").
//
// Matching: a file named <key>.jpg is looked up first as an ID number (normalised: full-width
// characters, spaces, a lower-case x), then as a 学号. The ID number wins: it is the identity key,
// unique per ID type, while a 学号 is only unique by convention (and a passport number may look
// like another student's 学号). A key that fits several students is Ambiguous. Two valid photos
// for one student are both Duplicate and neither is stored — unless they are byte-for-byte the
// same photo, when the first is stored and the others are Duplicate.
class PhotoImport
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotoImport)
public:
    PhotoImport() = delete;

    // Errors: the source's (photos.not_found, photos.not_zip, photos.bad_zip, photos.too_many_files,
    // photos.read), store.*, import.cancelled. Problems with single files are items, not errors.
    static Result<PhotoScan> scan(Database &db, const QString &path, ImportProgress &progress,
                                  const PhotoSourceLimits &limits = {});

    // Errors: photos.changed_since_scan (a file is not what the scan saw), photos.student_gone,
    // the source's, store.*, import.cancelled. Nothing is stored on any error.
    static Result<PhotoImportOutcome> commit(Database &db, const PhotoScan &scan, const QString &actor,
                                             ImportProgress &progress);

    // "Matched", "No matching student", … for reports.
    static QString statusText(PhotoStatus status);
    // Stable machine name for JSON: "matched", "no_student", "ambiguous", "duplicate", "not_jpeg",
    // "wrong_size", "too_large", "ignored".
    static QString statusName(PhotoStatus status);
};

} // namespace cet

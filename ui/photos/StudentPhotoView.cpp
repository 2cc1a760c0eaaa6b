#include "StudentPhotoView.h"

#include "PhotoRules.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPixmap>

namespace cet {

namespace {
Q_LOGGING_CATEGORY(lcPhotoView, "cetdesk.photos")
}

StudentPhotoView::StudentPhotoView(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("studentPhoto"));
    setFixedSize(PhotoRules::kWidth + 2, PhotoRules::kHeight + 2);
    setFrameShape(QFrame::StyledPanel);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setPhoto(std::nullopt);
}

void StudentPhotoView::showStudent(Database &db, qint64 studentId)
{
    if (studentId <= 0) {
        setPhoto(std::nullopt);
        return;
    }
    auto photo = StudentPhotoRepository(db).photo(studentId);
    if (!photo)
        qCWarning(lcPhotoView) << "reading the photo of student" << studentId << "failed:" << photo.error().detail;
    setPhoto(photo ? photo.value() : std::nullopt);
}

void StudentPhotoView::setPhoto(const std::optional<StoredPhoto> &photo)
{
    QPixmap pixmap;
    m_hasPhoto = photo && pixmap.loadFromData(photo->jpeg, "JPEG");
    if (!m_hasPhoto) {
        setPixmap({});
        setText(tr("No photo"));
        setToolTip({});
        return;
    }
    setPixmap(pixmap.scaled(PhotoRules::kWidth, PhotoRules::kHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    setToolTip(tr("%1, %2, imported %3")
                   .arg(photo->sourceName, PhotoChecker::kilobytes(photo->bytes),
                        QLocale().toString(photo->updatedAt.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace cet

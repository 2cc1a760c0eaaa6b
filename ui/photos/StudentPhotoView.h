#pragma once

#include "StudentPhotoRepository.h"

#include <QLabel>

#include <optional>

namespace cet {

class Database;

// A student's photo at its real size (144×192), or "No photo". For the student detail panel.
class StudentPhotoView : public QLabel
{
    Q_OBJECT
public:
    explicit StudentPhotoView(QWidget *parent = nullptr);

    // Reads the photo of student `studentId` (0 = nobody) from `db`; a read error shows "No photo"
    // and is logged.
    void showStudent(Database &db, qint64 studentId);
    void setPhoto(const std::optional<StoredPhoto> &photo);
    bool hasPhoto() const { return m_hasPhoto; }

private:
    bool m_hasPhoto = false;
};

} // namespace cet

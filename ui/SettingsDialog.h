#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cet {

class AppSettings;

// File ▸ Settings: the interface language (applies at once) and where the database lives
// (applies at the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, const QString &currentDatabasePath, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *databaseEdit() const { return m_database; }

    // Writes the settings and applies the language.
    void apply();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslate();

    AppSettings &m_settings;
    QString m_currentDatabasePath;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_databaseNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cet

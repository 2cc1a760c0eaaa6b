#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Database.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cet {

SettingsDialog::SettingsDialog(AppSettings &settings, const QString &currentDatabasePath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_currentDatabasePath(currentDatabasePath)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Index 0 = follow the system (translated text, set in retranslate()); the native names of
    // the languages are data and stay as they are in every language.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);

    m_databaseLabel = new QLabel(this);
    m_database = new QLineEdit(QDir::toNativeSeparators(m_settings.databasePath()), this);
    m_database->setClearButtonEnabled(true);
    m_database->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    m_browse = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), QString(), this);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    m_databaseNote = new QLabel(this);
    m_databaseNote->setWordWrap(true);

    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_databaseLabel, databaseRow);
    form->addRow(QString(), m_databaseNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    retranslate();
    resize(560, sizeHint().height());
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_language->setItemText(0, tr("Follow system"));
    m_languageNote->setText(tr("The language changes at once. Texts of pages opened before may change only after "
                               "CET Desk restarts."));
    m_databaseLabel->setText(tr("&Database:"));
    m_databaseLabel->setBuddy(m_database);
    m_browse->setText(tr("Browse…"));
    m_databaseNote->setText(tr("Leave empty for the default location. A new location takes effect when CET Desk "
                               "restarts. In use now: %1")
                                .arg(QDir::toNativeSeparators(m_currentDatabasePath)));
}

void SettingsDialog::browse()
{
    const QString start = m_database->text().isEmpty() ? m_currentDatabasePath : m_database->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Database location"), start,
                                                      tr("CET Desk database (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setDatabasePath(QDir::fromNativeSeparators(m_database->text().trimmed()));
    m_settings.sync();
    if (languageChanged)
        Translations::apply(language);
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cet

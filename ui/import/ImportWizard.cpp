#include "ImportWizard.h"

#include "Database.h"
#include "ImportCommitPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportMessageBar.h"
#include "ImportPlanPage.h"
#include "ImportReportPage.h"
#include "ImportSummaryPage.h"
#include "ScreenFit.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cet {

namespace {
const QString geometryKey = QStringLiteral("importWizard/geometry");
} // namespace

ImportWizard::ImportWizard(Database &db, QString actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import Students"));
    setSizeGripEnabled(true);
    buildUi();
    connectPages();
    setMinimumSize(860, 600);
    ui::fitToScreen(this, QSize(1100, 760));
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    goTo(Step::File);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    outer->addLayout(body, 1);

    auto *steps = new QFrame(this);
    steps->setObjectName(QStringLiteral("importSteps"));
    steps->setStyleSheet(QStringLiteral("#importSteps { background: palette(alternate-base); border-radius: 4px; }"));
    auto *stepsLayout = new QVBoxLayout(steps);
    const QStringList names = {tr("File"), tr("Columns"), tr("Check"), tr("Changes"), tr("Import"), tr("Done")};
    for (int i = 0; i < names.size(); ++i) {
        auto *label = new QLabel(tr("%1. %2").arg(i + 1).arg(names.at(i)), steps);
        label->setMinimumWidth(110);
        stepsLayout->addWidget(label);
        m_stepLabels.append(label);
    }
    stepsLayout->addStretch(1);
    body->addWidget(steps);

    auto *right = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_messages = new ImportMessageBar(this);
    m_stack = new QStackedWidget(this);
    m_filePage = new ImportFilePage(m_stack);
    m_mappingPage = new ImportMappingPage(m_stack);
    m_reportPage = new ImportReportPage(m_stack);
    m_planPage = new ImportPlanPage(m_db, m_stack);
    m_commitPage = new ImportCommitPage(m_stack);
    m_summaryPage = new ImportSummaryPage(m_db.path(), m_actor, m_stack);
    for (QWidget *page : {static_cast<QWidget *>(m_filePage), static_cast<QWidget *>(m_mappingPage),
                          static_cast<QWidget *>(m_reportPage), static_cast<QWidget *>(m_planPage),
                          static_cast<QWidget *>(m_commitPage), static_cast<QWidget *>(m_summaryPage)})
        m_stack->addWidget(page);
    right->addWidget(m_title);
    right->addWidget(m_subtitle);
    right->addWidget(m_messages);
    right->addWidget(m_stack, 1);
    body->addLayout(right, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_back->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    m_next->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    outer->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::reject);
}

void ImportWizard::connectPages()
{
    const auto show = [this](const QString &text, ImportMessageBar::Kind kind) { m_messages->showMessage(text, kind); };
    connect(m_filePage, &ImportFilePage::messageRequested, this, show);
    connect(m_filePage, &ImportFilePage::messageCleared, m_messages, &ImportMessageBar::clearMessage);
    connect(m_filePage, &ImportFilePage::previewChanged, this, [this] {
        m_mappingStale = true;
        m_analysisStale = true;
        updateButtons();
    });
    connect(m_filePage, &ImportFilePage::busyChanged, this, &ImportWizard::updateButtons);
    connect(m_mappingPage, &ImportMappingPage::mappingChanged, this, [this] {
        m_analysisStale = true;
        updateButtons();
    });
    connect(m_reportPage, &ImportReportPage::messageRequested, this, show);
    connect(m_reportPage, &ImportReportPage::messageCleared, m_messages, &ImportMessageBar::clearMessage);
    connect(m_reportPage, &ImportReportPage::stateChanged, this, [this](ImportReportPage::State state) {
        if (state == ImportReportPage::State::Done)
            m_planPage->setAnalysis(m_reportPage->analysis());
        updateButtons();
        closeIfIdle();
    });
    connect(m_planPage, &ImportPlanPage::messageRequested, this, show);
    connect(m_planPage, &ImportPlanPage::optionsChanged, this, &ImportWizard::updateButtons);
    connect(m_commitPage, &ImportCommitPage::committed, this, [this](const ImportOutcome &outcome) {
        m_summaryPage->setOutcome(m_reportPage->analysis(), outcome);
        m_analysisStale = true; // the database changed: a second import must check again
        Q_EMIT databaseChanged();
        goTo(Step::Summary);
        if (std::exchange(m_closeWhenIdle, false)) {
            m_cancel->setEnabled(true);
            m_messages->showMessage(tr("The import had already finished when you stopped it. You can undo it here."),
                                    ImportMessageBar::Kind::Warning);
        }
    });
    connect(m_commitPage, &ImportCommitPage::failed, this, &ImportWizard::onCommitFailed);
    connect(m_summaryPage, &ImportSummaryPage::messageRequested, this, show);
    connect(m_summaryPage, &ImportSummaryPage::busyChanged, this, [this] {
        updateButtons();
        closeIfIdle();
    });
    connect(m_summaryPage, &ImportSummaryPage::databaseChanged, this, &ImportWizard::databaseChanged);
    connect(m_summaryPage, &ImportSummaryPage::historyRequested, this, &ImportWizard::historyRequested);
}

void ImportWizard::setFile(const QString &path)
{
    if (m_step != Step::File)
        goTo(Step::File);
    m_filePage->setPath(path);
}

bool ImportWizard::isBusy() const
{
    return m_filePage->isBusy() || m_reportPage->isBusy() || m_commitPage->isBusy() || m_summaryPage->isBusy();
}

void ImportWizard::goTo(Step step)
{
    m_step = step;
    const int index = int(step);
    m_stack->setCurrentIndex(index);
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        QFont font = m_stepLabels.at(i)->font();
        font.setBold(i == index);
        m_stepLabels.at(i)->setFont(font);
        m_stepLabels.at(i)->setEnabled(i <= index);
    }
    switch (step) {
    case Step::File:
        m_title->setText(tr("Choose the file"));
        m_subtitle->setText(tr("Choose the student list from the school's registry. Check the preview: names must "
                               "read correctly and the highlighted row must hold the column names."));
        break;
    case Step::Mapping:
        m_title->setText(tr("Match the columns"));
        m_subtitle->setText(tr("Check which column of the file holds which field of the student record."));
        break;
    case Step::Report:
        m_title->setText(tr("Check the rows"));
        m_subtitle->setText(tr("Every row is checked before anything is written. Row numbers are those of your "
                               "spreadsheet, the header row included."));
        break;
    case Step::Plan:
        m_title->setText(tr("Review the changes"));
        m_subtitle->setText(tr("This is what the import will do to the student records in the database."));
        break;
    case Step::Commit:
        m_title->setText(tr("Importing"));
        m_subtitle->setText(tr("The changes are written to the database in one transaction."));
        break;
    case Step::Summary:
        m_title->setText(tr("Done"));
        m_subtitle->setText(tr("The import is recorded in the import history and can be undone there later."));
        break;
    }
    updateButtons();
}

void ImportWizard::updateButtons()
{
    bool canNext = false;
    QString nextText = tr("&Next >");
    switch (m_step) {
    case Step::File:
        canNext = m_filePage->isReady();
        break;
    case Step::Mapping:
        canNext = m_mappingPage->isComplete();
        break;
    case Step::Report:
        canNext = m_reportPage->state() == ImportReportPage::State::Done;
        break;
    case Step::Plan:
        canNext = m_planPage->canImport();
        nextText = tr("&Import");
        break;
    case Step::Commit:
        nextText = tr("&Import");
        break;
    case Step::Summary:
        canNext = !m_summaryPage->isBusy();
        nextText = tr("&Close");
        break;
    }
    m_next->setText(nextText);
    m_next->setEnabled(canNext);
    m_next->setVisible(m_step != Step::Commit);
    m_back->setVisible(m_step != Step::Commit && m_step != Step::Summary);
    m_back->setEnabled(m_step != Step::File);
    m_cancel->setVisible(m_step != Step::Summary);
    m_cancel->setText(m_step == Step::Commit ? tr("Stop and close") : tr("Cancel"));
}

void ImportWizard::next()
{
    if (!m_next->isEnabled())
        return;
    switch (m_step) {
    case Step::File:
        if (m_mappingStale && m_filePage->preview()) {
            m_mappingPage->setPreview(*m_filePage->preview());
            m_mappingStale = false;
        }
        m_messages->clearMessage();
        goTo(Step::Mapping);
        break;
    case Step::Mapping:
        m_messages->clearMessage();
        goTo(Step::Report);
        if (m_analysisStale || m_reportPage->state() != ImportReportPage::State::Done)
            startAnalysis();
        break;
    case Step::Report:
        m_messages->clearMessage();
        goTo(Step::Plan);
        break;
    case Step::Plan:
        m_messages->clearMessage();
        goTo(Step::Commit);
        m_commitPage->commit(m_db.path(), m_reportPage->analysis(), m_planPage->options(), m_actor);
        updateButtons();
        break;
    case Step::Commit:
        break;
    case Step::Summary:
        accept();
        break;
    }
}

void ImportWizard::back()
{
    switch (m_step) {
    case Step::Mapping:
        goTo(Step::File);
        break;
    case Step::Report:
        if (m_reportPage->isBusy())
            m_reportPage->cancel();
        goTo(Step::Mapping);
        break;
    case Step::Plan:
        goTo(Step::Report);
        break;
    default:
        break;
    }
}

void ImportWizard::startAnalysis()
{
    ImportRequest request = m_filePage->preview()->request;
    request.mapping = m_mappingPage->mapping();
    m_analysisStale = false;
    m_planPage->setAnalysis(nullptr);
    m_reportPage->analyse(m_db.path(), request);
    updateButtons();
}

void ImportWizard::onCommitFailed(const Error &error)
{
    if (m_closeWhenIdle) {
        closeIfIdle();
        return;
    }
    if (error.code == QLatin1String("import.cancelled")) {
        goTo(Step::Plan);
        m_messages->showMessage(tr("The import was stopped. Nothing was changed in the database."),
                                ImportMessageBar::Kind::Information);
    } else if (error.code == QLatin1String("import.stale_plan")) {
        goTo(Step::Report);
        startAnalysis();
        m_messages->showMessage(error.message + u'\n'
                                    + tr("The file is being checked again against the database as it is now."),
                                ImportMessageBar::Kind::Warning);
    } else {
        goTo(Step::Plan);
        m_messages->showMessage(tr("Nothing was imported: %1").arg(error.message), ImportMessageBar::Kind::Error);
    }
}

void ImportWizard::reject()
{
    if (isBusy()) {
        // Work holds a database connection; stop it and close once it has stopped.
        m_closeWhenIdle = true;
        m_reportPage->cancel();
        m_commitPage->cancel();
        m_cancel->setEnabled(false);
        closeIfIdle();
        return;
    }
    QDialog::reject();
}

void ImportWizard::closeIfIdle()
{
    if (m_closeWhenIdle && !m_reportPage->isBusy() && !m_commitPage->isBusy() && !m_summaryPage->isBusy()) {
        m_closeWhenIdle = false;
        m_cancel->setEnabled(true);
        QDialog::reject();
    }
}

void ImportWizard::done(int result)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace cet

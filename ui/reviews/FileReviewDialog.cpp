#include "FileReviewDialog.h"

#include "IdDocument.h"
#include "IdMask.h"
#include "ReviewService.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cet {

FileReviewDialog::FileReviewDialog(const ReviewService &service, const QStringList &reasons, QWidget *parent)
    : QDialog(parent), m_service(service), m_search(new QLineEdit(this)), m_students(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_ticket(new QLineEdit(this)), m_year(new QSpinBox(this)),
      m_month(new QComboBox(this)), m_total(new QSpinBox(this)), m_pass(new QRadioButton(tr("&Pass"), this)),
      m_fail(new QRadioButton(tr("&Fail"), this)), m_reason(new QComboBox(this)), m_scanName(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("File a CET6 review"));
    auto *intro = new QLabel(tr("For a student whose CET4 score is from before 2005, or who forgot the admission "
                                "ticket: read the score from the proof the student brought, then decide."),
                             this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Name or ID number of the student"));
    m_search->setClearButtonEnabled(true);
    m_students->setMinimumHeight(120);
    m_name->setPlaceholderText(tr("as on the score record (empty: as in the roster)"));
    m_ticket->setPlaceholderText(tr("empty when forgotten"));
    m_ticket->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_ticket));
    m_year->setRange(1987, QDate::currentDate().year());
    m_year->setValue(2003);
    for (int month : { 6, 12, 1 })
        m_month->addItem(tr("%1 (month)").arg(month), month);
    m_total->setRange(0, 710);
    m_total->setValue(425);
    m_pass->setChecked(true);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(reasons);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Reason (needed to fail)"));
    m_problem->setObjectName(QStringLiteral("fileReviewProblem"));
    m_problem->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&File"));

    auto *sitting = new QHBoxLayout;
    sitting->addWidget(m_year);
    sitting->addWidget(m_month);
    sitting->addStretch(1);
    m_scanName->setReadOnly(true);
    m_scanName->setPlaceholderText(tr("JPEG, PNG or PDF, at most 5 MB (optional)"));
    auto *pick = new QPushButton(tr("C&hoose…"), this);
    auto *scan = new QHBoxLayout;
    scan->addWidget(m_scanName, 1);
    scan->addWidget(pick);
    connect(pick, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Scan of the proof"), QString(),
                                                          tr("Scans (*.jpg *.jpeg *.png *.pdf)"));
        if (!path.isEmpty())
            setScan(path);
    });
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_pass);
    decision->addWidget(m_fail);
    decision->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Student:"), m_search);
    form->addRow(QString(), m_students);
    form->addRow(tr("&Name on the score:"), m_name);
    form->addRow(tr("CET4 &ticket:"), m_ticket);
    form->addRow(tr("CET4 &exam:"), sitting);
    form->addRow(tr("T&otal score:"), m_total);
    form->addRow(tr("Decision:"), decision);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Scan of the &proof:"), scan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &FileReviewDialog::search);
    connect(m_students, &QListWidget::currentRowChanged, this, &FileReviewDialog::check);
    connect(m_reason, &QComboBox::currentTextChanged, this, &FileReviewDialog::check);
    connect(m_fail, &QRadioButton::toggled, this, &FileReviewDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void FileReviewDialog::search()
{
    auto found = m_service.findStudents(m_search->text());
    m_found = found ? found.value() : QList<ReviewPerson>();
    m_students->clear();
    // ID numbers stay masked here as in every list: the student is picked by name and the digits
    // shown.
    for (const ReviewPerson &p : m_found)
        m_students->addItem(QStringLiteral("%1  %2").arg(p.name, maskIdNumber(idTypeFromCode(p.idType), p.idNumber)));
    if (m_found.size() == 1)
        m_students->setCurrentRow(0);
    check();
}

bool FileReviewDialog::setScan(const QString &path)
{
    QFile f(path);
    m_scan.clear();
    m_scanProblem.clear();
    if (f.size() > 5 * 1024 * 1024)
        m_scanProblem = tr("The scan is larger than 5 MB: scan it again at a lower resolution.");
    else if (!f.open(QIODevice::ReadOnly))
        m_scanProblem = tr("The scan can not be read: %1").arg(f.errorString());
    else
        m_scan = f.readAll();
    m_scanName->setText(QFileInfo(path).fileName());
    check();
    return m_scanProblem.isEmpty();
}

ReviewFiling FileReviewDialog::filing() const
{
    ReviewFiling f;
    const int row = m_students->currentRow();
    if (row >= 0 && row < m_found.size()) {
        f.studentIdType = m_found.at(row).idType;
        f.studentIdNumber = m_found.at(row).idNumber;
    }
    f.name = m_name->text().trimmed();
    f.ticket = m_ticket->text().trimmed();
    f.examYear = m_year->value();
    f.examMonth = m_month->currentData().toInt();
    f.total = m_total->value();
    f.decision = m_fail->isChecked() ? QStringLiteral("fail") : QStringLiteral("pass");
    f.reason = m_reason->currentText().trimmed();
    f.scan = m_scan;
    return f;
}

QString FileReviewDialog::problem() const
{
    const ReviewFiling f = filing();
    if (f.studentIdNumber.isEmpty())
        return tr("Find the student and pick them in the list.");
    if (f.decision == u"fail" && f.reason.isEmpty())
        return tr("Give the reason for failing the review.");
    return m_scanProblem;
}

void FileReviewDialog::check()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace cet

#include "ReviewCaseView.h"

#include "ReviewIdDiff.h"
#include "ReviewService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cet {

namespace {

// The ID number with the characters that differ from `other` marked.
QString markedId(const QString &id, const QList<bool> &differs)
{
    QString out = QStringLiteral("<span style='font-family:monospace'>");
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QString c = QString(id.at(i)).toHtmlEscaped();
        out += i < differs.size() && differs.at(i)
            ? QStringLiteral("<b style='background:#ffd54f;color:#b71c1c'>%1</b>").arg(c)
            : c;
    }
    return out + QStringLiteral("</span>");
}

QLabel *cell(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    l->setWordWrap(true);
    return l;
}

QGroupBox *box(const QString &title, QLabel *label, QWidget *parent)
{
    auto *g = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(g);
    l->addWidget(label);
    return g;
}

QString line(const QString &label, const QString &value)
{
    return ReviewCaseView::tr("%1: %2").arg(label.toHtmlEscaped(), value) + QStringLiteral("<br>");
}

} // namespace

ReviewCaseView::ReviewCaseView(QWidget *parent)
    : QWidget(parent), m_heading(cell(this)), m_typed(cell(this)), m_student(cell(this)), m_score(cell(this)),
      m_evidence(cell(this)), m_history(cell(this)), m_notice(cell(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    auto *sides = new QGridLayout;
    sides->addWidget(box(tr("Typed by the candidate"), m_typed, this), 0, 0);
    sides->addWidget(box(tr("Student record (学籍)"), m_student, this), 0, 1);
    sides->addWidget(box(tr("CET4 score record"), m_score, this), 0, 2);
    layout->addLayout(sides);
    layout->addWidget(box(tr("Evidence"), m_evidence, this));
    layout->addWidget(box(tr("Earlier reviews and disputes"), m_history, this));
    layout->addWidget(box(tr("Notice to the candidate"), m_notice, this));
    layout->addStretch(1);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_evidence, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("evidence:")))
            emit evidenceRequested(link.mid(9).toInt());
    });
    clear();
}

void ReviewCaseView::clear()
{
    m_heading->setText(tr("<i>Pick a review in the queue.</i>"));
    for (QLabel *l : { m_typed, m_student, m_score, m_evidence, m_history, m_notice })
        l->clear();
}

QString ReviewCaseView::noticeText(const QString &name, const QString &decision, const QString &reason)
{
    if (decision == u"pass" || decision == u"passed")
        return tr("%1, your CET6 qualification review was passed; you may now register for CET6.").arg(name);
    return tr("%1, your CET6 qualification review was not passed: %2 You may edit and resubmit it, or delete it.")
        .arg(name, reason);
}

void ReviewCaseView::show(const ReviewRow &row, const ReviewRecord &rec, const QList<ReviewRow> &earlier,
                          const QString &timeLeft)
{
    const QString shown = ReviewService::shownState(row);
    m_heading->setText(QStringLiteral("<b>%1</b> · %2 · %3")
                           .arg(tr("Review %1").arg(row.key).toHtmlEscaped(),
                                ReviewService::stateLabel(shown).toHtmlEscaped(), timeLeft.toHtmlEscaped()));
    const QString scoreId = rec.score ? rec.score->idNumber : QString();
    const ReviewIdDiff typedVsStudent = ReviewIdDiff::of(rec.typed.idNumber, rec.student.idNumber);
    const ReviewIdDiff scoreVsStudent = ReviewIdDiff::of(scoreId, rec.student.idNumber);
    // The student record is compared with the CET4 record: that is where the proof has to explain
    // the difference.
    m_typed->setText(line(tr("Name"), rec.typed.name.toHtmlEscaped())
                     + line(tr("ID number"), markedId(rec.typed.idNumber, typedVsStudent.left))
                     + line(tr("CET4 ticket"), rec.typed.ticket.toHtmlEscaped()));
    m_student->setText(line(tr("Name"), rec.student.name.toHtmlEscaped())
                       + line(tr("ID number"), markedId(rec.student.idNumber, scoreVsStudent.right))
                       + line(tr("Campus"), row.campusCode.toHtmlEscaped())
                       + line(tr("Department"), row.department.toHtmlEscaped()));
    if (rec.score) {
        m_score->setText(line(tr("Ticket"), rec.score->ticket.toHtmlEscaped())
                         + line(tr("Name"), rec.score->name.toHtmlEscaped())
                         + line(tr("ID number"), markedId(scoreId, scoreVsStudent.left))
                         + line(tr("Exam"), tr("%1-%2").arg(rec.score->examYear).arg(rec.score->examMonth, 2, 10,
                                                                                       QLatin1Char('0')))
                         + line(tr("Score"), QString::number(rec.score->total)));
    } else {
        m_score->setText(tr("No CET4 record (filed by the school)."));
    }
    QStringList files;
    for (const ReviewEvidence &e : rec.evidence)
        files << QStringLiteral("<a href='evidence:%1'>%2</a>")
                     .arg(e.n)
                     .arg(tr("File %1: %2, %3")
                              .arg(e.n)
                              .arg(e.contentType, QLocale().formattedDataSize(e.size))
                              .toHtmlEscaped());
    m_evidence->setText(files.isEmpty() ? tr("No evidence uploaded.") : files.join(QStringLiteral("<br>")));
    QStringList history;
    if (row.resubmissions > 0)
        history << QStringLiteral("<b>%1</b>").arg(tr("Resubmitted %n time(s).", nullptr, row.resubmissions));
    for (const ReviewHistoryEntry &h : rec.history)
        history << tr("%1 %2 by %3: %4")
                       .arg(h.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                            ReviewService::stateLabel(h.state), h.decidedBy, h.reason)
                       .toHtmlEscaped();
    for (const ReviewRow &r : earlier)
        history << tr("Review %1 (%2), submitted %3")
                       .arg(r.key, ReviewService::stateLabel(r.state),
                            r.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
                       .toHtmlEscaped();
    for (const ReviewDispute &d : rec.disputes)
        history << QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                       .arg(tr("Disputed: %1 decided %2 (%3), after the decision that stands.")
                                .arg(d.by, ReviewService::stateLabel(d.decision), d.reason)
                                .toHtmlEscaped());
    if (!row.localError.isEmpty())
        history << QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                       .arg(tr("The server refused this desktop's decision: %1").arg(row.localError).toHtmlEscaped());
    m_history->setText(history.isEmpty() ? tr("None.") : history.join(QStringLiteral("<br>")));
    if (shown == u"pending")
        m_notice->setText(tr("<i>Not decided yet.</i>"));
    else
        m_notice->setText(
            noticeText(row.name, shown, row.decidedHere() ? row.localReason : rec.reason).toHtmlEscaped());
}

QString ReviewCaseView::typedText() const
{
    return m_typed->text();
}

QString ReviewCaseView::studentText() const
{
    return m_student->text();
}

QString ReviewCaseView::scoreText() const
{
    return m_score->text();
}

} // namespace cet

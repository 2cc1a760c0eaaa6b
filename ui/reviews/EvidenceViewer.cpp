#include "EvidenceViewer.h"

#include "JobProgressWidget.h"
#include "JobRunner.h"

#include <QDesktopServices>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>
#ifdef CETDESK_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfView>
#endif

#include <algorithm>

namespace cet {

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kStep = 1.25;

QToolButton *tool(const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus); // the page's keys stay with the queue
    return b;
}
} // namespace

EvidenceViewer::EvidenceViewer(const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_databasePath(databasePath), m_title(new QLabel(this)),
      m_previous(tool(QStringLiteral("go-previous"), tr("Previous file"), this)),
      m_next(tool(QStringLiteral("go-next"), tr("Next file (E)"), this)),
      m_zoomOut(tool(QStringLiteral("zoom-out"), tr("Zoom out (-)"), this)),
      m_zoomIn(tool(QStringLiteral("zoom-in"), tr("Zoom in (+)"), this)),
      m_fit(tool(QStringLiteral("zoom-fit-best"), tr("Fit to the window"), this)),
      m_open(tool(QStringLiteral("document-open"), tr("Open with another program"), this)),
      m_stack(new QStackedWidget(this)), m_status(new QLabel(this)), m_retry(new QPushButton(tr("Try again"), this)),
      m_statusPage(new QWidget(this)), m_image(new QGraphicsView(this)), m_scene(new QGraphicsScene(this)),
      m_runner(new JobRunner(this)), m_progress(new JobProgressWidget(this))
{
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_retry->setObjectName(QStringLiteral("evidenceRetry"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_retry, 0, Qt::AlignCenter);
    statusLayout->addWidget(m_progress);
    statusLayout->addStretch(1);
    m_progress->follow(m_runner);
    m_progress->hide();

    m_image->setScene(m_scene);
    m_image->setDragMode(QGraphicsView::ScrollHandDrag);
    m_image->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_image->setRenderHint(QPainter::SmoothPixmapTransform);
    m_image->setBackgroundBrush(palette().mid());
    m_image->viewport()->installEventFilter(this);
    m_stack->addWidget(m_statusPage);
    m_stack->addWidget(m_image);
#ifdef CETDESK_HAVE_QTPDF
    m_pdfDocument = new QPdfDocument(this);
    m_pdf = new QPdfView(this);
    m_pdf->setDocument(m_pdfDocument);
    m_pdf->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdf->viewport()->installEventFilter(this);
    m_stack->addWidget(m_pdf);
#endif

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    for (QToolButton *b : { m_previous, m_next, m_zoomOut, m_zoomIn, m_fit, m_open })
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showFile(m_current - 1); });
    connect(m_next, &QToolButton::clicked, this, &EvidenceViewer::showNextFile);
    connect(m_zoomIn, &QToolButton::clicked, this, &EvidenceViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &EvidenceViewer::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &EvidenceViewer::fitToWindow);
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (!m_path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { showFile(m_current); });
    connect(m_runner, &JobRunner::finished, this, &EvidenceViewer::onFinished);
    for (const auto &[keys, slot] : { std::pair{ QKeySequence::ZoomIn, &EvidenceViewer::zoomIn },
                                      std::pair{ QKeySequence::ZoomOut, &EvidenceViewer::zoomOut } }) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    }
    setReview({}, {});
}

EvidenceViewer::~EvidenceViewer() = default;

void EvidenceViewer::setReview(const QString &key, const QList<ReviewEvidence> &files)
{
    if (key == m_key && files.size() == m_files.size() && m_current > 0)
        return; // the same review read again (after a sync): keep the file and the zoom
    m_key = key;
    m_files = files;
    m_current = 0;
    m_path.clear();
    if (m_files.isEmpty()) {
        showStatus(key.isEmpty() ? QString() : tr("No evidence uploaded."), false, false);
        updateTitle();
        return;
    }
    // A file already on this computer is shown at once; one that is not waits to be asked for
    // (E, a click, Fetch), so that stepping through the queue starts no download per case.
    m_current = 1;
    m_shown = true;
    updateTitle();
    if (auto hit = EvidenceFetchJob::cached(m_databasePath, m_key, m_files.first())) {
        display(*hit);
        return;
    }
    m_shown = false;
    showStatus(tr("File 1 is not on this computer yet: press E or Fetch to download it."), false, true);
    m_retry->setText(tr("Fetch"));
}

void EvidenceViewer::showNextFile()
{
    if (m_files.isEmpty())
        return;
    showFile(m_shown ? m_current % int(m_files.size()) + 1 : m_current);
}

void EvidenceViewer::showFile(int n)
{
    if (n < 1 || n > m_files.size())
        return;
    m_current = n;
    m_shown = true;
    updateTitle();
    m_retry->setText(tr("Try again"));
    const ReviewEvidence &e = *current();
    if (auto hit = EvidenceFetchJob::cached(m_databasePath, m_key, e)) {
        display(*hit);
        return;
    }
    showStatus(tr("Fetching file %1 from the server…").arg(n), false, false);
    if (m_runner->isRunning())
        m_runner->cancel(); // its end starts the wanted file
    else
        start();
}

void EvidenceViewer::start()
{
    const ReviewEvidence *e = current();
    if (!e)
        return;
    m_running = { m_key, m_current };
    auto job = std::make_shared<EvidenceFetchJob>(EvidenceFetchJob::Request { m_databasePath, m_key, *e, {} });
    if (m_runner->start(job)) {
        m_progress->start(job->description());
        m_progress->show();
    }
}

void EvidenceViewer::onFinished(const JobOutcome &outcome)
{
    m_progress->finish();
    m_progress->hide();
    const bool stillWanted = m_running == std::pair { m_key, m_current };
    if (!stillWanted) {
        if (current() && !EvidenceFetchJob::cached(m_databasePath, m_key, *current()))
            start();
        return;
    }
    if (const EvidenceFile *file = outcome.resultAs<EvidenceFile>()) {
        display(*file);
        return;
    }
    if (outcome.isCancelled()) {
        showStatus(tr("Stopped. File %1 was not fetched.").arg(m_current), false, true);
        return;
    }
    const QString code = outcome.error.code;
    const bool offline = code.startsWith(QLatin1String("net.")) || code == u"server.unavailable";
    showStatus(offline ? tr("File %1 is not on this computer yet and the server can not be reached: %2")
                             .arg(m_current)
                             .arg(outcome.error.message)
                       : tr("File %1 could not be fetched: %2").arg(m_current).arg(outcome.error.message),
               true, true);
}

void EvidenceViewer::display(const EvidenceFile &file)
{
    m_path = file.path;
    m_open->setEnabled(true);
    if (file.contentType == u"application/pdf") {
#ifdef CETDESK_HAVE_QTPDF
        if (m_pdfDocument->load(file.path) != QPdfDocument::Error::None) {
            showStatus(tr("File %1 is not a PDF that can be shown.").arg(file.n), true, false);
            return;
        }
        m_stack->setCurrentWidget(m_pdf);
        fitToWindow();
#else
        showStatus(tr("This build of CET Desk shows no PDF files: open file %1 with another program.").arg(file.n),
                   false, false);
        m_open->setEnabled(true);
        return;
#endif
    } else {
        const QImage image = QImage::fromData(file.bytes);
        if (image.isNull()) {
            showStatus(tr("File %1 is not an image that can be shown.").arg(file.n), true, false);
            return;
        }
        m_scene->clear();
        m_pixmap = m_scene->addPixmap(QPixmap::fromImage(image));
        m_scene->setSceneRect(m_pixmap->boundingRect());
        m_stack->setCurrentWidget(m_image);
        fitToWindow();
    }
    m_seen[file.reviewKey].insert(file.n);
    for (QToolButton *b : { m_zoomOut, m_zoomIn, m_fit })
        b->setEnabled(true);
    emit fileShown(file.reviewKey, file.n);
}

void EvidenceViewer::showStatus(const QString &text, bool error, bool canRetry)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#b71c1c") : QString());
    m_retry->setVisible(canRetry);
    m_stack->setCurrentWidget(m_statusPage);
    for (QToolButton *b : { m_zoomOut, m_zoomIn, m_fit, m_open })
        b->setEnabled(false);
}

void EvidenceViewer::updateTitle()
{
    const ReviewEvidence *e = current();
    m_title->setText(e ? tr("Evidence %1 of %2 · %3 · %4")
                             .arg(m_current)
                             .arg(m_files.size())
                             .arg(e->contentType == u"application/pdf" ? QStringLiteral("PDF")
                                                                        : e->contentType.section(QLatin1Char('/'), 1).toUpper())
                             .arg(QLocale().formattedDataSize(e->size))
                       : tr("Evidence"));
    m_previous->setEnabled(m_current > 1);
    m_next->setEnabled(m_files.size() > 1);
}

const ReviewEvidence *EvidenceViewer::current() const
{
    return m_current >= 1 && m_current <= m_files.size() ? &m_files.at(m_current - 1) : nullptr;
}

QList<int> EvidenceViewer::seen(const QString &key) const
{
    QList<int> out = m_seen.value(key).values();
    std::sort(out.begin(), out.end());
    return out;
}

QString EvidenceViewer::mode() const
{
    if (m_stack->currentWidget() == m_image)
        return QStringLiteral("image");
    if (m_pdf && m_stack->currentWidget() == m_pdf)
        return QStringLiteral("pdf");
    return m_status->text().isEmpty() ? QStringLiteral("none") : QStringLiteral("status");
}

QString EvidenceViewer::statusText() const
{
    return m_status->text();
}

void EvidenceViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
#ifdef CETDESK_HAVE_QTPDF
    if (m_stack->currentWidget() == m_pdf) {
        m_pdf->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdf->setZoomFactor(m_zoom);
        return;
    }
#endif
    m_image->setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void EvidenceViewer::zoomIn()
{
    m_fitting = false;
    setZoom(m_zoom * kStep);
}

void EvidenceViewer::zoomOut()
{
    m_fitting = false;
    setZoom(m_zoom / kStep);
}

void EvidenceViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
}

void EvidenceViewer::fitToWindow()
{
    m_fitting = true;
#ifdef CETDESK_HAVE_QTPDF
    if (m_stack->currentWidget() == m_pdf) {
        m_pdf->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_zoom = m_pdf->zoomFactor();
        return;
    }
#endif
    if (!m_pixmap)
        return;
    const QSizeF page = m_pixmap->boundingRect().size();
    const QSizeF room = m_image->viewport()->size();
    if (page.isEmpty() || room.isEmpty())
        return;
    setZoom(std::min(room.width() / page.width(), room.height() / page.height()));
    m_image->centerOn(m_pixmap);
}

bool EvidenceViewer::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel zooms, as in every viewer; the plain wheel scrolls.
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cet

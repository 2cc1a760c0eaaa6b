#pragma once

#include "EvidenceFetchJob.h"
#include "ReviewTypes.h"

#include <QSet>
#include <QWidget>

class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace cet {

class JobProgressWidget;
class JobRunner;

// The evidence of the review on the desk, one file at a time beside the case: a photo zoomable
// (Ctrl+wheel, the buttons, + and -; drag to move), a PDF with Qt PDF, page after page. A file is
// read from the local cache when it was opened before (offline too), else fetched from
// cet-central in the background when asked for (progress and Stop; a failure says why and offers
// to try again).
// Remembers which files were opened for each review, for the decision's record.
class EvidenceViewer : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceViewer(const QString &databasePath, QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // The review whose files are shown; shows its first file (nothing while it has none).
    void setReview(const QString &key, const QList<ReviewEvidence> &files);
    void showFile(int n);
    void showNextFile();
    // The files opened for `key` since the page opened, ascending.
    QList<int> seen(const QString &key) const;

    // What the viewer shows now, for tests: "image", "pdf", "status" (a message) or "none".
    QString mode() const;
    QString statusText() const;
    int currentFile() const { return m_current; }
    double zoom() const { return m_zoom; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

Q_SIGNALS:
    // A file is on screen (read from the cache or just fetched).
    void fileShown(const QString &key, int n);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void start();
    void onFinished(const JobOutcome &outcome);
    void display(const EvidenceFile &file);
    void showStatus(const QString &text, bool error, bool canRetry);
    void setZoom(double zoom);
    void updateTitle();
    const ReviewEvidence *current() const;

    QString m_databasePath;
    QString m_key;
    QList<ReviewEvidence> m_files;
    int m_current = 0;                    // 1-based; 0: none
    std::pair<QString, int> m_running;    // the file the running job fetches
    QHash<QString, QSet<int>> m_seen;     // review key → files opened
    QString m_path;                       // the shown file in the cache
    double m_zoom = 1.0;
    bool m_fitting = true; // the file follows the window's size until zoomed by hand
    bool m_shown = false;  // the current file was asked for (shown, or being fetched)

    QLabel *m_title;
    QToolButton *m_previous, *m_next, *m_zoomOut, *m_zoomIn, *m_fit, *m_open;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_retry;
    QWidget *m_statusPage;
    QGraphicsView *m_image;
    QGraphicsScene *m_scene;
    QGraphicsPixmapItem *m_pixmap = nullptr;
    QPdfView *m_pdf = nullptr;
    QPdfDocument *m_pdfDocument = nullptr;
    JobRunner *m_runner;
    JobProgressWidget *m_progress;
};

} // namespace cet

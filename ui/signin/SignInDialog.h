#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace cet {

class SyncService;
struct SyncAccount;

// Staff sign-in to cet-central: server address, user name, password. The remembered server and
// user are pre-filled. Signing in runs on the sync service's worker; meanwhile the dialog shows
// a busy state and stays responsive (Cancel closes it; the answer is then ignored). Errors
// (wrong password, locked, unreachable, plain http:// to another computer) show inside the
// dialog. Accepts itself on success.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(SyncService &service, QWidget *parent = nullptr);

    // `message` is shown above the fields (e.g. "Your session has ended…").
    void setIntro(const QString &message);

    // Parts, for tests.
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

private:
    void setBusy(bool busy);
    void showError(const QString &code, const QString &message);
    void updateButtons();
    void onSignedIn(const SyncAccount &account);

    SyncService &m_service;
    QLabel *m_intro = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer *m_lockTimer = nullptr;
    bool m_busy = false;
    bool m_locked = false;
};

} // namespace cet

#include "SignInDialog.h"

#include "SyncService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace cet {

SignInDialog::SignInDialog(SyncService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to CET Central"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when the error shows

    m_intro = new QLabel(tr("Sign in with your staff account to sync the roster with the central server. "
                            "Without signing in, CET Desk keeps working on this computer's database."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_server = new QLineEdit(service.rememberedServer(), this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://central.example.edu.cn"));
    m_server->setMinimumWidth(320);
    m_user = new QLineEdit(service.rememberedUser(), this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setAccessibleName(tr("Signing in"));
    layout->addWidget(m_busyBar);
    m_busyBar->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_lockTimer = new QTimer(this);
    m_lockTimer->setSingleShot(true);
    connect(m_lockTimer, &QTimer::timeout, this, [this] {
        m_locked = false;
        updateButtons();
    });

    for (QLineEdit *edit : { m_server, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(&m_service, &SyncService::signedIn, this, &SignInDialog::onSignedIn);
    connect(&m_service, &SyncService::signInFailed, this, [this](const QString &code, const QString &message) {
        if (m_busy)
            showError(code, message);
    });

    // The first empty field gets the focus: usually the password.
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
    updateButtons();
}

void SignInDialog::setIntro(const QString &message)
{
    m_intro->setText(message);
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    QString server = m_server->text().trimmed();
    // Without a scheme: http:// for this computer itself, else https:// (the service refuses
    // plain http:// to other hosts anyway).
    if (!server.isEmpty() && !server.contains(QStringLiteral("://"))) {
        static const QRegularExpression loopback(QStringLiteral("^(localhost|127\\.[0-9.]+|\\[::1\\])(:\\d+)?(/.*)?$"));
        server.prepend(loopback.match(server).hasMatch() ? QStringLiteral("http://") : QStringLiteral("https://"));
    }
    m_server->setText(server);
    m_error->hide();
    setBusy(true);
    m_service.signIn(server, m_user->text().trimmed(), m_password->text());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QLineEdit *edit : { m_server, m_user, m_password })
        edit->setReadOnly(busy);
    m_signIn->setText(busy ? tr("Signing In…") : tr("&Sign In"));
    updateButtons();
}

void SignInDialog::showError(const QString &code, const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    adjustSize();
    m_password->clear();
    if (code == u"auth.locked") {
        // The wait, when the message names it; else a short pause before the next try.
        const auto match = QRegularExpression(QStringLiteral("(\\d+)")).match(message);
        const int seconds = match.hasMatch() ? qBound(1, match.captured(1).toInt(), 900) : 3;
        m_locked = true;
        m_lockTimer->start(seconds * 1000);
    }
    if (code == u"sync.insecure_url" || code == u"sync.bad_url" || code.startsWith(u"net.")
        || code == u"server.unavailable") {
        m_server->setFocus();
        m_server->selectAll();
    } else {
        m_password->setFocus();
    }
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool filled = !m_server->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
                        && !m_password->text().isEmpty();
    m_signIn->setEnabled(filled && !m_busy && !m_locked);
}

void SignInDialog::onSignedIn(const SyncAccount &)
{
    if (!m_busy)
        return;
    setBusy(false);
    m_password->clear();
    accept();
}

} // namespace cet

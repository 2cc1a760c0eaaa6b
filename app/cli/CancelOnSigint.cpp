#include "CancelOnSigint.h"

#include "StudentImportRepository.h"

#include <QByteArray>

#include <atomic>
#include <csignal>

namespace cet {

namespace {

std::atomic<ImportProgress *> g_progress {nullptr};

extern "C" void onSigint(int)
{
    // Only async-signal-safe work here: a lock-free atomic store and signal().
    if (ImportProgress *progress = g_progress.load())
        progress->cancelRequested.store(true);
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

CancelOnSigint::CancelOnSigint(ImportProgress &progress)
{
    g_progress.store(&progress);
    std::signal(SIGINT, onSigint);
}

CancelOnSigint::~CancelOnSigint()
{
    std::signal(SIGINT, SIG_DFL);
    g_progress.store(nullptr);
}

void CancelOnSigint::raiseIfAsked(const char *step)
{
    if (qgetenv("CETDESK_CLI_RAISE_SIGINT") == step)
        std::raise(SIGINT);
}

} // namespace cet

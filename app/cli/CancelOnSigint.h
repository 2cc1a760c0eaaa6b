#pragma once

namespace cet {

struct ImportProgress;

// While an instance lives, the first Ctrl+C (SIGINT) sets progress.cancelRequested, so that the
// running step stops cleanly and rolls back; a second Ctrl+C ends the process at once (the
// default action). Test seam: CETDESK_CLI_RAISE_SIGINT=<step> makes raiseIfAsked(<step>) send the
// process a SIGINT itself, so tests can cancel at a chosen step without timing.
class CancelOnSigint
{
public:
    explicit CancelOnSigint(ImportProgress &progress);
    ~CancelOnSigint();
    CancelOnSigint(const CancelOnSigint &) = delete;
    CancelOnSigint &operator=(const CancelOnSigint &) = delete;

    static void raiseIfAsked(const char *step);
};

} // namespace cet

#pragma once

#include "Result.h"

#include <any>
#include <utility>

namespace cet {

// How a background job ended: done (with its result), cancelled (nothing half-done is left:
// every job rolls back or removes what it started), or failed with a translated message and a
// stable code. The result payload is the job's own type (an export's row count, an import's
// outcome, a photo scan); resultAs<T>() reads it back.
struct JobOutcome
{
    enum class Status { Done, Cancelled, Failed };

    Status status = Status::Done;
    Error error;      // Failed: why; Cancelled: the step's own "….cancelled" error, if it gave one
    std::any result;  // Done: the job's result

    static JobOutcome done(std::any result = {}) { return {Status::Done, {}, std::move(result)}; }
    static JobOutcome cancelled(Error error = {}) { return {Status::Cancelled, std::move(error), {}}; }
    static JobOutcome failed(Error error) { return {Status::Failed, std::move(error), {}}; }

    bool isDone() const { return status == Status::Done; }
    bool isCancelled() const { return status == Status::Cancelled; }
    bool isFailed() const { return status == Status::Failed; }

    // The result, when the job is done and its result is a T; otherwise null.
    template<typename T> const T *resultAs() const { return std::any_cast<T>(&result); }
};

} // namespace cet

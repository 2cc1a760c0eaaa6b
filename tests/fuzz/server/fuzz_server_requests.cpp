// libFuzzer target for the wire protocol's parsing (app/protocol/Wire.h), what cet-central does
// with every request body before any rule runs, and what the client does with every response:
//   body bytes → protocol::parseObject (size limit, QJsonDocument, top-level object) → fromJson
//   of every request and response type; PushRequest::fromBody (the push body's fast reader)
//   against that general path; the same bytes as the query of GET /api/v1/sync/changes.
// Besides "no crash, no leak, no UB" it checks that whatever parses serialises to something that
// parses again to the same JSON (toJson ∘ fromJson is a fixpoint after one round).
#include "StudentFields.h"
#include "Wire.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <cstdio>
#include <cstdlib>

using namespace cet;

namespace {

[[noreturn]] void fail(const char *what, const QJsonObject &a, const QJsonObject &b)
{
    std::fprintf(stderr, "round trip of %s changed the JSON:\n%s\n%s\n", what,
                 QJsonDocument(a).toJson(QJsonDocument::Compact).constData(),
                 QJsonDocument(b).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

// Parses `o` as T; if it parses, T's JSON must parse again and give the same JSON.
template<typename T>
void roundTrip(const char *what, const QJsonObject &o)
{
    const Result<T> first = T::fromJson(o);
    if (!first.ok()) {
        if (first.error().code.isEmpty())
            std::abort(); // every failure names its code
        return;
    }
    const QJsonObject once = first.value().toJson();
    const Result<T> second = T::fromJson(once);
    if (!second.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(second.error().message));
        fail(what, o, once);
    }
    const QJsonObject twice = second.value().toJson();
    if (twice != once)
        fail(what, once, twice);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const Result<QJsonObject> parsed = protocol::parseObject(body);
    if (parsed.ok()) {
        const QJsonObject &o = parsed.value();
        // Requests (strict).
        roundTrip<protocol::LoginRequest>("LoginRequest", o);
        roundTrip<protocol::PushRequest>("PushRequest", o);
        roundTrip<protocol::Op>("Op", o);
        // Responses (the client's side of the same code).
        roundTrip<protocol::ApiError>("ApiError", o);
        roundTrip<protocol::LoginResponse>("LoginResponse", o);
        roundTrip<protocol::MeResponse>("MeResponse", o);
        roundTrip<protocol::ChangesPage>("ChangesPage", o);
        roundTrip<protocol::Change>("Change", o);
        roundTrip<protocol::PushResponse>("PushResponse", o);
        roundTrip<protocol::OpResult>("OpResult", o);
        roundTrip<protocol::Digest>("Digest", o);
        // A student's fields (the "data" of a change, the "record" of a result).
        const Result<StudentRecord> student = protocol::studentFromJson(o);
        if (student.ok()) {
            const QJsonObject once = protocol::studentToJson(student.value());
            const Result<StudentRecord> again = protocol::studentFromJson(once);
            if (!again.ok() || protocol::studentToJson(again.value()) != once)
                fail("StudentFields", o, once);
        }
        if (o.value(QStringLiteral("key")).isString())
            (void)protocol::parseStudentKey(o.value(QStringLiteral("key")).toString());
    } else if (parsed.error().code != protocol::codes::badJson
               && parsed.error().code != protocol::codes::tooLarge) {
        std::abort(); // parseObject only knows these two
    }

    // POST /api/v1/sync/push reads its body with PushRequest::fromBody (a fast reader for the
    // usual shape, the general path otherwise): it must accept exactly what the general path
    // accepts, with the same result.
    {
        const Result<protocol::PushRequest> fast = protocol::PushRequest::fromBody(body);
        const Result<protocol::PushRequest> general = parsed.ok() ? protocol::PushRequest::fromJson(parsed.value())
                                                                  : Result<protocol::PushRequest>(parsed.error());
        if (fast.ok() != general.ok()) {
            std::fprintf(stderr, "fromBody %s, the general path %s\n", fast.ok() ? "accepts" : "refuses",
                         general.ok() ? "accepts" : "refuses");
            std::abort();
        }
        if (fast.ok() && fast.value().toJson() != general.value().toJson())
            fail("PushRequest::fromBody", general.value().toJson(), fast.value().toJson());
        if (!fast.ok() && fast.error().code != general.error().code)
            std::abort();
    }

    // GET /api/v1/sync/changes?<bytes>
    const QUrlQuery query(QString::fromUtf8(body));
    const Result<protocol::ChangesQuery> q = protocol::ChangesQuery::fromQuery(query);
    if (q.ok() && (q.value().since < 0 || q.value().limit < 1 || q.value().limit > protocol::kMaxChangesLimit))
        std::abort(); // out of the documented range
    return 0;
}

// libFuzzer target for what the candidate API does with every request before any rule runs:
//   body bytes → StrictBody::parse with the fields of each endpoint (register, login, email
//   change, binding, password reset and its confirmation, account recovery); the same bytes as an
//   Accept-Language header.
// Besides "no crash, no leak, no UB" it checks the reader's promises: a body that parses has every
// required field with its declared type and no other field; a refusal carries a catalogue code
// with status 400 and a message in both languages.
#include "CandidateMessages.h"
#include "StrictBody.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace cet;
using namespace cet::central::candidate;

namespace {

using Field = StrictBody::Field;
using Type = StrictBody::Type;

const QList<QList<Field>> &endpoints()
{
    static const QList<QList<Field>> all = {
        { { QStringLiteral("email"), Type::String, true },
          { QStringLiteral("password"), Type::String, true },
          { QStringLiteral("mobile"), Type::String, false } },
        { { QStringLiteral("login"), Type::String, true }, { QStringLiteral("password"), Type::String, true } },
        { { QStringLiteral("password"), Type::String, true }, { QStringLiteral("new_email"), Type::String, true } },
        { { QStringLiteral("id_type"), Type::String, true },
          { QStringLiteral("id_number"), Type::String, true },
          { QStringLiteral("name"), Type::String, true },
          { QStringLiteral("confirm"), Type::Boolean, true } },
        { { QStringLiteral("email"), Type::String, false }, { QStringLiteral("mobile"), Type::String, false } },
        { { QStringLiteral("token"), Type::String, false },
          { QStringLiteral("mobile"), Type::String, false },
          { QStringLiteral("code"), Type::String, false },
          { QStringLiteral("new_password"), Type::String, true } },
        { { QStringLiteral("id_type"), Type::String, true },
          { QStringLiteral("id_number"), Type::String, true },
          { QStringLiteral("name"), Type::String, true },
          { QStringLiteral("captcha_id"), Type::String, true },
          { QStringLiteral("captcha"), Type::String, true } },
        {},
    };
    return all;
}

void check(const QByteArray &body, const QList<Field> &fields)
{
    const Result<StrictBody> parsed = StrictBody::parse(body, fields);
    if (!parsed.ok()) {
        const Error &e = parsed.error();
        if (!isKnown(e.code) || httpStatus(e.code) != 400 || message(e, Language::Chinese).isEmpty()
            || message(e, Language::English).isEmpty())
            std::abort();
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.size() > fields.size())
        std::abort(); // an undeclared field got through
    for (const Field &f : fields) {
        if (!o.contains(f.name)) {
            if (f.required)
                std::abort();
            continue;
        }
        const QJsonValue v = o.value(f.name);
        if (f.type == Type::String ? !v.isString() : !v.isBool())
            std::abort();
        if (f.type == Type::String && parsed.value().string(f.name) != v.toString())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QList<Field> &fields : endpoints())
        check(bytes, fields);
    const Language language = languageFrom(bytes);
    if (language != Language::Chinese && language != Language::English)
        std::abort();
    return 0;
}

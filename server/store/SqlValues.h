#pragma once

// Small conversions between optional values and the binds / columns of Qt SQL, and a statement
// run for its effect, shared by the SQL files of server/store.

#include "CentralStore.h"

#include <optional>

namespace cet::central::sqlvalues {

inline QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
inline QVariant nullInt() { return QVariant(QMetaType(QMetaType::LongLong)); }

// An empty string is stored as NULL (optional text columns such as a passport's mobile).
inline QVariant textOrNull(const QString &s) { return s.isEmpty() ? nullText() : QVariant(s); }

inline QVariant timeOrNull(const std::optional<QDateTime> &t) { return t ? QVariant(toMs(*t)) : nullInt(); }

inline std::optional<QDateTime> optionalTime(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromMs(v.toLongLong());
}

// Runs a statement whose rows (if any) are not needed.
inline Result<void> run(CentralStore &store, const QString &sql, const QVariantList &binds)
{
    auto q = store.exec(sql, binds);
    if (!q)
        return q.error();
    q.value().finish();
    return {};
}

} // namespace cet::central::sqlvalues

#pragma once

// The common case of a push request body, read straight from its bytes (internal to
// cetdesk_protocol; PushRequest::fromBody is the entry point).
//
// It accepts a strict subset of what parseObject + PushRequest::fromJson accept, and for that
// subset gives the very same PushRequest: well-formed UTF-8 JSON, no \u escapes, integers as plain
// digits (no sign, fraction or exponent), no duplicate keys, every field known and of the right
// type and range. Anything else — including every invalid request — gives std::nullopt, and the
// caller falls back to the QJsonDocument path, which accepts or refuses with its usual messages.

#include "Wire.h"

#include <QByteArrayView>

#include <optional>

namespace cet::protocol::wire {

std::optional<PushRequest> parsePushFast(QByteArrayView body);

} // namespace cet::protocol::wire

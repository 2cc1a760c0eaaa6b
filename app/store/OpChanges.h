#pragma once

// Internal to cetdesk_store: reading an outbox op's changes without a JSON document.

#include "StudentRecord.h"

#include <QByteArrayView>

namespace cet::syncsql {

// Sets on `r` the new value of each field in `changes` ({"column":[old,new],...}, the compact JSON
// an outbox op stores), as parseObject + setField would: integers in int range for integer fields
// (0 otherwise), strings for text fields ("" otherwise). Reads only the plain shape the store
// writes: no whitespace, no \u escapes, no booleans, fractions or exponents, known columns each
// once, valid UTF-8. Returns false for anything else, with `r` in an
// unspecified state; the caller then reads the text in full.
bool readNewValues(QByteArrayView changes, StudentRecord &r);

} // namespace cet::syncsql

#pragma once

#include "IdType.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

// Translation context of the ID-document rules (IdDocument.cpp, IdNumber.cpp).
class IdDocument
{
    Q_DECLARE_TR_FUNCTIONS(cet::IdDocument)
public:
    IdDocument() = delete;
};

// The eight accepted types, in code order (1..8).
QList<IdType> acceptedIdTypes();

// Numeric code stored in databases and files (1..8; 0 for Unknown).
int idTypeCode(IdType type);

// The type of a numeric code; IdType::Unknown for anything but 1..8.
IdType idTypeFromCode(int code);

// The official Chinese name, a data value as it appears in files and on the NEEA site
// ("中华人民共和国居民身份证"). Empty for Unknown.
QString idTypeLabel(IdType type);

// A translated name for display (English source text, zh_CN translation).
QString idTypeDisplayName(IdType type);
// A short translated name for narrow places such as a table column ("Resident ID", 身份证).
QString idTypeShortName(IdType type);

// The type a (possibly loose) label names: official names, common short forms ("身份证",
// "居民身份证", "中国居民身份证", "台胞证", "回乡证", ...), codes "1".."8", and a few English words.
// Errors: "id.type_not_accepted" (军官证, 士兵证, 警官证, ...), "id.type_unknown" (anything else).
Result<IdType> idTypeFromLabel(const QString &label);

} // namespace cet

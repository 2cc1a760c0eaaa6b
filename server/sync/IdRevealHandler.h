#pragma once

// A desktop's reveal of a full ID number, sent as an op so that it is on the server's audit record
// (the desktop's own log lives in a file its user can erase). Entity "id_reveal": key = the
// reveal's id (a UUID the desktop makes), one upsert with base version 0 and the changes
// {"student": [null, "<id_type>:<id_number>"], "revealed_at": [null, wire time]}. Applying it
// writes an audit row "student.reveal_id" keyed by the student's masked key; nothing is stored
// besides, so the change feed and the digest of the entity are always empty. A repeated op id gets
// its recorded result (the push's op_results), so a reveal sent twice is recorded once.

#include "EntityHandler.h"

namespace cet::central {

inline const QString kIdRevealEntity = QStringLiteral("id_reveal");

class IdRevealHandler : public EntityHandler
{
public:
    QString entity() const override;
    std::unique_ptr<EntityBatch> newBatch() const override;
    Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                 int limit) const override;
    Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const override;
};

} // namespace cet::central

#pragma once

// A page's changes of an entity whose rows are few per school (campuses, offers), read before the
// page is written and written as protocol::Change objects.

#include "EntityHandler.h"

namespace cet::central {

class ChangeListFeed : public FeedCursor
{
public:
    explicit ChangeListFeed(QList<protocol::Change> changes) : m_changes(std::move(changes)) { }
    bool atEnd() const override { return m_at >= m_changes.size(); }
    qint64 seq() const override { return m_changes.at(m_at).seq; }
    Result<void> next() override
    {
        ++m_at;
        return {};
    }
    void write(protocol::JsonWriter &w) override { w.value(m_changes.at(m_at).toJson()); }

private:
    QList<protocol::Change> m_changes;
    qsizetype m_at = 0;
};

} // namespace cet::central

#include "StatementCache.h"

namespace cet::central {

namespace {
// Statements built with a variable number of placeholders (IN lists) have many texts; past this
// many idle statements the cache starts over rather than grow without bound.
constexpr std::size_t kMaxIdle = 512;
} // namespace

bool StatementCache::keeps(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed().left(7);
    for (const char *verb : { "SELECT", "INSERT", "UPDATE", "DELETE", "WITH" }) {
        if (head.startsWith(QLatin1StringView(verb), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::unique_ptr<QSqlQuery> StatementCache::take(const QString &sql)
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->second.empty())
        return nullptr;
    std::unique_ptr<QSqlQuery> q = std::move(it->second.back());
    it->second.pop_back();
    --m_count;
    return q;
}

void StatementCache::giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query, quint64 generation)
{
    query->finish();
    if (generation != m_generation)
        return;
    if (m_count >= kMaxIdle)
        clear();
    m_idle[sql].push_back(std::move(query));
    ++m_count;
}

void StatementCache::clear()
{
    m_idle.clear();
    m_count = 0;
    ++m_generation;
}

Rows::Rows(std::unique_ptr<QSqlQuery> query, QString sql, std::weak_ptr<StatementCache> home, quint64 generation)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_home(std::move(home))
    , m_generation(generation)
{ }

Rows::~Rows()
{
    release();
}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        release();
        m_query = std::move(other.m_query);
        m_sql = std::move(other.m_sql);
        m_home = std::move(other.m_home);
        m_generation = other.m_generation;
    }
    return *this;
}

void Rows::release()
{
    if (!m_query)
        return;
    if (auto home = m_home.lock())
        home->giveBack(m_sql, std::move(m_query), m_generation);
    m_query.reset();
}

} // namespace cet::central

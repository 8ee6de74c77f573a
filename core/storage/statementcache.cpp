#include "storage/statementcache.h"

#include <sqlite3.h>

namespace hamish {

StatementCache::~StatementCache()
{
    for (const QList<sqlite3_stmt*>& list : std::as_const(m_idle)) {
        for (sqlite3_stmt* stmt : list)
            sqlite3_finalize(stmt);
    }
}

sqlite3_stmt* StatementCache::take(const QByteArray& sql)
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->isEmpty())
        return nullptr;
    return it->takeLast();
}

void StatementCache::recycle(const QByteArray& sql, sqlite3_stmt* stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    auto it = m_idle.find(sql);
    if (it == m_idle.end() && m_idle.size() >= MaxSqlTexts) {
        sqlite3_finalize(stmt);
        return;
    }
    if (it == m_idle.end())
        it = m_idle.insert(sql, {});
    if (it->size() >= MaxIdlePerSql) {
        sqlite3_finalize(stmt);
        return;
    }
    it->append(stmt);
}

} // namespace hamish

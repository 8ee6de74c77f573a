#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

struct sqlite3_stmt;

namespace hamish {

// Compiled statements kept for reuse by one connection: a Statement hands its sqlite3_stmt
// back when it goes out of scope, and the next prepare() of the same SQL takes it instead of
// compiling again. Loops that prepare the same few statements per article (export, import,
// the list model) no longer spend their time in SQLite's parser.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A ready statement for sql, or null when none is idle.
    sqlite3_stmt* take(const QByteArray& sql);
    // Takes the statement back (reset, bindings cleared), or finalizes it when full.
    void recycle(const QByteArray& sql, sqlite3_stmt* stmt);

    static constexpr int MaxIdlePerSql = 4;
    static constexpr int MaxSqlTexts = 128;

private:
    QHash<QByteArray, QList<sqlite3_stmt*>> m_idle;
};

} // namespace hamish

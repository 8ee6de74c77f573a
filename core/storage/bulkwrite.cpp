#include "storage/bulkwrite.h"

#include "storage/database.h"

namespace hamish {

namespace {

// Pages of the cache during a bulk write, in KiB (negative, as PRAGMA cache_size takes it).
constexpr qint64 BulkCacheKiB = -8192;
// FTS5's default when the table's configuration names none.
constexpr qint64 DefaultAutomerge = 4;

Status setAutomerge(Database& db, qint64 value)
{
    return db.exec(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', %1)").arg(value));
}

} // namespace

BulkWrite::BulkWrite(Database& db)
    : m_db(db)
{
    Result<qint64> cacheSize = db.queryInt(QStringLiteral("PRAGMA cache_size"));
    Result<qint64> automerge =
        db.queryInt(QStringLiteral("SELECT coalesce((SELECT v FROM article_fts_config WHERE k = 'automerge'), %1)")
                        .arg(DefaultAutomerge));
    if (!cacheSize || !automerge)
        return; // a plain write then: nothing was changed
    m_cacheSize = *cacheSize;
    m_automerge = *automerge;
    if (!db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(BulkCacheKiB)))
        return;
    m_active = true;
    (void)setAutomerge(db, 0);
}

BulkWrite::~BulkWrite()
{
    (void)finish();
}

Status BulkWrite::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    // Without its transaction the change to the merges has been undone with the rest.
    return m_db.isInTransaction() ? setAutomerge(m_db, m_automerge) : Status{};
}

} // namespace hamish

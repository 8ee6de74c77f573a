#include "versions/versionstore.h"

#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/statement.h"

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

const QString PlacementColumns = u"annotation_id, article_id, version, status, old_start, old_end, new_start, "
                                 u"new_end, similarity, quote, review"_s;

PlacementRecord placementFrom(const Statement& row)
{
    PlacementRecord p;
    p.annotationId = row.int64(0);
    p.articleId = row.int64(1);
    p.version = int(row.int64(2));
    placementFromName(row.text(3), p.placement);
    p.oldStart = row.int64(4);
    p.oldEnd = row.int64(5);
    p.newStart = row.isNull(6) ? -1 : row.int64(6);
    p.newEnd = row.isNull(7) ? -1 : row.int64(7);
    p.similarity = row.real(8);
    p.quote = row.text(9);
    p.review = row.text(10);
    return p;
}

Orphan orphanFrom(const Statement& row)
{
    std::optional<Orphan> orphan = Orphan::fromJson(row.text(0).toUtf8(), int(row.int64(1)));
    return orphan.value_or(Orphan{});
}

} // namespace

Result<QList<ArticleVersion>> VersionStore::versions(qint64 articleId)
{
    Result<Statement> stmt = m_db.prepare(u"SELECT version, imported_at, length(body), changed FROM article_version"
                                          u" WHERE article_id = ?1 ORDER BY version"_s);
    if (stmt)
        stmt->bind(1, articleId);
    return collectRows<ArticleVersion>(std::move(stmt), [](const Statement& row) {
        return ArticleVersion{int(row.int64(0)), fromIsoUtc(row.text(1)), row.int64(2), row.int64(3)};
    });
}

Result<std::optional<QString>> VersionStore::body(qint64 articleId, int version)
{
    Result<Statement> stmt = m_db.prepare(u"SELECT body FROM article_version WHERE article_id = ?1 AND version = ?2"_s);
    if (stmt)
        stmt->bind(1, articleId).bind(2, version);
    return firstRow<QString>(std::move(stmt), [](const Statement& row) { return row.text(0); });
}

Result<std::optional<qint64>> VersionStore::articleWithVersion(const QString& contentHash)
{
    Result<Statement> stmt = m_db.prepare(u"SELECT article_id FROM article_version WHERE content_hash = ?1"_s);
    if (stmt)
        stmt->bind(1, contentHash);
    return firstRow<qint64>(std::move(stmt), [](const Statement& row) { return row.int64(0); });
}

Status VersionStore::insertVersion(qint64 articleId, int version, const QString& body, const QString& contentHash,
                                   const QDateTime& imported, qsizetype changed)
{
    Result<Statement> stmt = m_db.prepare(u"INSERT INTO article_version (article_id, version, body, content_hash,"
                                          u" imported_at, changed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, articleId).bind(2, version).bind(3, body).bind(4, contentHash).bind(5, isoUtc(imported));
    stmt->bind(6, qint64(changed));
    return stmt->run();
}

Status VersionStore::setBody(qint64 articleId, const QString& body)
{
    Result<Statement> stmt = m_db.prepare(u"UPDATE article SET body = ?2, tokenization = '' WHERE id = ?1"_s);
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, articleId).bind(2, body);
    return stmt->run();
}

Status VersionStore::insertPlacements(const QList<PlacementRecord>& placements)
{
    Result<Statement> stmt = m_db.prepare(u"INSERT INTO annotation_placement ("_s + PlacementColumns
                                          + u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"_s);
    if (!stmt)
        return stmt.problem();
    for (const PlacementRecord& p : placements) {
        stmt->bind(1, p.annotationId).bind(2, p.articleId).bind(3, p.version).bind(4, placementName(p.placement));
        stmt->bind(5, qint64(p.oldStart)).bind(6, qint64(p.oldEnd));
        if (p.newStart >= 0)
            stmt->bind(7, qint64(p.newStart)).bind(8, qint64(p.newEnd));
        else
            stmt->bindNull(7).bindNull(8);
        stmt->bind(9, p.similarity).bind(10, p.quote).bind(11, p.review);
        if (Status ok = stmt->run(); !ok)
            return ok;
        stmt->reset();
    }
    return {};
}

Result<QList<PlacementRecord>> VersionStore::latestPlacements(qint64 articleId, bool waiting)
{
    QString sql = u"SELECT "_s + PlacementColumns
                  + u" FROM annotation_placement p WHERE version = (SELECT max(version) FROM article_version v"
                    u" WHERE v.article_id = p.article_id)"_s;
    if (articleId > 0)
        sql += u" AND article_id = ?1"_s;
    if (waiting)
        sql += u" AND review = '' AND status IN ('fuzzy', 'orphan') AND (annotation_id IN (SELECT id FROM annotation)"
               u" OR annotation_id IN (SELECT annotation_id FROM annotation_orphan))"_s;
    sql += u" ORDER BY article_id, old_start, old_end, annotation_id"_s;
    Result<Statement> stmt = m_db.prepare(sql);
    if (stmt && articleId > 0)
        stmt->bind(1, articleId);
    return collectRows<PlacementRecord>(std::move(stmt), placementFrom);
}

Result<std::optional<PlacementRecord>> VersionStore::placement(qint64 articleId, int version, qint64 annotationId)
{
    Result<Statement> stmt = m_db.prepare(u"SELECT "_s + PlacementColumns
                                          + u" FROM annotation_placement WHERE article_id = ?1 AND version = ?2"
                                            u" AND annotation_id = ?3"_s);
    if (stmt)
        stmt->bind(1, articleId).bind(2, version).bind(3, annotationId);
    return firstRow<PlacementRecord>(std::move(stmt), placementFrom);
}

Status VersionStore::setReview(const PlacementRecord& p)
{
    Result<Statement> stmt = m_db.prepare(u"UPDATE annotation_placement SET review = ?4, new_start = ?5, new_end = ?6"
                                          u" WHERE article_id = ?1 AND version = ?2 AND annotation_id = ?3"_s);
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, p.articleId).bind(2, p.version).bind(3, p.annotationId).bind(4, p.review);
    if (p.newStart >= 0)
        stmt->bind(5, qint64(p.newStart)).bind(6, qint64(p.newEnd));
    else
        stmt->bindNull(5).bindNull(6);
    return stmt->run();
}

Status VersionStore::insertOrphan(const Orphan& orphan)
{
    Result<Statement> stmt = m_db.prepare(
        u"INSERT INTO annotation_orphan (annotation_id, article_id, version, annotation) VALUES (?1, ?2, ?3, ?4)"_s);
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, orphan.annotation.id).bind(2, orphan.annotation.articleId).bind(3, orphan.version);
    stmt->bindText(4, orphan.toJson());
    return stmt->run();
}

Status VersionStore::removeOrphan(qint64 annotationId)
{
    Result<Statement> stmt = m_db.prepare(u"DELETE FROM annotation_orphan WHERE annotation_id = ?1"_s);
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, annotationId);
    return stmt->run();
}

Result<QList<Orphan>> VersionStore::orphans(qint64 articleId, int version)
{
    QString sql = u"SELECT annotation, version FROM annotation_orphan WHERE article_id = ?1"_s;
    if (version > 0)
        sql += u" AND version = ?2"_s;
    Result<Statement> stmt = m_db.prepare(sql);
    if (stmt) {
        stmt->bind(1, articleId);
        if (version > 0)
            stmt->bind(2, version);
    }
    Result<QList<Orphan>> found = collectRows<Orphan>(std::move(stmt), orphanFrom);
    if (found)
        std::sort(found->begin(), found->end(), [](const Orphan& a, const Orphan& b) {
            return std::tie(a.version, a.annotation.start, a.annotation.id)
                   < std::tie(b.version, b.annotation.start, b.annotation.id);
        });
    return found;
}

Result<std::optional<Orphan>> VersionStore::orphan(qint64 annotationId)
{
    Result<Statement> stmt =
        m_db.prepare(u"SELECT annotation, version FROM annotation_orphan WHERE annotation_id = ?1"_s);
    if (stmt)
        stmt->bind(1, annotationId);
    return firstRow<Orphan>(std::move(stmt), orphanFrom);
}

} // namespace hamish

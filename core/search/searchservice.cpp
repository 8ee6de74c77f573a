#include "search/searchservice.h"

#include "search/searchquery.h"
#include "storage/library.h"

namespace hamish {

Result<QList<SearchHit>> SearchService::search(const QString& userQuery, int limit)
{
    Result<QString> expression = SearchQuery::toFts(userQuery);
    if (!expression)
        return failure(expression.error());
    // Rank every match first and make snippets for the best ones only: with the snippet in the
    // ranked query, SQLite would build one for every matching article before the LIMIT.
    Result<Statement> stmt = m_library.database().prepare(QStringLiteral(
        "SELECT a.id, a.title, snippet(article_fts, -1, ?2, ?3, '…', 16), bm25(article_fts, 4.0, 1.0) AS score"
        " FROM article_fts JOIN article a ON a.id = article_fts.rowid"
        " WHERE article_fts MATCH ?1 AND article_fts.rowid IN ("
        "   SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
        "   ORDER BY bm25(article_fts, 4.0, 1.0), rowid LIMIT ?4)"
        " ORDER BY score, a.id"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, *expression)
        .bind(2, QString(SnippetMatchStart))
        .bind(3, QString(SnippetMatchEnd))
        .bind(4, qint64(limit));
    QList<SearchHit> hits;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return failure(tr("The search failed: %1").arg(row.error()));
        if (!*row)
            break;
        hits.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->real(3)});
    }
    return hits;
}

} // namespace hamish

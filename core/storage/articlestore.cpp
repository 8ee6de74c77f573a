#include "storage/articlestore.h"

#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/idlist.h"

#include <algorithm>

namespace hamish {

Result<qint64> ArticleStore::insert(const Article& article)
{
    Result<std::optional<qint64>> id = write(article, nullptr, Duplicates::Fail);
    if (!id)
        return failure(id.error());
    return id->value();
}

Result<std::optional<qint64>> ArticleStore::insertNew(const Article& article, const EncodedArticleText* encoded)
{
    return write(article, encoded, Duplicates::Skip);
}

Result<std::optional<qint64>> ArticleStore::write(const Article& article, const EncodedArticleText* encoded,
                                                  Duplicates duplicates)
{
    QString sql = QStringLiteral("INSERT INTO article (title, author, source, url, published, body, origin_path,"
                                 " origin_encoding, content_hash, imported_at, tokenization)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (duplicates == Duplicates::Skip)
        sql += QStringLiteral(" ON CONFLICT (content_hash) DO NOTHING");
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    const QString hash = article.contentHash.isEmpty() ? contentHashOf(article.body) : article.contentHash;
    const EncodedArticleText own =
        encoded ? EncodedArticleText{} : EncodedArticleText{article.title.toUtf8(), article.body.toUtf8()};
    const EncodedArticleText& text = encoded ? *encoded : own;
    stmt->bindText(1, text.title).bindText(6, text.body);
    stmt->bind(2, article.author)
        .bind(3, article.source)
        .bind(4, article.url)
        .bind(5, article.date)
        .bind(7, article.originPath)
        .bind(8, article.originEncoding)
        .bind(9, hash)
        .bind(10, article.importedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(11, article.tokenization);
    if (Status ok = stmt->run(); !ok)
        return failure(ok.error());
    if (m_db.changes() == 0)
        return std::optional<qint64>();
    const qint64 id = m_db.lastInsertId();

    Result<Statement> index =
        m_db.prepare(QStringLiteral("INSERT INTO article_fts (rowid, title, body) VALUES (?1, ?2, ?3)"));
    if (!index)
        return failure(index.error());
    index->bind(1, id).bindText(2, text.title).bindText(3, text.body);
    if (Status ok = index->run(); !ok)
        return failure(ok.error());

    Result<Statement> related =
        m_db.prepare(QStringLiteral("INSERT INTO article_related (article_id, position, title) VALUES (?1, ?2, ?3)"));
    if (!related)
        return failure(related.error());
    for (qsizetype i = 0; i < article.relatedTitles.size(); ++i) {
        related->bind(1, id).bind(2, qint64(i)).bind(3, article.relatedTitles.at(i));
        if (Status ok = related->run(); !ok)
            return failure(ok.error());
        related->reset();
    }
    return std::optional<qint64>(id);
}

namespace {

qint64 firstColumn(const Statement& row)
{
    return row.int64(0);
}

constexpr auto SummaryColumns = "SELECT article.id, title, author, source, url, published,"
                                " (SELECT count(*) FROM annotation WHERE annotation.article_id = article.id),"
                                " r.read_at IS NOT NULL, coalesce(r.starred, 0), t.trashed_at,"
                                " (SELECT group_concat(DISTINCT label_id) FROM article_label l"
                                "  WHERE l.article_id = article.id)"
                                " FROM article LEFT JOIN article_reading r ON r.article_id = article.id"
                                " LEFT JOIN article_trash t ON t.article_id = article.id ";

ArticleSummary readSummary(const Statement& row)
{
    ArticleSummary summary{row.int64(0), row.text(1),       row.text(2),       row.text(3),      row.text(4),
                           row.text(5),  int(row.int64(6)), row.int64(7) != 0, row.int64(8) != 0};
    if (!row.isNull(9))
        summary.trashedAt = fromIsoUtc(row.text(9));
    if (!row.isNull(10)) {
        const QString ids = row.text(10);
        for (QStringView id : QStringView(ids).split(u','))
            summary.labelIds.append(id.toLongLong());
    }
    return summary;
}

QString whichCondition(ArticleStore::Which which)
{
    switch (which) {
    case ArticleStore::Which::Library:
        return QStringLiteral(" AND t.trashed_at IS NULL");
    case ArticleStore::Which::Trash:
        return QStringLiteral(" AND t.trashed_at IS NOT NULL");
    case ArticleStore::Which::Both:
        break;
    }
    return {};
}

// The columns stored before the body: id, title, author, source, url, published.
Article readHeading(const Statement& row)
{
    Article a;
    a.id = row.int64(0);
    a.title = row.text(1);
    a.author = row.text(2);
    a.source = row.text(3);
    a.url = row.text(4);
    a.date = row.text(5);
    return a;
}

QString missingArticle(qint64 id)
{
    return Database::tr("There is no article %1.").arg(id);
}

Article readArticle(const Statement& row)
{
    Article a = readHeading(row);
    a.body = row.text(6);
    a.originPath = row.text(7);
    a.originEncoding = row.text(8);
    a.contentHash = row.text(9);
    a.importedAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    a.tokenization = row.text(11);
    return a;
}

} // namespace

Result<std::optional<qint64>> ArticleStore::findByHash(const QString& contentHash)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT id FROM article WHERE content_hash = ?1"));
    if (stmt)
        stmt->bind(1, contentHash);
    return firstRow<qint64>(std::move(stmt), firstColumn);
}

Result<std::optional<qint64>> ArticleStore::findByUrl(const QString& url)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT id FROM article WHERE url = ?1 AND url <> '' ORDER BY id"));
    if (stmt)
        stmt->bind(1, url);
    return firstRow<qint64>(std::move(stmt), firstColumn);
}

Result<Article> ArticleStore::article(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id, title, author, source, url, published, body, origin_path, origin_encoding, content_hash,"
        " imported_at, tokenization FROM article WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    Result<Article> found = requiredRow<Article>(std::move(stmt), readArticle, [id] { return missingArticle(id); });
    if (!found)
        return found;
    Article a = std::move(*found);

    Result<Statement> related =
        m_db.prepare(QStringLiteral("SELECT title FROM article_related WHERE article_id = ?1 ORDER BY position"));
    if (related)
        related->bind(1, id);
    Result<QList<QString>> titles =
        collectRows<QString>(std::move(related), [](const Statement& title) { return title.text(0); });
    if (!titles)
        return failure(titles.error());
    a.relatedTitles = *titles;
    return a;
}

Result<Article> ArticleStore::heading(qint64 id)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT id, title, author, source, url, published FROM article WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return requiredRow<Article>(std::move(stmt), readHeading, [id] { return missingArticle(id); });
}

Result<QList<Article>> ArticleStore::articlesOf(const QList<qint64>& ids, bool withBodies)
{
    const QString in = QStringLiteral(" IN (%1)").arg(idlist::placeholders());
    Result<Statement> stmt = m_db.prepare(
        withBodies
            ? QStringLiteral("SELECT id, title, author, source, url, published, body, origin_path, origin_encoding,"
                             " content_hash, imported_at, tokenization FROM article WHERE id")
                  + in
            : QStringLiteral("SELECT id, title, author, source, url, published FROM article WHERE id") + in);
    if (stmt)
        idlist::bind(*stmt, ids);
    Result<QList<Article>> found = collectRows<Article>(std::move(stmt), withBodies ? readArticle : readHeading);
    if (!found || !withBodies || found->isEmpty())
        return found;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < found->size(); ++i)
        indexOf.insert(found->at(i).id, i);
    Result<Statement> related = m_db.prepare(QStringLiteral("SELECT article_id, title FROM article_related"
                                                            " WHERE article_id")
                                             + in + QStringLiteral(" ORDER BY article_id, position"));
    if (!related)
        return related.problem();
    idlist::bind(*related, ids);
    for (;;) {
        Result<bool> row = related->step();
        if (!row)
            return row.problem();
        if (!*row)
            break;
        if (const auto it = indexOf.constFind(related->int64(0)); it != indexOf.cend())
            (*found)[*it].relatedTitles.append(related->text(1));
    }
    return found;
}

Result<QHash<qint64, QString>> ArticleStore::bodiesBeyondBmpOf(const QList<qint64>& ids)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT id, body FROM article WHERE id IN (%1)").arg(idlist::placeholders()));
    if (!stmt)
        return stmt.problem();
    idlist::bind(*stmt, ids);
    QHash<qint64, QString> found;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.problem();
        if (!*row)
            return found;
        // In UTF-8 only a character beyond the BMP takes a lead byte of 0xF0 or more; the
        // bytes are looked at as stored, without decoding the text.
        const QByteArray utf8 = stmt->blob(1);
        if (std::any_of(utf8.cbegin(), utf8.cend(), [](char byte) { return quint8(byte) >= 0xF0; }))
            found.insert(stmt->int64(0), QString::fromUtf8(utf8));
    }
}

Result<QList<ArticleSummary>> ArticleStore::summaries(qint64 afterId, qint64 limit, Which which)
{
    Result<Statement> stmt = m_db.prepare(QString::fromUtf8(SummaryColumns) + u"WHERE article.id > ?1"
                                          + whichCondition(which) + u" ORDER BY article.id LIMIT ?2");
    if (stmt)
        stmt->bind(1, afterId).bind(2, limit);
    return collectRows<ArticleSummary>(std::move(stmt), readSummary);
}

Result<QList<ArticleSummary>> ArticleStore::summariesIn(const ArticleScope& scope)
{
    Result<Statement> stmt =
        m_db.prepare(QString::fromUtf8(SummaryColumns) + u"WHERE "
                     + articleScopeCondition(QStringLiteral("article.id"), 1) + u" ORDER BY article.id");
    if (stmt)
        stmt->bind(1, scope.collectionId);
    return collectRows<ArticleSummary>(std::move(stmt), readSummary);
}

Result<QList<qint64>> ArticleStore::idsIn(const ArticleScope& scope)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT id FROM article WHERE ")
                                          + articleScopeCondition(QStringLiteral("id"), 1) + u" ORDER BY id");
    if (stmt)
        stmt->bind(1, scope.collectionId);
    return collectRows<qint64>(std::move(stmt), firstColumn);
}

Result<std::optional<ArticleSummary>> ArticleStore::summary(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QString::fromUtf8(SummaryColumns) + u"WHERE article.id = ?1");
    if (stmt)
        stmt->bind(1, id);
    return firstRow<ArticleSummary>(std::move(stmt), readSummary);
}

Result<qint64> ArticleStore::count()
{
    // The tally, kept by triggers, instead of reading an index of every article.
    return m_db.queryInt(
        QStringLiteral("SELECT (SELECT articles FROM article_tally) - (SELECT count(*) FROM article_trash)"));
}

Result<QList<qint64>> ArticleStore::unknown(const QList<qint64>& ids)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM article WHERE id = ?1"));
    if (!stmt)
        return failure(stmt.error());
    QList<qint64> missing;
    for (const qint64 id : ids) {
        stmt->bind(1, id);
        Result<bool> row = stmt->step();
        if (!row)
            return failure(row.error());
        if (!*row || stmt->int64(0) == 0)
            missing.append(id);
        stmt->reset();
    }
    return missing;
}

Status ArticleStore::updateHeading(qint64 id, const ArticleHeading& heading)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE article SET title = ?2, author = ?3, source = ?4, published = ?5, url = ?6 WHERE id = ?1"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, id)
        .bind(2, heading.title)
        .bind(3, heading.author)
        .bind(4, heading.source)
        .bind(5, heading.date)
        .bind(6, heading.url);
    if (Status ok = stmt->run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return failure(missingArticle(id));
    return {};
}

Status ArticleStore::moveToTrash(qint64 id, const QDateTime& when)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO article_trash (article_id, trashed_at) VALUES (?1, ?2)"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, id).bind(2, isoUtc(when));
    return stmt->run();
}

Status ArticleStore::restoreFromTrash(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM article_trash WHERE article_id = ?1"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, id);
    return stmt->run();
}

Status ArticleStore::deleteTrashed()
{
    return m_db.exec(QStringLiteral("DELETE FROM article WHERE id IN (SELECT article_id FROM article_trash)"));
}

Result<std::pair<qint64, qint64>> ArticleStore::trashContents()
{
    Result<qint64> articles = m_db.queryInt(QStringLiteral("SELECT count(*) FROM article_trash"));
    Result<qint64> annotations = m_db.queryInt(
        QStringLiteral("SELECT count(*) FROM annotation WHERE article_id IN (SELECT article_id FROM article_trash)"));
    if (!articles || !annotations)
        return failure(!articles ? articles.error() : annotations.error());
    return std::pair(*articles, *annotations);
}

Status ArticleStore::setRead(qint64 id, const QDateTime& when)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO article_reading (article_id, read_at) VALUES (?1, ?2)"
                                    " ON CONFLICT (article_id) DO UPDATE SET read_at = excluded.read_at"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, id);
    if (when.isValid())
        stmt->bind(2, isoUtc(when));
    else
        stmt->bindNull(2);
    return stmt->run();
}

Status ArticleStore::setStarred(qint64 id, bool starred)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO article_reading (article_id, starred) VALUES (?1, ?2)"
                                    " ON CONFLICT (article_id) DO UPDATE SET starred = excluded.starred"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, id).bind(2, qint64(starred));
    return stmt->run();
}

} // namespace hamish

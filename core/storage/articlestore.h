#pragma once

#include "result.h"
#include "storage/article.h"

#include <QList>

#include <optional>

namespace hamish {

class Database;

// SQL for articles. Writes are expected inside the caller's transaction.
class ArticleStore
{
public:
    explicit ArticleStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const Article& article);
    Result<std::optional<qint64>> findByHash(const QString& contentHash);
    Result<std::optional<qint64>> findByUrl(const QString& url);
    Result<Article> article(qint64 id);
    // Articles in id order: those after `afterId`, at most `limit` of them (all when negative).
    Result<QList<ArticleSummary>> summaries(qint64 afterId = 0, qint64 limit = -1);
    Result<std::optional<ArticleSummary>> summary(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hamish

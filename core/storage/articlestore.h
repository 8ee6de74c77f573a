#pragma once

#include "result.h"
#include "storage/article.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace hamish {

class Database;

// An article's title and body already in UTF-8, as they are stored, when the caller has them.
struct EncodedArticleText
{
    QByteArray title;
    QByteArray body;
};

// SQL for articles. Writes are expected inside the caller's transaction. The store writes an
// article's search entry with it (see migration 6); deleting an article or changing its title
// updates the entry through triggers.
class ArticleStore
{
public:
    explicit ArticleStore(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Article& article);
    // Inserts an article unless one with the same content hash is stored: its id, or nothing
    // for a duplicate. `encoded`, when given, holds the title and body in UTF-8.
    Result<std::optional<qint64>> insertNew(const Article& article, const EncodedArticleText* encoded = nullptr);
    Result<std::optional<qint64>> findByHash(const QString& contentHash);
    Result<std::optional<qint64>> findByUrl(const QString& url);
    Result<Article> article(qint64 id);
    // An article's id, title, author, source, url and date, without reading its body (nor the
    // columns stored after it, whose reading would walk the body's overflow pages).
    Result<Article> heading(qint64 id);
    // Articles in id order: those after `afterId`, at most `limit` of them (all when negative).
    Result<QList<ArticleSummary>> summaries(qint64 afterId = 0, qint64 limit = -1);
    Result<std::optional<ArticleSummary>> summary(qint64 id);
    Result<qint64> count();

private:
    enum class Duplicates { Fail, Skip };
    Result<std::optional<qint64>> write(const Article& article, const EncodedArticleText* encoded,
                                        Duplicates duplicates);

    Database& m_db;
};

} // namespace hamish

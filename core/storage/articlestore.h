#pragma once

#include "result.h"
#include "storage/article.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
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
    // Up to idlist::Size articles whole, or their headings only, in no particular order; an id
    // not stored is left out.
    Result<QList<Article>> articlesOf(const QList<qint64>& ids, bool withBodies);
    // Of up to idlist::Size articles, the bodies that hold characters outside the Basic
    // Multilingual Plane, by id. In the others a UTF-16 offset is already a code point.
    Result<QHash<qint64, QString>> bodiesBeyondBmpOf(const QList<qint64>& ids);
    enum class Which { Library, Trash, Both };
    // Articles in id order: those after `afterId`, at most `limit` of them (all when negative),
    // in the library (not in the Trash), in the Trash, or both.
    Result<QList<ArticleSummary>> summaries(qint64 afterId = 0, qint64 limit = -1, Which which = Which::Library);
    // The articles of a scope (the library, or one collection of it), in id order.
    Result<QList<ArticleSummary>> summariesIn(const ArticleScope& scope);
    Result<QList<qint64>> idsIn(const ArticleScope& scope);
    Result<std::optional<ArticleSummary>> summary(qint64 id);
    // Articles in the library, the Trash excluded.
    Result<qint64> count();
    // Which of these ids name no article at all.
    Result<QList<qint64>> unknown(const QList<qint64>& ids);

    Status updateHeading(qint64 id, const ArticleHeading& heading);
    Status moveToTrash(qint64 id, const QDateTime& when);
    Status restoreFromTrash(qint64 id);
    // Deletes the articles in the Trash with everything attached to them.
    Status deleteTrashed();
    // How many articles and annotations the Trash holds.
    Result<std::pair<qint64, qint64>> trashContents();
    Status setRead(qint64 id, const QDateTime& when); // an invalid time marks it unread
    Status setStarred(qint64 id, bool starred);

private:
    enum class Duplicates { Fail, Skip };
    Result<std::optional<qint64>> write(const Article& article, const EncodedArticleText* encoded,
                                        Duplicates duplicates);

    Database& m_db;
};

} // namespace hamish

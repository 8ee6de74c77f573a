#include "articles/articleservice.h"

#include "import/preparedarticle.h"
#include "storage/library.h"

#include <QSet>

namespace hamish {

ArticleService::ArticleService(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

Status ArticleService::checkKnown(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return failure(tr("No article was given."));
    Result<QList<qint64>> unknown = m_library.articles().unknown(ids);
    if (!unknown)
        return unknown.problem();
    if (!unknown->isEmpty()) {
        QStringList names;
        for (const qint64 id : *unknown)
            names.append(QString::number(id));
        return failure(tr("There is no article %1; nothing was changed.").arg(names.join(QStringLiteral(", "))));
    }
    return {};
}

Status ArticleService::inTrash(const QList<qint64>& ids, bool expected)
{
    Result<QList<ArticleSummary>> trashed = trash();
    if (!trashed)
        return trashed.problem();
    QSet<qint64> inTrash;
    for (const ArticleSummary& a : *trashed)
        inTrash.insert(a.id);
    for (const qint64 id : ids) {
        if (inTrash.contains(id) != expected)
            return failure(expected ? tr("Article %1 is not in the Trash; nothing was changed.").arg(id)
                                    : tr("Article %1 is in the Trash already; nothing was changed.").arg(id));
    }
    return {};
}

Status ArticleService::moveToTrash(const QList<qint64>& ids)
{
    if (Status known = checkKnown(ids); !known)
        return known;
    if (Status live = inTrash(ids, false); !live)
        return live;
    const QDateTime now = m_library.now();
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (const qint64 id : ids) {
            if (Status moved = m_library.articles().moveToTrash(id, now); !moved)
                return moved;
        }
        return {};
    });
    if (ok)
        emit articlesTrashed(ids);
    return ok;
}

Status ArticleService::restore(const QList<qint64>& ids)
{
    if (Status known = checkKnown(ids); !known)
        return known;
    if (Status trashed = inTrash(ids, true); !trashed)
        return trashed;
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (const qint64 id : ids) {
            if (Status restored = m_library.articles().restoreFromTrash(id); !restored)
                return restored;
        }
        return {};
    });
    if (ok)
        emit articlesRestored(ids);
    return ok;
}

Result<QList<ArticleSummary>> ArticleService::trash()
{
    return m_library.articles().summaries(0, -1, ArticleStore::Which::Trash);
}

Result<std::pair<qint64, qint64>> ArticleService::trashContents()
{
    return m_library.articles().trashContents();
}

Status ArticleService::emptyTrash()
{
    Status ok = inTransaction(m_library.database(), [&] { return m_library.articles().deleteTrashed(); });
    if (ok)
        emit trashEmptied();
    return ok;
}

Result<ArticleHeading> ArticleService::heading(qint64 id)
{
    Result<Article> article = m_library.articles().heading(id);
    if (!article)
        return article.problem();
    return ArticleHeading{article->title, article->author, article->source, article->date, article->url};
}

Status ArticleService::editHeading(qint64 id, const ArticleHeading& heading)
{
    ArticleHeading cleaned{heading.title.simplified(), heading.author.simplified(), heading.source.simplified(),
                           heading.date.trimmed(), heading.url.trimmed()};
    if (!ArticlePreparation::hasLetterOrDigit(cleaned.title))
        return failure(tr("An article needs a title with a letter or digit."));
    Status ok = inTransaction(m_library.database(), [&] { return m_library.articles().updateHeading(id, cleaned); });
    if (ok)
        emit articlesChanged({id});
    return ok;
}

Status ArticleService::markRead(const QList<qint64>& ids, bool read)
{
    if (Status known = checkKnown(ids); !known)
        return known;
    const QDateTime when = read ? m_library.now() : QDateTime();
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (const qint64 id : ids) {
            if (Status set = m_library.articles().setRead(id, when); !set)
                return set;
        }
        return {};
    });
    if (ok)
        emit articlesChanged(ids);
    return ok;
}

Status ArticleService::setStarred(const QList<qint64>& ids, bool starred)
{
    if (Status known = checkKnown(ids); !known)
        return known;
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (const qint64 id : ids) {
            if (Status set = m_library.articles().setStarred(id, starred); !set)
                return set;
        }
        return {};
    });
    if (ok)
        emit articlesChanged(ids);
    return ok;
}

} // namespace hamish

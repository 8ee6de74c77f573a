#pragma once

#include "annotations/relation.h"
#include "annotations/schema.h"
#include "result.h"

namespace hamish {

class Database;

// SQL for relations, events and the labels set on articles. Writes are expected inside the
// caller's transaction.
class RelationStore
{
public:
    explicit RelationStore(Database& db)
        : m_db(db)
    {
    }

    // Inserts; keeps relation.id when it is set (undo restores a relation as it was).
    Result<qint64> insert(const Relation& relation);
    // How many relations the article has (cheap: the reader checks it after each tag change).
    Result<qint64> count(qint64 articleId);
    Status update(const Relation& relation);
    Status remove(qint64 id);
    Result<Relation> relation(qint64 id);
    // An article's relations (articleId 0: every article not in the Trash), in id order.
    Result<QList<Relation>> forArticle(qint64 articleId);
    // Of up to idlist::Size articles, by article and in id order within each.
    Result<QList<Relation>> forArticles(const QList<qint64>& articleIds);
    // The same with the ends' quotes and the article's title, for lists.
    Result<QList<RelationRow>> rows(qint64 articleId);
    // The relations with an end among these annotations.
    Result<QList<Relation>> touching(const QList<qint64>& annotationIds);

    Result<qint64> insertEvent(const Event& event);
    // Arguments may name events inserted after this one, so importers add them in a second pass.
    Status insertEventArguments(qint64 eventId, const QList<EventArgument>& arguments);
    // An article's events with their arguments (articleId 0: every article not in the Trash).
    Result<QList<Event>> events(qint64 articleId);
    Result<QList<Event>> eventsOf(const QList<qint64>& articleIds); // up to idlist::Size articles

    Status setLabel(const ArticleLabel& label);
    Status removeLabel(qint64 articleId, qint64 labelId, const QString& author);
    // The labels set on an article (articleId 0: on every article not in the Trash).
    Result<QList<ArticleLabel>> labels(qint64 articleId);
    Result<QList<ArticleLabel>> labelsOf(const QList<qint64>& articleIds); // up to idlist::Size articles

private:
    Database& m_db;
};

} // namespace hamish

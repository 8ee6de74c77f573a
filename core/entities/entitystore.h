#pragma once

#include "annotations/annotation.h"
#include "result.h"
#include "text/spansnap.h"

#include <QList>

namespace hamish {

class Database;

// SQL for the entity registry. Writes are expected inside the caller's transaction.
class EntityStore
{
public:
    explicit EntityStore(Database& db)
        : m_db(db)
    {
    }

    Result<QList<Entity>> entities();
    Result<Entity> entity(qint64 id);
    Result<qint64> insert(const Entity& entity, const QDateTime& now);
    Status update(const Entity& entity, const QDateTime& now); // name, type, note and variants
    Status remove(qint64 id);
    // External ids the entity is normalised to (Wikidata:Q1234); adding one twice keeps one.
    Status addReference(qint64 entityId, const Reference& reference);
    Result<QList<Reference>> references(qint64 entityId);
    // Moves every tag of `from` to `to`.
    Status relink(qint64 from, qint64 to);
    // Gives the entity's tags its type.
    Status retypeMentions(qint64 entityId, qint64 typeId);
    Result<QList<Annotation>> mentions(qint64 entityId);

    Status reject(qint64 articleId, qint64 entityId, TextSpan span);
    Result<QList<std::pair<qint64, TextSpan>>> rejected(qint64 articleId); // (entity, span)

private:
    Status writeVariants(const Entity& entity);
    Database& m_db;
};

} // namespace hamish

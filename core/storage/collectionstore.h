#pragma once

#include "articles/collection.h"
#include "result.h"

#include <QDateTime>

namespace hamish {

class Database;

// SQL for collections. Writes are expected inside the caller's transaction; CollectionService is
// the one writer.
class CollectionStore
{
public:
    explicit CollectionStore(Database& db)
        : m_db(db)
    {
    }

    // Every collection with its members that are not in the Trash, in no particular order.
    Result<QList<Collection>> all();
    // Inserts; keeps collection.id when it is set (undo puts a deleted one back as it was).
    Result<qint64> insert(const Collection& collection, const QDateTime& created);
    Status rename(qint64 id, const QString& name);
    Status remove(qint64 id);
    Status addMember(qint64 id, qint64 article);
    Status removeMember(qint64 id, qint64 article);

private:
    Database& m_db;
};

} // namespace hamish

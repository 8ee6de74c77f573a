#include "storage/collectionstore.h"

#include "annotations/timestamps.h"
#include "storage/database.h"

namespace hamish {

Result<QList<Collection>> CollectionStore::all()
{
    Result<QList<Collection>> all = collectRows<Collection>(
        m_db.prepare(QStringLiteral("SELECT id, name FROM collection")), [](const Statement& row) {
            return Collection{row.int64(0), row.text(1), {}};
        });
    if (!all)
        return all;
    Result<Statement> members = m_db.prepare(
        QStringLiteral("SELECT article_id FROM collection_article WHERE collection_id = ?1"
                       " AND article_id NOT IN (SELECT article_id FROM article_trash) ORDER BY article_id"));
    if (!members)
        return members.problem();
    for (Collection& c : *all) {
        members->bind(1, c.id);
        for (;;) {
            Result<bool> row = members->step();
            if (!row)
                return row.problem();
            if (!*row)
                break;
            c.articles.append(members->int64(0));
        }
        members->reset();
    }
    return all;
}

Result<qint64> CollectionStore::insert(const Collection& collection, const QDateTime& created)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO collection (id, name, created) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return stmt.problem();
    if (collection.id > 0)
        stmt->bind(1, collection.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, collection.name).bind(3, isoUtc(created));
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    const qint64 id = m_db.lastInsertId();
    for (const qint64 article : collection.articles) {
        if (Status ok = addMember(id, article); !ok)
            return ok.problem();
    }
    return id;
}

Status CollectionStore::rename(qint64 id, const QString& name)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE collection SET name = ?2 WHERE id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id).bind(2, name);
    return stmt->run();
}

Status CollectionStore::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM collection WHERE id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id);
    return stmt->run();
}

Status CollectionStore::addMember(qint64 id, qint64 article)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO collection_article (collection_id, article_id) VALUES (?1, ?2)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id).bind(2, article);
    return stmt->run();
}

Status CollectionStore::removeMember(qint64 id, qint64 article)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("DELETE FROM collection_article WHERE collection_id = ?1 AND article_id = ?2"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id).bind(2, article);
    return stmt->run();
}

} // namespace hamish

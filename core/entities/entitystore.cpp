#include "entities/entitystore.h"

#include "annotations/annotationstore.h"
#include "storage/database.h"

namespace hamish {

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Status runAll(Result<Statement> stmt)
{
    if (!stmt)
        return failure(stmt.error());
    return stmt->run();
}

} // namespace

Result<QList<Entity>> EntityStore::entities()
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT e.id, e.name, e.entity_type_id, e.note,"
                       " (SELECT count(*) FROM annotation a WHERE a.entity_id = e.id"
                       "  AND a.article_id NOT IN (SELECT article_id FROM article_trash)),"
                       " (SELECT group_concat(variant, char(10)) FROM entity_variant v WHERE v.entity_id = e.id)"
                       " FROM entity e ORDER BY e.id"));
    return collectRows<Entity>(std::move(stmt), [](const Statement& row) {
        Entity e;
        e.id = row.int64(0);
        e.name = row.text(1);
        e.entityTypeId = row.int64(2);
        e.note = row.text(3);
        e.mentionCount = int(row.int64(4));
        if (!row.isNull(5))
            e.variants = row.text(5).split(u'\n');
        e.variants.sort();
        return e;
    });
}

Result<Entity> EntityStore::entity(qint64 id)
{
    Result<QList<Entity>> all = entities();
    if (!all)
        return failure(all.error());
    for (const Entity& e : *all) {
        if (e.id == id)
            return e;
    }
    return failure(Database::tr("There is no entity %1.").arg(id));
}

Result<qint64> EntityStore::insert(const Entity& entity, const QDateTime& now)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO entity (name, entity_type_id, note, created, modified) VALUES (?1, ?2, ?3, ?4, ?4)"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, entity.name).bind(2, entity.entityTypeId).bind(3, entity.note).bind(4, timeText(now));
    if (Status ok = stmt->run(); !ok)
        return failure(ok.error());
    Entity stored = entity;
    stored.id = m_db.lastInsertId();
    if (Status ok = writeVariants(stored); !ok)
        return failure(ok.error());
    return stored.id;
}

Status EntityStore::writeVariants(const Entity& entity)
{
    Result<Statement> clear = m_db.prepare(QStringLiteral("DELETE FROM entity_variant WHERE entity_id = ?1"));
    if (clear)
        clear->bind(1, entity.id);
    if (Status ok = runAll(std::move(clear)); !ok)
        return ok;
    Result<Statement> add =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_variant (entity_id, variant) VALUES (?1, ?2)"));
    if (!add)
        return failure(add.error());
    for (const QString& variant : entity.variants) {
        if (variant.trimmed().isEmpty() || variant == entity.name)
            continue;
        add->bind(1, entity.id).bind(2, variant.trimmed());
        if (Status ok = add->run(); !ok)
            return ok;
        add->reset();
    }
    return {};
}

Status EntityStore::update(const Entity& entity, const QDateTime& now)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE entity SET name = ?2, entity_type_id = ?3, note = ?4, modified = ?5 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, entity.id)
            .bind(2, entity.name)
            .bind(3, entity.entityTypeId)
            .bind(4, entity.note)
            .bind(5, timeText(now));
    if (Status ok = runAll(std::move(stmt)); !ok)
        return ok;
    return writeVariants(entity);
}

Status EntityStore::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM entity WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runAll(std::move(stmt));
}

Status EntityStore::addReference(qint64 entityId, const Reference& reference)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO entity_reference (entity_id, resource, identifier, label) VALUES (?1, ?2, "
        "?3, ?4)"));
    if (stmt)
        stmt->bind(1, entityId).bind(2, reference.resource).bind(3, reference.identifier).bind(4, reference.label);
    return runAll(std::move(stmt));
}

Result<QList<Reference>> EntityStore::references(qint64 entityId)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT resource, identifier, label FROM entity_reference WHERE entity_id = ?1 ORDER BY resource, identifier"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, entityId);
    QList<Reference> references;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.problem();
        if (!*row)
            return references;
        references.append({stmt->text(0), stmt->text(1), stmt->text(2)});
    }
}

Status EntityStore::relink(qint64 from, qint64 to)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE annotation SET entity_id = ?2 WHERE entity_id = ?1"));
    if (stmt)
        stmt->bind(1, from).bind(2, to);
    return runAll(std::move(stmt));
}

Status EntityStore::retypeMentions(qint64 entityId, qint64 typeId)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE annotation SET entity_type_id = ?2 WHERE entity_id = ?1 AND kind = 'entity'"));
    if (stmt)
        stmt->bind(1, entityId).bind(2, typeId);
    return runAll(std::move(stmt));
}

Result<QList<Annotation>> EntityStore::mentions(qint64 entityId)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT id FROM annotation WHERE entity_id = ?1"
                                                         " AND article_id NOT IN (SELECT article_id FROM article_trash)"
                                                         " ORDER BY article_id, start"));
    if (stmt)
        stmt->bind(1, entityId);
    Result<QList<qint64>> ids = collectRows<qint64>(std::move(stmt), [](const Statement& row) { return row.int64(0); });
    if (!ids)
        return failure(ids.error());
    AnnotationStore annotations(m_db);
    QList<Annotation> list;
    for (qint64 id : *ids) {
        Result<Annotation> a = annotations.annotation(id);
        if (!a)
            return failure(a.error());
        list.append(*a);
    }
    return list;
}

Status EntityStore::reject(qint64 articleId, qint64 entityId, TextSpan span)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO rejected_suggestion (article_id, entity_id, start, end) VALUES (?1, ?2, ?3, ?4)"));
    if (stmt)
        stmt->bind(1, articleId).bind(2, entityId).bind(3, qint64(span.start)).bind(4, qint64(span.end));
    return runAll(std::move(stmt));
}

Result<QList<std::pair<qint64, TextSpan>>> EntityStore::rejected(qint64 articleId)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT entity_id, start, end FROM rejected_suggestion WHERE article_id = ?1"));
    if (stmt)
        stmt->bind(1, articleId);
    return collectRows<std::pair<qint64, TextSpan>>(std::move(stmt), [](const Statement& row) {
        return std::pair<qint64, TextSpan>{row.int64(0), TextSpan{row.int64(1), row.int64(2)}};
    });
}

} // namespace hamish

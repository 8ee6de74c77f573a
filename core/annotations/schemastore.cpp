#include "annotations/schemastore.h"

#include "annotations/annotationstore.h"
#include "storage/database.h"

namespace hamish {

namespace {

QStringList codes(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

Status runOne(Result<Statement> stmt)
{
    if (!stmt)
        return stmt.problem();
    return stmt->run();
}

} // namespace

Result<AnnotationSchema> SchemaStore::load()
{
    AnnotationSchema schema;
    Result<QList<EntityType>> entities = AnnotationStore(m_db).entityTypes();
    Result<QList<RelationType>> relations = relationTypes();
    Result<QList<AttributeDefinition>> attributes = attributeDefinitions();
    Result<QList<LabelSet>> sets = labelSets();
    if (!entities)
        return entities.problem();
    if (!relations)
        return relations.problem();
    if (!attributes)
        return attributes.problem();
    if (!sets)
        return sets.problem();
    schema.entityTypes = *entities;
    schema.relationTypes = *relations;
    schema.attributes = *attributes;
    schema.labelSets = *sets;
    return schema;
}

Result<QList<RelationType>> SchemaStore::relationTypes()
{
    return collectRows<RelationType>(
        m_db.prepare(QStringLiteral("SELECT id, code, name_ar, name_en, colour, directed, source_types, target_types,"
                                    " position FROM relation_type ORDER BY position, id")),
        [](const Statement& row) {
            return RelationType{row.int64(0),       row.text(1),        row.text(2),
                                row.text(3),        row.text(4),        row.int64(5) != 0,
                                codes(row.text(6)), codes(row.text(7)), int(row.int64(8))};
        });
}

Result<qint64> SchemaStore::insertRelationType(const RelationType& type)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO relation_type (code, name_ar, name_en, colour, directed, source_types, target_types, position)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, type.code)
        .bind(2, type.nameAr)
        .bind(3, type.nameEn)
        .bind(4, type.colour)
        .bind(5, qint64(type.directed))
        .bind(6, type.sourceTypes.join(u' '))
        .bind(7, type.targetTypes.join(u' '))
        .bind(8, type.position);
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    return m_db.lastInsertId();
}

Status SchemaStore::updateRelationType(const RelationType& type)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE relation_type SET code = ?2, name_ar = ?3, name_en = ?4, colour = ?5, directed = ?6,"
                       " source_types = ?7, target_types = ?8, position = ?9 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, type.id)
            .bind(2, type.code)
            .bind(3, type.nameAr)
            .bind(4, type.nameEn)
            .bind(5, type.colour)
            .bind(6, qint64(type.directed))
            .bind(7, type.sourceTypes.join(u' '))
            .bind(8, type.targetTypes.join(u' '))
            .bind(9, type.position);
    return runOne(std::move(stmt));
}

Status SchemaStore::removeRelationType(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM relation_type WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runOne(std::move(stmt));
}

Result<QList<AttributeDefinition>> SchemaStore::attributeDefinitions()
{
    return collectRows<AttributeDefinition>(
        m_db.prepare(QStringLiteral("SELECT id, entity_type_id, name, kind, choices, position FROM attribute_definition"
                                    " ORDER BY entity_type_id, position, id")),
        [](const Statement& row) {
            AttributeDefinition a;
            a.id = row.int64(0);
            a.entityTypeId = row.int64(1);
            a.name = row.text(2);
            attributeKindFromName(row.text(3), a.kind);
            a.choices = row.text(4).split(u'\n', Qt::SkipEmptyParts);
            a.position = int(row.int64(5));
            return a;
        });
}

Result<qint64> SchemaStore::insertAttribute(const AttributeDefinition& a)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO attribute_definition (entity_type_id, name, kind, choices, position)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, a.entityTypeId)
        .bind(2, a.name)
        .bind(3, attributeKindName(a.kind))
        .bind(4, a.choices.join(u'\n'))
        .bind(5, a.position);
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    return m_db.lastInsertId();
}

Status SchemaStore::updateAttribute(const AttributeDefinition& a)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE attribute_definition SET name = ?2, kind = ?3, choices = ?4, position = ?5 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, a.id)
            .bind(2, a.name)
            .bind(3, attributeKindName(a.kind))
            .bind(4, a.choices.join(u'\n'))
            .bind(5, a.position);
    return runOne(std::move(stmt));
}

Status SchemaStore::removeAttribute(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM attribute_definition WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runOne(std::move(stmt));
}

Result<QList<LabelSet>> SchemaStore::labelSets()
{
    Result<QList<LabelSet>> sets = collectRows<LabelSet>(
        m_db.prepare(QStringLiteral(
            "SELECT id, code, name_ar, name_en, multiple, position FROM label_set ORDER BY position, id")),
        [](const Statement& row) {
            return LabelSet{row.int64(0),      row.text(1),       row.text(2), row.text(3),
                            row.int64(4) != 0, int(row.int64(5)), {}};
        });
    if (!sets)
        return sets;
    Result<QList<Label>> labels = collectRows<Label>(
        m_db.prepare(QStringLiteral("SELECT id, label_set_id, code, name_ar, name_en, position FROM label ORDER BY "
                                    "label_set_id, position, id")),
        [](const Statement& row) {
            return Label{row.int64(0), row.int64(1), row.text(2), row.text(3), row.text(4), int(row.int64(5))};
        });
    if (!labels)
        return labels.problem();
    for (LabelSet& set : *sets) {
        for (const Label& label : *labels) {
            if (label.setId == set.id)
                set.labels.append(label);
        }
    }
    return sets;
}

Result<qint64> SchemaStore::insertLabelSet(const LabelSet& set)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO label_set (code, name_ar, name_en, multiple, position) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, set.code).bind(2, set.nameAr).bind(3, set.nameEn).bind(4, qint64(set.multiple)).bind(5, set.position);
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    return m_db.lastInsertId();
}

Status SchemaStore::updateLabelSet(const LabelSet& set)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE label_set SET code = ?2, name_ar = ?3, name_en = ?4, multiple = ?5, position = ?6 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, set.id)
            .bind(2, set.code)
            .bind(3, set.nameAr)
            .bind(4, set.nameEn)
            .bind(5, qint64(set.multiple))
            .bind(6, set.position);
    return runOne(std::move(stmt));
}

Status SchemaStore::removeLabelSet(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM label_set WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runOne(std::move(stmt));
}

Result<qint64> SchemaStore::insertLabel(const Label& label)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO label (label_set_id, code, name_ar, name_en, position) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, label.setId).bind(2, label.code).bind(3, label.nameAr).bind(4, label.nameEn).bind(5, label.position);
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    return m_db.lastInsertId();
}

Status SchemaStore::updateLabel(const Label& label)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE label SET code = ?2, name_ar = ?3, name_en = ?4, position = ?5 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, label.id).bind(2, label.code).bind(3, label.nameAr).bind(4, label.nameEn).bind(5, label.position);
    return runOne(std::move(stmt));
}

Status SchemaStore::removeLabel(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM label WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runOne(std::move(stmt));
}

Result<qint64> SchemaStore::relationTypeUses(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM relation WHERE relation_type_id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id);
    Result<bool> row = stmt->step();
    if (!row)
        return row.problem();
    return stmt->int64(0);
}

Result<qint64> SchemaStore::labelUses(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM article_label WHERE label_id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id);
    Result<bool> row = stmt->step();
    if (!row)
        return row.problem();
    return stmt->int64(0);
}

} // namespace hamish

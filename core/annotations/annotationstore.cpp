#include "annotations/annotationstore.h"

#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/idlist.h"

#include <QHash>

namespace hamish {

namespace {

QString timeText(const QDateTime& time)
{
    return isoUtc(time);
}

QDateTime timeFrom(const QString& text)
{
    return fromIsoUtc(text);
}

const QString AnnotationColumns = QStringLiteral(
    "id, article_id, kind, start, end, quote, entity_type_id, colour, note, author, created, modified, entity_id,"
    " attributes");

// A row of id, start, end, entity_type_id, entity_id, author: a tag's place and meaning alone.
Annotation entitySpanFrom(const Statement& row, qint64 articleId)
{
    Annotation a;
    a.id = row.int64(0);
    a.articleId = articleId;
    a.kind = AnnotationKind::Entity;
    a.start = row.int64(1);
    a.end = row.int64(2);
    a.entityTypeId = row.int64(3);
    a.entityId = row.int64(4);
    a.author = row.text(5);
    return a;
}

Annotation annotationFrom(const Statement& row)
{
    Annotation a;
    a.id = row.int64(0);
    a.articleId = row.int64(1);
    kindFromName(row.text(2), a.kind);
    a.start = row.int64(3);
    a.end = row.int64(4);
    a.quote = row.text(5);
    a.entityTypeId = row.isNull(6) ? 0 : row.int64(6);
    a.colour = row.text(7);
    a.note = row.text(8);
    a.author = row.text(9);
    a.created = timeFrom(row.text(10));
    a.modified = timeFrom(row.text(11));
    a.entityId = row.isNull(12) ? 0 : row.int64(12);
    a.extras = row.text(13);
    return a;
}

// Binds kind-dependent columns so that the table's CHECK constraints hold.
void bindMeaning(Statement& stmt, int typeIndex, int colourIndex, const Annotation& a)
{
    if (a.kind == AnnotationKind::Entity)
        stmt.bind(typeIndex, a.entityTypeId);
    else
        stmt.bindNull(typeIndex);
    if (a.kind == AnnotationKind::Highlight)
        stmt.bind(colourIndex, a.colour);
    else
        stmt.bindNull(colourIndex);
}

void bindEntity(Statement& stmt, int index, const Annotation& a)
{
    if (a.kind == AnnotationKind::Entity && a.entityId > 0)
        stmt.bind(index, a.entityId);
    else
        stmt.bindNull(index);
}

Status runChanging(Database& db, Result<Statement> stmt, qint64 id)
{
    if (!stmt)
        return failure(stmt.error());
    if (Status ok = stmt->run(); !ok)
        return ok;
    if (db.changes() == 0)
        return failure(Database::tr("There is no item %1.").arg(id));
    return {};
}

} // namespace

Status AnnotationStore::writeDetails(qint64 id, const Annotation& a)
{
    for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
        if (Status ok = setAttribute(id, it.key(), it.value()); !ok)
            return ok;
    }
    if (a.references.isEmpty())
        return {};
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO annotation_reference (annotation_id, position, resource, identifier, label, article_id)"
        " VALUES (?1, ?2, ?3, ?4, ?5, (SELECT article_id FROM annotation WHERE id = ?1))"));
    if (!stmt)
        return stmt.problem();
    for (qsizetype i = 0; i < a.references.size(); ++i) {
        const Reference& r = a.references.at(i);
        stmt->bind(1, id).bind(2, qint64(i)).bind(3, r.resource).bind(4, r.identifier).bind(5, r.label);
        if (Status ok = stmt->run(); !ok)
            return ok;
        stmt->reset();
    }
    return {};
}

Status AnnotationStore::readDetails(QList<Annotation>& annotations, const QList<qint64>& articleIds)
{
    if (annotations.isEmpty())
        return {};
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < annotations.size(); ++i)
        indexOf.insert(annotations.at(i).id, i);
    // One query each for the articles (or for them all), not one per annotation.
    const QString which = annotations.size() == 1  ? QStringLiteral("annotation_id = ?1")
                          : articleIds.size() == 1 ? QStringLiteral("article_id = ?1")
                          : articleIds.isEmpty()   ? QStringLiteral("?1 = 0")
                                                   : QStringLiteral("article_id IN (%1)").arg(idlist::placeholders());
    const auto bindKey = [&](Statement& stmt) {
        if (annotations.size() == 1 || articleIds.size() <= 1)
            stmt.bind(1, annotations.size() == 1 ? annotations.first().id : articleIds.value(0));
        else
            idlist::bind(stmt, articleIds);
    };
    Result<Statement> attributes =
        m_db.prepare(QStringLiteral("SELECT annotation_id, name, value FROM annotation_attribute WHERE ") + which);
    if (!attributes)
        return attributes.problem();
    bindKey(*attributes);
    for (;;) {
        Result<bool> row = attributes->step();
        if (!row)
            return row.problem();
        if (!*row)
            break;
        if (const auto it = indexOf.constFind(attributes->int64(0)); it != indexOf.cend())
            annotations[*it].attributes.insert(attributes->text(1), attributes->text(2));
    }
    Result<Statement> references = m_db.prepare(
        QStringLiteral("SELECT annotation_id, resource, identifier, label FROM annotation_reference WHERE ") + which
        + QStringLiteral(" ORDER BY annotation_id, position"));
    if (!references)
        return references.problem();
    bindKey(*references);
    for (;;) {
        Result<bool> row = references->step();
        if (!row)
            return row.problem();
        if (!*row)
            break;
        if (const auto it = indexOf.constFind(references->int64(0)); it != indexOf.cend())
            annotations[*it].references.append({references->text(1), references->text(2), references->text(3)});
    }
    return {};
}

Status AnnotationStore::setAttribute(qint64 id, const QString& name, const QString& value)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO annotation_attribute (annotation_id, name, value, article_id)"
                                    " VALUES (?1, ?2, ?3, (SELECT article_id FROM annotation WHERE id = ?1))"
                                    " ON CONFLICT (annotation_id, name) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id).bind(2, name).bind(3, value);
    return stmt->run();
}

Status AnnotationStore::removeAttribute(qint64 id, const QString& name)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("DELETE FROM annotation_attribute WHERE annotation_id = ?1 AND name = ?2"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id).bind(2, name);
    return stmt->run();
}

Result<qint64> AnnotationStore::insert(const Annotation& a)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO annotation (id, article_id, kind, start, end, quote, entity_type_id, colour, note, author,"
        " created, modified, entity_id, attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14)"));
    if (!stmt)
        return failure(stmt.error());
    if (a.id > 0)
        stmt->bind(1, a.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, a.articleId)
        .bind(3, kindName(a.kind))
        .bind(4, qint64(a.start))
        .bind(5, qint64(a.end))
        .bind(6, a.quote);
    bindMeaning(*stmt, 7, 8, a);
    stmt->bind(9, a.note).bind(10, a.author).bind(11, timeText(a.created)).bind(12, timeText(a.modified));
    bindEntity(*stmt, 13, a);
    stmt->bind(14, a.extras);
    if (Status ok = stmt->run(); !ok)
        return failure(ok.error());
    const qint64 id = m_db.lastInsertId();
    if (Status ok = writeDetails(id, a); !ok)
        return ok.problem();
    return id;
}

Status AnnotationStore::update(const Annotation& a)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE annotation SET kind = ?2, entity_type_id = ?3, colour = ?4, note = ?5, modified = ?6, entity_id = ?7"
        " WHERE id = ?1"));
    if (stmt) {
        stmt->bind(1, a.id).bind(2, kindName(a.kind));
        bindMeaning(*stmt, 3, 4, a);
        stmt->bind(5, a.note).bind(6, timeText(a.modified));
        bindEntity(*stmt, 7, a);
    }
    return runChanging(m_db, std::move(stmt), a.id);
}

Status AnnotationStore::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM annotation WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runChanging(m_db, std::move(stmt), id);
}

Result<Annotation> AnnotationStore::annotation(qint64 id)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + AnnotationColumns + QStringLiteral(" FROM annotation WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    Result<Annotation> found = requiredRow<Annotation>(
        std::move(stmt), annotationFrom, [id] { return Database::tr("There is no annotation %1.").arg(id); });
    if (!found)
        return found;
    QList<Annotation> one{*found};
    if (Status ok = readDetails(one, {}); !ok)
        return ok.problem();
    return one.first();
}

Result<QList<Annotation>> AnnotationStore::atSpan(qint64 articleId, qsizetype start, qsizetype end)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + AnnotationColumns
                     + QStringLiteral(" FROM annotation WHERE article_id = ?1 AND start = ?2 AND end = ?3"));
    if (stmt)
        stmt->bind(1, articleId).bind(2, qint64(start)).bind(3, qint64(end));
    Result<QList<Annotation>> found = collectRows<Annotation>(std::move(stmt), annotationFrom);
    if (found)
        if (Status ok = readDetails(*found, articleId > 0 ? QList<qint64>{articleId} : QList<qint64>()); !ok)
            return ok.problem();
    return found;
}

Result<QList<Annotation>> AnnotationStore::forArticle(qint64 articleId)
{
    // Two statements: with an OR in it SQLite scans the whole index.
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT ") + AnnotationColumns
        + (articleId > 0
               ? QStringLiteral(" FROM annotation WHERE article_id = ?1 ORDER BY start, end, id")
               : QStringLiteral(" FROM annotation WHERE article_id NOT IN (SELECT article_id FROM article_trash)"
                                " ORDER BY article_id, start, end, id")));
    if (stmt && articleId > 0)
        stmt->bind(1, articleId);
    Result<QList<Annotation>> found = collectRows<Annotation>(std::move(stmt), annotationFrom);
    if (found)
        if (Status ok = readDetails(*found, articleId > 0 ? QList<qint64>{articleId} : QList<qint64>()); !ok)
            return ok.problem();
    return found;
}

Result<QList<Annotation>> AnnotationStore::forArticles(const QList<qint64>& articleIds)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + AnnotationColumns
                     + QStringLiteral(" FROM annotation WHERE article_id IN (%1) ORDER BY article_id, start, end, id")
                           .arg(idlist::placeholders()));
    if (stmt)
        idlist::bind(*stmt, articleIds);
    Result<QList<Annotation>> found = collectRows<Annotation>(std::move(stmt), annotationFrom);
    if (found)
        if (Status ok = readDetails(*found, articleIds); !ok)
            return ok.problem();
    return found;
}

Result<QList<Annotation>> AnnotationStore::entitySpans(qint64 articleId, qsizetype before)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id, start, end, entity_type_id, entity_id, author FROM annotation"
        " WHERE article_id = ?1 AND kind = 'entity' AND (?2 < 0 OR start < ?2) ORDER BY start, end, id"));
    if (stmt)
        stmt->bind(1, articleId).bind(2, qint64(before));
    return collectRows<Annotation>(std::move(stmt),
                                   [articleId](const Statement& row) { return entitySpanFrom(row, articleId); });
}

Result<QList<Annotation>> AnnotationStore::entitySpansOf(const QList<qint64>& articleIds)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT id, start, end, entity_type_id, entity_id, author, article_id FROM annotation"
                       " WHERE article_id IN (%1) AND kind = 'entity' ORDER BY article_id, start, end, id")
            .arg(idlist::placeholders()));
    if (stmt)
        idlist::bind(*stmt, articleIds);
    return collectRows<Annotation>(std::move(stmt),
                                   [](const Statement& row) { return entitySpanFrom(row, row.int64(6)); });
}

Result<QList<EntityType>> AnnotationStore::entityTypes()
{
    return collectRows<EntityType>(
        m_db.prepare(QStringLiteral(
            "SELECT id, code, name_ar, name_en, colour, position FROM entity_type ORDER BY position, id")),
        [](const Statement& row) {
            return EntityType{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), int(row.int64(5))};
        });
}

Result<qint64> AnnotationStore::insertEntityType(const EntityType& type)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO entity_type (code, name_ar, name_en, colour, position) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, type.code).bind(2, type.nameAr).bind(3, type.nameEn).bind(4, type.colour).bind(5, type.position);
    if (Status ok = stmt->run(); !ok)
        return failure(ok.error());
    return m_db.lastInsertId();
}

Status AnnotationStore::updateEntityType(const EntityType& type)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE entity_type SET code = ?2, name_ar = ?3, name_en = ?4, colour = ?5, position = ?6 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, type.id)
            .bind(2, type.code)
            .bind(3, type.nameAr)
            .bind(4, type.nameEn)
            .bind(5, type.colour)
            .bind(6, type.position);
    return runChanging(m_db, std::move(stmt), type.id);
}

Status AnnotationStore::removeEntityType(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM entity_type WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runChanging(m_db, std::move(stmt), id);
}

Result<qint64> AnnotationStore::insertArticleNote(const ArticleNote& note)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO article_note (id, article_id, text, author, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return failure(stmt.error());
    if (note.id > 0)
        stmt->bind(1, note.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, note.articleId)
        .bind(3, note.text)
        .bind(4, note.author)
        .bind(5, timeText(note.created))
        .bind(6, timeText(note.modified));
    if (Status ok = stmt->run(); !ok)
        return failure(ok.error());
    return m_db.lastInsertId();
}

Status AnnotationStore::updateArticleNote(const ArticleNote& note)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("UPDATE article_note SET text = ?2, modified = ?3 WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, note.id).bind(2, note.text).bind(3, timeText(note.modified));
    return runChanging(m_db, std::move(stmt), note.id);
}

Status AnnotationStore::removeArticleNote(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM article_note WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return runChanging(m_db, std::move(stmt), id);
}

namespace {

ArticleNote articleNoteFrom(const Statement& row)
{
    return ArticleNote{row.int64(0), row.int64(1),          row.text(2),
                       row.text(3),  timeFrom(row.text(4)), timeFrom(row.text(5))};
}

} // namespace

Result<QList<ArticleNote>> AnnotationStore::articleNotes(qint64 articleId)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id, article_id, text, author, created, modified FROM article_note WHERE article_id = ?1 ORDER BY id"));
    if (stmt)
        stmt->bind(1, articleId);
    return collectRows<ArticleNote>(std::move(stmt), articleNoteFrom);
}

Result<QList<ArticleNote>> AnnotationStore::articleNotesOf(const QList<qint64>& articleIds)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT id, article_id, text, author, created, modified FROM article_note"
                                    " WHERE article_id IN (%1) ORDER BY article_id, id")
                         .arg(idlist::placeholders()));
    if (stmt)
        idlist::bind(*stmt, articleIds);
    return collectRows<ArticleNote>(std::move(stmt), articleNoteFrom);
}

} // namespace hamish

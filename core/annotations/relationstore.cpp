#include "annotations/relationstore.h"

#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/idlist.h"

#include <QHash>

#include <functional>

namespace hamish {

namespace {

const QString RelationColumns =
    QStringLiteral("id, article_id, relation_type_id, from_id, to_id, note, extras, author, created, modified");

Relation relationFrom(const Statement& row)
{
    return Relation{row.int64(0),
                    row.int64(1),
                    row.int64(2),
                    row.int64(3),
                    row.int64(4),
                    row.text(5),
                    row.text(6),
                    row.text(7),
                    fromIsoUtc(row.text(8)),
                    fromIsoUtc(row.text(9))};
}

ArticleLabel labelFrom(const Statement& row)
{
    return ArticleLabel{row.int64(0), row.int64(1), row.text(2), fromIsoUtc(row.text(3))};
}

const QString LiveArticles = QStringLiteral("article_id NOT IN (SELECT article_id FROM article_trash)");

} // namespace

Result<qint64> RelationStore::insert(const Relation& r)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("INSERT INTO relation (") + RelationColumns
                                          + QStringLiteral(") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!stmt)
        return stmt.problem();
    if (r.id > 0)
        stmt->bind(1, r.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, r.articleId)
        .bind(3, r.typeId)
        .bind(4, r.fromId)
        .bind(5, r.toId)
        .bind(6, r.note)
        .bind(7, r.extras)
        .bind(8, r.author)
        .bind(9, isoUtc(r.created))
        .bind(10, isoUtc(r.modified));
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    return m_db.lastInsertId();
}

Status RelationStore::update(const Relation& r)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE relation SET relation_type_id = ?2, note = ?3, modified = ?4 WHERE id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, r.id).bind(2, r.typeId).bind(3, r.note).bind(4, isoUtc(r.modified));
    if (Status ok = stmt->run(); !ok)
        return ok;
    return m_db.changes() == 0 ? failure(Database::tr("There is no relation %1.").arg(r.id)) : Status();
}

Status RelationStore::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM relation WHERE id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, id);
    if (Status ok = stmt->run(); !ok)
        return ok;
    return m_db.changes() == 0 ? failure(Database::tr("There is no relation %1.").arg(id)) : Status();
}

Result<Relation> RelationStore::relation(qint64 id)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + RelationColumns + QStringLiteral(" FROM relation WHERE id = ?1"));
    if (stmt)
        stmt->bind(1, id);
    return requiredRow<Relation>(std::move(stmt), relationFrom,
                                 [id] { return Database::tr("There is no relation %1.").arg(id); });
}

Result<qint64> RelationStore::count(qint64 articleId)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM relation WHERE article_id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, articleId);
    Result<bool> row = stmt->step();
    if (!row)
        return row.problem();
    return stmt->int64(0);
}

Result<QList<Relation>> RelationStore::forArticle(qint64 articleId)
{
    // Two statements: with an OR in it SQLite scans the whole index.
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + RelationColumns
                     + (articleId > 0 ? QStringLiteral(" FROM relation WHERE article_id = ?1 ORDER BY id")
                                      : QStringLiteral(" FROM relation WHERE ") + LiveArticles
                                            + QStringLiteral(" ORDER BY article_id, id")));
    if (stmt && articleId > 0)
        stmt->bind(1, articleId);
    return collectRows<Relation>(std::move(stmt), relationFrom);
}

Result<QList<RelationRow>> RelationStore::rows(qint64 articleId)
{
    QString columns;
    for (const QString& column : RelationColumns.split(QStringLiteral(", ")))
        columns += QStringLiteral("r.") + column + QStringLiteral(", ");
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + columns
                     + QStringLiteral("f.quote, t.quote, f.start, f.end, a.title FROM relation r"
                                      " JOIN annotation f ON f.id = r.from_id JOIN annotation t ON t.id = r.to_id"
                                      " JOIN article a ON a.id = r.article_id"
                                      " WHERE r.article_id = ?1 OR (?1 = 0 AND r.")
                     + LiveArticles + QStringLiteral(") ORDER BY r.article_id, f.start, r.id"));
    if (stmt)
        stmt->bind(1, articleId);
    return collectRows<RelationRow>(std::move(stmt), [](const Statement& row) {
        return RelationRow{relationFrom(row), row.text(10), row.text(11), row.int64(12), row.int64(13), row.text(14)};
    });
}

Result<QList<Relation>> RelationStore::touching(const QList<qint64>& annotationIds)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT ") + RelationColumns
                                          + QStringLiteral(" FROM relation WHERE from_id = ?1 OR to_id = ?1"));
    if (!stmt)
        return stmt.problem();
    QList<Relation> found;
    for (const qint64 id : annotationIds) {
        stmt->bind(1, id);
        for (;;) {
            Result<bool> row = stmt->step();
            if (!row)
                return row.problem();
            if (!*row)
                break;
            const Relation r = relationFrom(*stmt);
            if (std::none_of(found.cbegin(), found.cend(), [&](const Relation& f) { return f.id == r.id; }))
                found.append(r);
        }
        stmt->reset();
    }
    return found;
}

Result<qint64> RelationStore::insertEvent(const Event& e)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO event (article_id, trigger_id, type, note, extras, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, e.articleId)
        .bind(2, e.triggerId)
        .bind(3, e.type)
        .bind(4, e.note)
        .bind(5, e.extras)
        .bind(6, e.position);
    if (Status ok = stmt->run(); !ok)
        return ok.problem();
    const qint64 id = m_db.lastInsertId();
    if (Status ok = insertEventArguments(id, e.arguments); !ok)
        return ok.problem();
    return id;
}

Status RelationStore::insertEventArguments(qint64 eventId, const QList<EventArgument>& arguments)
{
    Result<Statement> argument = m_db.prepare(QStringLiteral(
        "INSERT INTO event_argument (event_id, position, role, annotation_id, argument_event_id) VALUES (?1, ?2, ?3, "
        "?4, ?5)"));
    if (!argument)
        return argument.problem();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const EventArgument& a = arguments.at(i);
        argument->bind(1, eventId).bind(2, qint64(i)).bind(3, a.role);
        if (a.annotationId > 0)
            argument->bind(4, a.annotationId).bindNull(5);
        else
            argument->bindNull(4).bind(5, a.eventId);
        if (Status ok = argument->run(); !ok)
            return ok;
        argument->reset();
    }
    return {};
}

namespace {

// Events where `which` holds, with their arguments (`argumentsWhich` names the event `e`).
Result<QList<Event>> readEvents(Database& db, const QString& which, const QString& argumentsWhich,
                                const std::function<void(Statement&)>& bind)
{
    Result<Statement> stmt =
        db.prepare(QStringLiteral("SELECT id, article_id, trigger_id, type, note, extras, position FROM event WHERE ")
                   + which + QStringLiteral(" ORDER BY article_id, position, id"));
    if (stmt)
        bind(*stmt);
    Result<QList<Event>> events = collectRows<Event>(std::move(stmt), [](const Statement& row) {
        return Event{row.int64(0), row.int64(1), row.int64(2),      row.text(3),
                     row.text(4),  row.text(5),  int(row.int64(6)), {}};
    });
    if (!events || events->isEmpty())
        return events;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < events->size(); ++i)
        indexOf.insert(events->at(i).id, i);
    Result<Statement> arguments = db.prepare(
        QStringLiteral("SELECT a.event_id, a.role, a.annotation_id, a.argument_event_id FROM event_argument a"
                       " JOIN event e ON e.id = a.event_id WHERE ")
        + argumentsWhich + QStringLiteral(" ORDER BY a.event_id, a.position"));
    if (!arguments)
        return arguments.problem();
    bind(*arguments);
    for (;;) {
        Result<bool> row = arguments->step();
        if (!row)
            return row.problem();
        if (!*row)
            break;
        if (const auto it = indexOf.constFind(arguments->int64(0)); it != indexOf.cend())
            (*events)[*it].arguments.append({arguments->text(1), arguments->isNull(2) ? 0 : arguments->int64(2),
                                             arguments->isNull(3) ? 0 : arguments->int64(3)});
    }
    return events;
}

QString inIdList(const QString& column)
{
    return column + QStringLiteral(" IN (%1)").arg(idlist::placeholders());
}

} // namespace

Result<QList<Event>> RelationStore::events(qint64 articleId)
{
    return readEvents(m_db, QStringLiteral("article_id = ?1 OR (?1 = 0 AND ") + LiveArticles + u')',
                      QStringLiteral("e.article_id = ?1 OR ?1 = 0"),
                      [articleId](Statement& stmt) { stmt.bind(1, articleId); });
}

Result<QList<Event>> RelationStore::eventsOf(const QList<qint64>& articleIds)
{
    return readEvents(m_db, inIdList(QStringLiteral("article_id")), inIdList(QStringLiteral("e.article_id")),
                      [&articleIds](Statement& stmt) { idlist::bind(stmt, articleIds); });
}

Result<QList<Relation>> RelationStore::forArticles(const QList<qint64>& articleIds)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT ") + RelationColumns + QStringLiteral(" FROM relation WHERE ")
                     + inIdList(QStringLiteral("article_id")) + QStringLiteral(" ORDER BY article_id, id"));
    if (stmt)
        idlist::bind(*stmt, articleIds);
    return collectRows<Relation>(std::move(stmt), relationFrom);
}

Status RelationStore::setLabel(const ArticleLabel& label)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO article_label (article_id, label_id, author, created) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, label.articleId).bind(2, label.labelId).bind(3, label.author).bind(4, isoUtc(label.created));
    return stmt->run();
}

Status RelationStore::removeLabel(qint64 articleId, qint64 labelId, const QString& author)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("DELETE FROM article_label WHERE article_id = ?1 AND label_id = ?2 AND author = ?3"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, articleId).bind(2, labelId).bind(3, author);
    return stmt->run();
}

Result<QList<ArticleLabel>> RelationStore::labels(qint64 articleId)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral(
            "SELECT article_id, label_id, author, created FROM article_label WHERE article_id = ?1 OR (?1 = 0"
            " AND ")
        + LiveArticles + QStringLiteral(") ORDER BY article_id, label_id"));
    if (stmt)
        stmt->bind(1, articleId);
    return collectRows<ArticleLabel>(std::move(stmt), labelFrom);
}

Result<QList<ArticleLabel>> RelationStore::labelsOf(const QList<qint64>& articleIds)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT article_id, label_id, author, created FROM article_label WHERE ")
                     + inIdList(QStringLiteral("article_id")) + QStringLiteral(" ORDER BY article_id, label_id"));
    if (stmt)
        idlist::bind(*stmt, articleIds);
    return collectRows<ArticleLabel>(std::move(stmt), labelFrom);
}

} // namespace hamish

#include "storage/synctables.h"

#include "storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

using Type = SyncColumn::Type;

SyncColumn text(const char* name, bool nullable = false)
{
    return {QString::fromLatin1(name), Type::Text, {}, nullable};
}

SyncColumn integer(const char* name)
{
    return {QString::fromLatin1(name), Type::Integer, {}, false};
}

SyncColumn reference(const char* name, const char* kind, bool nullable = false)
{
    return {QString::fromLatin1(name), Type::Reference, QString::fromLatin1(kind), nullable};
}

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

const QStringList Id = keys({"id"});

QList<SyncTable> makeTables()
{
    QList<SyncTable> t;
    // Shared definitions and articles.
    t.append({u"article"_s,
              Id,
              {text("title"),
               text("author"),
               text("source"),
               text("url"),
               text("published"),
               text("body"),
               text("content_hash"),
               text("tokenization"),
               {u"imported_at"_s, Type::LocalTime, {}, false}},
              {},
              {},
              u"SELECT content_hash FROM article WHERE id = ?1"_s,
              u"content_hash"_s,
              keys({"body", "content_hash"}),
              u"INSERT INTO article_fts(rowid, title, body) SELECT id, title, body FROM article WHERE id = ?1"_s});
    t.append({u"entity_type"_s,
              Id,
              {text("code"), text("name_ar"), text("name_en"), text("colour"), integer("position")},
              {},
              {},
              u"SELECT code FROM entity_type WHERE id = ?1"_s,
              u"code"_s,
              {},
              {}});
    t.append({u"relation_type"_s,
              Id,
              {text("code"), text("name_ar"), text("name_en"), text("colour"), integer("directed"),
               text("source_types"), text("target_types"), integer("position")},
              {},
              {},
              u"SELECT code FROM relation_type WHERE id = ?1"_s,
              u"code"_s,
              {},
              {}});
    t.append(
        {u"attribute_definition"_s,
         Id,
         {reference("entity_type_id", "entity_type"), text("name"), text("kind"), text("choices"), integer("position")},
         {},
         {},
         u"SELECT t.code || '/' || d.name FROM attribute_definition d JOIN entity_type t ON t.id = d.entity_type_id "
         "WHERE d.id = ?1"_s,
         u"entity_type_id, name"_s,
         {},
         {}});
    t.append({u"label_set"_s,
              Id,
              {text("code"), text("name_ar"), text("name_en"), integer("multiple"), integer("position")},
              {},
              {},
              u"SELECT lower(code) FROM label_set WHERE id = ?1"_s,
              u"code"_s,
              {},
              {}});
    t.append(
        {u"label"_s,
         Id,
         {reference("label_set_id", "label_set"), text("code"), text("name_ar"), text("name_en"), integer("position")},
         {},
         {},
         u"SELECT lower(s.code) || '/' || lower(l.code) FROM label l JOIN label_set s ON s.id = l.label_set_id "
         "WHERE l.id = ?1"_s,
         u"label_set_id, code"_s,
         {},
         {}});
    t.append(
        {u"entity"_s,
         Id,
         {text("name"), reference("entity_type_id", "entity_type"), text("note"), text("created"), text("modified")},
         {},
         {},
         {},
         {},
         {},
         {}});
    t.append({u"entity_variant"_s,
              keys({"entity_id", "variant"}),
              {reference("entity_id", "entity"), text("variant")},
              {},
              {},
              {},
              u"entity_id, variant"_s,
              {},
              {}});
    t.append({u"entity_reference"_s,
              keys({"entity_id", "resource", "identifier"}),
              {reference("entity_id", "entity"), text("resource"), text("identifier"), text("label")},
              {},
              {},
              {},
              u"entity_id, resource, identifier"_s,
              {},
              {}});
    t.append({u"collection"_s,
              Id,
              {text("name"), text("created")},
              {},
              {},
              u"SELECT lower(name) FROM collection WHERE id = ?1"_s,
              u"name"_s,
              {},
              {}});
    t.append(
        {u"collection_article"_s,
         keys({"collection_id", "article_id"}),
         {reference("collection_id", "collection"), reference("article_id", "article")},
         {},
         {},
         u"SELECT lower(c.name) || '/' || a.content_hash FROM collection c, article a WHERE c.id = ?1 AND a.id = ?2"_s,
         u"collection_id, article_id"_s,
         {},
         {}});
    t.append({u"article_trash"_s,
              keys({"article_id"}),
              {reference("article_id", "article"), text("trashed_at")},
              {},
              {},
              u"SELECT content_hash FROM article WHERE id = ?1"_s,
              u"article_id"_s,
              {},
              {}});
    // Each annotator's layer.
    t.append({u"annotation"_s,
              Id,
              {reference("article_id", "article"), text("kind"), integer("start"), integer("end"), text("quote"),
               reference("entity_type_id", "entity_type", true), text("colour", true), text("note"), text("author"),
               text("created"), text("modified"), reference("entity_id", "entity", true), text("attributes")},
              u"author"_s,
              {},
              {},
              {},
              {},
              {}});
    t.append(
        {u"annotation_attribute"_s,
         keys({"annotation_id", "name"}),
         {reference("annotation_id", "annotation"), text("name"), text("value"), reference("article_id", "article")},
         {},
         u"SELECT author FROM annotation WHERE id = ?1"_s,
         {},
         u"annotation_id, name"_s,
         {},
         {}});
    t.append({u"annotation_reference"_s,
              keys({"annotation_id", "position"}),
              {reference("annotation_id", "annotation"), integer("position"), text("resource"), text("identifier"),
               text("label"), reference("article_id", "article")},
              {},
              u"SELECT author FROM annotation WHERE id = ?1"_s,
              {},
              u"annotation_id, position"_s,
              {},
              {}});
    t.append({u"relation"_s,
              Id,
              {reference("article_id", "article"), reference("relation_type_id", "relation_type"),
               reference("from_id", "annotation"), reference("to_id", "annotation"), text("note"), text("extras"),
               text("author"), text("created"), text("modified")},
              u"author"_s,
              {},
              {},
              {},
              {},
              {}});
    t.append({u"event"_s,
              Id,
              {reference("article_id", "article"), reference("trigger_id", "annotation"), text("type"), text("note"),
               text("extras"), integer("position")},
              {},
              u"SELECT a.author FROM event e JOIN annotation a ON a.id = e.trigger_id WHERE e.id = ?1"_s,
              {},
              {},
              {},
              {}});
    t.append({u"event_argument"_s,
              keys({"event_id", "position"}),
              {reference("event_id", "event"), integer("position"), text("role"),
               reference("annotation_id", "annotation", true), reference("argument_event_id", "event", true)},
              {},
              u"SELECT a.author FROM event e JOIN annotation a ON a.id = e.trigger_id WHERE e.id = ?1"_s,
              {},
              u"event_id, position"_s,
              {},
              {}});
    t.append({u"article_note"_s,
              Id,
              {reference("article_id", "article"), text("text"), text("author"), text("created"), text("modified")},
              u"author"_s,
              {},
              {},
              {},
              {},
              {}});
    t.append({u"article_label"_s,
              keys({"article_id", "label_id", "author"}),
              {reference("article_id", "article"), reference("label_id", "label"), text("author"), text("created")},
              u"author"_s,
              {},
              {},
              u"article_id, label_id, author"_s,
              {},
              {}});
    t.append({u"article_done"_s,
              keys({"article_id", "annotator"}),
              {reference("article_id", "article"), text("annotator"), text("done_at")},
              u"annotator"_s,
              {},
              {},
              u"article_id, annotator"_s,
              {},
              {}});
    t.append({u"curation_rejection"_s,
              keys({"article_id", "curator", "item"}),
              {reference("article_id", "article"), text("curator"), text("item"), text("rejected_at")},
              u"curator"_s,
              {},
              {},
              u"article_id, curator, item"_s,
              {},
              {}});
    return t;
}

// The key of a row as one text, from the row `prefix` (new or old) inside a trigger.
QString keyExpression(const SyncTable& table, const QString& prefix)
{
    QStringList parts;
    for (const QString& column : table.keyColumns)
        parts.append(prefix + u'.' + column);
    return parts.join(QStringLiteral(" || char(31) || "));
}

// Whether the library is in a team project (sync_state names it from the first sync on).
const char* const InTeam = "EXISTS (SELECT 1 FROM sync_state WHERE name = 'project')";

QString enqueueRows(const SyncTable& table)
{
    return QStringLiteral("INSERT OR IGNORE INTO sync_outbox (kind, key, changed_at) "
                          "SELECT '%1', %2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM %1;\n")
        .arg(table.kind, keyExpression(table, table.kind));
}

// The triggers that record a table's changes, run only when `when` holds (empty: always).
QString triggersFor(const SyncTable& table, const QString& when)
{
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QString notApplying = QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_applying)");
    const QString changed = QStringLiteral("INSERT OR REPLACE INTO sync_outbox (kind, key, global_id, changed_at) "
                                           "SELECT '%1', %2, NULL, %3 WHERE %4;\n")
                                .arg(table.kind, keyExpression(table, QStringLiteral("new")), now, notApplying);
    // A removed row leaves its global id to push as a deletion (when it was ever synced), and frees
    // its key, which SQLite may give to a new row.
    const QString oldKey = keyExpression(table, QStringLiteral("old"));
    const QString removed =
        QStringLiteral("INSERT OR REPLACE INTO sync_outbox (kind, key, global_id, changed_at) "
                       "SELECT '%1', NULL, global_id, %3 FROM sync_map WHERE kind = '%1' AND key = %2 AND %4;\n"
                       "DELETE FROM sync_outbox WHERE kind = '%1' AND key = %2;\n"
                       "UPDATE sync_map SET key = NULL, deleted = 1 WHERE kind = '%1' AND key = %2;\n")
            .arg(table.kind, oldKey, now, notApplying);
    const QString name = QStringLiteral("sync_") + table.kind;
    const QString always = when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when;
    const QString rekeyed = oldKey + QStringLiteral(" IS NOT ") + keyExpression(table, QStringLiteral("new"));
    QString sql;
    sql += QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2%3 BEGIN\n%4END;\n")
               .arg(name, table.kind, always, changed);
    sql += QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE ON %2%3 BEGIN\n%4END;\n")
               .arg(name, table.kind, always, changed);
    sql += QStringLiteral("CREATE TRIGGER %1_rekey AFTER UPDATE ON %2 WHEN %3 BEGIN\n%4END;\n")
               .arg(name, table.kind, when.isEmpty() ? rekeyed : when + QStringLiteral(" AND ") + rekeyed, removed);
    sql += QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2%3 BEGIN\n%4END;\n")
               .arg(name, table.kind, always, removed);
    return sql;
}

} // namespace

const SyncColumn* SyncTable::column(const QString& name) const
{
    for (const SyncColumn& c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

int SyncTable::columnIndex(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

QString SyncTable::keyCondition(int first) const
{
    QStringList parts;
    for (int i = 0; i < keyColumns.size(); ++i)
        parts.append(QStringLiteral("%1 = ?%2").arg(keyColumns[i]).arg(first + i));
    return parts.join(QStringLiteral(" AND "));
}

void SyncTable::bindKey(Statement& statement, const QString& key, int first)
{
    const QStringList parts = key.split(KeySeparator);
    const int named = std::min(int(parts.size()), statement.parameterCount() - first + 1);
    for (int i = 0; i < named; ++i)
        statement.bind(first + i, parts[i]);
}

const QList<SyncTable>& syncTables()
{
    static const QList<SyncTable> tables = makeTables();
    return tables;
}

const SyncTable* syncTable(const QString& kind)
{
    for (const SyncTable& table : syncTables())
        if (table.kind == kind)
            return &table;
    return nullptr;
}

QString changeTrackingSchema()
{
    // sync_outbox: what changed since the last push, one row per object (a later change replaces
    // an earlier one and gets a higher seq). A row has a key while the object exists, else the
    // global id of the removed object.
    // sync_map: the global id of every object that was ever pushed or pulled, the server's change
    // this library last saw of it, and whose layer it is. A removed object keeps its entry without
    // a key, so that a deletion pulled again is known.
    // sync_applying: holds a row while a sync applies what it pulled, so that it is not pushed back.
    QString sql = QStringLiteral(R"sql(
CREATE TABLE sync_outbox (
    seq        INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    key        TEXT,
    global_id  TEXT UNIQUE,
    changed_at TEXT NOT NULL,
    UNIQUE (kind, key),
    CHECK ((key IS NULL) <> (global_id IS NULL))
);
CREATE TABLE sync_map (
    global_id TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    key       TEXT,
    change    INTEGER NOT NULL DEFAULT 0,
    owner     TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE UNIQUE INDEX sync_map_by_key ON sync_map(kind, key) WHERE key IS NOT NULL;
CREATE TABLE sync_applying (flag INTEGER);
CREATE TABLE sync_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_history (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    global_id  TEXT NOT NULL,
    data       TEXT,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    lost_to    TEXT NOT NULL,
    recorded   TEXT NOT NULL
);
)sql");
    for (const SyncTable& table : syncTables())
        sql += triggersFor(table, {}) + enqueueRows(table); // what the library holds was never pushed
    return sql;
}

QString changeTrackingInTeamsOnly()
{
    return dropChangeTrackingTriggers() + changeTrackingTriggers()
           + QStringLiteral("DELETE FROM sync_outbox WHERE NOT %1;\n").arg(QString::fromLatin1(InTeam));
}

QString changeTrackingTriggers()
{
    QString sql;
    for (const SyncTable& table : syncTables())
        sql += triggersFor(table, QString::fromLatin1(InTeam));
    return sql;
}

QString dropChangeTrackingTriggers()
{
    QString sql;
    for (const SyncTable& table : syncTables()) {
        for (const char* trigger : {"insert", "update", "rekey", "delete"})
            sql += QStringLiteral("DROP TRIGGER sync_%1_%2;\n").arg(table.kind, QString::fromLatin1(trigger));
    }
    return sql;
}

Result<bool> inTeamProject(Database& db)
{
    Result<qint64> found = db.queryInt(u"SELECT "_s + QString::fromLatin1(InTeam));
    if (!found)
        return failure(found.error());
    return *found != 0;
}

QString enqueueEverything()
{
    QString sql;
    for (const SyncTable& table : syncTables())
        sql += enqueueRows(table);
    return sql;
}

} // namespace hamish

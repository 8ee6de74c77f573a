#pragma once

#include "storage/statement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hamish {

// The local tables a team project shares (issue 18), and how each is synced. Every change to them
// is recorded in sync_outbox by triggers (schema 13), so that a sync pushes exactly what changed.
struct SyncColumn
{
    enum class Type {
        Text,
        Integer,
        Reference, // a local id of another synced kind; travels as that row's global id
        LocalTime, // not synced: set to the time of arrival when a pulled row is inserted
    };
    QString name;
    Type type = Type::Text;
    QString kind; // for references: the kind referred to
    bool nullable = false;
};

struct SyncTable
{
    // The kind's name: the local table's name and the server table's (in schema hamish).
    QString kind;
    // What identifies a local row: {"id"} for tables with their own ids, else the key columns.
    QStringList keyColumns;
    QList<SyncColumn> columns;
    // Whose layer a row belongs to: a column of the row, or SQL that reads it from the row's key
    // (?1, ?2… are the key's parts). Both empty: a shared kind, which anybody may change.
    QString ownerColumn;
    QString ownerSql;
    // SQL giving a name that is the same in every library for the same object (a type's code),
    // from the key's parts; the global id is then derived from it. Empty: a random UUID.
    QString naturalSql;
    // The columns of a unique constraint that a pulled row may meet (a type's code), so that an
    // object both libraries made separately becomes one.
    QString conflictTarget;
    // Columns never changed once the row exists (an article's body).
    QStringList immutableColumns;
    // Run after a pulled row is inserted, with ?1 the new row's id (an article's search entry).
    QString afterInsertSql;

    bool isLayered() const { return !ownerColumn.isEmpty() || !ownerSql.isEmpty(); }
    bool hasOwnIds() const { return keyColumns == QStringList{QStringLiteral("id")}; }
    const SyncColumn* column(const QString& name) const;
    // The column's position in `columns`, or -1.
    int columnIndex(const QString& name) const;
    // "k1 = ?N AND k2 = ?N+1…" for the key columns, parameters from `first` on; bindKey() binds
    // a key as sync_outbox and sync_map hold it to them, or its leading parts only to a statement
    // that names fewer (an owner query: an attribute belongs to its annotation's author).
    QString keyCondition(int first = 1) const;
    static void bindKey(Statement& statement, const QString& key, int first = 1);
};

// Every synced kind, parents before children: a pulled row is applied after what it refers to.
const QList<SyncTable>& syncTables();
const SyncTable* syncTable(const QString& kind);

// Schema 13: the outbox, the map of local keys to global ids, and the triggers that fill them.
QString changeTrackingSchema();
// Schema 14: the same triggers, run only once the library is in a team project: a library that
// never syncs pays nothing for them (an import of 30,000 articles took 1.8 times as long).
QString changeTrackingInTeamsOnly();
// Schema 18: a library outside a team project holds no triggers at all. Their 88 statements were
// three quarters of the schema that every connection parses when it opens the library, the
// command line's included. changeTrackingTriggers() adds them when the library joins a project.
QString changeTrackingTriggers();
QString dropChangeTrackingTriggers();
// Everything the library holds, into the outbox: run when it joins a team project.
QString enqueueEverything();

class Database;
// Whether the library has joined a team project (sync_state names it from the first sync on).
Result<bool> inTeamProject(Database& db);

// The separator between the parts of a composite key in sync_outbox and sync_map.
inline constexpr QChar KeySeparator = QChar(0x1f);

} // namespace hamish

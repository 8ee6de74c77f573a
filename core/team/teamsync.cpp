#include "team/teamsync.h"

#include "storage/database.h"
#include "storage/synctables.h"
#include "team/localchanges.h"
#include "team/pgconnection.h"
#include "team/pulledchanges.h"
#include "team/teamproject.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

// Where a sync's time goes: QT_LOGGING_RULES="hamish.core.team.debug=true".
Q_LOGGING_CATEGORY(lcTeam, "hamish.core.team", QtInfoMsg)

namespace hamish {

namespace {

struct LocalState
{
    QString origin; // this library's id
    qint64 lastChange = 0;
    qint64 lastHistory = 0;
};

Result<QString> stateValue(Database& db, const QString& name)
{
    Result<Statement> s = db.prepare(u"SELECT value FROM sync_state WHERE name = ?1"_s);
    if (s)
        s->bind(1, name);
    Result<std::optional<QString>> value = firstRow<QString>(std::move(s), [](Statement& st) { return st.text(0); });
    if (!value)
        return failure(value.error());
    return value->value_or(QString());
}

Status setStateValue(Database& db, const QString& name, const QString& value)
{
    Result<Statement> s = db.prepare(u"INSERT INTO sync_state (name, value) VALUES (?1, ?2) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
    if (!s)
        return failure(s.error());
    return s->bind(1, name).bind(2, value).run();
}

// This library's id and how far it has pulled.
Result<LocalState> readState(Database& db)
{
    LocalState state;
    Result<QString> origin = stateValue(db, u"library_id"_s);
    if (!origin)
        return failure(origin.error());
    state.origin = *origin;
    Result<QString> last = stateValue(db, u"last_change"_s);
    if (!last)
        return failure(last.error());
    state.lastChange = last->toLongLong();
    Result<qint64> history = db.queryInt(u"SELECT coalesce(max(id), 0) FROM sync_history"_s);
    if (!history)
        return failure(history.error());
    state.lastHistory = *history;
    return state;
}

// Ties the library to the project on its first sync; a library syncs with one project only.
Result<LocalState> bindLibrary(Database& db, const TeamProject& project)
{
    Result<QString> bound = stateValue(db, u"project"_s);
    if (!bound)
        return failure(bound.error());
    if (!bound->isEmpty() && *bound != project.id)
        return failure(TeamSync::tr("This library is synced with another team project; a library belongs to one."));
    if (!bound->isEmpty())
        return readState(db);
    // From now on the library's changes are recorded; what it holds already goes with this sync.
    Status ok = inTransaction(db, [&]() -> Status {
        if (Status created = db.exec(changeTrackingTriggers()); !created)
            return created;
        if (Status set = setStateValue(db, u"project"_s, project.id); !set)
            return set;
        if (Status set = setStateValue(db, u"library_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)); !set)
            return set;
        return db.exec(enqueueEverything());
    });
    if (!ok)
        return failure(ok.error());
    return readState(db);
}

struct Pushed
{
    QHash<QString, qint64> changes; // global id → the change the server gave it
    QStringList lost;               // shared objects whose server version stays
    int conflicts = 0;
    int written = 0; // objects the server did not have as they are
};

void appendCopyRow(QByteArray& data, const SyncRow& row)
{
    PgConnection::appendCopyField(data, row.kind);
    data += '\t';
    PgConnection::appendCopyField(data, row.globalId);
    data += '\t';
    PgConnection::appendCopyField(data, row.annotator);
    data += row.deleted ? "\tt\t" : "\tf\t";
    PgConnection::appendCopyField(data, row.deleted ? QByteArray() : row.data);
    data += '\t';
    PgConnection::appendCopyField(data, row.changedAt);
    data += '\t';
    data += QByteArray::number(row.change);
    data += '\n';
}

// Concurrent changes to one shared object: the later change stays, the other goes to the history.
const char16_t* const ConflictSql = uR"sql(
WITH c AS (
    SELECT p.global_id, p.deleted AS my_deleted, p.data AS my_data, p.changed_at AS my_at,
           t.deleted AS their_deleted, t.data AS their_data, t.changed_at AS their_at, t.changed_by AS their_by,
           p.changed_at < t.changed_at AS mine_lost
    FROM push p JOIN hamish.%1 t ON t.global_id = p.global_id
    WHERE p.kind = '%1' AND t.change > p.base AND t.origin <> $1
      AND (t.deleted, t.data) IS DISTINCT FROM (p.deleted, p.data)
), kept AS (
    INSERT INTO hamish.history (kind, global_id, deleted, data, changed_by, changed_at, lost_to)
    SELECT '%1', global_id,
           CASE WHEN mine_lost THEN my_deleted ELSE their_deleted END,
           CASE WHEN mine_lost THEN my_data ELSE their_data END,
           CASE WHEN mine_lost THEN current_user::text ELSE their_by END,
           CASE WHEN mine_lost THEN my_at ELSE their_at END,
           CASE WHEN mine_lost THEN their_by ELSE current_user::text END
    FROM c
    RETURNING 1
), dropped AS (
    DELETE FROM push p USING c WHERE p.kind = '%1' AND p.global_id = c.global_id AND c.mine_lost
    RETURNING 1
)
SELECT global_id, mine_lost FROM c
)sql";

// Changes to a shared object the curator made, by somebody else: the curator's version stays.
const char16_t* const RefusedSql = uR"sql(
DELETE FROM push p USING hamish.%1 t
WHERE p.kind = '%1' AND p.global_id = t.global_id AND NOT hamish.may_change_shared(t.annotator)
RETURNING p.global_id
)sql";

const char16_t* const UpsertSql = uR"sql(
INSERT INTO hamish.%1 AS t (global_id, annotator, origin, change, changed_at, deleted, data)
SELECT global_id, annotator, $1, nextval('hamish.change_seq'), changed_at, deleted, data
FROM push WHERE kind = '%1'
ON CONFLICT (global_id) DO UPDATE SET changed_by = current_user, origin = excluded.origin,
    change = excluded.change, changed_at = excluded.changed_at, deleted = excluded.deleted, data = excluded.data
WHERE (t.deleted, t.data) IS DISTINCT FROM (excluded.deleted, excluded.data)
RETURNING global_id
)sql";

// The change each pushed object is at now, written by this push or, when the server had it the
// same already, earlier.
const char16_t* const PushedChangesSql = uR"sql(
SELECT t.global_id, t.change FROM push p JOIN hamish.%1 t ON t.global_id = p.global_id WHERE p.kind = '%1'
)sql";

struct Sent
{
    Outgoing outgoing;
    Pushed pushed;
};

// Streams the outbox into the staging table as it is read: the server parses one part of the copy
// while the library reads the next.
Status copyOutbox(Database& db, PgConnection& server, const SyncIdentity& identity, Outgoing& outgoing)
{
    if (Status ok = server.beginCopy(u"COPY push FROM STDIN"_s); !ok)
        return ok;
    constexpr qsizetype Part = 1 << 20;
    QByteArray part;
    part.reserve(2 * Part);
    const RowSink send = [&](const SyncRow& row) -> Status {
        appendCopyRow(part, row);
        if (part.size() < Part)
            return {};
        Status ok = server.putCopyData(part);
        part.truncate(0);
        return ok;
    };
    Result<Outgoing> read = LocalChanges::collect(db, identity, send);
    Status ok = read ? server.putCopyData(part) : Status(failure(read.error()));
    if (!ok) {
        server.abortCopy();
        return ok;
    }
    outgoing = std::move(*read);
    return server.endCopy();
}

Status pushIn(Database& db, PgConnection& server, const SyncIdentity& identity, const QString& origin, Sent& sent)
{
    if (Result<PgRows> locked =
            server.query(u"SELECT pg_advisory_xact_lock($1)"_s, {QString::number(TeamServer::PushLock)});
        !locked)
        return failure(locked.error());
    // The staging table lives in the session's own buffers: room for a first push of a whole
    // library, instead of the default 8 MB that would spill to disk (set before the session's
    // first temporary table).
    if (Status ok = server.exec(u"SET temp_buffers = '512MB'"_s); !ok)
        return ok;
    if (Status ok = server.exec(u"CREATE TEMP TABLE push (kind text, global_id text, annotator text, deleted boolean, "
                                "data jsonb, changed_at text, base bigint) ON COMMIT DROP"_s);
        !ok)
        return ok;
    QElapsedTimer step;
    step.start();
    if (Status ok = copyOutbox(db, server, identity, sent.outgoing); !ok)
        return ok;
    qCDebug(lcTeam, "  collected and copied: %.1f ms", double(step.nsecsElapsed()) / 1e6);
    Pushed& pushed = sent.pushed;
    QSet<QString> kinds;
    for (const SyncRow& row : sent.outgoing.rows)
        kinds.insert(row.kind);
    for (const SyncTable& table : syncTables()) {
        if (!kinds.contains(table.kind) || table.isLayered())
            continue;
        Result<PgRows> refused = server.query(QString::fromUtf16(RefusedSql).arg(table.kind));
        if (!refused)
            return failure(refused.error());
        for (const QStringList& row : refused->rows)
            pushed.lost.append(row.value(0));
        pushed.conflicts += int(refused->rows.size());
        Result<PgRows> conflicts = server.query(QString::fromUtf16(ConflictSql).arg(table.kind), {origin});
        if (!conflicts)
            return failure(conflicts.error());
        for (const QStringList& row : conflicts->rows)
            if (row.value(1) == u"t"_s)
                pushed.lost.append(row.value(0));
        pushed.conflicts += int(conflicts->rows.size());
    }
    qCDebug(lcTeam, "  conflicts: %.1f ms", double(step.nsecsElapsed()) / 1e6);
    for (const SyncTable& table : syncTables()) {
        if (!kinds.contains(table.kind))
            continue;
        Result<PgRows> upserted = server.query(QString::fromUtf16(UpsertSql).arg(table.kind), {origin});
        if (!upserted)
            return failure(upserted.error());
        pushed.written += int(upserted->rows.size());

        if (table.isLayered()) // one writer, no conflicts: its change numbers are not kept
            continue;
        Result<PgRows> changes = server.query(QString::fromUtf16(PushedChangesSql).arg(table.kind));
        if (!changes)
            return failure(changes.error());
        for (const QStringList& row : changes->rows)
            pushed.changes.insert(row.value(0), row.value(1).toLongLong());
    }
    qCDebug(lcTeam, "  upserts: %.1f ms", double(step.nsecsElapsed()) / 1e6);
    return server.exec(u"COMMIT"_s);
}

// Reads the outbox, giving its objects their global ids (committed locally before the server
// commits, so that a push repeated after a kill sends the same ids), and pushes it in one server
// transaction.
Result<Sent> push(Database& db, PgConnection& server, const SyncIdentity& identity, const QString& origin)
{
    Sent sent;
    if (Status ok = server.exec(u"BEGIN"_s); !ok)
        return failure(ok.error());
    if (Status ok = pushIn(db, server, identity, origin, sent); !ok) {
        (void)server.exec(u"ROLLBACK"_s);
        return failure(ok.error());
    }
    return sent;
}

SyncRow pulledRow(const QString& kind, const QStringList& cells)
{
    SyncRow row;
    row.kind = kind;
    row.globalId = cells.value(0);
    row.annotator = cells.value(1);
    row.deleted = cells.value(2) == u"t"_s;
    row.data = cells.value(3).toUtf8();
    row.change = cells.value(4).toLongLong();
    row.changedBy = cells.value(5);
    row.changedAt = cells.value(6);
    return row;
}

QString textArray(const QStringList& values)
{
    QStringList quoted;
    for (QString value : values)
        quoted.append(u'"' + value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u'{' + quoted.join(u',') + u'}';
}

Status pullIn(PgConnection& server, const LocalState& state, const QStringList& lost, Incoming& incoming)
{
    QElapsedTimer step;
    step.start();
    if (Result<PgRows> locked =
            server.query(u"SELECT pg_advisory_xact_lock_shared($1)"_s, {QString::number(TeamServer::PushLock)});
        !locked)
        return failure(locked.error());
    // Under the shared lock no push is under way: every change up to the sequence's value is committed.
    Result<PgRows> last =
        server.query(u"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM hamish.change_seq"_s);
    if (!last)
        return failure(last.error());
    incoming.lastChange = std::max(state.lastChange, last->rows.value(0).value(0).toLongLong());
    qCDebug(lcTeam, "  lock and position: %.1f ms", double(step.nsecsElapsed()) / 1e6);
    // Everything changed since, in one round trip: the kinds in order (parents first), each in the
    // order of its changes.
    const QString columns = u"global_id, annotator, deleted, data::text, change, changed_by, changed_at"_s;
    const QList<SyncTable>& tables = syncTables();
    Result<PgRows> kinds =
        server.query(u"SELECT kind FROM hamish.kind_change WHERE change > $1"_s, {QString::number(state.lastChange)});
    if (!kinds)
        return failure(kinds.error());
    QSet<QString> changedKinds;
    for (const QStringList& row : kinds->rows)
        changedKinds.insert(row.value(0));
    QStringList parts;
    for (int k = 0; k < tables.size(); ++k)
        if (changedKinds.contains(tables[k].kind))
            parts.append(u"SELECT %1 AS k, %2 FROM hamish.%3 WHERE change > $1 AND origin <> $2"_s.arg(k).arg(
                columns, tables[k].kind));
    if (parts.isEmpty()) // nothing changed since: no table to ask
        parts.append(
            u"SELECT 0 AS k, %1 FROM hamish.article WHERE change > $1 AND origin <> $2 AND false"_s.arg(columns));
    // "Changed since" is an index range; without statistics (a project just filled, before
    // autovacuum analysed it) the planner would read whole tables, and start workers for it.
    if (Status ok = server.exec(u"SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0"_s);
        !ok)
        return ok;
    Result<PgRows> changed = server.query(parts.join(u"\nUNION ALL "_s) + u"\nORDER BY k, change"_s,
                                          {QString::number(state.lastChange), state.origin});
    if (!changed)
        return failure(changed.error());
    qCDebug(lcTeam, "  changes: %.1f ms", double(step.nsecsElapsed()) / 1e6);
    QSet<QString> seen;
    for (const QStringList& cells : changed->rows) {
        incoming.rows.append(pulledRow(tables.value(cells.value(0).toInt()).kind, cells.mid(1)));
        seen.insert(cells.value(1));
    }
    // The server's versions of the shared objects this push lost, to replace the local ones.
    for (const SyncTable& table : tables) {
        if (lost.isEmpty() || table.isLayered())
            continue;
        Result<PgRows> kept =
            server.query(u"SELECT %1 FROM hamish.%2 WHERE global_id = ANY($1::text[])"_s.arg(columns, table.kind),
                         {textArray(lost)});
        if (!kept)
            return failure(kept.error());
        for (const QStringList& cells : kept->rows)
            if (!seen.contains(cells.value(0)))
                incoming.rows.append(pulledRow(table.kind, cells));
    }
    Result<PgRows> history =
        server.query(u"SELECT id, kind, global_id, data::text, changed_by, changed_at, lost_to, recorded_at::text "
                     "FROM hamish.history WHERE id > $1 ORDER BY id"_s,
                     {QString::number(state.lastHistory)});
    if (!history)
        return failure(history.error());
    for (const QStringList& cells : history->rows)
        incoming.history.append({cells.value(0).toLongLong(), cells.value(1), cells.value(2), cells.value(4),
                                 cells.value(5), cells.value(6), cells.value(7), cells.value(3).toUtf8()});
    return server.exec(u"COMMIT"_s);
}

Result<Incoming> pull(PgConnection& server, const LocalState& state, const QStringList& lost)
{
    Incoming incoming;
    if (Status ok = server.exec(u"BEGIN READ ONLY"_s); !ok)
        return failure(ok.error());
    if (Status ok = pullIn(server, state, lost, incoming); !ok) {
        (void)server.exec(u"ROLLBACK"_s);
        return failure(ok.error());
    }
    return incoming;
}

} // namespace

QString SyncSummary::text() const
{
    return u"pushed %1, pulled %2, conflicts %3"_s.arg(pushed).arg(pulled).arg(conflicts);
}

Result<QList<HistoryEntry>> TeamSync::history(Database& db)
{
    return collectRows<HistoryEntry>(
        db.prepare(u"SELECT id, kind, global_id, changed_by, changed_at, lost_to, recorded, coalesce(data, '') "
                   "FROM sync_history ORDER BY id DESC"_s),
        [](Statement& s) {
            return HistoryEntry{s.int64(0), s.text(1), s.text(2), s.text(3),
                                s.text(4),  s.text(5), s.text(6), s.blob(7)};
        });
}

Result<SyncSummary> TeamSync::run(Database& db, PgConnection& server)
{
    QElapsedTimer clock;
    clock.start();
    auto phase = [&clock](const char* name) {
        qCDebug(lcTeam, "%s: %.1f ms", name, double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
    };
    Result<TeamProject> project = TeamServer::read(server);
    if (!project)
        return failure(project.error());
    Result<bool> curator = TeamServer::isCurator(server);
    if (!curator)
        return failure(curator.error());
    const SyncIdentity identity{server.user(), project->goldLayer, *curator};
    Result<LocalState> state = bindLibrary(db, *project);
    if (!state)
        return failure(state.error());
    phase("project");
    Result<qint64> pending = db.queryInt(u"SELECT EXISTS (SELECT 1 FROM sync_outbox)"_s);
    if (!pending)
        return failure(pending.error());
    SyncSummary summary;
    Sent sent;
    if (*pending) {
        Result<Sent> done = push(db, server, identity, state->origin);
        if (!done)
            return failure(done.error());
        sent = std::move(*done);
        summary.notPushable = sent.outgoing.notPushable;
        summary.pushed = sent.pushed.written;
        summary.conflicts = sent.pushed.conflicts;
        phase("push");
        if (Status ok = LocalChanges::acknowledge(db, sent.outgoing, sent.pushed.changes); !ok)
            return failure(ok.error());
        phase("acknowledge");
    }
    Result<Incoming> incoming = pull(server, *state, sent.pushed.lost);
    if (!incoming)
        return failure(incoming.error());
    phase("pull");
    summary.pulled = int(incoming->rows.size());
    if (incoming->rows.isEmpty() && incoming->history.isEmpty() && incoming->lastChange == state->lastChange)
        return summary;
    Result<int> applied = PulledChanges::apply(db, *incoming);
    if (!applied)
        return failure(applied.error());
    phase("apply");
    return summary;
}

} // namespace hamish

#include "team/localchanges.h"

#include "storage/database.h"
#include "storage/synctables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

// The namespace of the name-based (version 5) UUIDs of objects with a natural name.
const QUuid NameSpace = QUuid(u"{6f0c5a52-3a1e-4f53-9d0c-4a6d2c1b7e11}"_s);

// A random UUID that begins with the time in milliseconds (the layout of RFC 9562's version 7):
// ids made one after the other sort together, so the map and the server's primary keys grow at
// their end instead of at random places.
QString timeOrderedUuid()
{
    QByteArray bytes = QUuid::createUuid().toRfc4122();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    bytes[6] = char((bytes[6] & 0x0f) | 0x70);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString selectColumns(const SyncTable& table)
{
    QStringList names;
    for (const SyncColumn& column : table.columns)
        names.append(column.name);
    return names.join(u", "_s);
}

class Collector
{
public:
    Collector(Database& db, const SyncIdentity& identity, const RowSink& sink)
        : m_db(db)
        , m_identity(identity)
        , m_sink(sink)
    {
    }

    Status collect(Outgoing& out)
    {
        Result<Statement> entries =
            m_db.prepare(u"SELECT seq, kind, key, global_id, changed_at FROM sync_outbox ORDER BY seq"_s);
        if (!entries)
            return failure(entries.error());
        struct Entry
        {
            qint64 seq;
            QString kind, key, globalId, changedAt;
        };
        Result<QList<Entry>> list = collectRows<Entry>(std::move(entries), [](Statement& s) {
            return Entry{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)};
        });
        if (!list)
            return failure(list.error());
        for (const Entry& entry : *list) {
            const SyncTable* table = syncTable(entry.kind);
            if (!table) {
                out.settledSeqs.append(entry.seq);
                continue;
            }
            Status ok = entry.key.isNull() ? removed(*table, entry.seq, entry.globalId, entry.changedAt, out)
                                           : changed(*table, entry.seq, entry.key, entry.changedAt, out);
            if (!ok)
                return ok;
        }
        return {};
    }

private:
    Status keep(SyncRow row, Outgoing& out)
    {
        if (m_sink) {
            if (Status ok = m_sink(row); !ok)
                return ok;
            row.data = QByteArray(); // sent: only what acknowledging needs stays
        }
        out.rows.append(std::move(row));
        return {};
    }

    Status removed(const SyncTable& table, qint64 seq, const QString& globalId, const QString& changedAt, Outgoing& out)
    {
        Result<Statement> lookup = m_db.prepare(u"SELECT owner, change FROM sync_map WHERE global_id = ?1"_s);
        if (lookup)
            lookup->bind(1, globalId);
        Result<std::optional<std::pair<QString, qint64>>> known =
            firstRow<std::pair<QString, qint64>>(std::move(lookup), [](Statement& s) {
                return std::pair{s.text(0), s.int64(1)};
            });
        if (!known)
            return failure(known.error());
        const QString owner = *known ? (*known)->first : QString();
        // Another layer's rows go when their article goes; that deletion travels as the article's.
        if (!*known || (table.isLayered() && !m_identity.mayWriteLayer(owner))) {
            out.settledSeqs.append(seq);
            return {};
        }
        SyncRow row;
        row.kind = table.kind;
        row.globalId = globalId;
        row.annotator = table.isLayered() ? owner : m_identity.annotator;
        row.deleted = true;
        row.changedAt = changedAt;
        row.change = (*known)->second;
        row.outboxSeq = seq;
        return keep(std::move(row), out);
    }

    Status changed(const SyncTable& table, qint64 seq, const QString& key, const QString& changedAt, Outgoing& out)
    {
        QString& sql = m_readSql[table.kind];
        if (sql.isEmpty())
            sql = u"SELECT %1 FROM %2 WHERE %3"_s.arg(selectColumns(table), table.kind, table.keyCondition());
        Result<Statement> read = m_db.prepare(sql);
        if (!read)
            return failure(read.error());
        SyncTable::bindKey(*read, key);
        Result<bool> found = read->step();
        if (!found)
            return failure(found.error());
        if (!*found) {
            out.settledSeqs.append(seq);
            return {};
        }
        QString owner;
        if (!table.ownerColumn.isEmpty()) {
            owner = read->text(int(table.columnIndex(table.ownerColumn)));
        } else if (!table.ownerSql.isEmpty()) {
            Result<QString> o = ownerOf(table, key);
            if (!o)
                return failure(o.error());
            owner = *o;
        }
        if (table.isLayered() && !m_identity.mayWriteLayer(owner)) {
            ++out.notPushable;
            out.keptSeqs.append(seq);
            return {};
        }
        QJsonObject data;
        for (int i = 0; i < table.columns.size(); ++i) {
            const SyncColumn& column = table.columns[i];
            if (column.type == SyncColumn::Type::LocalTime)
                continue;
            if (read->isNull(i)) {
                data.insert(column.name, QJsonValue::Null);
            } else if (column.type == SyncColumn::Type::Integer) {
                data.insert(column.name, read->int64(i));
            } else if (column.type == SyncColumn::Type::Reference) {
                Result<QString> id = referencedId(*syncTable(column.kind), QString::number(read->int64(i)));
                if (!id)
                    return failure(id.error());
                data.insert(column.name, *id);
            } else {
                data.insert(column.name, read->text(i));
            }
        }
        Result<QString> id = globalId(table, key, owner);
        if (!id)
            return failure(id.error());
        SyncRow row;
        row.kind = table.kind;
        row.globalId = *id;
        row.annotator = table.isLayered() ? owner : m_identity.annotator;
        row.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
        row.changedAt = changedAt;
        row.change = m_lastChange;
        row.outboxSeq = seq;
        return keep(std::move(row), out);
    }

    // The global id of an object a row refers to; many rows refer to the same few.
    Result<QString> referencedId(const SyncTable& table, const QString& key)
    {
        const QString cacheKey = table.kind + KeySeparator + key;
        if (const auto it = m_referenced.constFind(cacheKey); it != m_referenced.constEnd())
            return *it;
        Result<QString> id = globalId(table, key, {});
        if (id)
            m_referenced.insert(cacheKey, *id);
        return id;
    }

    Result<QString> ownerOf(const SyncTable& table, const QString& key)
    {
        Result<Statement> s = m_db.prepare(table.ownerSql);
        if (!s)
            return failure(s.error());
        SyncTable::bindKey(*s, key);
        Result<bool> row = s->step();
        if (!row)
            return failure(row.error());
        return *row ? s->text(0) : QString();
    }

    // The object's global id, made (and recorded) when it has none; m_lastChange is set to the
    // server change this library last saw of it.
    Result<QString> globalId(const SyncTable& table, const QString& key, const QString& owner)
    {
        struct Known
        {
            QString id;
            qint64 change;
            QString owner;
        };
        Result<Statement> lookup =
            m_db.prepare(u"SELECT global_id, change, owner FROM sync_map WHERE kind = ?1 AND key = ?2"_s);
        if (lookup)
            lookup->bind(1, table.kind).bind(2, key);
        Result<std::optional<Known>> known = firstRow<Known>(std::move(lookup), [](Statement& s) {
            return Known{s.text(0), s.int64(1), s.text(2)};
        });
        if (!known)
            return failure(known.error());
        QString id;
        m_lastChange = 0;
        if (*known) {
            m_lastChange = (*known)->change;
            if (owner.isEmpty() || owner == (*known)->owner)
                return (*known)->id; // recorded already
            id = (*known)->id;
        } else if (table.naturalSql.isEmpty()) {
            id = timeOrderedUuid();
        } else {
            Result<Statement> natural = m_db.prepare(table.naturalSql);
            if (!natural)
                return failure(natural.error());
            SyncTable::bindKey(*natural, key);
            Result<bool> row = natural->step();
            if (!row)
                return failure(row.error());
            if (!*row)
                return failure(LocalChanges::tr("The library has no %1 %2 to push.").arg(table.kind, key));
            const QString name = natural->text(0);
            id = table.kind == u"article"_s
                     ? name
                     : QUuid::createUuidV5(NameSpace, table.kind + u'/' + name).toString(QUuid::WithoutBraces);
        }
        // A natural id may be known from an object of that name removed earlier: it comes back.
        Result<Statement> record =
            m_db.prepare(u"INSERT INTO sync_map (global_id, kind, key, owner) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT (global_id) DO UPDATE SET key = excluded.key, deleted = 0, "
                         "owner = CASE WHEN excluded.owner = '' THEN owner ELSE excluded.owner END"_s);
        if (!record)
            return failure(record.error());
        if (Status ok = record->bind(1, id).bind(2, table.kind).bind(3, key).bind(4, owner).run(); !ok)
            return failure(ok.error());
        return id;
    }

    Database& m_db;
    const SyncIdentity& m_identity;
    const RowSink& m_sink;
    QHash<QString, QString> m_readSql;    // per kind
    QHash<QString, QString> m_referenced; // kind and key → global id
    qint64 m_lastChange = 0;
};

} // namespace

Result<Outgoing> LocalChanges::collect(Database& db, const SyncIdentity& identity, const RowSink& sink)
{
    Outgoing out;
    Status ok = inTransaction(db, [&] { return Collector(db, identity, sink).collect(out); });
    if (!ok)
        return failure(ok.error());
    return out;
}

Status LocalChanges::acknowledge(Database& db, const Outgoing& outgoing, const QHash<QString, qint64>& changes)
{
    return inTransaction(db, [&]() -> Status {
        // The change each object is at now, set in one statement from a temporary table.
        if (Status ok = db.exec(u"CREATE TEMP TABLE IF NOT EXISTS sync_pushed (global_id TEXT PRIMARY KEY, "
                                "change INTEGER NOT NULL) WITHOUT ROWID; DELETE FROM temp.sync_pushed"_s);
            !ok)
            return ok;
        Result<Statement> pushed = db.prepare(u"INSERT OR REPLACE INTO temp.sync_pushed VALUES (?1, ?2)"_s);
        if (!pushed)
            return failure(pushed.error());
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            pushed->reset();
            if (Status ok = pushed->bind(1, it.key()).bind(2, *it).run(); !ok)
                return ok;
        }
        if (Status ok = db.exec(u"UPDATE sync_map SET change = p.change FROM temp.sync_pushed p "
                                "WHERE sync_map.global_id = p.global_id; DELETE FROM temp.sync_pushed"_s);
            !ok)
            return ok;
        // The entries pushed or settled go; those left for another role and later ones stay.
        qint64 last = 0;
        for (const SyncRow& row : outgoing.rows)
            last = std::max(last, row.outboxSeq);
        for (qint64 seq : outgoing.settledSeqs)
            last = std::max(last, seq);
        QJsonArray kept;
        for (qint64 seq : outgoing.keptSeqs)
            kept.append(seq);
        Result<Statement> done =
            db.prepare(u"DELETE FROM sync_outbox WHERE seq <= ?1 AND seq NOT IN (SELECT value FROM json_each(?2))"_s);
        if (!done)
            return failure(done.error());
        return done->bind(1, last).bind(2, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))).run();
    });
}

} // namespace hamish

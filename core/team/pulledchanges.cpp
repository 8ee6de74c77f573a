#include "team/pulledchanges.h"

#include "storage/database.h"
#include "storage/synctables.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

using Value = std::variant<std::monostate, qint64, QString>;

void bindValue(Statement& statement, int index, const Value& value)
{
    if (const auto* number = std::get_if<qint64>(&value))
        statement.bind(index, *number);
    else if (const auto* text = std::get_if<QString>(&value))
        statement.bind(index, *text);
    else
        statement.bindNull(index);
}

QStringList splitNames(const QString& list)
{
    QStringList names = list.split(u',', Qt::SkipEmptyParts);
    for (QString& name : names)
        name = name.trimmed();
    return names;
}

class Applier
{
public:
    explicit Applier(Database& db)
        : m_db(db)
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    {
    }

    int changed() const { return m_changed; }

    Status apply(const SyncRow& row)
    {
        const SyncTable* table = syncTable(row.kind);
        if (!table)
            return refuse(row, PulledChanges::tr("this Hamish does not know that kind of object"));
        std::optional<QString> key;
        Result<std::optional<std::pair<QString, QString>>> known = lookup(row.globalId);
        if (!known)
            return failure(known.error());
        if (*known) {
            if ((*known)->first != row.kind)
                return refuse(row, PulledChanges::tr("its global id belongs to a %1").arg((*known)->first));
            if (!(*known)->second.isNull())
                key = (*known)->second;
        }
        if (key) {
            Result<qint64> pending = pendingChange(row.kind, *key);
            if (!pending)
                return failure(pending.error());
            if (*pending) // a local change the next push will weigh against this one
                return {};
        }
        if (row.deleted)
            return remove(*table, row, key);
        std::optional<QList<Value>> values;
        if (Status ok = read(*table, row, values); !ok)
            return ok;
        if (!values) // it hangs on something removed
            return {};
        return write(*table, row, key, *values);
    }

private:
    Status refuse(const SyncRow& row, const QString& reason) const
    {
        return failure(PulledChanges::tr("The team server sent a bad %1 (%2): %3. Nothing from this sync was applied.")
                           .arg(row.kind, row.globalId, reason));
    }

    Result<std::optional<std::pair<QString, QString>>> lookup(const QString& globalId)
    {
        Result<Statement> s = m_db.prepare(u"SELECT kind, key FROM sync_map WHERE global_id = ?1"_s);
        if (s)
            s->bind(1, globalId);
        return firstRow<std::pair<QString, QString>>(std::move(s), [](Statement& st) {
            return std::pair{st.text(0), st.isNull(1) ? QString() : st.text(1)};
        });
    }

    Result<qint64> pendingChange(const QString& kind, const QString& key)
    {
        Result<Statement> s = m_db.prepare(u"SELECT count(*) FROM sync_outbox WHERE kind = ?1 AND key = ?2"_s);
        if (s)
            s->bind(1, kind).bind(2, key);
        Result<std::optional<qint64>> count = firstRow<qint64>(std::move(s), [](Statement& st) { return st.int64(0); });
        if (!count)
            return failure(count.error());
        return count->value_or(0);
    }

    Status remove(const SyncTable& table, const SyncRow& row, const std::optional<QString>& key)
    {
        if (key) {
            Result<Statement> s = m_db.prepare(u"DELETE FROM %1 WHERE %2"_s.arg(table.kind, table.keyCondition(1)));
            if (!s)
                return failure(s.error());
            SyncTable::bindKey(*s, *key, 1);
            if (Status ok = s->run(); !ok)
                return refuse(row, ok.error());
            m_changed += m_db.changes() > 0 ? 1 : 0;
        }
        return record(table, row, {}, true);
    }

    // The row's values in the order of the table's columns; none when it refers to a removed object.
    Status read(const SyncTable& table, const SyncRow& row, std::optional<QList<Value>>& values)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(row.data, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refuse(row, PulledChanges::tr("its data is not a JSON object"));
        const QJsonObject data = document.object();
        QList<Value> list;
        for (const SyncColumn& column : table.columns) {
            if (column.type == SyncColumn::Type::LocalTime) {
                list.append(m_now);
                continue;
            }
            const QJsonValue value = data.value(column.name);
            if (value.isUndefined() || (value.isNull() && !column.nullable))
                return refuse(row, PulledChanges::tr("it has no %1").arg(column.name));
            if (value.isNull()) {
                list.append(std::monostate{});
            } else if (column.type == SyncColumn::Type::Integer) {
                const double number = value.toDouble(0.5);
                if (!value.isDouble() || number != double(qint64(number)))
                    return refuse(row, PulledChanges::tr("its %1 is not a whole number").arg(column.name));
                list.append(qint64(number));
            } else if (!value.isString()) {
                return refuse(row, PulledChanges::tr("its %1 is not text").arg(column.name));
            } else if (column.type == SyncColumn::Type::Reference) {
                Result<std::optional<std::pair<QString, QString>>> target = lookup(value.toString());
                if (!target)
                    return failure(target.error());
                if (!*target || (*target)->first != column.kind)
                    return refuse(row, PulledChanges::tr("its %1 refers to an unknown %2 (%3)")
                                           .arg(column.name, column.kind, value.toString()));
                if ((*target)->second.isNull())
                    return {}; // removed since
                list.append((*target)->second.toLongLong());
            } else {
                const QString text = value.toString();
                const qsizetype limit =
                    column.name == u"body"_s ? PulledChanges::MaxBodyLength : PulledChanges::MaxFieldLength;
                if (text.size() > limit)
                    return refuse(row,
                                  PulledChanges::tr("its %1 is longer than %2 characters").arg(column.name).arg(limit));
                list.append(text);
            }
        }
        if (!table.ownerColumn.isEmpty()) {
            const Value& owner = list[table.columnIndex(table.ownerColumn)];
            if (std::get<QString>(owner) != row.annotator)
                return refuse(row, PulledChanges::tr("it names %1 as its annotator but is in %2's layer")
                                       .arg(std::get<QString>(owner), row.annotator));
        }
        if (table.kind == u"annotation"_s)
            if (Status ok = checkSpan(table, row, list); !ok)
                return ok;
        values = list;
        return {};
    }

    Status checkSpan(const SyncTable& table, const SyncRow& row, const QList<Value>& values)
    {
        auto at = [&](const char* name) { return values[table.columnIndex(QString::fromLatin1(name))]; };
        const qint64 article = std::get<qint64>(at("article_id"));
        const qint64 start = std::get<qint64>(at("start"));
        const qint64 end = std::get<qint64>(at("end"));
        if (article != m_bodyArticle) {
            Result<Statement> s = m_db.prepare(u"SELECT body FROM article WHERE id = ?1"_s);
            if (s)
                s->bind(1, article);
            Result<std::optional<QString>> body =
                firstRow<QString>(std::move(s), [](Statement& st) { return st.text(0); });
            if (!body)
                return failure(body.error());
            m_body = body->value_or(QString());
            m_bodyArticle = article;
        }
        if (start < 0 || end <= start || end > m_body.size())
            return refuse(row, PulledChanges::tr("its span %1–%2 is not inside its article's text (%3 characters)")
                                   .arg(start)
                                   .arg(end)
                                   .arg(m_body.size()));
        if (m_body.mid(start, end - start) != std::get<QString>(at("quote")))
            return refuse(row, PulledChanges::tr("its quote is not the text at %1–%2").arg(start).arg(end));
        return {};
    }

    Status write(const SyncTable& table, const SyncRow& row, std::optional<QString> key, const QList<Value>& values)
    {
        if (!key && !table.conflictTarget.isEmpty()) {
            Result<std::optional<QString>> existing = findByTarget(table, values);
            if (!existing)
                return failure(existing.error());
            key = *existing;
        }
        if (key) {
            Result<bool> updated = update(table, *key, values);
            if (!updated)
                return refuse(row, updated.error());
            if (*updated) {
                ++m_changed;
                return record(table, row, key, false);
            }
        }
        Result<QString> inserted = insert(table, values);
        if (!inserted)
            return refuse(row, inserted.error());
        ++m_changed;
        return record(table, row, inserted.value(), false);
    }

    Result<std::optional<QString>> findByTarget(const SyncTable& table, const QList<Value>& values)
    {
        const QStringList target = splitNames(table.conflictTarget);
        QStringList conditions;
        for (int i = 0; i < target.size(); ++i)
            conditions.append(u"%1 = ?%2"_s.arg(target[i]).arg(i + 1));
        Result<Statement> s =
            m_db.prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(keyList(table), table.kind, conditions.join(u" AND "_s)));
        if (!s)
            return failure(s.error());
        for (int i = 0; i < target.size(); ++i)
            bindValue(*s, i + 1, values[table.columnIndex(target[i])]);
        return firstRow<QString>(std::move(s), [&](Statement& st) { return keyOf(table, st); });
    }

    static QString keyList(const SyncTable& table) { return table.keyColumns.join(u", "_s); }

    static QString keyOf(const SyncTable& table, Statement& statement)
    {
        QStringList parts;
        for (int i = 0; i < table.keyColumns.size(); ++i)
            parts.append(statement.text(i));
        return parts.join(KeySeparator);
    }

    Result<bool> update(const SyncTable& table, const QString& key, const QList<Value>& values)
    {
        QStringList sets;
        QList<Value> bound;
        for (int i = 0; i < table.columns.size(); ++i) {
            const SyncColumn& column = table.columns[i];
            if (column.type == SyncColumn::Type::LocalTime || table.immutableColumns.contains(column.name))
                continue;
            bound.append(values[i]);
            sets.append(u"%1 = ?%2"_s.arg(column.name).arg(bound.size()));
        }
        Result<Statement> s = m_db.prepare(u"UPDATE %1 SET %2 WHERE %3"_s.arg(
            table.kind, sets.join(u", "_s), table.keyCondition(int(bound.size()) + 1)));
        if (!s)
            return failure(s.error());
        for (int i = 0; i < bound.size(); ++i)
            bindValue(*s, i + 1, bound[i]);
        SyncTable::bindKey(*s, key, int(bound.size()) + 1);
        if (Status ok = s->run(); !ok)
            return failure(ok.error());
        return m_db.changes() > 0;
    }

    Result<QString> insert(const SyncTable& table, const QList<Value>& values)
    {
        QStringList names, places;
        for (int i = 0; i < table.columns.size(); ++i) {
            names.append(table.columns[i].name);
            places.append(u"?%1"_s.arg(i + 1));
        }
        Result<Statement> s = m_db.prepare(u"INSERT INTO %1 (%2) VALUES (%3) RETURNING %4"_s.arg(
            table.kind, names.join(u", "_s), places.join(u", "_s), keyList(table)));
        if (!s)
            return failure(s.error());
        for (int i = 0; i < values.size(); ++i)
            bindValue(*s, i + 1, values[i]);
        Result<bool> row = s->step();
        if (!row)
            return failure(row.error());
        const QString key = keyOf(table, *s);
        if (Status ok = s->run(); !ok)
            return failure(ok.error());
        if (!table.afterInsertSql.isEmpty()) {
            Result<Statement> after = m_db.prepare(table.afterInsertSql);
            if (!after)
                return failure(after.error());
            if (Status ok = after->bind(1, key.toLongLong()).run(); !ok)
                return failure(ok.error());
        }
        return key;
    }

    // Remembers which local row the object is, and the server change it is now at.
    Status record(const SyncTable& table, const SyncRow& row, const std::optional<QString>& key, bool deleted)
    {
        if (key) {
            Result<Statement> other =
                m_db.prepare(u"DELETE FROM sync_map WHERE kind = ?1 AND key = ?2 AND global_id <> ?3"_s);
            if (!other)
                return failure(other.error());
            if (Status ok = other->bind(1, table.kind).bind(2, *key).bind(3, row.globalId).run(); !ok)
                return ok;
        }
        Result<Statement> s = m_db.prepare(
            u"INSERT INTO sync_map (global_id, kind, key, change, owner, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
            "ON CONFLICT (global_id) DO UPDATE SET key = excluded.key, change = excluded.change, "
            "owner = excluded.owner, deleted = excluded.deleted"_s);
        if (!s)
            return failure(s.error());
        s->bind(1, row.globalId)
            .bind(2, table.kind)
            .bind(4, row.change)
            .bind(5, row.annotator)
            .bind(6, deleted ? 1 : 0);
        if (key)
            s->bind(3, *key);
        else
            s->bindNull(3);
        return s->run();
    }

    Database& m_db;
    const QString m_now;
    int m_changed = 0;
    qint64 m_bodyArticle = -1;
    QString m_body;
};

Status recordHistory(Database& db, const QList<HistoryEntry>& history)
{
    Result<Statement> s = db.prepare(
        u"INSERT OR IGNORE INTO sync_history (id, kind, global_id, data, changed_by, changed_at, lost_to, recorded) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    if (!s)
        return failure(s.error());
    for (const HistoryEntry& h : history) {
        s->reset();
        s->bind(1, h.id).bind(2, h.kind).bind(3, h.globalId).bindText(4, h.data).bind(5, h.changedBy);
        s->bind(6, h.changedAt).bind(7, h.lostTo).bind(8, h.recorded);
        if (Status ok = s->run(); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<int> PulledChanges::apply(Database& db, const Incoming& incoming)
{
    Applier applier(db);
    Status ok = inTransaction(db, [&]() -> Status {
        if (Status marked = db.exec(u"INSERT INTO sync_applying VALUES (1)"_s); !marked)
            return marked;
        for (const SyncRow& row : incoming.rows)
            if (Status applied = applier.apply(row); !applied)
                return applied;
        if (Status recorded = recordHistory(db, incoming.history); !recorded)
            return recorded;
        Result<Statement> last = db.prepare(u"INSERT INTO sync_state (name, value) VALUES ('last_change', ?1) "
                                            "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
        if (!last)
            return failure(last.error());
        if (Status saved = last->bind(1, QString::number(incoming.lastChange)).run(); !saved)
            return saved;
        return db.exec(u"DELETE FROM sync_applying"_s);
    });
    if (!ok)
        return failure(ok.error());
    return applier.changed();
}

} // namespace hamish

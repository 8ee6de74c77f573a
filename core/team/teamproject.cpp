#include "team/teamproject.h"

#include "storage/synctables.h"
#include "team/pgconnection.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

// The functions the row-level security policies call.
const char16_t* const Functions = uR"sql(
CREATE FUNCTION hamish.setting(name text) RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT value FROM hamish.project WHERE project.name = setting.name $$;
CREATE FUNCTION hamish.is_curator() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT pg_has_role(current_user, hamish.setting('curator_role'), 'MEMBER') $$;
-- A layer's rows: the annotator's own, and the gold layer for the curator.
CREATE FUNCTION hamish.may_write_layer(owner text) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT owner = current_user OR (owner = hamish.setting('gold_layer') AND hamish.is_curator()) $$;
-- Keeps hamish.kind_change up to date, whoever writes a kind's table.
CREATE FUNCTION hamish.note_kind_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hamish.kind_change (kind, change)
    SELECT TG_TABLE_NAME, max(change) FROM changed_rows HAVING max(change) IS NOT NULL
    ON CONFLICT (kind) DO UPDATE SET change = greatest(hamish.kind_change.change, excluded.change);
    RETURN NULL;
END $$;
-- A shared definition: anybody's, but the curator's own only by the curator.
CREATE FUNCTION hamish.may_change_shared(owner text) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT owner <> hamish.setting('curator_role') OR hamish.is_curator() $$;
)sql";

QString kindTable(const SyncTable& table)
{
    const QString k = table.kind;
    QString sql = uR"sql(
CREATE TABLE hamish.%1 (
    global_id  text PRIMARY KEY,
    annotator  text NOT NULL,
    changed_by text NOT NULL DEFAULT current_user,
    origin     text NOT NULL,
    change     bigint NOT NULL,
    changed_at text NOT NULL,
    deleted    boolean NOT NULL DEFAULT false,
    data       jsonb
);
CREATE INDEX %1_by_change ON hamish.%1 (change);
ALTER TABLE hamish.%1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON hamish.%1 FOR SELECT USING (true);
CREATE TRIGGER %1_inserted AFTER INSERT ON hamish.%1 REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hamish.note_kind_change();
CREATE TRIGGER %1_updated AFTER UPDATE ON hamish.%1 REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hamish.note_kind_change();
)sql"_s.arg(k);
    const QString may =
        table.isLayered() ? u"hamish.may_write_layer(annotator)"_s : u"hamish.may_change_shared(annotator)"_s;
    const QString mayInsert = table.isLayered() ? may : u"annotator = current_user"_s;
    sql += uR"sql(
CREATE POLICY writer_inserts ON hamish.%1 FOR INSERT WITH CHECK (%2 AND changed_by = current_user);
CREATE POLICY writer_updates ON hamish.%1 FOR UPDATE USING (%3) WITH CHECK (%3 AND changed_by = current_user);
CREATE POLICY writer_deletes ON hamish.%1 FOR DELETE USING (%3);
)sql"_s.arg(k, mayInsert, may);
    return sql;
}

// Version 1: the project's settings, the change sequence, a table per synced kind, and the
// history of the versions that lost a conflict.
QString version1()
{
    QString sql = uR"sql(
CREATE TABLE hamish.project (
    name  text PRIMARY KEY,
    value text NOT NULL
);
CREATE SEQUENCE hamish.change_seq;
-- The last change of each kind, so that a pull asks only the tables that changed.
CREATE TABLE hamish.kind_change (
    kind   text PRIMARY KEY,
    change bigint NOT NULL
);
ALTER TABLE hamish.kind_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON hamish.kind_change FOR SELECT USING (true);
CREATE POLICY pushers_insert ON hamish.kind_change FOR INSERT WITH CHECK (true);
CREATE POLICY pushers_update ON hamish.kind_change FOR UPDATE USING (true) WITH CHECK (true);
CREATE TABLE hamish.history (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,
    global_id   text NOT NULL,
    deleted     boolean NOT NULL,
    data        jsonb,
    changed_by  text NOT NULL,
    changed_at  text NOT NULL,
    lost_to     text NOT NULL,
    recorded_by text NOT NULL DEFAULT current_user,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE hamish.history ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON hamish.history FOR SELECT USING (true);
CREATE POLICY recorder_inserts ON hamish.history FOR INSERT WITH CHECK (recorded_by = current_user);
)sql"_s;
    sql += QString::fromUtf16(Functions);
    for (const SyncTable& table : syncTables())
        sql += kindTable(table);
    return sql;
}

QList<QString (*)()> steps()
{
    return {version1};
}

Result<QString> quoted(PgConnection& server, const QString& identifier)
{
    Result<PgRows> rows = server.query(u"SELECT quote_ident($1)"_s, {identifier});
    if (!rows)
        return failure(rows.error());
    return rows->rows.value(0).value(0);
}

Result<bool> roleExists(PgConnection& server, const QString& role)
{
    Result<PgRows> rows = server.query(u"SELECT 1 FROM pg_roles WHERE rolname = $1"_s, {role});
    if (!rows)
        return failure(rows.error());
    return !rows->rows.isEmpty();
}

Status createRole(PgConnection& server, const QString& role, const QString& options)
{
    Result<bool> exists = roleExists(server, role);
    if (!exists)
        return failure(exists.error());
    if (*exists)
        return {};
    Result<QString> name = quoted(server, role);
    if (!name)
        return failure(name.error());
    return server.exec(u"CREATE ROLE %1 %2"_s.arg(*name, options));
}

Result<int> currentVersion(PgConnection& server)
{
    Result<PgRows> schema = server.query(u"SELECT to_regclass('hamish.schema_version') IS NOT NULL"_s);
    if (!schema)
        return failure(schema.error());
    if (schema->rows.value(0).value(0) != u"t"_s)
        return 0;
    Result<PgRows> version = server.query(u"SELECT version FROM hamish.schema_version"_s);
    if (!version)
        return failure(version.error());
    return version->rows.value(0).value(0).toInt();
}

Status migrate(PgConnection& server)
{
    Result<int> current = currentVersion(server);
    if (!current)
        return failure(current.error());
    if (*current > TeamServer::latestSchemaVersion())
        return failure(TeamServer::tr("The team project was made by a newer Hamish (schema %1; this one knows %2).")
                           .arg(*current)
                           .arg(TeamServer::latestSchemaVersion()));
    const QList<QString (*)()> all = steps();
    for (int step = *current + 1; step <= TeamServer::latestSchemaVersion(); ++step) {
        QString sql = u"BEGIN;\n"_s;
        if (step == 1)
            sql += u"CREATE SCHEMA hamish;\nCREATE TABLE hamish.schema_version (version integer NOT NULL);\n"
                   "INSERT INTO hamish.schema_version VALUES (0);\n"_s;
        sql += all[step - 1]();
        sql += u"UPDATE hamish.schema_version SET version = %1;\nCOMMIT;\n"_s.arg(step);
        if (Status ok = server.exec(sql); !ok) {
            (void)server.exec(u"ROLLBACK"_s);
            return failure(
                TeamServer::tr("Upgrading the team project to schema %1 failed: %2").arg(step).arg(ok.error()));
        }
    }
    return {};
}

Status setDefault(PgConnection& server, const QString& name, const QString& value)
{
    Result<PgRows> rows = server.query(
        u"INSERT INTO hamish.project (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING"_s, {name, value});
    return rows ? Status{} : failure(rows.error());
}

Status grantTeam(PgConnection& server, const TeamProject& project)
{
    Result<QString> team = quoted(server, project.teamRole);
    if (!team)
        return failure(team.error());
    QString sql = u"GRANT USAGE ON SCHEMA hamish TO %1;\n"
                  "GRANT SELECT ON ALL TABLES IN SCHEMA hamish TO %1;\n"
                  "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA hamish TO %1;\n"
                  "GRANT INSERT ON hamish.history TO %1;\n"
                  "GRANT INSERT, UPDATE ON hamish.kind_change TO %1;\n"_s.arg(*team);
    for (const SyncTable& table : syncTables())
        sql += u"GRANT INSERT, UPDATE, DELETE ON hamish.%1 TO %2;\n"_s.arg(table.kind, *team);
    return server.exec(sql);
}

} // namespace

int TeamServer::latestSchemaVersion()
{
    return int(steps().size());
}

Result<TeamProject> TeamServer::init(PgConnection& server, const QString& curatorRole, const QString& goldLayer)
{
    if (Status ok = migrate(server); !ok)
        return failure(ok.error());
    Result<PgRows> database = server.query(u"SELECT current_database()"_s);
    if (!database)
        return failure(database.error());
    const QString teamRole = database->rows.value(0).value(0) + u"_team"_s;
    for (const auto& [name, value] :
         {std::pair{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, std::pair{u"team_role"_s, teamRole},
          std::pair{u"curator_role"_s, curatorRole}, std::pair{u"gold_layer"_s, goldLayer}})
        if (Status ok = setDefault(server, name, value); !ok)
            return failure(ok.error());
    Result<TeamProject> project = read(server);
    if (!project)
        return failure(project.error());
    if (Status ok = createRole(server, project->teamRole, u"NOLOGIN"_s); !ok)
        return failure(ok.error());
    if (Status ok = grantTeam(server, *project); !ok)
        return failure(ok.error());
    if (Status ok = addAnnotator(server, project->curatorRole, false); !ok)
        return failure(ok.error());
    return project;
}

Status TeamServer::addAnnotator(PgConnection& server, const QString& name, bool curator)
{
    if (name.trimmed().isEmpty() || name != name.trimmed())
        return failure(tr("An annotator's name may not be empty or begin or end with a space."));
    Result<TeamProject> project = read(server);
    if (!project)
        return failure(project.error());
    Result<QString> team = quoted(server, project->teamRole);
    if (!team)
        return failure(team.error());
    if (Status ok = createRole(server, name, u"LOGIN"_s); !ok)
        return failure(ok.error());
    Result<QString> role = quoted(server, name);
    if (!role)
        return failure(role.error());
    QString sql = u"GRANT %1 TO %2;\n"_s.arg(*team, *role);
    if (curator) {
        Result<QString> curatorRole = quoted(server, project->curatorRole);
        if (!curatorRole)
            return failure(curatorRole.error());
        sql += u"GRANT %1 TO %2;\n"_s.arg(*curatorRole, *role);
    }
    return server.exec(sql);
}

Result<TeamProject> TeamServer::read(PgConnection& server)
{
    Result<int> version = currentVersion(server);
    if (!version)
        return failure(version.error());
    if (*version == 0)
        return failure(tr("This database holds no team project; make one with hamish team init."));
    if (*version > latestSchemaVersion())
        return failure(tr("The team project was made by a newer Hamish (schema %1; this one knows %2).")
                           .arg(*version)
                           .arg(latestSchemaVersion()));
    Result<PgRows> rows = server.query(u"SELECT name, value FROM hamish.project"_s);
    if (!rows)
        return failure(rows.error());
    TeamProject project;
    project.schemaVersion = *version;
    for (const QStringList& row : rows->rows) {
        const QString& name = row.value(0);
        const QString& value = row.value(1);
        if (name == u"id"_s)
            project.id = value;
        else if (name == u"team_role"_s)
            project.teamRole = value;
        else if (name == u"curator_role"_s)
            project.curatorRole = value;
        else if (name == u"gold_layer"_s)
            project.goldLayer = value;
    }
    if (project.id.isEmpty() || project.teamRole.isEmpty() || project.curatorRole.isEmpty())
        return failure(tr("The team project's settings are incomplete; run hamish team init again."));
    return project;
}

Result<bool> TeamServer::isCurator(PgConnection& server)
{
    Result<PgRows> rows = server.query(u"SELECT hamish.is_curator()"_s);
    if (!rows)
        return failure(rows.error());
    return rows->rows.value(0).value(0) == u"t"_s;
}

} // namespace hamish

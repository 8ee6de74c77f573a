#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace hamish {

class PgConnection;

// A team project's settings, as its server keeps them.
struct TeamProject
{
    QString id;          // a UUID made by `team init`; a library syncs with one project only
    QString teamRole;    // the group role every annotator is a member of
    QString curatorRole; // the role that writes the gold layer and owns the curated definitions
    QString goldLayer;   // the gold layer's annotator name
    int schemaVersion = 0;
};

// The server side of a team project (issue 18): its schema in a PostgreSQL database, versioned and
// migrated in transactions, and its roles. Every table holding synced objects has the columns
// global_id, annotator (whose layer, or who made a shared object), changed_by, origin (the
// library that wrote it last), change (from one sequence, so that "what changed since" is one
// index range), changed_at, deleted (deletions stay as tombstones) and data (the object, as JSON).
// Row-level security lets an annotator write only their own layer's rows; only the curator writes
// the gold layer and changes the shared definitions the curator made.
class TeamServer
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    static int latestSchemaVersion();
    // Number of the advisory lock that orders pushes: a push holds it exclusively until it commits,
    // a pull shares it, so change numbers become visible in order.
    static constexpr qint64 PushLock = 0x48414d495348; // "HAMISH"

    // Creates or upgrades the project's schema and creates its team and curator roles. The
    // connection's role must be allowed to create schemas and roles.
    static Result<TeamProject> init(PgConnection& server, const QString& curatorRole, const QString& goldLayer);
    // Creates a login role for an annotator (a member of the team role; with `curator`, also of the
    // curator role).
    static Status addAnnotator(PgConnection& server, const QString& name, bool curator);
    // The project this server holds; a failure when it has none or a newer schema.
    static Result<TeamProject> read(PgConnection& server);
    // Whether the connection's role may write the gold layer.
    static Result<bool> isCurator(PgConnection& server);
};

} // namespace hamish

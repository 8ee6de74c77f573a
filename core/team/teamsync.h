#pragma once

#include "result.h"
#include "team/pulledchanges.h"

#include <QCoreApplication>
#include <QString>

namespace hamish {

class Database;
class PgConnection;

// What one sync did.
struct SyncSummary
{
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int notPushable = 0; // changes in layers the connection's role may not write, left in the outbox

    // "pushed N, pulled M, conflicts K", as `hamish sync` prints it.
    QString text() const;
};

// One sync of a library with its team project (issue 18): push the local changes since the last
// sync, then pull everybody else's.
//
// Safe to interrupt at any moment. Global ids are committed locally before anything is pushed; the
// push is one server transaction of upserts keyed by global id, so a push repeated after a kill
// changes nothing twice; the outbox entries are removed only after the server committed, and only
// those pushed (a later change has a later entry); what is pulled is applied in one local
// transaction with the position it reached.
//
// Shared objects (types, label sets, the entity registry, article metadata…) follow one rule: the
// last change wins, by the time it was made; the version that lost goes to the server's history
// (and every library's sync_history). A shared object the curator made can only be changed by the
// curator: another annotator's change to it loses.
class TeamSync
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)

public:
    static Result<SyncSummary> run(Database& db, PgConnection& server);
    // The versions of shared objects that lost a conflict, as the last sync brought them, newest
    // first.
    static Result<QList<HistoryEntry>> history(Database& db);
};

} // namespace hamish

#pragma once

#include "result.h"
#include "team/syncrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace hamish {

class Database;

// What a library has to push: its outbox, read into rows with global ids (issue 18).
struct Outgoing
{
    QList<SyncRow> rows;
    QList<qint64> settledSeqs; // outbox entries with nothing to push (gone, or another layer's deletion)
    QList<qint64> keptSeqs;    // changes to layers this role may not write; they stay in the outbox
    int notPushable = 0;
};

// Takes each row as it is read, to send it on while the rest is read.
using RowSink = std::function<Status(const SyncRow&)>;

class LocalChanges
{
    Q_DECLARE_TR_FUNCTIONS(LocalChanges)

public:
    // Reads the outbox and gives every changed object its global id, in one transaction that is
    // committed before anything is pushed, so that a push repeated after a kill sends the same ids.
    // With a sink, each row goes to it as soon as it is read and is kept in Outgoing without its
    // data; the transaction commits after the last row went to the sink.
    static Result<Outgoing> collect(Database& db, const SyncIdentity& identity, const RowSink& sink = {});
    // After the server committed: records the server's change of each pushed object and empties the
    // outbox entries that were pushed or settled (a later change to the object has a later entry,
    // which stays).
    static Status acknowledge(Database& db, const Outgoing& outgoing, const QHash<QString, qint64>& changes);
};

} // namespace hamish

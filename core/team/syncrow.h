#pragma once

#include <QByteArray>
#include <QString>

namespace hamish {

// One object on its way to or from the team server.
struct SyncRow
{
    QString kind;
    QString globalId;
    QString annotator; // whose layer, or who made a shared object
    bool deleted = false;
    QByteArray data;   // the object as compact JSON; empty for a deletion
    QString changedAt; // when it was last changed (UTC, ISO 8601)
    QString changedBy;
    // Pushing: the server change this library last saw of the object. Pulled: the row's change.
    qint64 change = 0;
    qint64 outboxSeq = 0; // pushing: the outbox entry it came from
};

// Who is pushing, and which layers that role may write.
struct SyncIdentity
{
    QString annotator; // the connection's role
    QString goldLayer;
    bool curator = false;

    bool mayWriteLayer(const QString& owner) const { return owner == annotator || (curator && owner == goldLayer); }
};

} // namespace hamish

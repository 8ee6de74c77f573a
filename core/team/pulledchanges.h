#pragma once

#include "result.h"
#include "team/syncrow.h"

#include <QCoreApplication>
#include <QList>

namespace hamish {

class Database;

// A version of a shared object that lost a conflict, as the server's history keeps it.
struct HistoryEntry
{
    qint64 id = 0;
    QString kind, globalId, changedBy, changedAt, lostTo, recorded;
    QByteArray data;
};

// What a pull brought.
struct Incoming
{
    QList<SyncRow> rows; // parents' kinds before children's, each kind in the server's order
    QList<HistoryEntry> history;
    qint64 lastChange = 0; // every change up to this one has been seen
};

// Applies what a sync pulled to the library, in one transaction: all of it or, when one object is
// bad (offsets past its article's end, text too long, a reference to something unknown), none of
// it, with a message naming the object. Objects with a local change not pushed yet keep it: the
// next push decides between the two.
class PulledChanges
{
    Q_DECLARE_TR_FUNCTIONS(PulledChanges)

public:
    // Returns how many objects changed in the library.
    static Result<int> apply(Database& db, const Incoming& incoming);

    // The longest text a pulled object may hold: an article's body, and any other field.
    static constexpr qsizetype MaxBodyLength = 50'000'000;
    static constexpr qsizetype MaxFieldLength = 1'000'000;
};

} // namespace hamish

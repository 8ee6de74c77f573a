#pragma once

#include "result.h"
#include "versions/orphan.h"
#include "versions/reanchor.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace hamish {

class Database;

// One version of an article: its number (1 is the text first imported), when it was imported,
// its length in code points and how many code points changed since the version before.
struct ArticleVersion
{
    int number = 1;
    QDateTime imported;
    qsizetype characters = 0;
    qsizetype changed = 0;
};

// How one annotation was carried to a version, and what its review made of it.
struct PlacementRecord
{
    qint64 annotationId = 0;
    qint64 articleId = 0;
    int version = 0; // the version it was carried to
    Placement placement = Placement::Orphan;
    qsizetype oldStart = 0; // UTF-16 units of the version before
    qsizetype oldEnd = 0;
    qsizetype newStart = -1; // of `version`; -1 for an orphan
    qsizetype newEnd = -1;
    double similarity = 0;
    QString quote;  // the text it had in the version before
    QString review; // "", "accepted", "replaced", "deleted"

    // Fuzzy placements and orphans wait for a review.
    bool waitsForReview() const
    {
        return review.isEmpty() && (placement == Placement::Fuzzy || placement == Placement::Orphan);
    }
};

// SQL for versions, placements and orphans. Writes are expected inside the caller's transaction;
// VersionService is the one writer.
class VersionStore
{
public:
    explicit VersionStore(Database& db)
        : m_db(db)
    {
    }

    // The stored versions, oldest first; none for an article that was never re-imported.
    Result<QList<ArticleVersion>> versions(qint64 articleId);
    Result<std::optional<QString>> body(qint64 articleId, int version);
    // The article one of whose versions has this content hash.
    Result<std::optional<qint64>> articleWithVersion(const QString& contentHash);
    Status insertVersion(qint64 articleId, int version, const QString& body, const QString& contentHash,
                         const QDateTime& imported, qsizetype changed);
    Status setBody(qint64 articleId, const QString& body);

    Status insertPlacements(const QList<PlacementRecord>& placements);
    // Of one article (0: of all), the placements of the re-anchoring that made its latest version,
    // in article and old-position order; only those waiting for review when `waiting` (and whose
    // annotation or orphan is still there: one deleted since needs no review).
    Result<QList<PlacementRecord>> latestPlacements(qint64 articleId, bool waiting = false);
    Result<std::optional<PlacementRecord>> placement(qint64 articleId, int version, qint64 annotationId);
    Status setReview(const PlacementRecord& placement);

    Status insertOrphan(const Orphan& orphan);
    Status removeOrphan(qint64 annotationId);
    // An article's orphans on one version (0: on any), in old-position order.
    Result<QList<Orphan>> orphans(qint64 articleId, int version = 0);
    Result<std::optional<Orphan>> orphan(qint64 annotationId);

private:
    Database& m_db;
};

} // namespace hamish

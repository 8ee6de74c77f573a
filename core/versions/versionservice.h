#pragma once

#include "result.h"
#include "versions/orphan.h"
#include "versions/versionstore.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace hamish {

class AnnotationService;
class Library;
class TextDiff;

// What a new version did to the annotations it carried.
struct VersionOutcome
{
    qint64 articleId = 0;
    int version = 0;
    int exact = 0;
    int shifted = 0;
    int fuzzy = 0;
    int orphans = 0;
};

// One item of the review queue as it stands: its placement, the annotation where the current
// version has it (with its relations), or the orphan kept on the old version.
struct ReviewState
{
    PlacementRecord placement;
    std::optional<Orphan> current; // `version` unused
    std::optional<Orphan> orphan;
};

// Versions of articles as a core workflow. A new text of an article becomes its newest version:
// every version's text is kept, the article's body becomes the new one, and its annotations
// (every annotator's) are carried by reanchor(): exact and shifted ones silently, fuzzy ones and
// orphans recorded for review. Review actions write one transaction each and return the state
// before them, which restore() puts back (undo).
class VersionService final : public QObject
{
    Q_OBJECT

public:
    // `annotations`, when given, is told of the annotations that changed so that its views update.
    explicit VersionService(Library& library, AnnotationService* annotations = nullptr, QObject* parent = nullptr);

    // Inside the caller's transaction (an import); nothing when `body` is a text the article
    // already had. Announces nothing.
    Result<std::optional<VersionOutcome>> addVersionWithin(qint64 articleId, const QString& body,
                                                           const QDateTime& imported);
    // In a transaction of its own, announced.
    Result<std::optional<VersionOutcome>> addVersion(qint64 articleId, const QString& body);

    // Oldest first; an article never re-imported has its one version.
    Result<QList<ArticleVersion>> versions(qint64 articleId);
    // The text of one version (UTF-16 as stored).
    Result<QString> body(qint64 articleId, int version);
    // The latest re-anchoring of one article (0: of each article).
    Result<QList<PlacementRecord>> report(qint64 articleId);
    Result<QList<PlacementRecord>> reviewQueue(qint64 articleId);
    Result<QList<Orphan>> orphans(qint64 articleId, int version = 0);

    Result<ReviewState> reviewState(const PlacementRecord& placement);
    // Keeps the placement (a fuzzy one where it is, an orphan on its old version).
    Result<ReviewState> accept(const PlacementRecord& placement);
    // Puts the annotation at [start, end) of the current body (UTF-16 units).
    Result<ReviewState> replace(const PlacementRecord& placement, qsizetype start, qsizetype end);
    // Deletes the annotation (or the orphan) and what hangs on it.
    Result<ReviewState> discard(const PlacementRecord& placement);
    // Makes the library hold `state` again (undo and redo of the actions above).
    Status restore(const ReviewState& state);

signals:
    void reviewChanged(qint64 articleId);

private:
    // `diff` is TextDiff(before, after), made once for the annotations and the rejected suggestions.
    Status carry(qint64 articleId, int fromVersion, const TextDiff& diff, const QString& before, const QString& after,
                 VersionOutcome& outcome);
    Result<ReviewState> change(const PlacementRecord& placement, const std::function<Status(ReviewState&)>& edit);
    Status apply(const ReviewState& state);
    void announce(qint64 articleId);

    Library& m_library;
    AnnotationService* m_annotations;
};

} // namespace hamish

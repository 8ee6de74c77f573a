#pragma once

#include "agreement/layercomparison.h"
#include "result.h"

#include <QCoreApplication>

namespace hamish {

class Library;

// A disagreement a curator left out of the gold layer on purpose.
struct Rejection
{
    qint64 articleId = 0;
    QString item; // the disagreement's key
};

// One curation decision as it was written: what went into the curator's layer and what left it.
// Undo takes it back, redo makes it again with the same ids, each in one transaction.
struct CurationStep
{
    QList<Annotation> addedSpans;
    QList<Annotation> removedSpans;
    QList<Relation> addedRelations;
    QList<Relation> removedRelations; // the curator's, including those that went with removed spans
    QList<ArticleLabel> addedLabels;
    QList<ArticleLabel> removedLabels;
    QList<Rejection> addedRejections;
    QList<Rejection> removedRejections;

    bool isEmpty() const;
    QList<qint64> articles() const;
};

// Disagreements resolved and remaining in one article.
struct CurationCount
{
    qint64 articleId = 0;
    int resolved = 0;
    int remaining = 0;
};

// Building a gold layer (the curator's, `gold` by default) from the annotators' layers: a
// disagreement is decided by taking one layer's side, by spans of the curator's own (an edit) or
// by rejecting every side; what all layers agree on is taken in one step. Each decision replaces
// the curator's earlier one for the same disagreement and is committed at once.
class Curation
{
    Q_DECLARE_TR_FUNCTIONS(Curation)

public:
    explicit Curation(Library& library, QString curator = QStringLiteral("gold"));

    QString curator() const { return m_curator; }

    // Spans: the entity tags with their place, type and annotator only (AnnotationStore::entitySpans),
    // for a view; Full: everything, as the decisions copy it.
    // `before` >= 0 (with Spans): only the tags that start before it.
    enum class Detail { Full, Spans };
    Result<ArticleLayers> load(qint64 articleId, Detail detail = Detail::Full, qsizetype before = -1);
    // `layers` empty: every annotator of the article but the curator.
    Result<LayerComparison> compare(qint64 articleId, QStringList layers = {});

    // The curator's layer takes `side`'s spans, relations or labels (an index into the layers).
    Result<CurationStep> accept(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement,
                                int side);
    // The curator's layer takes copies of these spans (entity tags with the span and type the
    // curator chose) for a span disagreement.
    Result<CurationStep> decide(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement,
                                const QList<Annotation>& spans);
    // None of the sides: the curator's layer holds nothing there, and it counts as resolved.
    Result<CurationStep> reject(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement);
    // Everything every layer agrees on, in these articles (empty: those every layer marked done).
    Result<CurationStep> acceptAgreed(const QStringList& layers, QList<qint64> articles = {});

    Status undo(const CurationStep& step);
    Status redo(const CurationStep& step);

    // Per article with two or more layers besides the curator's (or of these), what is resolved;
    // over these articles only, if any are named.
    Result<QList<CurationCount>> progress(const QStringList& layers = {}, const QList<qint64>& articles = {});

private:
    // Takes the curator's earlier decision on `disagreement` out (into the step).
    void clearDecision(const ArticleLayers& article, const LayerComparison& comparison,
                       const Disagreement& disagreement, CurationStep& step) const;
    // Adds a copy of `span` to the curator's layer unless it holds one; returns its (maybe temporary) id.
    qint64 goldCopy(const ArticleLayers& article, const Annotation& span, CurationStep& step) const;
    // Writes a step built in memory (temporary negative ids become real ones).
    Result<CurationStep> write(CurationStep step);
    Status apply(CurationStep& step, bool assignIds);
    Status revert(const CurationStep& step);
    Result<QStringList> layersOf(qint64 articleId);

    Library& m_library;
    QString m_curator;
};

} // namespace hamish

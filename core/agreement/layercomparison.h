#pragma once

#include "annotations/annotation.h"
#include "annotations/relation.h"
#include "annotations/schema.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace hamish {

// How an entity span of one compared layer stands against the others: every other layer has the
// same span with the same type; one has the same span with another type; one has an overlapping
// span with other boundaries; or no other layer has anything there.
enum class SpanMatch { Agree, OtherType, OtherBoundaries, OnlyOne };

enum class DisagreementKind { Span, Relation, Label };

// One place where the compared layers differ, which a curator resolves once: overlapping spans
// (the connected run of spans some layer does not share exactly), the relations between one pair
// of places, or one document label set.
struct Disagreement
{
    DisagreementKind kind = DisagreementKind::Span;
    QString key;         // identity for the curator's rejections: span:S:E, relation:S:E>S:E, label:SET
    qsizetype start = 0; // the text it covers (UTF-16 units); a label set: 0, 0
    qsizetype end = 0;
    qint64 labelSetId = 0;
    QList<QList<Annotation>> spans;   // per compared layer, in the order given
    QList<QList<Relation>> relations; // per compared layer
    QList<QList<qint64>> labels;      // per compared layer
    bool resolved = false;            // the curator's layer holds a decision, or rejected it
};

// Everything of one article the comparison reads, every layer's.
struct ArticleLayers
{
    qint64 articleId = 0;
    QList<Annotation> annotations;
    QList<Relation> relations;
    QList<ArticleLabel> labels;
    QHash<qint64, qint64> labelSets; // label id → its set's id
    QSet<QString> rejected;          // the curator's rejected disagreement keys
};

struct LayerComparison
{
    QStringList layers;
    QHash<qint64, SpanMatch> matches;  // every compared entity span's standing, by annotation id
    QList<Disagreement> disagreements; // label sets first, then in text order

    int resolved() const;
    int remaining() const { return int(disagreements.size()) - resolved(); }
    // The disagreement after (or before) the one at `index` in text order, wrapping; -1 if none.
    int next(int index, bool forward) const;
};

// Compares the entity spans, relations and document labels of `layers` in one article, and marks
// the disagreements the curator's layer has decided (any span of its own there that is not a copy
// of an agreed one, a relation between the same places, a label of the set) or rejected.
LayerComparison compareLayers(const ArticleLayers& article, const QStringList& layers, const QString& curator);

// A span's place and type, the same in every layer.
QString spanPlace(qsizetype start, qsizetype end);
QString spanIdentity(const Annotation& annotation);
// The key of the relations disagreement between the places of these two ends.
QString relationKey(const Annotation& from, const Annotation& to);

} // namespace hamish

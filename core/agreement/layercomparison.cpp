#include "agreement/layercomparison.h"

#include <algorithm>

namespace hamish {

QString spanPlace(qsizetype start, qsizetype end)
{
    return QStringLiteral("%1:%2").arg(start).arg(end);
}

QString spanIdentity(const Annotation& annotation)
{
    return spanPlace(annotation.start, annotation.end) + QLatin1Char(':') + QString::number(annotation.entityTypeId);
}

QString relationKey(const Annotation& from, const Annotation& to)
{
    return QStringLiteral("relation:") + spanPlace(from.start, from.end) + QLatin1Char('>')
           + spanPlace(to.start, to.end);
}

int LayerComparison::resolved() const
{
    return int(
        std::count_if(disagreements.cbegin(), disagreements.cend(), [](const Disagreement& d) { return d.resolved; }));
}

int LayerComparison::next(int index, bool forward) const
{
    const int count = int(disagreements.size());
    if (count == 0)
        return -1;
    if (index < 0 || index >= count)
        return forward ? 0 : count - 1;
    return forward ? (index + 1) % count : (index + count - 1) % count;
}

namespace {

// A span's place and type as a hashable value: the comparison builds tens of thousands of them.
struct SpanKey
{
    qsizetype start;
    qsizetype end;
    qint64 type;
    bool operator==(const SpanKey&) const = default;
};

size_t qHash(const SpanKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.start, key.end, key.type);
}

SpanKey keyOf(const Annotation* a, bool withType = true)
{
    return {a->start, a->end, withType ? a->entityTypeId : -1};
}

struct LayerSpan
{
    const Annotation* annotation;
    int layer;
};

// The spans some layer does not share exactly, grouped into runs of overlapping ones; each span
// that overlaps another layer's differing span has other boundaries, unless its place matches.
void compareSpans(const QList<QList<const Annotation*>>& spansOf, LayerComparison& out, QSet<SpanKey>& agreed)
{
    const qsizetype layers = spansOf.size();
    QList<QSet<SpanKey>> identities(layers);
    QList<QSet<SpanKey>> places(layers);
    for (qsizetype i = 0; i < layers; ++i) {
        identities[i].reserve(spansOf.at(i).size());
        places[i].reserve(spansOf.at(i).size());
        for (const Annotation* a : spansOf.at(i)) {
            identities[i].insert(keyOf(a));
            places[i].insert(keyOf(a, false));
        }
    }
    QList<LayerSpan> differing;
    for (qsizetype i = 0; i < layers; ++i) {
        for (const Annotation* a : spansOf.at(i)) {
            const SpanKey identity = keyOf(a);
            const SpanKey place = keyOf(a, false);
            bool everywhere = true;
            bool otherType = false;
            for (qsizetype j = 0; j < layers; ++j) {
                if (j == i || identities.at(j).contains(identity))
                    continue;
                everywhere = false;
                otherType = otherType || places.at(j).contains(place);
            }
            if (everywhere) {
                out.matches.insert(a->id, SpanMatch::Agree);
                agreed.insert(identity);
                continue;
            }
            out.matches.insert(a->id, otherType ? SpanMatch::OtherType : SpanMatch::OnlyOne);
            differing.append({a, int(i)});
        }
    }
    std::sort(differing.begin(), differing.end(), [](const LayerSpan& x, const LayerSpan& y) {
        return x.annotation->start != y.annotation->start ? x.annotation->start < y.annotation->start
                                                          : x.annotation->end > y.annotation->end;
    });
    // Other boundaries: a differing span of another layer overlaps it.
    for (qsizetype i = 0; i < differing.size(); ++i) {
        const Annotation* a = differing.at(i).annotation;
        for (qsizetype j = i + 1; j < differing.size() && differing.at(j).annotation->start < a->end; ++j) {
            const Annotation* b = differing.at(j).annotation;
            if (differing.at(j).layer == differing.at(i).layer || (b->start == a->start && b->end == a->end))
                continue;
            for (const Annotation* s : {a, b}) {
                if (out.matches.value(s->id) == SpanMatch::OnlyOne)
                    out.matches.insert(s->id, SpanMatch::OtherBoundaries);
            }
        }
    }
    // Runs of overlapping differing spans, one disagreement each.
    for (const LayerSpan& s : std::as_const(differing)) {
        Disagreement* last = out.disagreements.isEmpty() ? nullptr : &out.disagreements.last();
        if (!last || s.annotation->start >= last->end) {
            Disagreement d;
            d.start = s.annotation->start;
            d.end = s.annotation->end;
            d.spans.resize(layers);
            out.disagreements.append(d);
            last = &out.disagreements.last();
        }
        last->end = std::max(last->end, s.annotation->end);
        last->spans[s.layer].append(*s.annotation);
    }
    for (Disagreement& d : out.disagreements)
        d.key = QStringLiteral("span:") + spanPlace(d.start, d.end);
}

void compareRelations(const ArticleLayers& article, const QStringList& layers, const QString& curator,
                      LayerComparison& out)
{
    QHash<qint64, const Annotation*> byId;
    for (const Annotation& a : article.annotations)
        byId.insert(a.id, &a);
    struct Group
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QList<QList<Relation>> relations;
        QList<QStringList> identities;
        bool curated = false;
    };
    QHash<QString, Group> groups; // by the places of both ends
    for (const Relation& r : article.relations) {
        const Annotation* from = byId.value(r.fromId);
        const Annotation* to = byId.value(r.toId);
        if (!from || !to)
            continue;
        const QString key = relationKey(*from, *to);
        const qsizetype layer = layers.indexOf(r.author);
        if (layer < 0 && r.author != curator)
            continue;
        Group& g = groups[key];
        if (g.relations.isEmpty()) {
            g.relations.resize(layers.size());
            g.identities.resize(layers.size());
            g.start = std::min(from->start, to->start);
            g.end = std::max(from->end, to->end);
        }
        if (layer < 0) {
            g.curated = true;
            continue;
        }
        g.relations[layer].append(r);
        g.identities[layer].append(
            QStringLiteral("%1:%2:%3").arg(r.typeId).arg(from->entityTypeId).arg(to->entityTypeId));
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        Group& g = it.value();
        for (QStringList& ids : g.identities)
            ids.sort();
        const bool same = std::all_of(g.identities.cbegin(), g.identities.cend(),
                                      [&](const QStringList& ids) { return ids == g.identities.first(); });
        if (same)
            continue;
        Disagreement d;
        d.kind = DisagreementKind::Relation;
        d.key = it.key();
        d.start = g.start;
        d.end = g.end;
        d.spans.resize(layers.size());
        d.relations = g.relations;
        d.resolved = g.curated || article.rejected.contains(d.key);
        out.disagreements.append(d);
    }
}

void compareLabels(const ArticleLayers& article, const QStringList& layers, const QString& curator,
                   LayerComparison& out)
{
    QHash<qint64, QList<QList<qint64>>> sets; // set → per layer its labels
    QSet<qint64> curated;
    for (const ArticleLabel& l : article.labels) {
        const qint64 set = article.labelSets.value(l.labelId);
        if (l.author == curator) {
            curated.insert(set);
            continue;
        }
        const qsizetype layer = layers.indexOf(l.author);
        if (layer < 0)
            continue;
        QList<QList<qint64>>& perLayer = sets[set];
        perLayer.resize(layers.size());
        perLayer[layer].append(l.labelId);
    }
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        for (QList<qint64>& labels : it.value())
            std::sort(labels.begin(), labels.end());
        const QList<QList<qint64>>& perLayer = it.value();
        if (std::all_of(perLayer.cbegin(), perLayer.cend(),
                        [&](const QList<qint64>& labels) { return labels == perLayer.first(); }))
            continue;
        Disagreement d;
        d.kind = DisagreementKind::Label;
        d.labelSetId = it.key();
        d.key = QStringLiteral("label:%1").arg(it.key());
        d.spans.resize(layers.size());
        d.labels = perLayer;
        d.resolved = curated.contains(it.key()) || article.rejected.contains(d.key);
        out.disagreements.append(d);
    }
}

} // namespace

LayerComparison compareLayers(const ArticleLayers& article, const QStringList& layers, const QString& curator)
{
    LayerComparison out;
    out.layers = layers;
    QList<QList<const Annotation*>> spansOf(layers.size());
    QList<const Annotation*> curated;
    for (const Annotation& a : article.annotations) {
        if (a.kind != AnnotationKind::Entity)
            continue;
        if (const qsizetype layer = layers.indexOf(a.author); layer >= 0)
            spansOf[layer].append(&a);
        else if (a.author == curator)
            curated.append(&a);
    }
    QSet<SpanKey> agreed;
    compareSpans(spansOf, out, agreed);

    // A span disagreement is decided where the curator has a span of their own that is not a
    // copy of an agreed one.
    curated.removeIf([&](const Annotation* a) { return agreed.contains(keyOf(a)); });
    std::sort(curated.begin(), curated.end(),
              [](const Annotation* x, const Annotation* y) { return x->start < y->start; });
    qsizetype longest = 0;
    for (const Annotation* a : std::as_const(curated))
        longest = std::max(longest, a->end - a->start);
    for (Disagreement& d : out.disagreements) {
        auto it = std::lower_bound(curated.cbegin(), curated.cend(), d.end,
                                   [](const Annotation* a, qsizetype end) { return a->start < end; });
        bool decided = false;
        while (!decided && it != curated.cbegin()) {
            --it;
            if ((*it)->start + longest <= d.start)
                break;
            decided = (*it)->end > d.start;
        }
        d.resolved = decided || article.rejected.contains(d.key);
    }

    compareRelations(article, layers, curator, out);
    compareLabels(article, layers, curator, out);
    std::sort(out.disagreements.begin(), out.disagreements.end(), [](const Disagreement& x, const Disagreement& y) {
        const bool xLabel = x.kind == DisagreementKind::Label;
        const bool yLabel = y.kind == DisagreementKind::Label;
        if (xLabel != yLabel)
            return xLabel;
        if (xLabel)
            return x.labelSetId < y.labelSetId;
        if (x.start != y.start)
            return x.start < y.start;
        if (x.kind != y.kind)
            return x.kind == DisagreementKind::Span;
        return x.end != y.end ? x.end < y.end : x.key < y.key;
    });
    return out;
}

} // namespace hamish

#include "versions/reanchor.h"

#include "versions/quotefinder.h"
#include "versions/textdiff.h"

#include <optional>

namespace hamish {

QString placementName(Placement placement)
{
    switch (placement) {
    case Placement::Exact:
        return QStringLiteral("exact");
    case Placement::Shifted:
        return QStringLiteral("shifted");
    case Placement::Fuzzy:
        return QStringLiteral("fuzzy");
    case Placement::Orphan:
        break;
    }
    return QStringLiteral("orphan");
}

bool placementFromName(const QString& name, Placement& placement)
{
    for (Placement p : {Placement::Exact, Placement::Shifted, Placement::Fuzzy, Placement::Orphan}) {
        if (placementName(p) == name) {
            placement = p;
            return true;
        }
    }
    return false;
}

QList<PlacedSpan> reanchor(const TextDiff& diff, QStringView before, QStringView after,
                           const QList<AnchoredSpan>& spans)
{
    std::optional<QuoteFinder> finder; // folding the new body only when a quote is looked for
    QList<PlacedSpan> placed;
    placed.reserve(spans.size());
    for (const AnchoredSpan& span : spans) {
        PlacedSpan p{span.id, Placement::Orphan, span.start, span.end};
        if (const qsizetype at = diff.mapSpan(span.start, span.end); at >= 0) {
            p.placement = at == span.start ? Placement::Exact : Placement::Shifted;
            p.newStart = at;
            p.newEnd = at + (span.end - span.start);
            p.similarity = 1;
        } else {
            if (!finder)
                finder.emplace(after);
            const qsizetype contextStart = std::max<qsizetype>(0, span.start - QuoteFinder::ContextLength);
            const QuoteMatch match = finder->find(
                before.mid(span.start, span.end - span.start), before.mid(contextStart, span.start - contextStart),
                before.mid(span.end, QuoteFinder::ContextLength), diff.approximate(span.start));
            if (match.found()) {
                p.placement = Placement::Fuzzy;
                p.newStart = match.start;
                p.newEnd = match.end;
                p.similarity = match.similarity;
            }
        }
        placed.append(p);
    }
    return placed;
}

} // namespace hamish

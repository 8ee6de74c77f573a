#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace hamish {

class TextDiff;

// How an annotation got from one version of an article to the next.
enum class Placement {
    Exact,   // the same text at the same place
    Shifted, // the same text, moved by what changed before it
    Fuzzy,   // the text under it changed: placed by its quote, prefix and suffix
    Orphan,  // no place found; it stays with the version it came from
};

QString placementName(Placement placement); // "exact", "shifted", "fuzzy", "orphan"
bool placementFromName(const QString& name, Placement& placement);

// A span of the old body (UTF-16 units).
struct AnchoredSpan
{
    qint64 id = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

struct PlacedSpan
{
    qint64 id = 0;
    Placement placement = Placement::Orphan;
    qsizetype oldStart = 0;
    qsizetype oldEnd = 0;
    qsizetype newStart = -1; // -1 for an orphan
    qsizetype newEnd = -1;
    double similarity = 0; // 1 but for fuzzy placements
};

// Carries spans from `before` to `after`: through the character diff (exact or shifted), else by
// quote with prefix and suffix on the folded text (fuzzy, at QuoteFinder::Threshold), else orphan.
// `diff` is TextDiff(before, after).
QList<PlacedSpan> reanchor(const TextDiff& diff, QStringView before, QStringView after,
                           const QList<AnchoredSpan>& spans);

} // namespace hamish

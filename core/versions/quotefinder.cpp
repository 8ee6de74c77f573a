#include "versions/quotefinder.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hamish {

QuoteFinder::QuoteFinder(QStringView body)
    : m_folded(foldWithOrigins(body))
{
}

qsizetype QuoteFinder::foldedIndex(qsizetype utf16) const
{
    const auto at = std::lower_bound(m_folded.origin.begin(), m_folded.origin.end(), utf16);
    return std::min<qsizetype>(at - m_folded.origin.begin(), m_folded.text.size());
}

// Sellers' edit distance of the pattern against every substring of the text between `from` and
// `to`, keeping for each end the start of its best alignment.
void QuoteFinder::approximateMatches(const QString& pattern, qsizetype from, qsizetype to, qsizetype maxDistance,
                                     QList<Candidate>& out) const
{
    const qsizetype m = pattern.size();
    std::vector<qsizetype> cost(m + 1), start(m + 1), nextCost(m + 1), nextStart(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        cost[i] = i;
        start[i] = from;
    }
    const QString& text = m_folded.text;
    for (qsizetype j = from; j < to; ++j) {
        nextCost[0] = 0;
        nextStart[0] = j + 1;
        const QChar c = text.at(j);
        for (qsizetype i = 1; i <= m; ++i) {
            qsizetype best = cost[i - 1] + (pattern.at(i - 1) == c ? 0 : 1);
            qsizetype bestStart = start[i - 1];
            if (cost[i] + 1 < best) {
                best = cost[i] + 1;
                bestStart = start[i];
            }
            if (nextCost[i - 1] + 1 < best) {
                best = nextCost[i - 1] + 1;
                bestStart = nextStart[i - 1];
            }
            nextCost[i] = best;
            nextStart[i] = bestStart;
        }
        std::swap(cost, nextCost);
        std::swap(start, nextStart);
        if (cost[m] <= maxDistance) {
            // Of the ends of one alignment start, the best is kept.
            if (!out.isEmpty() && out.last().start == start[m]) {
                if (cost[m] < out.last().distance)
                    out.last() = {start[m], j + 1, cost[m]};
            } else {
                out.append({start[m], j + 1, cost[m]});
            }
        }
    }
}

qsizetype QuoteFinder::contextAgreement(const Candidate& candidate, const QString& prefix, const QString& suffix) const
{
    const QString& text = m_folded.text;
    qsizetype score = 0;
    for (qsizetype k = 1;
         k <= prefix.size() && candidate.start - k >= 0 && text.at(candidate.start - k) == prefix.at(prefix.size() - k);
         ++k)
        ++score;
    for (qsizetype k = 0;
         k < suffix.size() && candidate.end + k < text.size() && text.at(candidate.end + k) == suffix.at(k); ++k)
        ++score;
    return score;
}

QuoteMatch QuoteFinder::find(QStringView quote, QStringView prefix, QStringView suffix, qsizetype near) const
{
    const QString pattern = foldForSearch(quote);
    if (pattern.isEmpty())
        return {};
    const QString foldedPrefix = foldForSearch(prefix);
    const QString foldedSuffix = foldForSearch(suffix);
    const qsizetype m = pattern.size();
    const qsizetype maxDistance = qsizetype(std::floor((1.0 - Threshold) * double(m) + 1e-9));
    const qsizetype center = foldedIndex(near);
    const qsizetype reach = Window + 8 * m;
    const qsizetype from = std::max<qsizetype>(0, center - reach);
    const qsizetype to = std::min(m_folded.text.size(), center + reach + m);

    QList<Candidate> candidates;
    approximateMatches(pattern, from, to, maxDistance, candidates);
    if (candidates.isEmpty()) {
        // Moved far: the quote as it was, anywhere.
        for (qsizetype at = m_folded.text.indexOf(pattern); at >= 0 && candidates.size() < 256;
             at = m_folded.text.indexOf(pattern, at + 1))
            candidates.append({at, at + m, 0});
    }
    if (candidates.isEmpty())
        return {};
    const auto similarity = [&](const Candidate& c) {
        return 1.0 - double(c.distance) / double(std::max(m, c.end - c.start));
    };
    const Candidate* best = nullptr;
    double bestSimilarity = -1;
    qsizetype bestContext = -1;
    qsizetype bestDistance = 0;
    const qsizetype requiredContext =
        m >= LongQuote ? 0 : std::min(MinimumContext, foldedPrefix.size() + foldedSuffix.size());
    for (const Candidate& c : candidates) {
        const double s = similarity(c);
        const qsizetype context = contextAgreement(c, foldedPrefix, foldedSuffix);
        if (context < requiredContext)
            continue;
        const qsizetype distance = std::abs(c.start - center);
        const bool better = s > bestSimilarity + 1e-9
                            || (s > bestSimilarity - 1e-9
                                && (context > bestContext || (context == bestContext && distance < bestDistance)));
        if (better) {
            best = &c;
            bestSimilarity = s;
            bestContext = context;
            bestDistance = distance;
        }
    }
    if (!best || bestSimilarity < Threshold)
        return {};
    return {m_folded.origin.at(best->start), m_folded.origin.at(best->end), bestSimilarity};
}

} // namespace hamish

#include "formats/quoteplacement.h"

#include "text/offsets.h"

namespace hamish {

namespace {

qsizetype agreement(const QString& body, qsizetype start, qsizetype end, const QString& prefix, const QString& suffix)
{
    qsizetype score = 0;
    for (qsizetype k = 1; k <= prefix.size() && start - k >= 0 && body.at(start - k) == prefix.at(prefix.size() - k);
         ++k)
        ++score;
    for (qsizetype k = 0; k < suffix.size() && end + k < body.size() && body.at(end + k) == suffix.at(k); ++k)
        ++score;
    return score;
}

} // namespace

QuotePlacement placeQuote(const QString& body, const AnchoredAnnotation& a)
{
    const qsizetype length = codePointsFromUtf16(body, body.size());
    const bool positioned = a.position >= 0 && a.positionEnd > a.position;
    const bool positionFits = positioned && a.positionEnd <= length;
    if (positionFits) {
        const qsizetype start = utf16FromCodePoints(body, a.position);
        const qsizetype end = utf16FromCodePoints(body, a.positionEnd);
        if (a.exact.isEmpty() || body.mid(start, end - start) == a.exact)
            return {start, end, {}};
    }
    if (a.exact.isEmpty()) {
        if (positioned)
            return {-1, -1,
                    QuotePlacement::tr(
                        "its position %1–%2 is past the end of the article (%3 code points) and it has no quote")
                        .arg(a.position)
                        .arg(a.positionEnd)
                        .arg(length)};
        return {-1, -1, QuotePlacement::tr("it has neither a position nor a quote to place it by")};
    }
    qsizetype best = -1, bestScore = -1;
    int count = 0;
    bool tie = false;
    for (qsizetype at = body.indexOf(a.exact); at >= 0; at = body.indexOf(a.exact, at + 1)) {
        ++count;
        const qsizetype score = agreement(body, at, at + a.exact.size(), a.prefix, a.suffix);
        if (score > bestScore) {
            best = at;
            bestScore = score;
            tie = false;
        } else if (score == bestScore) {
            tie = true;
        }
    }
    if (count == 0) {
        if (positioned && !positionFits)
            return {-1, -1,
                    QuotePlacement::tr(
                        "its position %1–%2 is past the end of the article (%3 code points), and the quote is not "
                        "in it either")
                        .arg(a.position)
                        .arg(a.positionEnd)
                        .arg(length)};
        return {-1, -1, QuotePlacement::tr("the quote is not in the article")};
    }
    if (tie)
        return {-1, -1,
                QuotePlacement::tr(
                    "the quote occurs %1 times and neither its position nor its prefix and suffix tell which")
                    .arg(count)};
    return {best, best + a.exact.size(), {}};
}

} // namespace hamish

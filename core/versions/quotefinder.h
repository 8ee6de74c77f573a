#pragma once

#include "text/arabicfold.h"

#include <QString>
#include <QStringView>

namespace hamish {

// Where a quote that left the common text of two versions is in the new one.
struct QuoteMatch
{
    qsizetype start = -1; // UTF-16 units of the new body; -1: not found
    qsizetype end = -1;
    double similarity = 0; // 1 - edit distance / quote length, on the folded text

    bool found() const { return start >= 0; }
};

// Finds quotes in one body by their folded text (the search fold: harakat, alef forms, ta
// marbuta, tatweel and digits do not count), allowing edits up to the threshold: near the place the
// diff maps the old position to first, then anywhere for the quote as it was. Among equally
// similar places the one whose prefix and suffix agree best wins, then the nearest; a short quote
// also needs some of its context (MinimumContext).
class QuoteFinder
{
public:
    explicit QuoteFinder(QStringView body);

    // `near`: a UTF-16 position of the body where the quote is expected.
    QuoteMatch find(QStringView quote, QStringView prefix, QStringView suffix, qsizetype near) const;

    static constexpr double Threshold = 0.8;
    // How far around the expected place edits are looked for, in folded units, plus eight
    // times the quote's length.
    static constexpr qsizetype Window = 2000;
    // Characters of context kept on each side of an annotation.
    static constexpr qsizetype ContextLength = 32;
    // A quote shorter than LongQuote folded units is placed only where at least MinimumContext
    // units of its prefix and suffix agree: a short name deleted from its sentence is not moved
    // to another mention of it.
    static constexpr qsizetype MinimumContext = 16;
    static constexpr qsizetype LongQuote = 16;

private:
    struct Candidate
    {
        qsizetype start = 0; // folded units
        qsizetype end = 0;
        qsizetype distance = 0;
    };

    qsizetype foldedIndex(qsizetype utf16) const;
    void approximateMatches(const QString& pattern, qsizetype from, qsizetype to, qsizetype maxDistance,
                            QList<Candidate>& out) const;
    qsizetype contextAgreement(const Candidate& candidate, const QString& prefix, const QString& suffix) const;

    FoldedText m_folded;
};

} // namespace hamish

#pragma once

#include <QStringView>

namespace hamish {

struct TextSpan
{
    qsizetype start = 0; // UTF-16 units, end exclusive
    qsizetype end = 0;

    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// How a selection becomes an annotation span. Grapheme snapping always happens.
enum class SnapMode {
    Words,           // the default: whole words, outer spaces and punctuation trimmed
    ExactCharacters, // what was selected, widened to whole graphemes only
};

// Widens the span to grapheme boundaries: a haraka stays with its letter, an emoji whole.
TextSpan snapToGraphemes(QStringView text, TextSpan span);
// Widens to the words the span touches and trims white space and punctuation at its edges.
TextSpan snapToWords(QStringView text, TextSpan span);
TextSpan snapSelection(QStringView text, TextSpan span, SnapMode mode);
// For entities, on request: moves the start past the proclitics و ف ب ك ل and the article ال
// (لل included) of the first word, when at least three letters of the stem remain.
TextSpan withoutProclitics(QStringView text, TextSpan span);

} // namespace hamish

#pragma once

#include <QStringView>

namespace hamish {

// How much a text reads like Arabic: the mean natural-log probability of each letter given the
// one before it, from a table of letter pairs counted in Arabic news
// (resources/text/arabic-letter-pairs.json). Harakat and tatweel are skipped; spaces, digits,
// ASCII and Arabic punctuation count as one "other" class; any other character (what a wrong
// code page makes of Arabic bytes: Latin-1 letters, box drawing, symbols) costs a fixed penalty.
// Right decodings of Arabic news score about -2.4 to -2.7; the wrong code page -4 or less.
double arabicLetterScore(QStringView text);

// The score as 0–100: -4.5 and below is 0, -2.5 and above is 100.
int arabicConfidence(double score);

} // namespace hamish

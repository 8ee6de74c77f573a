#pragma once

#include <QList>
#include <QStringView>

namespace hamish {

struct WordSpan
{
    qsizetype start = 0; // UTF-16 units
    qsizetype end = 0;
};

bool isWordCharacter(char32_t c);

// Words for search and matching: maximal runs of letters, digits, combining marks
// and tatweel. Clitics stay attached (والسعودية is one word), as with ICU's word rules.
// Calls onWord(start, end) for each, in UTF-16 units, until it returns false.
template<typename OnWord> void forEachWord(QStringView text, OnWord onWord)
{
    // Joiners belong to a word they are inside of, but never start one.
    const auto isJoiner = [](char32_t c) { return c == 0x200C || c == 0x200D; };
    qsizetype i = 0;
    qsizetype wordStart = -1;
    while (i < text.size()) {
        const qsizetype here = i;
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        ++i;
        const bool inWord = isWordCharacter(c) || (wordStart >= 0 && isJoiner(c));
        if (inWord && wordStart < 0) {
            wordStart = here;
        } else if (!inWord && wordStart >= 0) {
            if (!onWord(wordStart, here))
                return;
            wordStart = -1;
        }
    }
    if (wordStart >= 0)
        onWord(wordStart, text.size());
}

QList<WordSpan> findWords(QStringView text);

} // namespace hamish

#pragma once

#include <QList>
#include <QStringView>

namespace hamish {

struct WordSpan
{
    qsizetype start = 0; // UTF-16 units
    qsizetype end = 0;
};

// Words for search and matching: maximal runs of letters, digits, combining marks
// and tatweel. Clitics stay attached (والسعودية is one word), as with ICU's word rules.
QList<WordSpan> findWords(QStringView text);

bool isWordCharacter(char32_t c);

} // namespace hamish

#pragma once

#include <QList>
#include <QStringView>

namespace hamish {

// Conversions between the UTF-16 code units Hamish stores and the Unicode code points that
// the CLI, W3C and brat count. An emoji such as 👨🏻‍🚒 is 4 code points and 7 UTF-16 units.

// -1 when codePoint is past the end.
qsizetype utf16FromCodePoints(QStringView text, qsizetype codePoint);
qsizetype codePointsFromUtf16(QStringView text, qsizetype utf16);

// Many conversions of one text to code points, each in O(log n): the second units of its
// surrogate pairs, found once.
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);
    qsizetype codePoints(qsizetype utf16) const;

private:
    QList<qsizetype> m_pairSeconds;
    qsizetype m_size = 0;
};

// True at 0, at the end, and between two graphemes: never between a letter and its
// harakat, nor inside a surrogate pair or an emoji sequence.
bool isGraphemeBoundary(QStringView text, qsizetype utf16);

} // namespace hamish

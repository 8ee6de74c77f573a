#include "text/offsets.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace hamish {

qsizetype utf16FromCodePoints(QStringView text, qsizetype codePoint)
{
    if (codePoint < 0)
        return -1;
    qsizetype units = 0;
    for (qsizetype seen = 0; seen < codePoint; ++seen) {
        if (units >= text.size())
            return -1;
        units += (text.at(units).isHighSurrogate() && units + 1 < text.size() && text.at(units + 1).isLowSurrogate())
                     ? 2
                     : 1;
    }
    return units;
}

CodePointIndex::CodePointIndex(QStringView text)
    : m_size(text.size())
{
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_pairSeconds.append(i);
}

qsizetype CodePointIndex::codePoints(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_size);
    return utf16 - (std::lower_bound(m_pairSeconds.begin(), m_pairSeconds.end(), utf16) - m_pairSeconds.begin());
}

qsizetype codePointsFromUtf16(QStringView text, qsizetype utf16)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < utf16 && i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

bool isGraphemeBoundary(QStringView text, qsizetype utf16)
{
    if (utf16 <= 0 || utf16 >= text.size())
        return utf16 == 0 || utf16 == text.size();
    // A grapheme never reaches this far, so a window around the position decides it; the
    // whole text would cost a copy of a long article for every check.
    constexpr qsizetype Window = 64;
    const qsizetype from = qMax(qsizetype(0), utf16 - Window);
    const qsizetype to = qMin(text.size(), utf16 + Window);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.sliced(from, to - from).toString());
    finder.setPosition(utf16 - from);
    return finder.isAtBoundary();
}

} // namespace hamish

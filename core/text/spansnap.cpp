#include "text/spansnap.h"

#include "text/arabicfold.h"
#include "text/words.h"

#include <QTextBoundaryFinder>

namespace hamish {

namespace {

bool isTrimmable(QChar c)
{
    return c.isSpace() || c.isPunct() || c.category() == QChar::Symbol_Other || c == QChar(0x2029);
}

// Letters of the word from position, grapheme by grapheme: (start of grapheme, folded base letter).
QList<std::pair<qsizetype, QChar>> graphemeLetters(QStringView text, qsizetype from, qsizetype to)
{
    QList<std::pair<qsizetype, QChar>> letters;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.toString());
    finder.setPosition(from);
    qsizetype start = from;
    while (start < to) {
        const qsizetype next = finder.toNextBoundary();
        if (next < 0)
            break;
        const QString folded = foldForSearch(text.sliced(start, qMin(next, to) - start));
        if (!folded.isEmpty())
            letters.append({start, folded.front()});
        start = next;
    }
    letters.append({to, QChar()});
    return letters;
}

} // namespace

TextSpan snapToGraphemes(QStringView text, TextSpan span)
{
    span.start = qBound(qsizetype(0), span.start, text.size());
    span.end = qBound(span.start, span.end, text.size());
    // Graphemes are short: a window around each end decides where they begin and end.
    constexpr qsizetype Window = 64;
    const auto snap = [&](qsizetype position, bool forward) {
        const qsizetype from = qMax(qsizetype(0), position - Window);
        const qsizetype to = qMin(text.size(), position + Window);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.sliced(from, to - from).toString());
        finder.setPosition(position - from);
        if (finder.isAtBoundary())
            return position;
        const qsizetype moved = forward ? finder.toNextBoundary() : finder.toPreviousBoundary();
        return moved < 0 ? (forward ? text.size() : 0) : from + moved;
    };
    span.start = snap(span.start, false);
    span.end = snap(span.end, true);
    return span;
}

TextSpan snapToWords(QStringView text, TextSpan span)
{
    span = snapToGraphemes(text, span);
    // Only the neighbourhood matters: back up and run on to the nearest spaces.
    qsizetype from = span.start;
    while (from > 0 && !text.at(from - 1).isSpace())
        --from;
    qsizetype to = span.end;
    while (to < text.size() && !text.at(to).isSpace())
        ++to;
    for (const WordSpan& local : findWords(text.sliced(from, to - from))) {
        const WordSpan word{from + local.start, from + local.end};
        if (word.end <= span.start)
            continue;
        if (word.start >= span.end)
            break;
        span.start = qMin(span.start, word.start);
        span.end = qMax(span.end, word.end);
    }
    while (span.start < span.end && isTrimmable(text.at(span.start)))
        ++span.start;
    while (span.end > span.start && isTrimmable(text.at(span.end - 1)))
        --span.end;
    return snapToGraphemes(text, span);
}

TextSpan snapSelection(QStringView text, TextSpan span, SnapMode mode)
{
    return mode == SnapMode::Words ? snapToWords(text, span) : snapToGraphemes(text, span);
}

TextSpan withoutProclitics(QStringView text, TextSpan span)
{
    const QList<WordSpan> words = findWords(text.sliced(span.start, span.end - span.start));
    if (words.isEmpty())
        return span;
    const qsizetype wordEnd = span.start + words.first().end;
    const auto letters = graphemeLetters(text, span.start, wordEnd);
    const qsizetype letterCount = letters.size() - 1;
    constexpr qsizetype MinimumStem = 3;
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < letterCount ? letters.at(k).second : QChar(); };
    if (at(i) == QChar(0x0648) || at(i) == QChar(0x0641)) // و ف
        ++i;
    if (at(i) == QChar(0x0644) && at(i + 1) == QChar(0x0644)) // لل: لِ + ال
        i += 2;
    else {
        if (at(i) == QChar(0x0628) || at(i) == QChar(0x0643) || at(i) == QChar(0x0644)) // ب ك ل
            ++i;
        if (at(i) == QChar(0x0627) && at(i + 1) == QChar(0x0644)) // ال
            i += 2;
    }
    while (i > 0 && letterCount - i < MinimumStem)
        --i;
    span.start = letters.at(i).first;
    return span;
}

} // namespace hamish

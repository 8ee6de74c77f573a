#include "versions/versiontext.h"

#include "versions/textdiff.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace hamish::versiontext {

namespace {

// [start, end) widened to the words it cuts.
std::pair<qsizetype, qsizetype> wholeWords(const QString& text, qsizetype start, qsizetype end)
{
    if (start < text.size() && !text.at(start).isSpace())
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
    if (end > 0 && !text.at(end - 1).isSpace())
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
    return {start, end};
}

void begin(QTextDocument& document, QTextCursor& cursor)
{
    document.clear();
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    document.setDefaultTextOption(option);
    QTextBlockFormat block;
    block.setLayoutDirection(Qt::RightToLeft);
    block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    cursor = QTextCursor(&document);
    cursor.setBlockFormat(block);
}

QTextCharFormat marked(const QColor& background)
{
    QTextCharFormat format;
    format.setBackground(background);
    return format;
}

} // namespace

void showVersion(QTextDocument& document, const QString& text, const QList<Orphan>& orphans)
{
    QTextCursor cursor;
    begin(document, cursor);
    QList<std::pair<qsizetype, qsizetype>> marks;
    for (const Orphan& orphan : orphans)
        marks.append(wholeWords(text, orphan.annotation.start, std::min(orphan.annotation.end, text.size())));
    std::sort(marks.begin(), marks.end());
    qsizetype at = 0;
    for (auto [start, end] : marks) {
        start = std::max(start, at);
        if (end <= start)
            continue;
        cursor.insertText(text.mid(at, start - at), QTextCharFormat());
        cursor.insertText(text.mid(start, end - start), marked(QColor(0xff, 0xd5, 0x4f)));
        at = end;
    }
    cursor.insertText(text.mid(at), QTextCharFormat());
}

void showChanges(QTextDocument& document, const QString& before, const QString& after)
{
    QTextCursor cursor;
    begin(document, cursor);
    QTextCharFormat inserted = marked(QColor(0xc8, 0xe6, 0xc9));
    QTextCharFormat deleted = marked(QColor(0xff, 0xcd, 0xd2));
    deleted.setFontStrikeOut(true);
    const TextDiff diff(before, after);
    // The changed stretches between common runs, in both texts, as whole words.
    struct Change
    {
        qsizetype afterStart, afterEnd, beforeStart, beforeEnd;
    };
    QList<Change> changes;
    qsizetype b = 0, a = 0;
    const auto addGap = [&](qsizetype beforeEnd, qsizetype afterEnd) {
        if (beforeEnd <= b && afterEnd <= a)
            return;
        const auto [as, ae] = wholeWords(after, a, afterEnd);
        const auto [bs, be] = beforeEnd > b ? wholeWords(before, b, beforeEnd) : std::pair{b, b};
        if (!changes.isEmpty() && as <= changes.last().afterEnd) {
            changes.last().afterEnd = std::max(changes.last().afterEnd, ae);
            changes.last().beforeEnd = std::max(changes.last().beforeEnd, be);
        } else {
            changes.append({as, ae, bs, be});
        }
    };
    for (const CommonRun& run : diff.runs()) {
        addGap(run.before, run.after);
        b = run.before + run.length;
        a = run.after + run.length;
    }
    addGap(before.size(), after.size());
    qsizetype at = 0;
    for (const Change& c : changes) {
        const qsizetype start = std::max(c.afterStart, at);
        cursor.insertText(after.mid(at, start - at), QTextCharFormat());
        if (c.beforeEnd > c.beforeStart) {
            cursor.insertText(before.mid(c.beforeStart, c.beforeEnd - c.beforeStart).trimmed(), deleted);
            cursor.insertText(QStringLiteral(" "), QTextCharFormat());
        }
        if (c.afterEnd > start)
            cursor.insertText(after.mid(start, c.afterEnd - start), inserted);
        at = std::max(at, c.afterEnd);
    }
    cursor.insertText(after.mid(at), QTextCharFormat());
}

} // namespace hamish::versiontext

#include "reader/spangeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace hamish {

namespace {

// Joins pieces that touch on the same line into runs.
void appendMerged(QList<QRectF>& rects, const QRectF& piece)
{
    for (QRectF& rect : rects) {
        if (qAbs(rect.top() - piece.top()) < 0.01 && piece.left() <= rect.right() + 0.5
            && piece.right() >= rect.left() - 0.5) {
            rect = rect.united(piece);
            return;
        }
    }
    rects.append(piece);
}

} // namespace

QList<QRectF> spanRects(const QTextDocument& document, qsizetype start, qsizetype end)
{
    QList<QRectF> rects;
    QAbstractTextDocumentLayout* documentLayout = document.documentLayout();
    for (QTextBlock block = document.findBlock(int(start)); block.isValid() && block.position() < end;
         block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout)
            continue;
        const int blockStart = block.position();
        const int from = int(qMax(start, qsizetype(blockStart))) - blockStart;
        const int to = int(qMin(end, qsizetype(blockStart + block.length() - 1))) - blockStart;
        const QPointF origin = documentLayout->blockBoundingRect(block).topLeft();
        QList<QRectF> blockRects;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int a = qMax(from, line.textStart());
            const int b = qMin(to, line.textStart() + line.textLength());
            for (int pos = a; pos < b;) {
                const int next = qMin(layout->nextCursorPosition(pos, QTextLayout::SkipCharacters), b);
                if (next <= pos)
                    break;
                // Both edges are of the grapheme at pos: Trailing at `next` would be the far edge of
                // the grapheme after it, one letter too far inside a word.
                const qreal leading = line.cursorToX(pos, QTextLine::Leading);
                const qreal trailing = line.cursorToX(pos, QTextLine::Trailing);
                const QRectF piece(qMin(leading, trailing), line.y(), qAbs(trailing - leading), line.height());
                appendMerged(blockRects, piece.translated(origin));
                pos = next;
            }
        }
        rects += blockRects;
    }
    return rects;
}

} // namespace hamish

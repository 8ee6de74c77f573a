#pragma once

#include <QList>
#include <QRectF>

class QTextDocument;

namespace hamish {

// The rectangles a span of a laid-out document covers, in document coordinates: one per
// visual run on each line. They are built grapheme by grapheme from each grapheme's leading
// and trailing edges, so a span that crosses a Latin name or a number inside Arabic gets the
// right pieces on bidi lines. Nothing is reshaped.
QList<QRectF> spanRects(const QTextDocument& document, qsizetype start, qsizetype end);

} // namespace hamish

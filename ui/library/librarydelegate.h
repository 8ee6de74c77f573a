#pragma once

#include <QStyledItemDelegate>

namespace hamish {

// Draws the library list's cells with fewer text layouts. The standard delegate lays out,
// elides and draws each cell's text separately, shaping its Arabic three times, and measures
// whole titles for row heights that are uniform anyway; start-up paints some forty rows. This
// one lets the style draw the cell without its text (background, selection, focus), then elides
// and draws the text itself, and takes the row height from one line of the cell's font.
class LibraryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // QFontMetrics::elidedText(text, mode, width), shaping only a prefix of a long text.
    static QString elided(const QFontMetrics& metrics, const QString& text, Qt::TextElideMode mode, int width);
};

} // namespace hamish

#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace hamish {

// Draws the library list's cells with fewer text layouts. The standard delegate lays out,
// elides and draws each cell's text separately, shaping its Arabic three times, and measures
// whole titles for row heights that are uniform anyway; start-up paints some forty rows. This
// one lets the style draw the cell without its text (background, selection, focus), then elides
// the text once (remembering the result) and draws it, from a laid-out QStaticText when the same
// text was drawn before (sources, counts and many authors repeat down the list). The row height
// comes from one line of the cell's font.
class LibraryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The height of every row in `view`, which is sizeHint's for any of its cells.
    static int rowHeight(const QWidget* view);

    // QFontMetrics::elidedText(text, mode, width), shaping only a prefix of a long text.
    static QString elided(const QFontMetrics& metrics, const QString& text, Qt::TextElideMode mode, int width);

private:
    // Sources, authors and counts repeat down the list: each is elided once per width and font.
    QString cachedElision(const QStyleOptionViewItem& cell, const QString& text, int width) const;

    struct ElisionKey
    {
        QString text;
        int width = 0;
        Qt::TextElideMode mode = Qt::ElideRight;
        friend bool operator==(const ElisionKey&, const ElisionKey&) = default;
        friend size_t qHash(const ElisionKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.mode));
        }
    };
    static constexpr qsizetype MaxCachedElisions = 4096;
    mutable QHash<ElisionKey, QString> m_elisions;

    // Text seen this many times is laid out once and drawn from then on from its layout.
    void drawCachedText(QPainter* painter, const QStyleOptionViewItem& cell, const QRect& rect,
                        const QString& text) const;
    static constexpr int RepeatsBeforeCaching = 1;
    mutable QHash<QString, int> m_repeats;
    struct CachedTextKey
    {
        QString text;
        int width = 0;
        int alignment = 0;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        friend bool operator==(const CachedTextKey&, const CachedTextKey&) = default;
        friend size_t qHash(const CachedTextKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.alignment, int(key.direction));
        }
    };
    mutable QHash<CachedTextKey, QStaticText> m_texts;
    mutable QFont m_elisionFont;
};

} // namespace hamish

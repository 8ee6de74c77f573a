#include "library/librarydelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStaticText>

namespace hamish {

namespace {

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QPalette::ColorGroup colorGroupOf(const QStyleOptionViewItem& option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

// Eliding shapes the whole string, and a title of a hundred letters in a cell that shows twenty
// need not be: a prefix far wider than the cell elides to the same text. The prefix is taken
// at twice what fits on average; when it turns out to fit, or its cut falls near its end where
// the last letters' joining forms may differ from the whole title's, the whole text is elided.
QString LibraryDelegate::elided(const QFontMetrics& metrics, const QString& text, Qt::TextElideMode mode, int width)
{
    constexpr qsizetype Slack = 8;
    const qsizetype prefixLength = 2 * qsizetype(width / qMax(1, metrics.averageCharWidth())) + Slack;
    if (mode == Qt::ElideRight && text.size() > prefixLength) {
        const QString prefix = text.left(prefixLength);
        QString shown = metrics.elidedText(prefix, mode, width);
        if (shown != prefix && shown.size() + Slack <= prefix.size())
            return shown;
    }
    return metrics.elidedText(text, mode, width);
}

QString LibraryDelegate::cachedElision(const QStyleOptionViewItem& cell, const QString& text, int width) const
{
    if (cell.font != m_elisionFont || m_elisions.size() >= MaxCachedElisions) {
        m_elisions.clear();
        m_repeats.clear();
        m_texts.clear();
        m_elisionFont = cell.font;
    }
    const ElisionKey key{text, width, cell.textElideMode};
    if (const auto found = m_elisions.constFind(key); found != m_elisions.cend())
        return *found;
    QString shown = elided(cell.fontMetrics, text, cell.textElideMode, width);
    m_elisions.insert(key, shown);
    return shown;
}

void LibraryDelegate::drawCachedText(QPainter* painter, const QStyleOptionViewItem& cell, const QRect& rect,
                                     const QString& text) const
{
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    const CachedTextKey key{text, rect.width(), int(alignment), cell.direction};
    auto found = m_texts.find(key);
    if (found == m_texts.end()) {
        QStaticText prepared(text);
        QTextOption option(alignment & Qt::AlignHorizontal_Mask);
        option.setTextDirection(cell.direction);
        option.setWrapMode(QTextOption::NoWrap);
        prepared.setTextOption(option);
        prepared.setTextWidth(rect.width());
        prepared.prepare(QTransform(), cell.font);
        found = m_texts.insert(key, prepared);
    }
    const qreal y = rect.top() + (rect.height() - found->size().height()) / 2;
    painter->drawStaticText(QPointF(rect.left(), y), *found);
}

void LibraryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    QStyle* style = styleOf(cell);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
    if (text.isEmpty())
        return;

    // The margins the style leaves around an item's text (QCommonStyle's view item layout).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &cell, cell.widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QString shown = cachedElision(cell, text, textRect.width());
    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip);
    painter->setLayoutDirection(cell.direction);
    painter->setFont(cell.font);
    const bool selected = cell.state & QStyle::State_Selected;
    painter->setPen(cell.palette.color(colorGroupOf(cell), selected ? QPalette::HighlightedText : QPalette::Text));
    if (m_repeats.value(shown) < RepeatsBeforeCaching) {
        m_repeats[shown] += 1;
        painter->drawText(textRect, int(cell.displayAlignment) | Qt::TextSingleLine, shown);
    } else {
        drawCachedText(painter, cell, textRect, shown);
    }
    painter->restore();
}

namespace {

// One line's height, measured on two letters rather than on the whole title; the header, not
// the text, sets the widths.
QSize oneLine(QStyleOptionViewItem& cell)
{
    cell.text = QStringLiteral(u"Mم");
    return styleOf(cell)->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), cell.widget);
}

} // namespace

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    return oneLine(cell);
}

int LibraryDelegate::rowHeight(const QWidget* view)
{
    QStyleOptionViewItem cell;
    cell.initFrom(view);
    cell.widget = view;
    cell.font = view->font();
    cell.fontMetrics = view->fontMetrics();
    cell.features = QStyleOptionViewItem::HasDisplay;
    return oneLine(cell).height();
}

} // namespace hamish

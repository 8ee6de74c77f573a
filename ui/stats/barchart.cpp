#include "stats/barchart.h"

#include "text/displaytext.h"

#include <QLocale>
#include <QPainter>

namespace hamish {

void BarChart::setItems(const QList<CountedItem>& items, qint64 emphasisedId)
{
    m_items = items;
    m_emphasised = emphasisedId;
    QStringList summary;
    for (const CountedItem& item : items)
        summary.append(QStringLiteral("%1: %2").arg(displaySafe(item.label), QLocale().toString(item.count)));
    updateSummary(summary.join(QStringLiteral("; ")));
}

bool BarChart::isEmpty() const
{
    return std::none_of(m_items.cbegin(), m_items.cend(), [](const CountedItem& i) { return i.count > 0; });
}

void BarChart::paintChart(QPainter& painter, const QRect& area) const
{
    qint64 most = 1;
    for (const CountedItem& item : m_items)
        most = qMax(most, item.count);
    const QFontMetrics metrics = painter.fontMetrics();
    const int rowHeight =
        qMin(qMax(metrics.height() + 6, area.height() / int(qMax<qsizetype>(1, m_items.size()))), 2 * metrics.height());
    const int labelWidth = area.width() * 2 / 5;
    const int valueWidth = metrics.horizontalAdvance(QLocale().toString(most)) + 8;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QColor fallback = palette().color(QPalette::Highlight);
    for (int row = 0; row < m_items.size(); ++row) {
        const CountedItem& item = m_items.at(row);
        const int y = area.top() + row * rowHeight;
        if (y + rowHeight > area.bottom() + 1)
            break;
        QRect label(area.left(), y, labelWidth - 6, rowHeight);
        QRect bars(area.left() + labelWidth, y + 3, area.width() - labelWidth - valueWidth, rowHeight - 6);
        if (rtl) {
            label.moveRight(area.right());
            bars.moveRight(area.right() - labelWidth);
        }
        QFont font = painter.font();
        font.setBold(item.id != 0 && item.id == m_emphasised);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Text));
        // Each label is drawn whole, so Arabic words keep their joining; only its end is elided.
        const QString text = painter.fontMetrics().elidedText(displaySafe(item.label), Qt::ElideRight, label.width());
        painter.drawText(label, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute, text);
        const int length = int(double(bars.width()) * double(item.count) / double(most));
        QRect bar = bars;
        bar.setWidth(qMax(item.count > 0 ? 2 : 0, length));
        if (rtl)
            bar.moveRight(bars.right());
        painter.fillRect(bar, item.colour.isEmpty() ? fallback : QColor(item.colour));
        QRect value(bar.right() + 4, y, valueWidth, rowHeight);
        if (rtl)
            value.moveRight(bar.left() - 4);
        painter.drawText(value, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute,
                         QLocale().toString(item.count));
    }
}

} // namespace hamish

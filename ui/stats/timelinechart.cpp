#include "stats/timelinechart.h"

#include <QLocale>
#include <QPainter>

namespace hamish {

void TimelineChart::setBuckets(const QList<TimelineBucket>& buckets, TimelineStep step)
{
    m_buckets = buckets;
    m_step = step;
    QStringList summary;
    for (const TimelineBucket& bucket : buckets) {
        if (bucket.count > 0)
            summary.append(QStringLiteral("%1: %2").arg(labelFor(bucket.start), QLocale().toString(bucket.count)));
    }
    updateSummary(summary.join(QStringLiteral("; ")));
}

bool TimelineChart::isEmpty() const
{
    return m_buckets.isEmpty();
}

QString TimelineChart::labelFor(QDate start) const
{
    const QLocale locale;
    switch (m_step) {
    case TimelineStep::Year:
        return locale.toString(start, QStringLiteral("yyyy"));
    case TimelineStep::Month:
        return locale.toString(start, QStringLiteral("MMM yyyy"));
    case TimelineStep::Week:
    case TimelineStep::Day:
        break;
    }
    return locale.toString(start, QLocale::ShortFormat);
}

void TimelineChart::paintChart(QPainter& painter, const QRect& area) const
{
    qint64 most = 1;
    for (const TimelineBucket& bucket : m_buckets)
        most = qMax(most, bucket.count);
    const QFontMetrics metrics = painter.fontMetrics();
    const QLocale locale;
    const int axisHeight = metrics.height() + 6;
    const int scaleWidth = metrics.horizontalAdvance(locale.toString(most)) + 8;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QRect plot = area.adjusted(rtl ? 0 : scaleWidth, 0, rtl ? -scaleWidth : 0, -axisHeight);
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(text);
    // The scale: the highest count at the top, zero at the baseline.
    const QRect scale = rtl ? QRect(plot.right() + 4, area.top(), scaleWidth, plot.height())
                            : QRect(area.left(), area.top(), scaleWidth - 4, plot.height());
    painter.drawText(scale, Qt::AlignTop | (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute,
                     locale.toString(most));
    painter.drawText(scale, Qt::AlignBottom | (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute,
                     locale.toString(0));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int count = int(m_buckets.size());
    const double slot = double(plot.width()) / count;
    const QColor fill = palette().color(QPalette::Highlight);
    for (int i = 0; i < count; ++i) {
        const TimelineBucket& bucket = m_buckets.at(i);
        const int height = int(double(plot.height()) * double(bucket.count) / double(most));
        const double start = rtl ? plot.right() + 1 - (i + 1) * slot : plot.left() + i * slot;
        // Columns are at most a couple of characters wide, so one day does not fill the chart.
        const double width = qBound(1.0, slot * 0.7, 2.5 * metrics.height());
        const QRectF column(start + (slot - width) / 2, plot.bottom() + 1 - height, width, height);
        painter.fillRect(column, fill);
    }
    // Dates under the first, the middle and the last column, each drawn whole.
    painter.setPen(text);
    QList<int> labelled{0};
    if (count > 2)
        labelled.append(count / 2);
    if (count > 1)
        labelled.append(count - 1);
    for (int i : labelled) {
        const QString label = labelFor(m_buckets.at(i).start);
        const int width = metrics.horizontalAdvance(label) + 4;
        const double centre = rtl ? plot.right() + 1 - (i + 0.5) * slot : plot.left() + (i + 0.5) * slot;
        QRect box(int(centre) - width / 2, plot.bottom() + 3, width, axisHeight);
        box.moveLeft(qBound(area.left(), box.left(), area.right() - width));
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace hamish

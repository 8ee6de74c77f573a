#pragma once

#include "stats/annotationstatistics.h"
#include "stats/chartwidget.h"

namespace hamish {

// Annotations created per day, week or month, as columns along a time axis that runs in
// the layout direction.
class TimelineChart final : public ChartWidget
{
    Q_OBJECT

public:
    using ChartWidget::ChartWidget;

    void setBuckets(const QList<TimelineBucket>& buckets, TimelineStep step);
    const QList<TimelineBucket>& buckets() const { return m_buckets; }

protected:
    void paintChart(QPainter& painter, const QRect& area) const override;
    bool isEmpty() const override;

private:
    QString labelFor(QDate start) const;

    QList<TimelineBucket> m_buckets;
    TimelineStep m_step = TimelineStep::Day;
};

} // namespace hamish

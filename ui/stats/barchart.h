#pragma once

#include "stats/annotationstatistics.h"
#include "stats/chartwidget.h"

namespace hamish {

// Horizontal bars with their labels and counts. Bars grow from the start edge of the
// layout direction: from the right in the Arabic UI.
class BarChart final : public ChartWidget
{
    Q_OBJECT

public:
    using ChartWidget::ChartWidget;

    void setItems(const QList<CountedItem>& items, qint64 emphasisedId = 0);
    const QList<CountedItem>& items() const { return m_items; }

protected:
    void paintChart(QPainter& painter, const QRect& area) const override;
    bool isEmpty() const override;

private:
    QList<CountedItem> m_items;
    qint64 m_emphasised = 0;
};

} // namespace hamish

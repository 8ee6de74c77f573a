#include "stats/chartwidget.h"

#include <QImage>
#include <QPainter>

namespace hamish {

ChartWidget::ChartWidget(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    setAccessibleName(title);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so that its summary can be read out
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::draw(QPainter& painter, const QRect& whole) const
{
    painter.fillRect(whole, palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    const int titleHeight = QFontMetrics(titleFont).height() + 8;
    painter.drawText(whole.adjusted(8, 4, -8, 0), Qt::AlignTop | Qt::AlignHCenter, m_title);
    painter.setFont(font());
    const QRect area = whole.adjusted(8, titleHeight + 4, -8, -8);
    if (isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No annotations yet"));
    } else {
        paintChart(painter, area);
    }
}

QImage ChartWidget::toImage(QSize size) const
{
    const QSize target = size.isValid() ? size : this->size();
    QImage image(target * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(&image);
    draw(painter, QRect(QPoint(0, 0), target));
    return image;
}

bool ChartWidget::savePng(const QString& path) const
{
    return toImage().save(path, "PNG");
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    draw(painter, rect());
}

void ChartWidget::updateSummary(const QString& summary)
{
    setAccessibleDescription(summary);
    setToolTip(summary);
    update();
}

} // namespace hamish

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

QImage ChartWidget::toImage(QSize size) const
{
    const QSize target = size.isValid() ? size : this->size();
    QImage image(target * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QRect whole(QPoint(0, 0), target);
    painter.setPen(palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
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
    return image;
}

bool ChartWidget::savePng(const QString& path) const
{
    return toImage().save(path, "PNG");
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.drawImage(0, 0, toImage());
}

void ChartWidget::updateSummary(const QString& summary)
{
    setAccessibleDescription(summary);
    setToolTip(summary);
    update();
}

} // namespace hamish

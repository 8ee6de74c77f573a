#pragma once

#include <QWidget>

namespace hamish {

// What every chart of the statistics view shares: a title, an empty-state message, a text
// summary for screen readers, and saving itself as a PNG.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(const QString& title, QWidget* parent = nullptr);

    QString title() const { return m_title; }
    // Renders at the widget's size (or `size`) on an opaque background.
    QImage toImage(QSize size = {}) const;
    bool savePng(const QString& path) const;
    QSize sizeHint() const override { return {420, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    // Draws the chart inside `area`; the title is drawn already.
    virtual void paintChart(QPainter& painter, const QRect& area) const = 0;
    virtual bool isEmpty() const = 0;
    void updateSummary(const QString& summary);

private:
    // The title, and the chart or its empty-state message, on an opaque background: shared by
    // the screen and the PNG.
    void draw(QPainter& painter, const QRect& whole) const;

    QString m_title;
};

} // namespace hamish

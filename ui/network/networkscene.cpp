#include "network/networkscene.h"

#include "text/displaytext.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPainterPathStroker>
#include <QPen>
#include <QtMath>

namespace hamish {

namespace {

constexpr int EdgeKey = 0;      // item data: the edge's index
constexpr double LabelGap = 2;  // between a disc and its name
constexpr double BendStep = 22; // between parallel edges of one pair

// An edge that is easy to hit and shows it is under the pointer.
class EdgeItem final : public QGraphicsPathItem
{
public:
    EdgeItem(const QPainterPath& path, const QPen& pen)
        : QGraphicsPathItem(path)
        , m_pen(pen)
    {
        setPen(pen);
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
    }

    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(qMax(8.0, pen().widthF() + 4));
        return stroker.createStroke(path());
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override
    {
        QPen wide = m_pen;
        wide.setWidthF(m_pen.widthF() + 2);
        wide.setColor(m_pen.color().darker(130));
        setPen(wide);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent*) override { setPen(m_pen); }

private:
    QPen m_pen;
};

QPolygonF arrowHead(const QPointF& tip, const QPointF& from, double size)
{
    const QLineF back(tip, from);
    const double angle = qDegreesToRadians(back.angle());
    auto point = [&](double turn) {
        return tip + QPointF(std::cos(angle + turn) * size, -std::sin(angle + turn) * size);
    };
    return QPolygonF({tip, point(0.45), point(-0.45)});
}

} // namespace

NetworkScene::NetworkScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_labelFont(QApplication::font())
    , m_countFont(QApplication::font())
{
    m_countFont.setPointSizeF(m_labelFont.pointSizeF() * 0.8);
}

double NetworkScene::discDiameter(const NetworkNode& node) const
{
    return qMin(64.0, 10.0 + 4.0 * std::sqrt(double(qMax(1, node.mentions))));
}

QSizeF NetworkScene::nodeBox(const NetworkNode& node) const
{
    const QFontMetricsF metrics(m_labelFont);
    const double diameter = discDiameter(node);
    return {qMax(diameter, metrics.horizontalAdvance(displaySafe(node.name)) + 4),
            diameter + LabelGap + metrics.height()};
}

void NetworkScene::showNetwork(const EntityNetwork& network, const GraphLayout& layout)
{
    clear();
    m_network = network;
    m_edgeMidpoints.clear();
    const QFontMetricsF metrics(m_labelFont);
    QList<QPointF> discCentres;
    for (qsizetype i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode& node = network.nodes.at(i);
        const QPointF centre = i < layout.centres.size() ? layout.centres.at(i) : QPointF();
        const double diameter = discDiameter(node);
        const QSizeF box = nodeBox(node);
        const QPointF disc(centre.x(), centre.y() - box.height() / 2 + diameter / 2);
        discCentres.append(disc);
        QColor colour(node.colour);
        if (!colour.isValid())
            colour = Qt::gray;
        auto* circle = addEllipse(QRectF(disc.x() - diameter / 2, disc.y() - diameter / 2, diameter, diameter),
                                  QPen(colour.darker(140), 1), colour);
        circle->setZValue(2);
        const QString tip =
            tr("%1 (%2): %Ln mention(s)", nullptr, node.mentions).arg(displaySafe(node.name), node.typeCode);
        circle->setToolTip(tip);
        auto* name = addSimpleText(displaySafe(node.name), m_labelFont);
        name->setZValue(3);
        name->setPos(disc.x() - metrics.horizontalAdvance(name->text()) / 2, disc.y() + diameter / 2 + LabelGap);
        name->setToolTip(tip);
    }

    // Edges between the same two nodes bend apart, each by its place among them.
    QHash<QPair<int, int>, int> perPair, seen;
    for (const NetworkEdge& edge : network.edges)
        ++perPair[{qMin(edge.from, edge.to), qMax(edge.from, edge.to)}];
    for (qsizetype i = 0; i < network.edges.size(); ++i) {
        const NetworkEdge& edge = network.edges.at(i);
        const QPair<int, int> pair{qMin(edge.from, edge.to), qMax(edge.from, edge.to)};
        const int place = seen[pair]++;
        const double bend = (place - (perPair.value(pair) - 1) / 2.0) * BendStep;
        const QPointF a = discCentres.value(edge.from), b = discCentres.value(edge.to);
        QColor colour(edge.colour);
        if (!colour.isValid())
            colour = Qt::darkGray;
        colour.setAlpha(210);
        QPen pen(colour, qMin(6.0, 1.0 + std::log2(double(edge.count()))));
        pen.setCapStyle(Qt::RoundCap);
        QPainterPath path;
        QPointF middle;
        if (edge.from == edge.to) { // a relation of an entity with itself: a small loop
            const double r = discDiameter(network.nodes.at(edge.from)) / 2;
            path.addEllipse(QRectF(a.x(), a.y() - r - 14 - bend, 16, 16));
            middle = QPointF(a.x() + 8, a.y() - r - 14 - bend);
        } else {
            const QLineF line(a, b);
            const QPointF normal = QLineF(line.normalVector()).unitVector().p2() - a;
            const QPointF control = line.center() + normal * bend * 2;
            // From the rim of one disc to the rim of the other.
            const double ra = discDiameter(network.nodes.at(edge.from)) / 2;
            const double rb = discDiameter(network.nodes.at(edge.to)) / 2;
            const QPointF start = a + (QLineF(a, control).unitVector().p2() - a) * ra;
            const QPointF end = b + (QLineF(b, control).unitVector().p2() - b) * rb;
            path.moveTo(start);
            path.quadTo(control, end);
            middle = path.pointAtPercent(0.5);
            if (edge.directed) {
                auto* head =
                    addPolygon(arrowHead(end, path.pointAtPercent(0.9), 6 + pen.widthF()), QPen(colour, 1), colour);
                head->setZValue(1);
            }
        }
        auto* item = new EdgeItem(path, pen);
        item->setData(EdgeKey, int(i));
        item->setZValue(1);
        item->setToolTip(tr("%1 — %2 — %3: %Ln relation(s)", nullptr, edge.count())
                             .arg(displaySafe(network.nodes.value(edge.from).name), displaySafe(edge.typeName),
                                  displaySafe(network.nodes.value(edge.to).name)));
        addItem(item);
        m_edgeMidpoints.append(middle);
        if (edge.count() > 1) {
            auto* count = addSimpleText(QLocale().toString(edge.count()), m_countFont);
            count->setBrush(colour.darker(150));
            count->setPos(middle + QPointF(3, -QFontMetricsF(m_countFont).height()));
            count->setZValue(3);
        }
    }
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

int NetworkScene::edgeAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->data(EdgeKey).isValid())
            return item->data(EdgeKey).toInt();
    }
    return -1;
}

QPointF NetworkScene::edgeMidpoint(int edge) const
{
    return m_edgeMidpoints.value(edge);
}

void NetworkScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const int edge = edgeAt(event->scenePos()); edge >= 0)
        emit edgeClicked(edge);
}

} // namespace hamish

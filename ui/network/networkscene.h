#pragma once

#include "network/entitynetwork.h"
#include "network/graphlayout.h"

#include <QGraphicsScene>

namespace hamish {

// Draws an entity network laid out by Graphviz: each entity a disc in its type's colour, larger
// with more mentions, its name under it (Qt shapes the Arabic; Graphviz only sees box sizes);
// each edge in its relation type's colour, wider with more relations, with an arrowhead when the
// type is directed and its count beside it. Edges joining the same two entities bend apart.
class NetworkScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit NetworkScene(QObject* parent = nullptr);

    // The box a node takes (disc and name), for the layout.
    QSizeF nodeBox(const NetworkNode& node) const;
    void showNetwork(const EntityNetwork& network, const GraphLayout& layout);
    const EntityNetwork& network() const { return m_network; }
    // The edge under a point of the scene, or -1.
    int edgeAt(const QPointF& scenePos) const;
    // Where an edge's path passes half-way (tests click there).
    QPointF edgeMidpoint(int edge) const;

signals:
    void edgeClicked(int edge);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    double discDiameter(const NetworkNode& node) const;

    EntityNetwork m_network;
    QList<QPointF> m_edgeMidpoints;
    QFont m_labelFont;
    QFont m_countFont;
};

} // namespace hamish

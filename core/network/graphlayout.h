#pragma once

#include "result.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace hamish {

// Node centres, in points, from Graphviz, y growing downwards as Qt draws.
struct GraphLayout
{
    QList<QPointF> centres;
    QRectF bounds;
};

// Lays a graph out with Graphviz (sfdp, the force-directed engine for large graphs, with
// overlapping nodes moved apart). Nodes are boxes of the given sizes in points; Graphviz never
// sees their labels, which Qt shapes and draws. Graphviz is not thread-safe, so layouts take
// turns.
Result<GraphLayout> layoutGraph(const QList<QSizeF>& nodeSizes, const QList<std::pair<int, int>>& edges);

} // namespace hamish

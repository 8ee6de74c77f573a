#include "network/graphlayout.h"

#include <QCoreApplication>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace hamish {

namespace {

// Graphviz 2.42 takes char* where it means const char*.
char* text(const char* s)
{
    return const_cast<char*>(s);
}

QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

struct GraphvizTexts
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)
};

} // namespace

Result<GraphLayout> layoutGraph(const QList<QSizeF>& nodeSizes, const QList<std::pair<int, int>>& edges)
{
    GraphLayout layout;
    if (nodeSizes.isEmpty())
        return layout;
    const QMutexLocker lock(&graphvizMutex());
    GVC_t* context = gvContext();
    Agraph_t* graph = agopen(text("network"), Agundirected, nullptr);
    agattr(graph, AGRAPH, text("overlap"), text("prism"));
    agattr(graph, AGRAPH, text("sep"), text("+6"));
    agattr(graph, AGNODE, text("shape"), text("box"));
    agattr(graph, AGNODE, text("fixedsize"), text("true"));
    agattr(graph, AGNODE, text("label"), text(""));
    agattr(graph, AGNODE, text("width"), text("0.75"));
    agattr(graph, AGNODE, text("height"), text("0.5"));
    QList<Agnode_t*> nodes;
    nodes.reserve(nodeSizes.size());
    for (qsizetype i = 0; i < nodeSizes.size(); ++i) {
        const QByteArray name = QByteArray::number(i);
        Agnode_t* node = agnode(graph, text(name.constData()), 1);
        agsafeset(node, text("width"), text(QByteArray::number(nodeSizes.at(i).width() / 72.0).constData()),
                  text("0.75"));
        agsafeset(node, text("height"), text(QByteArray::number(nodeSizes.at(i).height() / 72.0).constData()),
                  text("0.5"));
        nodes.append(node);
    }
    for (const auto& [from, to] : edges) {
        if (from >= 0 && to >= 0 && from < nodes.size() && to < nodes.size() && from != to)
            agedge(graph, nodes.at(from), nodes.at(to), nullptr, 1);
    }
    const int failed = gvLayout(context, graph, "sfdp");
    if (failed != 0) {
        agclose(graph);
        gvFreeContext(context);
        return failure(GraphvizTexts::tr("Graphviz could not lay the network out."));
    }
    const boxf box = GD_bb(graph);
    for (Agnode_t* node : std::as_const(nodes)) {
        const pointf p = ND_coord(node);
        layout.centres.append(QPointF(p.x - box.LL.x, box.UR.y - p.y));
    }
    layout.bounds = QRectF(0, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    gvFreeLayout(context, graph);
    agclose(graph);
    gvFreeContext(context);
    return layout;
}

} // namespace hamish

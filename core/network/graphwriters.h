#pragma once

#include "network/entitynetwork.h"
#include "result.h"

#include <QIODevice>

namespace hamish {

enum class GraphFormat { GraphMl, Gexf, Dot };
bool graphFormatFromName(const QString& name, GraphFormat& format); // graphml, gexf, dot

// The network as a file other tools open: GraphML (yEd, Cytoscape, NetworkX), GEXF (Gephi) or
// DOT (Graphviz, written by Graphviz itself). Nodes carry their name, type and mentions; edges
// their relation type and how many relations they stand for.
Status writeGraph(const EntityNetwork& network, GraphFormat format, QIODevice& out);
// The same into a file, whole or not at all.
Status writeGraphFile(const EntityNetwork& network, GraphFormat format, const QString& path);

} // namespace hamish

#include "network/graphwriters.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cstdio>
#include <graphviz/cgraph.h>

namespace hamish {

namespace {

struct GraphTexts
{
    Q_DECLARE_TR_FUNCTIONS(GraphWriters)
};

char* text(const char* s)
{
    return const_cast<char*>(s);
}

void writeGraphMl(const EntityNetwork& network, QIODevice& out)
{
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    const auto key = [&](const QString& id, const QString& on, const QString& name, const QString& type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), on);
        xml.writeAttribute(QStringLiteral("attr.name"), name);
        xml.writeAttribute(QStringLiteral("attr.type"), type);
        xml.writeEndElement();
    };
    key(QStringLiteral("name"), QStringLiteral("node"), QStringLiteral("name"), QStringLiteral("string"));
    key(QStringLiteral("type"), QStringLiteral("node"), QStringLiteral("type"), QStringLiteral("string"));
    key(QStringLiteral("mentions"), QStringLiteral("node"), QStringLiteral("mentions"), QStringLiteral("int"));
    key(QStringLiteral("relation"), QStringLiteral("edge"), QStringLiteral("relation"), QStringLiteral("string"));
    key(QStringLiteral("count"), QStringLiteral("edge"), QStringLiteral("count"), QStringLiteral("int"));
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("hamish"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const auto data = [&](const QString& k, const QString& value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), k);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (qsizetype i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode& node = network.nodes.at(i);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(i));
        data(QStringLiteral("name"), node.name);
        data(QStringLiteral("type"), node.typeCode);
        data(QStringLiteral("mentions"), QString::number(node.mentions));
        xml.writeEndElement();
    }
    for (qsizetype i = 0; i < network.edges.size(); ++i) {
        const NetworkEdge& edge = network.edges.at(i);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(edge.from));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(edge.to));
        if (!edge.directed)
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("false"));
        data(QStringLiteral("relation"), edge.typeCode);
        data(QStringLiteral("count"), QString::number(edge.count()));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
}

void writeGexf(const EntityNetwork& network, QIODevice& out)
{
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Hamish"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    const auto attributes = [&](const QString& on, const QList<std::pair<QString, QString>>& declared) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), on);
        for (qsizetype i = 0; i < declared.size(); ++i) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), QString::number(i));
            xml.writeAttribute(QStringLiteral("title"), declared.at(i).first);
            xml.writeAttribute(QStringLiteral("type"), declared.at(i).second);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    attributes(QStringLiteral("node"), {{QStringLiteral("type"), QStringLiteral("string")},
                                        {QStringLiteral("mentions"), QStringLiteral("integer")}});
    attributes(QStringLiteral("edge"), {{QStringLiteral("relation"), QStringLiteral("string")}});
    const auto values = [&](const QStringList& list) {
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            xml.writeStartElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QString::number(i));
            xml.writeAttribute(QStringLiteral("value"), list.at(i));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("nodes"));
    for (qsizetype i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode& node = network.nodes.at(i);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(i));
        xml.writeAttribute(QStringLiteral("label"), node.name);
        values({node.typeCode, QString::number(node.mentions)});
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    for (qsizetype i = 0; i < network.edges.size(); ++i) {
        const NetworkEdge& edge = network.edges.at(i);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(edge.from));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(edge.to));
        xml.writeAttribute(QStringLiteral("type"),
                           edge.directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
        xml.writeAttribute(QStringLiteral("label"), edge.typeCode);
        xml.writeAttribute(QStringLiteral("weight"), QString::number(edge.count()));
        values({edge.typeCode});
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
}

// DOT as Graphviz writes it (agwrite), with the names and counts as attributes.
Status writeDot(const EntityNetwork& network, QIODevice& out)
{
    static QMutex mutex; // cgraph is not thread-safe
    const QMutexLocker lock(&mutex);
    Agraph_t* graph = agopen(text("hamish"), Agdirected, nullptr);
    agattr(graph, AGNODE, text("label"), text(""));
    agattr(graph, AGNODE, text("type"), text(""));
    agattr(graph, AGNODE, text("mentions"), text("0"));
    agattr(graph, AGEDGE, text("label"), text(""));
    agattr(graph, AGEDGE, text("weight"), text("1"));
    agattr(graph, AGEDGE, text("dir"), text("forward"));
    QList<Agnode_t*> nodes;
    for (qsizetype i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode& n = network.nodes.at(i);
        Agnode_t* node = agnode(graph, text(QByteArray("n" + QByteArray::number(i)).constData()), 1);
        agset(node, text("label"), text(n.name.toUtf8().constData()));
        agset(node, text("type"), text(n.typeCode.toUtf8().constData()));
        agset(node, text("mentions"), text(QByteArray::number(n.mentions).constData()));
        nodes.append(node);
    }
    for (qsizetype i = 0; i < network.edges.size(); ++i) {
        const NetworkEdge& e = network.edges.at(i);
        Agedge_t* edge = agedge(graph, nodes.at(e.from), nodes.at(e.to),
                                text(QByteArray("e" + QByteArray::number(i)).constData()), 1);
        agset(edge, text("label"), text(e.typeCode.toUtf8().constData()));
        agset(edge, text("weight"), text(QByteArray::number(e.count()).constData()));
        if (!e.directed)
            agset(edge, text("dir"), text("none"));
    }
    char* buffer = nullptr;
    size_t size = 0;
    FILE* memory = open_memstream(&buffer, &size);
    const int failed = memory ? agwrite(graph, memory) : -1;
    if (memory)
        std::fclose(memory);
    agclose(graph);
    const QByteArray dot(buffer, qsizetype(size));
    std::free(buffer);
    if (failed != 0)
        return failure(GraphTexts::tr("Graphviz could not write the network as DOT."));
    out.write(dot);
    return {};
}

} // namespace

bool graphFormatFromName(const QString& name, GraphFormat& format)
{
    const QString lower = name.toLower();
    if (lower == u"graphml")
        format = GraphFormat::GraphMl;
    else if (lower == u"gexf")
        format = GraphFormat::Gexf;
    else if (lower == u"dot")
        format = GraphFormat::Dot;
    else
        return false;
    return true;
}

Status writeGraph(const EntityNetwork& network, GraphFormat format, QIODevice& out)
{
    switch (format) {
    case GraphFormat::GraphMl:
        writeGraphMl(network, out);
        return {};
    case GraphFormat::Gexf:
        writeGexf(network, out);
        return {};
    case GraphFormat::Dot:
        return writeDot(network, out);
    }
    return {};
}

Status writeGraphFile(const EntityNetwork& network, GraphFormat format, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(GraphTexts::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Status ok = writeGraph(network, format, file); !ok) {
        file.cancelWriting();
        return ok;
    }
    if (!file.commit())
        return failure(GraphTexts::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace hamish

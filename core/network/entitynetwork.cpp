#include "network/entitynetwork.h"

#include "annotations/schemastore.h"
#include "articles/publisheddate.h"
#include "storage/library.h"
#include "storage/statement.h"
#include "text/arabicfold.h"
#include "text/tokens.h"

#include <QHash>
#include <QSet>

#include <numeric>

namespace hamish {

namespace {

struct Mention
{
    qint64 annotationId = 0;
    qint64 entityId = 0;
    qint64 typeId = 0;
    QString quote;
    QString entityName;
};

} // namespace

Result<EntityNetwork> EntityNetworkBuilder::build(const NetworkFilter& filter)
{
    Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
    if (!schema)
        return schema.problem();
    // One pass over the relations in scope, with both ends and the article's date.
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT r.id, r.article_id, r.relation_type_id, a.published,"
                       " f.id, f.entity_id, f.entity_type_id, f.quote, fe.name,"
                       " t.id, t.entity_id, t.entity_type_id, t.quote, te.name"
                       " FROM relation r JOIN article a ON a.id = r.article_id"
                       " JOIN annotation f ON f.id = r.from_id JOIN annotation t ON t.id = r.to_id"
                       " LEFT JOIN entity fe ON fe.id = f.entity_id LEFT JOIN entity te ON te.id = t.entity_id"
                       " WHERE ")
        + articleScopeCondition(QStringLiteral("r.article_id"), 1) + QStringLiteral(" ORDER BY r.id"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, filter.scope.collectionId);
    EntityNetwork network;
    QHash<QString, int> nodeIndex;
    QHash<QString, int> edgeIndex;
    QHash<int, QSet<qint64>> mentionsOf; // node → annotation ids
    const auto nodeFor = [&](const Mention& m) {
        const EntityType* type = schema->entityType(m.typeId);
        const QString key =
            m.entityId > 0 ? QStringLiteral("entity:%1").arg(m.entityId)
                           : QStringLiteral("text:%1:%2").arg(type ? type->code : QString(), foldForSearch(m.quote));
        if (const auto it = nodeIndex.constFind(key); it != nodeIndex.cend())
            return *it;
        NetworkNode node;
        node.key = key;
        node.entityId = m.entityId;
        node.name = m.entityId > 0 && !m.entityName.isEmpty() ? m.entityName : m.quote.simplified();
        node.entityTypeId = m.typeId;
        node.typeCode = type ? type->code : QString();
        node.colour = type ? type->colour : QStringLiteral("#808080");
        nodeIndex.insert(key, int(network.nodes.size()));
        network.nodes.append(node);
        return int(network.nodes.size() - 1);
    };
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.problem();
        if (!*row)
            break;
        const RelationType* type = schema->relationType(stmt->int64(2));
        if (!type || (!filter.relationTypes.isEmpty() && !filter.relationTypes.contains(type->code)))
            continue;
        if (filter.from.isValid() || filter.to.isValid()) {
            const QDate day = publishedDay(stmt->text(3));
            if (!day.isValid() || (filter.from.isValid() && day < filter.from)
                || (filter.to.isValid() && day > filter.to))
                continue;
        }
        const Mention from{stmt->int64(4), stmt->isNull(5) ? 0 : stmt->int64(5), stmt->int64(6), stmt->text(7),
                           stmt->text(8)};
        const Mention to{stmt->int64(9), stmt->isNull(10) ? 0 : stmt->int64(10), stmt->int64(11), stmt->text(12),
                         stmt->text(13)};
        int a = nodeFor(from), b = nodeFor(to);
        mentionsOf[a].insert(from.annotationId);
        mentionsOf[b].insert(to.annotationId);
        if (!type->directed && b < a)
            std::swap(a, b);
        const QString key = QStringLiteral("%1:%2:%3").arg(a).arg(b).arg(type->id);
        auto it = edgeIndex.find(key);
        if (it == edgeIndex.end()) {
            NetworkEdge edge;
            edge.from = a;
            edge.to = b;
            edge.relationTypeId = type->id;
            edge.typeCode = type->code;
            edge.typeName = type->nameAr;
            edge.colour = type->colour;
            edge.directed = type->directed;
            it = edgeIndex.insert(key, int(network.edges.size()));
            network.edges.append(edge);
        }
        network.edges[*it].evidence.append({stmt->int64(0), stmt->int64(1), from.annotationId, to.annotationId});
    }
    // Size by mentions: every tag of a registry entity in scope, or the tags the relations name.
    QList<qint64> entityIds;
    for (const NetworkNode& node : std::as_const(network.nodes)) {
        if (node.entityId > 0)
            entityIds.append(node.entityId);
    }
    QHash<qint64, int> entityMentions;
    if (!entityIds.isEmpty()) {
        Result<Statement> counts = m_library.database().prepare(
            QStringLiteral("SELECT entity_id, count(*) FROM annotation WHERE entity_id IS NOT NULL AND ")
            + articleScopeCondition(QStringLiteral("article_id"), 1) + QStringLiteral(" GROUP BY entity_id"));
        if (!counts)
            return counts.problem();
        counts->bind(1, filter.scope.collectionId);
        for (;;) {
            Result<bool> row = counts->step();
            if (!row)
                return row.problem();
            if (!*row)
                break;
            entityMentions.insert(counts->int64(0), int(counts->int64(1)));
        }
    }
    for (qsizetype i = 0; i < network.nodes.size(); ++i) {
        NetworkNode& node = network.nodes[i];
        node.mentions = node.entityId > 0 ? entityMentions.value(node.entityId) : int(mentionsOf.value(int(i)).size());
        node.mentions = qMax(node.mentions, int(mentionsOf.value(int(i)).size()));
    }
    return network;
}

EntityNetwork largestPart(const EntityNetwork& network, int maxNodes)
{
    if (network.nodes.size() <= maxNodes)
        return network;
    QList<int> order(network.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return network.nodes.at(a).mentions > network.nodes.at(b).mentions; });
    order.resize(qMax(0, maxNodes));
    std::sort(order.begin(), order.end()); // the nodes keep their order
    QHash<int, int> newIndex;
    EntityNetwork part;
    for (int old : std::as_const(order)) {
        newIndex.insert(old, int(part.nodes.size()));
        part.nodes.append(network.nodes.at(old));
    }
    for (const NetworkEdge& edge : network.edges) {
        const auto from = newIndex.constFind(edge.from), to = newIndex.constFind(edge.to);
        if (from == newIndex.cend() || to == newIndex.cend())
            continue;
        NetworkEdge kept = edge;
        kept.from = *from;
        kept.to = *to;
        part.edges.append(kept);
    }
    return part;
}

Result<EvidenceSentence> EntityNetworkBuilder::sentence(const NetworkEvidence& evidence)
{
    Result<Article> article = m_library.articles().article(evidence.articleId);
    Result<Annotation> from = m_library.annotations().annotation(evidence.fromAnnotationId);
    Result<Annotation> to = m_library.annotations().annotation(evidence.toAnnotationId);
    if (!article)
        return article.problem();
    if (!from)
        return from.problem();
    if (!to)
        return to.problem();
    const qsizetype start = qMin(from->start, to->start);
    const qsizetype end = qMax(from->end, to->end);
    // The sentences of the paragraph the relation starts in (a paragraph is far shorter than an
    // article, and sentences never cross paragraphs).
    const QString& body = article->body;
    const qsizetype paragraphStart = body.lastIndexOf(u'\n', start) + 1;
    qsizetype paragraphEnd = body.indexOf(u'\n', end);
    if (paragraphEnd < 0)
        paragraphEnd = body.size();
    const QStringView paragraph = QStringView(body).mid(paragraphStart, paragraphEnd - paragraphStart);
    qsizetype sentenceStart = paragraphStart, sentenceEnd = paragraphEnd;
    for (const QList<TextSpan>& sentence : icuSentences(paragraph)) {
        if (sentence.isEmpty())
            continue;
        const qsizetype s = paragraphStart + sentence.first().start, e = paragraphStart + sentence.last().end;
        if (s <= start && start < e)
            sentenceStart = s;
        if (s < end && end <= e)
            sentenceEnd = e;
    }
    EvidenceSentence result;
    result.articleTitle = article->title;
    result.text = body.mid(sentenceStart, sentenceEnd - sentenceStart);
    result.sentenceStart = sentenceStart;
    result.fromStart = from->start - sentenceStart;
    result.fromEnd = from->end - sentenceStart;
    result.toStart = to->start - sentenceStart;
    result.toEnd = to->end - sentenceStart;
    return result;
}

} // namespace hamish

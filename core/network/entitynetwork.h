#pragma once

#include "result.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hamish {

class Library;

// Which relations the network shows.
struct NetworkFilter
{
    QStringList relationTypes; // codes; empty: every type
    ArticleScope scope;        // the library or one collection, never the Trash
    QDate from;                // published dates, inclusive; invalid: no bound
    QDate to;
};

// An entity of the network: a registry entity, or (for a tag not linked to one) the tag's
// folded text and type, so that one name is one node either way.
struct NetworkNode
{
    QString key; // "entity:ID" or "text:TYPE:FOLDED"
    qint64 entityId = 0;
    QString name;
    qint64 entityTypeId = 0;
    QString typeCode;
    QString colour;   // the entity type's
    int mentions = 0; // tags of it in the articles shown
};

// One relation between two mentions, where the network's edge comes from.
struct NetworkEvidence
{
    qint64 relationId = 0;
    qint64 articleId = 0;
    qint64 fromAnnotationId = 0;
    qint64 toAnnotationId = 0;
};

// Every relation of one type between two nodes (either way round for a symmetric type).
struct NetworkEdge
{
    int from = 0; // node indexes
    int to = 0;
    qint64 relationTypeId = 0;
    QString typeCode;
    QString typeName; // Arabic
    QString colour;
    bool directed = true;
    QList<NetworkEvidence> evidence;

    int count() const { return int(evidence.size()); }
};

struct EntityNetwork
{
    QList<NetworkNode> nodes;
    QList<NetworkEdge> edges;
};

// The `maxNodes` nodes with the most mentions and the edges between them (a view of a large
// library stays readable); the network itself when it is no larger.
EntityNetwork largestPart(const EntityNetwork& network, int maxNodes);

// The sentence a relation was made in, with where its two ends fall in it (UTF-16 offsets of
// the sentence).
struct EvidenceSentence
{
    QString articleTitle;
    QString text;
    qsizetype fromStart = 0, fromEnd = 0, toStart = 0, toEnd = 0;
    qsizetype sentenceStart = 0; // in the article body
};

// Relations between mentions rolled up to relations between entities.
class EntityNetworkBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EntityNetworkBuilder)

public:
    explicit EntityNetworkBuilder(Library& library)
        : m_library(library)
    {
    }

    Result<EntityNetwork> build(const NetworkFilter& filter = {});
    Result<EvidenceSentence> sentence(const NetworkEvidence& evidence);

private:
    Library& m_library;
};

} // namespace hamish

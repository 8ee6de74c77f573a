#pragma once

#include "annotations/annotation.h"
#include "annotations/relation.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>

class QPainter;
class QTextDocument;

namespace hamish {

// One relation as drawn: a bracket-shaped arc that rises from its "from" end into the room above
// the line and comes down with an arrowhead on its "to" end (a symmetric type has none), with
// the type's short name in a small box on it. An arc whose ends are on two lines is drawn in two
// parts, each leaving its line in the direction of reading.
struct ArcShape
{
    qint64 relationId = 0;
    QPainterPath path;
    QList<std::pair<QPointF, QPointF>> heads; // tip, and a point behind it
    QRectF labelBox;
    QString label;
    QColor colour;
};

// Draws an article's relations as arcs above the text (as brat does), over the text without
// touching it: no char formats, nothing that could split an Arabic shaping run. Arcs of one line
// are stacked by span, the shortest lowest, so nested and crossing arcs stay apart.
class RelationArcs
{
public:
    static constexpr qreal LevelHeight = 8;
    static constexpr int MaxLevels = 3;
    // The room above each line the arcs need, for the reader's line spacing.
    static qreal roomAbove();

    void setRelations(QList<Relation> relations);
    const QList<Relation>& relations() const { return m_relations; }
    void setTypes(const QList<RelationType>& types, bool arabicNames);
    const RelationType* type(qint64 id) const;
    // The relation under the mouse: drawn stronger, its ends framed.
    void setHovered(qint64 relationId) { m_hovered = relationId; }
    qint64 hovered() const { return m_hovered; }
    // A link being made: its source, and the candidate target (0: none yet).
    void setPending(qint64 fromAnnotation, qint64 toAnnotation);
    qint64 pendingFrom() const { return m_pendingFrom; }
    qint64 pendingTo() const { return m_pendingTo; }

    // The shapes of the relations with an end in the annotations given (those visible).
    QList<ArcShape> layout(const QTextDocument& document, const QList<Annotation>& annotations) const;
    void paint(QPainter& painter, const QTextDocument& document, const QList<Annotation>& annotations) const;
    // The relation whose arc or label is at a point of the document, from the last paint.
    qint64 relationAt(const QPointF& documentPoint) const;
    // The ends of a relation, for framing them when it is hovered.
    std::pair<qint64, qint64> ends(qint64 relationId) const;

private:
    QList<Relation> m_relations;
    QHash<qint64, RelationType> m_types;
    bool m_arabicNames = true;
    qint64 m_hovered = 0;
    qint64 m_pendingFrom = 0;
    qint64 m_pendingTo = 0;
    mutable QList<ArcShape> m_lastShapes;
};

} // namespace hamish

#include "reader/relationarcs.h"

#include "reader/spangeometry.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QTextDocument>

namespace hamish {

namespace {

constexpr qreal LabelGap = 2;
constexpr qreal Corner = 3;

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

// Where an arc leaves or reaches an annotation: the top middle of its first piece.
struct Anchor
{
    QPointF point;
    qreal lineTop = 0;
    qreal lineLeft = 0; // the text column's edges on that line
    qreal lineRight = 0;
    bool valid = false;
};

Anchor anchorOf(const QTextDocument& document, const Annotation& a)
{
    const QList<QRectF> rects = spanRects(document, a.start, a.end);
    if (rects.isEmpty())
        return {};
    const QRectF first = rects.first();
    const qreal margin = document.documentMargin();
    return {QPointF(first.center().x(), first.top()), first.top(), margin, document.textWidth() - margin, true};
}

// One horizontal run of an arc on one line, from x1 to x2, with its level to come.
struct Run
{
    qsizetype shape = 0;
    qreal lineTop = 0;
    qreal left = 0;
    qreal right = 0;
    int level = 0;
};

} // namespace

qreal RelationArcs::roomAbove()
{
    return LevelHeight * MaxLevels + QFontMetricsF(labelFont()).height() / 2;
}

void RelationArcs::setRelations(QList<Relation> relations)
{
    m_relations = std::move(relations);
    if (m_hovered
        && std::none_of(m_relations.cbegin(), m_relations.cend(), [&](const Relation& r) { return r.id == m_hovered; }))
        m_hovered = 0;
}

void RelationArcs::setTypes(const QList<RelationType>& types, bool arabicNames)
{
    m_types.clear();
    for (const RelationType& t : types)
        m_types.insert(t.id, t);
    m_arabicNames = arabicNames;
}

const RelationType* RelationArcs::type(qint64 id) const
{
    const auto it = m_types.constFind(id);
    return it == m_types.cend() ? nullptr : &*it;
}

void RelationArcs::setPending(qint64 fromAnnotation, qint64 toAnnotation)
{
    m_pendingFrom = fromAnnotation;
    m_pendingTo = toAnnotation;
}

std::pair<qint64, qint64> RelationArcs::ends(qint64 relationId) const
{
    for (const Relation& r : m_relations) {
        if (r.id == relationId)
            return {r.fromId, r.toId};
    }
    return {0, 0};
}

QList<ArcShape> RelationArcs::layout(const QTextDocument& document, const QList<Annotation>& annotations) const
{
    QHash<qint64, const Annotation*> byId;
    for (const Annotation& a : annotations)
        byId.insert(a.id, &a);
    QList<Relation> drawn = m_relations;
    if (m_pendingFrom > 0 && m_pendingTo > 0)
        drawn.append(Relation{-1, 0, 0, m_pendingFrom, m_pendingTo, {}, {}, {}, {}, {}});
    const QFontMetricsF metrics(labelFont());

    // The ends of each arc, and its runs: one for an arc within a line, two across lines.
    struct Planned
    {
        const Relation* relation;
        Anchor from, to;
    };
    QList<Planned> planned;
    QList<Run> runs;
    QHash<qint64, Anchor> anchors;
    const auto anchor = [&](qint64 id) -> Anchor {
        if (const auto it = anchors.constFind(id); it != anchors.cend())
            return *it;
        const Annotation* a = byId.value(id);
        const Anchor found = a ? anchorOf(document, *a) : Anchor{};
        anchors.insert(id, found);
        return found;
    };
    for (const Relation& r : std::as_const(drawn)) {
        const Anchor from = anchor(r.fromId), to = anchor(r.toId);
        if (!from.valid || !to.valid)
            continue;
        const qsizetype index = planned.size();
        planned.append({&r, from, to});
        if (qAbs(from.lineTop - to.lineTop) < 1) {
            runs.append({index, from.lineTop, qMin(from.point.x(), to.point.x()), qMax(from.point.x(), to.point.x())});
            continue;
        }
        // Across lines: each part heads off its line the way the text reads on (right to left)
        // towards the other end.
        const bool toIsLater = to.lineTop > from.lineTop;
        runs.append({index, from.lineTop, toIsLater ? from.lineLeft : from.point.x(),
                     toIsLater ? from.point.x() : from.lineRight});
        runs.append(
            {index, to.lineTop, toIsLater ? to.point.x() : to.lineLeft, toIsLater ? to.lineRight : to.point.x()});
    }
    // Levels: on each line the narrowest runs first, each on the lowest level free over its width.
    QList<qsizetype> order(runs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return runs.at(a).right - runs.at(a).left < runs.at(b).right - runs.at(b).left;
    });
    for (qsizetype k = 0; k < order.size(); ++k) {
        Run& run = runs[order.at(k)];
        int level = 1;
        for (qsizetype j = 0; j < k; ++j) {
            const Run& placed = runs.at(order.at(j));
            if (qAbs(placed.lineTop - run.lineTop) < 1 && placed.left < run.right + 4 && run.left < placed.right + 4)
                level = qMax(level, placed.level + 1);
        }
        run.level = qMin(level, MaxLevels);
    }

    QList<ArcShape> shapes;
    QList<QRectF> placedLabels;
    for (qsizetype index = 0; index < planned.size(); ++index) {
        const Planned& p = planned.at(index);
        const RelationType* relationType = type(p.relation->typeId);
        ArcShape shape;
        shape.relationId = p.relation->id;
        shape.colour = relationType ? QColor(relationType->colour) : QColor(0x60, 0x60, 0x60);
        shape.label = relationType ? (m_arabicNames ? relationType->nameAr : relationType->nameEn) : QString();
        const bool directed = !relationType || relationType->directed;
        QList<const Run*> mine;
        for (const Run& run : std::as_const(runs)) {
            if (run.shape == index)
                mine.append(&run);
        }
        const auto rise = [&](const Run& run) { return run.lineTop - LevelHeight * run.level; };
        const auto corner = [&](QPainterPath& path, QPointF foot, QPointF top, qreal towards) {
            // Up from the foot, turning towards x = towards along the top.
            path.moveTo(foot);
            path.lineTo(foot.x(), top.y() + Corner);
            path.quadTo(foot.x(), top.y(), foot.x() + (towards > foot.x() ? Corner : -Corner), top.y());
        };
        if (mine.size() == 1) {
            const Run& run = *mine.first();
            const qreal top = rise(run);
            const QPointF a = p.from.point, b = p.to.point;
            corner(shape.path, a, QPointF(a.x(), top), b.x());
            shape.path.lineTo(b.x() + (a.x() > b.x() ? Corner : -Corner), top);
            shape.path.quadTo(b.x(), top, b.x(), top + Corner);
            shape.path.lineTo(b);
            shape.heads.append({b, QPointF(b.x(), b.y() - 5)});
            if (!directed)
                shape.heads.clear();
        } else if (mine.size() == 2) {
            const Run& first = *mine.at(0);
            const Run& second = *mine.at(1);
            const qreal top1 = rise(first), top2 = rise(second);
            const QPointF a = p.from.point, b = p.to.point;
            const qreal exit = a.x() > first.left + 0.5 ? first.left : first.right;
            corner(shape.path, a, QPointF(a.x(), top1), exit);
            shape.path.lineTo(exit, top1);
            const qreal entry = b.x() < second.right - 0.5 ? second.right : second.left;
            shape.path.moveTo(entry, top2);
            shape.path.lineTo(b.x() + (entry > b.x() ? Corner : -Corner), top2);
            shape.path.quadTo(b.x(), top2, b.x(), top2 + Corner);
            shape.path.lineTo(b);
            if (directed)
                shape.heads.append({b, QPointF(b.x(), b.y() - 5)});
        } else {
            continue;
        }
        // The label sits on the top of the arc's longer run, at its middle.
        const Run& labelled = **std::max_element(mine.cbegin(), mine.cend(), [](const Run* a, const Run* b) {
            return a->right - a->left < b->right - b->left;
        });
        const qreal width = metrics.horizontalAdvance(shape.label) + 2 * LabelGap;
        const qreal height = metrics.height();
        // Along its run, clear of the labels already placed where it can be (stacked runs are
        // closer than a label is tall).
        const qreal top = rise(labelled) - height / 2;
        const auto boxAt = [&](qreal fraction) {
            const qreal centre = labelled.left + (labelled.right - labelled.left) * fraction;
            return QRectF(centre - width / 2, top, width, height);
        };
        shape.labelBox = boxAt(0.5);
        for (const qreal fraction : {0.5, 0.25, 0.75, 0.1, 0.9}) {
            const QRectF box = boxAt(fraction);
            if (std::none_of(placedLabels.cbegin(), placedLabels.cend(),
                             [&](const QRectF& other) { return other.intersects(box); })) {
                shape.labelBox = box;
                break;
            }
        }
        placedLabels.append(shape.labelBox);
        shapes.append(shape);
    }
    return shapes;
}

void RelationArcs::paint(QPainter& painter, const QTextDocument& document, const QList<Annotation>& annotations) const
{
    m_lastShapes = layout(document, annotations);
    painter.save();
    painter.setFont(labelFont());
    for (const ArcShape& shape : std::as_const(m_lastShapes)) {
        const bool strong = shape.relationId == m_hovered || shape.relationId < 0;
        QColor colour = shape.colour;
        if (!strong && m_hovered != 0)
            colour.setAlpha(110); // the hovered one stands out
        painter.setPen(QPen(colour, strong ? 2.2 : 1.3, shape.relationId < 0 ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shape.path);
        painter.setBrush(colour);
        for (const auto& [tip, behind] : shape.heads) {
            QPolygonF head;
            head << tip << QPointF(tip.x() - 3.5, behind.y()) << QPointF(tip.x() + 3.5, behind.y());
            painter.drawPolygon(head);
        }
        if (!shape.label.isEmpty()) {
            painter.setPen(QPen(colour, 1));
            painter.setBrush(QColor(255, 255, 255, 235));
            painter.drawRoundedRect(shape.labelBox, 3, 3);
            painter.setPen(colour.darker(140));
            painter.drawText(shape.labelBox, Qt::AlignCenter, shape.label);
        }
    }
    painter.restore();
}

qint64 RelationArcs::relationAt(const QPointF& point) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(7);
    for (const ArcShape& shape : std::as_const(m_lastShapes)) {
        if (shape.relationId > 0
            && (shape.labelBox.contains(point) || stroker.createStroke(shape.path).contains(point)))
            return shape.relationId;
    }
    return 0;
}

} // namespace hamish

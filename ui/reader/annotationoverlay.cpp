#include "reader/annotationoverlay.h"

#include "reader/spangeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace hamish {

namespace {

constexpr int EntityTintAlpha = 70;
constexpr int HighlightAlpha = 170;

bool hasNote(const Annotation& a)
{
    return !a.note.trimmed().isEmpty();
}

} // namespace

namespace {

bool textOrder(const Annotation& a, const Annotation& b)
{
    return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
}

} // namespace

void AnnotationOverlay::setAnnotations(QList<Annotation> annotations)
{
    std::sort(annotations.begin(), annotations.end(), textOrder);
    m_annotations = std::move(annotations);
    m_longest = 0;
    for (const Annotation& a : m_annotations)
        m_longest = qMax(m_longest, a.end - a.start);
}

void AnnotationOverlay::setEntityTypes(const QList<EntityType>& types)
{
    m_types.clear();
    for (const EntityType& type : types)
        m_types.insert(type.id, type);
}

void AnnotationOverlay::addAnnotations(const QList<Annotation>& added)
{
    for (const Annotation& a : added) {
        m_annotations.insert(std::upper_bound(m_annotations.begin(), m_annotations.end(), a, textOrder), a);
        m_longest = qMax(m_longest, a.end - a.start);
    }
}

void AnnotationOverlay::removeAnnotations(const QList<qint64>& ids)
{
    m_annotations.removeIf([&](const Annotation& a) { return ids.contains(a.id); });
}

void AnnotationOverlay::updateAnnotation(const Annotation& annotation)
{
    for (Annotation& a : m_annotations) {
        if (a.id == annotation.id)
            a = annotation;
    }
}

bool AnnotationOverlay::dropSuggestionsOverlapping(qsizetype start, qsizetype end)
{
    const auto overlaps = [&](const Suggestion& s) { return s.span.start < end && start < s.span.end; };
    m_registrySuggestions.removeIf(overlaps);
    m_modelSuggestions.removeIf(overlaps);
    m_dateSuggestions.removeIf(overlaps);
    return m_suggestions.removeIf(overlaps) > 0;
}

void AnnotationOverlay::setSuggestions(QList<Suggestion> suggestions)
{
    m_registrySuggestions = std::move(suggestions);
    mergeSuggestions();
}

void AnnotationOverlay::setModelSuggestions(QList<Suggestion> suggestions)
{
    m_modelSuggestions = std::move(suggestions);
    mergeSuggestions();
}

void AnnotationOverlay::setDateSuggestions(QList<Suggestion> suggestions)
{
    m_dateSuggestions = std::move(suggestions);
    mergeSuggestions();
}

void AnnotationOverlay::mergeSuggestions()
{
    m_suggestions = m_registrySuggestions;
    for (const QList<Suggestion>* more : {&m_modelSuggestions, &m_dateSuggestions}) {
        for (const Suggestion& s : *more) {
            const bool known = std::any_of(m_suggestions.cbegin(), m_suggestions.cend(), [&](const Suggestion& r) {
                return r.span.start < s.span.end && s.span.start < r.span.end;
            });
            if (!known)
                m_suggestions.append(s);
        }
    }
    std::sort(m_suggestions.begin(), m_suggestions.end(),
              [](const Suggestion& a, const Suggestion& b) { return a.span.start < b.span.start; });
}

const Annotation* AnnotationOverlay::annotation(qint64 id) const
{
    for (const Annotation& a : m_annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Suggestion* AnnotationOverlay::suggestionAt(qsizetype position) const
{
    for (const Suggestion& s : m_suggestions) {
        if (s.span.start <= position && position < s.span.end)
            return &s;
    }
    return nullptr;
}

const EntityType* AnnotationOverlay::entityType(qint64 id) const
{
    const auto it = m_types.constFind(id);
    return it == m_types.cend() ? nullptr : &*it;
}

QList<Annotation> AnnotationOverlay::annotationsIn(qsizetype from, qsizetype to) const
{
    // Anything that overlaps starts at or after from - m_longest.
    const auto first = std::lower_bound(m_annotations.cbegin(), m_annotations.cend(), from - m_longest,
                                        [](const Annotation& a, qsizetype value) { return a.start < value; });
    QList<Annotation> found;
    for (auto it = first; it != m_annotations.cend() && it->start < to; ++it) {
        if (it->end > from)
            found.append(*it);
    }
    return found;
}

QList<Annotation> AnnotationOverlay::annotationsAt(qsizetype position) const
{
    QList<Annotation> found = annotationsIn(position, position + 1);
    std::sort(found.begin(), found.end(),
              [](const Annotation& a, const Annotation& b) { return a.end - a.start < b.end - b.start; });
    return found;
}

QColor AnnotationOverlay::colourOf(const Annotation& a) const
{
    switch (a.kind) {
    case AnnotationKind::Entity:
        if (const EntityType* type = entityType(a.entityTypeId))
            return QColor(type->colour);
        return Qt::gray;
    case AnnotationKind::Highlight:
        return QColor(highlightColourValue(a.colour));
    case AnnotationKind::Note:
        return QColor(0x80, 0x60, 0x20);
    }
    return Qt::gray;
}

namespace {

bool isLaidOut(const QTextDocument& document, int blockNumber)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    return block.isValid() && block.layout() && block.layout()->lineCount() > 0;
}

// Long articles are laid out lazily from the top, so only a prefix of the blocks has
// geometry; asking any other block for its place would lay out everything before it.
// Returns the first block, among those laid out, whose bottom reaches y.
int firstBlockReaching(const QTextDocument& document, qreal y)
{
    int low = 0, high = document.blockCount() - 1;
    while (low < high) { // the last laid-out block
        const int middle = (low + high + 1) / 2;
        if (isLaidOut(document, middle))
            low = middle;
        else
            high = middle - 1;
    }
    const int laidOut = low;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    low = 0;
    high = laidOut;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (layout->blockBoundingRect(document.findBlockByNumber(middle)).bottom() < y)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

} // namespace

QList<Annotation> AnnotationOverlay::visible(const QTextDocument& document, const QRectF& clip) const
{
    if (m_annotations.isEmpty())
        return {};
    const QTextBlock first = document.findBlockByNumber(firstBlockReaching(document, clip.top()));
    const QTextBlock last = document.findBlockByNumber(firstBlockReaching(document, clip.bottom()));
    const qsizetype from = first.isValid() ? first.position() : 0;
    const qsizetype to = last.isValid() ? last.position() + last.length() : document.characterCount();
    return annotationsIn(from, to);
}

void AnnotationOverlay::paintUnderText(QPainter& painter, const QTextDocument& document, const QRectF& clip) const
{
    painter.setPen(Qt::NoPen);
    for (const Annotation& a : visible(document, clip)) {
        QColor colour = colourOf(a);
        if (a.kind == AnnotationKind::Entity) {
            colour.setAlpha(EntityTintAlpha);
            for (const QRectF& rect : spanRects(document, a.start, a.end))
                painter.fillRect(rect, colour);
        } else if (a.kind == AnnotationKind::Highlight) {
            // A marker stroke: the lower part of the line, slightly rounded.
            colour.setAlpha(HighlightAlpha);
            painter.setBrush(colour);
            for (const QRectF& rect : spanRects(document, a.start, a.end)) {
                const QRectF stroke(rect.left(), rect.top() + rect.height() * 0.3, rect.width(), rect.height() * 0.62);
                painter.drawRoundedRect(stroke, 3, 3);
            }
            painter.setBrush(Qt::NoBrush);
        }
    }
}

void AnnotationOverlay::paintOverText(QPainter& painter, const QTextDocument& document, const QRectF& clip,
                                      qreal marginX) const
{
    // Suggestions: a faint dotted frame in the type's colour, nothing under the text; the
    // model's are dashed, stronger the surer it is.
    for (const Suggestion& s : m_suggestions) {
        if (const EntityType* type = entityType(s.entityTypeId)) {
            QColor colour(type->colour);
            colour.setAlpha(s.fromModel ? 60 + int(150 * qBound(0.0, s.confidence, 1.0)) : 150);
            painter.setPen(QPen(colour, s.fromModel ? 1.6 : 1.2, s.fromModel ? Qt::DashLine : Qt::DotLine));
            for (const QRectF& rect : spanRects(document, s.span.start, s.span.end)) {
                if (rect.intersects(clip))
                    painter.drawRoundedRect(rect.adjusted(0.5, 2, -0.5, -1), 3, 3);
            }
        }
    }
    const QList<Annotation> shown = visible(document, clip);
    QList<std::pair<qsizetype, int>> levels; // (end, level) of open entity spans, for nesting
    for (const Annotation& a : shown) {
        const QList<QRectF> rects = spanRects(document, a.start, a.end);
        if (a.kind == AnnotationKind::Entity) {
            levels.removeIf([&](const auto& open) { return open.first <= a.start; });
            int level = 0;
            while (std::any_of(levels.cbegin(), levels.cend(), [&](const auto& open) { return open.second == level; }))
                ++level;
            levels.append({a.end, level});
            painter.setPen(QPen(colourOf(a), 2));
            for (const QRectF& rect : rects) {
                const qreal y = rect.bottom() - 1.5 - 3.5 * level;
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
            }
        }
        if (hasNote(a) || a.kind == AnnotationKind::Note) {
            QPen dashed(QColor(0x80, 0x60, 0x20), 1.4, Qt::DashLine);
            painter.setPen(dashed);
            for (const QRectF& rect : rects)
                painter.drawLine(QPointF(rect.left(), rect.bottom() + 1), QPointF(rect.right(), rect.bottom() + 1));
            if (!rects.isEmpty()) {
                // The margin mark: a small note symbol level with the span's first line.
                const QRectF first = rects.first();
                const QRectF mark(marginX - 5, first.center().y() - 6, 10, 12);
                painter.setPen(QPen(QColor(0x80, 0x60, 0x20), 1));
                painter.setBrush(QColor(0xff, 0xe8, 0x9c));
                painter.drawRoundedRect(mark, 2, 2);
                painter.drawLine(QPointF(mark.left() + 2.5, mark.top() + 4),
                                 QPointF(mark.right() - 2.5, mark.top() + 4));
                painter.drawLine(QPointF(mark.left() + 2.5, mark.top() + 7.5),
                                 QPointF(mark.right() - 2.5, mark.top() + 7.5));
                painter.setBrush(Qt::NoBrush);
            }
        }
    }
    paintAttributeMarks(painter, document, shown);
    paintSpanMarks(painter, document, shown);
    if (m_showArcs && (!m_arcs.relations().isEmpty() || m_arcs.pendingFrom() > 0)) {
        // The visible annotations and the far ends of their relations: an arc is drawn on the
        // lines of its ends only, so the others cannot reach the viewport.
        QList<Annotation> ends = shown;
        QSet<qint64> have;
        for (const Annotation& a : shown)
            have.insert(a.id);
        const QSet<qint64> visibleIds = have;
        for (const Relation& r : m_arcs.relations()) {
            if (!visibleIds.contains(r.fromId) && !visibleIds.contains(r.toId))
                continue;
            for (const qint64 id : {r.fromId, r.toId}) {
                if (have.contains(id))
                    continue;
                if (const Annotation* a = annotation(id)) {
                    ends.append(*a);
                    have.insert(id);
                }
            }
        }
        for (const qint64 id : {m_arcs.pendingFrom(), m_arcs.pendingTo()}) {
            if (const Annotation* a = id > 0 && !have.contains(id) ? annotation(id) : nullptr) {
                ends.append(*a);
                have.insert(id);
            }
        }
        m_arcs.paint(painter, document, ends);
    }
    paintFrames(painter, document);
}

// The ends of the hovered relation, and of a link being made, framed.
void AnnotationOverlay::paintFrames(QPainter& painter, const QTextDocument& document) const
{
    const auto frame = [&](qint64 id, const QPen& pen) {
        if (const Annotation* a = annotation(id)) {
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            for (const QRectF& rect : spanRects(document, a->start, a->end))
                painter.drawRoundedRect(rect.adjusted(-1.5, -0.5, 1.5, 0.5), 3, 3);
        }
    };
    if (m_arcs.hovered() > 0) {
        const auto [from, to] = m_arcs.ends(m_arcs.hovered());
        const RelationType* type = nullptr;
        for (const Relation& r : m_arcs.relations()) {
            if (r.id == m_arcs.hovered())
                type = m_arcs.type(r.typeId);
        }
        const QPen pen(type ? QColor(type->colour) : QColor(Qt::darkGray), 2);
        frame(from, pen);
        frame(to, pen);
    }
    if (m_arcs.pendingFrom() > 0) {
        frame(m_arcs.pendingFrom(), QPen(QColor(0x20, 0x20, 0x20), 2));
        frame(m_arcs.pendingTo(), QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
    }
}

void AnnotationOverlay::paintSpanMarks(QPainter& painter, const QTextDocument& document,
                                       const QList<Annotation>& shown) const
{
    if (m_marks.isEmpty())
        return;
    painter.setBrush(Qt::NoBrush);
    for (const Annotation& a : shown) {
        const auto mark = m_marks.constFind(a.id);
        if (mark == m_marks.cend())
            continue;
        QPen pen(mark->colour, mark->width, mark->style);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        for (const QRectF& rect : spanRects(document, a.start, a.end))
            painter.drawRoundedRect(rect.adjusted(-1, 0.5, 1, -0.5), 3, 3);
    }
}

// Attribute values: a small dot each, in a row above the end of the span's first piece.
void AnnotationOverlay::paintAttributeMarks(QPainter& painter, const QTextDocument& document,
                                            const QList<Annotation>& shown) const
{
    for (const Annotation& a : shown) {
        int marks = 0;
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
            marks += it.value() != u"false";
        if (marks == 0)
            continue;
        const QList<QRectF> rects = spanRects(document, a.start, a.end);
        if (rects.isEmpty())
            continue;
        const QRectF first = rects.first();
        const QColor colour = colourOf(a).darker(130);
        painter.setPen(QPen(Qt::white, 0.8));
        painter.setBrush(colour);
        // At the span's end in reading order: its left on a right-to-left line.
        for (int i = 0; i < marks; ++i)
            painter.drawEllipse(QPointF(first.left() + 3 + i * 5.5, first.top() + 3), 2.4, 2.4);
        painter.setBrush(Qt::NoBrush);
    }
}

} // namespace hamish

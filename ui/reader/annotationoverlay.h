#pragma once

#include "annotations/annotation.h"
#include "entities/mentionsearch.h"
#include "reader/relationarcs.h"

#include <QColor>
#include <QHash>
#include <QList>

class QPainter;
class QRectF;
class QTextDocument;

namespace hamish {

// A frame drawn around an annotation on top of its type's marks: which layer it is in, or how it
// compares with another layer.
struct SpanMark
{
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    qreal width = 1.6;
};

// Draws an article's annotations over the reader without touching its text: entity tints and
// highlight markers under the glyphs, entity underlines and note marks over them. Only the
// annotations that overlap the visible part of the document are drawn.
class AnnotationOverlay
{
public:
    void setAnnotations(QList<Annotation> annotations);
    // In-place changes, so that one new annotation does not cost a reload of thousands.
    void addAnnotations(const QList<Annotation>& added);
    void removeAnnotations(const QList<qint64>& ids);
    void updateAnnotation(const Annotation& annotation);
    // Drops the suggestions that an entity tag on span now covers; true if any went.
    bool dropSuggestionsOverlapping(qsizetype start, qsizetype end);
    void setEntityTypes(const QList<EntityType>& types);
    const QList<Annotation>& annotations() const { return m_annotations; }
    // Untagged mentions of known entities, drawn faintly.
    void setSuggestions(QList<Suggestion> suggestions);
    // The recommender's, dashed and shaded by confidence; where one overlaps a known entity's
    // suggestion, the known entity's shows.
    void setModelSuggestions(QList<Suggestion> suggestions);
    // The date expressions Annotate ▸ Find Dates found, drawn as the recommender's are.
    void setDateSuggestions(QList<Suggestion> suggestions);
    const QList<Suggestion>& suggestions() const { return m_suggestions; }
    const Suggestion* suggestionAt(qsizetype position) const;
    const EntityType* entityType(qint64 id) const;

    // Annotations that contain position (start <= position < end), innermost first.
    QList<Annotation> annotationsAt(qsizetype position) const;
    // Annotations overlapping [from, to), in text order.
    QList<Annotation> annotationsIn(qsizetype from, qsizetype to) const;

    // documentClip is the visible rectangle in document coordinates.
    void paintUnderText(QPainter& painter, const QTextDocument& document, const QRectF& documentClip) const;
    void paintOverText(QPainter& painter, const QTextDocument& document, const QRectF& documentClip,
                       qreal marginX) const;

    QColor colourOf(const Annotation& annotation) const;
    const Annotation* annotation(qint64 id) const;

    // Frames around these annotations (by id); the others have none.
    void setSpanMarks(QHash<qint64, SpanMark> marks) { m_marks = std::move(marks); }
    const QHash<qint64, SpanMark>& spanMarks() const { return m_marks; }

    // The article's relations, drawn as arcs above the lines.
    RelationArcs& arcs() { return m_arcs; }
    const RelationArcs& arcs() const { return m_arcs; }
    void setShowArcs(bool show) { m_showArcs = show; }
    bool showsArcs() const { return m_showArcs; }

private:
    void paintFrames(QPainter& painter, const QTextDocument& document) const;
    void paintSpanMarks(QPainter& painter, const QTextDocument& document, const QList<Annotation>& shown) const;
    void paintAttributeMarks(QPainter& painter, const QTextDocument& document, const QList<Annotation>& shown) const;
    QList<Annotation> visible(const QTextDocument& document, const QRectF& documentClip) const;

    QList<Annotation> m_annotations; // sorted by start
    qsizetype m_longest = 0;         // longest span, bounds the search for overlaps
    QHash<qint64, EntityType> m_types;
    QHash<qint64, SpanMark> m_marks;
    void mergeSuggestions();

    QList<Suggestion> m_suggestions; // both kinds, merged
    QList<Suggestion> m_registrySuggestions;
    QList<Suggestion> m_modelSuggestions;
    QList<Suggestion> m_dateSuggestions;
    RelationArcs m_arcs;
    bool m_showArcs = true;
};

} // namespace hamish

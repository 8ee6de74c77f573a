#pragma once

#include "annotations/relation.h"
#include "annotations/schema.h"

#include <QObject>
#include <QPoint>

class QKeyEvent;
class QMenu;
class QMouseEvent;
class QUndoStack;
class QWidget;

namespace hamish {

class AnnotationService;
class ReaderView;
class RelationService;
class SchemaService;

// Relations in the reader: draws the article's relations as arcs, and makes them from the
// keyboard (L on an entity starts a link, Tab and Shift+Tab move through the entities in reading
// order, a relation type's digit or Enter finishes, Esc cancels) and with the mouse (Ctrl+drag
// from one entity to another, then pick the type). Every change is committed before it shows and
// is undoable.
class RelationController final : public QObject
{
    Q_OBJECT

public:
    RelationController(RelationService& relations, SchemaService& schema, AnnotationService& annotations,
                       QUndoStack& undoStack, ReaderView& reader, QWidget* window);

    void setArticle(qint64 articleId);
    // The open article's relations (empty when none is open).
    const QList<Relation>& relations() const;
    // The two ends of a relation of the open article, from first to second.
    QList<Annotation> relationEnds(const Relation& relation) const;
    const AnnotationSchema& schema() const { return m_schema; }

    // Starts a link from the entity at the caret; false when there is none.
    bool startLink();
    bool isLinking() const { return m_linkFrom > 0; }
    qint64 linkTarget() const { return m_linkTo; }
    // Moves the candidate target to the next (or previous) entity in reading order.
    void moveTarget(int step);
    // Finishes the link with the type of this hotkey (1–9); false when it is refused.
    bool finishLink(int hotkey);
    void cancelLink();

    // Creates a relation as one undoable step; the window reports a refusal.
    bool relate(qint64 fromAnnotation, qint64 toAnnotation, qint64 typeId, const QString& note = {});
    bool removeRelations(const QList<qint64>& ids);
    bool changeType(qint64 relationId, qint64 typeId);
    bool editNote(qint64 relationId);
    // The relation types a link between these two may have, in hotkey order.
    QList<RelationType> allowedTypes(qint64 fromAnnotation, qint64 toAnnotation) const;
    // Asks for a type with a menu at a point of the viewport; 0 when none was chosen.
    qint64 chooseType(qint64 fromAnnotation, qint64 toAnnotation, const QPoint& viewportPos);

    void fillContextMenu(QMenu& menu, const QPoint& viewportPos);

signals:
    void statusMessage(const QString& message);
    void errorOccurred(const QString& message);
    void relationsReloaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void reloadSchema();
    bool handleLinkKey(QKeyEvent* event);
    bool handleMouse(QMouseEvent* event);
    qint64 entityAt(const QPoint& viewportPos) const;
    qint64 entityAtCaret() const;
    QString quoteOf(qint64 annotationId) const;
    void showPending();
    void report(const QString& message);
    // "It allows PER to ORG." for a type's ends.
    static QString allowedText(const RelationType& type);

    RelationService& m_relations;
    SchemaService& m_schemaService;
    AnnotationService& m_annotations;
    QUndoStack& m_undoStack;
    ReaderView& m_reader;
    QWidget* m_window;
    AnnotationSchema m_schema;
    qint64 m_articleId = 0;
    qint64 m_linkFrom = 0;
    qint64 m_linkTo = 0;
    bool m_dragging = false;
};

} // namespace hamish

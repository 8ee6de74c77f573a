#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationservice.h"
#include "text/spansnap.h"

#include <QObject>

#include <functional>

class QKeyEvent;
class QMenu;
class QUndoStack;

namespace hamish {

class AnnotationService;
class CollectionService;
class EntityRegistry;
class MentionSearch;
class ReaderView;
class RelationService;
class SchemaService;
struct MentionHit;
struct Suggestion;

// Turns what the user does in the reader into annotation changes: keys 1–9 (or ١–٩) tag,
// H highlights, N writes a note, E sets the attributes of the tag at the caret, Delete removes
// the annotation under the caret, and the same in the context menu. Each change is committed by the service and pushed
// on the undo stack.
class AnnotationController final : public QObject
{
    Q_OBJECT

public:
    AnnotationController(AnnotationService& service, EntityRegistry& registry, MentionSearch& mentions,
                         CollectionService& collections, RelationService& relations, SchemaService& schema,
                         QUndoStack& undoStack, ReaderView& reader, QWidget* window);

    void setArticle(qint64 articleId);
    // The annotators whose layers the reader shows (and the keys act on); empty: every layer.
    void setVisibleLayers(const QStringList& annotators);
    QStringList visibleLayers() const { return m_visibleLayers; }
    qint64 article() const { return m_articleId; }

    void setSnapMode(SnapMode mode) { m_snapMode = mode; }
    SnapMode snapMode() const { return m_snapMode; }
    void setLeaveProcliticsOut(bool leaveOut) { m_leaveProcliticsOut = leaveOut; }
    bool leavesProcliticsOut() const { return m_leaveProcliticsOut; }
    void setCurrentColour(const QString& colour) { m_colour = colour; }
    QString currentColour() const { return m_colour; }

    // The span an action would annotate: the selection snapped, or the word at the caret.
    TextSpan targetSpan(bool forEntity) const;

    bool tagSelection(int typePosition);
    bool highlightSelection(const QString& colour = {});
    bool editNote();
    bool deleteAtCaret();
    // Removes an annotation with its relations; undo puts both back.
    bool removeAnnotation(qint64 id);
    // The attributes of an entity tag, in a dialog (E on the tag at the caret).
    bool editAttributes(qint64 id);
    // Sets an entity's attributes to these values as one undoable step.
    bool setAttributes(qint64 id, const QMap<QString, QString>& values);
    bool editAttributesAtCaret();
    bool changeNote(const Annotation& annotation);

    // Tag all occurrences: of the entity under the caret, or of the selection.
    bool tagAllOccurrences();
    // Tags the chosen hits as one undoable step, linked to the registry entity for name.
    bool tagHits(const QList<MentionHit>& hits, const QString& name, qint64 typeId);

    // Suggestions: untagged mentions of the registry's entities.
    bool acceptSuggestion(const Suggestion& suggestion);
    bool rejectSuggestion(const Suggestion& suggestion);
    // The suggestion under the caret (the A and R keys).
    // How a rejected model suggestion is remembered (the recommender's controller says).
    void setModelRejecter(std::function<Status(const Suggestion&)> rejecter) { m_modelRejecter = std::move(rejecter); }
    bool acceptSuggestionAtCaret();
    bool rejectSuggestionAtCaret();
    bool acceptAllSuggestions();
    // Annotate ▸ Find Dates: the article's untagged date expressions as DATE suggestions, until
    // another article opens; rejecting one only drops it.
    bool findDates();
    bool rejectAllSuggestions();
    const QList<Suggestion>& suggestions() const;

    // Notes on the whole article.
    bool addArticleNote();
    bool editArticleNote(const ArticleNote& note);
    bool removeArticleNote(const ArticleNote& note);

    void fillContextMenu(QMenu& menu);

signals:
    void errorOccurred(const QString& message);
    void suggestionsChanged();
    // Find Dates proposed this many.
    void datesFound(int count);
    // D: the document labels' menu is wanted.
    void labelsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    // Frames each annotator's tags in a style of their own when several layers show.
    void markLayers();
    QList<Annotation> shown(QList<Annotation> annotations) const;
    void refreshSuggestions();
    bool handleKey(QKeyEvent* event);
    bool create(AnnotationKind kind, qint64 typeId, const QString& colour, const QString& note, const QString& what);
    bool push(const QList<AnnotationDraft>& drafts, const QString& what);
    qint64 entityFor(const QString& quote, qint64 typeId);
    void report(const QString& message);
    // Where undo commands send the errors of their later undo and redo.
    std::function<void(const QString&)> errorSink();

    AnnotationService& m_service;
    EntityRegistry& m_registry;
    MentionSearch& m_mentions;
    CollectionService& m_collections;
    RelationService& m_relations;
    SchemaService& m_schema;
    QUndoStack& m_undoStack;
    ReaderView& m_reader;
    QWidget* m_window;
    qint64 m_articleId = 0;
    QStringList m_visibleLayers;
    SnapMode m_snapMode = SnapMode::Words;
    bool m_leaveProcliticsOut = false;
    QString m_colour = QStringLiteral("yellow");
    // Set when a precise notice already updated the reader, so that the general
    // annotationsChanged that follows it does not reload everything again.
    bool m_alreadyApplied = false;
    std::function<Status(const Suggestion&)> m_modelRejecter;
};

} // namespace hamish

#include "annotate/annotationcontroller.h"

#include "annotate/annotationcommands.h"
#include "annotate/annotationkeys.h"
#include "annotate/attributedialog.h"
#include "annotate/colourlabels.h"
#include "annotate/layermarks.h"
#include "annotate/notedialog.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "dates/dateattributes.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "entities/tagalldialog.h"
#include "reader/readerview.h"
#include "text/words.h"
#include "undo/changecommand.h"

#include <QKeyEvent>
#include <QMenu>
#include <QUndoStack>

namespace hamish {

AnnotationController::AnnotationController(AnnotationService& service, EntityRegistry& registry,
                                           MentionSearch& mentions, CollectionService& collections,
                                           RelationService& relations, SchemaService& schema, QUndoStack& undoStack,
                                           ReaderView& reader, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_registry(registry)
    , m_mentions(mentions)
    , m_collections(collections)
    , m_relations(relations)
    , m_schema(schema)
    , m_undoStack(undoStack)
    , m_reader(reader)
    , m_window(window)
{
    m_reader.installEventFilter(this);
    m_reader.viewport()->installEventFilter(this);
    connect(&m_service, &AnnotationService::annotationsAdded, this,
            [this](qint64 articleId, const QList<Annotation>& added) {
                if (articleId != m_articleId)
                    return;
                m_reader.overlay().addAnnotations(shown(added));
                markLayers();
                bool suggestionsWent = false;
                for (const Annotation& a : added) {
                    if (a.kind == AnnotationKind::Entity)
                        suggestionsWent =
                            m_reader.overlay().dropSuggestionsOverlapping(a.start, a.end) || suggestionsWent;
                }
                m_reader.overlayChanged();
                if (suggestionsWent)
                    emit suggestionsChanged();
                m_alreadyApplied = true;
            });
    connect(&m_service, &AnnotationService::annotationsRemoved, this,
            [this](qint64 articleId, const QList<qint64>& ids) {
                if (articleId != m_articleId)
                    return;
                m_reader.overlay().removeAnnotations(ids);
                markLayers();
                refreshSuggestions();
                m_reader.overlayChanged();
                m_alreadyApplied = true;
            });
    connect(&m_service, &AnnotationService::annotationUpdated, this, [this](const Annotation& annotation) {
        if (annotation.articleId != m_articleId)
            return;
        m_reader.overlay().updateAnnotation(annotation);
        m_reader.overlayChanged();
        m_alreadyApplied = true;
    });
    connect(&m_service, &AnnotationService::annotationsChanged, this, [this](qint64 articleId) {
        if (std::exchange(m_alreadyApplied, false) || articleId != m_articleId)
            return;
        reload();
    });
    connect(&m_service, &AnnotationService::entityTypesChanged, this, &AnnotationController::reload);
    connect(&m_registry, &EntityRegistry::entitiesChanged, this, &AnnotationController::reload);
    connect(&m_registry, &EntityRegistry::suggestionRejected, this, [this](qint64 articleId) {
        if (articleId == m_articleId)
            reload();
    });
}

void AnnotationController::setArticle(qint64 articleId)
{
    if (articleId != m_articleId)
        m_reader.overlay().setDateSuggestions({});
    m_articleId = articleId;
    reload();
}

void AnnotationController::setVisibleLayers(const QStringList& annotators)
{
    m_visibleLayers = annotators;
    reload();
}

QList<Annotation> AnnotationController::shown(QList<Annotation> annotations) const
{
    if (!m_visibleLayers.isEmpty())
        annotations.removeIf([this](const Annotation& a) { return !m_visibleLayers.contains(a.author); });
    return annotations;
}

void AnnotationController::markLayers()
{
    m_reader.overlay().setSpanMarks(layerMarks(m_reader.overlay().annotations()));
}

void AnnotationController::reload()
{
    const Result<QList<EntityType>> types = m_service.entityTypes();
    const Result<QList<Annotation>> annotations =
        m_articleId > 0 ? m_service.annotations(m_articleId) : Result<QList<Annotation>>(QList<Annotation>{});
    if (!types || !annotations) {
        report(!types ? types.error() : annotations.error());
        return;
    }
    m_reader.overlay().setEntityTypes(*types);
    m_reader.overlay().setAnnotations(shown(*annotations));
    markLayers();
    refreshSuggestions();
    m_reader.overlayChanged();
}

void AnnotationController::refreshSuggestions()
{
    const Result<QList<Suggestion>> suggestions =
        m_articleId > 0 ? m_mentions.suggestions(m_articleId) : Result<QList<Suggestion>>(QList<Suggestion>{});
    m_reader.overlay().setSuggestions(suggestions.value_or(QList<Suggestion>{}));
    emit suggestionsChanged();
}

const QList<Suggestion>& AnnotationController::suggestions() const
{
    return m_reader.overlay().suggestions();
}

qint64 AnnotationController::entityFor(const QString& quote, qint64 typeId)
{
    const Result<Entity> entity = m_registry.resolve(entityNameFor(quote), typeId);
    if (!entity) {
        report(entity.error());
        return 0;
    }
    return entity->id;
}

bool AnnotationController::push(const QList<AnnotationDraft>& drafts, const QString& what)
{
    const Result<QList<Annotation>> created = m_service.createMany(drafts);
    if (!created) {
        report(created.error());
        return false;
    }
    if (created->isEmpty()) {
        report(tr("Those annotations are already there."));
        return false;
    }
    m_undoStack.push(new AddAnnotationsCommand(m_service, errorSink(), *created, what));
    return true;
}

bool AnnotationController::tagHits(const QList<MentionHit>& hits, const QString& name, qint64 typeId)
{
    if (hits.isEmpty())
        return false;
    const qint64 entityId = entityFor(name, typeId);
    QList<AnnotationDraft> drafts;
    for (const MentionHit& hit : hits)
        drafts.append({hit.articleId, AnnotationKind::Entity, hit.span.start, hit.span.end, typeId, {}, {}, entityId});
    return push(drafts, tr("Tag all occurrences of %1").arg(name));
}

bool AnnotationController::tagAllOccurrences()
{
    if (m_articleId <= 0)
        return false;
    QString name;
    qint64 typeId = 0;
    QStringList variants;
    const QList<Annotation> here = m_reader.overlay().annotationsAt(m_reader.textCursor().position());
    const auto tagged =
        std::find_if(here.cbegin(), here.cend(), [](const Annotation& a) { return a.kind == AnnotationKind::Entity; });
    if (m_reader.selectedSpan().isEmpty() && tagged != here.cend()) {
        typeId = tagged->entityTypeId;
        name = entityNameFor(tagged->quote);
        if (tagged->entityId > 0) {
            if (const Result<Entity> entity = m_registry.entity(tagged->entityId); entity) {
                name = entity->name;
                variants = entity->variants;
            }
        }
    } else {
        const TextSpan span = targetSpan(false);
        if (span.isEmpty()) {
            report(tr("Select a name or put the caret on a tag first."));
            return false;
        }
        name = entityNameFor(m_reader.body().mid(span.start, span.end - span.start));
    }
    TagAllDialog dialog(m_mentions, m_service, m_collections, name, variants, typeId, m_articleId, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return tagHits(dialog.chosenHits(), dialog.name(), dialog.typeId());
}

bool AnnotationController::acceptSuggestion(const Suggestion& suggestion)
{
    // A model's suggestion is tagged as the user would tag it: linked to the registry's entity.
    const qint64 entity = suggestion.fromModel && suggestion.entityId == 0
                              ? entityFor(suggestion.text, suggestion.entityTypeId)
                              : suggestion.entityId;
    return push({AnnotationDraft{m_articleId,
                                 AnnotationKind::Entity,
                                 suggestion.span.start,
                                 suggestion.span.end,
                                 suggestion.entityTypeId,
                                 {},
                                 {},
                                 entity}},
                tr("Accept suggestion"));
}

bool AnnotationController::findDates()
{
    if (m_articleId <= 0)
        return false;
    const Result<QList<FoundDate>> found = m_service.findDates(m_articleId);
    const Result<QList<EntityType>> types = m_service.entityTypes();
    if (!found || !types) {
        report(!found ? found.error() : types.error());
        return false;
    }
    const auto date = std::find_if(types->cbegin(), types->cend(), [](const EntityType& t) {
        return t.code == QStringView(dateattributes::DateTypeCode);
    });
    if (date == types->cend()) {
        report(tr("There is no DATE entity type to propose dates as."));
        return false;
    }
    QList<Suggestion> suggestions;
    for (const FoundDate& f : *found) {
        if (!m_reader.overlay().annotationsIn(f.start, f.end).isEmpty())
            continue; // tagged already
        Suggestion s;
        s.entityTypeId = date->id;
        s.span = {f.start, f.end};
        s.text = m_reader.body().mid(f.start, f.end - f.start);
        s.fromDates = true;
        suggestions.append(s);
    }
    m_reader.overlay().setDateSuggestions(suggestions);
    m_reader.overlayChanged();
    emit suggestionsChanged();
    emit datesFound(int(suggestions.size()));
    return !suggestions.isEmpty();
}

bool AnnotationController::rejectSuggestion(const Suggestion& suggestion)
{
    if (suggestion.fromDates) {
        m_reader.overlay().dropSuggestionsOverlapping(suggestion.span.start, suggestion.span.end);
        m_reader.overlayChanged();
        emit suggestionsChanged();
        return true;
    }
    if (suggestion.fromModel) {
        if (!m_modelRejecter)
            return false;
        if (Status ok = m_modelRejecter(suggestion); !ok) {
            report(ok.error());
            return false;
        }
        m_reader.overlay().dropSuggestionsOverlapping(suggestion.span.start, suggestion.span.end);
        m_reader.overlayChanged();
        emit suggestionsChanged();
        return true;
    }
    if (Status ok = m_registry.rejectSuggestion(m_articleId, suggestion.entityId, suggestion.span); !ok) {
        report(ok.error());
        return false;
    }
    return true;
}

bool AnnotationController::acceptSuggestionAtCaret()
{
    const Suggestion* suggestion = m_reader.overlay().suggestionAt(m_reader.textCursor().position());
    return suggestion && acceptSuggestion(Suggestion(*suggestion));
}

bool AnnotationController::rejectSuggestionAtCaret()
{
    const Suggestion* suggestion = m_reader.overlay().suggestionAt(m_reader.textCursor().position());
    return suggestion && rejectSuggestion(Suggestion(*suggestion));
}

bool AnnotationController::acceptAllSuggestions()
{
    QList<AnnotationDraft> drafts;
    for (const Suggestion& s : suggestions())
        drafts.append(
            {m_articleId, AnnotationKind::Entity, s.span.start, s.span.end, s.entityTypeId, {}, {}, s.entityId});
    return !drafts.isEmpty() && push(drafts, tr("Accept all suggestions"));
}

bool AnnotationController::rejectAllSuggestions()
{
    const QList<Suggestion> all = suggestions();
    bool any = false;
    for (const Suggestion& s : all)
        any = rejectSuggestion(s) || any;
    return any;
}

void AnnotationController::report(const QString& message)
{
    emit errorOccurred(message);
}

std::function<void(const QString&)> AnnotationController::errorSink()
{
    return [this](const QString& message) { report(message); };
}

TextSpan AnnotationController::targetSpan(bool forEntity) const
{
    const QString& text = m_reader.body();
    TextSpan span = m_reader.selectedSpan();
    if (span.isEmpty()) {
        // No selection: the word at the caret, looked for around it only.
        qsizetype from = span.start;
        while (from > 0 && !text.at(from - 1).isSpace())
            --from;
        qsizetype to = span.start;
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        for (const WordSpan& word : findWords(QStringView(text).sliced(from, to - from))) {
            if (from + word.start <= span.start && span.start <= from + word.end) {
                span = {from + word.start, from + word.end};
                break;
            }
        }
    }
    span = snapSelection(text, span, m_snapMode);
    if (forEntity && m_leaveProcliticsOut && !span.isEmpty())
        span = withoutProclitics(text, span);
    return span;
}

bool AnnotationController::create(AnnotationKind kind, qint64 typeId, const QString& colour, const QString& note,
                                  const QString& what)
{
    if (m_articleId <= 0)
        return false;
    const TextSpan span = targetSpan(kind == AnnotationKind::Entity);
    if (span.isEmpty()) {
        report(tr("Select some text first."));
        return false;
    }
    const qint64 entityId =
        kind == AnnotationKind::Entity ? entityFor(m_reader.body().mid(span.start, span.end - span.start), typeId) : 0;
    return push({AnnotationDraft{m_articleId, kind, span.start, span.end, typeId, colour, note, entityId}}, what);
}

bool AnnotationController::tagSelection(int typePosition)
{
    const Result<QList<EntityType>> types = m_service.entityTypes();
    if (!types || typePosition < 0 || typePosition >= types->size())
        return false;
    const EntityType& type = types->at(typePosition);
    return create(AnnotationKind::Entity, type.id, {}, {}, tr("Tag as %1").arg(type.code));
}

bool AnnotationController::highlightSelection(const QString& colour)
{
    const QString chosen = colour.isEmpty() ? m_colour : colour;
    if (!colour.isEmpty())
        m_colour = colour;
    return create(AnnotationKind::Highlight, 0, chosen, {}, tr("Highlight"));
}

bool AnnotationController::changeNote(const Annotation& annotation)
{
    const std::optional<QString> note = NoteDialog::ask(m_window, annotation.quote, annotation.note);
    if (!note || *note == annotation.note)
        return false;
    if (annotation.kind == AnnotationKind::Note && note->trimmed().isEmpty())
        return removeAnnotation(annotation.id);
    Annotation changed = annotation;
    changed.note = *note;
    const Result<Annotation> updated = m_service.update(changed);
    if (!updated) {
        report(updated.error());
        return false;
    }
    m_undoStack.push(new ChangeAnnotationCommand(m_service, errorSink(), annotation, *updated, tr("Edit note")));
    return true;
}

bool AnnotationController::editNote()
{
    if (m_articleId <= 0)
        return false;
    // With no selection, N edits the note of the annotation under the caret.
    if (m_reader.selectedSpan().isEmpty()) {
        const QList<Annotation> here = m_reader.overlay().annotationsAt(m_reader.textCursor().position());
        if (!here.isEmpty())
            return changeNote(here.first());
    }
    const TextSpan span = targetSpan(false);
    if (span.isEmpty())
        return false;
    const std::optional<QString> note =
        NoteDialog::ask(m_window, m_reader.body().mid(span.start, span.end - span.start), {});
    if (!note || note->trimmed().isEmpty())
        return false;
    return create(AnnotationKind::Note, 0, {}, *note, tr("Add note"));
}

bool AnnotationController::removeAnnotation(qint64 id)
{
    const QList<Annotation>& all = m_reader.overlay().annotations();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Annotation& a) { return a.id == id; });
    if (it == all.cend())
        return false;
    // A copy: removing it changes the overlay's list, which the iterator points into.
    const Annotation removed = *it; // NOLINT(performance-unnecessary-copy-initialization)
    // Its relations go with it (the database cascades); the command keeps them for undo.
    const Result<QList<Relation>> relations = m_relations.touching({id});
    if (!relations) {
        report(relations.error());
        return false;
    }
    if (Status ok = m_service.remove({id}); !ok) {
        report(ok.error());
        return false;
    }
    m_undoStack.push(new RemoveAnnotationsCommand(m_service, errorSink(), {removed}, tr("Delete annotation"),
                                                  &m_relations, *relations));
    return true;
}

bool AnnotationController::editAttributes(qint64 id)
{
    const Annotation* annotation = m_reader.overlay().annotation(id);
    if (!annotation || annotation->kind != AnnotationKind::Entity)
        return false;
    const Annotation before = *annotation;
    const Result<AnnotationSchema> schema = m_schema.schema();
    if (!schema) {
        report(schema.error());
        return false;
    }
    const std::optional<QMap<QString, QString>> values =
        AttributeDialog::ask(m_window, before.quote, schema->attributesOf(before.entityTypeId), before.attributes);
    return values && *values != before.attributes && setAttributes(id, *values);
}

bool AnnotationController::setAttributes(qint64 id, const QMap<QString, QString>& values)
{
    const Result<Annotation> before = m_service.annotation(id);
    if (!before) {
        report(before.error());
        return false;
    }
    const Result<Annotation> after = m_service.setAttributes(id, values);
    if (!after) {
        report(after.error());
        return false;
    }
    AnnotationService& service = m_service;
    const QMap<QString, QString> was = before->attributes, is = values;
    const auto status = [](const Result<Annotation>& r) { return r ? Status() : failure(r.error()); };
    m_undoStack.push(new ChangeCommand(
        tr("Set attributes"), [&service, id, is, status] { return status(service.setAttributes(id, is)); },
        [&service, id, was, status] { return status(service.setAttributes(id, was)); }, errorSink()));
    return true;
}

bool AnnotationController::editAttributesAtCaret()
{
    for (const Annotation& a : m_reader.overlay().annotationsAt(m_reader.textCursor().position())) {
        if (a.kind == AnnotationKind::Entity)
            return editAttributes(a.id);
    }
    return false;
}

bool AnnotationController::deleteAtCaret()
{
    const QList<Annotation> here = m_reader.overlay().annotationsAt(m_reader.textCursor().position());
    return !here.isEmpty() && removeAnnotation(here.first().id);
}

bool AnnotationController::addArticleNote()
{
    if (m_articleId <= 0)
        return false;
    const std::optional<QString> text = NoteDialog::ask(m_window, tr("A note on the whole article"), {});
    if (!text || text->trimmed().isEmpty())
        return false;
    const Result<ArticleNote> added = m_service.addArticleNote(m_articleId, *text);
    if (!added) {
        report(added.error());
        return false;
    }
    m_undoStack.push(new ArticleNoteCommand(m_service, errorSink(), {}, *added, tr("Add article note")));
    return true;
}

bool AnnotationController::editArticleNote(const ArticleNote& note)
{
    const std::optional<QString> text = NoteDialog::ask(m_window, tr("A note on the whole article"), note.text);
    if (!text || *text == note.text)
        return false;
    if (text->trimmed().isEmpty())
        return removeArticleNote(note);
    ArticleNote changed = note;
    changed.text = *text;
    const Result<ArticleNote> updated = m_service.updateArticleNote(changed);
    if (!updated) {
        report(updated.error());
        return false;
    }
    m_undoStack.push(new ArticleNoteCommand(m_service, errorSink(), note, *updated, tr("Edit article note")));
    return true;
}

bool AnnotationController::removeArticleNote(const ArticleNote& note)
{
    if (Status ok = m_service.removeArticleNote(note); !ok) {
        report(ok.error());
        return false;
    }
    m_undoStack.push(new ArticleNoteCommand(m_service, errorSink(), note, {}, tr("Delete article note")));
    return true;
}

void AnnotationController::fillContextMenu(QMenu& menu)
{
    const Result<QList<EntityType>> types = m_service.entityTypes();
    QMenu* tag = menu.addMenu(tr("Tag as"));
    for (int i = 0; types && i < types->size(); ++i) {
        const EntityType& type = types->at(i);
        QAction* action = tag->addAction(QStringLiteral("%1 — %2 / %3").arg(type.code, type.nameAr, type.nameEn), this,
                                         [this, i] { tagSelection(i); });
        if (type.hotkey() > 0)
            action->setShortcut(QKeySequence(Qt::Key_0 + type.hotkey()));
    }
    QMenu* highlight = menu.addMenu(tr("Highlight"));
    for (const QString& colour : highlightColourNames()) {
        QAction* action =
            highlight->addAction(colourLabel(colour), this, [this, colour] { highlightSelection(colour); });
        QPixmap swatch(12, 12);
        swatch.fill(QColor(highlightColourValue(colour)));
        action->setIcon(QIcon(swatch));
        if (colour == m_colour)
            action->setShortcut(QKeySequence(Qt::Key_H));
    }
    menu.addAction(tr("Note…"), this, &AnnotationController::editNote)->setShortcut(QKeySequence(Qt::Key_N));
    menu.addAction(tr("Tag All Occurrences…"), this, &AnnotationController::tagAllOccurrences);
    if (const Suggestion* suggestion = m_reader.overlay().suggestionAt(m_reader.textCursor().position())) {
        const Suggestion chosen = *suggestion;
        menu.addAction(tr("Accept Suggestion"), this, [this, chosen] { acceptSuggestion(chosen); })
            ->setShortcut(QKeySequence(Qt::Key_A));
        menu.addAction(tr("Reject Suggestion"), this, [this, chosen] { rejectSuggestion(chosen); })
            ->setShortcut(QKeySequence(Qt::Key_R));
    }
    const QList<Annotation> here = m_reader.overlay().annotationsAt(m_reader.textCursor().position());
    const bool onEntity =
        std::any_of(here.cbegin(), here.cend(), [](const Annotation& a) { return a.kind == AnnotationKind::Entity; });
    menu.addAction(tr("Attributes…"), this, &AnnotationController::editAttributesAtCaret)
        ->setShortcut(QKeySequence(Qt::Key_E));
    menu.actions().constLast()->setEnabled(onEntity);
    QAction* remove = menu.addAction(tr("Delete Annotation"), this, &AnnotationController::deleteAtCaret);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(!here.isEmpty());
}

bool AnnotationController::handleKey(QKeyEvent* event)
{
    const AnnotationKeyPress press = annotationKeyOf(*event);
    switch (press.key) {
    case AnnotationKey::Tag:
        tagSelection(press.digit - 1);
        return true;
    case AnnotationKey::Highlight:
        highlightSelection();
        return true;
    case AnnotationKey::Note:
        editNote();
        return true;
    case AnnotationKey::Delete:
        deleteAtCaret();
        return true;
    case AnnotationKey::AcceptSuggestion:
        return acceptSuggestionAtCaret();
    case AnnotationKey::RejectSuggestion:
        return rejectSuggestionAtCaret();
    case AnnotationKey::Attributes:
        return editAttributesAtCaret();
    case AnnotationKey::Labels:
        emit labelsRequested();
        return true;
    case AnnotationKey::Link: // the relation controller's
    case AnnotationKey::None:
        return false;
    }
    return false;
}

bool AnnotationController::eventFilter(QObject* watched, QEvent* event)
{
    // A mouse selection shows at once what an action would annotate: whole graphemes, and
    // whole words unless exact characters were asked for.
    if (watched == m_reader.viewport() && event->type() == QEvent::MouseButtonRelease) {
        const TextSpan selected = m_reader.selectedSpan();
        if (!selected.isEmpty()) {
            const TextSpan snapped = snapSelection(m_reader.body(), selected, m_snapMode);
            if (snapped != selected && !snapped.isEmpty())
                QMetaObject::invokeMethod(
                    this, [this, snapped] { m_reader.selectSpan(snapped); }, Qt::QueuedConnection);
        }
        return false;
    }
    if (watched == &m_reader && event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)))
        return true;
    if (watched == &m_reader && event->type() == QEvent::ShortcutOverride) {
        // Claim the annotation keys before any application shortcut sees them.
        if (annotationKeyOf(*static_cast<QKeyEvent*>(event)).key != AnnotationKey::None) {
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hamish

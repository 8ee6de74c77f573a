#include "annotate/relationcontroller.h"

#include "annotate/annotationkeys.h"
#include "annotate/notedialog.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "reader/readerview.h"
#include "text/displaytext.h"
#include "undo/changecommand.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QUndoStack>

namespace hamish {

RelationController::RelationController(RelationService& relations, SchemaService& schema,
                                       AnnotationService& annotations, QUndoStack& undoStack, ReaderView& reader,
                                       QWidget* window)
    : QObject(window)
    , m_relations(relations)
    , m_schemaService(schema)
    , m_annotations(annotations)
    , m_undoStack(undoStack)
    , m_reader(reader)
    , m_window(window)
{
    // Installed after the annotation controller's filter, so it sees the keys first while linking.
    m_reader.installEventFilter(this);
    m_reader.viewport()->installEventFilter(this);
    m_reader.viewport()->setMouseTracking(true);
    connect(&m_relations, &RelationService::relationsChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId || articleId == 0)
            reload();
    });
    // Deleting an annotation deletes its relations (restoring them announces itself); a new tag
    // changes none, so a count tells whether to read them again.
    connect(&m_annotations, &AnnotationService::annotationsChanged, this, [this](qint64 articleId) {
        if (articleId != m_articleId)
            return;
        const Result<qint64> count = m_relations.count(articleId);
        if (!count || *count != m_reader.overlay().arcs().relations().size())
            reload();
    });
    connect(&m_annotations, &AnnotationService::entityTypesChanged, this, &RelationController::reloadSchema);
    connect(&m_schemaService, &SchemaService::schemaChanged, this, &RelationController::reloadSchema);
    reloadSchema();
}

void RelationController::setArticle(qint64 articleId)
{
    cancelLink();
    m_articleId = articleId;
    reload();
}

const QList<Relation>& RelationController::relations() const
{
    return m_reader.overlay().arcs().relations();
}

QList<Annotation> RelationController::relationEnds(const Relation& relation) const
{
    QList<Annotation> ends;
    for (const qint64 id : {relation.fromId, relation.toId}) {
        if (const Annotation* a = m_reader.overlay().annotation(id))
            ends.append(*a);
    }
    return ends;
}

void RelationController::reloadSchema()
{
    if (Result<AnnotationSchema> schema = m_schemaService.schema(); schema)
        m_schema = *schema;
    m_reader.overlay().arcs().setTypes(m_schema.relationTypes, m_reader.isRightToLeft() || m_window->isRightToLeft());
    m_reader.overlayChanged();
}

void RelationController::reload()
{
    Result<QList<Relation>> relations =
        m_articleId > 0 ? m_relations.relations(m_articleId) : Result<QList<Relation>>(QList<Relation>{});
    if (!relations) {
        report(relations.error());
        return;
    }
    RelationArcs& arcs = m_reader.overlay().arcs();
    arcs.setRelations(*relations);
    m_reader.setArcRoom(!relations->isEmpty() || isLinking());
    m_reader.overlayChanged();
    emit relationsReloaded();
}

qint64 RelationController::entityAtCaret() const
{
    for (const Annotation& a : m_reader.overlay().annotationsAt(m_reader.textCursor().position())) {
        if (a.kind == AnnotationKind::Entity)
            return a.id;
    }
    return 0;
}

qint64 RelationController::entityAt(const QPoint& viewportPos) const
{
    const int position = m_reader.cursorForPosition(viewportPos).position();
    for (const Annotation& a : m_reader.overlay().annotationsAt(position)) {
        if (a.kind == AnnotationKind::Entity)
            return a.id;
    }
    return 0;
}

QString RelationController::quoteOf(qint64 annotationId) const
{
    const Annotation* a = m_reader.overlay().annotation(annotationId);
    return a ? displaySafe(a->quote.simplified()) : QString();
}

bool RelationController::startLink()
{
    const qint64 from = entityAtCaret();
    if (from == 0) {
        emit statusMessage(tr("Put the caret in an entity tag to link it (L)."));
        return false;
    }
    m_linkFrom = from;
    m_linkTo = 0;
    moveTarget(1);
    m_reader.setArcRoom(true);
    return true;
}

void RelationController::moveTarget(int step)
{
    if (!isLinking())
        return;
    QList<const Annotation*> entities;
    for (const Annotation& a : m_reader.overlay().annotations()) {
        if (a.kind == AnnotationKind::Entity && a.id != m_linkFrom)
            entities.append(&a);
    }
    if (entities.isEmpty()) {
        m_linkTo = 0;
        showPending();
        return;
    }
    // Reading order is text order: right to left along the lines, top to bottom.
    const Annotation* anchor = m_reader.overlay().annotation(m_linkTo > 0 ? m_linkTo : m_linkFrom);
    qsizetype index = -1;
    if (m_linkTo > 0) {
        for (qsizetype i = 0; i < entities.size(); ++i) {
            if (entities.at(i)->id == m_linkTo)
                index = i;
        }
        index = (index + step + entities.size()) % entities.size();
    } else {
        index = 0;
        while (index < entities.size() && anchor && entities.at(index)->start < anchor->start)
            ++index;
        if (step < 0)
            --index;
        index = (index + entities.size()) % entities.size();
    }
    m_linkTo = entities.at(index)->id;
    showPending();
}

void RelationController::showPending()
{
    m_reader.overlay().arcs().setPending(m_linkFrom, m_linkTo);
    m_reader.overlayChanged();
    if (!isLinking())
        return;
    if (const Annotation* target = m_reader.overlay().annotation(m_linkTo)) {
        QTextCursor cursor(m_reader.document());
        cursor.setPosition(int(target->start));
        m_reader.setTextCursor(cursor);
        m_reader.ensureCursorVisible();
    }
    QStringList keys;
    for (const RelationType& type : allowedTypes(m_linkFrom, m_linkTo)) {
        if (type.hotkey() > 0)
            keys.append(QStringLiteral("%1 %2").arg(type.hotkey()).arg(type.nameAr));
    }
    emit statusMessage(tr("Linking «%1» to «%2»: Tab and Shift+Tab choose the target, a digit the type (%3), Enter a "
                          "list, Esc cancels.")
                           .arg(quoteOf(m_linkFrom), m_linkTo > 0 ? quoteOf(m_linkTo) : tr("no other entity"),
                                keys.isEmpty() ? tr("no type allows it") : keys.join(QStringLiteral("، "))));
}

void RelationController::cancelLink()
{
    if (!isLinking())
        return;
    m_linkFrom = m_linkTo = 0;
    m_reader.overlay().arcs().setPending(0, 0);
    m_reader.setArcRoom(!relations().isEmpty());
    m_reader.overlayChanged();
    emit statusMessage(QString());
}

QList<RelationType> RelationController::allowedTypes(qint64 fromAnnotation, qint64 toAnnotation) const
{
    const Annotation* from = m_reader.overlay().annotation(fromAnnotation);
    const Annotation* to = m_reader.overlay().annotation(toAnnotation);
    QList<RelationType> allowed;
    if (!from || !to)
        return allowed;
    const EntityType* fromType = m_schema.entityType(from->entityTypeId);
    const EntityType* toType = m_schema.entityType(to->entityTypeId);
    for (const RelationType& type : m_schema.relationTypes) {
        if (fromType && toType && type.allows(fromType->code, toType->code))
            allowed.append(type);
    }
    return allowed;
}

QString RelationController::allowedText(const RelationType& type)
{
    return tr("It allows %1 to %2.")
        .arg(type.sourceTypes.isEmpty() ? tr("any type") : type.sourceTypes.join(u'/'),
             type.targetTypes.isEmpty() ? tr("any type") : type.targetTypes.join(u'/'));
}

bool RelationController::finishLink(int hotkey)
{
    if (!isLinking() || m_linkTo == 0)
        return false;
    for (const RelationType& type : m_schema.relationTypes) {
        if (type.hotkey() == hotkey) {
            const qint64 from = m_linkFrom, to = m_linkTo;
            const QList<RelationType> allowed = allowedTypes(from, to);
            if (std::none_of(allowed.cbegin(), allowed.cend(),
                             [&type](const RelationType& t) { return t.id == type.id; })) {
                // Still linking: another key, or another target, may do.
                emit statusMessage(tr("%1 does not link «%2» to «%3». %4")
                                       .arg(m_window->isRightToLeft() ? type.nameAr : type.nameEn, quoteOf(from),
                                            quoteOf(to), allowedText(type)));
                return false;
            }
            cancelLink();
            return relate(from, to, type.id);
        }
    }
    emit statusMessage(tr("No relation type has the key %1.").arg(hotkey));
    return false;
}

bool RelationController::relate(qint64 fromAnnotation, qint64 toAnnotation, qint64 typeId, const QString& note)
{
    const Result<Relation> created = m_relations.create({fromAnnotation, toAnnotation, typeId, note, {}, {}});
    if (!created) {
        report(created.error());
        return false;
    }
    const Relation relation = *created;
    RelationService& service = m_relations;
    const RelationType* type = m_schema.relationType(typeId);
    m_undoStack.push(new ChangeCommand(
        tr("Link «%1» %2 «%3»").arg(quoteOf(fromAnnotation), type ? type->nameAr : QString(), quoteOf(toAnnotation)),
        [&service, relation] { return service.restore({relation}); },
        [&service, relation] { return service.remove({relation.id}); },
        [this](const QString& message) { report(message); }));
    return true;
}

bool RelationController::removeRelations(const QList<qint64>& ids)
{
    QList<Relation> removed;
    for (const qint64 id : ids) {
        const Result<Relation> r = m_relations.relation(id);
        if (!r) {
            report(r.error());
            return false;
        }
        removed.append(*r);
    }
    if (removed.isEmpty())
        return false;
    if (Status ok = m_relations.remove(ids); !ok) {
        report(ok.error());
        return false;
    }
    RelationService& service = m_relations;
    m_undoStack.push(new ChangeCommand(
        tr("Delete %n relation(s)", nullptr, int(removed.size())), [&service, ids] { return service.remove(ids); },
        [&service, removed] { return service.restore(removed); }, [this](const QString& message) { report(message); }));
    return true;
}

bool RelationController::changeType(qint64 relationId, qint64 typeId)
{
    const Result<Relation> before = m_relations.relation(relationId);
    if (!before) {
        report(before.error());
        return false;
    }
    Relation changed = *before;
    changed.typeId = typeId;
    const Result<Relation> after = m_relations.update(changed);
    if (!after) {
        report(after.error());
        return false;
    }
    RelationService& service = m_relations;
    const Relation was = *before, is = *after;
    const auto status = [](const Result<Relation>& r) { return r ? Status() : failure(r.error()); };
    m_undoStack.push(new ChangeCommand(
        tr("Change relation type"), [&service, is, status] { return status(service.update(is)); },
        [&service, was, status] { return status(service.update(was)); },
        [this](const QString& message) { report(message); }));
    return true;
}

bool RelationController::editNote(qint64 relationId)
{
    const Result<Relation> before = m_relations.relation(relationId);
    if (!before) {
        report(before.error());
        return false;
    }
    const std::optional<QString> note = NoteDialog::ask(
        m_window, tr("«%1» and «%2»").arg(quoteOf(before->fromId), quoteOf(before->toId)), before->note);
    if (!note || *note == before->note)
        return false;
    Relation changed = *before;
    changed.note = *note;
    const Result<Relation> after = m_relations.update(changed);
    if (!after) {
        report(after.error());
        return false;
    }
    RelationService& service = m_relations;
    const Relation was = *before, is = *after;
    const auto status = [](const Result<Relation>& r) { return r ? Status() : failure(r.error()); };
    m_undoStack.push(new ChangeCommand(
        tr("Edit relation note"), [&service, is, status] { return status(service.update(is)); },
        [&service, was, status] { return status(service.update(was)); },
        [this](const QString& message) { report(message); }));
    return true;
}

qint64 RelationController::chooseType(qint64 fromAnnotation, qint64 toAnnotation, const QPoint& viewportPos)
{
    QMenu menu(m_window);
    menu.setTitle(tr("Relation Type"));
    const QList<RelationType> allowed = allowedTypes(fromAnnotation, toAnnotation);
    for (const RelationType& type : m_schema.relationTypes) {
        const QString name = m_window->isRightToLeft() ? type.nameAr : type.nameEn;
        QAction* action =
            menu.addAction(type.hotkey() > 0 ? QStringLiteral("&%1 %2").arg(type.hotkey()).arg(name) : name);
        action->setData(type.id);
        const bool ok =
            std::any_of(allowed.cbegin(), allowed.cend(), [&](const RelationType& t) { return t.id == type.id; });
        action->setEnabled(ok);
        if (!ok)
            action->setToolTip(allowedText(type));
    }
    menu.setToolTipsVisible(true);
    QAction* chosen = menu.exec(m_reader.viewport()->mapToGlobal(viewportPos));
    return chosen ? chosen->data().toLongLong() : 0;
}

void RelationController::fillContextMenu(QMenu& menu, const QPoint& viewportPos)
{
    const qint64 hovered = m_reader.overlay().arcs().relationAt(m_reader.toDocument(viewportPos));
    if (hovered > 0) {
        menu.addSection(tr("Relation"));
        QMenu* types = menu.addMenu(tr("Change &Type"));
        for (const RelationType& type : m_schema.relationTypes)
            types->addAction(m_window->isRightToLeft() ? type.nameAr : type.nameEn, this,
                             [this, hovered, id = type.id] { changeType(hovered, id); });
        menu.addAction(tr("Relation &Note…"), this, [this, hovered] { editNote(hovered); });
        menu.addAction(tr("&Delete Relation"), this, [this, hovered] { removeRelations({hovered}); });
        return;
    }
    if (entityAtCaret() > 0)
        menu.addAction(tr("&Link to…\tL"), this, &RelationController::startLink);
}

void RelationController::report(const QString& message)
{
    if (!message.isEmpty())
        emit errorOccurred(message);
}

bool RelationController::handleLinkKey(QKeyEvent* event)
{
    if (!isLinking()) {
        if (annotationKeyOf(*event).key == AnnotationKey::Link) {
            startLink();
            return true;
        }
        return false;
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        cancelLink();
        return true;
    case Qt::Key_Tab:
        moveTarget(1);
        return true;
    case Qt::Key_Backtab:
        moveTarget(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (m_linkTo == 0)
            return true;
        const qint64 from = m_linkFrom, to = m_linkTo;
        const QList<QRectF> rects = m_reader.spanRectsInViewport(
            {m_reader.overlay().annotation(to)->start, m_reader.overlay().annotation(to)->end});
        const QPoint at = rects.isEmpty() ? QPoint() : rects.first().bottomLeft().toPoint();
        if (const qint64 type = chooseType(from, to, at); type > 0) {
            cancelLink();
            relate(from, to, type);
        }
        return true;
    }
    default:
        break;
    }
    if (const int digit = digitKeyOf(*event); digit > 0) {
        finishLink(digit);
        return true;
    }
    // Any other key ends the link without making one.
    if (!event->text().isEmpty() || event->key() == Qt::Key_Delete)
        cancelLink();
    return false;
}

bool RelationController::handleMouse(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (isLinking())
            cancelLink();
        if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
            if (const qint64 from = entityAt(pos); from > 0) {
                m_dragging = true;
                m_linkFrom = from;
                m_linkTo = 0;
                m_reader.setArcRoom(true);
                showPending();
                return true;
            }
        }
        return false;
    case QEvent::MouseMove:
        if (m_dragging) {
            const qint64 over = entityAt(pos);
            m_linkTo = over != m_linkFrom ? over : 0;
            m_reader.overlay().arcs().setPending(m_linkFrom, m_linkTo);
            m_reader.overlayChanged();
            return true;
        }
        if (event->buttons() == Qt::NoButton) {
            const qint64 hovered = m_reader.overlay().arcs().relationAt(m_reader.toDocument(pos));
            if (hovered != m_reader.overlay().arcs().hovered()) {
                m_reader.overlay().arcs().setHovered(hovered);
                m_reader.overlayChanged();
            }
        }
        return false;
    case QEvent::MouseButtonRelease:
        if (m_dragging) {
            m_dragging = false;
            const qint64 from = m_linkFrom, to = m_linkTo;
            if (to > 0) {
                if (const qint64 type = chooseType(from, to, pos); type > 0)
                    relate(from, to, type);
            }
            m_linkFrom = m_linkTo = 0;
            m_reader.overlay().arcs().setPending(0, 0);
            m_reader.setArcRoom(!relations().isEmpty());
            m_reader.overlayChanged();
            emit statusMessage(QString());
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool RelationController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_reader && event->type() == QEvent::KeyPress && handleLinkKey(static_cast<QKeyEvent*>(event)))
        return true;
    if (watched == &m_reader && event->type() == QEvent::ShortcutOverride && isLinking()) {
        event->accept(); // while linking, every key is the link's
        return true;
    }
    if (watched == m_reader.viewport()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove
            || event->type() == QEvent::MouseButtonRelease))
        return handleMouse(static_cast<QMouseEvent*>(event));
    if (watched == m_reader.viewport() && event->type() == QEvent::Leave && m_reader.overlay().arcs().hovered() > 0) {
        m_reader.overlay().arcs().setHovered(0);
        m_reader.overlayChanged();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hamish

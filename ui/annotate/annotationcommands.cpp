#include "annotate/annotationcommands.h"

#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"

namespace hamish {

namespace {

QList<qint64> idsOf(const QList<Annotation>& annotations)
{
    QList<qint64> ids;
    for (const Annotation& a : annotations)
        ids.append(a.id);
    return ids;
}

template<class T> Status statusOf(const Result<T>& result)
{
    if (!result)
        return failure(result.error());
    return {};
}

} // namespace

AnnotationCommand::AnnotationCommand(AnnotationService& service, ErrorSink onError, const QString& text)
    : QUndoCommand(text)
    , m_service(service)
    , m_onError(std::move(onError))
{
}

void AnnotationCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    if (Status ok = apply(); !ok && m_onError)
        m_onError(ok.error());
}

void AnnotationCommand::undo()
{
    if (Status ok = revert(); !ok && m_onError)
        m_onError(ok.error());
}

AddAnnotationsCommand::AddAnnotationsCommand(AnnotationService& service, ErrorSink onError, QList<Annotation> added,
                                             const QString& text)
    : AnnotationCommand(service, std::move(onError), text)
    , m_added(std::move(added))
{
}

Status AddAnnotationsCommand::apply()
{
    return service().restore(m_added);
}

Status AddAnnotationsCommand::revert()
{
    return service().remove(idsOf(m_added));
}

RemoveAnnotationsCommand::RemoveAnnotationsCommand(AnnotationService& service, ErrorSink onError,
                                                   QList<Annotation> removed, const QString& text,
                                                   RelationService* relations, QList<Relation> removedRelations)
    : AnnotationCommand(service, std::move(onError), text)
    , m_removed(std::move(removed))
    , m_relations(relations)
    , m_removedRelations(std::move(removedRelations))
{
}

Status RemoveAnnotationsCommand::apply()
{
    return service().remove(idsOf(m_removed));
}

Status RemoveAnnotationsCommand::revert()
{
    if (Status ok = service().restore(m_removed); !ok)
        return ok;
    if (m_relations && !m_removedRelations.isEmpty())
        return m_relations->restore(m_removedRelations);
    return {};
}

ChangeAnnotationCommand::ChangeAnnotationCommand(AnnotationService& service, ErrorSink onError, Annotation before,
                                                 Annotation after, const QString& text)
    : AnnotationCommand(service, std::move(onError), text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status ChangeAnnotationCommand::apply()
{
    return statusOf(service().update(m_after));
}

Status ChangeAnnotationCommand::revert()
{
    return statusOf(service().update(m_before));
}

ArticleNoteCommand::ArticleNoteCommand(AnnotationService& service, ErrorSink onError, ArticleNote before,
                                       ArticleNote after, const QString& text)
    : AnnotationCommand(service, std::move(onError), text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status ArticleNoteCommand::change(const ArticleNote& from, const ArticleNote& to)
{
    if (to.id == 0)
        return service().removeArticleNote(from);
    if (from.id == 0)
        return service().restoreArticleNote(to);
    return statusOf(service().updateArticleNote(to));
}

Status ArticleNoteCommand::apply()
{
    return change(m_before, m_after);
}

Status ArticleNoteCommand::revert()
{
    return change(m_after, m_before);
}

} // namespace hamish

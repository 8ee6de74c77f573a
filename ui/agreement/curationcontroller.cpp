#include "agreement/curationcontroller.h"

#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "jobs/jobrunner.h"
#include "undo/changecommand.h"

#include <QUndoStack>

namespace hamish {

CurationController::CurationController(Library& library, AnnotationService& annotations, RelationService& relations,
                                       QUndoStack& undoStack, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_annotations(annotations)
    , m_relations(relations)
    , m_undoStack(undoStack)
{
}

bool CurationController::accept(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement,
                                int side)
{
    return push(curation().accept(articleId, comparison, disagreement, side),
                tr("Take %1's Side").arg(comparison.layers.value(side)));
}

bool CurationController::decide(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement,
                                const QList<Annotation>& spans)
{
    return push(curation().decide(articleId, comparison, disagreement, spans), tr("Decide a Disagreement"));
}

bool CurationController::reject(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement)
{
    return push(curation().reject(articleId, comparison, disagreement), tr("Reject Both Sides"));
}

bool CurationController::acceptAgreed(const QStringList& layers, const QList<qint64>& articles)
{
    return push(curation().acceptAgreed(layers, articles), tr("Accept What All Agree On"));
}

void CurationController::computeProgress(JobRunner& jobs, const QList<qint64>& articles)
{
    auto result = std::make_shared<Result<QList<CurationCount>>>(failure(QString()));
    const QString curator = m_curator;
    Job* job = jobs.start(tr("Counting the disagreements left to curate"),
                          [result, curator, articles](Library& library, const JobControl&) {
                              *result = Curation(library, curator).progress({}, articles);
                          });
    connect(job, &Job::finished, this, [this, result, articles] {
        if (*result)
            emit progressComputed(**result, articles);
        else
            emit errorOccurred(result->error());
    });
}

bool CurationController::push(Result<CurationStep> step, const QString& text)
{
    if (!step) {
        emit errorOccurred(step.error());
        return false;
    }
    if (step->isEmpty())
        return true;
    announce(*step);
    const ErrorSink onError = [this](const QString& message) { emit errorOccurred(message); };
    const QString curator = m_curator;
    const CurationStep made = *step;
    m_undoStack.push(new ChangeCommand(
        text,
        [this, curator, made]() -> Status {
            Status ok = Curation(m_library, curator).redo(made);
            announce(made);
            return ok;
        },
        [this, curator, made]() -> Status {
            Status ok = Curation(m_library, curator).undo(made);
            announce(made);
            return ok;
        },
        onError));
    return true;
}

void CurationController::announce(const CurationStep& step)
{
    const QList<qint64> articles = step.articles();
    m_annotations.announce(articles);
    for (const qint64 id : articles) {
        m_relations.announce(id);
        m_relations.announceLabels(id);
    }
    emit curated(articles);
}

} // namespace hamish

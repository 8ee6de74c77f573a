#include "jobs/jobrunner.h"

#include "storage/library.h"

namespace hamish {

JobRunner::JobRunner(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

JobRunner::~JobRunner()
{
    cancelAll();
}

Job* JobRunner::start(const QString& title, Job::Work work)
{
    auto* job = new Job(
        title, m_library.path(), [library = &m_library] { return library->now(); }, std::move(work), this);
    m_jobs.append(job);
    m_library.holdChangeChecks();
    connect(job, &Job::finished, this, [this, job] {
        m_jobs.removeAll(job);
        m_library.releaseChangeChecks();
        emit jobFinished(job);
        job->deleteLater();
    });
    job->start();
    emit jobStarted(job);
    return job;
}

QList<Job*> JobRunner::running() const
{
    QList<Job*> jobs;
    for (const QPointer<Job>& job : m_jobs) {
        if (job && job->isRunning())
            jobs.append(job);
    }
    return jobs;
}

void JobRunner::cancelAll()
{
    for (Job* job : running())
        job->cancel();
    for (Job* job : running())
        job->wait(-1);
}

} // namespace hamish

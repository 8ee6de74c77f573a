#pragma once

#include "jobs/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace hamish {

class Library;

// Starts the window's long jobs on worker threads against its library, keeps track of them
// for the status bar, and stops them when the window closes. After a job that wrote, the library's
// change watcher is told, so that the window's own writes are not taken for another process's.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(Library& library, QObject* parent = nullptr);
    ~JobRunner() override;

    // Starts work on a new thread. The Job belongs to the runner and is deleted after finished().
    Job* start(const QString& title, Job::Work work);

    QList<Job*> running() const;
    bool isBusy() const { return !running().isEmpty(); }
    // Cancels every job and waits for their threads (each stops at its next check).
    void cancelAll();

signals:
    void jobStarted(Job* job);
    void jobFinished(Job* job);

private:
    Library& m_library;
    QList<QPointer<Job>> m_jobs;
};

} // namespace hamish

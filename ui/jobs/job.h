#pragma once

#include "jobs/jobcontrol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace hamish {

class Library;

// One long piece of core work on a thread of its own, with its own connection to the library
// (SQLite connections stay on their thread). The work gets the connection and a JobControl;
// progress and the end are delivered on the thread that made the Job. The window stays free:
// it repaints, scrolls and can be closed while the work runs; Cancel stops it at its next check.
class Job final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(Library& library, const JobControl& control)>;
    // Work that needs no library, such as reading a file for a preview.
    using Task = std::function<void(const JobControl& control)>;

    using Clock = std::function<QDateTime()>;

    // `clock` stamps what the work writes (the window's library's clock, which tests set).
    Job(QString title, QString libraryPath, Clock clock, Work work, QObject* parent = nullptr);
    Job(QString title, Task task, QObject* parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    void start();
    void cancel();
    bool isCancelled() const { return m_control.isCancelled(); }
    bool isRunning() const;
    // Waits for the thread (the window's close); true when it has ended.
    bool wait(int milliseconds);
    // Set when the library could not be opened on the worker thread; the work did not run.
    QString openError() const { return m_openError; }

signals:
    void progressed(qint64 done, qint64 total, const QString& label);
    void finished();

private:
    void run();
    void reportProgress(qint64 done, qint64 total, const QString& label);

    QString m_title;
    QString m_libraryPath;
    Clock m_clock;
    Work m_work;
    Task m_task;
    JobControl m_control;
    QThread* m_thread = nullptr;
    QString m_openError;
    QElapsedTimer m_sinceLastProgress; // touched only by the worker thread
};

} // namespace hamish

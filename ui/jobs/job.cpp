#include "jobs/job.h"

#include "storage/library.h"

#include <QThread>

namespace hamish {

namespace {

// Progress is a notice for the eye: a few a second is enough, and more would flood the queue.
constexpr qint64 ProgressIntervalMs = 40;

} // namespace

Job::Job(QString title, QString libraryPath, Clock clock, Work work, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_libraryPath(std::move(libraryPath))
    , m_clock(std::move(clock))
    , m_work(std::move(work))
{
    m_control.progress = [this](qint64 done, qint64 total, const QString& label) {
        reportProgress(done, total, label);
    };
}

Job::Job(QString title, Task task, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_task(std::move(task))
{
    m_control.progress = [this](qint64 done, qint64 total, const QString& label) {
        reportProgress(done, total, label);
    };
}

Job::~Job()
{
    if (m_thread) {
        m_control.cancellation.cancel();
        m_thread->wait();
    }
}

void Job::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_title);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

void Job::cancel()
{
    m_control.cancellation.cancel();
}

bool Job::isRunning() const
{
    return m_thread != nullptr;
}

bool Job::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

void Job::run()
{
    m_sinceLastProgress.start();
    if (m_task) {
        m_task(m_control);
        return;
    }
    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath);
    if (!library) {
        m_openError = library.error();
        return;
    }
    if (m_clock)
        (*library)->setClock(m_clock);
    m_work(**library, m_control);
}

void Job::reportProgress(qint64 done, qint64 total, const QString& label)
{
    if (done < total && m_sinceLastProgress.isValid() && m_sinceLastProgress.elapsed() < ProgressIntervalMs)
        return;
    m_sinceLastProgress.restart();
    QMetaObject::invokeMethod(
        this, [this, done, total, label] { emit progressed(done, total, label); }, Qt::QueuedConnection);
}

} // namespace hamish

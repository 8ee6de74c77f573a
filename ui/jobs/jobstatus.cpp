#include "jobs/jobstatus.h"

#include "jobs/jobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace hamish {

JobStatus::JobStatus(JobRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_shown) {
            m_shown->cancel();
            m_label->setText(tr("Cancelling %1…").arg(m_shown->title()));
        }
    });
    connect(&m_runner, &JobRunner::jobStarted, this, &JobStatus::follow);
    connect(&m_runner, &JobRunner::jobFinished, this, [this](Job* job) {
        if (job == m_shown)
            m_shown = nullptr;
        refresh();
    });
    hide();
}

void JobStatus::follow(Job* job)
{
    m_shown = job;
    m_label->setText(job->title());
    m_progress->setRange(0, 0); // busy until the first progress
    connect(job, &Job::progressed, this, [this, job](qint64 done, qint64 total, const QString&) {
        if (job != m_shown || job->isCancelled())
            return;
        // QProgressBar takes ints: scale large totals (bytes of a corpus) to per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    });
    show();
}

void JobStatus::refresh()
{
    const QList<Job*> running = m_runner.running();
    if (running.isEmpty()) {
        hide();
        return;
    }
    if (!m_shown)
        follow(running.last());
}

} // namespace hamish

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace hamish {

class Job;
class JobRunner;

// The status bar's view of the running jobs: what the latest one does, how far it is, and a
// button that cancels it. Hidden while nothing runs.
class JobStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatus(JobRunner& runner, QWidget* parent = nullptr);

    QToolButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

private:
    void follow(Job* job);
    void refresh();

    JobRunner& m_runner;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    Job* m_shown = nullptr;
};

} // namespace hamish

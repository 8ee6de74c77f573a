#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace hamish {

// Asks a running job to stop. Copies share one flag, so the window keeps one and the worker
// thread checks another; the job stops at its next check and rolls back what it began.
class CancellationToken
{
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// What a long core job gets from whoever runs it: where to report progress (called on the
// job's own thread) and the token that cancels it. Both may be left empty.
struct JobControl
{
    std::function<void(qint64 done, qint64 total, const QString& label)> progress;
    CancellationToken cancellation;

    bool isCancelled() const { return cancellation.isCancelled(); }
    void report(qint64 done, qint64 total, const QString& label = {}) const
    {
        if (progress)
            progress(done, total, label);
    }
};

} // namespace hamish

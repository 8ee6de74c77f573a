#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

namespace hamish {

// One window per library. The first instance takes a lock next to the library and listens on
// a local socket; a second instance hands its request to the first (which comes to the front)
// and exits. If the lock is held but nobody answers, the caller opens the library read-only.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Role { Primary, Forwarded, Blocked };

    explicit SingleInstance(const QString& libraryPath, QObject* parent = nullptr);
    Role claim();

signals:
    void activationRequested();

private:
    QString m_name;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace hamish

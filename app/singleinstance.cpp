#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace hamish {

namespace {

QString serverName(const QString& libraryPath)
{
    const QByteArray key = qgetenv("USER") + '\n' + QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    return QStringLiteral("hamish-")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString& libraryPath, QObject* parent)
    : QObject(parent)
    , m_name(serverName(libraryPath))
    , m_lock(QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            emit activationRequested();
        }
    });
}

SingleInstance::Role SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.write("activate\n");
        probe.waitForBytesWritten(500);
        probe.disconnectFromServer();
        return Role::Forwarded;
    }
    // On the first run the library's folder does not exist yet; the lock lives beside the file.
    QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath());
    if (!m_lock.tryLock(200))
        return Role::Blocked;
    // We own the lock, so a socket file left by a crashed instance can go.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    return m_server.listen(m_name) ? Role::Primary : Role::Blocked;
}

} // namespace hamish

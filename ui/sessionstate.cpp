#include "sessionstate.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace hamish {

SessionState::SessionState(const QString& libraryPath)
    : m_group(QStringLiteral("session/")
              + QString::fromLatin1(
                  QCryptographicHash::hash(QFileInfo(libraryPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                      .toHex()
                      .left(16)))
{
}

qint64 SessionState::lastArticle() const
{
    return QSettings().value(m_group + QStringLiteral("/article"), 0).toLongLong();
}

int SessionState::scrollPosition() const
{
    return QSettings().value(m_group + QStringLiteral("/scroll"), 0).toInt();
}

void SessionState::save(qint64 articleId, int scrollPosition) const
{
    QSettings settings;
    settings.setValue(m_group + QStringLiteral("/article"), articleId);
    settings.setValue(m_group + QStringLiteral("/scroll"), scrollPosition);
}

} // namespace hamish

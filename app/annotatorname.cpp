#include "annotatorname.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace hamish {

QString osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd* entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("annotator") : user;
}

QString annotatorName()
{
    const QString configured = QSettings().value(QStringLiteral("annotator/name")).toString().trimmed();
    return configured.isEmpty() ? osUserName() : configured;
}

} // namespace hamish

#include "storage/library.h"

#include "search/searchextensions.h"
#include "storage/migrations.h"

#include <QStandardPaths>
#include <QTimer>

namespace hamish {

Result<std::unique_ptr<Library>> Library::open(const QString& path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, mode);
    if (!db)
        return failure(db.error());
    if (Status ok = registerSearchExtensions(**db); !ok)
        return failure(ok.error());
    if (mode == Database::Mode::ReadWrite) {
        if (Status ok = migrate(**db); !ok)
            return failure(ok.error());
    } else {
        Result<int> version = schemaVersion(**db);
        if (!version)
            return failure(version.error());
        if (*version != latestSchemaVersion())
            return failure(
                Database::tr("%1 has schema %2 and cannot be upgraded while it is read-only.").arg(path).arg(*version));
    }
    return std::unique_ptr<Library>(new Library(std::move(*db)));
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.hamish");
}

Library::Library(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_articles(*m_db)
    , m_annotations(*m_db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void Library::watchForChanges(int intervalMs)
{
    acknowledgeOwnWrites();
    auto* timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, &Library::checkForChanges);
    timer->start();
}

bool Library::checkForChanges()
{
    if (m_checkHolds > 0)
        return false;
    const Result<qint64> now = dataVersion();
    if (!now || *now == m_seenDataVersion)
        return false;
    m_seenDataVersion = *now;
    emit changedElsewhere();
    return true;
}

void Library::acknowledgeOwnWrites()
{
    m_seenDataVersion = dataVersion().value_or(m_seenDataVersion);
}

void Library::releaseChangeChecks()
{
    if (m_checkHolds == 0)
        return;
    if (--m_checkHolds == 0)
        acknowledgeOwnWrites();
}

} // namespace hamish

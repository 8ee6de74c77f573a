#include "storage/backup.h"

#include "jobs/jobcontrol.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace hamish {

namespace {

// Pages per step: small enough for progress and Cancel, large enough to be quick. A write by
// another connection between steps restarts the copy; after one restart the rest goes in one step.
constexpr int PagesPerStep = 4096;

struct Connection
{
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

QString errorOf(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

Status LibraryBackup::write(Database& source, const QString& outPath, const JobControl& control)
{
    const QFileInfo target(outPath);
    if (target.exists() || target.isSymLink())
        return failureIn(outPath, tr("there is a file here already; a backup never replaces one."));
    if (!target.absoluteDir().exists())
        return failureIn(outPath, tr("the folder %1 does not exist.").arg(target.absolutePath()));
    // The copy is made beside its destination and renamed into place when whole.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return failureIn(outPath, tr("cannot write here (%1).").arg(file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const auto abandon = [&](const QString& why) {
        QFile::remove(partial);
        return failureIn(outPath, why);
    };

    {
        Connection copy;
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy.db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK)
            return abandon(tr("cannot write here (%1).").arg(errorOf(copy.db)));
        sqlite3_backup* backup = sqlite3_backup_init(copy.db, "main", source.handle(), "main");
        if (!backup)
            return abandon(tr("the backup cannot start (%1).").arg(errorOf(copy.db)));
        int rc = SQLITE_OK;
        int pages = PagesPerStep;
        int lastRemaining = -1;
        do {
            if (control.isCancelled()) {
                sqlite3_backup_finish(backup);
                return abandon(tr("cancelled."));
            }
            rc = sqlite3_backup_step(backup, pages);
            const int remaining = sqlite3_backup_remaining(backup);
            const int total = sqlite3_backup_pagecount(backup);
            if (lastRemaining >= 0 && remaining > lastRemaining)
                pages = -1; // restarted by another writer: take the rest in one snapshot
            lastRemaining = remaining;
            control.report(total - remaining, total);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(5);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return abandon(tr("the backup failed (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        // A copy of a WAL library would be in WAL mode too, and need its -wal file beside it.
        char* message = nullptr;
        QString check;
        const auto collect = [](void* out, int columns, char** values, char**) {
            if (columns > 0 && values[0])
                static_cast<QString*>(out)->append(QString::fromUtf8(values[0]));
            return 0;
        };
        if (sqlite3_exec(copy.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message) != SQLITE_OK
            || sqlite3_exec(copy.db, "PRAGMA quick_check", collect, &check, &message) != SQLITE_OK || check != u"ok") {
            const QString why = message ? QString::fromUtf8(message) : check;
            sqlite3_free(message);
            return abandon(tr("the copy does not check out (%1).").arg(why));
        }
    }
    if (QFileInfo::exists(outPath) || !QFile::rename(partial, outPath))
        return abandon(tr("the copy could not be put in place (a file appeared there meanwhile)."));
    return {};
}

} // namespace hamish

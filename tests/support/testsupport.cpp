#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace hamish::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(HAMISH_TEST_DATA "/") + relative;
}

QString sharedPath(const QString& relative)
{
    return QStringLiteral(HAMISH_SHARED_DIR "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 29), QTime(12, 30, 15, 250), Qt::UTC);
}

qint64 peakMemoryBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

TempLibrary::TempLibrary()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<std::unique_ptr<Library>> opened = Library::open(path());
    if (!opened)
        qFatal("cannot open a test library: %s", qPrintable(opened.error()));
    library = std::move(*opened);
    library->setClock(fixedNow);
}

QString TempLibrary::path() const
{
    return dir.filePath(QStringLiteral("test.hamish"));
}

} // namespace hamish::test

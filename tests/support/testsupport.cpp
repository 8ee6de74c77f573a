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

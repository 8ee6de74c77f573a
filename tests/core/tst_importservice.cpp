#include "import/importservice.h"
#include "testsupport.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace hamish;

namespace {

qint64 articleCount(test::TempLibrary& temp)
{
    return temp.library->articles().count().value_or(-1);
}

QString copyInto(const QTemporaryDir& dir, const QString& relativeTarget, const QString& fixture)
{
    const QString target = dir.filePath(relativeTarget);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::copy(test::dataPath(fixture), target);
    return target;
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void importFile_multiArticleText_storesEachArticleWithItsOrigin()
    {
        test::TempLibrary temp;
        ImportService service(*temp.library);
        QSignalSpy added(temp.library.get(), &Library::articlesAdded);
        const FileReport report = service.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.added.size(), 2);
        QCOMPARE(report.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(added.size(), 1);
        const Article opEd = temp.library->articles().article(report.added.at(1)).value();
        QCOMPARE(opEd.author, QStringLiteral("هالة المصري"));
        QCOMPARE(opEd.relatedTitles.size(), 2);
        QVERIFY(opEd.originPath.endsWith(QStringLiteral("multi-article.txt")));
        QCOMPARE(opEd.originEncoding, QStringLiteral("UTF-8"));
        QCOMPARE(opEd.importedAt, test::fixedNow());
    }

    void importFile_raw_keepsTheFileAsOneArticle()
    {
        test::TempLibrary temp;
        ImportService service(*temp.library);
        ImportOptions raw;
        raw.raw = true;
        const FileReport report = service.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), raw);
        QCOMPARE(report.added.size(), 1);
        const QString body = temp.library->articles().article(report.added.first())->body;
        QVERIFY(body.contains(QStringLiteral("رابط مختصر")));
    }

    void importFile_again_isReportedAsDuplicateNotError()
    {
        test::TempLibrary temp;
        ImportService service(*temp.library);
        const QString path = test::dataPath(QStringLiteral("import/articles.json"));
        const FileReport first = service.importFile(path, {});
        QCOMPARE(first.added.size(), 2); // the fourth record repeats the first
        QCOMPARE(first.duplicates.size(), 1);
        QCOMPARE(first.warnings.size(), 1); // the empty record
        const FileReport second = service.importFile(path, {});
        QVERIFY(second.succeeded());
        QCOMPARE(second.added.size(), 0);
        QCOMPARE(second.duplicates.size(), 3);
        QCOMPARE(articleCount(temp), 2);
    }

    void importFile_badRecordHalfWay_changesNothing()
    {
        test::TempLibrary temp;
        ImportService service(*temp.library);
        const FileReport report = service.importFile(test::dataPath(QStringLiteral("import/malformed-line3.jsonl")), {});
        QVERIFY(!report.succeeded());
        QVERIFY(report.error.contains(QStringLiteral("malformed-line3.jsonl")));
        QVERIFY(report.error.contains(QStringLiteral("Line 3")));
        QCOMPARE(articleCount(temp), 0);
    }

    void importPaths_folderRecursively_otherFilesStillImport()
    {
        QTemporaryDir dir;
        copyInto(dir, QStringLiteral("a/first.txt"), QStringLiteral("import/multi-article.txt"));
        copyInto(dir, QStringLiteral("a/b/c/second.html"), QStringLiteral("import/article-cp1256.html"));
        copyInto(dir, QStringLiteral("a/b/broken.jsonl"), QStringLiteral("import/malformed-line3.jsonl"));
        copyInto(dir, QStringLiteral("a/b/ignored.png"), QStringLiteral("import/empty.txt"));
        test::TempLibrary temp;
        ImportService service(*temp.library);
        QStringList seen;
        const QList<FileReport> reports =
            service.importPaths({dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("missing.txt"))}, {},
                                [&](int, int, const QString& path) {
                                    if (!path.isEmpty())
                                        seen.append(QFileInfo(path).fileName());
                                    return true;
                                });
        QCOMPARE(seen, (QStringList{QStringLiteral("broken.jsonl"), QStringLiteral("second.html"),
                                    QStringLiteral("first.txt")}));
        QCOMPARE(reports.size(), 4);
        QCOMPARE(std::count_if(reports.cbegin(), reports.cend(), [](const FileReport& r) { return !r.succeeded(); }), 2);
        QCOMPARE(articleCount(temp), 3);
    }

    void importPaths_cancelled_stopsBeforeTheNextFile()
    {
        test::TempLibrary temp;
        ImportService service(*temp.library);
        const QStringList files{test::dataPath(QStringLiteral("import/multi-article.txt")),
                                test::dataPath(QStringLiteral("import/windows-1256.txt"))};
        const QList<FileReport> reports =
            service.importPaths(files, {}, [](int done, int, const QString&) { return done < 1; });
        QCOMPARE(reports.size(), 1);
        QCOMPARE(articleCount(temp), 2);
    }

    void parseFile_writesNothing()
    {
        test::TempLibrary temp;
        const auto parsed = ImportService::parseFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {});
        QVERIFY(parsed);
        QCOMPARE(parsed->articles.size(), 2);
        QCOMPARE(parsed->format, QStringLiteral("text"));
        QCOMPARE(articleCount(temp), 0);
    }

    void parseFile_lowConfidenceEncoding_warns()
    {
        const auto parsed = ImportService::parseFile(test::dataPath(QStringLiteral("import/windows-1256.txt")), {});
        QVERIFY(parsed);
        QCOMPARE(parsed->encoding, QStringLiteral("windows-1256"));
        QCOMPARE(parsed->confidence < LowConfidenceThreshold, !parsed->warnings.isEmpty());
    }

    void importFile_readOnlyLibrary_failsWithoutChange()
    {
        test::TempLibrary temp;
        temp.library.reset();
        auto readOnly = Library::open(temp.path(), Database::Mode::ReadOnly);
        QVERIFY(readOnly);
        ImportService service(**readOnly);
        const FileReport report = service.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {});
        QVERIFY(!report.succeeded());
        QVERIFY(report.error.contains(QStringLiteral("cannot be written")));
        QCOMPARE((*readOnly)->articles().count().value(), 0);
    }

};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"

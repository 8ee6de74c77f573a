#include "import/boundedqueue.h"
#include "import/importservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace hamish;

namespace {

qint64 articleCount(test::TempLibrary& temp)
{
    return temp.library->articles().count().value_or(-1);
}

QString copyInto(const QTemporaryDir& dir, const QString& relativeTarget, const QString& fixture)
{
    QString target = dir.filePath(relativeTarget);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::copy(test::dataPath(fixture), target);
    return target;
}

// A JSON corpus of `count` articles with clitics, diacritics, tatweel and characters outside the
// BMP, so that byte, UTF-16 and code-point offsets all differ.
QString writeCorpus(const QTemporaryDir& dir, int count)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        json += i ? "," : "";
        json += QStringLiteral(R"({"title": "وبالسعودية 𝔸 خبر %1", "content": "قالَ الوزيرُ للسعوديـــة إنّ 😀 والمملكة )"
                               R"(وبالرياض 𝕏 تعاونٌ رقم %1 مع لبنان، ثم عاد."})")
                    .arg(i)
                    .toUtf8();
    }
    json += "]";
    QString path = dir.filePath(QStringLiteral("corpus.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

// Every entry of the search index: term, article, column and position.
QStringList indexEntries(Library& library)
{
    Database& db = library.database();
    if (!db.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.entries USING fts5vocab(main, article_fts, instance)")))
        return {QStringLiteral("no vocabulary table")};
    return collectRows<QString>(
               db.prepare(QStringLiteral("SELECT term, doc, col, offset FROM temp.entries ORDER BY 1, 2, 3, 4")),
               [](const Statement& row) {
                   return QStringLiteral("%1 %2 %3 %4")
                       .arg(row.text(0))
                       .arg(row.int64(1))
                       .arg(row.text(2))
                       .arg(row.int64(3));
               })
        .value_or(QStringList{QStringLiteral("unreadable")});
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
        const FileReport report =
            service.importFile(test::dataPath(QStringLiteral("import/malformed-line3.jsonl")), {});
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
        QCOMPARE(std::count_if(reports.cbegin(), reports.cend(), [](const FileReport& r) { return !r.succeeded(); }),
                 2);
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

    void importFile_jsonCorpus_indexesAsTheTokenizerWould()
    {
        // The corpus path tokenizes on a second thread; the index must be the one the FTS5
        // tokenizer makes when the same articles are inserted one by one.
        QTemporaryDir dir;
        const QString corpus = writeCorpus(dir, 20);
        QVERIFY(!corpus.isEmpty());
        test::TempLibrary streamed;
        const FileReport report = ImportService(*streamed.library).importFile(corpus, {});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.added.size(), 20);

        test::TempLibrary inserted;
        for (qint64 id : report.added) {
            const Article article = streamed.library->articles().article(id).value();
            QCOMPARE(inserted.library->articles().insert(article).value_or(-1), id);
        }
        const QStringList expected = indexEntries(*inserted.library);
        QVERIFY(expected.size() > 20 * 15);
        QVERIFY(expected.contains(QStringLiteral("السعوديه 1 title 0"))); // a proclitic stem
        QCOMPARE(indexEntries(*streamed.library), expected);
    }

    void importFile_jsonCorpus_putsBackTheLibrarySettings()
    {
        QTemporaryDir dir;
        test::TempLibrary temp;
        Database& db = temp.library->database();
        const qint64 cacheSize = db.queryInt(QStringLiteral("PRAGMA cache_size")).value();
        QVERIFY(ImportService(*temp.library).importFile(writeCorpus(dir, 5), {}).succeeded());
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA cache_size")).value(), cacheSize);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT v FROM article_fts_config WHERE k = 'automerge'")).value(), 4);
    }

    void importFile_jsonLibraryFullHalfWay_stopsTheReaderAndChangesNothing()
    {
        // The reader thread is far ahead, blocked on a full queue, when the writer fails.
        QTemporaryDir dir;
        const QString corpus = writeCorpus(dir, 3000);
        test::TempLibrary temp;
        Database& db = temp.library->database();
        const qint64 pages = db.queryInt(QStringLiteral("PRAGMA page_count")).value();
        QVERIFY(db.queryInt(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40)));
        const FileReport report = ImportService(*temp.library).importFile(corpus, {});
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QStringLiteral("could not be stored")), qPrintable(report.error));
        QCOMPARE(articleCount(temp), 0);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM article_fts_config WHERE k = 'automerge'")).value(),
                 0);
    }

    void boundedQueue_closeWakesABlockedProducer()
    {
        BoundedQueue<int> queue(2);
        QVERIFY(queue.push(1));
        QVERIFY(queue.push(2));
        bool third = true;
        std::thread producer([&] { third = queue.push(3); }); // waits: the queue is full
        QCOMPARE(queue.pop().value_or(0), 1);
        producer.join(); // room again: the third went in
        QVERIFY(third);
        std::thread blocked([&] { third = queue.push(4); });
        queue.close();
        blocked.join();
        QVERIFY(!third);
        QCOMPARE(queue.pop().value_or(0), 2); // what was in stays readable
        QCOMPARE(queue.pop().value_or(0), 3);
        QVERIFY(!queue.pop());
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"

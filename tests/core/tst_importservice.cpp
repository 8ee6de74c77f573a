#include "import/articleinput.h"
#include "import/boundedqueue.h"
#include "import/importservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
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
        QVERIFY2(report.error.contains(QStringLiteral("line 3")), qPrintable(report.error));
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
        JobControl control;
        control.progress = [&](qint64, qint64, const QString& path) {
            if (!path.isEmpty() && !seen.contains(QFileInfo(path).fileName()))
                seen.append(QFileInfo(path).fileName());
        };
        const ImportReport report = service.importPaths(
            {dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("missing.txt"))}, {}, control);
        QCOMPARE(seen, (QStringList{QStringLiteral("broken.jsonl"), QStringLiteral("second.html"),
                                    QStringLiteral("first.txt")}));
        QCOMPARE(report.files.size(), 4);
        QCOMPARE(std::count_if(report.files.cbegin(), report.files.cend(),
                               [](const FileReport& r) { return !r.succeeded(); }),
                 2);
        QVERIFY(!report.cancelled);
        QCOMPARE(report.added().size(), 3);
        QCOMPARE(articleCount(temp), 3);
    }

    // A batch is one transaction: cancelling after the first file leaves the library as it was.
    void importPaths_cancelled_leavesTheLibraryAsItWas()
    {
        test::TempLibrary temp;
        ImportService service(*temp.library);
        const QStringList files{test::dataPath(QStringLiteral("import/multi-article.txt")),
                                test::dataPath(QStringLiteral("import/windows-1256.txt"))};
        JobControl control;
        control.progress = [&](qint64, qint64, const QString& path) {
            if (path.endsWith(QStringLiteral("windows-1256.txt")))
                control.cancellation.cancel();
        };
        QSignalSpy added(temp.library.get(), &Library::articlesAdded);
        const ImportReport report = service.importPaths(files, {}, control);
        QVERIFY(report.cancelled);
        QVERIFY(report.added().isEmpty());
        QCOMPARE(articleCount(temp), 0);
        QCOMPARE(added.count(), 0);
    }

    void preview_writesNothing()
    {
        test::TempLibrary temp;
        const auto parsed =
            ImportService::preview(ArticleInput::file(test::dataPath(QStringLiteral("import/multi-article.txt"))), {});
        QVERIFY(parsed);
        QCOMPARE(parsed->articles.size(), 2);
        QCOMPARE(parsed->articleCount, 2);
        QCOMPARE(parsed->format, ArticleFormat::Text);
        QCOMPARE(articleCount(temp), 0);
    }

    void preview_lowConfidenceEncoding_warns()
    {
        const auto parsed =
            ImportService::preview(ArticleInput::file(test::dataPath(QStringLiteral("import/windows-1256.txt"))), {});
        QVERIFY(parsed);
        QCOMPARE(parsed->encoding, QStringLiteral("windows-1256"));
        QCOMPARE(parsed->confidence < LowConfidenceThreshold, !parsed->warnings.isEmpty());
    }

    // Defects found with real files: a FIFO hung the import, a link to /dev/zero read 2 GB and
    // aborted, and a 300 MB sparse file was read whole before being refused.
    void importFile_fifo_isRefusedWithoutHanging()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("x.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        test::TempLibrary temp;
        const FileReport report = ImportService(*temp.library).importFile(fifo);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QStringLiteral("not a regular file")), qPrintable(report.error));
        QCOMPARE(articleCount(temp), 0);
    }

    void importFile_linkToADevice_isRefused()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("zero.txt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        test::TempLibrary temp;
        const FileReport report = ImportService(*temp.library).importFile(link);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QStringLiteral("not a regular file")), qPrintable(report.error));
        const FileReport folder = ImportService(*temp.library).importInput(ArticleInput::file(dir.path()));
        QVERIFY2(folder.error.contains(QStringLiteral("folder")), qPrintable(folder.error));
    }

    void importFile_hugeTextFile_isRefusedBeforeReading()
    {
        QTemporaryDir dir;
        QFile sparse(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(qint64(300) << 20));
        sparse.close();
        test::TempLibrary temp;
        const qint64 before = test::peakMemoryBytes();
        const FileReport report = ImportService(*temp.library).importFile(sparse.fileName());
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QLocale().toString(ArticleReader::MaxTextFileSize)), qPrintable(report.error));
        // Reading it would have taken 300 MB (and its decoding twice that).
        QVERIFY2(test::peakMemoryBytes() - before < (qint64(32) << 20),
                 QByteArray::number(test::peakMemoryBytes() - before).constData());
    }

    void importFile_onlyMarksInvisiblesOrEmoji_isRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("only harakat") << QStringLiteral("\u064E\u064F\u0650 \u0651\u0652\n");
        QTest::newRow("only invisible characters") << QStringLiteral("\u200F\u200E \u200B\u200D\n");
        QTest::newRow("only emoji") << QStringLiteral("😀 👍🏽\n🇸🇦\n");
    }

    void importFile_onlyMarksInvisiblesOrEmoji_isRefused()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marks.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        test::TempLibrary temp;
        const FileReport report = ImportService(*temp.library).importFile(path);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QStringLiteral("no letter or digit")), qPrintable(report.error));
        QCOMPARE(articleCount(temp), 0);
    }

    // A page that declares windows-1256 but whose bytes are UTF-8 Arabic was stored as mojibake,
    // reported as "confidence 100".
    void importFile_declaredCharsetContradictedByUtf8_readsUtf8AndWarns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<html><head><meta charset=\"windows-1256\"><title>خبر</title></head>"
                                  "<body><p>افتتح معرض الكتاب في الرياض.</p></body></html>")
                       .toUtf8());
        file.close();
        test::TempLibrary temp;
        const FileReport report = ImportService(*temp.library).importFile(path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(QStringLiteral("windows-1256")), qPrintable(report.warnings.first()));
        QCOMPARE(temp.library->articles().article(report.added.first())->body,
                 QStringLiteral("افتتح معرض الكتاب في الرياض."));
    }

    // CP720 was detected as windows-1256 with confidence 3–4 and stored garbled with exit 0.
    void importFile_cp720_isDetected()
    {
        test::TempLibrary temp;
        const FileReport report =
            ImportService(*temp.library).importFile(test::dataPath(QStringLiteral("import/cp720.txt")));
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.encoding, QStringLiteral("ibm-720"));
        QVERIFY(report.confidence >= LowConfidenceThreshold);
        QVERIFY(temp.library->articles().article(report.added.first())->title.startsWith(QStringLiteral("متطوّعون")));
    }

    void importFile_noCodePageReadsAsArabic_isRefusedAskingForTheEncoding()
    {
        test::TempLibrary temp;
        const FileReport report =
            ImportService(*temp.library).importFile(test::dataPath(QStringLiteral("import/no-arabic-code-page.txt")));
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QStringLiteral("--encoding")), qPrintable(report.error));
        QCOMPARE(articleCount(temp), 0);
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

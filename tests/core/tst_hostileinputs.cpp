#include "annotations/annotationservice.h"
#include "formats/annotationimportservice.h"
#include "import/articleinput.h"
#include "import/articlesplitter.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

namespace {

struct Counts
{
    qint64 articles = 0;
    qint64 annotations = 0;
    friend bool operator==(const Counts&, const Counts&) = default;
};

Counts counts(Library& library)
{
    return {library.articles().count().value_or(-1),
            library.database().queryInt(QStringLiteral("SELECT count(*) FROM annotation")).value_or(-1)};
}

} // namespace

// tests/data/bad: each hostile input with the error it must produce (expected.tsv). Every
// refusal must leave the library exactly as it was.
class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void refused_withItsMessage_andNothingChanges_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        const QStringList lines =
            QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("bad/expected.tsv")))).split(u'\n');
        int rows = 0;
        for (const QString& line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            QTest::newRow(qPrintable(f.at(0))) << f.at(0) << f.at(1) << f.value(2);
            ++rows;
        }
        QVERIFY(rows >= 50);
    }

    void refused_withItsMessage_andNothingChanges()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        ImportService importer(*temp.library);
        const qint64 article =
            importer.importFile(test::dataPath(QStringLiteral("import/windows-1256.txt")), {}).added.first();
        QVERIFY(annotations.create({article, AnnotationKind::Highlight, 0, 5, 0, QStringLiteral("yellow"), {}}));
        const Counts before = counts(*temp.library);

        const QString path = test::dataPath(QStringLiteral("bad/") + file);
        QString error;
        if (kind == u"import") {
            error = importer.importFile(path, {}).error;
        } else {
            AnnotationFormat format;
            QVERIFY(annotationFormatFromName(kind, format));
            error = AnnotationImportService(*temp.library, annotations).importFile(format, path).error;
        }
        QVERIFY2(!error.isEmpty(), "the input was accepted");
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(file), qPrintable(QStringLiteral("the message does not name the file: ") + error));
        QCOMPARE(counts(*temp.library), before);
    }

    // A 50 MB file that is one line of Arabic words, and one that is a single 50 MB word.
    void fiftyMegabyteLines_areRefusedWithAMessageInBoundedMemory_data()
    {
        QTest::addColumn<bool>("spaces");
        QTest::newRow("words") << true;
        QTest::newRow("one word") << false;
    }

    void fiftyMegabyteLines_areRefusedWithAMessageInBoundedMemory()
    {
        QFETCH(bool, spaces);
        QTemporaryDir dir;
        test::TempLibrary temp;
        const QString path = dir.filePath(QStringLiteral("line.txt"));
        const QByteArray unit = (spaces ? QStringLiteral("الرياض والمملكة ") : QStringLiteral("بببببببب")).toUtf8();
        const qint64 size = 50 * 1024 * 1024;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block = unit.repeated(1024 * 1024 / unit.size());
            while (file.size() < size)
                QVERIFY(file.write(block) == block.size());
        }
        QVERIFY(test::resetPeakMemory());
        const qint64 before = test::peakMemoryBytes();
        QVERIFY(before > 0);
        const FileReport report = ImportService(*temp.library).importFile(path, {});
        const qint64 grown = test::peakMemoryBytes() - before;
        qInfo("peak memory grew by %lld MiB for a %lld MiB file", grown >> 20, size >> 20);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(QStringLiteral("characters long")), qPrintable(report.error));
        QCOMPARE(temp.library->articles().count().value(), 0);
        // Reading, decoding and splitting hold a few copies of the text at most: the peak grows by
        // no more than five times the file (about four here). AddressSanitizer keeps freed blocks
        // in quarantine and pads every allocation, so its builds get a looser bound.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 factor = 12;
#else
        constexpr qint64 factor = 5;
#endif
        QVERIFY2(grown <= factor * size, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grown >> 20)));
    }

    void longLineWithinTheLimit_getsAShortTitle()
    {
        test::TempLibrary temp;
        const QString body = QStringLiteral("ب").repeated(2'000'000);
        const Result<ParsedFile> parsed =
            ImportService::preview(ArticleInput::memory(QStringLiteral("long.txt"), body.toUtf8()), {});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->articles.size(), 1);
        QCOMPARE(parsed->articles.first().body, body);
        QVERIFY(parsed->articles.first().title.size() <= ArticleSplitter::MaxTitleLength + 1);
    }

    // Large hostile inputs are made here rather than kept in the repository.
    void deepAndWideInputs_areHandledWithoutRecursion()
    {
        QTemporaryDir dir;
        test::TempLibrary temp;
        ImportService importer(*temp.library);

        QFile deepJson(dir.filePath(QStringLiteral("deep.json")));
        QVERIFY(deepJson.open(QIODevice::WriteOnly));
        deepJson.write(QByteArray(100000, '[') + QByteArray(100000, ']'));
        deepJson.close();
        const FileReport json = importer.importFile(deepJson.fileName(), {});
        QVERIFY(!json.succeeded());
        QCOMPARE(temp.library->articles().count().value(), 0);

        QFile deepHtml(dir.filePath(QStringLiteral("deep.html")));
        QVERIFY(deepHtml.open(QIODevice::WriteOnly));
        deepHtml.write(QByteArray("<html><body>"));
        for (int i = 0; i < 20000; ++i)
            deepHtml.write("<div>");
        deepHtml.write(QStringLiteral("<p>نص عميق داخل عشرين ألف عنصر</p>").toUtf8());
        deepHtml.close();
        const FileReport html = importer.importFile(deepHtml.fileName(), {});
        QVERIFY2(html.succeeded(), qPrintable(html.error));
        QCOMPARE(temp.library->articles().article(html.added.first())->body,
                 QStringLiteral("نص عميق داخل عشرين ألف عنصر"));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"

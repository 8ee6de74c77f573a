#include "annotations/annotationservice.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "search/searchservice.h"
#include "testsupport.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/textdecoder.h"
#include "text/words.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace hamish;

// One day of SaudiNewsNet: 1,318 records, 16 with empty content, some repeated.
class TestSaudiNewsNet : public QObject
{
    Q_OBJECT

private slots:
    void importDay_skipsEmptyRecordsAndRepeats()
    {
        const QString path = test::sharedPath(QStringLiteral("corpora/saudinewsnet-sample/2015-07-23.json"));
        const QJsonArray records = QJsonDocument::fromJson(test::readFile(path)).array();
        QCOMPARE(records.size(), 1318);
        QSet<QString> distinctBodies;
        int empty = 0;
        for (const auto& record : records) {
            const QString content = TextDecoder::canonicalize(record.toObject().value(u"content").toString());
            if (content.trimmed().isEmpty())
                ++empty;
            else
                distinctBodies.insert(content);
        }
        QCOMPARE(empty, 16);

        test::TempLibrary temp;
        ImportService service(*temp.library);
        QElapsedTimer timer;
        timer.start();
        const FileReport report = service.importFile(path, {});
        qInfo("imported %lld articles in %lld ms", qint64(report.added.size()), timer.elapsed());
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.warnings.size(), 16);
        QCOMPARE(report.added.size(), distinctBodies.size());
        QCOMPARE(report.added.size() + report.duplicates.size(), 1318 - 16);
        QVERIFY(!report.duplicates.isEmpty());

        const Article first = temp.library->articles().article(report.added.first()).value();
        QCOMPARE(first.source, QStringLiteral("aawsat"));
        QCOMPARE(first.title, QStringLiteral("المالكي ونصيحة سعود الفيصل"));
        QCOMPARE(first.date, QStringLiteral("2015-07-23 19:28:17"));
        QVERIFY(first.url.startsWith(QStringLiteral("http://aawsat.com/home/article/412746/")));

        SearchService search(*temp.library);
        const auto hits = search.search(QStringLiteral("السعودية"), 2000);
        QVERIFY(hits);
        QVERIFY(hits->size() > 100);

        tagAllOccurrences_acrossTheDay(temp);
    }

private:
    // Tag all occurrences of السعودية across the library: the index narrows the articles,
    // the matcher finds the mentions; a plain word-by-word scan of every body must agree.
    void tagAllOccurrences_acrossTheDay(test::TempLibrary& temp)
    {
        const QString name = QStringLiteral("السعودية");
        QElapsedTimer timer;
        timer.start();
        const Result<QList<MentionHit>> found = MentionSearch(*temp.library).findAll({name}, 1, 0);
        const qint64 findMs = timer.elapsed();
        QVERIFY(found);

        qsizetype expected = 0;
        const QString folded = foldForSearch(name);
        const QList<ArticleSummary> summaries = temp.library->articles().summaries().value();
        for (const ArticleSummary& summary : summaries) {
            const QString body = temp.library->articles().article(summary.id)->body;
            for (const WordSpan& w : findWords(body))
                expected += wordMentions(foldForSearch(QStringView(body).sliced(w.start, w.end - w.start)), folded);
        }
        QCOMPARE(found->size(), expected);
        QVERIFY(expected > 100);

        AnnotationService annotations(*temp.library);
        QList<AnnotationDraft> drafts;
        for (const MentionHit& hit : *found)
            drafts.append({hit.articleId, AnnotationKind::Entity, hit.span.start, hit.span.end, 3, {}, {}, 0});
        timer.restart();
        const Result<QList<Annotation>> created = annotations.createMany(drafts);
        const qint64 tagMs = timer.elapsed();
        QVERIFY(created);
        QCOMPARE(created->size(), found->size());
        qInfo("tag all occurrences of %s across the day: %lld mentions found in %lld ms, tagged in %lld ms",
              qPrintable(name), qint64(found->size()), findMs, tagMs);
    }
};

QTEST_GUILESS_MAIN(TestSaudiNewsNet)
#include "tst_saudinewsnet.moc"

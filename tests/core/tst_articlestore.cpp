#include "storage/library.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

namespace {

Article sampleArticle()
{
    Article a;
    a.title = QStringLiteral("عُمان وقطر.. مُستقبل مُزدهر");
    a.author = QStringLiteral("كاتبة تجريبية");
    a.source = QStringLiteral("الجزيرة");
    a.url = QStringLiteral("https://example.org/مقال");
    a.date = QStringLiteral("2024-02-26");
    a.body = QStringLiteral("👨🏻‍🚒 نصٌّ فيه تشكيل\nوسطر ثانٍ مع Latin و١٢٣.");
    a.originPath = QStringLiteral("/tmp/source.txt");
    a.originEncoding = QStringLiteral("windows-1256");
    a.importedAt = test::fixedNow();
    a.relatedTitles = {QStringLiteral("عنوان مرتبط أول"), QStringLiteral("عنوان مرتبط ثان")};
    return a;
}

} // namespace

class TestArticleStore : public QObject
{
    Q_OBJECT

private slots:
    void insert_thenRead_keepsEveryField()
    {
        test::TempLibrary temp;
        ArticleStore& store = temp.library->articles();
        const Article original = sampleArticle();
        const Result<qint64> id = store.insert(original);
        QVERIFY2(id, test::why(id).constData());
        const Result<Article> read = store.article(*id);
        QVERIFY(read);
        QCOMPARE(read->id, *id);
        QCOMPARE(read->title, original.title);
        QCOMPARE(read->author, original.author);
        QCOMPARE(read->source, original.source);
        QCOMPARE(read->url, original.url);
        QCOMPARE(read->date, original.date);
        QCOMPARE(read->body, original.body);
        QCOMPARE(read->originPath, original.originPath);
        QCOMPARE(read->originEncoding, original.originEncoding);
        QCOMPARE(read->contentHash, contentHashOf(original.body));
        QCOMPARE(read->importedAt, original.importedAt);
        QCOMPARE(read->relatedTitles, original.relatedTitles);
    }

    void contentHash_isSha256OfTheUtf8Body()
    {
        QCOMPARE(contentHashOf(QStringLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void body_cannotBeChangedAfterImport()
    {
        test::TempLibrary temp;
        const qint64 id = temp.library->articles().insert(sampleArticle()).value();
        const Status changed =
            temp.library->database().exec(QStringLiteral("UPDATE article SET body = 'x' WHERE id = %1").arg(id));
        QVERIFY(!changed);
        QVERIFY(changed.error().contains(QStringLiteral("immutable")));
        QCOMPARE(temp.library->articles().article(id)->body, sampleArticle().body);
    }

    void insert_sameBodyTwice_isRejectedByTheHash()
    {
        test::TempLibrary temp;
        QVERIFY(temp.library->articles().insert(sampleArticle()));
        QVERIFY(!temp.library->articles().insert(sampleArticle()));
        const auto found = temp.library->articles().findByHash(contentHashOf(sampleArticle().body));
        QVERIFY(found && found->has_value());
    }

    void summaries_listArticlesInIdOrder()
    {
        test::TempLibrary temp;
        Article second = sampleArticle();
        second.body = QStringLiteral("نص آخر");
        second.title = QStringLiteral("ثان");
        temp.library->articles().insert(sampleArticle()).value();
        temp.library->articles().insert(second).value();
        const auto list = temp.library->articles().summaries();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).title, sampleArticle().title);
        QCOMPARE(list->at(1).title, QStringLiteral("ثان"));
        QCOMPARE(list->at(0).source, QStringLiteral("الجزيرة"));
        QCOMPARE(temp.library->articles().count().value(), 2);
    }

    void article_unknownId_saysWhichId()
    {
        test::TempLibrary temp;
        const auto missing = temp.library->articles().article(42);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("42")));
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"

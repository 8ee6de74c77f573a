#include "import/importservice.h"
#include "search/searchservice.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

// The document the product was specified from: two articles and scraped boilerplate.
class TestSeedImport : public QObject
{
    Q_OBJECT

private:
    test::TempLibrary m_temp;
    QList<Article> m_articles;

private slots:
    void initTestCase()
    {
        ImportService service(*m_temp.library);
        const FileReport report =
            service.importFile(test::sharedPath(QStringLiteral("seeds/000_168582e4a75185fb.txt")), {});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        for (const qint64 added : report.added)
            m_articles.append(m_temp.library->articles().article(added).value());
    }

    void seed_holdsExactlyTwoArticles() { QCOMPARE(m_articles.size(), 2); }

    void report_sourceTitleAndSubheading()
    {
        const Article& report = m_articles.at(0);
        QCOMPARE(report.source, QStringLiteral("الجزيرة"));
        QCOMPARE(report.title, QStringLiteral("ناقش كبار مسؤولي الدفاع من السعودية وإيران التعاون العسكري بين…"));
        QVERIFY(report.body.startsWith(QStringLiteral("ناقش كبار مسؤولي الدفاع")));
        QVERIFY(report.body.contains(QStringLiteral("\nإصلاح العلاقات الإقليمية\n")));
        QVERIFY(report.body.endsWith(QStringLiteral("لإيصال المساعدات الإنسانية إلى غزة\".")));
        QVERIFY(report.author.isEmpty());
    }

    void opEd_titleAndAuthor()
    {
        const Article& opEd = m_articles.at(1);
        QCOMPARE(opEd.title, QStringLiteral("عُمان وقطر.. مُستقبل مُزدهر"));
        QCOMPARE(opEd.author, QStringLiteral("مدرين المكتومية"));
        QVERIFY(opEd.body.startsWith(QStringLiteral("انتابني شعورٌ\u00a0عميقٌ")));
        QVERIFY(opEd.body.endsWith(QStringLiteral("وتحقيقًا للاستقرار في المنطقة والعالم.")));
    }

    void boilerplate_isOutOfTheBodies()
    {
        for (const Article& article : std::as_const(m_articles)) {
            for (const char16_t* marker : {u"المصدر:", u"إقرأ أيضاً", u"رابط مختصر", u"مقالات مشابهة", u"•"})
                QVERIFY2(!article.body.contains(QStringView(marker)), qPrintable(QString::fromUtf16(marker)));
        }
    }

    void relatedTitles_areKeptWithTheOpEd()
    {
        const QStringList related = m_articles.at(1).relatedTitles;
        QCOMPARE(related.size(), 10);
        QCOMPARE(related.first(),
                 QStringLiteral("إيران: مستعدون لنقل الخبرات في الحكومة الذكية والأمن السيبراني للعراق"));
        QCOMPARE(related.last(), QStringLiteral("مبعوث ترامب يصل السعودية لبحث هدنة غزة.. لماذا تهاجمه إسرائيل"));
        QVERIFY(m_articles.at(0).relatedTitles.isEmpty());
    }

    void search_findsTheSeedTheWayReadersSpell()
    {
        SearchService search(*m_temp.library);
        const auto doha = search.search(QStringLiteral("الدوحه"));
        QVERIFY(doha && doha->size() == 1);
        QCOMPARE(doha->first().articleId, m_articles.at(1).id);
        const auto oman = search.search(QStringLiteral("عمان"));
        QVERIFY(oman && !oman->isEmpty());
        QCOMPARE(oman->first().articleId, m_articles.at(1).id);
        const auto tehran = search.search(QStringLiteral("طهران"));
        QVERIFY(tehran && tehran->size() == 1);
        QCOMPARE(tehran->first().articleId, m_articles.at(0).id);
    }
};

QTEST_GUILESS_MAIN(TestSeedImport)
#include "tst_seedimport.moc"

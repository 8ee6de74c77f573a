#include "import/articlesplitter.h"
#include "testsupport.h"
#include "text/textdecoder.h"

#include <QTest>

using namespace hamish;

// tests/data/import/multi-article.txt is built like the seed: a report without a title line
// ending in a source line, "إقرأ أيضاً:", an op-ed with title, a blank-looking NBSP line and
// author, then "رابط مختصر" and a related list with a trailing counter.
class TestArticleSplitter : public QObject
{
    Q_OBJECT

private:
    QList<Article> m_articles;

private slots:
    void initTestCase()
    {
        const auto decoded =
            TextDecoder::decode(test::readFile(test::dataPath(QStringLiteral("import/multi-article.txt"))));
        QVERIFY(decoded);
        m_articles = ArticleSplitter().split(decoded->text);
    }

    void split_findsBothArticles() { QCOMPARE(m_articles.size(), 2); }

    void report_takesItsSourceAndADerivedTitle()
    {
        const Article& report = m_articles.at(0);
        QCOMPARE(report.source, QStringLiteral("وكالة الأنباء التجريبية"));
        QCOMPARE(report.title, QStringLiteral("اجتمع وزراء الزراعة في دول حوض النيل يوم الثلاثاء في…"));
        QVERIFY(report.author.isEmpty());
        QVERIFY(report.body.startsWith(QStringLiteral("اجتمع وزراء الزراعة")));
        QVERIFY(report.body.contains(QStringLiteral("\nخطة الري المشتركة\n")));
        QVERIFY(report.body.endsWith(QStringLiteral("بالتعاون مع جامعة الخرطوم.")));
    }

    void opEd_takesTitleAndAuthorOutOfTheBody()
    {
        const Article& opEd = m_articles.at(1);
        QCOMPARE(opEd.title, QStringLiteral("القاهرة تستضيف مؤتمر الطاقة الشمسية"));
        QCOMPARE(opEd.author, QStringLiteral("هالة المصري"));
        QVERIFY(opEd.body.startsWith(QStringLiteral("تستضيف القاهرة")));
        QVERIFY(opEd.body.endsWith(QStringLiteral("مصر والسعودية والأردن.")));
        QCOMPARE(opEd.relatedTitles, (QStringList{QStringLiteral("الرياض تطلق مشروعاً جديداً للطاقة"),
                                                  QStringLiteral("تونس: ارتفاع صادرات زيت الزيتون")}));
    }

    void boilerplate_staysOutOfEveryBody()
    {
        for (const Article& article : std::as_const(m_articles)) {
            for (const char16_t* marker : {u"المصدر", u"إقرأ أيضاً", u"رابط مختصر", u"مقالات مشابهة", u"•", u"5600"})
                QVERIFY2(!article.body.contains(QStringView(marker)), qPrintable(QString::fromUtf16(marker)));
        }
    }

    void whole_keepsTheTextAsOneArticle()
    {
        const QString text = QStringLiteral("عنوان قصير\n\nالمصدر: هنا\nإقرأ أيضاً:\nنص");
        const Article article = ArticleSplitter().whole(text);
        QCOMPARE(article.body, text);
        QCOMPARE(article.title, QStringLiteral("عنوان قصير"));
    }

    void deriveTitle_shortFirstSentenceIsKeptWhole()
    {
        QCOMPARE(ArticleSplitter().deriveTitle(QStringLiteral("خبر قصير. ثم جملة أخرى طويلة")),
                 QStringLiteral("خبر قصير."));
    }
};

QTEST_GUILESS_MAIN(TestArticleSplitter)
#include "tst_articlesplitter.moc"

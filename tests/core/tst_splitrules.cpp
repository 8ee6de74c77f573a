#include "import/articlesplitter.h"
#include "import/splitrules.h"

#include <QTest>

using namespace hamish;

// The built-in marker lists, line by line: what each kind of line does to an article.
class TestSplitRules : public QObject
{
    Q_OBJECT

private slots:
    void builtIn_loadsFromTheResource()
    {
        const SplitRules& rules = SplitRules::builtIn();
        QVERIFY(!rules.sourcePrefixes.isEmpty());
        QVERIFY(!rules.boundaryMarkers.isEmpty());
        QVERIFY(rules.separator.isValid());
        QVERIFY(rules.counter.isValid());
    }

    void fromJson_badDocument_isRefused()
    {
        QVERIFY(!SplitRules::fromJson("[1, 2"));
        QVERIFY(!SplitRules::fromJson("{\"separatorPattern\": \"(unclosed\"}"));
    }

    void markerKey_foldsHamzaHarakatAndColon()
    {
        QCOMPARE(markerKey(QStringLiteral("  إقرأ   أيضاً:  ")), markerKey(QStringLiteral("اقرأ ايضا")));
        QCOMPARE(markerKey(QStringLiteral("مقالات مشابهة")), QStringLiteral("مقالات مشابهه"));
    }

    // Each line is placed after a body paragraph and before another; the table says what the
    // splitter makes of it: how many articles, whether the line stays in a body, the source
    // and the related titles it yields.
    void lineKinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("articles");
        QTest::addColumn<bool>("keptInBody");
        QTest::addColumn<QString>("source");
        QTest::newRow("source line") << QStringLiteral("المصدر: الجزيرة") << 2 << false << QStringLiteral("الجزيرة");
        QTest::newRow("source with space before colon")
            << QStringLiteral("المصدر : وكالة الأنباء") << 2 << false << QStringLiteral("وكالة الأنباء");
        QTest::newRow("latin source") << QStringLiteral("Source: Reuters") << 2 << false << QStringLiteral("Reuters");
        QTest::newRow("read also") << QStringLiteral("إقرأ أيضاً:") << 2 << false << QString();
        QTest::newRow("read also variant") << QStringLiteral("اقرأ أيضا") << 2 << false << QString();
        QTest::newRow("read also with title") << QStringLiteral("اقرأ أيضا: عنوان آخر") << 2 << false << QString();
        QTest::newRow("short link") << QStringLiteral("رابط مختصر") << 1 << false << QString();
        QTest::newRow("share") << QStringLiteral("شارك") << 1 << false << QString();
        QTest::newRow("separator dashes") << QStringLiteral("-----") << 2 << false << QString();
        QTest::newRow("separator stars") << QStringLiteral("***") << 2 << false << QString();
        QTest::newRow("ordinary sentence with source word")
            << QStringLiteral("وقال المصدر إن الاجتماع انتهى.") << 1 << true << QString();
        QTest::newRow("sub-heading") << QStringLiteral("إصلاح العلاقات الإقليمية") << 1 << true << QString();
    }

    void lineKinds()
    {
        QFETCH(QString, line);
        QFETCH(int, articles);
        QFETCH(bool, keptInBody);
        QFETCH(QString, source);
        const QString first = QStringLiteral("اجتمع الوزراء صباح اليوم في العاصمة لبحث الخطة الجديدة للمياه والزراعة "
                                             "في البلاد، وسط توقعات بنتائج مهمة.");
        const QString second = QStringLiteral("وصل الوفد إلى المدينة بعد رحلة طويلة استمرت يومين كاملين عبر الصحراء "
                                              "الواسعة، حسب ما أعلنه المنظمون.");
        const QList<Article> split = ArticleSplitter().split(first + u'\n' + line + u'\n' + second);
        QCOMPARE(split.size(), articles);
        QCOMPARE(split.first().body.contains(line), keptInBody);
        QCOMPARE(split.first().source, source);
    }

    void relatedList_titlesAreKeptWithoutBulletsAndCounters()
    {
        const QString text =
            QStringLiteral("نص المقال الطويل الذي يتحدث عن موضوع مهم جداً في المنطقة، ويستمر في سطر طويل.\n\n"
                           "مقالات مشابهة\n\n  • عنوان أول\n  • عنوان ثان   69  1126 13203\n- عنوان ثالث");
        const QList<Article> split = ArticleSplitter().split(text);
        QCOMPARE(split.size(), 1);
        QCOMPARE(split.first().relatedTitles,
                 (QStringList{QStringLiteral("عنوان أول"), QStringLiteral("عنوان ثان"), QStringLiteral("عنوان ثالث")}));
        QVERIFY(!split.first().body.contains(QStringLiteral("مشابهة")));
    }

    void authorPrefix_namesTheAuthor()
    {
        const QList<Article> split = ArticleSplitter().split(
            QStringLiteral("عنوان المقال\nبقلم: سارة أحمد\nنص المقال يبدأ هنا ويستمر طويلاً في الحديث عن أمور كثيرة."));
        QCOMPARE(split.size(), 1);
        QCOMPARE(split.first().title, QStringLiteral("عنوان المقال"));
        QCOMPARE(split.first().author, QStringLiteral("سارة أحمد"));
    }
};

QTEST_GUILESS_MAIN(TestSplitRules)
#include "tst_splitrules.moc"

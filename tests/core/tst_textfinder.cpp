#include "search/textfinder.h"

#include <QTest>

using namespace hamish;

class TestTextFinder : public QObject
{
    Q_OBJECT

private slots:
    void findMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString text =
            QStringLiteral("\U0001F468\U0001F3FB\u200D\U0001F692 زار وَالسُّعُودِيَّة وللسعودية ثم السعوديين، ومكةَ المكرمةِ "
                           "مكه.");
        QTest::newRow("clitics and harakat") << text << QStringLiteral("السعودية")
                                             << QStringList{QStringLiteral("وَالسُّعُودِيَّة"), QStringLiteral("وللسعودية")};
        QTest::newRow("ta marbuta") << text << QStringLiteral("مكة")
                                    << QStringList{QStringLiteral("ومكةَ"), QStringLiteral("مكه")};
        QTest::newRow("two words in sequence")
            << text << QStringLiteral("مكة المكرمة") << QStringList{QStringLiteral("ومكةَ المكرمةِ")};
        QTest::newRow("prefix") << text << QStringLiteral("السعودي*")
                                << QStringList{QStringLiteral("وَالسُّعُودِيَّة"), QStringLiteral("وللسعودية"),
                                               QStringLiteral("السعوديين")};
        QTest::newRow("nothing") << text << QStringLiteral("،") << QStringList{};
    }

    void findMatches()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const WordSpan& span : hamish::findMatches(text, query))
            found.append(text.mid(span.start, span.end - span.start));
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFinder)
#include "tst_textfinder.moc"

#include "text/arabicfold.h"
#include "text/clitics.h"

#include <QTest>

using namespace hamish;

// The table from TECH-NOTES §4.2: proclitics only, never suffixes.
class TestClitics : public QObject
{
    Q_OBJECT

private slots:
    void wordMentions_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        const QString saudi = QStringLiteral("السعودية");
        QTest::newRow("same") << saudi << saudi << true;
        QTest::newRow("diacritised") << QStringLiteral("وَالسُّعُودِيَّة") << saudi << true;
        QTest::newRow("wa+bi+al") << QStringLiteral("وبالسعودية") << saudi << true;
        QTest::newRow("li+al elided") << QStringLiteral("للسعودية") << saudi << true;
        QTest::newRow("wa+al, ta marbuta as ha") << QStringLiteral("والسعوديه") << saudi << true;
        QTest::newRow("fa+li+al") << QStringLiteral("فللسعودية") << saudi << true;
        QTest::newRow("ka+al") << QStringLiteral("كالسعودية") << saudi << true;
        QTest::newRow("plural suffix rejected") << QStringLiteral("السعوديين") << saudi << false;
        QTest::newRow("indefinite rejected") << QStringLiteral("سعودية") << saudi << false;
        const QString egypt = QStringLiteral("مصر");
        QTest::newRow("misr") << egypt << egypt << true;
        QTest::newRow("wa+misr") << QStringLiteral("ومصر") << egypt << true;
        QTest::newRow("bi+misr") << QStringLiteral("بمصر") << egypt << true;
        QTest::newRow("li+misr") << QStringLiteral("لمصر") << egypt << true;
        QTest::newRow("fa+li+misr") << QStringLiteral("فلمصر") << egypt << true;
        QTest::newRow("nisba rejected") << QStringLiteral("مصري") << egypt << false;
        QTest::newRow("other word rejected") << QStringLiteral("مصرف") << egypt << false;
        QTest::newRow("definite nisba rejected") << QStringLiteral("المصري") << egypt << false;
        const QString doha = QStringLiteral("الدوحة");
        QTest::newRow("wa+doha") << QStringLiteral("والدوحة") << doha << true;
        QTest::newRow("lil+doha") << QStringLiteral("للدوحة") << doha << true;
        QTest::newRow("muhammad") << QStringLiteral("لمحمد") << QStringLiteral("محمد") << true;
        QTest::newRow("muhammadiyya rejected") << QStringLiteral("المحمدية") << QStringLiteral("محمد") << false;
        QTest::newRow("short stem not stripped") << QStringLiteral("وبر") << QStringLiteral("بر") << false;
    }

    void wordMentions()
    {
        QFETCH(QString, word);
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(hamish::wordMentions(foldForSearch(word), foldForSearch(name)), expected);
    }

    void procliticStems_neverIncludeTheWordItself()
    {
        const QString word = foldForSearch(QStringLiteral("وبالسعودية"));
        const QStringList stems = procliticStems(word);
        QVERIFY(!stems.contains(word));
        QVERIFY(stems.contains(QStringLiteral("بالسعوديه")));
        QVERIFY(stems.contains(QStringLiteral("السعوديه")));
    }
};

QTEST_GUILESS_MAIN(TestClitics)
#include "tst_clitics.moc"

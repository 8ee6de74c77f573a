#include "text/offsets.h"
#include "text/spansnap.h"

#include <QTest>

using namespace hamish;

class TestSpanSnap : public QObject
{
    Q_OBJECT

private slots:
    void offsets_convertBetweenCodePointsAndUtf16()
    {
        const QString text = QStringLiteral("👨🏻‍🚒 قطر");
        QCOMPARE(text.size(), 11);
        QCOMPARE(codePointsFromUtf16(text, text.size()), 8);
        QCOMPARE(utf16FromCodePoints(text, 5), 8); // قطر starts after 4 code points and a space
        QCOMPARE(codePointsFromUtf16(text, 8), 5);
        QCOMPARE(utf16FromCodePoints(text, 8), 11);
        QCOMPARE(utf16FromCodePoints(text, 9), -1);
    }

    void isGraphemeBoundary_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<bool>("boundary");
        const QString emoji = QStringLiteral("👨🏻‍🚒x");
        QTest::newRow("start") << emoji << 0 << true;
        QTest::newRow("inside surrogates") << emoji << 1 << false;
        QTest::newRow("before zwj") << emoji << 4 << false;
        QTest::newRow("after emoji") << emoji << 7 << true;
        QTest::newRow("letter then haraka") << QStringLiteral("مُحَمَّد") << 1 << false;
        QTest::newRow("after haraka") << QStringLiteral("مُحَمَّد") << 2 << true;
        QTest::newRow("end") << QStringLiteral("مُحَمَّد") << 8 << true;
    }

    void isGraphemeBoundary()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(bool, boundary);
        QCOMPARE(hamish::isGraphemeBoundary(text, position), boundary);
    }

    void snap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("words");
        QTest::addColumn<QString>("expected");
        const QString text =
            QStringLiteral("قال مُحَمَّدٌ: إن والدوحة جميلة 👨🏻‍🚒.");
        const int m = int(text.indexOf(QStringLiteral("مُ")));
        const int d = int(text.indexOf(QStringLiteral("والدوحة")));
        QTest::newRow("graphemes keep the haraka") << text << m << m + 1 << false << QStringLiteral("مُ");
        QTest::newRow("words widen a partial word") << text << m + 2 << m + 4 << true << QStringLiteral("مُحَمَّدٌ");
        QTest::newRow("words trim punctuation and space") << text << m << m + 11 << true << QStringLiteral("مُحَمَّدٌ");
        QTest::newRow("words across two") << text << d + 3 << d + 10 << true << QStringLiteral("والدوحة جميلة");
        QTest::newRow("exact keeps the middle of a word") << text << d + 3 << d + 7 << false << QStringLiteral("دوحة");
        const int e = int(text.indexOf(QStringLiteral("👨")));
        QTest::newRow("emoji never splits") << text << e + 1 << e + 3 << false << QStringLiteral("👨🏻‍🚒");
    }

    void snap()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(bool, words);
        QFETCH(QString, expected);
        const TextSpan span = snapSelection(text, {start, end}, words ? SnapMode::Words : SnapMode::ExactCharacters);
        QCOMPARE(text.mid(span.start, span.end - span.start), expected);
    }

    void withoutProclitics_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wa+al") << QStringLiteral("والدوحة") << QStringLiteral("دوحة");
        QTest::newRow("bi+al") << QStringLiteral("بالسعودية") << QStringLiteral("سعودية");
        QTest::newRow("lil") << QStringLiteral("للسعودية") << QStringLiteral("سعودية");
        QTest::newRow("wa+li") << QStringLiteral("ولمصر") << QStringLiteral("مصر");
        QTest::newRow("harakat on the clitics") << QStringLiteral("وَبِالرِّيَاض") << QStringLiteral("رِّيَاض");
        QTest::newRow("short stem keeps its letters") << QStringLiteral("والد") << QStringLiteral("الد");
        QTest::newRow("no clitic") << QStringLiteral("مصر") << QStringLiteral("مصر");
    }

    void withoutProclitics()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const QString text = QStringLiteral("قال ") + word + QStringLiteral(" اليوم");
        const TextSpan span = hamish::withoutProclitics(text, {4, 4 + word.size()});
        QCOMPARE(text.mid(span.start, span.end - span.start), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpanSnap)
#include "tst_spansnap.moc"

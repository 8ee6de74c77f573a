#include "text/arabicfold.h"

#include <QTest>

using namespace hamish;

class TestArabicFold : public QObject
{
    Q_OBJECT

private slots:
    void foldForSearch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("harakat") << QStringLiteral("ذَهَبَ الوَلَدُ") << QStringLiteral("ذهب الولد");
        QTest::newRow("shadda and tanween") << QStringLiteral("مُحَمَّدٌ") << QStringLiteral("محمد");
        QTest::newRow("superscript alef") << QStringLiteral("الرَّحْمَٰن") << QStringLiteral("الرحمن");
        QTest::newRow("tatweel") << QStringLiteral("مـــصر") << QStringLiteral("مصر");
        QTest::newRow("hamza above") << QStringLiteral("أحمد") << QStringLiteral("احمد");
        QTest::newRow("hamza below") << QStringLiteral("إيران") << QStringLiteral("ايران");
        QTest::newRow("madda") << QStringLiteral("آل ثاني") << QStringLiteral("ال ثاني");
        QTest::newRow("wasla") << QStringLiteral("ٱلرحمن") << QStringLiteral("الرحمن");
        QTest::newRow("alef maqsura") << QStringLiteral("مستشفى على") << QStringLiteral("مستشفي علي");
        QTest::newRow("ta marbuta") << QStringLiteral("مكة المكرمة") << QStringLiteral("مكه المكرمه");
        QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٢٤ و۱۲") << QStringLiteral("2024 و12");
        QTest::newRow("latin case") << QStringLiteral("CNN Bluesky") << QStringLiteral("cnn bluesky");
        QTest::newRow("presentation forms") << QStringLiteral("ﻻ ﺍﻟﺴﻌﻮﺩﻳﺔ") << QStringLiteral("لا السعوديه");
        QTest::newRow("hamza on waw kept") << QStringLiteral("مسؤول") << QStringLiteral("مسؤول");
        // The joiner goes, like every ZWJ: query and text fold alike, so the emoji still matches.
        QTest::newRow("emoji kept, its joiner folded")
            << QStringLiteral("👨🏻‍🚒 نص") << QStringLiteral("👨🏻🚒 نص");
        QTest::newRow("zero-width non-joiner inside a word")
            << QStringLiteral("السعو\u200Cدية") << QStringLiteral("السعوديه");
        QTest::newRow("zero-width joiner inside a word")
            << QStringLiteral("السعو\u200Dدية") << QStringLiteral("السعوديه");
        QTest::newRow("Farsi yeh") << QStringLiteral("سیاسیة") << QStringLiteral("سياسيه");
        QTest::newRow("keheh and swash kaf") << QStringLiteral("کتاب ڪتب") << QStringLiteral("كتاب كتب");
        QTest::newRow("heh goal and ae") << QStringLiteral("ہ ە ۀ") << QStringLiteral("ه ه ه");
    }

    void foldForSearch()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(hamish::foldForSearch(input), expected);
    }

    void foldWithOrigins_mapsFoldedRangesBackToTheOriginal()
    {
        const QString source = QStringLiteral("قال مُحَمَّدٌ اليوم");
        const FoldedText folded = foldWithOrigins(source);
        QCOMPARE(folded.text, QStringLiteral("قال محمد اليوم"));
        QCOMPARE(folded.origin.size(), folded.text.size() + 1);
        const qsizetype start = folded.text.indexOf(QStringLiteral("محمد"));
        const qsizetype end = start + 4;
        const QString original = source.mid(folded.origin[start], folded.origin[end] - folded.origin[start]);
        QCOMPARE(original, QStringLiteral("مُحَمَّدٌ"));
        QCOMPARE(folded.origin.last(), source.size());
    }

    void foldWithOrigins_nonBmpCharacterKeepsBothUnits()
    {
        const QString source = QStringLiteral("😀أ");
        const FoldedText folded = foldWithOrigins(source);
        QCOMPARE(folded.text, QStringLiteral("😀ا"));
        QCOMPARE(folded.origin, (QList<qsizetype>{0, 0, 2, 3}));
    }

    // foldForSearch writes the common units through a fast path; every BMP character (alone, and
    // after an Arabic word in the same buffer) folds as one code point at a time does.
    void foldForSearch_fastPathAgreesWithFoldingOneCodePointAtATime()
    {
        for (char32_t c = 1; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            const QString one{QChar(char16_t(c))};
            QCOMPARE(hamish::foldForSearch(one), foldWithOrigins(one).text);
            const QString mixed = QStringLiteral("أَحْمَدُ ") + one + QStringLiteral("ة😀");
            QCOMPARE(hamish::foldForSearch(mixed), foldWithOrigins(mixed).text);
        }
        QString appended = QStringLiteral("قبل");
        appendFoldedText(QStringLiteral("ﻻ إلى"), appended);
        QCOMPARE(appended, QStringLiteral("قبللا الي"));
    }
};

QTEST_GUILESS_MAIN(TestArabicFold)
#include "tst_arabicfold.moc"

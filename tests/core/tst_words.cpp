#include "text/words.h"

#include <QTest>

using namespace hamish;

class TestWords : public QObject
{
    Q_OBJECT

private slots:
    void findWords_keepsCliticsHarakatAndDigitsTogether()
    {
        const QString text = QStringLiteral("والسعودية، مُحَمَّدٌ (CNN) ١٢٣ 2024 مـصر");
        QStringList words;
        for (const WordSpan& w : findWords(text))
            words.append(text.mid(w.start, w.end - w.start));
        QCOMPARE(words, (QStringList{QStringLiteral("والسعودية"), QStringLiteral("مُحَمَّدٌ"), QStringLiteral("CNN"),
                                     QStringLiteral("١٢٣"), QStringLiteral("2024"), QStringLiteral("مـصر")}));
    }

    void findWords_offsetsAreUtf16AfterAnEmoji()
    {
        const QString text = QStringLiteral("👨🏻‍🚒 قطر");
        const QList<WordSpan> words = findWords(text);
        QCOMPARE(words.size(), 1);
        QCOMPARE(text.mid(words[0].start, words[0].end - words[0].start), QStringLiteral("قطر"));
        QCOMPARE(words[0].start, text.size() - 3);
    }

    // The fast paths for ASCII and the Arabic block say what the Unicode categories say.
    void isWordCharacter_fastPathsAgreeWithTheCategories()
    {
        const auto byCategory = [](char32_t c) {
            switch (QChar::category(c)) {
            case QChar::Letter_Uppercase:
            case QChar::Letter_Lowercase:
            case QChar::Letter_Titlecase:
            case QChar::Letter_Modifier:
            case QChar::Letter_Other:
            case QChar::Mark_NonSpacing:
            case QChar::Mark_SpacingCombining:
            case QChar::Mark_Enclosing:
            case QChar::Number_DecimalDigit:
            case QChar::Number_Letter:
            case QChar::Number_Other:
                return true;
            default:
                return c == 0x0640; // tatweel
            }
        };
        for (char32_t c = 0; c < 0x0800; ++c)
            QVERIFY2(isWordCharacter(c) == byCategory(c), qPrintable(QString::number(uint(c), 16)));
    }
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"

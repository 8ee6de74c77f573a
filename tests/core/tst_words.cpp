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
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"

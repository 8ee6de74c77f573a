#include "entities/entityregistry.h"
#include "entities/mentionmatcher.h"

#include <QTest>

using namespace hamish;

// TECH-NOTES §4.2: proclitic-aware, whole words, no suffix stripping.
class TestMentionMatcher : public QObject
{
    Q_OBJECT

private slots:
    void singleWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mention"); // empty: no mention
        const QString saudi = QStringLiteral("السعودية");
        QTest::newRow("wa+bi+al") << QStringLiteral("وبالسعودية") << saudi << QStringLiteral("السعودية");
        QTest::newRow("li+al") << QStringLiteral("للسعودية") << saudi << QStringLiteral("لسعودية");
        QTest::newRow("ta marbuta as ha") << QStringLiteral("والسعوديه") << saudi << QStringLiteral("السعوديه");
        QTest::newRow("fa+li+al") << QStringLiteral("فللسعودية") << saudi << QStringLiteral("لسعودية");
        QTest::newRow("vocalised") << QStringLiteral("وَالسُّعُودِيَّةِ") << saudi << QStringLiteral("السُّعُودِيَّةِ");
        QTest::newRow("plural rejected") << QStringLiteral("السعوديين") << saudi << QString();
        QTest::newRow("indefinite rejected") << QStringLiteral("سعودية") << saudi << QString();
        QTest::newRow("misr") << QStringLiteral("بمصر") << QStringLiteral("مصر") << QStringLiteral("مصر");
        QTest::newRow("misri rejected") << QStringLiteral("مصري") << QStringLiteral("مصر") << QString();
        QTest::newRow("masraf rejected") << QStringLiteral("مصرف") << QStringLiteral("مصر") << QString();
        QTest::newRow("name inside a word") << QStringLiteral("والسعوديات") << saudi << QString();
        // Tag-all missed these before joiners and Farsi letters were folded.
        QTest::newRow("zero-width non-joiner inside")
            << QStringLiteral("والسعو\u200Cدية") << saudi << QStringLiteral("السعو\u200Cدية");
        QTest::newRow("zero-width joiner inside")
            << QStringLiteral("بالسعودي\u200Dة") << saudi << QStringLiteral("السعودي\u200Dة");
        QTest::newRow("Farsi yeh") << QStringLiteral("سیاسیة") << QStringLiteral("سياسية") << QStringLiteral("سیاسیة");
        QTest::newRow("hamza variant") << QStringLiteral("لإيران") << QStringLiteral("ايران")
                                       << QStringLiteral("إيران");
    }

    void singleWord()
    {
        QFETCH(QString, word);
        QFETCH(QString, name);
        QFETCH(QString, mention);
        const QString text = QStringLiteral("قال ") + word + QStringLiteral(" اليوم");
        const QList<TextSpan> spans = findMentions(text, name);
        if (mention.isEmpty()) {
            QCOMPARE(spans.size(), 0);
        } else {
            QCOMPARE(spans.size(), 1);
            QCOMPARE(text.mid(spans.first().start, spans.first().end - spans.first().start), mention);
            QCOMPARE(spans.first().end, 4 + word.size());
        }
    }

    void multiWordName_matchesWithCliticOnTheFirstWordOnly()
    {
        const QString text =
            QStringLiteral("التقى ولي العهد الأمير محمد بن سلمان، ثم قال لمحمد بن سلمان إن محمد بن زايد وصل.");
        const QList<TextSpan> spans = findMentions(text, QStringLiteral("محمد بن سلمان"));
        QStringList found;
        for (const TextSpan& s : spans)
            found.append(text.mid(s.start, s.end - s.start));
        QCOMPARE(found, (QStringList{QStringLiteral("محمد بن سلمان"), QStringLiteral("محمد بن سلمان")}));
    }

    void severalNames_longestWinsAndNothingOverlaps()
    {
        MentionMatcher matcher;
        QCOMPARE(matcher.addName(QStringLiteral("الرياض")), 0);
        QCOMPARE(matcher.addName(QStringLiteral("الرياض الخضراء")), 1);
        QCOMPARE(matcher.addName(QStringLiteral("،")), -1);
        const QString text = QStringLiteral("زار الرياض الخضراء ثم الرياض.");
        const QList<MentionMatcher::Match> matches = matcher.find(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).name, 1);
        QCOMPARE(matches.at(1).name, 0);
    }

    void entityNameFor_stripsProcliticsOnlyBeforeTheArticle_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("name");
        QTest::newRow("wa+al") << QStringLiteral("والسعودية") << QStringLiteral("السعودية");
        QTest::newRow("bi+al") << QStringLiteral("بالرياض") << QStringLiteral("الرياض");
        QTest::newRow("li+al restores the alef") << QStringLiteral("للسعودية") << QStringLiteral("السعودية");
        QTest::newRow("plain") << QStringLiteral("السعودية") << QStringLiteral("السعودية");
        QTest::newRow("name starting with ba") << QStringLiteral("بريطانيا") << QStringLiteral("بريطانيا");
        QTest::newRow("name starting with lam") << QStringLiteral("لبنان") << QStringLiteral("لبنان");
        QTest::newRow("several words") << QStringLiteral("ولي العهد") << QStringLiteral("ولي العهد");
    }

    void entityNameFor_stripsProcliticsOnlyBeforeTheArticle()
    {
        QFETCH(QString, quote);
        QFETCH(QString, name);
        QCOMPARE(entityNameFor(quote), name);
    }
};

QTEST_GUILESS_MAIN(TestMentionMatcher)
#include "tst_mentionmatcher.moc"

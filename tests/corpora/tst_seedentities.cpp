#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "testsupport.h"
#include "text/words.h"

#include <QTest>

using namespace hamish;

// Tag-all-occurrences on the seed's two articles, against lists written by reading them.
class TestSeedEntities : public QObject
{
    Q_OBJECT

private:
    test::TempLibrary m_temp;
    QList<qint64> m_ids;

    // The whole words (with their proclitics) that hold each mention, in text order.
    QStringList mentionWords(const QString& name, qint64 articleId)
    {
        const QString body = m_temp.library->articles().article(articleId)->body;
        const QList<MentionHit> hits = MentionSearch(*m_temp.library).findAll({name}, 1, articleId).value();
        QStringList words;
        for (const MentionHit& hit : hits) {
            for (const WordSpan& w : findWords(body)) {
                if (w.start <= hit.span.start && hit.span.end <= w.end)
                    words.append(body.mid(w.start, w.end - w.start));
            }
        }
        return words;
    }

private slots:
    void initTestCase()
    {
        ImportService importer(*m_temp.library);
        m_ids = importer.importFile(test::sharedPath(QStringLiteral("seeds/000_168582e4a75185fb.txt")), {}).added;
        QCOMPARE(m_ids.size(), 2);
    }

    void report_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        const QString iran = QStringLiteral("إيران");
        QTest::newRow("Iran, not الإيراني/الإيرانيين")
            << iran << QStringList{QStringLiteral("وإيران"), iran, iran, iran, iran, iran,
                                   QStringLiteral("بإيران"), iran, iran};
        const QString saudi = QStringLiteral("السعودية");
        QTest::newRow("Saudi Arabia, not السعودي")
            << saudi << QStringList{saudi, saudi, saudi, saudi, QStringLiteral("والسعودية")};
        QTest::newRow("Tehran") << QStringLiteral(
            "طهران") << QStringList{QStringLiteral("طهران"), QStringLiteral("طهران"), QStringLiteral("طهران")};
        QTest::newRow("Riyadh") << QStringLiteral("الرياض")
                                << QStringList{QStringLiteral("والرياض"), QStringLiteral("الرياض")};
        QTest::newRow("Washington") << QStringLiteral("واشنطن")
                                    << QStringList{QStringLiteral("لواشنطن"), QStringLiteral("وواشنطن")};
        QTest::newRow("Gaza") << QStringLiteral("غزة") << QStringList{QStringLiteral("غزة"), QStringLiteral("غزة")};
        QTest::newRow("Bloomberg, hamza-free query")
            << QStringLiteral("بلومبيرغ")
            << QStringList{QStringLiteral("بلومبيرغ"), QStringLiteral("بلومبيرغ"), QStringLiteral("بلومبيرغ")};
    }

    void report()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(mentionWords(name, m_ids.at(0)), expected);
    }

    void opEd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        const QString qatar = QStringLiteral("قطر");
        QTest::newRow("Qatar, not القطرية")
            << qatar << QStringList{qatar, qatar, qatar, qatar, qatar, QStringLiteral("وقطر")};
        QTest::newRow("Doha") << QStringLiteral("الدوحة") << QStringList{QStringLiteral("والدوحة")};
        QTest::newRow("Muscat") << QStringLiteral("مسقط") << QStringList{QStringLiteral("مسقط")};
        QTest::newRow("Oman without damma in the query, not العُمانية")
            << QStringLiteral("عمان") << QStringList(6, QStringLiteral("عُمان"));
    }

    void opEd()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(mentionWords(name, m_ids.at(1)), expected);
    }
};

QTEST_GUILESS_MAIN(TestSeedEntities)
#include "tst_seedentities.moc"

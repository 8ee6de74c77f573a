#include "agreement/agreementmath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hamish;

namespace {

// Labels two or more raters gave the same items: mostly the same tag, sometimes another, as
// annotators of IOB2 tags disagree.
QStringList drawLabels(QRandomGenerator& random, const QStringList& truth, int agreementPercent)
{
    static const QStringList tags{QStringLiteral("O"),     QStringLiteral("B-PER"), QStringLiteral("I-PER"),
                                  QStringLiteral("B-LOC"), QStringLiteral("I-LOC"), QStringLiteral("B-ORG")};
    QStringList out;
    for (const QString& t : truth)
        out.append(int(random.bounded(100)) < agreementPercent ? t : tags.at(int(random.bounded(6))));
    return out;
}

QStringList truthOf(QRandomGenerator& random, int n)
{
    static const QStringList weighted{QStringLiteral("O"),     QStringLiteral("O"),     QStringLiteral("O"),
                                      QStringLiteral("O"),     QStringLiteral("B-PER"), QStringLiteral("I-PER"),
                                      QStringLiteral("B-LOC"), QStringLiteral("I-LOC"), QStringLiteral("B-ORG")};
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(weighted.at(int(random.bounded(weighted.size()))));
    return out;
}

QJsonArray toJson(const QStringList& labels)
{
    return QJsonArray::fromStringList(labels);
}

} // namespace

// The agreement figures against the reference implementations and published worked examples.
class TestAgreementMath : public QObject
{
    Q_OBJECT

private slots:
    void cohenFleissAndAlpha_equalScikitLearnAndNltk()
    {
        QRandomGenerator random(1846);
        QList<std::pair<QStringList, QStringList>> pairs;
        QList<QList<QStringList>> groups; // items × raters
        QJsonArray pairsJson, groupsJson;
        for (int round = 0; round < 6; ++round) {
            const QStringList truth = truthOf(random, 200 + 150 * round);
            const QStringList a = drawLabels(random, truth, 60 + 7 * round);
            const QStringList b = drawLabels(random, truth, 55 + 8 * round);
            pairs.append({a, b});
            pairsJson.append(QJsonArray{toJson(a), toJson(b)});
            const int raters = 3 + round % 3;
            QList<QStringList> byRater;
            for (int r = 0; r < raters; ++r)
                byRater.append(drawLabels(random, truth, 50 + 9 * r));
            QList<QStringList> items;
            QJsonArray itemsJson;
            for (qsizetype i = 0; i < truth.size(); ++i) {
                QStringList labels;
                for (const QStringList& rater : std::as_const(byRater))
                    labels.append(rater.at(i));
                items.append(labels);
                itemsJson.append(toJson(labels));
            }
            groups.append(items);
            groupsJson.append(itemsJson);
        }
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("labels.json"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("pairs"), pairsJson}, {QStringLiteral("groups"), groupsJson}})
                .toJson(QJsonDocument::Compact));
        file.close();

        QProcess reference;
        reference.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(HAMISH_REFERENCE_DIR "/agreement.py"), input});
        QVERIFY(reference.waitForFinished(120000));
        QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
        const QJsonObject expected = QJsonDocument::fromJson(reference.readAllStandardOutput()).object();
        const QJsonArray cohen = expected.value(u"cohen").toArray();
        const QJsonArray fleiss = expected.value(u"fleiss").toArray();
        const QJsonArray alpha = expected.value(u"alpha").toArray();
        QCOMPARE(cohen.size(), pairs.size());
        QCOMPARE(fleiss.size(), groups.size());
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const double mine = cohenKappa(pairs.at(i).first, pairs.at(i).second);
            QVERIFY2(
                std::abs(mine - cohen.at(i).toDouble()) < 1e-9,
                qPrintable(
                    QStringLiteral("κ %1 against %2").arg(mine, 0, 'g', 17).arg(cohen.at(i).toDouble(), 0, 'g', 17)));
        }
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const double k = fleissKappa(groups.at(i));
            const double a = krippendorffAlpha(groups.at(i));
            QVERIFY2(std::abs(k - fleiss.at(i).toDouble()) < 1e-9,
                     qPrintable(QStringLiteral("Fleiss %1 against %2")
                                    .arg(k, 0, 'g', 17)
                                    .arg(fleiss.at(i).toDouble(), 0, 'g', 17)));
            QVERIFY2(std::abs(a - alpha.at(i).toDouble()) < 1e-9,
                     qPrintable(
                         QStringLiteral("α %1 against %2").arg(a, 0, 'g', 17).arg(alpha.at(i).toDouble(), 0, 'g', 17)));
        }
    }

    void alpha_matchesKrippendorffsWorkedExamples()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": A. binary data, two
        // observers, no missing data: α = 0.095.
        const QStringList a = QStringLiteral("0 1 0 0 0 0 0 0 1 0").split(u' ');
        const QStringList b = QStringLiteral("1 1 1 0 0 1 0 0 0 0").split(u' ');
        QList<QStringList> units;
        for (qsizetype i = 0; i < a.size(); ++i)
            units.append({a.at(i), b.at(i)});
        QCOMPARE(QString::number(krippendorffAlpha(units), 'f', 3), QStringLiteral("0.095"));

        // C. nominal data, four observers, missing values ("."): α = 0.743.
        const QStringList rows{QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."), QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
                               QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."), QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 .")};
        QList<QStringList> nominal(12);
        for (const QString& row : rows) {
            const QStringList values = row.split(u' ');
            for (qsizetype u = 0; u < values.size(); ++u) {
                if (values.at(u) != u".")
                    nominal[u].append(values.at(u));
            }
        }
        QCOMPARE(QString::number(krippendorffAlpha(nominal), 'f', 3), QStringLiteral("0.743"));
    }

    void kappa_isUndefinedWhereChanceExplainsEverything()
    {
        QVERIFY(std::isnan(
            cohenKappa({QStringLiteral("O"), QStringLiteral("O")}, {QStringLiteral("O"), QStringLiteral("O")})));
        QVERIFY(std::isnan(cohenKappa({}, {})));
        QCOMPARE(cohenKappa({QStringLiteral("O"), QStringLiteral("B")}, {QStringLiteral("O"), QStringLiteral("B")}),
                 1.0);
    }

    void spanAgreement_countsExactAndOverlappingSpansPerType_nestedIncluded()
    {
        const QString per = QStringLiteral("PER"), loc = QStringLiteral("LOC");
        // A: two people, and a place with another place nested in it.
        const QList<TypedSpan> a{{0, 10, per}, {20, 30, loc}, {22, 26, loc}, {40, 50, per}};
        const QList<TypedSpan> b{{0, 10, per}, {21, 30, loc}, {40, 50, loc}, {60, 70, per}};
        const QList<SpanAgreement> s = spanAgreement(a, b);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).type, loc);
        QCOMPARE(s.at(1).type, per);
        QCOMPARE(s.at(2).type, QStringLiteral("micro"));
        // LOC: A has 2, B has 2; none exact; both of A's overlap B's (21–30), and of B's the
        // first overlaps A's, the second (40–50) none.
        QCOMPARE(s.at(0).exact, 0);
        QCOMPARE(s.at(0).exactF1(), 0.0);
        QCOMPARE(s.at(0).overlapR(), 1.0);
        QCOMPARE(s.at(0).overlapP(), 0.5);
        QVERIFY(std::abs(s.at(0).overlapF1() - 2.0 / 3.0) < 1e-12);
        // PER: A has 2, B has 2, one exact.
        QCOMPARE(s.at(1).exactF1(), 0.5);
        // micro: 4 and 4 spans, one exact: 2·1/8.
        QCOMPARE(s.at(2).exactF1(), 0.25);
        QCOMPARE(s.at(2).spansA, 4);
    }
};

QTEST_GUILESS_MAIN(TestAgreementMath)
#include "tst_agreementmath.moc"

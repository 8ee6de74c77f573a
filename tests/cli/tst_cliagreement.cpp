#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using hamish::test::runCli;

// --annotator, done, progress and agreement, in the formats issue 17 gives.
class TestCliAgreement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("agree.hamish")); }
    hamish::test::CliResult cli(const QString& command, const QStringList& rest = {}) const
    {
        return runCli(QStringList{command, QStringLiteral("--db"), db()} + rest);
    }
    void tagAs(const QString& annotator, const QString& text, const QString& type)
    {
        const auto tagged = cli(QStringLiteral("tag"),
                                {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--text"), text,
                                 QStringLiteral("--entity"), type, QStringLiteral("--annotator"), annotator});
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
    }

private slots:
    void initTestCase()
    {
        QFile file(m_dir.filePath(QStringLiteral("news.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة في عمان.\n").toUtf8());
        file.close();
        QCOMPARE(cli(QStringLiteral("import"), {file.fileName()}).exitCode, 0);
    }

    void annotatorLayers_doneProgressAndAgreement()
    {
        tagAs(QStringLiteral("reem"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tagAs(QStringLiteral("reem"), QStringLiteral("بيروت"), QStringLiteral("LOC"));
        tagAs(QStringLiteral("omar"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tagAs(QStringLiteral("omar"), QStringLiteral("بيروت"), QStringLiteral("ORG"));
        // Each annotator's tag is their own: the same span twice, once per layer.
        const auto all = cli(QStringLiteral("annotations"), {QStringLiteral("--json")});
        QSet<QString> authors;
        for (const QJsonValue& a : QJsonDocument::fromJson(all.out.toUtf8()).array())
            authors.insert(a.toObject().value(u"author").toString());
        QCOMPARE(authors, (QSet<QString>{QStringLiteral("reem"), QStringLiteral("omar")}));

        // Nobody has finished the article: no agreement yet, and it says why.
        const auto early = cli(QStringLiteral("agreement"));
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("two annotators")), qPrintable(early.err));

        const auto done = cli(QStringLiteral("done"), {QStringLiteral("--article"), QStringLiteral("1"),
                                                       QStringLiteral("--annotator"), QStringLiteral("reem")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.outLines(), QStringList{QStringLiteral("reem\t1\tdone")});
        QCOMPARE(cli(QStringLiteral("done"), {QStringLiteral("--article"), QStringLiteral("1"),
                                              QStringLiteral("--annotator"), QStringLiteral("omar")})
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("done"), {QStringLiteral("--article"), QStringLiteral("9")}).exitCode, 1);
        QCOMPARE(cli(QStringLiteral("progress")).outLines(),
                 (QStringList{QStringLiteral("omar\t1\tdone"), QStringLiteral("reem\t1\tdone")}));

        const auto agreement = cli(QStringLiteral("agreement"));
        QCOMPARE(agreement.exitCode, 0);
        QCOMPARE(agreement.outLines().size(), 1);
        static const QRegularExpression line(
            QStringLiteral("^omar\\treem\\t1\\t(\\d+)\\t(-?[01]\\.\\d{4})\\t([01]\\.\\d{4})\\t([01]\\.\\d{4})$"));
        const QRegularExpressionMatch m = line.match(agreement.outLines().first());
        QVERIFY2(m.hasMatch(), qPrintable(agreement.outLines().first()));
        QCOMPARE(m.captured(3), QStringLiteral("0.5000")); // the person: 2·1 / (2+2)
        QCOMPARE(m.captured(4), QStringLiteral("0.5000")); // Beirut: another type does not overlap
        const double kappa = m.captured(2).toDouble();
        QVERIFY(kappa > 0 && kappa < 1);

        // A third annotator who finished the article brings Krippendorff's α.
        tagAs(QStringLiteral("lina"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        QCOMPARE(cli(QStringLiteral("done"), {QStringLiteral("--article"), QStringLiteral("1"),
                                              QStringLiteral("--annotator"), QStringLiteral("lina")})
                     .exitCode,
                 0);
        const auto three = cli(QStringLiteral("agreement"));
        QCOMPARE(three.outLines().size(), 4);
        QVERIFY2(three.outLines().last().startsWith(QStringLiteral("alpha\t0.")), qPrintable(three.out));
        const auto two = cli(QStringLiteral("agreement"), {QStringLiteral("--annotator"), QStringLiteral("reem"),
                                                           QStringLiteral("--annotator"), QStringLiteral("lina")});
        QCOMPARE(two.outLines().size(), 1);
        QVERIFY(two.outLines().first().startsWith(QStringLiteral("reem\tlina\t1\t")));

        const auto json = cli(QStringLiteral("agreement"), {QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(report.value(u"pairs").toArray().size(), 3);
        QVERIFY(report.contains(u"fleiss_kappa"));
        const QJsonObject pair = report.value(u"pairs").toArray().first().toObject();
        QVERIFY(pair.value(u"types").toObject().contains(u"PER"));
        QVERIFY(pair.contains(u"nested_kappa"));

        // --undo: back in progress, and out of agreement.
        QCOMPARE(cli(QStringLiteral("done"),
                     {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--annotator"),
                      QStringLiteral("lina"), QStringLiteral("--undo")})
                     .outLines(),
                 QStringList{QStringLiteral("lina\t1\tin progress")});
        QCOMPARE(cli(QStringLiteral("agreement")).outLines().size(), 1);
    }

    void merge_copiesWhatTheLayersAgreeOn_intoGold()
    {
        // lina's article is no longer done: with every layer compared, nothing is common.
        const auto none = cli(QStringLiteral("merge"),
                              {QStringLiteral("--into"), QStringLiteral("gold"), QStringLiteral("--agreed")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.outLines(), (QStringList{QStringLiteral("added\t0"), QStringLiteral("left\t0")}));
        const QStringList pair{QStringLiteral("--into"),      QStringLiteral("gold"), QStringLiteral("--agreed"),
                               QStringLiteral("--annotator"), QStringLiteral("reem"), QStringLiteral("--annotator"),
                               QStringLiteral("omar")};
        // The person both tagged is copied; Beirut, a place for one and an organisation for the
        // other, is left twice for curation.
        QCOMPARE(cli(QStringLiteral("merge"), pair).outLines(),
                 (QStringList{QStringLiteral("added\t1"), QStringLiteral("left\t2")}));
        QCOMPARE(cli(QStringLiteral("merge"), pair).outLines(),
                 (QStringList{QStringLiteral("added\t0"), QStringLiteral("left\t2")}));
        const auto mine = cli(QStringLiteral("merge"),
                              {QStringLiteral("--into"), QStringLiteral("reem-copy"), QStringLiteral("--from"),
                               QStringLiteral("reem"), QStringLiteral("--annotator"), QStringLiteral("omar")});
        QCOMPARE(mine.outLines(), (QStringList{QStringLiteral("added\t2"), QStringLiteral("left\t1")}));
        QCOMPARE(cli(QStringLiteral("merge"), {QStringLiteral("--into"), QStringLiteral("gold")}).exitCode, 2);
        const auto gold = cli(QStringLiteral("annotations"), {QStringLiteral("--json")});
        int golden = 0;
        for (const QJsonValue& a : QJsonDocument::fromJson(gold.out.toUtf8()).array())
            golden += a.toObject().value(u"author").toString() == u"gold";
        QCOMPARE(golden, 1);
    }

    void importAnnotations_withAnnotator_makesTheFileThatLayer()
    {
        const QString out = m_dir.filePath(QStringLiteral("layers.jsonl"));
        QCOMPARE(cli(QStringLiteral("export"),
                     {QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        const auto imported =
            cli(QStringLiteral("import-annotations"), {QStringLiteral("--format"), QStringLiteral("jsonl"),
                                                       QStringLiteral("--annotator"), QStringLiteral("gold"), out});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto all = cli(QStringLiteral("annotations"), {QStringLiteral("--json")});
        int gold = 0;
        for (const QJsonValue& a : QJsonDocument::fromJson(all.out.toUtf8()).array())
            gold += a.toObject().value(u"author").toString() == u"gold";
        // Eight tags of five layers, gold's person among them: only Beirut, twice, is new to gold.
        QCOMPARE(gold, 3);
        QVERIFY2(imported.out.contains(QStringLiteral("2 annotations added, 6 already there")),
                 qPrintable(imported.out));
    }

    void annotatorFilters_onListsAndExport()
    {
        const auto reems = cli(QStringLiteral("annotations"), {QStringLiteral("--annotator"), QStringLiteral("reem")});
        QCOMPARE(reems.outLines().size(), 2);
        const auto two = cli(QStringLiteral("annotations"), {QStringLiteral("--annotator"), QStringLiteral("reem"),
                                                             QStringLiteral("--annotator"), QStringLiteral("omar")});
        QCOMPARE(two.outLines().size(), 4);
        const QString out = m_dir.filePath(QStringLiteral("omar.conll"));
        QCOMPARE(
            cli(QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("conll"), QStringLiteral("--out"),
                                           out, QStringLiteral("--annotator"), QStringLiteral("omar")})
                .exitCode,
            0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString conll = QString::fromUtf8(file.readAll());
        QVERIFY2(conll.contains(QStringLiteral("بيروت B-ORG")), qPrintable(conll));
        QVERIFY(!conll.contains(QStringLiteral("B-LOC")));
        QVERIFY(cli(QStringLiteral("labels"), {QStringLiteral("--annotator"), QStringLiteral("nobody")}).out.isEmpty());

        // Several layers to CoNLL or brat, which hold no annotator: a file or folder each.
        const QString all = m_dir.filePath(QStringLiteral("all.conll"));
        QCOMPARE(
            cli(QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("conll"), QStringLiteral("--out"),
                                           all, QStringLiteral("--annotator"), QStringLiteral("omar"),
                                           QStringLiteral("--annotator"), QStringLiteral("reem")})
                .exitCode,
            0);
        QVERIFY(!QFile::exists(all));
        QFile reem(m_dir.filePath(QStringLiteral("all.reem.conll")));
        QVERIFY(reem.open(QIODevice::ReadOnly));
        const QString reemConll = QString::fromUtf8(reem.readAll());
        QVERIFY(reemConll.contains(QStringLiteral("بيروت B-LOC")));
        QVERIFY(!reemConll.contains(QStringLiteral("B-ORG")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("all.omar.conll"))));
        const QString brat = m_dir.filePath(QStringLiteral("brat"));
        QCOMPARE(
            cli(QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("--out"),
                                           brat, QStringLiteral("--annotator"), QStringLiteral("omar"),
                                           QStringLiteral("--annotator"), QStringLiteral("reem")})
                .exitCode,
            0);
        QVERIFY(QDir(brat + QStringLiteral("/omar")).exists());
        QVERIFY(QDir(brat + QStringLiteral("/reem")).exists());
    }

    void curation_countsResolvedAndRemainingPerArticle()
    {
        // reem and omar still differ on Beirut, and their curator, chief, has not decided it.
        const QStringList pair{QStringLiteral("--annotator"), QStringLiteral("reem"),
                               QStringLiteral("--annotator"), QStringLiteral("omar"),
                               QStringLiteral("--curator"),   QStringLiteral("chief")};
        const auto counts = cli(QStringLiteral("curation"), pair);
        QVERIFY2(counts.exitCode == 0, qPrintable(counts.err));
        QCOMPARE(counts.outLines(), QStringList{QStringLiteral("1\t0\t1")});
        // Deciding Beirut (chief tags it a place) resolves it.
        tagAs(QStringLiteral("chief"), QStringLiteral("بيروت"), QStringLiteral("LOC"));
        QCOMPARE(cli(QStringLiteral("curation"), pair).outLines(), QStringList{QStringLiteral("1\t1\t0")});
        const auto json = cli(QStringLiteral("curation"), pair + QStringList{QStringLiteral("--json")});
        const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(first.value(u"resolved").toInt(), 1);
        QCOMPARE(first.value(u"remaining").toInt(), 0);
        // Another curator has decided nothing.
        const QStringList others{QStringLiteral("--annotator"), QStringLiteral("reem"),
                                 QStringLiteral("--annotator"), QStringLiteral("omar"),
                                 QStringLiteral("--curator"),   QStringLiteral("lina")};
        QCOMPARE(cli(QStringLiteral("curation"), others).outLines(), QStringList{QStringLiteral("1\t0\t1")});
        QCOMPARE(cli(QStringLiteral("curation"), {QStringLiteral("--article"), QStringLiteral("x")}).exitCode, 2);
        QVERIFY(
            cli(QStringLiteral("curation"), {QStringLiteral("--article"), QStringLiteral("2")}).outLines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cliagreement.moc"

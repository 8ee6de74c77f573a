#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;
using test::runCli;

// train, predict and suggest, in the formats the issue gives.
class TestCliLearn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("learn.hamish")); }
    QStringList withDb(const QString& command, const QStringList& rest = {}) const
    {
        return QStringList{command, QStringLiteral("--db"), db()} + rest;
    }
    QString write(const QString& name, const QByteArray& content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        const auto imported = runCli(withDb(QStringLiteral("import-annotations"),
                                            {QStringLiteral("--format"), QStringLiteral("conll"),
                                             write(QStringLiteral("train.conll"), test::newsConll(60, 0).toUtf8())}));
        QCOMPARE(imported.exitCode, 0);
    }

    void train_printsOneLinePerTypeAndMicro()
    {
        const auto trained = runCli(withDb(QStringLiteral("train"), {QStringLiteral("--folds"), QStringLiteral("3")}));
        QCOMPARE(trained.exitCode, 0);
        const QStringList lines = trained.outLines();
        QCOMPARE(lines.size(), 4);
        static const QRegularExpression line(
            QStringLiteral("^(LOC|ORG|PER|micro)\\t(0|1)\\.\\d{4}\\t(0|1)\\.\\d{4}\\t(0|1)\\.\\d{4}\\t\\d+$"));
        for (const QString& l : lines)
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        QVERIFY(lines.last().startsWith(QStringLiteral("micro\t")));
        // The support of micro is the sum of the types'.
        int sum = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            sum += lines.at(i).section(u'\t', 4).toInt();
        QCOMPARE(lines.last().section(u'\t', 4).toInt(), sum);
        QVERIFY2(trained.err.contains(QStringLiteral("3-fold")), qPrintable(trained.err));

        const auto json = runCli(withDb(QStringLiteral("train"),
                                        {QStringLiteral("--folds"), QStringLiteral("2"), QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(report.value(u"folds").toInt(), 2);
        QVERIFY(report.value(u"types").toObject().contains(u"PER"));
        QVERIFY(report.value(u"micro").toObject().value(u"f1").toDouble() > 0.5);
    }

    void train_withTooFewTags_isAClearError()
    {
        QTemporaryDir other;
        const QString path = other.filePath(QStringLiteral("few.hamish"));
        QCOMPARE(runCli({QStringLiteral("import-annotations"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                         QStringLiteral("conll"), write(QStringLiteral("few.conll"), test::newsConll(2, 0).toUtf8())})
                     .exitCode,
                 0);
        const auto trained = runCli({QStringLiteral("train"), QStringLiteral("--db"), path});
        QCOMPARE(trained.exitCode, 1);
        QVERIFY2(trained.err.contains(QStringLiteral("Too few entity tags")), qPrintable(trained.err));
        QVERIFY(trained.out.isEmpty());
    }

    void predict_writesTheSameTokensWithIob2Tags()
    {
        QVERIFY(runCli(withDb(QStringLiteral("train"), {QStringLiteral("--folds"), QStringLiteral("2")})).exitCode
                == 0);
        // Other columns are ignored; the tokens are used as given.
        const QByteArray input = "قال X O\nالرئيس X O\nنبيل X O\nقاسم X O\nفي X O\nبيروت X O\n. X O\n\n"
                                 "زار X O\nالوزير X O\nسارة X O\nالحسن X O\nمدينة X O\nتونس X O\n";
        const QString out = m_dir.filePath(QStringLiteral("out.conll"));
        const auto predicted = runCli(withDb(QStringLiteral("predict"),
                                             {QStringLiteral("--format"), QStringLiteral("conll"),
                                              write(QStringLiteral("in.conll"), input), QStringLiteral("--out"), out}));
        QCOMPARE(predicted.exitCode, 0);
        const QStringList sentences = QString::fromUtf8(test::readFile(out)).trimmed().split(QStringLiteral("\n\n"));
        QCOMPARE(sentences.size(), 2);
        QStringList tokens, tags;
        for (const QString& sentence : sentences) {
            for (const QString& line : sentence.split(u'\n')) {
                const QStringList columns = line.split(u' ');
                QCOMPARE(columns.size(), 2);
                tokens.append(columns.first());
                tags.append(columns.last());
                QVERIFY2(
                    QRegularExpression(QStringLiteral("^(O|[BI]-(PER|LOC|ORG))$")).match(columns.last()).hasMatch(),
                    qPrintable(line));
            }
        }
        QCOMPARE(tokens,
                 QStringLiteral("قال الرئيس نبيل قاسم في بيروت . زار الوزير سارة الحسن مدينة تونس").split(u' '));
        QCOMPARE(tags.at(2), QStringLiteral("B-PER"));
        QCOMPARE(tags.at(3), QStringLiteral("I-PER"));
        QCOMPARE(tags.at(5), QStringLiteral("B-LOC"));
        QCOMPARE(tags.at(0), QStringLiteral("O"));
    }

    void suggest_printsCodePointSpansOfUntaggedSuggestions()
    {
        QVERIFY(runCli(withDb(QStringLiteral("train"), {QStringLiteral("--folds"), QStringLiteral("2")})).exitCode
                == 0);
        // A non-BMP emoji before the names: the offsets are code points.
        const QString text = QStringLiteral("\U0001F4F0 قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة.\n");
        const auto imported = runCli(withDb(
            QStringLiteral("import"), {QStringLiteral("--raw"), write(QStringLiteral("news.txt"), text.toUtf8())}));
        QCOMPARE(imported.exitCode, 0);
        const QString article = imported.out.section(u'\t', 0, 0);
        const auto suggested = runCli(withDb(QStringLiteral("suggest"), {QStringLiteral("--article"), article}));
        QCOMPARE(suggested.exitCode, 0);
        const QString body = runCli(withDb(QStringLiteral("show"), {article})).out;
        const QList<uint> points = body.toUcs4();
        bool person = false;
        for (const QString& line : suggested.outLines()) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 5);
            const qsizetype start = f.at(0).toLongLong(), end = f.at(1).toLongLong();
            const double confidence = f.at(3).toDouble();
            QVERIFY(confidence > 0 && confidence <= 1);
            // The text is the body's code points [start, end).
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()) + start, end - start),
                     f.at(4));
            person = person || (f.at(2) == u"PER" && f.at(4) == u"نبيل قاسم");
        }
        QVERIFY2(person, qPrintable(suggested.out));

        const auto json =
            runCli(withDb(QStringLiteral("suggest"), {QStringLiteral("--article"), article, QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), suggested.outLines().size());
        QVERIFY(array.first().toObject().contains(u"confidence"));

        QCOMPARE(
            runCli(withDb(QStringLiteral("suggest"), {QStringLiteral("--article"), QStringLiteral("999")})).exitCode,
            1);
    }

    void trainAndSuggest_labels_printSetSlashLabelLines()
    {
        const QString labelDb = m_dir.filePath(QStringLiteral("labels.hamish"));
        const auto cli = [&](const QString& command, const QStringList& rest) {
            return runCli(QStringList{command, QStringLiteral("--db"), labelDb} + rest);
        };
        const QList<test::TopicArticle> articles = test::topicArticles(31, 0);
        QStringList ids;
        for (int i = 0; i < articles.size(); ++i) {
            const auto imported = cli(QStringLiteral("import"),
                                      {write(QStringLiteral("topic%1.txt").arg(i), articles.at(i).text.toUtf8())});
            QCOMPARE(imported.exitCode, 0);
            ids.append(imported.outLines().value(0).section(u'\t', 0, 0));
        }
        // The last stays unlabelled, to be suggested for.
        for (int i = 0; i + 1 < articles.size(); ++i)
            QCOMPARE(cli(QStringLiteral("label"), {QStringLiteral("--article"), ids.at(i), QStringLiteral("--set"),
                                                   QStringLiteral("topic=") + articles.at(i).topic})
                         .exitCode,
                     0);
        const auto trained =
            cli(QStringLiteral("train"), {QStringLiteral("--labels"), QStringLiteral("--folds"), QStringLiteral("3")});
        QCOMPARE(trained.exitCode, 0);
        static const QRegularExpression line(QStringLiteral(
            "^(topic/(sport|economy|politics)|micro)\\t(0|1)\\.\\d{4}\\t(0|1)\\.\\d{4}\\t(0|1)\\.\\d{4}\\t\\d+$"));
        QCOMPARE(trained.outLines().size(), 4);
        for (const QString& l : trained.outLines())
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        QVERIFY2(trained.err.contains(QStringLiteral("30 labelled articles")), qPrintable(trained.err));

        const auto suggested =
            cli(QStringLiteral("suggest"), {QStringLiteral("--article"), ids.last(), QStringLiteral("--labels")});
        QCOMPARE(suggested.exitCode, 0);
        QVERIFY2(suggested.outLines().size() == 1, qPrintable(trained.out + suggested.out + suggested.err));
        QCOMPARE(suggested.outLines().first().section(u'\t', 0, 0), QStringLiteral("topic/") + articles.last().topic);
        const double confidence = suggested.outLines().first().section(u'\t', 1).toDouble();
        QVERIFY(confidence >= 0.5 && confidence <= 1);

        // Too few labelled articles is an error, not a useless model.
        const auto empty = runCli(withDb(QStringLiteral("train"), {QStringLiteral("--labels")}));
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QStringLiteral("Too few labelled articles")), qPrintable(empty.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLearn)
#include "tst_clilearn.moc"

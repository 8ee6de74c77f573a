#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace hamish;
using test::runCli;

// The commands of the richer annotation model: relate, relations, unrelate, attribute, label,
// labels, schema, graph, export --nested and import-annotations --lenient.
class TestCliAnnotations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.hamish")); }
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
    // Tags the n-th occurrence of a word in an article, in code points as the CLI counts.
    QString tag(int article, const QString& word, const QString& type, int occurrence = 0) const
    {
        const QString body = runCli(withDb(QStringLiteral("show"), {QString::number(article)})).out;
        const QList<uint> points = body.toUcs4(), needle = word.toUcs4();
        qsizetype at = -1;
        for (int n = 0; n <= occurrence; ++n)
            at = std::search(points.cbegin() + at + 1, points.cend(), needle.cbegin(), needle.cend()) - points.cbegin();
        const auto tagged = runCli(withDb(QStringLiteral("annotate"),
                                          {QStringLiteral("--article"), QString::number(article),
                                           QStringLiteral("--start"), QString::number(at), QStringLiteral("--end"),
                                           QString::number(at + needle.size()), QStringLiteral("--entity"), type}));
        if (tagged.exitCode != 0)
            qFatal("cannot tag %s: %s", qPrintable(word), qPrintable(tagged.err));
        return tagged.out.trimmed();
    }
    QStringList relationLines() const { return runCli(withDb(QStringLiteral("relations"))).outLines(); }

private slots:
    void init()
    {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db() + suffix);
        QCOMPARE(runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}))
                     .exitCode,
                 0);
    }

    void relate_printsTheId_andRefusesWhatTheRulesForbid()
    {
        const QString cairo = tag(2, QStringLiteral("القاهرة"), QStringLiteral("LOC"));
        const QString conference = tag(2, QStringLiteral("مؤتمراً"), QStringLiteral("EVENT"));
        const QString egypt = tag(2, QStringLiteral("مصر"), QStringLiteral("LOC"));
        const QString khartoum = tag(1, QStringLiteral("الخرطوم"), QStringLiteral("LOC"));
        const auto relate = [&](const QString& from, const QString& to, const QString& type,
                                const QStringList& more = {}) {
            return runCli(
                withDb(QStringLiteral("relate"), QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                                                             QStringLiteral("--type"), type}
                                                     + more));
        };
        const auto located = relate(conference, cairo, QStringLiteral("LOCATED_IN"),
                                    {QStringLiteral("--note"), QStringLiteral("مكان المؤتمر")});
        QCOMPARE(located.exitCode, 0);
        const QString id = located.out.trimmed();
        QVERIFY(id.toLongLong() > 0);
        QCOMPARE(
            relationLines(),
            QStringList{
                QStringLiteral("%1\t2\tLOCATED_IN\t%2\t%3\tمؤتمراً\tالقاهرة\tمكان المؤتمر").arg(id, conference, cairo)});
        // Refused, and nothing written: types the relation does not allow, an unknown type, two
        // articles, a relation that is there already.
        for (const auto& [from, to, type] :
             {std::tuple{cairo, egypt, QStringLiteral("MEMBER_OF")}, std::tuple{cairo, egypt, QStringLiteral("NOPE")},
              std::tuple{cairo, khartoum, QStringLiteral("LOCATED_IN")},
              std::tuple{conference, cairo, QStringLiteral("LOCATED_IN")}}) {
            const auto refused = relate(from, to, type);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(!refused.err.isEmpty());
            QVERIFY(refused.out.isEmpty());
        }
        QCOMPARE(relationLines().size(), 1);

        const QJsonArray json =
            QJsonDocument::fromJson(
                runCli(withDb(QStringLiteral("relations"), {QStringLiteral("--json")})).out.toUtf8())
                .array();
        QCOMPARE(json.size(), 1);
        const QJsonObject r = json.first().toObject();
        QCOMPARE(r.keys(), QStringList({QStringLiteral("article"), QStringLiteral("author"), QStringLiteral("created"),
                                        QStringLiteral("from"), QStringLiteral("id"), QStringLiteral("note"),
                                        QStringLiteral("to"), QStringLiteral("type")}));
        QCOMPARE(r.value(u"type").toString(), QStringLiteral("LOCATED_IN"));
        QCOMPARE(QString::number(r.value(u"from").toInteger()), conference);

        QCOMPARE(runCli(withDb(QStringLiteral("unrelate"), {id})).exitCode, 0);
        QVERIFY(relationLines().isEmpty());
        QCOMPARE(runCli(withDb(QStringLiteral("unrelate"), {id})).exitCode, 1);
    }

    void attribute_setsAndUnsetsWhatTheSchemaDeclares()
    {
        const QString cairo = tag(2, QStringLiteral("القاهرة"), QStringLiteral("LOC"));
        const QString schema =
            write(QStringLiteral("schema.json"),
                  R"({"entity_types": [{"code": "LOC", "attributes": [{"name": "capital", "kind": "boolean"},
                {"name": "role", "kind": "choice", "values": ["host", "guest"]}]}]})");
        const auto applied = runCli(withDb(QStringLiteral("schema"), {QStringLiteral("--apply"), schema}));
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        const auto set = [&](const QString& name, const QString& value) {
            return runCli(
                withDb(QStringLiteral("attribute"), {QStringLiteral("--annotation"), cairo, QStringLiteral("--name"),
                                                     name, QStringLiteral("--value"), value}));
        };
        QCOMPARE(set(QStringLiteral("capital"), QStringLiteral("true")).exitCode, 0);
        QCOMPARE(set(QStringLiteral("role"), QStringLiteral("host")).exitCode, 0);
        QCOMPARE(set(QStringLiteral("role"), QStringLiteral("judge")).exitCode, 1);
        QCOMPARE(set(QStringLiteral("unknown"), QStringLiteral("x")).exitCode, 1);
        const auto attributes = [&] {
            const QJsonArray all =
                QJsonDocument::fromJson(
                    runCli(withDb(QStringLiteral("annotations"), {QStringLiteral("--json")})).out.toUtf8())
                    .array();
            return all.first().toObject().value(u"attributes").toObject();
        };
        // A flag's value is a JSON boolean, a choice's its text.
        QCOMPARE(attributes(),
                 QJsonObject({{QStringLiteral("capital"), true}, {QStringLiteral("role"), QStringLiteral("host")}}));
        QCOMPARE(
            runCli(withDb(QStringLiteral("attribute"), {QStringLiteral("--annotation"), cairo, QStringLiteral("--name"),
                                                        QStringLiteral("role"), QStringLiteral("--unset")}))
                .exitCode,
            0);
        QCOMPARE(attributes(), QJsonObject({{QStringLiteral("capital"), true}}));
        // Applying the same file again changes nothing.
        QCOMPARE(runCli(withDb(QStringLiteral("schema"), {QStringLiteral("--apply"), schema})).exitCode, 0);
        const QJsonObject printed =
            QJsonDocument::fromJson(runCli(withDb(QStringLiteral("schema"), {QStringLiteral("--json")})).out.toUtf8())
                .object();
        QCOMPARE(printed.value(u"relation_types").toArray().size(), 4);
        for (const auto& t : printed.value(u"entity_types").toArray()) {
            if (t.toObject().value(u"code") == QJsonValue(QStringLiteral("LOC")))
                QCOMPARE(t.toObject().value(u"attributes").toArray().size(), 2);
        }
    }

    void label_setsAndUnsets_andLabelsLists()
    {
        const auto label = [&](const QString& how, const QString& what) {
            return runCli(
                withDb(QStringLiteral("label"), {QStringLiteral("--article"), QStringLiteral("2"), how, what}));
        };
        QCOMPARE(label(QStringLiteral("--set"), QStringLiteral("topic=economy")).exitCode, 0);
        QCOMPARE(label(QStringLiteral("--set"), QStringLiteral("genre=news")).exitCode, 0);
        // Genre is single choice: another genre replaces it.
        QCOMPARE(label(QStringLiteral("--set"), QStringLiteral("genre=feature")).exitCode, 0);
        QCOMPARE(label(QStringLiteral("--set"), QStringLiteral("genre=nonsense")).exitCode, 1);
        QCOMPARE(runCli(withDb(QStringLiteral("labels"))).outLines(),
                 QStringList({QStringLiteral("2\ttopic\teconomy"), QStringLiteral("2\tgenre\tfeature")}));
        QCOMPARE(label(QStringLiteral("--unset"), QStringLiteral("topic=economy")).exitCode, 0);
        QCOMPARE(
            runCli(withDb(QStringLiteral("labels"), {QStringLiteral("--article"), QStringLiteral("2")})).outLines(),
            QStringList{QStringLiteral("2\tgenre\tfeature")});
    }

    void conll_nestedExportAndLenientImport()
    {
        const QString nested = write(QStringLiteral("nested.conll"),
                                     "مجلس B-ORG\nالأمن I-ORG\nالأسد I-ORG B-PERS\n. O\n\nفي O\nنابلس B-GPE\n");
        const auto imported = runCli(withDb(QStringLiteral("import-annotations"),
                                            {QStringLiteral("--format"), QStringLiteral("conll"), nested}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("3 annotations added")));
        const QString out = m_dir.filePath(QStringLiteral("out.conll"));
        const auto withNested = runCli(withDb(
            QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("conll"), QStringLiteral("--article"),
                                       QStringLiteral("3"), QStringLiteral("--out"), out, QStringLiteral("--nested")}));
        QCOMPARE(withNested.exitCode, 0);
        QCOMPARE(QString::fromUtf8(test::readFile(out)),
                 QStringLiteral("مجلس B-ORG\nالأمن I-ORG\nالأسد I-ORG B-PERS\n. O\n\nفي O\nنابلس B-GPE\n"));
        const auto flat = runCli(withDb(QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("conll"),
                                                                   QStringLiteral("--article"), QStringLiteral("3"),
                                                                   QStringLiteral("--out"), out}));
        QCOMPARE(flat.exitCode, 0);
        QVERIFY2(flat.err.contains(QStringLiteral("1 nested or crossing entities")), qPrintable(flat.err));
        QVERIFY(test::readFile(out).contains("الأسد I-ORG\n"));

        const QString malformed = write(QStringLiteral("bad.conll"), "محمد B-PER\nقال OO\nفي I--ORG\n");
        const auto refused = runCli(withDb(QStringLiteral("import-annotations"),
                                           {QStringLiteral("--format"), QStringLiteral("conll"), malformed}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("line 2: 'OO' is not an O, B- or I- tag")),
                 qPrintable(refused.err));
        const auto lenient =
            runCli(withDb(QStringLiteral("import-annotations"), {QStringLiteral("--format"), QStringLiteral("conll"),
                                                                 QStringLiteral("--lenient"), malformed}));
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY(lenient.out.contains(QStringLiteral("1 annotations added")));
        QVERIFY(lenient.out.contains(QStringLiteral("2 not taken")));
        QVERIFY(lenient.err.contains(QStringLiteral("line 3: '-ORG' is not a valid type name")));
    }

    void graph_writesGraphMlGexfAndDot()
    {
        const QString cairo = tag(2, QStringLiteral("القاهرة"), QStringLiteral("LOC"));
        const QString conference = tag(2, QStringLiteral("مؤتمراً"), QStringLiteral("EVENT"));
        const QString egypt = tag(2, QStringLiteral("مصر"), QStringLiteral("LOC"));
        for (const auto& [from, to] : {std::pair{conference, cairo}, std::pair{cairo, egypt}})
            QCOMPARE(
                runCli(withDb(QStringLiteral("relate"), {QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                                                         QStringLiteral("--type"), QStringLiteral("LOCATED_IN")}))
                    .exitCode,
                0);
        const QString graphml = m_dir.filePath(QStringLiteral("n.graphml"));
        QCOMPARE(runCli(withDb(QStringLiteral("graph"), {QStringLiteral("--format"), QStringLiteral("graphml"),
                                                         QStringLiteral("--out"), graphml}))
                     .exitCode,
                 0);
        QXmlStreamReader xml(test::readFile(graphml));
        int nodes = 0, edges = 0;
        QStringList names;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            nodes += xml.name() == u"node";
            edges += xml.name() == u"edge";
            if (xml.name() == u"data" && xml.attributes().value(QStringLiteral("key")) == u"name")
                names.append(xml.readElementText());
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(nodes, 3);
        QCOMPARE(edges, 2);
        QStringList expected{QStringLiteral("القاهرة"), QStringLiteral("مصر"), QStringLiteral("مؤتمراً")};
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        const QString gexf = m_dir.filePath(QStringLiteral("n.gexf"));
        QCOMPARE(runCli(withDb(QStringLiteral("graph"),
                               {QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--out"), gexf}))
                     .exitCode,
                 0);
        QVERIFY(test::readFile(gexf).contains("<gexf xmlns=\"http://gexf.net/1.3\""));
        const QString dot = m_dir.filePath(QStringLiteral("n.dot"));
        QCOMPARE(runCli(withDb(QStringLiteral("graph"),
                               {QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--out"), dot,
                                QStringLiteral("--type"), QStringLiteral("LOCATED_IN")}))
                     .exitCode,
                 0);
        QCOMPARE(test::readFile(dot).count("->"), 2);
        QCOMPARE(runCli(withDb(QStringLiteral("graph"),
                               {QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--out"), dot,
                                QStringLiteral("--type"), QStringLiteral("NOPE")}))
                     .exitCode,
                 1);
        QCOMPARE(runCli(withDb(QStringLiteral("graph"),
                               {QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), dot}))
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "tst_cliannotations.moc"

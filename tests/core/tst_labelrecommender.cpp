#include "annotations/relationservice.h"
#include "annotations/schemastore.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "learn/labelrecommender.h"
#include "learn/modelstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hamish;

namespace {

const QString Me = QStringLiteral("reem");

struct LabelledLibrary
{
    test::TempLibrary temp;
    QHash<QString, qint64> labelId; // "set/code" → id
    QList<qint64> articles;
    QList<test::TopicArticle> texts;
};

qint64 importArticle(Library& library, const QString& name, const QString& text)
{
    const FileReport report = ImportService(library).importInput(ArticleInput::memory(name, text.toUtf8()));
    if (report.added.size() != 1)
        qFatal("could not import %s", qPrintable(name));
    return report.added.first();
}

// `count` topic articles, each labelled with its topic, and with a genre drawn at random (a label
// nothing in the text predicts).
void fill(LabelledLibrary& lib, int count)
{
    Library& library = *lib.temp.library;
    for (const LabelSet& set : SchemaStore(library.database()).labelSets().value()) {
        for (const Label& label : set.labels)
            lib.labelId.insert(LabelRecommender::keyOf(set.code, label.code), label.id);
    }
    RelationService relations(library, Me);
    const QStringList genres{QStringLiteral("news"), QStringLiteral("opinion"), QStringLiteral("feature"),
                             QStringLiteral("interview")};
    lib.texts = test::topicArticles(count, 0);
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i) {
        const qint64 id = importArticle(library, QStringLiteral("a%1.txt").arg(i), lib.texts.at(i).text);
        lib.articles.append(id);
        QVERIFY(relations.setLabel(id, lib.labelId.value(QStringLiteral("topic/") + lib.texts.at(i).topic)));
        QVERIFY(
            relations.setLabel(id, lib.labelId.value(QStringLiteral("genre/") + genres.at(int(random.bounded(4))))));
    }
}

} // namespace

class TestLabelRecommender : public QObject
{
    Q_OBJECT

private slots:
    void train_scoresEachLabelByFolds_andStoresTheModel()
    {
        LabelledLibrary lib;
        fill(lib, 36);
        LabelRecommender recommender(*lib.temp.library);
        const Result<TrainingReport> report = recommender.train(4);
        QVERIFY2(report, test::why(report).constData());
        QCOMPARE(report->folds, 4);
        QVERIFY(report->foldsByArticle);
        QCOMPARE(report->sentences, 72); // 36 articles, two sets
        QCOMPARE(report->examples.value(QStringLiteral("topic/sport")), 12);
        double topicF1 = 1, genreF1 = 0;
        for (const TypeScore& s : report->evaluation.types) {
            if (s.type.startsWith(u"topic/"))
                topicF1 = qMin(topicF1, s.f1());
            else
                genreF1 = qMax(genreF1, s.f1());
        }
        // The topics' words give them away; the genres were drawn at random.
        QVERIFY2(topicF1 > 0.9, qPrintable(QString::number(topicF1)));
        QVERIFY2(genreF1 < 0.5, qPrintable(QString::number(genreF1)));

        // Stored: another recommender on the library loads it and it classifies a new article.
        LabelRecommender again(*lib.temp.library);
        const Result<LabelModel> model = again.model();
        QVERIFY2(model, test::why(model).constData());
        QCOMPARE(model->sets.keys(), (QStringList{QStringLiteral("genre"), QStringLiteral("topic")}));
        const QList<LabelPrediction> topic =
            model->sets.value(QStringLiteral("topic")).predict(test::topicArticles(1, 1).first().text);
        QCOMPARE(topic.size(), 1); // topic is a multiple-choice set: labels of probability ≥ 0.5
        QCOMPARE(topic.first().label, QStringLiteral("economy"));
        QVERIFY(topic.first().probability >= 0.5 && topic.first().probability <= 1);
        QCOMPARE(again.report().value()->evaluation.micro.truePositives, report->evaluation.micro.truePositives);
    }

    void train_refusesTooFewLabelledArticles()
    {
        LabelledLibrary lib;
        fill(lib, 3);
        const Result<TrainingReport> report = LabelRecommender(*lib.temp.library).train(5);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("Too few")), qPrintable(report.error()));
        QVERIFY(!LabelRecommender(*lib.temp.library).model());
    }

    void suggest_leavesOutSetLabels_rejectedOnes_andLabelsBelowTheRule()
    {
        LabelledLibrary lib;
        fill(lib, 36);
        Library& library = *lib.temp.library;
        LabelRecommender recommender(library);
        const TrainingReport report = recommender.train(4).value();
        const LabelModel model = recommender.model().value();
        const test::TopicArticle sport = test::topicArticles(3, 7).at(2);
        QCOMPARE(sport.topic, QStringLiteral("sport"));
        const qint64 article = importArticle(library, QStringLiteral("new.txt"), sport.text);

        QList<LabelSuggestion> s = recommender.suggest(article, Me, model, report).value();
        QCOMPARE(s.size(), 1); // no genre: its F1 is below the threshold
        QCOMPARE(s.first().key, QStringLiteral("topic/sport"));
        QCOMPARE(s.first().labelId, lib.labelId.value(QStringLiteral("topic/sport")));
        SuggestionRule strict;
        strict.minimumF1 = 1.01;
        QVERIFY(recommender.suggest(article, Me, model, report, strict).value().isEmpty());
        SuggestionRule lenient;
        lenient.minimumF1 = 0;
        lenient.minimumExamples = 0;
        const QList<LabelSuggestion> all = recommender.suggest(article, Me, model, report, lenient).value();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const auto& x) { return x.key.startsWith(u"genre/"); }));

        // Once set by this annotator, it is not proposed; another annotator's labels do not count.
        RelationService mine(library, Me);
        QVERIFY(mine.setLabel(article, s.first().labelId));
        QVERIFY(recommender.suggest(article, Me, model, report).value().isEmpty());
        QCOMPARE(recommender.suggest(article, QStringLiteral("other"), model, report).value().size(), 1);
        QVERIFY(mine.unsetLabel(article, s.first().labelId));

        // Rejected: not again for that article.
        QVERIFY(recommender.reject(s.first()));
        QVERIFY(recommender.suggest(article, Me, model, report).value().isEmpty());
    }

    void labelChangesSince_countsLabelsSetAndRemovedAfterTheTraining()
    {
        LabelledLibrary lib;
        fill(lib, 12);
        Library& library = *lib.temp.library;
        LabelRecommender recommender(library);
        const TrainingReport report = recommender.train(3).value();
        QCOMPARE(recommender.labelChangesSince(report).value(), 0);
        library.setClock([] { return test::fixedNow().addSecs(60); });
        RelationService relations(library, Me);
        QVERIFY(relations.unsetLabel(lib.articles.at(0),
                                     lib.labelId.value(QStringLiteral("topic/") + lib.texts.at(0).topic)));
        QCOMPARE(recommender.labelChangesSince(report).value(), 1);
        QVERIFY(relations.setLabel(lib.articles.at(1), lib.labelId.value(QStringLiteral("topic/culture"))));
        QCOMPARE(recommender.labelChangesSince(report).value(), 2);
    }

    void aDamagedOrOlderStoredModel_isAnErrorThatSaysRetrain()
    {
        LabelledLibrary lib;
        fill(lib, 12);
        Library& library = *lib.temp.library;
        QVERIFY(LabelRecommender(library).train(3));
        QVERIFY(LabelRecommender(library).model());
        Database& db = library.database();

        const auto storeBytes = [&db](const QByteArray& bytes) {
            return db.exec(QStringLiteral("UPDATE learned_model SET model = x'%1' WHERE kind = 'labels'")
                               .arg(QString::fromLatin1(bytes.toHex())));
        };
        // The error model() gives, or nothing when it loads.
        const auto refusal = [&library]() -> QString {
            const Result<LabelModel> model = LabelRecommender(library).model();
            return model ? QString() : model.error();
        };
        const QByteArray good = ModelStore(db).model(QStringLiteral("labels")).value()->bytes;

        // A byte changed deep inside a classifier's fastText model: the checksum refuses it
        // before fastText reads it.
        QByteArray raw = qUncompress(good);
        raw[raw.size() - 100] = char(raw.at(raw.size() - 100) ^ 0x5a);
        QVERIFY(storeBytes(qCompress(raw)));
        QString error = refusal();
        QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(QStringLiteral("again")),
                 qPrintable(error));
        // Cut short, and bytes that are not a model at all.
        QVERIFY(storeBytes(good.left(good.size() / 2)));
        error = refusal();
        QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(QStringLiteral("again")),
                 qPrintable(error));
        QVERIFY(storeBytes(QByteArray("\x00\x11\x22\x33\x44", 5)));
        error = refusal();
        QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(QStringLiteral("again")),
                 qPrintable(error));
        // Another format version is retrained, never read.
        QVERIFY(storeBytes(good));
        QVERIFY(LabelRecommender(library).model());
        QVERIFY(db.exec(QStringLiteral("UPDATE learned_model SET format_version = 0 WHERE kind = 'labels'")));
        error = refusal();
        QVERIFY2(error.contains(QStringLiteral("another version")), qPrintable(error));
        QVERIFY(LabelRecommender(library).train(3));
        QVERIFY(LabelRecommender(library).model());
    }
};

QTEST_GUILESS_MAIN(TestLabelRecommender)
#include "tst_labelrecommender.moc"

#include "annotations/annotationservice.h"
#include "formats/annotationimportservice.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "learn/entityrecommender.h"
#include "learn/nermodel.h"
#include "storage/database.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

class TestRecommender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    void importConll(test::TempLibrary& temp, const QString& text)
    {
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations)
                .importFile(AnnotationFormat::Conll, write(QStringLiteral("c.conll"), text));
        QVERIFY2(report.succeeded(), qPrintable(report.error));
    }

private slots:
    void train_learnsFromTheLibrarysTags_andStoresTheModelWithItsScores()
    {
        test::TempLibrary temp;
        importConll(temp, test::newsConll(60, 0));
        EntityRecommender recommender(*temp.library);
        const Result<TrainingReport> report = recommender.train(3);
        QVERIFY2(report, report ? "" : qPrintable(report.error()));
        QCOMPARE(report->folds, 3);
        QVERIFY(!report->foldsByArticle); // a CoNLL file imports as one article
        QCOMPARE(report->sentences, 60);
        QVERIFY(report->examples.value(QStringLiteral("PER")) > 20);
        QCOMPARE(report->evaluation.types.size(), 3);
        QVERIFY2(report->evaluation.micro.f1() > 0.8, qPrintable(QString::number(report->evaluation.micro.f1())));

        // Stored: a new recommender on the library finds the model and its report.
        EntityRecommender again(*temp.library);
        const Result<NerModel> model = again.model();
        QVERIFY2(model, model ? "" : qPrintable(model.error()));
        QCOMPARE(model->types(), (QStringList{QStringLiteral("LOC"), QStringLiteral("ORG"), QStringLiteral("PER")}));
        const auto stored = again.report();
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->evaluation.micro.truePositives, report->evaluation.micro.truePositives);
        QCOMPARE((*stored)->examples, report->examples);

        // A person it never saw, where people stand.
        const QStringList sentence =
            QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة .").split(u' ');
        const QList<TokenChunk> found = model->predict(sentence);
        QVERIFY(found.contains(TokenChunk{2, 4, QStringLiteral("PER")}));
        QVERIFY(found.contains(TokenChunk{5, 6, QStringLiteral("LOC")}));
        for (const TokenChunk& chunk : found)
            QVERIFY(chunk.confidence > 0 && chunk.confidence <= 1);
    }

    void train_refusesTooFewTags()
    {
        test::TempLibrary temp;
        importConll(temp, test::newsConll(3, 0));
        const Result<TrainingReport> report = EntityRecommender(*temp.library).train(3);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("Too few")), qPrintable(report.error()));
        QVERIFY(!EntityRecommender(*temp.library).model());
    }

    void tagChangesSince_countsTagsMadeChangedAndDeletedAfterTheTraining()
    {
        test::TempLibrary temp;
        importConll(temp, test::newsConll(60, 0));
        EntityRecommender recommender(*temp.library);
        const TrainingReport report = recommender.train(3).value();
        QCOMPARE(recommender.tagChangesSince(report).value(), 0);
        const TrainingReport stored = recommender.report().value().value();
        QCOMPARE(stored.dataAsOf, report.dataAsOf);

        temp.library->setClock([] { return test::fixedNow().addSecs(60); });
        AnnotationService annotations(*temp.library);
        const qint64 article = temp.library->database().queryInt(QStringLiteral("SELECT min(id) FROM article")).value();
        QList<Annotation> tags = annotations.annotations(article).value();
        QVERIFY(tags.size() > 3);
        const QList<EntityType> types = annotations.entityTypes().value();
        Annotation changed = tags.at(0);
        changed.entityTypeId = changed.entityTypeId == types.at(0).id ? types.at(1).id : types.at(0).id;
        QVERIFY(annotations.update(changed));
        QCOMPARE(recommender.tagChangesSince(report).value(), 1);
        QVERIFY(annotations.remove({tags.at(1).id}));
        QCOMPARE(recommender.tagChangesSince(report).value(), 2);
        AnnotationDraft made;
        made.articleId = article;
        made.kind = AnnotationKind::Entity;
        made.entityTypeId = types.at(0).id;
        made.start = tags.at(1).start;
        made.end = tags.at(1).end;
        QVERIFY(annotations.create(made));
        QCOMPARE(recommender.tagChangesSince(report).value(), 3);
    }

    void suggest_leavesOutTagsAndRejectedSpans_andTypesBelowTheRule()
    {
        test::TempLibrary temp;
        importConll(temp, test::newsConll(60, 0));
        EntityRecommender recommender(*temp.library);
        const TrainingReport report = recommender.train(3).value();
        const NerModel model = recommender.model().value();
        const FileReport imported =
            ImportService(*temp.library)
                .importInput(ArticleInput::memory(
                    QStringLiteral("new.txt"),
                    QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة.\n").toUtf8()));
        QCOMPARE(imported.added.size(), 1);
        const qint64 article = imported.added.first();
        QList<ModelSuggestion> suggestions = recommender.suggest(article, model, report).value();
        const auto has = [&](const QString& text) {
            return std::any_of(suggestions.cbegin(), suggestions.cend(),
                               [&](const ModelSuggestion& s) { return s.text == text; });
        };
        QVERIFY(has(QStringLiteral("نبيل قاسم")));
        QVERIFY(has(QStringLiteral("بيروت")));

        // Rejected: not again for that span.
        const ModelSuggestion beirut = *std::find_if(suggestions.cbegin(), suggestions.cend(),
                                                     [](const auto& s) { return s.text == QStringLiteral("بيروت"); });
        QVERIFY(recommender.reject(beirut));
        suggestions = recommender.suggest(article, model, report).value();
        QVERIFY(!has(QStringLiteral("بيروت")));
        QVERIFY(has(QStringLiteral("نبيل قاسم")));

        // Tagged: not suggested.
        AnnotationService annotations(*temp.library);
        const ModelSuggestion person = *std::find_if(suggestions.cbegin(), suggestions.cend(), [](const auto& s) {
            return s.text == QStringLiteral("نبيل قاسم");
        });
        AnnotationDraft draft{article,
                              AnnotationKind::Entity,
                              person.start,
                              person.end,
                              temp.library->annotations().entityTypes()->first().id,
                              {},
                              {}};
        QVERIFY(annotations.create(draft));
        suggestions = recommender.suggest(article, model, report).value();
        QVERIFY(!has(QStringLiteral("نبيل قاسم")));

        // Below the rule: a type whose F1 misses the threshold, or with too few examples, is off.
        SuggestionRule strict;
        strict.minimumF1 = 1.01;
        QString reason;
        QVERIFY(!strict.allows(report, QStringLiteral("ORG"), &reason));
        QVERIFY2(reason.contains(QStringLiteral("below the threshold")), qPrintable(reason));
        QVERIFY(recommender.suggest(article, model, report, strict)->isEmpty());
        SuggestionRule needsMany;
        needsMany.minimumExamples = 1000;
        QVERIFY(!needsMany.allows(report, QStringLiteral("LOC"), &reason));
        QVERIFY2(reason.contains(QStringLiteral("1000")), qPrintable(reason));
    }

    void aDamagedOrOlderStoredModel_isAnErrorThatSaysRetrain()
    {
        test::TempLibrary temp;
        importConll(temp, test::newsConll(40, 1));
        EntityRecommender recommender(*temp.library);
        QVERIFY(recommender.train(2));
        QVERIFY(temp.library->database().exec(QStringLiteral("UPDATE learned_model SET model = x'0011223344'")));
        Result<NerModel> model = recommender.model();
        QVERIFY(!model);
        QVERIFY2(model.error().contains(QStringLiteral("damaged")) && model.error().contains(QStringLiteral("again")),
                 qPrintable(model.error()));
        // Well-formed bytes that are not a model of ours.
        QVERIFY(
            temp.library->database().exec(QStringLiteral("UPDATE learned_model SET model = x'%1'")
                                              .arg(QString::fromLatin1(qCompress(QByteArray("not a model")).toHex()))));
        model = recommender.model();
        QVERIFY(!model);
        QVERIFY2(model.error().contains(QStringLiteral("not a Hamish")), qPrintable(model.error()));
        QVERIFY(temp.library->database().exec(QStringLiteral("UPDATE learned_model SET format_version = 0")));
        model = recommender.model();
        QVERIFY(!model);
        QVERIFY2(model.error().contains(QStringLiteral("another version")), qPrintable(model.error()));
        // Training again replaces it.
        QVERIFY(recommender.train(2));
        QVERIFY(recommender.model());
    }

    void reviewOrder_putsTheLeastCertainFirst_withoutTheSameWordTwiceInARow()
    {
        const auto s = [](const QString& text, double confidence) {
            return ModelSuggestion{1, 0, 1, QStringLiteral("PER"), confidence, text};
        };
        const QList<ModelSuggestion> order = EntityRecommender::reviewOrder(
            {s(QStringLiteral("بيروت"), 0.9), s(QStringLiteral("عمان"), 0.2), s(QStringLiteral("عمّان"), 0.3),
             s(QStringLiteral("تونس"), 0.5), s(QStringLiteral("القاهرة"), 0.95)});
        QStringList texts;
        for (const ModelSuggestion& m : order)
            texts.append(m.text);
        // عمّان folds to عمان: the next least certain comes between them.
        QCOMPARE(texts, (QStringList{QStringLiteral("عمان"), QStringLiteral("تونس"), QStringLiteral("عمّان"),
                                     QStringLiteral("بيروت"), QStringLiteral("القاهرة")}));
        // Only one word left: it may follow itself.
        QCOMPARE(
            EntityRecommender::reviewOrder({s(QStringLiteral("عمان"), 0.1), s(QStringLiteral("عمان"), 0.2)}).size(), 2);
    }

    void model_roundTripsThroughItsBytes_andRefusesTruncatedOnes()
    {
        QList<TaggedSentence> sentences;
        for (int i = 0; i < 30; ++i) {
            TaggedSentence s;
            s.tokens = QStringLiteral("زار الوزير خالد يوسف مدينة بيروت أمس .").split(u' ');
            s.chunks = {{2, 4, QStringLiteral("PER")}, {5, 6, QStringLiteral("LOC")}};
            sentences.append(s);
        }
        NerOptions options;
        options.threads = 1;
        const Result<NerModel> model = NerModel::train(sentences, options, NerDataset::gazetteerOf(sentences));
        QVERIFY(model);
        const QByteArray bytes = model->save();
        const Result<NerModel> loaded = NerModel::load(bytes);
        QVERIFY(loaded);
        QCOMPARE(loaded->predict(sentences.first().tokens), model->predict(sentences.first().tokens));
        QVERIFY(!NerModel::load(bytes.left(bytes.size() / 2)));
        QVERIFY(!NerModel::load(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"

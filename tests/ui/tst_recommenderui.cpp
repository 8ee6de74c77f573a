#include "annotate/annotationcontroller.h"
#include "annotations/annotationservice.h"
#include "formats/annotationimportservice.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "learn/modeldialog.h"
#include "learn/recommendercontroller.h"
#include "learn/reviewdialog.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

// The recommender in the window: training off the window's thread, model suggestions drawn in
// the reader, A and R on them, and the Model dialog's scores and threshold.
class TestRecommenderUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    QTemporaryDir m_dir;

    ReaderView* reader() const { return m_window->readerPane()->reader(); }
    QList<Suggestion> modelSuggestions() const
    {
        QList<Suggestion> out;
        for (const Suggestion& s : reader()->overlay().suggestions()) {
            if (s.fromModel)
                out.append(s);
        }
        return out;
    }
    const Suggestion* suggestionFor(const QString& text) const
    {
        for (const Suggestion& s : reader()->overlay().suggestions()) {
            if (s.fromModel && s.text == text)
                return &s;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hamish-test-recommender"));
        QSettings().clear();
    }

    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        const QString path = m_dir.filePath(QStringLiteral("train.conll"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::newsConll(60, 0).toUtf8());
        file.close();
        const AnnotationImportReport imported =
            AnnotationImportService(*m_fixture->temp.library, m_fixture->annotations)
                .importFile(AnnotationFormat::Conll, path);
        QVERIFY(imported.succeeded());
        const FileReport news = m_fixture->importer.importInput(ArticleInput::memory(
            QStringLiteral("news.txt"),
            QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة.\n").toUtf8()));
        m_article = news.added.value(0);
        QVERIFY(m_article > 0);
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void trainOnAWorkerThread_thenTheArticlesModelSuggestionsShow_andAAcceptsRRejects()
    {
        RecommenderController* recommender = m_window->recommender();
        QVERIFY(!recommender->report());
        QSignalSpy trained(recommender, &RecommenderController::trained);
        QVERIFY(recommender->train());
        QVERIFY(recommender->isTraining());
        QVERIFY(!recommender->train()); // one at a time
        QVERIFY(trained.wait(60000));
        QVERIFY(recommender->report().has_value());

        QSignalSpy shown(recommender, &RecommenderController::suggestionsShown);
        m_window->openArticle(m_article);
        QVERIFY(shown.wait(20000));
        const QString body = reader()->body();
        QVERIFY(suggestionFor(QStringLiteral("نبيل قاسم")));
        QVERIFY(suggestionFor(QStringLiteral("بيروت")));
        for (const Suggestion& s : modelSuggestions())
            QVERIFY(s.confidence > 0 && s.confidence <= 1);

        // A on the person: tagged, and linked to a registry entity.
        QTextCursor cursor = reader()->textCursor();
        cursor.setPosition(int(body.indexOf(QStringLiteral("نبيل")) + 1));
        reader()->setTextCursor(cursor);
        reader()->setFocus();
        QTest::keyClick(reader(), Qt::Key_A);
        const QList<Annotation> tags = m_fixture->annotations.annotations(m_article).value();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().quote, QStringLiteral("نبيل قاسم"));
        QVERIFY(tags.first().entityId > 0);
        QVERIFY(!suggestionFor(QStringLiteral("نبيل قاسم")));

        // R on the place: gone, remembered, and not back when the article opens again.
        cursor.setPosition(int(body.indexOf(QStringLiteral("بيروت")) + 1));
        reader()->setTextCursor(cursor);
        QTest::keyClick(reader(), Qt::Key_R);
        QVERIFY(!suggestionFor(QStringLiteral("بيروت")));
        QCOMPARE(m_fixture->temp.library->database()
                     .queryInt(QStringLiteral("SELECT count(*) FROM rejected_model_suggestion"))
                     .value(),
                 1);
        m_window->openArticle(m_fixture->temp.library->articles().summaries(0, 1).value().first().id);
        m_window->openArticle(m_article);
        QVERIFY(shown.wait(20000));
        QVERIFY(!suggestionFor(QStringLiteral("بيروت")));
        QVERIFY(suggestionFor(QStringLiteral("الأمم المتحدة")));
    }

    void aLongArticle_showsTheSuggestionsOnScreenFirst_thenTheRest()
    {
        RecommenderController* recommender = m_window->recommender();
        QSignalSpy trained(recommender, &RecommenderController::trained);
        QVERIFY(recommender->train());
        QVERIFY(trained.wait(60000));
        QString text;
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة رقم %1.\n\n").arg(i);
        const qint64 article =
            m_fixture->importer.importInput(ArticleInput::memory(QStringLiteral("long.txt"), text.toUtf8()))
                .added.value(0);
        QVERIFY(article > 0);

        QSignalSpy visible(recommender, &RecommenderController::visibleSuggestionsShown);
        QSignalSpy all(recommender, &RecommenderController::suggestionsShown);
        m_window->openArticle(article);
        QVERIFY(all.wait(30000));
        QCOMPARE(visible.size(), 1);
        const int onScreen = visible.first().first().toInt();
        const int total = all.first().first().toInt();
        QVERIFY2(onScreen > 0 && onScreen * 5 < total, qPrintable(QStringLiteral("%1 of %2").arg(onScreen).arg(total)));
        QCOMPARE(total, 900); // three names in each of 300 sentences
    }

    void reviewQueue_walksTheSuggestions_acceptingAndRejecting()
    {
        RecommenderController* recommender = m_window->recommender();
        QSignalSpy trained(recommender, &RecommenderController::trained);
        QVERIFY(recommender->train());
        QVERIFY(trained.wait(60000));
        m_window->openArticle(m_article);
        ReviewDialog dialog(*m_fixture->temp.library, *recommender, m_fixture->collections, m_article);
        connect(&dialog, &ReviewDialog::suggestionRequested, m_window.get(), &MainWindow::openArticleAt);
        connect(&dialog, &ReviewDialog::acceptRequested, this, [this](const ModelSuggestion& s) {
            m_window->openArticleAt(s.articleId, {s.start, s.end});
            for (const EntityType& type : m_fixture->annotations.entityTypes().value())
                if (type.code == s.type)
                    m_window->annotationController()->acceptSuggestion(
                        {0, type.id, {s.start, s.end}, s.text, true, s.confidence});
        });
        QSignalSpy counted(&dialog, &ReviewDialog::counted);
        if (dialog.queue().isEmpty())
            QVERIFY(counted.wait(20000));
        const QList<ModelSuggestion> queue = dialog.queue();
        QVERIFY(queue.size() >= 3);
        for (qsizetype i = 1; i < queue.size(); ++i)
            QVERIFY(queue.at(i - 1).confidence <= queue.at(i).confidence + 1e-9
                    || queue.at(i - 1).text == queue.at(i).text);
        const ModelSuggestion first = queue.first();
        QVERIFY(dialog.acceptCurrent());
        QCOMPARE(m_fixture->annotations.annotations(m_article)->size(), 1);
        QCOMPARE(m_fixture->annotations.annotations(m_article)->first().quote, first.text);
        QCOMPARE(dialog.queue().size(), queue.size() - 1);
        QVERIFY(dialog.rejectCurrent());
        QCOMPARE(m_fixture->temp.library->database()
                     .queryInt(QStringLiteral("SELECT count(*) FROM rejected_model_suggestion"))
                     .value(),
                 1);
        QCOMPARE(dialog.queue().size(), queue.size() - 2);
        // Again: the accepted is tagged and the rejected remembered, so neither comes back.
        dialog.refresh();
        QVERIFY(counted.wait(20000));
        QCOMPARE(dialog.queue().size(), queue.size() - 2);
    }

    void modelDialog_showsScoresPerType_andTheThresholdTurnsTypesOff()
    {
        RecommenderController* recommender = m_window->recommender();
        QSignalSpy trained(recommender, &RecommenderController::trained);
        QVERIFY(recommender->train());
        QVERIFY(trained.wait(60000));
        ModelDialog dialog(*recommender, *m_window->labelSuggester());
        QCOMPARE(dialog.table()->rowCount(), 3);
        QVERIFY2(dialog.summary()->text().contains(QStringLiteral("cross-validation")),
                 qPrintable(dialog.summary()->text()));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(dialog.table()->item(row, ModelDialog::StatusColumn)->text(), QStringLiteral("yes"));
        QSignalSpy shown(recommender, &RecommenderController::suggestionsShown);
        m_window->openArticle(m_article);
        QVERIFY(shown.wait(20000));
        QVERIFY(!modelSuggestions().isEmpty());

        // Types with too few examples for the rule are off, and say why.
        dialog.examplesField()->setValue(1000);
        for (int row = 0; row < 3; ++row)
            QVERIFY2(dialog.table()->item(row, ModelDialog::StatusColumn)->text().contains(QStringLiteral("1000")),
                     qPrintable(dialog.table()->item(row, ModelDialog::StatusColumn)->text()));
        QVERIFY(shown.wait(20000));
        QVERIFY(modelSuggestions().isEmpty());
        dialog.examplesField()->setValue(10);
        QCOMPARE(recommender->rule().minimumExamples, 10);
    }
};

QTEST_MAIN(TestRecommenderUi)
#include "tst_recommenderui.moc"

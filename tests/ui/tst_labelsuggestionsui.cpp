#include "agreement/annotatorprogress.h"
#include "annotations/relationservice.h"
#include "annotations/schemastore.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "labels/labelbar.h"
#include "learn/labelsuggester.h"
#include "mainwindow.h"
#include "servicesfixture.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace hamish;

// Document-label suggestions in the window: the label model trains on a worker thread, by
// itself after label changes too, and its suggestions show in the label bar.
class TestLabelSuggestionsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    qint64 m_sport = 0;

    qint64 importArticle(const QString& name, const QString& text)
    {
        return m_fixture->importer.importInput(ArticleInput::memory(name, text.toUtf8())).added.value(0);
    }
    LabelBar* bar() const { return m_window->labelBar(); }
    qint64 rejectedCount() const
    {
        return m_fixture->temp.library->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM rejected_label_suggestion"))
            .value();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hamish-test-labelsuggestions"));
        QSettings().clear();
    }

    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        const QList<test::TopicArticle> articles = test::topicArticles(30, 0);
        QList<qint64> ids;
        for (int i = 0; i < articles.size(); ++i)
            ids.append(importArticle(QStringLiteral("a%1.txt").arg(i), articles.at(i).text));
        const test::TopicArticle sport = test::topicArticles(3, 7).at(2);
        QCOMPARE(sport.topic, QStringLiteral("sport"));
        m_article = importArticle(QStringLiteral("new.txt"), sport.text);
        QVERIFY(m_article > 0);
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QHash<QString, qint64> topicIds;
        for (const LabelSet& set : SchemaStore(m_fixture->temp.library->database()).labelSets().value()) {
            for (const Label& label : set.labels) {
                if (set.code == u"topic")
                    topicIds.insert(label.code, label.id);
            }
        }
        m_sport = topicIds.value(QStringLiteral("sport"));
        for (int i = 0; i < articles.size(); ++i)
            QVERIFY(m_fixture->relations.setLabel(ids.at(i), topicIds.value(articles.at(i).topic)));
    }

    void cleanup() { m_window.reset(); }

    void trainOnAWorkerThread_thenTheBarShowsTheSuggestion_andAClickSetsIt()
    {
        LabelSuggester* suggester = m_window->labelSuggester();
        QSignalSpy trained(suggester, &LabelSuggester::trained);
        QVERIFY(suggester->train());
        QVERIFY(suggester->isTraining());
        QVERIFY(!suggester->train()); // one at a time
        QVERIFY(trained.wait(60000));
        QVERIFY(suggester->report().has_value());

        QSignalSpy shown(suggester, &LabelSuggester::suggestionsShown);
        m_window->openArticle(m_article);
        QVERIFY(shown.wait(20000));
        QCOMPARE(bar()->suggestions().size(), 1);
        QToolButton* chip = bar()->chipOf(m_sport);
        QVERIFY(chip);
        QVERIFY2(chip->text().contains(u'%'), qPrintable(chip->text()));
        QVERIFY(chip->styleSheet().contains(QStringLiteral("dashed")));
        QVERIFY(!chip->isChecked());

        // A click sets it, as the annotator's own label; the suggestion is gone.
        QTest::mouseClick(chip, Qt::LeftButton);
        const QList<ArticleLabel> labels = m_fixture->relations.labels(m_article).value();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first().labelId, m_sport);
        QTRY_VERIFY(bar()->chipOf(m_sport) && bar()->chipOf(m_sport)->isChecked());
        QVERIFY(shown.wait(20000));
        QVERIFY(bar()->suggestions().isEmpty());
        QVERIFY(!bar()->chipOf(m_sport)->text().contains(u'%'));
    }

    void refusingASuggestion_removesIt_andItDoesNotComeBack()
    {
        LabelSuggester* suggester = m_window->labelSuggester();
        QSignalSpy trained(suggester, &LabelSuggester::trained);
        QVERIFY(suggester->train());
        QVERIFY(trained.wait(60000));
        QSignalSpy shown(suggester, &LabelSuggester::suggestionsShown);
        m_window->openArticle(m_article);
        QVERIFY(shown.wait(20000));
        QCOMPARE(bar()->suggestions().size(), 1);

        emit bar()->suggestionRejected(m_sport); // what the chip's context menu does
        QVERIFY(bar()->suggestions().isEmpty());
        QVERIFY(!bar()->chipOf(m_sport)->text().contains(u'%'));
        QCOMPARE(rejectedCount(), 1);
        QVERIFY(m_fixture->relations.labels(m_article).value().isEmpty());

        m_window->openArticle(m_fixture->temp.library->articles().summaries(0, 1).value().first().id);
        m_window->openArticle(m_article);
        QVERIFY(shown.wait(20000));
        QVERIFY(bar()->suggestions().isEmpty());
    }

    void labelChanges_startATrainingByThemselves()
    {
        // init() labelled 30 articles with the window open: the label model trains unasked.
        LabelSuggester* suggester = m_window->labelSuggester();
        QSignalSpy trained(suggester, &LabelSuggester::trained);
        QVERIFY(trained.wait(30000));
        QVERIFY(suggester->report().has_value());
        QCOMPARE(suggester->report()->examples.value(QStringLiteral("topic/sport")), 10);
    }

    void markDone_isAnUndoableStepForTheAnnotator()
    {
        m_window->openArticle(m_article);
        const QString me = m_fixture->relations.author();
        AnnotatorProgress progress(*m_fixture->temp.library);
        QAction* done = m_window->markDoneAction();
        QVERIFY(done->isEnabled());
        done->trigger();
        QCOMPARE(progress.state(m_article, me), WorkState::Done);
        QVERIFY(done->isChecked());
        m_window->undoStack()->undo();
        QVERIFY(progress.state(m_article, me) != WorkState::Done);
        QVERIFY(!done->isChecked());
        m_window->undoStack()->redo();
        QCOMPARE(progress.state(m_article, me), WorkState::Done);
    }
};

QTEST_MAIN(TestLabelSuggestionsUi)
#include "tst_labelsuggestionsui.moc"

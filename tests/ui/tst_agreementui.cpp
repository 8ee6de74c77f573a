#include "agreement/agreementview.h"
#include "agreement/annotatorprogress.h"
#include "annotate/annotationcontroller.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemastore.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace hamish;

// View ▸ Agreement: the pairwise matrix, a pair's details, PNG and CSV.
class TestAgreementUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;

    // Through the window's own service when `live` (the reader hears of it), else another's.
    void tag(const QString& author, const QString& text, const QString& type, bool live = false)
    {
        Library& library = *m_fixture->temp.library;
        AnnotationDraft draft;
        draft.articleId = m_article;
        draft.kind = AnnotationKind::Entity;
        for (const EntityType& t : library.annotations().entityTypes().value()) {
            if (t.code == type)
                draft.entityTypeId = t.id;
        }
        const QString body = library.articles().article(m_article).value().body;
        draft.start = body.indexOf(text);
        draft.end = draft.start + text.size();
        if (live) {
            const QString before = m_fixture->annotations.author();
            m_fixture->annotations.setAuthor(author);
            QVERIFY(m_fixture->annotations.create(draft));
            m_fixture->annotations.setAuthor(before);
        } else {
            QVERIFY(AnnotationService(library, author).create(draft));
        }
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_article = m_fixture->importer
                        .importInput(ArticleInput::memory(
                            QStringLiteral("a.txt"),
                            QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة.\n").toUtf8()))
                        .added.value(0);
        QVERIFY(m_article > 0);
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void noFinishedArticles_theViewSaysWhy()
    {
        AgreementView* view = m_window->showAgreement();
        QSignalSpy computed(view, &AgreementView::computed);
        QVERIFY(computed.wait(20000));
        QCOMPARE(view->matrix()->rowCount(), 0);
        QVERIFY2(view->summary()->text().contains(QStringLiteral("two annotators")),
                 qPrintable(view->summary()->text()));
    }

    void twoAnnotators_matrixDetailsPngAndCsv()
    {
        tag(QStringLiteral("reem"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(QStringLiteral("reem"), QStringLiteral("بيروت"), QStringLiteral("LOC"));
        tag(QStringLiteral("omar"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(QStringLiteral("omar"), QStringLiteral("الأمم المتحدة"), QStringLiteral("ORG"));
        AnnotatorProgress progress(*m_fixture->temp.library);
        QVERIFY(progress.setDone(m_article, QStringLiteral("reem"), true));
        QVERIFY(progress.setDone(m_article, QStringLiteral("omar"), true));
        qint64 news = 0;
        for (const LabelSet& set : SchemaStore(m_fixture->temp.library->database()).labelSets().value()) {
            for (const Label& label : set.labels) {
                if (label.code == u"news")
                    news = label.id;
            }
        }
        QVERIFY(RelationService(*m_fixture->temp.library, QStringLiteral("reem")).setLabel(m_article, news));

        AgreementView* view = m_window->showAgreement();
        QSignalSpy computed(view, &AgreementView::computed);
        QVERIFY(computed.wait(20000));
        QVERIFY(view->report().has_value());
        QCOMPARE(view->matrix()->rowCount(), 2);
        QCOMPARE(view->matrix()->columnCount(), 2);
        const double kappa = view->report()->pairs.first().kappa;
        QVERIFY(kappa > 0 && kappa < 1);
        QCOMPARE(view->matrix()->item(0, 1)->text(), QLocale().toString(kappa, 'f', 3));
        QCOMPARE(view->matrix()->item(1, 0)->text(), view->matrix()->item(0, 1)->text());
        QCOMPARE(view->matrix()->item(0, 0)->text(), QStringLiteral("—"));
        // Details: LOC, ORG, PER and all types.
        QCOMPARE(view->details()->rowCount(), 4);
        QCOMPARE(view->details()->item(2, 0)->text(), QStringLiteral("PER"));
        QCOMPARE(view->details()->item(2, 3)->text(), QLocale().toString(1.0, 'f', 3));

        QVERIFY2(view->pairNotes()->text().startsWith(QStringLiteral("omar (A) and reem (B)")),
                 qPrintable(view->pairNotes()->text()));
        QVERIFY2(view->pairNotes()->text().contains(QStringLiteral("κ of the label set genre")),
                 qPrintable(view->pairNotes()->text()));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("a.png"));
        const QString csv = dir.filePath(QStringLiteral("a.csv"));
        QVERIFY(view->savePng(png));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(view->saveCsv(csv));
        const QStringList lines =
            QString::fromUtf8(test::readFile(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // the header, three types and all of them
        QVERIFY(lines.at(0).startsWith(QStringLiteral("a,b,articles,tokens,kappa,type")));
        QVERIFY2(lines.last().contains(QStringLiteral(",micro,2,2,")), qPrintable(lines.last()));
    }

    void layers_theReaderShowsTheChosenAnnotatorsOnly()
    {
        tag(QStringLiteral("reem"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(QStringLiteral("omar"), QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(QStringLiteral("omar"), QStringLiteral("بيروت"), QStringLiteral("LOC"));
        m_window->openArticle(m_article);
        AnnotationController* controller = m_window->annotationController();
        ReaderView* reader = m_window->readerPane()->reader();
        QCOMPARE(reader->overlay().annotations().size(), 3);
        controller->setVisibleLayers({QStringLiteral("omar")});
        QCOMPARE(reader->overlay().annotations().size(), 2);
        for (const Annotation& a : reader->overlay().annotations())
            QCOMPARE(a.author, QStringLiteral("omar"));
        QVERIFY(reader->overlay().spanMarks().isEmpty()); // one layer: no frames
        // A tag reem makes now stays out of sight; another of omar's shows.
        tag(QStringLiteral("reem"), QStringLiteral("بيروت"), QStringLiteral("LOC"), true);
        QCOMPARE(reader->overlay().annotations().size(), 2);
        tag(QStringLiteral("omar"), QStringLiteral("الأمم المتحدة"), QStringLiteral("ORG"), true);
        QCOMPARE(reader->overlay().annotations().size(), 3);
        controller->setVisibleLayers({});
        QCOMPARE(reader->overlay().annotations().size(), 5);
        // Several layers: each annotator's tags framed in a style of their own.
        QHash<QString, QSet<QString>> looks;
        for (const Annotation& a : reader->overlay().annotations()) {
            QVERIFY(reader->overlay().spanMarks().contains(a.id));
            const SpanMark mark = reader->overlay().spanMarks().value(a.id);
            looks[a.author].insert(mark.colour.name() + QString::number(int(mark.style)));
        }
        QCOMPARE(looks.value(QStringLiteral("reem")).size(), 1);
        QCOMPARE(looks.value(QStringLiteral("omar")).size(), 1);
        QVERIFY(looks.value(QStringLiteral("reem")) != looks.value(QStringLiteral("omar")));
    }
};

QTEST_MAIN(TestAgreementUi)
#include "tst_agreementui.moc"

#include "agreement/agreementview.h"
#include "agreement/annotatorprogress.h"
#include "agreement/comparisonview.h"
#include "annotations/annotationservice.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "layerfixture.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamish;

namespace {

const QString Reem = QStringLiteral("reem");
const QString Omar = QStringLiteral("omar");

} // namespace

// The comparison of two layers and curation into the gold layer, driven by keys as a curator would.
class TestCurationUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;

    Library& library() { return *m_fixture->temp.library; }

    QStringList goldLayer()
    {
        QStringList out;
        for (const Annotation& a : library().annotations().forArticle(m_article).value()) {
            if (a.author == u"gold")
                out.append(a.quote);
        }
        out.sort();
        return out;
    }

    ComparisonView* openComparison()
    {
        ComparisonView* view = m_window->showComparison(Omar, Reem);
        [&] { QTRY_VERIFY(view->counts()->text() != ComparisonView::tr("Comparing…")); }();
        QApplication::setActiveWindow(view); // the keys go to the comparison, as when the curator clicks it
        [&] { QTRY_COMPARE(QApplication::activeWindow(), view); }();
        return view;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_article = test::importBody(library(), QStringLiteral("a.txt"),
                                     QStringLiteral("قال الرئيس نبيل قاسم في بيروت 🙂 إن الأمم المتحدة ستدعم الخطة.\n"
                                                    "وزار وفد من جامعة الدول العربية مدينة عمان أمس.\n"));
        QVERIFY(m_article > 0);
        for (const QString& who : {Reem, Omar})
            QVERIFY(test::tagFirst(library(), who, m_article, QStringLiteral("نبيل قاسم"), QStringLiteral("PER")));
        QVERIFY(test::tagFirst(library(), Reem, m_article, QStringLiteral("بيروت"), QStringLiteral("LOC")));
        QVERIFY(test::tagFirst(library(), Omar, m_article, QStringLiteral("بيروت"), QStringLiteral("ORG")));
        QVERIFY(test::tagFirst(library(), Reem, m_article, QStringLiteral("الأمم المتحدة"), QStringLiteral("ORG")));
        QVERIFY(test::tagFirst(library(), Omar, m_article, QStringLiteral("الأمم"), QStringLiteral("ORG")));
        QVERIFY(
            test::tagFirst(library(), Reem, m_article, QStringLiteral("جامعة الدول العربية"), QStringLiteral("ORG")));
        QVERIFY(test::tagFirst(library(), Omar, m_article, QStringLiteral("عمان"), QStringLiteral("LOC")));
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openArticle(m_article);
    }

    void cleanup() { m_window.reset(); }

    void comparison_framesEachStandingAndStepsThroughDisagreements()
    {
        ComparisonView* view = openComparison();
        QCOMPARE(view->article(), m_article);
        QCOMPARE(view->comparison().disagreements.size(), 4);
        QVERIFY(view->counts()->text().contains(QLocale().toString(4)));
        // Omar's side: his Beirut has another type, his "الأمم" other boundaries, Amman only his.
        ReaderView* omars = view->side(0);
        QCOMPARE(omars->overlay().annotations().size(), 4);
        for (const Annotation& a : omars->overlay().annotations()) {
            QCOMPARE(a.author, Omar);
            const SpanMatch expected = a.quote == u"نبيل قاسم"_qs ? SpanMatch::Agree
                                       : a.quote == u"بيروت"_qs   ? SpanMatch::OtherType
                                       : a.quote == u"الأمم"_qs   ? SpanMatch::OtherBoundaries
                                                                  : SpanMatch::OnlyOne;
            QCOMPARE(omars->overlay().spanMarks().value(a.id).colour, ComparisonView::markOf(expected).colour);
        }
        QCOMPARE(view->side(1)->overlay().annotations().size(), 4);
        // The four standings look different from one another.
        QSet<QString> looks;
        for (SpanMatch m : {SpanMatch::Agree, SpanMatch::OtherType, SpanMatch::OtherBoundaries, SpanMatch::OnlyOne})
            looks.insert(ComparisonView::markOf(m).colour.name()
                         + QString::number(int(ComparisonView::markOf(m).style)));
        QCOMPARE(looks.size(), 4);

        // The first disagreement is selected in both sides; N and P move, wrapping.
        QCOMPARE(view->current(), 0);
        const auto marked = [&](int side) { return view->side(side)->extraSelections().value(0).cursor; };
        QCOMPARE(marked(0).selectionStart(), view->comparison().disagreements.at(0).start);
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(view->current(), 1);
        QCOMPARE(marked(1).selectionEnd(), view->comparison().disagreements.at(1).end);
        QVERIFY(view->description()->text().contains(u"الأمم المتحدة (ORG)"_qs));
        QTest::keyClick(view, Qt::Key_P);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(view->current(), 3);
    }

    void curation_oneKeyPerDecision_undoableAndCounted()
    {
        ComparisonView* view = openComparison();
        QUndoStack* undo = m_window->undoStack();
        // 1 takes omar's Beirut (ORG) and moves on.
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(goldLayer(), QStringList{u"بيروت"_qs});
        QCOMPARE(view->current(), 1);
        QCOMPARE(view->comparison().resolved(), 1);
        QCOMPARE(undo->count(), 1);
        // 2 takes reem's "الأمم المتحدة".
        QTest::keyClick(view, Qt::Key_2);
        QCOMPARE(goldLayer(), (QStringList{u"الأمم المتحدة"_qs, u"بيروت"_qs}));
        // X rejects both sides of reem's League of Arab States.
        QTest::keyClick(view, Qt::Key_X);
        QCOMPARE(goldLayer().size(), 2);
        QCOMPARE(view->comparison().resolved(), 3);
        // A takes what both agree on.
        QTest::keyClick(view, Qt::Key_A);
        QCOMPARE(goldLayer(), (QStringList{u"الأمم المتحدة"_qs, u"بيروت"_qs, u"نبيل قاسم"_qs}));
        QCOMPARE(undo->count(), 4);
        // Undo in the comparison takes the steps back one by one, the reader of the main window follows.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(goldLayer().size(), 2);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->comparison().resolved(), 2);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view->comparison().resolved(), 3);
        int inReader = 0;
        for (const Annotation& a : m_window->readerPane()->reader()->overlay().annotations())
            inReader += a.author == u"gold";
        QCOMPARE(inReader, 2);
    }

    void edit_theCuratorsOwnSpanAndType()
    {
        ComparisonView* view = openComparison();
        QVERIFY(view->goTo(1)); // الأمم / الأمم المتحدة
        const Disagreement d = view->comparison().disagreements.at(1);
        view->side(1)->setFocus();
        view->side(1)->selectSpan({d.start, d.end});
        QVERIFY(view->decideWithType(test::entityTypeId(library(), QStringLiteral("MISC"))));
        QStringList gold;
        for (const Annotation& a : library().annotations().forArticle(m_article).value()) {
            if (a.author == u"gold")
                gold.append(a.quote + QLatin1Char('/') + QString::number(a.entityTypeId));
        }
        QCOMPARE(gold, QStringList{u"الأمم المتحدة/%1"_qs.arg(test::entityTypeId(library(), QStringLiteral("MISC")))});
        QVERIFY(view->comparison().disagreements.at(1).resolved);

        // The gold layer is nobody's compared layer.
        auto* curator = view->findChild<QLineEdit*>();
        QSignalSpy refused(view, &ComparisonView::errorOccurred);
        curator->setText(Reem);
        emit curator->editingFinished();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(curator->text(), QStringLiteral("gold"));
        curator->setText(QStringLiteral("chief"));
        emit curator->editingFinished();
        QCOMPARE(view->comparison().resolved(), 0); // chief has decided nothing yet
    }

    void longArticle_firstScreensFirst_thenTheRest()
    {
        QString body;
        while (body.size() < 60000)
            body += QStringLiteral("زار وفد من بيروت مدينة عمان أمس ثم عاد.\n");
        const qint64 article = test::importBody(library(), QStringLiteral("long.txt"), body);
        QVERIFY(article > 0);
        const qint64 loc = test::entityTypeId(library(), QStringLiteral("LOC"));
        const qint64 org = test::entityTypeId(library(), QStringLiteral("ORG"));
        // A disagreement at the top and one far below the first screens.
        for (const qsizetype at : {body.indexOf(u"بيروت"_qs), body.lastIndexOf(u"بيروت"_qs)}) {
            for (const auto& [who, type] : {std::pair{Reem, loc}, std::pair{Omar, org}}) {
                AnnotationDraft draft{article, AnnotationKind::Entity, at, at + 5, type, {}, {}};
                QVERIFY(AnnotationService(library(), who).create(draft));
            }
        }
        ComparisonView* view = m_window->showComparison(Omar, Reem);
        QSignalSpy whole(view, &ComparisonView::compared);
        view->showArticle(article);
        QCOMPARE(view->counts()->text(), ComparisonView::tr("Comparing…"));
        QCOMPARE(view->comparison().disagreements.size(), 1); // the first screens'
        QCOMPARE(view->current(), 0);
        QVERIFY(whole.wait(5000)); // after the first paint
        QCOMPARE(view->comparison().disagreements.size(), 2);
        QCOMPARE(view->current(), 0);
        QVERIFY(view->counts()->text().contains(QLocale().toString(2)));
    }

    void matrixCell_opensTheComparison_andTheListShowsProgress()
    {
        for (const QString& who : {Reem, Omar})
            QVERIFY(AnnotatorProgress(library()).setDone(m_article, who, true));
        AgreementView* agreement = m_window->showAgreement();
        QSignalSpy computed(agreement, &AgreementView::computed);
        QVERIFY(computed.wait(10000));
        agreement->compare(0, 1);
        const auto views = m_window->findChildren<ComparisonView*>();
        QCOMPARE(views.size(), 1);
        QTRY_VERIFY(views.first()->counts()->text() != ComparisonView::tr("Comparing…"));
        QVERIFY(views.first()->isVisible());
        QCOMPARE(views.first()->article(), m_article);

        // View ▸ Curation Progress: the list's Curation column, updated after each decision.
        QAction* progress = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->text() == MainWindow::tr("C&uration Progress"))
                progress = a;
        }
        QVERIFY(progress);
        progress->setChecked(true);
        QTableView* list = m_window->libraryView()->list();
        QVERIFY(!list->isColumnHidden(LibraryModel::CurationColumn));
        const auto cellText = [&] {
            auto* model = m_window->findChild<LibraryModel*>();
            return model->index(model->indexOfArticle(m_article).row(), LibraryModel::CurationColumn).data().toString();
        };
        QTRY_COMPARE(cellText(), u"%1/%2"_qs.arg(QLocale().toString(0), QLocale().toString(4)));
        QVERIFY(views.first()->rejectBoth());
        QTRY_COMPARE(cellText(), u"%1/%2"_qs.arg(QLocale().toString(1), QLocale().toString(4)));
    }
};

QTEST_MAIN(TestCurationUi)
#include "tst_curationui.moc"

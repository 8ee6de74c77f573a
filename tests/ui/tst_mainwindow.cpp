#include "annotate/annotationpanel.h"
#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importcontroller.h"
#include "import/importdialog.h"
#include "import/importservice.h"
#include "jobs/jobrunner.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "search/searchservice.h"
#include "servicesfixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <atomic>

using namespace hamish;

namespace {

// Accepts whatever modal dialog is open (the import preview, then the summary).
void acceptModalDialogsFor(int milliseconds)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    timer->start();
    QTimer::singleShot(milliseconds, timer, &QObject::deleteLater);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    test::TempLibrary* m_temp = nullptr;
    ImportService* m_importer = nullptr;
    AnnotationService* m_annotations = nullptr;
    QList<qint64> m_imported;

    Services services() const { return m_fixture->services(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_temp = &m_fixture->temp;
        m_importer = &m_fixture->importer;
        m_annotations = &m_fixture->annotations;
        m_imported = m_importer->importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {}).added;
        QCOMPARE(m_imported.size(), 2);
    }

    void open_showsTheFirstArticleRightToLeftInAnArabicFont()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window paints first and opens the article right after.
        QTRY_COMPARE(window.readerPane()->articleId(), m_imported.first());
        ReaderView* reader = window.readerPane()->reader();
        const Article first = m_temp->library->articles().article(m_imported.first()).value();
        QCOMPARE(reader->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n'), first.body);
        QCOMPARE(window.readerPane()->titleLabel()->text().mid(1).chopped(1), first.title);
        for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
            QCOMPARE(block.blockFormat().layoutDirection(), Qt::RightToLeft);
            QVERIFY(block.blockFormat().alignment() & Qt::AlignRight);
        }
        const QStringList arabicFonts{QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Amiri"),
                                      QStringLiteral("Noto Sans Arabic")};
        QVERIFY2(arabicFonts.contains(reader->document()->defaultFont().family()),
                 qPrintable(reader->document()->defaultFont().family()));
        // Text is drawn from the right edge: the short last line of the first paragraph
        // ends at the right of its line box and leaves room on the left.
        const QTextLayout* layout = reader->document()->begin().layout();
        const auto lastLine = [layout] { return layout->lineAt(layout->lineCount() - 1); };
        QTRY_VERIFY(layout->lineCount() > 1 && lastLine().naturalTextRect().left() > lastLine().x() + 50);
        QVERIFY(qAbs(lastLine().naturalTextRect().right() - (lastLine().x() + lastLine().width())) < 2);
    }

    void selectingAnotherArticle_showsIt()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.libraryView()->selectArticle(m_imported.at(1));
        QCOMPARE(window.readerPane()->articleId(), m_imported.at(1));
        QVERIFY(window.readerPane()->reader()->toPlainText().startsWith(QStringLiteral("تستضيف القاهرة")));
    }

    void dropFiles_previewsThenImports()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(window.importController(), &ImportController::imported);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::dataPath(QStringLiteral("import/windows-1256.txt")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        acceptModalDialogsFor(5000);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(imported.wait(5000));
        QCOMPARE(m_temp->library->articles().count().value(), 3);
        // The first new article opens, and its row is the current one.
        QTRY_VERIFY(window.readerPane()->reader()->toPlainText().startsWith(QStringLiteral("أعلنت بلدية المدينة")));
        QCOMPARE(window.libraryView()->currentArticle(), imported.first().first().toLongLong());
        QCOMPARE(window.libraryView()->list()->model()->rowCount(), 3);
    }

    void searchPanel_opensTheHitAndFindsTheWordInIt()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SearchPanel* panel = window.searchPanel();
        panel->queryField()->setText(QStringLiteral("القاهره"));
        panel->runSearch();
        QCOMPARE(panel->results()->count(), 1);
        emit panel->results()->itemActivated(panel->results()->item(0));
        QCOMPARE(window.readerPane()->articleId(), m_imported.at(1));
        QCOMPARE(window.readerPane()->reader()->extraSelections().size(), 1);
    }

    void writesFromAnotherProcess_showUpInTheOpenWindow()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(m_imported.first());
        // A second connection, as the CLI would open it while the window is up.
        auto other = Library::open(m_temp->path());
        QVERIFY(other);
        AnnotationService cli(**other);
        QVERIFY(cli.create({m_imported.first(), AnnotationKind::Highlight, 0, 5, 0, QStringLiteral("blue"), {}}));
        QTRY_COMPARE_WITH_TIMEOUT(window.readerPane()->reader()->overlay().annotations().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.libraryView()
                                      ->list()
                                      ->model()
                                      ->index(0, LibraryModel::AnnotationsColumn)
                                      .data(LibraryModel::SortRole)
                                      .toInt(),
                                  1, 5000);
    }

    void aJobsOwnCommit_isNotReadAsAnotherProcesssWhileTheJobRuns()
    {
        Library& library = *m_temp->library;
        library.acknowledgeOwnWrites();
        QSignalSpy elsewhere(&library, &Library::changedElsewhere);
        JobRunner jobs(library);
        std::atomic<bool> committed = false, mayEnd = false;
        const auto endTheJob = qScopeGuard([&] { mayEnd = true; }); // also when a check fails
        Job* job = jobs.start(QStringLiteral("star"), [&](Library& own, const JobControl&) {
            committed = bool(own.articles().setStarred(m_imported.first(), true));
            while (!mayEnd)
                QThread::msleep(2);
        });
        QSignalSpy finished(job, &Job::finished);
        QTRY_VERIFY(committed);
        // Committed on the job's connection, and the job still runs: not another process's.
        QVERIFY(!library.checkForChanges());
        mayEnd = true;
        QVERIFY(finished.wait(5000));
        // Once it ends its commit counts as known; a commit by another connection is seen again.
        QVERIFY(!library.checkForChanges());
        auto other = Library::open(m_temp->path());
        QVERIFY(other);
        QVERIFY((*other)->articles().setStarred(m_imported.first(), false));
        QVERIFY(library.checkForChanges());
        QCOMPARE(elsewhere.size(), 1);
    }

    void emptyLibrary_saysHowToImport()
    {
        test::ServicesFixture empty;
        MainWindow window(empty.services());
        QVERIFY(window.readerPane()->titleLabel()->text().contains(QStringLiteral("Import")));
        // And how to annotate, once there is something to read.
        QVERIFY(window.readerPane()->titleLabel()->text().contains(QStringLiteral("1–9")));
    }

    void articleWithoutAnnotations_saysHowToAnnotate()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.readerPane()->articleId(), m_imported.first());
        const auto hint = [&] {
            for (QLabel* label : window.annotationPanel()->findChildren<QLabel*>()) {
                if (label->text().contains(QStringLiteral("1–9")))
                    return label;
            }
            return static_cast<QLabel*>(nullptr);
        };
        QVERIFY(hint() && hint()->isVisible());
        QVERIFY(m_annotations->create(
            {m_imported.first(), AnnotationKind::Highlight, 0, 4, 0, QStringLiteral("yellow"), {}}));
        QTRY_VERIFY(!hint()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

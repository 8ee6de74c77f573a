#include "annotations/annotationservice.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "jobs/jobrunner.h"
#include "library/articlepropertiesdialog.h"
#include "library/librarycontroller.h"
#include "library/libraryfilterbar.h"
#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "library/shelftree.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "servicesfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace hamish;

namespace {

// Runs `fill` on the next modal dialog of type D, then accepts it.
template<class D> void whenDialogOpens(std::function<void(D&)> fill)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(*dialog);
            dialog->accept();
        }
    });
    timer->start();
}

QList<qint64> shownIds(const LibraryView& view)
{
    QList<qint64> ids;
    const QAbstractItemModel* model = view.list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(LibraryModel::ArticleIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestLibraryManagement : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids; // two articles of multi-article.txt, then the one of windows-1256.txt

    LibraryView& view() { return *m_window->libraryView(); }
    LibraryController& controller() { return *m_window->libraryController(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_ids = m_fixture->importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt"))).added;
        m_ids += m_fixture->importer.importFile(test::dataPath(QStringLiteral("import/windows-1256.txt"))).added;
        QCOMPARE(m_ids.size(), 3);
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(shownIds(view()).size(), 3);
    }

    void cleanup() { m_window.reset(); }

    void homeAndEnd_goToTheFirstAndLastArticle()
    {
        QTableView* list = view().list();
        view().selectArticle(m_ids.at(1));
        list->setFocus();
        const auto currentRow = [list] { return list->currentIndex().row(); };
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(currentRow(), list->model()->rowCount() - 1);
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(currentRow(), 0);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(currentRow(), 1);
        // The whole row is the selection, whichever column the keys end on.
        QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view().currentArticle(), list->model()->index(1, 0).data(LibraryModel::ArticleIdRole).toLongLong());
    }

    void moveToTrash_leavesTheList_andUndoRedoBringItBackAndForth()
    {
        view().selectArticle(m_ids.first());
        QTRY_COMPARE(m_window->readerPane()->articleId(), m_ids.first());
        view().list()->setFocus();
        QTest::keyClick(view().list(), Qt::Key_Delete);
        QCOMPARE(shownIds(view()), (QList<qint64>{m_ids.at(1), m_ids.at(2)}));
        QCOMPARE(m_fixture->articles.trash()->size(), 1);
        // The open article went with it: the list moves on to the next one.
        QVERIFY(m_window->readerPane()->articleId() != m_ids.first());
        view().shelves()->selectShelf(Shelf::Kind::Trash);
        QCOMPARE(shownIds(view()), QList<qint64>{m_ids.first()});

        m_window->undoStack()->undo();
        QVERIFY(m_fixture->articles.trash()->isEmpty());
        QCOMPARE(shownIds(view()), QList<qint64>{});
        view().shelves()->selectShelf(Shelf::Kind::Library);
        QCOMPARE(shownIds(view()).size(), 3);
        m_window->undoStack()->redo();
        QCOMPARE(m_fixture->articles.trash()->size(), 1);
        QCOMPARE(shownIds(view()).size(), 2);

        // Restoring from the Trash view is undoable too.
        view().shelves()->selectShelf(Shelf::Kind::Trash);
        view().list()->selectAll();
        controller().restore(view().selectedArticles());
        QVERIFY(m_fixture->articles.trash()->isEmpty());
        m_window->undoStack()->undo();
        QCOMPARE(m_fixture->articles.trash()->size(), 1);
    }

    void emptyTrash_asksNamingWhatGoes()
    {
        QVERIFY(m_fixture->articles.moveToTrash({m_ids.at(1)}));
        QString question;
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [&question, timer] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                question = box->text() + u' ' + box->informativeText();
                timer->stop();
                box->button(QMessageBox::Discard)->click();
            }
        });
        timer->start();
        controller().emptyTrash();
        QVERIFY2(question.contains(QStringLiteral("1 article")), qPrintable(question));
        QVERIFY(m_fixture->articles.trash()->isEmpty());
        QVERIFY(!m_fixture->temp.library->articles().article(m_ids.at(1)));
        QTRY_COMPARE(shownIds(view()).size(), 2);
    }

    void properties_editTheHeading_theReaderFollows_andUndoPutsItBack()
    {
        const qint64 id = m_ids.at(1);
        view().selectArticle(id);
        QTRY_COMPARE(m_window->readerPane()->articleId(), id);
        const QString before = m_fixture->temp.library->articles().article(id)->title;
        whenDialogOpens<ArticlePropertiesDialog>([](ArticlePropertiesDialog& dialog) {
            dialog.titleField()->setText(QStringLiteral("عنوان مصحح"));
            dialog.sourceField()->setText(QStringLiteral("وكالة أخرى"));
        });
        view().list()->setFocus();
        QTest::keyClick(view().list(), Qt::Key_F2);
        QCOMPARE(m_fixture->temp.library->articles().article(id)->title, QStringLiteral("عنوان مصحح"));
        QVERIFY(m_window->readerPane()->titleLabel()->text().contains(QStringLiteral("عنوان مصحح")));
        const QModelIndex row = view().proxy()->mapFromSource(
            static_cast<LibraryModel*>(view().proxy()->sourceModel())->indexOfArticle(id));
        QCOMPARE(row.data(LibraryModel::SortRole).toString(), QStringLiteral("عنوان مصحح"));
        m_window->undoStack()->undo();
        QCOMPARE(m_fixture->temp.library->articles().article(id)->title, before);
    }

    void collections_dropArticlesOnOne_itsShelfShowsThem_andTheyStayWhenItGoes()
    {
        const auto gulf = m_fixture->collections.create(QStringLiteral("الخليج"));
        QVERIFY(gulf);
        ShelfTree* shelves = view().shelves();
        QTRY_COMPARE(shelves->topLevelItem(1)->childCount(), 1);
        QTreeWidgetItem* item = shelves->topLevelItem(1)->child(0);
        const QPoint at = shelves->visualItemRect(item).center();
        QMimeData mime;
        mime.setData(LibraryModel::articleIdsMimeType(),
                     QByteArray::number(m_ids.at(0)) + ' ' + QByteArray::number(m_ids.at(2)));
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(shelves->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(shelves->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(shelves->viewport(), &drop);
        QCOMPARE(m_fixture->collections.collection(gulf->id)->articles, (QList<qint64>{m_ids.at(0), m_ids.at(2)}));
        QCOMPARE(shelves->topLevelItem(1)->child(0)->text(1), QLocale().toString(2));

        shelves->selectShelf(Shelf::Kind::Collection, gulf->id);
        QCOMPARE(shownIds(view()), (QList<qint64>{m_ids.at(0), m_ids.at(2)}));
        m_window->undoStack()->undo(); // the drop
        QTRY_COMPARE(shownIds(view()), QList<qint64>{});
        m_window->undoStack()->redo();
        QTRY_COMPARE(shownIds(view()).size(), 2);

        controller().deleteCollection(gulf->id);
        QCOMPARE(view().shelves()->currentShelf().kind, Shelf::Kind::Library);
        QCOMPARE(shownIds(view()).size(), 3);
        m_window->undoStack()->undo();
        QCOMPARE(m_fixture->collections.collection(gulf->id)->articles.size(), 2);
    }

    void readingState_openingMarksReadAfterAWhile_andUnreadIsBold()
    {
        const qint64 id = m_ids.at(2);
        const auto font = [&] {
            auto* model = static_cast<LibraryModel*>(view().proxy()->sourceModel());
            return model->indexOfArticle(id).data(Qt::FontRole).value<QFont>();
        };
        QVERIFY(font().bold());
        view().selectArticle(id);
        QTRY_COMPARE(m_window->readerPane()->articleId(), id);
        QVERIFY(!m_fixture->temp.library->articles().summary(id).value()->read);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->temp.library->articles().summary(id).value()->read,
                                 LibraryController::ReadAfterMs + 2000);
        QVERIFY(!font().bold());
        controller().setRead({id}, false);
        QVERIFY(font().bold());
        controller().setStarred({id}, true);
        QVERIFY(m_fixture->temp.library->articles().summary(id).value()->starred);
    }

    void filters_unreadStarredSourceAndDateRange()
    {
        LibraryFilterBar* bar = view().filterBar();
        QVERIFY(m_fixture->articles.markRead({m_ids.at(0)}, true));
        QVERIFY(m_fixture->articles.setStarred({m_ids.at(1)}, true));
        QVERIFY(m_fixture->articles.editHeading(
            m_ids.at(2), {QStringLiteral("بلدية"), {}, QStringLiteral("وكالة"), QStringLiteral("2015-07-23"), {}}));
        bar->unreadButton()->click();
        QCOMPARE(shownIds(view()), (QList<qint64>{m_ids.at(1), m_ids.at(2)}));
        bar->unreadButton()->click();
        bar->starredButton()->click();
        QCOMPARE(shownIds(view()), QList<qint64>{m_ids.at(1)});
        bar->starredButton()->click();
        QTRY_VERIFY(bar->sourceBox()->findData(QStringLiteral("وكالة")) >= 0);
        bar->sourceBox()->setCurrentIndex(bar->sourceBox()->findData(QStringLiteral("وكالة")));
        QCOMPARE(shownIds(view()), QList<qint64>{m_ids.at(2)});
        bar->sourceBox()->setCurrentIndex(0);
        bar->fromField()->setDate(QDate(2015, 7, 1));
        bar->toField()->setDate(QDate(2015, 7, 31));
        QCOMPARE(shownIds(view()), QList<qint64>{m_ids.at(2)}); // the others have no date
        bar->toField()->setDate(QDate(2015, 7, 22));
        QCOMPARE(shownIds(view()), QList<qint64>{});
    }

    // The range can be of the dates the articles mention (their DATE tags' values), and the Date
    // column then sorts by the earliest one, the articles that mention none last (issue 19).
    void filters_byTheDatesArticlesMention_andSortByTheEarliest()
    {
        AnnotationService& annotations = m_fixture->annotations;
        qint64 dateType = 0;
        for (const EntityType& type : annotations.entityTypes().value())
            if (type.code == u"DATE")
                dateType = type.id;
        const auto mention = [&](qint64 article, const QString& value) {
            const Result<Annotation> tag =
                annotations.create({article, AnnotationKind::Entity, 0, 3, dateType, {}, {}});
            QVERIFY2(tag, qPrintable(tag ? QString() : tag.error()));
            QVERIFY(annotations.setAttribute(tag->id, QStringLiteral("value"), value));
        };
        mention(m_ids.at(0), QStringLiteral("2014-03"));
        mention(m_ids.at(1), QStringLiteral("2015-07-20/2015-07-26"));
        LibraryFilterBar* bar = view().filterBar();
        bar->dateKindBox()->setCurrentIndex(bar->dateKindBox()->findData(true));
        bar->fromField()->setDate(QDate(2015, 7, 22));
        bar->toField()->setDate(QDate(2015, 8, 31));
        QCOMPARE(shownIds(view()), QList<qint64>{m_ids.at(1)});
        bar->fromField()->setDate(QDate(2014, 1, 1));
        bar->toField()->setDate(QDate(2014, 12, 31));
        QCOMPARE(shownIds(view()), QList<qint64>{m_ids.at(0)});
        bar->toField()->setDate(QDate(2015, 12, 31));
        QCOMPARE(shownIds(view()), (QList<qint64>{m_ids.at(0), m_ids.at(1)}));

        bar->fromField()->setDate(bar->fromField()->minimumDate()); // no bound
        bar->toField()->setDate(bar->toField()->minimumDate());
        QCOMPARE(shownIds(view()).size(), 3);
        view().list()->sortByColumn(LibraryModel::DateColumn, Qt::AscendingOrder);
        const QAbstractItemModel* shown = view().list()->model();
        const auto idAt = [&](int row) { return shown->index(row, 0).data(LibraryModel::ArticleIdRole).toLongLong(); };
        QCOMPARE((QList<qint64>{idAt(0), idAt(1), idAt(2)}), (QList<qint64>{m_ids.at(0), m_ids.at(1), m_ids.at(2)}));
        view().list()->sortByColumn(LibraryModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE((QList<qint64>{idAt(0), idAt(1), idAt(2)}), (QList<qint64>{m_ids.at(1), m_ids.at(0), m_ids.at(2)}));
    }

    void backup_runsOnAWorkerAndTheCopyOpens()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("copy.hamish"));
        QSignalSpy finished(&controller(), &LibraryController::backupFinished);
        controller().backUpTo(path);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        auto copy = Library::open(path, Database::Mode::ReadOnly);
        QVERIFY2(copy, test::why(copy).constData());
        QCOMPARE((*copy)->articles().count().value(), 3);
    }

    void relatedTitles_showCollapsedInTheHeader()
    {
        const qint64 id = m_ids.at(1); // the second article of multi-article.txt lists two related titles
        view().selectArticle(id);
        QTRY_COMPARE(m_window->readerPane()->articleId(), id);
        ReaderPane* pane = m_window->readerPane();
        QVERIFY(pane->relatedButton()->isVisible());
        QVERIFY(pane->relatedButton()->text().contains(QLocale().toString(2)));
        QVERIFY(!pane->relatedList()->isVisible());
        pane->relatedButton()->click();
        QVERIFY(pane->relatedList()->isVisible());
        QVERIFY(pane->relatedList()->text().contains(QStringLiteral("الرياض تطلق مشروعاً جديداً للطاقة")));
        view().selectArticle(m_ids.at(0));
        QTRY_VERIFY(!pane->relatedButton()->isVisible());
    }
};

QTEST_MAIN(TestLibraryManagement)
#include "tst_librarymanagement.moc"

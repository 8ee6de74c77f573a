#include "annotate/annotationcontroller.h"
#include "annotate/annotationpanel.h"
#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "mainwindow.h"
#include "notices/writeerrornotice.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "search/searchservice.h"
#include "servicesfixture.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace hamish;

// Drives the reader as a user does: mouse and keyboard selection, the annotation keys,
// and undo/redo through the window's shortcuts.
class TestAnnotating : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    test::TempLibrary* m_temp = nullptr;
    ImportService* m_importer = nullptr;
    AnnotationService* m_annotations = nullptr;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    QString m_body;

    ReaderView* reader() const { return m_window->readerPane()->reader(); }
    QList<Annotation> stored() const { return m_annotations->annotations(m_article).value_or(QList<Annotation>{}); }

    // Drags across the word from its logical start to its end, as a mouse would.
    void dragAcross(qsizetype start, qsizetype end)
    {
        const QList<QRectF> rects = reader()->spanRectsInViewport({start, end});
        QVERIFY(!rects.isEmpty());
        // Right to left: the logical start is at the right edge.
        const QPoint from(int(rects.first().right()) - 2, int(rects.first().center().y()));
        const QPoint to(int(rects.last().left()) + 2, int(rects.last().center().y()));
        QWidget* viewport = reader()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
    }

    void typeText(const QString& text)
    {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
        QApplication::sendEvent(reader(), &press);
    }

    Services services() const { return m_fixture->services(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_temp = &m_fixture->temp;
        m_importer = &m_fixture->importer;
        m_annotations = &m_fixture->annotations;
        m_annotations->setAuthor(QStringLiteral("tester"));
        const FileReport report =
            m_importer->importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {});
        m_article = report.added.at(1);
        m_window = std::make_unique<MainWindow>(services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openArticle(m_article);
        m_body = reader()->body();
        reader()->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void mouseSelection_key1_tagsThePerson_thenUndoRedo()
    {
        const qsizetype start = m_body.indexOf(QStringLiteral("القاهرة"));
        // Drag over part of the word: the span snaps to the whole word.
        dragAcross(start + 1, start + 5);
        QVERIFY(!reader()->selectedSpan().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(reader()->selectedSpan(), (TextSpan{start, start + 7}));
        QTest::keyClick(reader(), Qt::Key_3); // LOC is third
        QList<Annotation> annotations = stored();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().kind, AnnotationKind::Entity);
        QCOMPARE(annotations.first().quote, QStringLiteral("القاهرة"));
        QCOMPARE(annotations.first().start, start);
        QCOMPARE(annotations.first().author, QStringLiteral("tester"));
        QCOMPARE(reader()->overlay().annotations().size(), 1);
        QCOMPARE(m_window->annotationPanel()->visibleCount(), 1);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().size(), 0);
        QCOMPARE(reader()->overlay().annotations().size(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        annotations = stored();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().quote, QStringLiteral("القاهرة"));
    }

    void keyboardSelection_H_highlights_andArabicDigitTags()
    {
        const qsizetype start = m_body.indexOf(QStringLiteral("مؤتمراً"));
        QTextCursor cursor(reader()->document());
        cursor.setPosition(int(start));
        reader()->setTextCursor(cursor);
        // Shift+Left moves forward through right-to-left text under the visual move style.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(reader(), Qt::Key_Left, Qt::ShiftModifier);
        QVERIFY(!reader()->selectedSpan().isEmpty());
        QTest::keyClick(reader(), Qt::Key_H);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().kind, AnnotationKind::Highlight);
        QCOMPARE(stored().first().colour, QStringLiteral("yellow"));
        QCOMPARE(stored().first().quote, QStringLiteral("مؤتمراً"));

        const qsizetype expert = m_body.indexOf(QStringLiteral("خبراء"));
        reader()->selectSpan({expert, expert + 5});
        typeText(QStringLiteral("١")); // Arabic-Indic one: PER
        const QList<Annotation> all = stored();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).quote, QStringLiteral("خبراء"));
        QCOMPARE(all.at(1).kind, AnnotationKind::Entity);
    }

    void writeFailure_tellsTheUser_andReadingAndExportingGoOn_data()
    {
        QTest::addColumn<bool>("diskFull");
        QTest::newRow("read-only library") << false;
        QTest::newRow("full disk") << true;
    }

    void writeFailure_tellsTheUser_andReadingAndExportingGoOn()
    {
        QFETCH(bool, diskFull);
        Database& db = m_temp->library->database();
        if (diskFull) {
            // The library may not grow past its current size, and its free space is used up.
            const qint64 pages = db.queryInt(QStringLiteral("PRAGMA page_count")).value();
            QVERIFY(db.queryInt(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
            // Rows of every size, so that no page keeps room for one more.
            Status filled;
            for (int size = 4000; size >= 1; size /= 2) {
                for (int i = 0; i < 10000; ++i) {
                    filled =
                        db.exec(QStringLiteral("INSERT INTO annotation(article_id, kind, start, end, quote, colour,"
                                               " note, author, created, modified) VALUES (%1, 'highlight', 0, 1,"
                                               " 'x', 'yellow', '%2', 'filler', 't', 't')")
                                    .arg(m_article)
                                    .arg(QString(size, u'x')));
                    if (!filled)
                        break;
                }
            }
            QVERIFY2(!filled && filled.error().contains(QStringLiteral("full")), test::why(filled).constData());
        } else {
            QVERIFY(db.exec(QStringLiteral("PRAGMA query_only = ON")));
        }
        const QList<Annotation> before = stored();
        const qsizetype start = m_body.indexOf(QStringLiteral("مؤتمراً"));
        reader()->selectSpan({start, start + 7});
        QTest::keyClick(reader(), Qt::Key_H);

        // The user is told, in a message that stays until dismissed, and nothing pretends to be saved.
        QMessageBox* notice = m_window->writeErrorNotice()->box();
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(diskFull ? QStringLiteral("full") : QStringLiteral("readonly")),
                 qPrintable(notice->text()));
        QCOMPARE(stored().size(), before.size());
        QCOMPARE(m_window->undoStack()->count(), 0);
        notice->accept();

        // Reading another article and exporting elsewhere still work.
        const QList<ArticleSummary> articles = m_temp->library->articles().summaries().value();
        m_window->openArticle(articles.first().id);
        QCOMPARE(m_window->readerPane()->articleId(), articles.first().id);
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("a.csv"));
        const auto exported = ExportService(*m_temp->library).exportTo(ExportFormat::Csv, {}, csv);
        QVERIFY2(exported, test::why(exported).constData());
        QVERIFY(QFileInfo(csv).size() > 0);
    }

    void deleteKey_removesTheAnnotationUnderTheCaret_andUndoBringsItBack()
    {
        const qsizetype start = m_body.indexOf(QStringLiteral("القاهرة"));
        reader()->selectSpan({start, start + 7});
        QTest::keyClick(reader(), Qt::Key_1);
        QCOMPARE(stored().size(), 1);
        const qint64 id = stored().first().id;
        QTextCursor caret(reader()->document());
        caret.setPosition(int(start + 2));
        reader()->setTextCursor(caret);
        QTest::keyClick(reader(), Qt::Key_Delete);
        QCOMPARE(stored().size(), 0);
        m_window->undoStack()->undo();
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().id, id);
    }

    void exactCharactersAndProcliticOptions_changeTheSpan()
    {
        const qsizetype start = m_body.indexOf(QStringLiteral("والسعودية"));
        m_window->annotationController()->setLeaveProcliticsOut(true);
        reader()->selectSpan({start, start + 9});
        QTest::keyClick(reader(), Qt::Key_3);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().quote, QStringLiteral("سعودية"));
        m_window->annotationController()->setLeaveProcliticsOut(false);
        m_window->annotationController()->setSnapMode(SnapMode::ExactCharacters);
        reader()->selectSpan({start + 1, start + 4});
        QTest::keyClick(reader(), Qt::Key_H);
        const QList<Annotation> all = stored(); // in text order: the highlight starts first
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, AnnotationKind::Highlight);
        QCOMPARE(all.at(0).quote, QStringLiteral("الس"));
    }

    void tagAllOccurrences_isOneUndoableStep()
    {
        m_window->openArticle(m_article - 1); // the report: الخرطوم twice
        const QString body = reader()->body();
        const qsizetype first = body.indexOf(QStringLiteral("الخرطوم"));
        reader()->selectSpan({first, first + 7});
        QTest::keyClick(reader(), Qt::Key_3);
        QCOMPARE(m_annotations->annotations(m_article - 1)->size(), 1);

        QTextCursor caret(reader()->document());
        caret.setPosition(int(first + 2));
        reader()->setTextCursor(caret);
        QTimer::singleShot(0, [] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        QVERIFY(m_window->annotationController()->tagAllOccurrences());
        const QList<Annotation> all = m_annotations->annotations(m_article - 1).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).quote, QStringLiteral("الخرطوم"));
        QVERIFY(all.at(0).entityId > 0);
        QCOMPARE(all.at(0).entityId, all.at(1).entityId);
        m_window->undoStack()->undo();
        QCOMPARE(m_annotations->annotations(m_article - 1)->size(), 1);
        m_window->undoStack()->redo();
        QCOMPARE(m_annotations->annotations(m_article - 1)->size(), 2);
    }

    void suggestions_acceptWithA_rejectWithR_andRejectionsStay()
    {
        m_window->openArticle(m_article - 1);
        const QString body = reader()->body();
        const qsizetype first = body.indexOf(QStringLiteral("الخرطوم"));
        const qsizetype second = body.indexOf(QStringLiteral("الخرطوم"), first + 1);
        reader()->selectSpan({first, first + 7});
        QTest::keyClick(reader(), Qt::Key_3); // registers الخرطوم as a LOC entity
        AnnotationController* controller = m_window->annotationController();
        QCOMPARE(controller->suggestions().size(), 1);
        QCOMPARE(controller->suggestions().first().span, (TextSpan{second, second + 7}));

        QTextCursor caret(reader()->document());
        caret.setPosition(int(second + 1));
        reader()->setTextCursor(caret);
        QTest::keyClick(reader(), Qt::Key_A);
        QCOMPARE(m_annotations->annotations(m_article - 1)->size(), 2);
        QCOMPARE(controller->suggestions().size(), 0);
        m_window->undoStack()->undo();
        QCOMPARE(controller->suggestions().size(), 1);

        reader()->setTextCursor(caret);
        QTest::keyClick(reader(), Qt::Key_R);
        QCOMPARE(controller->suggestions().size(), 0);
        m_window->openArticle(m_article);
        m_window->openArticle(m_article - 1);
        QCOMPARE(controller->suggestions().size(), 0);
        QCOMPARE(m_annotations->annotations(m_article - 1)->size(), 1);
    }

    void keysInTheFilterBox_doNotAnnotate()
    {
        const qsizetype start = m_body.indexOf(QStringLiteral("القاهرة"));
        reader()->selectSpan({start, start + 7});
        auto* search = m_window->findChildren<QLineEdit*>().first();
        search->setFocus();
        QTest::keyClick(search, Qt::Key_1);
        QTest::keyClick(search, Qt::Key_H);
        QCOMPARE(stored().size(), 0);
    }

    // Annotate ▸ Find Dates (Ctrl+Shift+D) proposes the article's date expressions as DATE tags;
    // accepting one tags it with its value, rejecting one drops it (issue 19).
    void findDates_proposesDateTags_acceptedWithTheirValue()
    {
        const QString path = m_temp->dir.filePath(QStringLiteral("dates.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("عقد الاجتماع في ٦ شوال ١٤٣٦هـ الموافق ٢٢ يوليو ٢٠١٥م، ويعقد الثاني في 3 أغسطس 2015.\n")
                .toUtf8());
        file.close();
        const qint64 article = m_importer->importFile(path, {}).added.value(0);
        QVERIFY(article > 0);
        m_window->openArticle(article);
        reader()->setFocus();
        AnnotationController* controller = m_window->annotationController();
        QTest::keyClick(reader(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(controller->suggestions().size(), 2);
        QVERIFY(controller->suggestions().first().fromDates);
        const QString body = reader()->body();
        QCOMPARE(controller->suggestions().first().text, QStringLiteral("٦ شوال ١٤٣٦هـ الموافق ٢٢ يوليو ٢٠١٥م"));

        QTextCursor caret(reader()->document());
        caret.setPosition(int(body.indexOf(QStringLiteral("شوال"))));
        reader()->setTextCursor(caret);
        QTest::keyClick(reader(), Qt::Key_A);
        const QList<Annotation> tagged = m_annotations->annotations(article).value();
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.first().attributes.value(QStringLiteral("value")), QStringLiteral("2015-07-22"));
        QCOMPARE(tagged.first().attributes.value(QStringLiteral("calendar")), QStringLiteral("islamic-umalqura"));
        QCOMPARE(controller->suggestions().size(), 1);

        caret.setPosition(int(body.indexOf(QStringLiteral("أغسطس"))));
        reader()->setTextCursor(caret);
        QTest::keyClick(reader(), Qt::Key_R);
        QCOMPARE(controller->suggestions().size(), 0);
        QCOMPARE(m_annotations->annotations(article)->size(), 1);
        // Found again, the tagged one is not proposed twice.
        QVERIFY(controller->findDates());
        QCOMPARE(controller->suggestions().size(), 1);
        QCOMPARE(controller->suggestions().first().text, QStringLiteral("3 أغسطس 2015"));
    }
};

QTEST_MAIN(TestAnnotating)
#include "tst_annotating.moc"

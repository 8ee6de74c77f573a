#include "annotate/annotationpanel.h"
#include "annotate/notedialog.h"
#include "annotations/annotationservice.h"
#include "articles/collectionservice.h"
#include "formats/exportdialog.h"
#include "formats/formatscontroller.h"
#include "help/shortcutsdialog.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "servicesfixture.h"
#include "uilocale.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QTreeWidget>

using namespace hamish;

namespace {

bool isIsolatedLtr(const QString& text)
{
    return text.startsWith(QChar(0x2066)) && text.endsWith(QChar(0x2069));
}

} // namespace

// What the Arabic UI got wrong, each with its fix checked: clipped or misplaced words, Latin runs
// scrambled by bidi, keys that did nothing, columns that cut their content.
class TestArabicUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyUiLocale(*qApp, QLocale(QLocale::Arabic, QLocale::Egypt));
    }

    void cleanupTestCase() { applyUiLocale(*qApp, QLocale(QLocale::English)); }

    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_fixture->importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")));
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    }

    void cleanup() { m_window.reset(); }

    // Qt's own Arabic for Cancel («ألغِ») showed as «ألغ».
    void standardButtons_speakHamishsArabic()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Ok | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("إلغاء"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("إغلاق"));
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("موافق"));
    }

    // Menus drew Ctrl++ as «++Ctrl»: each shortcut is a label of its own, isolated left to right.
    void menuShortcuts_areIsolatedLeftToRight()
    {
        int checked = 0;
        QList<QMenu*> menus;
        for (QAction* action : m_window->menuBar()->actions())
            menus.append(action->menu());
        while (!menus.isEmpty()) {
            QMenu* menu = menus.takeFirst();
            for (QAction* action : menu->actions()) {
                if (action->menu()) {
                    menus.append(action->menu());
                    continue;
                }
                if (action->shortcut().isEmpty() && !action->text().contains(u'\t'))
                    continue;
                const QString label = action->text().section(u'\t', 1);
                QVERIFY2(isIsolatedLtr(label), qPrintable(action->text()));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
    }

    // The keyboard help scrambled the reader's keys: the keys are isolated, the words around
    // them follow the Arabic line.
    void keyboardHelp_isolatesEachKey()
    {
        ShortcutsDialog dialog(*m_window->menuBar(), m_window.get());
        const QTreeWidget* list = dialog.findChild<QTreeWidget*>();
        QVERIFY(list);
        int rows = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* group = list->topLevelItem(i);
            for (int c = 0; c < group->childCount(); ++c) {
                const QString keys = group->child(c)->text(1);
                if (keys.isEmpty())
                    continue;
                ++rows;
                // Every Latin letter lies inside an isolate.
                int depth = 0;
                for (const QChar ch : keys) {
                    if (ch == QChar(0x2066))
                        ++depth;
                    else if (ch == QChar(0x2069))
                        --depth;
                    else if (ch.isLetter() && ch.script() == QChar::Script_Latin)
                        QVERIFY2(depth > 0, qPrintable(keys));
                }
            }
        }
        QVERIFY(rows > 20);
        QVERIFY(dialog.rows().join(u'\n').contains(QStringLiteral("Shift+F10")));
    }

    // Alt+F typed «f» into the library filter instead of opening the File menu.
    void altWithTheEnglishLetter_opensTheMenu()
    {
        QLineEdit* filter = m_window->libraryView()->filterBox();
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_F, Qt::AltModifier);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(m_window->menuBar()->activeAction(), m_window->menuBar()->actions().first());
    }

    // The export dialog showed a literal «&الوجهة:»: a label whose row holds a layout had no buddy.
    void exportDialog_everyMnemonicHasItsField()
    {
        ExportDialog dialog(1, {}, m_fixture->collections);
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            const QString text = label->text();
            if (text.contains(u'&') && !text.contains(QStringLiteral("&&")))
                QVERIFY2(label->buddy(), qPrintable(text));
        }
    }

    // The export's done message showed a path as «tmp/…/x.json/».
    void exportDoneMessage_isolatesThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.json"));
        QSignalSpy finished(m_window->formatsController(), &FormatsController::exportFinished);
        m_window->formatsController()->startExport(ExportFormat::W3c, {}, path, {});
        QVERIFY(finished.wait(10000));
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QChar(0x2066) + path + QChar(0x2069)), qPrintable(message));
    }

    // The note dialog laid Arabic quotes and notes out left to right inside the mirrored window.
    void noteDialog_laysArabicOutRightToLeft()
    {
        NoteDialog dialog(QStringLiteral("قال وزير الزراعة السوداني"), QStringLiteral("ملاحظة قصيرة"), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* editor = dialog.findChild<QPlainTextEdit*>();
        QTextLayout* layout = editor->document()->firstBlock().layout();
        QTRY_VERIFY(layout->lineCount() > 0);
        const QTextLine line = layout->lineAt(0);
        // The short note hugs the right edge of its line.
        QVERIFY2(line.naturalTextRect().left() > line.width() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(line.naturalTextRect().left()).arg(line.width())));
        for (QLabel* quote : dialog.findChildren<QLabel*>()) {
            if (!quote->text().contains(QStringLiteral("الزراعة")))
                continue;
            QCOMPARE(quote->layoutDirection(), Qt::RightToLeft);
            QVERIFY(quote->alignment() & Qt::AlignRight);
            QVERIFY(quote->alignment() & Qt::AlignAbsolute);
        }
    }

    // The Annotations panel cut types and dates («LOC …»): those columns fit their content.
    void annotationPanel_columnsFitTheirContent()
    {
        AnnotationService& annotations = m_fixture->annotations;
        const qint64 article = m_fixture->temp.library->articles().summaries().value().first().id;
        const QString body = m_fixture->temp.library->articles().article(article)->body;
        const qsizetype at = body.indexOf(QStringLiteral("الخرطوم"));
        QVERIFY(annotations.create({article, AnnotationKind::Entity, at, at + 7, 3, {}, {}}));
        m_window->openArticle(article);
        auto* view = m_window->annotationPanel()->findChild<QTreeView*>();
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        for (int column = 1; column < view->model()->columnCount(); ++column) {
            if (view->header()->sectionResizeMode(column) != QHeaderView::ResizeToContents)
                continue;
            const QString text = view->model()->index(0, column).data().toString();
            QVERIFY2(view->header()->sectionSize(column) >= view->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
        QCOMPARE(view->header()->sectionResizeMode(1), QHeaderView::ResizeToContents);
    }
};

QTEST_MAIN(TestArabicUi)
#include "tst_arabicui.moc"

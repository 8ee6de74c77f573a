// The statistics view, the preferences dialog, the shortcut list and the keyboard and screen
// reader reach of the main window, driven as a user drives them.
#include "entities/entityregistry.h"
#include "help/shortcutsdialog.h"
#include "learn/recommendercontroller.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "stats/barchart.h"
#include "stats/statisticsview.h"
#include "stats/timelinechart.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFontComboBox>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace hamish;

class TestOverview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_articles;

    void tag(qint64 article, const QString& text, int typeIndex)
    {
        const QString body = m_fixture->temp.library->articles().article(article)->body;
        const qsizetype start = body.indexOf(text);
        QVERIFY(start >= 0);
        const qint64 type = m_fixture->annotations.entityTypes()->at(typeIndex).id;
        const qint64 entity = m_fixture->registry.resolve(text, type)->id;
        QVERIFY(m_fixture->annotations.create(
            {article, AnnotationKind::Entity, start, start + text.size(), type, {}, {}, entity}));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_articles =
            m_fixture->importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {}).added;
        QCOMPARE(m_articles.size(), 2);
        tag(m_articles.at(1), QStringLiteral("القاهرة"), 2);
        tag(m_articles.at(0), QStringLiteral("النيل"), 2);
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openArticle(m_articles.at(1));
    }

    void cleanup() { m_window.reset(); }

    // The redo action held Ctrl+Shift+Z twice on platforms whose redo key it is, and Qt called the
    // key ambiguous and did nothing. No key may be held twice, by one action or by two.
    void noShortcutIsHeldTwice()
    {
        QHash<QKeySequence, QString> holders;
        QStringList twice;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                if (holders.contains(key) && action->shortcutContext() != Qt::WidgetShortcut)
                    twice.append(key.toString() + QStringLiteral(": ") + holders.value(key) + QStringLiteral(" / ")
                                 + action->text());
                if (action->shortcutContext() != Qt::WidgetShortcut)
                    holders.insert(key, action->text());
            }
            QSet<QKeySequence> own;
            for (const QKeySequence& key : action->shortcuts()) {
                if (own.contains(key))
                    twice.append(key.toString() + QStringLiteral(" twice on ") + action->text());
                own.insert(key);
            }
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u'\n')));
        // Ctrl+Shift+Z redoes wherever the platform's redo keys are.
        QAction* redo = nullptr;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
                redo = action;
        }
        QVERIFY(redo);
        for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
            QVERIFY2(redo->shortcuts().contains(key), qPrintable(key.toString()));
    }

    void statistics_countTheArticleAndTheLibrary_andSaveEachChartAsPng()
    {
        StatisticsView* view = m_window->showStatistics();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(view->scope(), StatisticsView::Scope::Article);
        // Counting runs on a worker thread; the window stays free meanwhile.
        QTRY_VERIFY(!view->isCounting());
        const auto countOf = [](const BarChart* chart, const QString& label) {
            for (const CountedItem& item : chart->items()) {
                if (item.label.contains(label))
                    return item.count;
            }
            return qint64(-1);
        };
        QCOMPARE(countOf(view->entityTypesChart(), QStringLiteral("Location")), 1);
        QCOMPARE(view->topEntitiesChart()->items().size(), 1);
        QCOMPARE(view->timelineChart()->buckets().size(), 1);

        view->setScope(StatisticsView::Scope::Library);
        QTRY_VERIFY(!view->isCounting());
        QCOMPARE(countOf(view->entityTypesChart(), QStringLiteral("Location")), 2);
        QCOMPARE(view->topEntitiesChart()->items().size(), 2);
        QCOMPARE(view->perArticleChart()->items().size(), 2);
        // A screen reader hears what the chart shows.
        QString description = view->entityTypesChart()->accessibleDescription();
        description.remove(QChar(0x2068)).remove(QChar(0x2069)); // the isolates around each name
        QVERIFY2(description.contains(QStringLiteral("Location: 2")), qPrintable(description));

        // Adding an annotation shows up at once.
        tag(m_articles.at(1), QStringLiteral("مؤتمراً"), 3);
        QTRY_VERIFY(!view->isCounting());
        QCOMPARE(countOf(view->entityTypesChart(), QStringLiteral("Miscellaneous")), 1);

        // The dates DATE tags mention make a timeline of their own, here by month (issue 19).
        QCOMPARE(view->mentionedDatesChart()->buckets().size(), 0);
        const auto mention = [&](qint64 article, const QString& word, const QString& value) {
            const QString body = m_fixture->temp.library->articles().article(article)->body;
            const qsizetype at = body.indexOf(word);
            const Result<Annotation> date =
                m_fixture->annotations.create({article,
                                               AnnotationKind::Entity,
                                               at,
                                               at + word.size(),
                                               m_fixture->annotations.entityTypes()->at(4).id,
                                               {},
                                               {}});
            QVERIFY(date);
            QVERIFY(m_fixture->annotations.setAttribute(date->id, QStringLiteral("value"), value));
        };
        mention(m_articles.at(0), QStringLiteral("النيل"), QStringLiteral("2014-03"));
        mention(m_articles.at(1), QStringLiteral("القاهرة"), QStringLiteral("2015-07-20/2015-07-26"));
        view->refresh();
        QTRY_VERIFY(!view->isCounting());
        QCOMPARE(view->mentionedDatesChart()->buckets().size(), 17); // March 2014 to July 2015
        QCOMPARE(view->mentionedDatesChart()->buckets().first().start, QDate(2014, 3, 1));
        QCOMPARE(view->mentionedDatesChart()->buckets().first().count, 1);
        QCOMPARE(view->mentionedDatesChart()->buckets().last().count, 1);

        QTemporaryDir dir;
        for (ChartWidget* chart : view->charts()) {
            const QString path = dir.filePath(chart->title() + QStringLiteral(".png"));
            QVERIFY(chart->savePng(path));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), chart->size() * chart->devicePixelRatioF());
            // Something is drawn: more than the background colour.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 3, qPrintable(chart->title()));
        }
    }

    void preferences_applyReadingThemeAnnotatorAndAskForTheLanguage()
    {
        QSignalSpy language(m_window.get(), &MainWindow::languageChangeRequested);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->sizeBox()->setValue(21);
            dialog->spacingBox()->setValue(180);
            dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(UiPreferences::Theme::Dark)));
            dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("ar")));
            dialog->annotatorBox()->setText(QStringLiteral("سارة"));
            dialog->retrainBox()->setValue(120);
            dialog->accept();
        });
        m_window->showPreferences();
        ReaderView* reader = m_window->readerPane()->reader();
        QCOMPARE(reader->document()->defaultFont().pointSize(), 21);
        QCOMPARE(reader->lineSpacing(), 180);
        QVERIFY(reader->isDarkTheme());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(m_fixture->annotations.author(), QStringLiteral("سارة"));
        QCOMPARE(language.size(), 1);
        QCOMPARE(language.first().first().value<QLocale>().language(), QLocale::Arabic);
        const UiPreferences saved = UiPreferences::load();
        QCOMPARE(saved.language, QStringLiteral("ar"));
        QCOMPARE(saved.theme, UiPreferences::Theme::Dark);
        QCOMPARE(ReadingSettings::load().font.pointSize(), 21);
        QCOMPARE(saved.retrainEvery, 120);
        QCOMPARE(m_window->recommender()->retrainEvery(), 120);

        // Back to how the other tests expect the application.
        applyTheme(*qApp, UiPreferences::Theme::System);
        UiPreferences{}.save();
    }

    void shortcutsDialog_listsEveryShortcutOfTheMenus()
    {
        ShortcutsDialog dialog(*m_window->menuBar());
        const QStringList rows = dialog.rows();
        const QString all = rows.join(u'\n');
        for (const QString& expected :
             {QStringLiteral("Undo: Ctrl+Z"), QStringLiteral("Statistics: F7"),
              QStringLiteral("Keyboard Shortcuts: F1"), QStringLiteral("Highlight Selection: H"),
              QStringLiteral("Library: Ctrl+1"), QStringLiteral("Preferences: Ctrl+,")})
            QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" is not in:\n") + all));
        // Nothing with a shortcut is left out.
        QList<QMenu*> menus;
        for (QAction* a : m_window->menuBar()->actions())
            menus.append(a->menu());
        int withKeys = 0;
        while (!menus.isEmpty()) {
            QMenu* menu = menus.takeFirst();
            for (QAction* action : menu->actions()) {
                if (action->menu())
                    menus.append(action->menu());
                else if (!action->shortcut().isEmpty())
                    ++withKeys;
            }
        }
        QVERIFY(rows.size() >= withKeys);
    }

    void everyMenuEntryIsReachableByKeyboard_andEveryControlHasAnAccessibleName()
    {
        // Every menu and submenu opens with Alt and its letter (or F10 and the arrows), and
        // inside an open menu the arrows and Enter reach every entry.
        QList<QMenu*> menus;
        for (QAction* a : m_window->menuBar()->actions()) {
            QVERIFY2(a->text().contains(u'&'), qPrintable(a->text()));
            menus.append(a->menu());
        }
        while (!menus.isEmpty()) {
            QMenu* menu = menus.takeFirst();
            for (QAction* action : menu->actions()) {
                if (QMenu* sub = action->menu()) {
                    QVERIFY2(sub->title().contains(u'&'), qPrintable(sub->title()));
                    menus.append(sub);
                }
            }
        }
        // The panels themselves are one shortcut away.
        for (const Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4}) {
            QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
            QVERIFY(QApplication::focusWidget() != nullptr);
        }
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->readerPane()->reader());
        QStringList unnamed;
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus)
                continue;
            const bool control = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
                                 || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QTextEdit*>(w);
            if (!control || qobject_cast<QComboBox*>(w->parentWidget()))
                continue;
            if (w->accessibleName().isEmpty())
                unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"

#include "library/libraryview.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "preferences/uipreferences.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "uilocale.h"
#include "windowhost.h"

#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace hamish;

// Switching the UI language rebuilds the window in it: Arabic mirrors everything (menus,
// docks, dialogs), English is left to right, and the article text stays right to left.
class TestUiLocale : public QObject
{
    Q_OBJECT

private:
    static QDockWidget* dock(MainWindow& window, const char* name)
    {
        return window.findChild<QDockWidget*>(QString::fromLatin1(name));
    }

    static void checkArticleIsRightToLeft(MainWindow& window)
    {
        const QTextDocument* document = window.readerPane()->reader()->document();
        QVERIFY(!document->isEmpty());
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.blockFormat().layoutDirection(), Qt::RightToLeft);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchingLanguage_rebuildsTheWindowMirroredOrNot()
    {
        test::ServicesFixture fixture;
        const qint64 article =
            fixture.importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {}).added.at(1);
        applyUiLocale(*qApp, QLocale(QLocale::English));
        WindowHost host(*qApp, fixture.services());
        host.window()->show();
        host.window()->openArticle(article);

        host.switchLanguage(QLocale(QLocale::Arabic, QLocale::Egypt));
        MainWindow& arabic = *host.window();
        QVERIFY(QTest::qWaitForWindowExposed(&arabic));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(arabic.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(arabic.menuBar()->actions().first()->text(), QStringLiteral("&ملف"));
        QCOMPARE(arabic.menuBar()->actions().first()->menu()->layoutDirection(), Qt::RightToLeft);
        // The library is at the start of the reading direction: the right.
        QCOMPARE(arabic.dockWidgetArea(dock(arabic, "LibraryDock")), Qt::RightDockWidgetArea);
        QCOMPARE(arabic.dockWidgetArea(dock(arabic, "AnnotationDock")), Qt::LeftDockWidgetArea);
        QVERIFY(dock(arabic, "LibraryDock")->geometry().left() > dock(arabic, "AnnotationDock")->geometry().right());
        QCOMPARE(arabic.readerPane()->articleId(), article);
        checkArticleIsRightToLeft(arabic);
        PreferencesDialog arabicPreferences(ReadingSettings::load(), UiPreferences::load(), QStringLiteral("someone"),
                                            fixture.annotations);
        QCOMPARE(arabicPreferences.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(arabicPreferences.windowTitle(), QStringLiteral("التفضيلات"));

        host.switchLanguage(QLocale(QLocale::English, QLocale::UnitedKingdom));
        MainWindow& english = *host.window();
        QVERIFY(QTest::qWaitForWindowExposed(&english));
        QCOMPARE(english.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(english.dockWidgetArea(dock(english, "LibraryDock")), Qt::LeftDockWidgetArea);
        QVERIFY(dock(english, "LibraryDock")->geometry().right() < dock(english, "AnnotationDock")->geometry().left());
        QCOMPARE(english.readerPane()->articleId(), article);
        checkArticleIsRightToLeft(english);
        PreferencesDialog englishPreferences(ReadingSettings::load(), UiPreferences::load(), QStringLiteral("someone"),
                                             fixture.annotations);
        QCOMPARE(englishPreferences.layoutDirection(), Qt::LeftToRight);
    }

    void languagePreference_overridesTheSystem()
    {
        UiPreferences prefs;
        prefs.language = QStringLiteral("ar");
        QCOMPARE(prefs.uiLocale().language(), QLocale::Arabic);
        QCOMPARE(prefs.uiLocale().textDirection(), Qt::RightToLeft);
        prefs.language = QStringLiteral("en");
        QCOMPARE(prefs.uiLocale().language(), QLocale::English);
        prefs.language.clear();
        const QLocale::Language system = QLocale::system().language();
        QCOMPARE(prefs.uiLocale().language(), system == QLocale::Arabic ? QLocale::Arabic : QLocale::English);

        prefs.language = QStringLiteral("ar");
        prefs.theme = UiPreferences::Theme::Dark;
        prefs.annotatorName = QStringLiteral("  ليلى  ");
        prefs.save();
        const UiPreferences loaded = UiPreferences::load();
        QCOMPARE(loaded.language, QStringLiteral("ar"));
        QCOMPARE(loaded.theme, UiPreferences::Theme::Dark);
        QCOMPARE(loaded.annotatorName, QStringLiteral("ليلى"));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QVERIFY(UiPreferences::load().language.isEmpty()); // an unknown language follows the system
        QSettings().clear();
    }
};

QTEST_MAIN(TestUiLocale)
#include "tst_uilocale.moc"

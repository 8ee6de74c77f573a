#include "uilocale.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTranslator>

namespace hamish {

namespace {

// Qt's standard button texts, so that lupdate offers them for Hamish's own translation, which
// is found before Qt's.
[[maybe_unused]] const char* const StandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),   QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
};

void isolateIn(QMenu& menu)
{
    for (QAction* action : menu.actions()) {
        if (QMenu* sub = action->menu()) {
            isolateIn(*sub);
            continue;
        }
        const QKeySequence key = action->shortcut();
        if (key.isEmpty() || action->text().contains(u'\t'))
            continue;
        action->setText(action->text() + u'\t' + isolatedLtr(key.toString(QKeySequence::NativeText)));
    }
}

} // namespace

void applyUiLocale(QApplication& app, const QLocale& locale)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(QStringLiteral("hamish-ui-translator"))) {
        QApplication::removeTranslator(old);
        delete old;
    }
    const auto install = [&](const QString& name, const QString& folder) {
        auto* translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("hamish-ui-translator"));
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("hamish"), QStringLiteral(":/i18n"));
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(locale.textDirection());
}

QString isolatedLtr(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

void isolateShortcutLabels(QMenuBar& menus)
{
    if (!menus.isRightToLeft())
        return;
    for (QAction* action : menus.actions()) {
        if (QMenu* menu = action->menu())
            isolateIn(*menu);
    }
}

void addLatinMenuKeys(QMenuBar& menus, const QList<LatinMenuKey>& keys)
{
    if (!menus.isRightToLeft())
        return;
    QWidget* window = menus.window();
    for (const LatinMenuKey& key : keys) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_A + (key.letter - 'A'))), window);
        QMenu* menu = key.menu;
        QObject::connect(shortcut, &QShortcut::activated, &menus,
                         [&menus, menu] { menus.setActiveAction(menu->menuAction()); });
    }
}

} // namespace hamish

#pragma once

#include <QList>

class QApplication;
class QLocale;
class QMenu;
class QMenuBar;
class QString;

namespace hamish {

// Installs the Qt and Hamish translations for the UI locale and lays the window out in
// that locale's direction: right to left for Arabic. Article text is right to left
// whatever the UI language. Hamish's own translation comes first, so that it can word Qt's
// standard buttons better where Qt's Arabic falls short (Qt's «ألغِ» for Cancel looks clipped).
void applyUiLocale(QApplication& app, const QLocale& locale);

// Left-to-right text (a path, a key, a format's name) isolated for a right-to-left line, so
// that bidi reordering cannot scramble it: "tmp/x.json/" or "++Ctrl" otherwise.
QString isolatedLtr(const QString& text);

// In a right-to-left window, each menu item's shortcut is drawn from a label of its own with
// the key isolated left to right (a menu draws "Ctrl++" as "++Ctrl" in a right-to-left line).
void isolateShortcutLabels(QMenuBar& menus);

// In a right-to-left window, Alt with the Latin letter of each top-level menu (the English
// mnemonic: Alt+F for File) opens it too, as the Arabic mnemonics need an Arabic layout.
struct LatinMenuKey
{
    QMenu* menu;
    char letter;
};
void addLatinMenuKeys(QMenuBar& menus, const QList<LatinMenuKey>& keys);

} // namespace hamish

#pragma once

class QApplication;
class QLocale;

namespace hamish {

// Installs the Qt and Hamish translations for the UI locale and lays the window out in
// that locale's direction: right to left for Arabic. Article text is right to left
// whatever the UI language.
void applyUiLocale(QApplication& app, const QLocale& locale);

} // namespace hamish

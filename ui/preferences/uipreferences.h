#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace hamish {

// The window's own preferences (reading comfort is in ReadingSettings): the UI language,
// the theme, the name written on new annotations, when the entity model trains again and the
// Hijri calendar new DATE values are read in.
struct UiPreferences
{
    enum class Theme { System, Light, Dark };

    QString language; // "" follows the system; otherwise "ar" or "en"
    Theme theme = Theme::System;
    QString annotatorName;     // "" uses the account's name
    int retrainEvery = 50;     // new entity tags after which the entity model trains again; 0: never
    bool tabularHijri = false; // Hijri dates read in the tabular (civil) calendar, not Umm al-Qura

    static UiPreferences load();
    void save() const;

    // The locale the UI runs in: the preference, else the system's when Hamish speaks it,
    // else English.
    QLocale uiLocale() const;
    static QStringList supportedLanguages() { return {QStringLiteral("ar"), QStringLiteral("en")}; }
};

// Sets the Fusion palette for a light or dark theme, or the platform's for System.
void applyTheme(QApplication& app, UiPreferences::Theme theme);

} // namespace hamish

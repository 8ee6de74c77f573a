#include "preferences/uipreferences.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace hamish {

namespace {

QString themeName(UiPreferences::Theme theme)
{
    switch (theme) {
    case UiPreferences::Theme::Light:
        return QStringLiteral("light");
    case UiPreferences::Theme::Dark:
        return QStringLiteral("dark");
    case UiPreferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2f), base(0x1f, 0x1f, 0x22), text(0xe6, 0xe3, 0xdc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x97, 0x90));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb3, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

UiPreferences UiPreferences::load()
{
    QSettings store;
    UiPreferences prefs;
    prefs.language = store.value(QStringLiteral("ui/language")).toString();
    if (!supportedLanguages().contains(prefs.language))
        prefs.language.clear();
    const QString theme = store.value(QStringLiteral("ui/theme")).toString();
    prefs.theme = theme == u"dark" ? Theme::Dark : theme == u"light" ? Theme::Light : Theme::System;
    prefs.annotatorName = store.value(QStringLiteral("annotator/name")).toString();
    prefs.retrainEvery = qMax(0, store.value(QStringLiteral("recommender/retrainEvery"), 50).toInt());
    prefs.tabularHijri = store.value(QStringLiteral("dates/hijri")).toString() == u"civil";
    return prefs;
}

void UiPreferences::save() const
{
    QSettings store;
    store.setValue(QStringLiteral("ui/language"), language);
    store.setValue(QStringLiteral("ui/theme"), themeName(theme));
    if (annotatorName.trimmed().isEmpty())
        store.remove(QStringLiteral("annotator/name"));
    else
        store.setValue(QStringLiteral("annotator/name"), annotatorName.trimmed());
    store.setValue(QStringLiteral("recommender/retrainEvery"), qMax(0, retrainEvery));
    store.setValue(QStringLiteral("dates/hijri"), tabularHijri ? QStringLiteral("civil") : QStringLiteral("umalqura"));
}

QLocale UiPreferences::uiLocale() const
{
    if (!language.isEmpty())
        return QLocale(language);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Arabic ? system : QLocale(QLocale::English, system.territory());
}

void applyTheme(QApplication& app, UiPreferences::Theme theme)
{
    static const QString platformStyle = app.style()->name();
    static const QPalette platformPalette = app.palette();
    switch (theme) {
    case UiPreferences::Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        return;
    case UiPreferences::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case UiPreferences::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace hamish

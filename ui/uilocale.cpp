#include "uilocale.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hamish {

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

} // namespace hamish

#include "guiapplication.h"

#include "import/importservice.h"
#include "mainwindow.h"
#include "samplearticles.h"
#include "search/searchservice.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace hamish {

namespace {

void installTranslators(QApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("hamish"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reader and annotator for Arabic news."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The library file."),
                      QStringLiteral("PATH")});
    parser.process(app);

    const QLocale locale;
    installTranslators(app, locale);
    QApplication::setLayoutDirection(locale.textDirection());

    const bool isDefault = !parser.isSet(QStringLiteral("db"));
    const QString path = isDefault ? Library::defaultPath() : parser.value(QStringLiteral("db"));
    const bool firstRun = isDefault && !QFileInfo::exists(path);
    Result<std::unique_ptr<Library>> library = Library::open(path);
    if (!library && QFileInfo::exists(path))
        library = Library::open(path, Database::Mode::ReadOnly);
    if (!library) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hamish"), library.error());
        return 1;
    }
    ImportService importer(**library);
    SearchService search(**library);
    if (firstRun) {
        if (Status ok = importSampleArticles(importer); !ok)
            qWarning("Could not add the sample articles: %s", qPrintable(ok.error()));
    }
    MainWindow window(**library, importer, search);
    window.resize(1300, 850);
    window.show();
    return app.exec();
}

} // namespace hamish

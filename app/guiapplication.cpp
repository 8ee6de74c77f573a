#include "guiapplication.h"

#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "annotatorname.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "preferences/uipreferences.h"
#include "reader/readerpane.h"
#include "samplearticles.h"
#include "search/searchservice.h"
#include "singleinstance.h"
#include "storage/library.h"
#include "uilocale.h"
#include "windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>

namespace hamish {

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hamish.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hamish.Hamish"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reader and annotator for Arabic news."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QApplication::translate("main", "The library file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "The language of the window for this run: ar or en."),
                      QStringLiteral("LANGUAGE")});
    parser.addOption(
        {QStringLiteral("article"), QApplication::translate("main", "Open this article."), QStringLiteral("ID")});
    parser.process(app);

    UiPreferences preferences = UiPreferences::load();
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (!UiPreferences::supportedLanguages().contains(lang)) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--lang takes ar or en.")));
            return 2;
        }
        preferences.language = lang;
    }
    applyUiLocale(app, preferences.uiLocale());
    applyTheme(app, preferences.theme);

    const bool isDefault = !parser.isSet(QStringLiteral("db"));
    const QString path = isDefault ? Library::defaultPath() : parser.value(QStringLiteral("db"));
    const bool firstRun = isDefault && !QFileInfo::exists(path);
    SingleInstance instance(path);
    const SingleInstance::Role role = instance.claim();
    if (role == SingleInstance::Role::Forwarded) {
        std::fprintf(stdout, "%s\n",
                     qPrintable(QApplication::translate(
                                    "main", "Hamish is already open on %1; that window was brought to the front.")
                                    .arg(path)));
        return 0;
    }
    Result<std::unique_ptr<Library>> library =
        role == SingleInstance::Role::Primary
            ? Library::open(path)
            : Result<std::unique_ptr<Library>>(failure(
                QApplication::translate("main", "%1 is in use by another Hamish that does not answer.").arg(path)));
    if (!library && QFileInfo::exists(path)) {
        if (Result<std::unique_ptr<Library>> readOnly = Library::open(path, Database::Mode::ReadOnly); readOnly)
            library = std::move(readOnly);
    }
    if (!library) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hamish"), library.error());
        return 1;
    }
    ImportService importer(**library);
    SearchService search(**library);
    AnnotationService annotations(**library, annotatorName());
    annotations.setHijriCalendar(preferences.tabularHijri ? DateCalendar::IslamicCivil
                                                          : DateCalendar::IslamicUmmAlQura);
    EntityRegistry registry(**library);
    if (firstRun) {
        if (Status ok = importSampleArticles(importer, annotations, registry); !ok)
            qWarning("Could not add the sample articles: %s", qPrintable(ok.error()));
    }
    MentionSearch mentions(**library);
    ArticleService articles(**library);
    CollectionService collections(**library);
    RelationService relations(**library, annotatorName());
    SchemaService schema(**library);
    WindowHost host(app, Services{**library, importer, search, annotations, registry, mentions, articles, collections,
                                  relations, schema, osUserName()});
    host.window()->show();
    if (parser.isSet(QStringLiteral("article"))) {
        const qint64 article = parser.value(QStringLiteral("article")).toLongLong();
        host.window()->libraryView()->selectArticle(article);
        host.window()->openArticle(article);
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&host] {
        host.window()->showNormal();
        host.window()->raise();
        host.window()->activateWindow();
    });
    if ((*library)->isReadOnly()) {
        QMessageBox::information(
            host.window(), QApplication::translate("main", "Hamish"),
            role == SingleInstance::Role::Blocked
                ? QApplication::translate("main", "This library is open in another Hamish that does not answer. "
                                                  "It is shown read-only: you can read, search and export, "
                                                  "but not change it.")
                : QApplication::translate("main", "This library cannot be written. It is shown read-only: "
                                                  "you can read, search and export, but not change it."));
    }
    return app.exec();
}

} // namespace hamish

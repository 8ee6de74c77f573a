#include "guiapplication.h"

#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "mainwindow.h"
#include "samplearticles.h"
#include "search/searchservice.h"
#include "singleinstance.h"
#include "storage/library.h"
#include "uilocale.h"

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
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The library file."),
                      QStringLiteral("PATH")});
    parser.process(app);

    applyUiLocale(app, QLocale::system());

    const bool isDefault = !parser.isSet(QStringLiteral("db"));
    const QString path = isDefault ? Library::defaultPath() : parser.value(QStringLiteral("db"));
    const bool firstRun = isDefault && !QFileInfo::exists(path);
    SingleInstance instance(path);
    const SingleInstance::Role role = instance.claim();
    if (role == SingleInstance::Role::Forwarded) {
        std::fprintf(stdout, "%s\n", qPrintable(QApplication::translate("main", "Hamish is already open on %1; that window was brought to the front.").arg(path)));
        return 0;
    }
    Result<std::unique_ptr<Library>> library =
        role == SingleInstance::Role::Primary
            ? Library::open(path)
            : Result<std::unique_ptr<Library>>(failure(QApplication::translate(
                  "main", "%1 is in use by another Hamish that does not answer.").arg(path)));
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
    if (firstRun) {
        if (Status ok = importSampleArticles(importer); !ok)
            qWarning("Could not add the sample articles: %s", qPrintable(ok.error()));
    }
    AnnotationService annotations(**library);
    EntityRegistry registry(**library);
    MentionSearch mentions(**library);
    MainWindow window(Services{**library, importer, search, annotations, registry, mentions});
    window.resize(1360, 860);
    window.show();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    if ((*library)->isReadOnly()) {
        QMessageBox::information(&window, QApplication::translate("main", "Hamish"),
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

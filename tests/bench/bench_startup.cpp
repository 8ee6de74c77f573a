// B6: start-up to the first paint of the main window, on a given library; run once on the
// big library and once on an empty one, each in its own process so that peak memory is its own.
// Usage: bench_startup DB
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "benchsupport.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "mainwindow.h"
#include "search/searchservice.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>

using namespace hamish;

namespace {

class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hamish-bench"));
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: bench_startup DB\n");
        return 2;
    }
    auto library = Library::open(app.arguments().at(1));
    if (!library)
        return 1;
    ImportService importer(**library);
    SearchService search(**library);
    AnnotationService annotations(**library);
    EntityRegistry registry(**library);
    MentionSearch mentions(**library);
    ArticleService articles(**library);
    CollectionService collections(**library);
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    RelationService relations(**library);
    SchemaService schema(**library);
    MainWindow window(Services{**library, importer, search, annotations, registry, mentions, articles, collections,
                               relations, schema, QStringLiteral("bench")});
    const double built = double(timer.nsecsElapsed()) / 1e6;
    window.resize(1360, 860);
    FirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    while (!watcher.painted)
        QCoreApplication::processEvents();
    bench::report("startup_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
    bench::report("startup_peak_memory", bench::peakMemoryMiB(), "MiB");
    // Where the time went: opening the library, building the window, showing it.
    bench::report("startup_library_open", opened, "ms");
    bench::report("startup_window_built", built, "ms");
    return 0;
}

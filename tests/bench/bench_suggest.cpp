// How soon an article's model suggestions show (issue 16: within 100 ms of opening it, for the
// part on screen). Opens a copy of a library with a trained entity model (bench_ner leaves one
// in its OUT-DIR as ner.hamish) in the window, adds SaudiNewsNet's articles to it, opens them one
// by one and times, from the open to the repaint, the suggestions of the part on screen and all
// of them; then the same for the library's longest article.
// Usage: bench_suggest LIBRARY SHARED-DIR
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "benchsupport.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "learn/recommendercontroller.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "search/searchservice.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace hamish;

namespace {

struct Timing
{
    double visible = -1; // ms to the suggestions of the part on screen, painted
    double all = -1;     // ms to all of them, painted
    double opened = -1;  // ms the window took to open the article (its text laid out and shown)
    int visibleCount = 0;
    int allCount = 0;
};

Timing timeOpening(MainWindow& window, qint64 articleId)
{
    RecommenderController* recommender = window.recommender();
    Timing t;
    QElapsedTimer clock;
    bool done = false;
    const auto painted = [&window] { window.readerPane()->reader()->viewport()->repaint(); };
    const QMetaObject::Connection a =
        QObject::connect(recommender, &RecommenderController::visibleSuggestionsShown, [&](int n) {
            painted();
            t.visible = double(clock.nsecsElapsed()) / 1e6;
            t.visibleCount = n;
        });
    const QMetaObject::Connection b =
        QObject::connect(recommender, &RecommenderController::suggestionsShown, [&](int n) {
            painted();
            t.all = double(clock.nsecsElapsed()) / 1e6;
            t.allCount = n;
            done = true;
        });
    clock.start();
    window.openArticle(articleId);
    t.opened = double(clock.nsecsElapsed()) / 1e6;
    while (!done && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hamish-bench"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_suggest LIBRARY SHARED-DIR\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("suggest.hamish"));
    if (!QFile::copy(args.at(1), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    auto library = Library::open(copy);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 1;
    }
    ImportService importer(**library);
    const QString news = args.at(2) + QStringLiteral("/corpora/saudinewsnet-sample/2015-07-23.json");
    const FileReport imported = importer.importFile(news);
    if (imported.added.isEmpty()) {
        std::fprintf(stderr, "could not import %s\n", qPrintable(news));
        return 1;
    }
    const qint64 longest = (*library)
                               ->database()
                               .queryInt(QStringLiteral("SELECT id FROM article ORDER BY length(body) DESC LIMIT 1"))
                               .value_or(0);
    SearchService search(**library);
    AnnotationService annotations(**library);
    EntityRegistry registry(**library);
    MentionSearch mentions(**library);
    ArticleService articles(**library);
    CollectionService collections(**library);
    RelationService relations(**library);
    SchemaService schema(**library);
    MainWindow window(Services{**library, importer, search, annotations, registry, mentions, articles, collections,
                               relations, schema, QStringLiteral("bench")});
    window.resize(1360, 860);
    window.show();
    if (!window.recommender()->report()) {
        std::fprintf(stderr, "the library has no trained entity model (bench_ner leaves one)\n");
        return 1;
    }
    // Let the window settle and the model load: the start is not what is measured.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 3000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);

    QList<double> visible, all;
    int shown = 0;
    const QList<qint64> ids = imported.added.mid(0, 40);
    for (const qint64 id : ids) {
        const Timing t = timeOpening(window, id);
        if (t.all < 0)
            continue;
        visible.append(t.visible >= 0 ? t.visible : t.all);
        all.append(t.all);
        shown += t.allCount;
    }
    bench::report("suggest_articles", double(all.size()), "articles");
    bench::report("suggest_suggestions_per_article", all.isEmpty() ? 0 : double(shown) / all.size(), "spans");
    bench::report("suggest_visible_median", bench::median(visible), "ms");
    bench::report("suggest_visible_worst", visible.isEmpty() ? 0 : *std::max_element(visible.cbegin(), visible.cend()),
                  "ms");
    bench::report("suggest_all_median", bench::median(all), "ms");
    const Timing big = timeOpening(window, longest);
    bench::report("suggest_longest_chars", double((*library)->articles().article(longest).value().body.size()),
                  "chars");
    bench::report("suggest_longest_opened", big.opened, "ms");
    bench::report("suggest_longest_visible", big.visible, "ms");
    bench::report("suggest_longest_all", big.all, "ms");
    return 0;
}

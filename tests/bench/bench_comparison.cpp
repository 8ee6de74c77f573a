// The comparison view's speed (issue 17): open two annotators' layers of a 1,000,000-character
// article side by side, 10,000 entity tags each that differ in every way the view draws, until
// both sides have painted once; against the floor of the same text in two bare QTextEdits.
// Usage: bench_comparison plain | compare
#include "agreement/comparisonview.h"
#include "agreement/curationcontroller.h"
#include "benchsupport.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QTextEdit>
#include <QUndoStack>

using namespace hamish;
using namespace hamish::bench;

namespace {

constexpr int ArticleCharacters = 1000000;
constexpr int TagsPerSide = 10000;

// Waits until every one of the widgets has painted again.
void paintAll(const QList<QWidget*>& viewports)
{
    struct Watcher : QObject
    {
        int paints = 0;
        bool eventFilter(QObject*, QEvent* event) override
        {
            paints += event->type() == QEvent::Paint;
            return false;
        }
    };
    std::vector<std::unique_ptr<Watcher>> watchers;
    for (QWidget* viewport : viewports) {
        watchers.push_back(std::make_unique<Watcher>());
        viewport->installEventFilter(watchers.back().get());
        viewport->repaint();
    }
    while (std::any_of(watchers.cbegin(), watchers.cend(), [](const auto& w) { return w->paints == 0; }))
        QCoreApplication::processEvents();
}

int plain()
{
    const QString body = generatedBody(7, ArticleCharacters);
    QElapsedTimer timer;
    timer.start();
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* first = new QTextEdit(&window);
    auto* second = new QTextEdit(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    first->setPlainText(body);
    second->setPlainText(body);
    window.resize(1280, 820);
    window.show();
    paintAll({first->viewport(), second->viewport()});
    report("C1.plain_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
    return 0;
}

// Two layers: the second agrees with the first on most tags, and has another type, other
// boundaries or nothing on the rest, and tags of its own in between.
qint64 twoLayers(test::ServicesFixture& f)
{
    Library& library = *f.temp.library;
    Article a;
    a.title = QStringLiteral("مقال طويل");
    a.body = generatedBody(7, ArticleCharacters);
    a.importedAt = QDateTime::currentDateTimeUtc();
    const qint64 article = library.articles().insert(a).value();
    const QString& body = a.body;
    QList<AnnotationDraft> first;
    QList<AnnotationDraft> second;
    const qsizetype step = body.size() / TagsPerSide;
    for (int i = 0; i < TagsPerSide; ++i) {
        qsizetype start = body.indexOf(u' ', i * step) + 1;
        qsizetype end = start;
        while (end < body.size() && body.at(end) != u' ' && body.at(end) != u'\n')
            ++end;
        if (start <= 0 || end - start < 3)
            continue;
        const qint64 type = 1 + i % 4;
        first.append({article, AnnotationKind::Entity, start, end, type, {}, {}});
        switch (i % 8) {
        case 1:
            second.append({article, AnnotationKind::Entity, start, end, 1 + (i + 1) % 4, {}, {}});
            break;
        case 2: // the word and the next
            second.append({article, AnnotationKind::Entity, start, body.indexOf(u' ', end + 1), type, {}, {}});
            break;
        case 3: // only the first
            second.append({article, AnnotationKind::Entity, end + 1, body.indexOf(u' ', end + 2), type, {}, {}});
            break;
        default:
            second.append({article, AnnotationKind::Entity, start, end, type, {}, {}});
        }
    }
    AnnotationService(library, QStringLiteral("first")).createMany(first).value();
    AnnotationService(library, QStringLiteral("second")).createMany(second).value();
    return article;
}

int compare()
{
    test::ServicesFixture fixture;
    const qint64 article = twoLayers(fixture);
    QUndoStack undo;
    CurationController curation(*fixture.temp.library, fixture.annotations, fixture.relations, undo);
    QElapsedTimer timer;
    timer.start();
    ComparisonView view(fixture.services(), curation);
    bool compared = false;
    bool whole = false;
    QObject::connect(&view, &ComparisonView::compared, [&whole] { whole = true; });
    QObject::connect(&view, &ComparisonView::firstScreenCompared, [&compared] { compared = true; });
    view.comparePair(QStringLiteral("first"), QStringLiteral("second"), article);
    view.show();
    // The first paint with both sides' tags on the first screens framed; the rest follows.
    while (!compared)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    paintAll({view.side(0)->viewport(), view.side(1)->viewport()});
    report("C1.comparison_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
    timer.restart();
    while (!whole)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    report("C1.whole_comparison_after", double(timer.nsecsElapsed()) / 1e6, "ms");
    report("C1.disagreements", double(view.comparison().disagreements.size()), "count");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"plain")
        return plain();
    if (args.value(0) == u"compare")
        return compare();
    std::fprintf(stderr, "usage: bench_comparison plain | compare\n");
    return 2;
}

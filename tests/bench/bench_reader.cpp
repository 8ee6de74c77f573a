// Reader benchmarks. B1: open a 1,000,000-character article with 10,000 annotations until the
// first paint, against the same text in a bare QTextEdit. B2: add one annotation and repaint,
// with 10,000 and with 100 annotations present.
// Usage: bench_reader open-plain | open-annotated | add N
#include "annotate/annotationcontroller.h"
#include "annotations/annotationservice.h"
#include "articles/collectionservice.h"
#include "benchsupport.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "reader/readerview.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace hamish;
using namespace hamish::bench;

namespace {

constexpr int ArticleCharacters = 1000000;

// Counts paints of a widget's viewport.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget* viewport) { viewport->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Paints by hand, as the offscreen platform would on the next frame, and waits for it.
void paintNow(QWidget* widget, PaintWatcher& watcher)
{
    const int before = watcher.paints;
    widget->repaint();
    while (watcher.paints == before)
        QCoreApplication::processEvents();
}

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    std::unique_ptr<AnnotationService> annotations;
    qint64 article = 0;
    QString body;

    explicit Setup(int annotationCount)
    {
        library = std::move(*Library::open(dir.filePath(QStringLiteral("b.hamish"))));
        annotations = std::make_unique<AnnotationService>(*library);
        Article a;
        a.title = QStringLiteral("مقال طويل");
        a.body = body = generatedBody(7, ArticleCharacters);
        a.importedAt = QDateTime::currentDateTimeUtc();
        article = library->articles().insert(a).value();
        QList<AnnotationDraft> drafts;
        const qsizetype step = body.size() / qMax(1, annotationCount);
        for (int i = 0; i < annotationCount; ++i) {
            qsizetype start = i * step;
            while (start < body.size() && body.at(start) != u' ')
                ++start;
            ++start;
            qsizetype end = start;
            while (end < body.size() && body.at(end) != u' ' && body.at(end) != u'\n')
                ++end;
            if (end > start)
                drafts.append({article,
                               i % 3 ? AnnotationKind::Entity : AnnotationKind::Highlight,
                               start,
                               end,
                               qint64(1 + i % 6),
                               QStringLiteral("yellow"),
                               {}});
        }
        annotations->createMany(drafts).value();
    }
};

int openPlain()
{
    const QString body = generatedBody(7, ArticleCharacters);
    QElapsedTimer timer;
    timer.start();
    QTextEdit edit;
    edit.resize(900, 700);
    PaintWatcher watcher(edit.viewport());
    edit.setPlainText(body);
    edit.show();
    paintNow(edit.viewport(), watcher);
    report("B1.plain_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
    return 0;
}

// The reader as the window shows it: opened on the article and painted once.
struct OpenReader
{
    EntityRegistry registry;
    MentionSearch mentions;
    CollectionService collections;
    QUndoStack undo;
    QWidget window;
    ReaderView reader{&window};
    PaintWatcher watcher{reader.viewport()};
    AnnotationController controller;

    explicit OpenReader(Setup& setup)
        : registry(*setup.library)
        , mentions(*setup.library)
        , collections(*setup.library)
        , controller(*setup.annotations, registry, mentions, collections, undo, reader, &window)
    {
        reader.resize(900, 700);
        reader.showBody(setup.body);
        controller.setArticle(setup.article);
        window.resize(900, 700);
        window.show();
        paintNow(reader.viewport(), watcher);
    }
};

int openAnnotated()
{
    Setup setup(10000);
    QElapsedTimer timer;
    timer.start();
    OpenReader open(setup);
    report("B1.annotated_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
    return 0;
}

int addOne(int present)
{
    Setup setup(present);
    OpenReader open(setup);
    ReaderView& reader = open.reader;
    AnnotationController& controller = open.controller;
    PaintWatcher& watcher = open.watcher;
    QList<double> times;
    qsizetype at = 0;
    for (int i = 0; i < 25; ++i) {
        at = setup.body.indexOf(u' ', at + 1) + 1;
        const qsizetype end = setup.body.indexOf(u' ', at);
        reader.selectSpan({at, end});
        QElapsedTimer timer;
        timer.start();
        controller.highlightSelection(QStringLiteral("pink"));
        paintNow(reader.viewport(), watcher);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const QByteArray name = "B2.add_one_with_" + QByteArray::number(present);
    report(name.constData(), times.at(times.size() / 2), "ms");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"open-plain")
        return openPlain();
    if (args.value(0) == u"open-annotated")
        return openAnnotated();
    if (args.value(0) == u"add" && args.size() == 2)
        return addOne(args.at(1).toInt());
    std::fprintf(stderr, "usage: bench_reader open-plain | open-annotated | add N\n");
    return 2;
}

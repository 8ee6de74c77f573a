// Reader benchmarks. B1: open a 1,000,000-character article with 10,000 annotations and 2,000
// relations (drawn as arcs) until the first paint, against the same text in a bare QTextEdit.
// B2: add one annotation and repaint, with 10,000 annotations and 2,000 relations present and
// with 100 annotations and none.
// Usage: bench_reader open-plain | open-annotated | add N
#include "annotate/annotationcontroller.h"
#include "annotate/relationcontroller.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/relationstore.h"
#include "annotations/schemaservice.h"
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

    // With 10,000 annotations come 2,000 relations, from each ORG tag to the next two tags.
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
        const QList<Annotation> created = annotations->createMany(drafts).value();
        if (annotationCount < 10000)
            return;
        QList<const Annotation*> entities;
        for (const Annotation& tag : created) {
            if (tag.kind == AnnotationKind::Entity)
                entities.append(&tag);
        }
        const qint64 said = SchemaService(*library).schema()->relationType(QStringLiteral("SAID"))->id;
        (void)library->database().exec(QStringLiteral("BEGIN"));
        RelationStore store(library->database());
        int made = 0;
        for (qsizetype i = 0; i + 2 < entities.size() && made < 2000; ++i) {
            if (entities.at(i)->entityTypeId > 2) // SAID goes from a PER (1) or an ORG (2)
                continue;
            for (qsizetype next = i + 1; next <= i + 2 && made < 2000; ++next) {
                Relation r;
                r.articleId = article;
                r.typeId = said;
                r.fromId = entities.at(i)->id;
                r.toId = entities.at(next)->id;
                r.author = QStringLiteral("bench");
                r.created = r.modified = QDateTime::currentDateTimeUtc();
                store.insert(r).value();
                ++made;
            }
        }
        (void)library->database().exec(QStringLiteral("COMMIT"));
        if (made < 2000)
            qFatal("only %d relations", made);
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
    RelationService relations;
    SchemaService schema;
    QUndoStack undo;
    QWidget window;
    ReaderView reader{&window};
    PaintWatcher watcher{reader.viewport()};
    AnnotationController controller;
    RelationController relationController;

    explicit OpenReader(Setup& setup)
        : registry(*setup.library)
        , mentions(*setup.library)
        , collections(*setup.library)
        , relations(*setup.library)
        , schema(*setup.library)
        , controller(*setup.annotations, registry, mentions, collections, relations, schema, undo, reader, &window)
        , relationController(relations, schema, *setup.annotations, undo, reader, &window)
    {
        reader.resize(900, 700);
        // As the window opens an article: the room for arcs is known before the text is laid out.
        reader.showBody(setup.body, !relations.relations(setup.article)->isEmpty());
        controller.setArticle(setup.article);
        relationController.setArticle(setup.article);
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

// The longest stall of the window's thread while long work runs (issue 14): a 30,000-article
// import, and an export of 110,000 annotations. The window is the real one, shown; a timer on
// its thread asks to run every 2 ms and the longest wait between two runs is the stall. The
// measurement goes on for a second after the job, while the window catches up with its result.
// Usage: bench_stall import DB CORPUS | export DB OUT-FILE
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "benchsupport.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "formats/formatscontroller.h"
#include "import/importcontroller.h"
#include "import/importservice.h"
#include "jobs/jobrunner.h"
#include "mainwindow.h"
#include "search/searchservice.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace hamish;

namespace {

// Records the gaps between the window thread's turns.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_gaps.append(double(now - m_last) / 1e6);
            if (m_last > 0 && now - m_last > 15000000 && qEnvironmentVariableIsSet("HAMISH_STALL_TRACE"))
                std::fprintf(stderr, "gap %.1f ms at %.0f ms\n", double(now - m_last) / 1e6, double(now) / 1e6);
            m_last = now;
        });
        m_timer.start();
    }

    double longest() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend()); }
    double percentile(double p) const
    {
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(qMin(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

// With HAMISH_STALL_TRACE set, names each event that holds the window's thread for more than
// 5 ms, with the class of the object it went to.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_trace || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        // The receiver may be gone once the event is handled (a deferred delete).
        const char* receiverClass = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 took = clock.nsecsElapsed();
        --m_depth;
        if (took > 5000000)
            std::fprintf(stderr, "  event %d to %s took %.1f ms\n", type, receiverClass, double(took) / 1e6);
        return handled;
    }

private:
    const bool m_trace = qEnvironmentVariableIsSet("HAMISH_STALL_TRACE");
    int m_depth = 0;
};

} // namespace

int main(int argc, char** argv)
{
    TracingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hamish-bench"));
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args.at(1) != u"import" && args.at(1) != u"export")) {
        std::fprintf(stderr, "usage: bench_stall import DB CORPUS | export DB OUT-FILE\n");
        return 2;
    }
    auto library = Library::open(args.at(2));
    if (!library)
        return 1;
    ImportService importer(**library);
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
    // Let the window settle: its first paint and the list's batches are not what is measured.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);

    StallMeter meter;
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    if (args.at(1) == u"import") {
        QObject::connect(window.importController(), &ImportController::importFinished, &app,
                         [&](const ImportReport& report) {
                             done = true;
                             if (qEnvironmentVariableIsSet("HAMISH_STALL_TRACE"))
                                 std::fprintf(stderr, "finished at %lld ms\n", timer.elapsed());
                             bench::report("stall_imported", double(report.added().size()), "articles");
                         });
        window.importController()->startImport({args.at(3)}, {});
    } else {
        QObject::connect(window.formatsController(), &FormatsController::exportFinished, &app,
                         [&](bool ok, const QString&) {
                             done = true;
                             bench::report("stall_exported", ok ? 1 : 0, "ok");
                         });
        window.formatsController()->startExport(ExportFormat::Csv, {}, args.at(3), {});
    }
    QTimer::singleShot(0, &app, [&] {});
    while (!done)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    const double jobMs = double(timer.elapsed());
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 1000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    bench::report("stall_job", jobMs, "ms");
    bench::report("stall_longest", meter.longest(), "ms");
    bench::report("stall_p99", meter.percentile(0.99), "ms");
    return 0;
}

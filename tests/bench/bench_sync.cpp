// T1–T4 of issue 18: syncing a library with a team project on a throwaway PostgreSQL 15 cluster
// (started here, on a Unix socket, and stopped at the end).
//   bench_sync LIBRARY ANNOTATOR   (the library is changed: it becomes a synced one)
// Prints T1.first_sync_ms and its floor T1.psql_copy_ms (psql \copy of the same rows into the
// same tables of a second project), T2.sync_100_ms (median of five), T3.noop_sync_ms (median of
// nine) and T4.pull_uses_index (1 when EXPLAIN shows an index scan for "what changed since").
#include "annotations/annotationservice.h"
#include "benchsupport.h"
#include "pgcluster.h"
#include "storage/library.h"
#include "storage/synctables.h"
#include "team/pgconnection.h"
#include "team/teamsync.h"
#include "teamfixture.h"
#include "text/words.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace hamish;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(why));
    std::exit(1);
}

double timedSync(Library& library, const QString& conninfo, SyncSummary* summary = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    Result<PgConnection> server = PgConnection::open(conninfo);
    if (!server)
        fail(server.error());
    Result<SyncSummary> done = TeamSync::run(library.database(), *server);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!done)
        fail(done.error());
    if (summary)
        *summary = *done;
    return ms;
}

// psql \copy of every synced table's rows, as the first sync left them, into a second project.
double psqlCopyFloor(test::PgCluster& cluster, const QString& folder)
{
    QString dump, load;
    for (const SyncTable& table : syncTables()) {
        const QString file = folder + u'/' + table.kind + u".copy"_s;
        dump += u"\\copy hamish.%1 TO '%2'\n"_s.arg(table.kind, file);
        load += u"\\copy hamish.%1 FROM '%2'\n"_s.arg(table.kind, file);
    }
    auto psql = [&](const QString& database, const QString& script) {
        QFile f(folder + u"/script.sql"_s);
        if (!f.open(QIODevice::WriteOnly) || f.write(script.toUtf8()) < 0)
            fail(u"cannot write the psql script"_s);
        f.close();
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(u"psql"_s, {u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s,
                                  cluster.conninfo(u"postgres"_s, database), u"-f"_s, f.fileName()});
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            fail(u"psql failed: "_s + QString::fromLocal8Bit(process.readAllStandardError()));
        return double(timer.nsecsElapsed()) / 1e6;
    };
    psql(u"bench"_s, dump);
    const QString made = test::makeTeamProject(cluster, u"floor"_s, {});
    if (!made.isEmpty())
        fail(made);
    return psql(u"floor"_s, load);
}

// One new tag in each of the last hundred articles, on a word that differs from round to round.
QList<AnnotationDraft> hundredNewTags(Library& library, int round)
{
    QList<AnnotationDraft> drafts;
    const QList<qint64> ids =
        collectRows<qint64>(library.database().prepare(u"SELECT id FROM article ORDER BY id DESC LIMIT 100"_s),
                            [](Statement& s) { return s.int64(0); })
            .value();
    for (qint64 id : ids) {
        const QString body = library.articles().article(id).value().body;
        const QList<WordSpan> words = findWords(body);
        const WordSpan& w = words.at((10 + 7 * round) % words.size());
        drafts.append({id, AnnotationKind::Entity, w.start, w.end, 2, {}, {}});
    }
    return drafts;
}

// Whether "what changed since" a hundred changes before the end uses the change index, planned
// on analysed tables.
bool pullUsesIndex(test::PgCluster& cluster)
{
    Result<PgConnection> server = PgConnection::open(cluster.conninfo(u"postgres"_s, u"bench"_s));
    if (!server || !server->exec(u"ANALYZE"_s))
        fail(u"cannot analyse the project"_s);
    Result<PgRows> last = server->query(u"SELECT max(change) FROM hamish.annotation"_s);
    if (!last)
        fail(last.error());
    Result<PgRows> plan =
        server->query(u"EXPLAIN SELECT global_id, data::text FROM hamish.annotation WHERE change > %1 "
                      "AND origin <> 'x' ORDER BY change"_s.arg(last->rows.value(0).value(0).toLongLong() - 100));
    if (!plan)
        fail(plan.error());
    QString text;
    for (const QStringList& row : plan->rows)
        text += row.value(0) + u'\n';
    std::fprintf(stderr, "%s", qPrintable(text));
    return text.contains(u"annotation_by_change"_s) && !text.contains(u"Seq Scan"_s);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        fail(u"usage: bench_sync LIBRARY ANNOTATOR"_s);
    const QString annotator = args.at(2);
    Result<std::unique_ptr<Library>> opened = Library::open(args.at(1));
    if (!opened)
        fail(opened.error());
    Library& library = **opened;
    test::PgCluster cluster;
    if (!cluster.isRunning())
        fail(cluster.error());
    if (const QString made = test::makeTeamProject(cluster, u"bench"_s, {annotator}); !made.isEmpty())
        fail(made);
    const QString conninfo = cluster.conninfo(annotator, u"bench"_s);

    SyncSummary first;
    const double firstMs = timedSync(library, conninfo, &first);
    bench::report("T1.first_sync_ms", firstMs, "ms");
    bench::report("T1.first_sync_objects", first.pushed, "objects");
    QTemporaryDir folder;
    if (!folder.isValid())
        fail(u"no temporary folder"_s);
    bench::report("T1.psql_copy_ms", psqlCopyFloor(cluster, folder.path()), "ms");

    QList<double> hundred;
    for (int round = 0; round < 5; ++round) {
        const auto tagged = AnnotationService(library, annotator).createMany(hundredNewTags(library, round));
        if (!tagged || tagged->size() != 100)
            fail(u"cannot make 100 new tags"_s);
        SyncSummary summary;
        hundred.append(timedSync(library, conninfo, &summary));
        if (summary.pushed != 100)
            fail(u"pushed %1 instead of 100"_s.arg(summary.pushed));
    }
    bench::report("T2.sync_100_ms", bench::median(hundred), "ms");

    QList<double> idle;
    for (int round = 0; round < 9; ++round)
        idle.append(timedSync(library, conninfo));
    bench::report("T3.noop_sync_ms", bench::median(idle), "ms");
    bench::report("T4.pull_uses_index", pullUsesIndex(cluster) ? 1 : 0, "bool");
    return 0;
}

// Library benchmarks: corpus generation, import (B3, B4), search (B5), tag all (B7), export (B8).
// Usage: bench_library corpus N FILE | files CORPUS DIR | export-memory DB OUT FORMAT | import DB FILE
//        | search DB | tagall DB WORD | export DB DIR [FORMAT]
//        | annotate-bulk DB N | agreement DB (A1: a second layer, everything done, agreement timed)
#include "agreement/agreementservice.h"
#include "agreement/annotatorprogress.h"
#include "annotations/annotationservice.h"
#include "benchsupport.h"
#include "entities/mentionsearch.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "search/searchservice.h"
#include "storage/database.h"
#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <sqlite3.h>
#include <type_traits>

using namespace hamish;
using namespace hamish::bench;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Library> open(const QString& path)
{
    auto library = Library::open(path);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        std::exit(1);
    }
    return std::move(*library);
}

const QStringList& queries()
{
    static const QStringList list{
        QStringLiteral("السعودية"), QStringLiteral("الرياض"),   QStringLiteral("الوزير"),  QStringLiteral("التعليم"),
        QStringLiteral("مصر"),      QStringLiteral("الطاقه"),   QStringLiteral("اجتماع"),  QStringLiteral("المملكة"),
        QStringLiteral("الشركات"),  QStringLiteral("جدة"),      QStringLiteral("قطر"),     QStringLiteral("الحكومة"),
        QStringLiteral("المياه"),   QStringLiteral("مليون"),    QStringLiteral("التنمية"), QStringLiteral("ولي العهد"),
        QStringLiteral("محمد"),     QStringLiteral("الاقتصاد"), QStringLiteral("النفط"),   QStringLiteral("الصحة")};
    return list;
}

// The median time of writing `bytes` to a new file with one write call, closing it (QFile) or
// committing it, which syncs it to disk (QSaveFile). Milliseconds.
template<typename File> double medianWrite(const QString& path, const QByteArray& bytes, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(path);
        File file(path);
        file.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        file.write(bytes);
        if constexpr (std::is_same_v<File, QSaveFile>)
            file.commit();
        else
            file.close();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// The median time of writing the files of folder `from` again into new folders named after
// `to`, each with one write call. Milliseconds.
double medianFilesWrite(const QString& from, const QString& to)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        QFile f(QDir(from).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.append({name, f.readAll()});
    }
    QList<double> times;
    for (int run = 0; run < 3; ++run) {
        const QString folder = to + QString::number(run);
        QDir().mkpath(folder);
        QElapsedTimer timer;
        timer.start();
        for (const auto& [name, bytes] : files) {
            QFile file(folder + u'/' + name);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return -1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// What an export's files hold, read back.
QByteArray exportedBytes(const QString& out, ExportFormat format)
{
    QByteArray bytes;
    const QStringList files = format == ExportFormat::Brat ? QDir(out).entryList(QDir::Files) : QStringList{QString()};
    for (const QString& file : files) {
        QFile f(file.isEmpty() ? out : QDir(out).filePath(file));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

// A reference for B8: stepping through every annotation row and touching each column, which
// any exporter reading the library must at least do. Milliseconds.
double readAnnotationRows(Database& db)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db.handle(), "SELECT * FROM annotation", -1, &stmt, nullptr);
    qint64 bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            sqlite3_column_text(stmt, c);
            bytes += sqlite3_column_bytes(stmt, c);
        }
    }
    sqlite3_finalize(stmt);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return bytes > 0 ? ms : -1;
}

int search(const QString& db)
{
    auto library = open(db);
    SearchService service(*library);
    QList<double> times, snippetTimes;
    for (int round = 0; round < 5; ++round) {
        for (const QString& q : queries()) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = service.search(q, 100, SearchService::Snippets::Skip);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!hits)
                return 1;
            // Snippets are made for the hits a reader sees; their cost is reported apart.
            for (const SearchHit& hit : hits->mid(0, 10)) {
                timer.restart();
                if (!service.snippet(q, hit.articleId))
                    return 1;
                snippetTimes.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(snippetTimes.begin(), snippetTimes.end());
    report("B5.search_median", times.at(times.size() / 2), "ms");
    report("B5.snippet_median", snippetTimes.at(snippetTimes.size() / 2), "ms");

    // The index must agree with a brute-force scan of the folded text on a sample of queries.
    const QList<ArticleSummary> all = library->articles().summaries().value();
    int checked = 0, agreed = 0;
    for (const QString& q : {QStringLiteral("الرياض"), QStringLiteral("التعليم"), QStringLiteral("جدة")}) {
        const QString folded = foldForSearch(q);
        QSet<qint64> expected;
        for (const ArticleSummary& s : all) {
            const Article a = library->articles().article(s.id).value();
            const QString text = a.title + u'\n' + a.body;
            for (const WordSpan& w : findWords(text)) {
                if (wordMentions(foldForSearch(QStringView(text).sliced(w.start, w.end - w.start)), folded)) {
                    expected.insert(s.id);
                    break;
                }
            }
        }
        QSet<qint64> found;
        const QList<SearchHit> hits = service.search(q, 1000000, SearchService::Snippets::Skip).value();
        for (const SearchHit& hit : hits)
            found.insert(hit.articleId);
        ++checked;
        agreed += found == expected;
    }
    report("B5.brute_force_agreement", double(agreed) / checked, "fraction");
    return agreed == checked ? 0 : 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"corpus" && args.size() == 3)
        return writeCorpus(args.at(2), args.at(1).toInt()) ? 0 : 1;
    if (command == u"import" && args.size() == 3) {
        QFile::remove(args.at(1));
        auto library = open(args.at(1));
        ImportService importer(*library);
        QElapsedTimer timer;
        timer.start();
        const FileReport report = importer.importFile(args.at(2), {});
        if (!report.succeeded()) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error));
            return 1;
        }
        bench::report("import_ms", double(timer.elapsed()), "ms");
        bench::report("import_articles", double(report.added.size()), "articles");
        bench::report("import_peak_memory", peakMemoryMiB(), "MiB");
        return 0;
    }
    if (command == u"search" && args.size() == 2)
        return search(args.at(1));
    if (command == u"searchall" && args.size() == 3) {
        auto library = open(args.at(1));
        QElapsedTimer timer;
        timer.start();
        const auto hits = SearchService(*library).search(args.at(2), 10000000);
        bench::report("searchall_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
        bench::report("searchall_hits", hits ? double(hits->size()) : -1, "articles");
        return hits ? 0 : 1;
    }
    if (command == u"tagall" && args.size() == 3) {
        auto library = open(args.at(1));
        AnnotationService annotations(*library);
        QElapsedTimer timer;
        timer.start();
        const auto hits = MentionSearch(*library).findAll({args.at(2)}, 3, 0);
        if (!hits)
            return 1;
        QList<AnnotationDraft> drafts;
        for (const MentionHit& hit : *hits)
            drafts.append({hit.articleId, AnnotationKind::Entity, hit.span.start, hit.span.end, 3, {}, {}});
        const auto created = annotations.createMany(drafts);
        bench::report("tagall_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
        bench::report("tagall_mentions", created ? double(created->size()) : -1, "mentions");
        return created ? 0 : 1;
    }
    if (command == u"export-memory" && args.size() == 4) {
        // One export, and the peak memory of the process that made it (B8m).
        ExportFormat format;
        if (!exportFormatFromName(args.at(3), format))
            return 2;
        auto library = open(args.at(1));
        QElapsedTimer timer;
        timer.start();
        if (auto ok = ExportService(*library).exportTo(format, {}, args.at(2)); !ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error()));
            return 1;
        }
        report("export_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
        report("export_peak_memory", peakMemoryMiB(), "MiB");
        return 0;
    }
    if (command == u"files" && args.size() == 3) {
        // The corpus's articles as text files (title, a line break, body), for grep (C2).
        QFile corpus(args.at(1));
        if (!corpus.open(QIODevice::ReadOnly))
            return 1;
        const QJsonArray articles = QJsonDocument::fromJson(corpus.readAll()).array();
        QDir().mkpath(args.at(2));
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const QJsonObject a = articles.at(i).toObject();
            QFile file(QDir(args.at(2)).filePath(QStringLiteral("%1.txt").arg(i, 6, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write((a.value(u"title").toString() + u'\n' + a.value(u"content").toString()).toUtf8());
        }
        bench::report("files_written", double(articles.size()), "files");
        return 0;
    }
    if (command == u"annotate-bulk" && args.size() == 3) {
        // Spreads N entity tags over the library's first words, in one transaction: the first 8
        // words of each article, or as many as N needs across the whole library.
        auto library = open(args.at(1));
        AnnotationService annotations(*library);
        const int wanted = args.at(2).toInt();
        QList<AnnotationDraft> drafts;
        const QList<ArticleSummary> summaries = library->articles().summaries().value();
        const qsizetype perArticle =
            std::max<qsizetype>(8, (wanted + summaries.size() - 1) / std::max<qsizetype>(1, summaries.size()));
        for (const ArticleSummary& s : summaries) {
            const Article a = library->articles().article(s.id).value();
            qsizetype taken = 0;
            for (const WordSpan& w : findWords(a.body)) {
                if (drafts.size() >= wanted || ++taken > perArticle)
                    break;
                drafts.append({a.id, AnnotationKind::Entity, w.start, w.end, qint64(1 + drafts.size() % 6), {}, {}});
            }
            if (drafts.size() >= wanted)
                break;
        }
        const auto created = annotations.createMany(drafts);
        bench::report("annotated", created ? double(created->size()) : -1, "annotations");
        return created ? 0 : 1;
    }
    if (command == u"agreement" && args.size() == 2) {
        // A second annotator's layer beside the library's: every tag again, every 7th of another
        // type and every 11th a letter shorter at its start, and both annotators done with every
        // article; then the agreement of the two, timed.
        auto library = open(args.at(1));
        Database& db = library->database();
        const bool ok = db.exec(QStringLiteral(
                            "INSERT INTO annotation (article_id, kind, start, end, quote, entity_type_id, colour,"
                            " note, author, created, modified) SELECT article_id, kind,"
                            " CASE WHEN id % 11 = 0 AND end - start > 1 THEN start + 1 ELSE start END, end,"
                            " CASE WHEN id % 11 = 0 AND end - start > 1 THEN substr(quote, 2) ELSE quote END,"
                            " CASE WHEN id % 7 = 0 THEN 1 + entity_type_id % 6 ELSE entity_type_id END, colour,"
                            " note, 'second', created, modified FROM annotation"
                            " WHERE kind = 'entity' AND author <> 'second'"))
                        && db.exec(QStringLiteral("INSERT OR IGNORE INTO article_done (article_id, annotator, done_at)"
                                                  " SELECT a.id, w.author, '2026-12-02T00:00:00Z' FROM article a,"
                                                  " (SELECT DISTINCT author FROM annotation) w"));
        if (!ok)
            return 1;
        const qint64 first =
            db.queryInt(QStringLiteral("SELECT count(*) FROM annotation WHERE author <> 'second'")).value_or(0);
        const qint64 second =
            db.queryInt(QStringLiteral("SELECT count(*) FROM annotation WHERE author = 'second'")).value_or(0);
        const QString other = QStringLiteral("second");
        QString annotator;
        if (Result<QStringList> all = AnnotatorProgress(*library).annotators()) {
            for (const QString& a : *all) {
                if (a != other)
                    annotator = a;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const Result<AgreementReport> report = AgreementService(*library).compute({annotator, other});
        bench::report("agreement_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error()));
            return 1;
        }
        bench::report("agreement_layers", double(first), "annotations");
        bench::report("agreement_second_layer", double(second), "annotations");
        bench::report("agreement_articles", report->pairs.first().articles, "articles");
        bench::report("agreement_tokens", double(report->pairs.first().tokens), "tokens");
        bench::report("agreement_kappa", report->pairs.first().kappa, "kappa");
        return 0;
    }
    if (command == u"export" && (args.size() == 3 || args.size() == 4)) {
        // Each format (or the one named), and the floor: the same bytes written with one write
        // call. Both go through the page cache, whose speed swings with the kernel's writeback,
        // so each is the median of several runs.
        constexpr int ExportRuns = 3;
        constexpr int FloorRuns = 5;
        auto library = open(args.at(1));
        report("export_rows_read", readAnnotationRows(library->database()), "ms");
        for (const QString& name : exportFormatNames()) {
            if (args.size() == 4 && name != args.at(3))
                continue;
            ExportFormat format;
            exportFormatFromName(name, format);
            // A new path each run, as an export to a new file or folder is (and deleting sixty
            // thousand brat files just before would slow the next run's creating them).
            QString out;
            QList<double> runs;
            for (int run = 0; run < ExportRuns; ++run) {
                out = QDir(args.at(2)).filePath(QStringLiteral("export%1.").arg(run) + name);
                QElapsedTimer timer;
                timer.start();
                if (auto ok = ExportService(*library).exportTo(format, {}, out); !ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(ok.error()));
                    return 1;
                }
                runs.append(double(timer.nsecsElapsed()) / 1e6);
            }
            const QByteArray bytes = exportedBytes(out, format);
            if (format == ExportFormat::Brat) {
                // Issue 20's floor for brat: the same files with the same bytes, one write each.
                report("export_brat_files_floor", medianFilesWrite(out, QDir(args.at(2)).filePath(u"floor-brat"_s)),
                       "ms");
            }
            const QString floorPath = QDir(args.at(2)).filePath(QStringLiteral("floor.") + name);
            const double floor = medianWrite<QFile>(floorPath, bytes, FloorRuns);
            // A reference: the same write made durable, as an export's QSaveFile makes its file.
            const double synced = medianWrite<QSaveFile>(floorPath, bytes, FloorRuns);
            report(QStringLiteral("export_%1_synced_write").arg(name).toLatin1().constData(), synced, "ms");
            report(QStringLiteral("export_%1").arg(name).toLatin1().constData(), median(runs), "ms");
            report(QStringLiteral("export_%1_floor").arg(name).toLatin1().constData(), floor, "ms");
            report(QStringLiteral("export_%1_bytes").arg(name).toLatin1().constData(), double(bytes.size()), "bytes");
        }
        return 0;
    }
    std::fprintf(stderr, "usage: bench_library corpus N FILE | import DB FILE | search DB | searchall DB WORD | tagall "
                         "DB WORD | export DB DIR [FORMAT]\n");
    return 2;
}

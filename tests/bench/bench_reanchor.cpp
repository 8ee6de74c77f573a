// R1 of issue 19: a new version of a 1,000,000-character article with 10,000 annotations,
// changed in 300 places, re-anchored and written. Prints the whole new version (diff,
// re-anchoring, writes and commit) as the median of five runs, the re-anchoring alone, and how
// the annotations were placed.
//   bench_reanchor
#include "annotations/annotationservice.h"
#include "annotations/schemaservice.h"
#include "benchsupport.h"
#include "storage/library.h"
#include "versions/reanchor.h"
#include "versions/textdiff.h"
#include "versions/versionservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace hamish;
using namespace Qt::StringLiterals;

namespace {

constexpr int Characters = 1'000'000;
constexpr int Annotations = 10'000;

// Every `step` characters, the word that starts there.
QList<AnnotationDraft> drafts(const QString& body, qint64 article, qint64 type)
{
    QList<AnnotationDraft> out;
    const qsizetype step = body.size() / Annotations;
    for (qsizetype at = 0; out.size() < Annotations && at < body.size(); at += step) {
        const auto inWord = [&](qsizetype i) { return body.at(i).isLetter() || body.at(i).isMark(); };
        qsizetype start = at;
        while (start < body.size() && !body.at(start).isLetter())
            ++start;
        while (start > 0 && inWord(start - 1))
            --start;
        qsizetype end = start;
        while (end < body.size() && inWord(end))
            ++end;
        if (end > start)
            out.append({article, AnnotationKind::Entity, start, end, type, {}, {}});
    }
    return out;
}

// 100 sentences added, 100 words deleted, 60 annotated words with a letter changed, 40 annotated
// words deleted, from the end so that positions stay right.
QString changed(const QString& body, const QList<AnnotationDraft>& tags)
{
    struct Edit
    {
        qsizetype at, length;
        QString text;
    };
    QList<Edit> edits;
    QRandomGenerator random(19);
    for (int i = 0; i < 100; ++i)
        edits.append(
            {qsizetype(random.bounded(body.size())), 0, u" وأضاف المتحدث في تصريح لاحق أن الأمر قيد الدراسة."_s});
    for (int i = 0; i < 100; ++i) {
        const qsizetype at = body.indexOf(u' ', random.bounded(body.size()));
        const qsizetype next = body.indexOf(u' ', at + 1);
        if (at >= 0 && next > at)
            edits.append({at, next - at, {}});
    }
    for (int i = 0; i < 100; ++i) {
        const AnnotationDraft& tag = tags.at(random.bounded(int(tags.size())));
        if (i < 60 && tag.end - tag.start >= 5)
            edits.append({tag.start + 2, 1, u"ي"_s});
        else
            edits.append({tag.start, tag.end - tag.start, {}});
    }
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.at > b.at; });
    QString out = body;
    qsizetype limit = out.size();
    for (const Edit& e : edits) {
        if (e.at + e.length > limit)
            continue; // overlaps the edit after it
        out.replace(e.at, e.length, e.text);
        limit = e.at;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString before = bench::generatedBody(7, Characters);
    QList<double> whole;
    VersionOutcome outcome;
    QString after;
    QList<AnnotationDraft> tags;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(u"r.hamish"_s));
        if (!library) {
            std::fprintf(stderr, "%s\n", qPrintable(library.error()));
            return 1;
        }
        Article article;
        article.title = u"R1"_s;
        article.body = before;
        article.importedAt = QDateTime::currentDateTimeUtc();
        Result<qint64> id = (*library)->articles().insert(article);
        AnnotationService annotations(**library);
        const qint64 type = SchemaService(**library).schema()->entityType(u"PER"_s)->id;
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
        tags = drafts(before, *id, type);
        if (Result<QList<Annotation>> made = annotations.createMany(tags); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error()));
            return 1;
        }
        after = changed(before, tags);
        VersionService versions(**library);
        QElapsedTimer timer;
        timer.start();
        Result<std::optional<VersionOutcome>> made = versions.addVersion(*id, after);
        whole.append(timer.nsecsElapsed() / 1e6);
        if (!made || !made->has_value()) {
            std::fprintf(stderr, "the new version failed: %s\n", made ? "no change" : qPrintable(made.error()));
            return 1;
        }
        outcome = **made;
    }
    QList<AnchoredSpan> spans;
    for (const AnnotationDraft& tag : tags)
        spans.append({spans.size() + 1, tag.start, tag.end});
    QList<double> alone;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<PlacedSpan> placed = reanchor(TextDiff(before, after), before, after, spans);
        alone.append(timer.nsecsElapsed() / 1e6);
        if (placed.size() != spans.size())
            return 1;
    }
    bench::report("R1.new_version_1M_10k", bench::median(whole), "ms");
    bench::report("R1.reanchor_alone", bench::median(alone), "ms");
    bench::report("R1.exact", outcome.exact, "annotations");
    bench::report("R1.shifted", outcome.shifted, "annotations");
    bench::report("R1.fuzzy", outcome.fuzzy, "annotations");
    bench::report("R1.orphans", outcome.orphans, "annotations");
    bench::report("R1.peak_memory", bench::peakMemoryMiB(), "MiB");
    return 0;
}

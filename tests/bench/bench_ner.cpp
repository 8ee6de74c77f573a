// The entity recommender on ANERcorp (issue 16): imports the CAMeL Lab train split into a new
// library as `hamish import-annotations --format conll` does, trains as `hamish train` does
// (5-fold cross-validation, then the stored model), predicts the test split with the stored
// model and scores it entity by entity as conlleval does (exact span and type). Then the
// learning curve (10k, 30k, 100k and all training tokens, as a table and a PNG), and the same
// model on AQMAR (Wikipedia) without tuning to it.
// Usage: bench_ner SHARED-DIR OUT-DIR | bench_ner plot PNG TOKENS:F1... (redraws a measured curve)
#include "annotations/annotationservice.h"
#include "benchsupport.h"
#include "formats/annotationimportservice.h"
#include "learn/entityrecommender.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace hamish;
using bench::report;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    return QString::fromUtf8(file.readAll());
}

void printScores(const char* prefix, const Evaluation& e)
{
    for (const TypeScore& s : e.types)
        std::printf("%s.%s P %.4f R %.4f F1 %.4f support %d\n", prefix, qPrintable(s.type), s.precision(), s.recall(),
                    s.f1(), s.support());
    std::printf("%s.micro P %.4f R %.4f F1 %.4f support %d\n", prefix, e.micro.precision(), e.micro.recall(),
                e.micro.f1(), e.micro.support());
}

Evaluation score(const NerModel& model, const QList<TaggedSentence>& sentences, double* tokensPerSecond = nullptr)
{
    Evaluation e;
    qint64 tokens = 0;
    QElapsedTimer timer;
    timer.start();
    for (const TaggedSentence& s : sentences) {
        e.add(s.chunks, model.predict(s.tokens));
        tokens += s.tokens.size();
    }
    if (tokensPerSecond)
        *tokensPerSecond = double(tokens) / qMax(1e-3, double(timer.nsecsElapsed()) / 1e9);
    return e;
}

// AQMAR's types as ANERcorp names them: PER is PERS, MIS0–MIS3 (and its misspellings) MISC;
// a language tag (B-ENGLISH) is no entity.
QList<TaggedSentence> aqmarSentences(const QString& folder)
{
    QList<TaggedSentence> out;
    for (const QFileInfo& file : QDir(folder).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        for (TaggedSentence s : NerDatasetBuilder::fromConll(readText(file.filePath()))) {
            QList<TokenChunk> kept;
            for (TokenChunk c : s.chunks) {
                QString type = c.type;
                type.remove(u'-').remove(u'`');
                if (type == u"PER")
                    c.type = QStringLiteral("PERS");
                else if (type.startsWith(u"MIS"))
                    c.type = QStringLiteral("MISC");
                else if (type == u"LOC" || type == u"ORG")
                    c.type = type;
                else
                    continue;
                kept.append(c);
            }
            s.chunks = kept;
            out.append(s);
        }
    }
    return out;
}

void drawCurve(const QList<std::pair<qint64, double>>& points, const QString& path)
{
    QImage image(720, 420, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(70, 30, 620, 330);
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(plot);
    // Log scale from half the first point to a little past the last.
    const double low = std::log10(points.isEmpty() ? 1.0 : double(points.first().first) / 2);
    const double high = std::log10(points.isEmpty() ? 10.0 : double(points.last().first) * 1.6);
    const auto at = [&](qint64 tokens, double f1) {
        return QPointF(plot.left() + plot.width() * (std::log10(double(tokens)) - low) / (high - low),
                       plot.bottom() - plot.height() * f1);
    };
    for (int f = 0; f <= 10; f += 2) {
        const double y = plot.bottom() - plot.height() * f / 10.0;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(10, y - 10, 55, 20), Qt::AlignRight | Qt::AlignVCenter, QString::number(f / 10.0, 'f', 1));
    }
    p.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2.5));
    for (qsizetype i = 1; i < points.size(); ++i)
        p.drawLine(at(points.at(i - 1).first, points.at(i - 1).second), at(points.at(i).first, points.at(i).second));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto& [tokens, f1] = points.at(i);
        p.setBrush(QColor(0x1f, 0x77, 0xb4));
        p.drawEllipse(at(tokens, f1), 4, 4);
        p.setPen(Qt::black);
        // Every other label below its point: the last points of a log axis stand close.
        p.drawText(at(tokens, f1) + QPointF(-30, i % 2 ? 22 : -12),
                   QStringLiteral("%1k: %2").arg(tokens / 1000).arg(f1, 0, 'f', 3));
        p.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2.5));
    }
    p.setPen(Qt::black);
    p.drawText(QRectF(plot.left(), plot.bottom() + 8, plot.width(), 20), Qt::AlignCenter,
               QStringLiteral("training tokens (log scale) — entity F1 on the ANERcorp test split"));
    p.end();
    image.save(path);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 3 && args.at(1) == u"plot") {
        QList<std::pair<qint64, double>> points;
        for (const QString& point : args.mid(3))
            points.append({point.section(u':', 0, 0).toLongLong(), point.section(u':', 1).toDouble()});
        drawCurve(points, args.at(2));
        return 0;
    }
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_ner SHARED-DIR OUT-DIR\n");
        return 2;
    }
    const QString anercorp = args.at(1) + QStringLiteral("/corpora/anercorp/ANERcorp-CamelLabSplits/");
    const QString trainPath = anercorp + QStringLiteral("ANERCorp_CamelLab_train.txt");
    const QList<TaggedSentence> test =
        NerDatasetBuilder::fromConll(readText(anercorp + QStringLiteral("ANERCorp_CamelLab_test.txt")));
    QDir().mkpath(args.at(2));

    QTemporaryDir dir;
    auto library = std::move(*Library::open(dir.filePath(QStringLiteral("ner.hamish"))));
    AnnotationService annotations(*library);
    const AnnotationImportReport imported =
        AnnotationImportService(*library, annotations).importFile(AnnotationFormat::Conll, trainPath);
    if (!imported.succeeded()) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    EntityRecommender recommender(*library);
    const Result<TrainingReport> trained = recommender.train(5);
    if (!trained) {
        std::fprintf(stderr, "%s\n", qPrintable(trained.error()));
        return 1;
    }
    report("ner_train_with_cv", double(timer.elapsed()) / 1000.0, "s");
    report("ner_train_peak_memory", bench::peakMemoryMiB(), "MiB");
    report("ner_train_tokens", double(trained->tokens), "tokens");
    printScores("cv", trained->evaluation);
    const NerModel model = recommender.model().value();
    const qint64 size = library->database()
                            .queryInt(QStringLiteral("SELECT length(model) FROM learned_model WHERE kind = 'entities'"))
                            .value();
    report("ner_model_size", double(size) / 1048576.0, "MiB");
    // The trained library, for bench_suggest.
    const QString keep = args.at(2) + QStringLiteral("/ner.hamish");
    QFile::remove(keep);
    if (!library->database().exec(QStringLiteral("VACUUM INTO '%1'").arg(keep)))
        std::fprintf(stderr, "could not keep the library in %s\n", qPrintable(keep));
    double tokensPerSecond = 0;
    const Evaluation onTest = score(model, test, &tokensPerSecond);
    report("ner_predict_speed", tokensPerSecond, "tokens/s");
    printScores("test", onTest);
    report("ner_test_f1", onTest.micro.f1() * 100, "F1");

    // The learning curve: the first sentences up to N tokens.
    const QList<TaggedSentence> all = NerDatasetBuilder::fromConll(readText(trainPath));
    QList<std::pair<qint64, double>> curve;
    for (const qint64 wanted : {qint64(10000), qint64(30000), qint64(100000), qint64(-1)}) {
        QList<TaggedSentence> part;
        qint64 tokens = 0;
        for (const TaggedSentence& s : all) {
            if (wanted > 0 && tokens >= wanted)
                break;
            part.append(s);
            tokens += s.tokens.size();
        }
        QElapsedTimer once;
        once.start();
        const NerModel m = NerModel::train(part, {}, NerDataset::gazetteerOf(part)).value();
        const double f1 = score(m, test).micro.f1();
        std::printf("curve tokens %lld F1 %.4f (trained in %.1f s)\n", static_cast<long long>(tokens), f1,
                    double(once.elapsed()) / 1000.0);
        curve.append({tokens, f1});
    }
    drawCurve(curve, args.at(2) + QStringLiteral("/ner-learning-curve.png"));

    const QString aqmar = args.at(1) + QStringLiteral("/corpora/aqmar/articles");
    if (QDir(aqmar).exists()) {
        const Evaluation onAqmar = score(model, aqmarSentences(aqmar));
        printScores("aqmar", onAqmar);
        report("ner_aqmar_f1", onAqmar.micro.f1() * 100, "F1");
    }
    return 0;
}

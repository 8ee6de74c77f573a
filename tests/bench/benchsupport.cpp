#include "benchsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace hamish::bench {

namespace {

const char16_t* const Words[] = {
    u"قال",    u"الوزير",  u"إن",        u"الحكومة", u"تعمل",     u"على",      u"تطوير",   u"المشروعات",
    u"في",     u"المملكة", u"السعودية",  u"والرياض", u"بالتعاون", u"مع",       u"الشركات", u"الوطنية",
    u"لتحقيق", u"التنمية", u"المستدامة", u"وأضاف",   u"أن",       u"الاجتماع", u"ناقش",    u"قضايا",
    u"الطاقة", u"والمياه", u"والتعليم",  u"مُحَمَّد",    u"بن",       u"سلمان",    u"الدوحة",  u"لمصر",
    u"وقطر",   u"الأسبوع", u"المقبل",    u"٢٠٢٤",    u"مليون",    u"ريال",     u"،",       u"."};

} // namespace

QString generatedBody(int seed, int characters)
{
    QString body;
    quint32 state = quint32(seed) * 2654435761u + 1;
    int sentence = 0;
    while (body.size() < characters) {
        state = state * 1103515245u + 12345u;
        body += QString::fromUtf16(Words[(state >> 16) % std::size(Words)]);
        body += ++sentence % 18 == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return body;
}

bool writeCorpus(const QString& path, int count)
{
    QJsonArray source;
    QFile day(QStringLiteral(HAMISH_SHARED_DIR "/corpora/saudinewsnet-sample/2015-07-23.json"));
    if (day.open(QIODevice::ReadOnly))
        source = QJsonDocument::fromJson(day.readAll()).array();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write("[\n");
    int written = 0;
    for (int i = 0; written < count; ++i) {
        QJsonObject record;
        if (!source.isEmpty()) {
            record = source.at(i % source.size()).toObject();
            if (record.value(u"content").toString().trimmed().isEmpty())
                continue;
            // Distinct bodies, so that no copy is taken for a duplicate, and distinct addresses, so
            // that no copy is taken for a new version of an article (issue 19).
            record.insert(QStringLiteral("content"),
                          QString(record.value(u"content").toString() + QStringLiteral("\n(نسخة %1)").arg(i)));
            if (const QString url = record.value(u"url").toString(); !url.isEmpty())
                record.insert(QStringLiteral("url"), QStringLiteral("%1#copy-%2").arg(url).arg(i));
        } else {
            record = QJsonObject{{QStringLiteral("title"), QStringLiteral("خبر رقم %1").arg(i)},
                                 {QStringLiteral("content"), generatedBody(i, 3200)},
                                 {QStringLiteral("source"), QStringLiteral("مولد")}};
        }
        out.write(written ? ",\n" : "");
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
        ++written;
    }
    out.write("\n]\n");
    return true;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void report(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace hamish::bench

#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace hamish::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(HAMISH_TEST_DATA "/") + relative;
}

QString sharedPath(const QString& relative)
{
    return QStringLiteral(HAMISH_SHARED_DIR "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 29), QTime(12, 30, 15, 250), Qt::UTC);
}

qint64 peakMemoryBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

TempLibrary::TempLibrary()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<std::unique_ptr<Library>> opened = Library::open(path());
    if (!opened)
        qFatal("cannot open a test library: %s", qPrintable(opened.error()));
    library = std::move(*opened);
    library->setClock(fixedNow);
}

QString TempLibrary::path() const
{
    return dir.filePath(QStringLiteral("test.hamish"));
}

// A small news corpus in CoNLL: sentences in the patterns news is written in, with people,
// places and organisations drawn from lists, so that a model can learn where names stand.
QList<TopicArticle> topicArticles(int count, int seed)
{
    const QStringList topics{QStringLiteral("sport"), QStringLiteral("economy"), QStringLiteral("politics")};
    const QList<QStringList> words{
        QStringLiteral("المباراة الفريق الهدف اللاعب الملعب الدوري البطولة المدرب الجمهور الفوز التعادل الكرة")
            .split(u' '),
        QStringLiteral("السوق الأسهم البنك الاستثمار التضخم الأسعار النفط الميزانية الشركات الدينار النمو الصادرات")
            .split(u' '),
        QStringLiteral("الحكومة البرلمان الانتخابات الوزير الحزب المعارضة الدستور القانون الرئاسة السفير القمة الاتفاق")
            .split(u' ')};
    const QStringList common =
        QStringLiteral("قال في إن على من أمس اليوم بعد قبل هذا الذي كان مع عن حيث أيضا وقد").split(u' ');
    QList<TopicArticle> out;
    quint32 state = quint32(seed) * 2654435761u + 12345u;
    const auto next = [&state](int n) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(n));
    };
    for (int i = 0; i < count; ++i) {
        const int topic = (i + seed) % int(topics.size());
        QStringList text;
        for (int w = 0; w < 60; ++w)
            text.append(next(10) < 4 ? words.at(topic).at(next(int(words.at(topic).size())))
                                     : common.at(next(int(common.size()))));
        text.append(QStringLiteral("(%1).").arg(i)); // no two alike
        out.append({topics.at(topic), text.join(u' ')});
    }
    return out;
}

QString newsConll(int sentences, int seed)
{
    const QStringList people{QStringLiteral("محمد العلي"), QStringLiteral("سارة الحسن"), QStringLiteral("خالد يوسف"),
                             QStringLiteral("ليلى منصور"), QStringLiteral("عمر الخطيب"), QStringLiteral("هدى سالم"),
                             QStringLiteral("يوسف حداد"),  QStringLiteral("رنا عيسى")};
    const QStringList places{QStringLiteral("القاهرة"), QStringLiteral("الرياض"), QStringLiteral("عمان"),
                             QStringLiteral("بيروت"),   QStringLiteral("تونس"),   QStringLiteral("الدوحة")};
    const QStringList organisations{QStringLiteral("الأمم المتحدة"), QStringLiteral("جامعة الدول العربية"),
                                    QStringLiteral("البنك الدولي"), QStringLiteral("منظمة الصحة العالمية")};
    const QStringList patterns{
        QStringLiteral("قال الرئيس {P} في {L} إن {O} ستدعم الخطة ."),
        QStringLiteral("زار الوزير {P} مدينة {L} أمس ."),
        QStringLiteral("أعلنت {O} في {L} عن برنامج جديد ."),
        QStringLiteral("التقى {P} وفدا من {O} في {L} ."),
        QStringLiteral("وصل {P} إلى {L} صباح اليوم ."),
    };
    QString out;
    for (int i = 0; i < sentences; ++i) {
        const int k = i * 7 + seed;
        QString sentence = patterns.at(k % patterns.size());
        QStringList tokens;
        for (const QString& token : sentence.split(u' ')) {
            const auto put = [&](const QString& name, const QString& type) {
                const QStringList words = name.split(u' ');
                for (qsizetype w = 0; w < words.size(); ++w)
                    tokens.append(words.at(w) + (w == 0 ? QStringLiteral(" B-") : QStringLiteral(" I-")) + type);
            };
            if (token == u"{P}")
                put(people.at((k / 3) % people.size()), QStringLiteral("PER"));
            else if (token == u"{L}")
                put(places.at((k / 5) % places.size()), QStringLiteral("LOC"));
            else if (token == u"{O}")
                put(organisations.at((k / 2) % organisations.size()), QStringLiteral("ORG"));
            else
                tokens.append(token + QStringLiteral(" O"));
        }
        out += tokens.join(u'\n') + QStringLiteral("\n\n");
    }
    return out;
}

} // namespace hamish::test

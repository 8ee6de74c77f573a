#include "dates/dateparser.h"
#include "testsupport.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hamish;
using namespace Qt::StringLiterals;

// find-dates against date expressions checked by hand in 18 real articles (issue 19): spans
// count as found when they overlap; the figures go to the README.
class TestFindDates : public QObject
{
    Q_OBJECT

private slots:
    void precisionAndRecallOnHandCheckedArticles();
};

namespace {

struct GoldArticle
{
    QString source;
    QString key;
    QStringList expressions; // in text order
};

QList<GoldArticle> goldArticles()
{
    QList<GoldArticle> articles;
    const QList<QByteArray> lines = test::readFile(test::dataPath(u"dates/find-gold.tsv"_s)).split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList cells = QString::fromUtf8(line).split(u'\t');
        if (articles.isEmpty() || articles.last().source != cells.value(0) || articles.last().key != cells.value(1))
            articles.append({cells.value(0), cells.value(1), {}});
        if (!cells.value(2).isEmpty())
            articles.last().expressions.append(cells.value(2));
    }
    return articles;
}

QString bodyOf(const GoldArticle& article, QDate& reference)
{
    if (article.source == u"saudinewsnet"_s) {
        static const QJsonArray records =
            QJsonDocument::fromJson(test::readFile(test::sharedPath(u"corpora/saudinewsnet-sample/2015-07-23.json"_s)))
                .array();
        reference = QDate(2015, 7, 23); // the day the sample was published
        return TextDecoder::canonicalize(records.at(article.key.toInt()).toObject().value(u"content"_s).toString());
    }
    reference = QDate(2017, 6, 1); // the files give none; only spans are scored
    return TextDecoder::canonicalize(
        QString::fromUtf8(test::readFile(test::sharedPath(u"corpora/algerian-news-articles/"_s + article.key))));
}

bool overlaps(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

void TestFindDates::precisionAndRecallOnHandCheckedArticles()
{
    int gold = 0, recalled = 0, found = 0, correct = 0, exact = 0;
    QStringList misses, wrong;
    for (const GoldArticle& article : goldArticles()) {
        QDate reference;
        const QString body = bodyOf(article, reference);
        QVERIFY2(!body.isEmpty(), qPrintable(article.key));
        QList<std::pair<qsizetype, qsizetype>> spans;
        qsizetype from = 0;
        for (const QString& expression : article.expressions) {
            const qsizetype at = body.indexOf(expression, from);
            QVERIFY2(at >= 0, qPrintable(article.key + u": "_s + expression));
            spans.append({at, at + expression.size()});
            from = at + expression.size();
        }
        const QList<FoundDate> dates = DateParser(reference).find(body);
        gold += int(spans.size());
        found += int(dates.size());
        for (const auto& [start, end] : spans) {
            const bool hit = std::any_of(dates.cbegin(), dates.cend(),
                                         [&](const FoundDate& d) { return overlaps(d.start, d.end, start, end); });
            recalled += hit;
            if (!hit)
                misses.append(body.mid(start, end - start));
        }
        for (const FoundDate& d : dates) {
            const bool hit = std::any_of(spans.cbegin(), spans.cend(),
                                         [&](const auto& s) { return overlaps(d.start, d.end, s.first, s.second); });
            correct += hit;
            exact += spans.contains(std::pair{d.start, d.end});
            if (!hit)
                wrong.append(body.mid(d.start, d.end - d.start));
        }
    }
    const double precision = double(correct) / found;
    const double recall = double(recalled) / gold;
    qInfo("find-dates on %d hand-checked expressions: precision %.3f (%d of %d found), recall %.3f (%d), "
          "exact spans %d",
          gold, precision, correct, found, recall, recalled, exact);
    qInfo("missed: %s", qPrintable(misses.join(u" | "_s)));
    qInfo("not dates: %s", qPrintable(wrong.join(u" | "_s)));
    QVERIFY(gold >= 50);
    // Floors a little under the figures in the README, so that a change that loses dates shows.
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.85, qPrintable(QString::number(recall)));
}

QTEST_GUILESS_MAIN(TestFindDates)
#include "tst_finddates.moc"

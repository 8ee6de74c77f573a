#include "testsupport.h"
#include "versions/reanchor.h"
#include "versions/textdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hamish;
using namespace Qt::StringLiterals;

// Re-anchoring on a real article (issue 19): a SaudiNewsNet opinion piece corrected the way news
// sites correct: a note added at the top, a paragraph removed, a few names respelt and a shadda
// added. Every mention of its names is an annotation.
class TestReanchorReal : public QObject
{
    Q_OBJECT

private slots:
    void aCorrectedArticleKeepsItsTagsWhereItsTextKeptThem()
    {
        const QJsonArray day =
            QJsonDocument::fromJson(test::readFile(test::sharedPath(u"corpora/saudinewsnet-sample/2015-07-23.json"_s)))
                .array();
        QString before;
        for (const QJsonValue& record : day)
            if (record[u"url"_s].toString().contains(u"/412781/"_s))
                before = record[u"content"_s].toString();
        QVERIFY(before.size() > 5000);

        QStringList paragraphs = before.split(u'\n');
        QVERIFY(paragraphs.size() > 6);
        const QString removed = paragraphs.at(4);
        paragraphs.insert(1, u"تصحيح: نُشر هذا المقال بتاريخ خاطئ، وقد صُحّح."_s);
        paragraphs.removeAt(5);
        QString after = paragraphs.join(u'\n');
        const qsizetype respelt = after.indexOf(u"الولايات المتحدة"_s);
        after.replace(respelt, 16, u"الولايات المتحده"_s);
        const qsizetype shadda = after.indexOf(u"السادات"_s);
        after.replace(shadda, 7, u"السّادات"_s);

        const qsizetype removedStart = before.indexOf(removed), removedEnd = removedStart + removed.size();
        QList<AnchoredSpan> spans;
        for (const QString& name : {u"السادات"_s, u"إسرائيل"_s, u"الأمير سعود"_s, u"الجامعة العربية"_s,
                                    u"الولايات المتحدة"_s, u"وزراء الخارجية"_s})
            for (qsizetype at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1))
                spans.append({spans.size() + 1, at, at + name.size()});
        QVERIFY(spans.size() > 30);

        const QList<PlacedSpan> placed = reanchor(TextDiff(before, after), before, after, spans);
        int orphans = 0, fuzzy = 0;
        for (const PlacedSpan& p : placed) {
            const QString quote = before.mid(p.oldStart, p.oldEnd - p.oldStart);
            const bool inRemoved = p.oldStart >= removedStart && p.oldEnd <= removedEnd;
            if (inRemoved) {
                QVERIFY2(p.placement == Placement::Orphan, qPrintable(quote));
                ++orphans;
                continue;
            }
            QVERIFY2(p.placement != Placement::Orphan, qPrintable(quote));
            const QString now = after.mid(p.newStart, p.newEnd - p.newStart);
            if (p.placement == Placement::Fuzzy) {
                ++fuzzy;
                QVERIFY2(now == u"الولايات المتحده"_s || now == u"السّادات"_s, qPrintable(now));
                QVERIFY(p.newStart == after.indexOf(u"الولايات المتحده"_s)
                        || p.newStart == after.indexOf(u"السّادات"_s));
            } else {
                QCOMPARE(now, quote);
            }
        }
        QVERIFY(orphans >= 2);
        QCOMPARE(fuzzy, 2);
    }
};

QTEST_GUILESS_MAIN(TestReanchorReal)
#include "tst_reanchorreal.moc"

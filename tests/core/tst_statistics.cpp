#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "stats/annotationstatistics.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

class TestStatistics : public QObject
{
    Q_OBJECT

private:
    static qint64 addArticle(Library& library, const QString& body)
    {
        Article a;
        a.title = body.left(10);
        a.body = body;
        a.importedAt = test::fixedNow();
        return library.articles().insert(a).value();
    }

private slots:
    void compute_countsTypesEntitiesArticlesAndDays()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const QString body = QStringLiteral("زار محمد الرياض ثم زار محمد جدة");
        const qint64 first = addArticle(library, body);
        const qint64 second = addArticle(library, QStringLiteral("قال محمد إن الرياض مدينة"));
        AnnotationService annotations(library);
        EntityRegistry registry(library);
        const QList<EntityType> types = annotations.entityTypes().value();
        const qint64 person = types.at(0).id, place = types.at(2).id;
        const qint64 muhammad = registry.resolve(QStringLiteral("محمد"), person)->id;
        const qint64 riyadh = registry.resolve(QStringLiteral("الرياض"), place)->id;

        // Two days apart: two on the first day, two on the third.
        QDateTime now = test::fixedNow();
        library.setClock([&now] { return now; });
        const auto tag = [&](qint64 article, const QString& text, qsizetype from, qint64 type, qint64 entity) {
            const QString articleBody = library.articles().article(article)->body;
            const qsizetype start = articleBody.indexOf(text, from);
            QVERIFY(annotations.create(
                {article, AnnotationKind::Entity, start, start + text.size(), type, {}, {}, entity}));
        };
        tag(first, QStringLiteral("محمد"), 0, person, muhammad);
        tag(first, QStringLiteral("الرياض"), 0, place, riyadh);
        now = now.addDays(2);
        tag(first, QStringLiteral("محمد"), 20, person, muhammad);
        QVERIFY(annotations.create({first, AnnotationKind::Highlight, 0, 3, 0, QStringLiteral("yellow")}));
        tag(second, QStringLiteral("محمد"), 0, person, muhammad);

        const Result<AnnotationStatistics> all = StatisticsQuery(library.database()).compute(0, false);
        QVERIFY2(all, test::why(all).constData());
        QCOMPARE(all->total, 5);
        QCOMPARE(all->entityTypes.size(), types.size());
        QCOMPARE(all->entityTypes.at(0).label, QStringLiteral("Person"));
        QCOMPARE(all->entityTypes.at(0).count, 3);
        QCOMPARE(all->entityTypes.at(2).count, 1);
        QCOMPARE(all->entityTypes.at(1).count, 0);
        QCOMPARE(all->topEntities.size(), 2);
        QCOMPARE(all->topEntities.at(0).label, QStringLiteral("محمد"));
        QCOMPARE(all->topEntities.at(0).count, 3);
        QCOMPARE(all->perArticle.size(), 2);
        QCOMPARE(all->perArticle.at(0).id, first);
        QCOMPARE(all->perArticle.at(0).count, 4);
        QCOMPARE(all->timelineStep, TimelineStep::Day);
        QCOMPARE(all->timeline.size(), 3); // the empty day between is kept
        QCOMPARE(all->timeline.at(0).count, 2);
        QCOMPARE(all->timeline.at(1).count, 0);
        QCOMPARE(all->timeline.at(2).count, 3);

        const Result<AnnotationStatistics> one = StatisticsQuery(library.database()).compute(second, true);
        QVERIFY(one);
        QCOMPARE(one->total, 1);
        QCOMPARE(one->entityTypes.at(0).label, QStringLiteral("شخص"));
        QCOMPARE(one->entityTypes.at(0).count, 1);
        QCOMPARE(one->topEntities.size(), 1);
        // The article among the library's most annotated ones.
        QCOMPARE(one->perArticle.size(), 2);
        QCOMPARE(one->perArticle.at(1).id, second);
        QCOMPARE(one->timeline.size(), 1);
    }

    void compute_onAnEmptyLibrary_givesZeros()
    {
        test::TempLibrary temp;
        const Result<AnnotationStatistics> stats = StatisticsQuery(temp.library->database()).compute(0, false);
        QVERIFY(stats);
        QCOMPARE(stats->total, 0);
        QVERIFY(stats->topEntities.isEmpty() && stats->perArticle.isEmpty() && stats->timeline.isEmpty());
        QVERIFY(!stats->entityTypes.isEmpty());
    }

    void timeline_groupsLongSpansIntoWeeksAndMonths()
    {
        QCOMPARE(timelineStepFor(QDate(2026, 1, 1), QDate(2026, 2, 1)), TimelineStep::Day);
        QCOMPARE(timelineStepFor(QDate(2026, 1, 1), QDate(2026, 6, 1)), TimelineStep::Week);
        QCOMPARE(timelineStepFor(QDate(2024, 1, 1), QDate(2026, 6, 1)), TimelineStep::Month);
        const QList<TimelineBucket> weeks = bucketTimeline(
            {{QDate(2026, 11, 23), 1}, {QDate(2026, 11, 29), 2}, {QDate(2026, 12, 8), 4}}, TimelineStep::Week);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0).start, QDate(2026, 11, 23)); // a Monday
        QCOMPARE(weeks.at(0).count, 3);
        QCOMPARE(weeks.at(1).count, 0);
        QCOMPARE(weeks.at(2).count, 4);
        const QList<TimelineBucket> months =
            bucketTimeline({{QDate(2026, 1, 31), 1}, {QDate(2026, 3, 1), 1}}, TimelineStep::Month);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(1).start, QDate(2026, 2, 1));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"

#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

namespace {

struct Fixture
{
    test::TempLibrary temp;
    AnnotationService annotations{*temp.library};
    EntityRegistry registry{*temp.library};
    MentionSearch mentions{*temp.library};
    QList<qint64> articles;

    Fixture()
    {
        ImportService importer(*temp.library);
        articles = importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {}).added;
    }

    qint64 type(const QString& code)
    {
        const QList<EntityType> types = annotations.entityTypes().value();
        for (const EntityType& t : types)
            if (t.code == code)
                return t.id;
        return 0;
    }
};

} // namespace

class TestEntityRegistry : public QObject
{
    Q_OBJECT

private slots:
    void resolve_findsBySpellingAndTypeOrCreates()
    {
        Fixture f;
        const Entity cairo = f.registry.resolve(QStringLiteral("القاهرة"), f.type(QStringLiteral("LOC"))).value();
        QCOMPARE(f.registry.resolve(QStringLiteral("القاهره"), f.type(QStringLiteral("LOC")))->id, cairo.id);
        QVERIFY(f.registry.resolve(QStringLiteral("القاهرة"), f.type(QStringLiteral("ORG")))->id != cairo.id);
        QVERIFY(!f.registry.resolve(QStringLiteral(" ، "), f.type(QStringLiteral("LOC"))));
        QCOMPARE(f.registry.entities()->size(), 2);
    }

    void renameRetypeVariantsAndMerge()
    {
        Fixture f;
        const qint64 loc = f.type(QStringLiteral("LOC"));
        const Entity a = f.registry.resolve(QStringLiteral("السعودية"), loc).value();
        const Entity b = f.registry.resolve(QStringLiteral("المملكة العربية السعودية"), loc).value();
        const qint64 report = f.articles.at(1);
        const QString body = f.temp.library->articles().article(report)->body;
        const qsizetype at = body.indexOf(QStringLiteral("السعودية"));
        QVERIFY(f.annotations.create({report, AnnotationKind::Entity, at, at + 8, loc, {}, {}, b.id}));

        QVERIFY(f.registry.rename(a.id, QStringLiteral("السعودية (الدولة)")));
        QCOMPARE(f.registry.entity(a.id)->variants, QStringList{QStringLiteral("السعودية")});
        QVERIFY(f.registry.setVariants(a.id, {QStringLiteral("السعودية"), QStringLiteral("KSA")}));
        QVERIFY(f.registry.merge(a.id, {b.id}));
        const Entity merged = f.registry.entity(a.id).value();
        QCOMPARE(merged.mentionCount, 1);
        QVERIFY(merged.variants.contains(QStringLiteral("المملكة العربية السعودية")));
        QVERIFY(merged.variants.contains(QStringLiteral("KSA")));
        QVERIFY(!f.registry.entity(b.id));

        QVERIFY(f.registry.retype(a.id, f.type(QStringLiteral("ORG"))));
        const QList<Annotation> mentions = f.registry.mentions(a.id).value();
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().entityTypeId, f.type(QStringLiteral("ORG")));
    }

    void findAll_inTheLibrary_marksWhatIsTagged()
    {
        Fixture f;
        const qint64 loc = f.type(QStringLiteral("LOC"));
        const QList<MentionHit> hits = f.mentions.findAll({QStringLiteral("السعودية")}, loc, 0).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, QStringLiteral("السعودية"));
        QVERIFY(hits.first().before.endsWith(QStringLiteral("مصر و")));
        QVERIFY(!hits.first().alreadyTagged);
        QVERIFY(f.annotations.create({hits.first().articleId,
                                      AnnotationKind::Entity,
                                      hits.first().span.start,
                                      hits.first().span.end,
                                      loc,
                                      {},
                                      {},
                                      0}));
        QVERIFY(f.mentions.findAll({QStringLiteral("السعودية")}, loc, 0)->first().alreadyTagged);
        QCOMPARE(f.mentions.findAll({QStringLiteral("الخرطوم")}, loc, 0)->size(), 2);
        QCOMPARE(f.mentions.findAll({QStringLiteral("الخرطوم")}, loc, f.articles.at(1))->size(), 0);
    }

    void suggestions_showUntaggedMentionsAndRememberRejections()
    {
        Fixture f;
        const qint64 loc = f.type(QStringLiteral("LOC"));
        const qint64 report = f.articles.at(0);
        const Entity khartoum = f.registry.resolve(QStringLiteral("الخرطوم"), loc).value();
        QList<Suggestion> suggestions = f.mentions.suggestions(report).value();
        QCOMPARE(suggestions.size(), 2);
        QCOMPARE(suggestions.first().entityId, khartoum.id);
        QCOMPARE(suggestions.first().text, QStringLiteral("الخرطوم"));

        // Tagging one removes it from the suggestions; rejecting the other keeps it away.
        QVERIFY(f.annotations.create({report,
                                      AnnotationKind::Entity,
                                      suggestions.first().span.start,
                                      suggestions.first().span.end,
                                      loc,
                                      {},
                                      {},
                                      khartoum.id}));
        suggestions = f.mentions.suggestions(report).value();
        QCOMPARE(suggestions.size(), 1);
        QVERIFY(f.registry.rejectSuggestion(report, khartoum.id, suggestions.first().span));
        QCOMPARE(f.mentions.suggestions(report)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityRegistry)
#include "tst_entityregistry.moc"

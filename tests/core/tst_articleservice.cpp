#include "annotations/annotationservice.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "search/searchservice.h"
#include "stats/annotationstatistics.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace hamish;

namespace {

// Two articles of the test data, each with an entity tag on الخرطوم or القاهرة.
struct Fixture
{
    test::TempLibrary temp;
    AnnotationService annotations{*temp.library};
    ArticleService articles{*temp.library};
    QList<qint64> ids;

    Fixture()
    {
        ids = ImportService(*temp.library).importFile(test::dataPath(QStringLiteral("import/multi-article.txt"))).added;
        for (const qint64 id : ids) {
            const QString body = temp.library->articles().article(id)->body;
            for (const QString& name : {QStringLiteral("الخرطوم"), QStringLiteral("القاهرة")}) {
                const qsizetype at = body.indexOf(name);
                if (at >= 0)
                    annotations.create({id, AnnotationKind::Entity, at, at + name.size(), 3, {}, {}}).value();
            }
        }
    }

    QList<qint64> searchIds(const QString& query, const ArticleScope& scope = {})
    {
        QList<qint64> found;
        for (const SearchHit& hit :
             SearchService(*temp.library).search(query, 100, SearchService::Snippets::Skip, scope).value())
            found.append(hit.articleId);
        std::sort(found.begin(), found.end());
        return found;
    }
};

} // namespace

class TestArticleService : public QObject
{
    Q_OBJECT

private slots:
    void fixture_hasTwoAnnotatedArticles()
    {
        Fixture f;
        QCOMPARE(f.ids.size(), 2);
        QCOMPARE(f.annotations.annotations(0)->size(), 2);
    }

    // A trashed article leaves the list, search, statistics, tag-all and exports, and comes back
    // with the same id and the same annotations.
    void trash_hidesEverywhere_andRestoreBringsItBackExactly()
    {
        Fixture f;
        const qint64 gone = f.ids.first(), kept = f.ids.last();
        const QList<Annotation> before = f.annotations.annotations(gone).value();
        QVERIFY(!before.isEmpty());
        QSignalSpy trashed(&f.articles, &ArticleService::articlesTrashed);
        QVERIFY(f.articles.moveToTrash({gone}));
        QCOMPARE(trashed.count(), 1);

        Library& library = *f.temp.library;
        QCOMPARE(library.articles().count().value(), 1);
        QCOMPARE(library.articles().summaries().value().size(), 1);
        QCOMPARE(library.articles().summaries().value().first().id, kept);
        QCOMPARE(f.articles.trash().value().size(), 1);
        QVERIFY(f.articles.trash().value().first().isTrashed());
        QVERIFY(!f.searchIds(QStringLiteral("الخرطوم OR القاهرة")).contains(gone));
        const auto mentions =
            MentionSearch(library).findAll({QStringLiteral("الخرطوم"), QStringLiteral("القاهرة")}, 3, 0);
        QVERIFY(mentions);
        for (const MentionHit& hit : *mentions)
            QCOMPARE(hit.articleId, kept);
        const auto stats = StatisticsQuery(library.database()).compute(0, false);
        QCOMPARE(stats->total, qint64(f.annotations.annotations(kept)->size()));
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("x.csv"));
        QVERIFY(ExportService(library).exportTo(ExportFormat::Csv, {}, csv));
        QCOMPARE(QString::fromUtf8(test::readFile(csv)).count(u'\n'), 1 + f.annotations.annotations(kept)->size());
        QCOMPARE(f.annotations.annotations(0)->size(), f.annotations.annotations(kept)->size());
        for (const Entity& e : EntityRegistry(library).entities().value())
            QVERIFY(e.mentionCount <= 1);

        QVERIFY(f.articles.restore({gone}));
        QCOMPARE(library.articles().count().value(), 2);
        QCOMPARE(f.annotations.annotations(gone).value().size(), before.size());
        QCOMPARE(f.annotations.annotations(gone).value().first().id, before.first().id);
        QVERIFY(f.searchIds(QStringLiteral("الخرطوم OR القاهرة")).contains(gone));
        QVERIFY(f.articles.trash().value().isEmpty());
    }

    void trash_unknownIdAmongValidOnes_changesNothing()
    {
        Fixture f;
        const Status ok = f.articles.moveToTrash({f.ids.first(), 999});
        QVERIFY(!ok);
        QVERIFY2(ok.error().contains(QStringLiteral("999")), qPrintable(ok.error()));
        QCOMPARE(f.temp.library->articles().count().value(), 2);
        QVERIFY(!f.articles.restore({f.ids.first()})); // not in the Trash
        QVERIFY(f.articles.moveToTrash({f.ids.first()}));
        QVERIFY(!f.articles.moveToTrash({f.ids.first()})); // already there
        QVERIFY(!f.articles.restore({f.ids.first(), 999}));
        QCOMPARE(f.articles.trash().value().size(), 1);
    }

    void emptyTrash_removesArticlesAndTheirAnnotationsForGood()
    {
        Fixture f;
        QVERIFY(f.articles.moveToTrash({f.ids.first()}));
        const auto contents = f.articles.trashContents();
        QCOMPARE(contents->first, 1);
        QCOMPARE(contents->second, f.annotations.annotations(f.ids.first())->size());
        QVERIFY(f.articles.emptyTrash());
        QCOMPARE(f.articles.trashContents()->first, 0);
        QVERIFY(!f.temp.library->articles().article(f.ids.first()));
        QCOMPARE(f.temp.library->database().queryInt(QStringLiteral("SELECT count(*) FROM annotation")).value(),
                 qint64(f.annotations.annotations(f.ids.last())->size()));
        QCOMPARE(f.temp.library->database()
                     .queryInt(QStringLiteral("SELECT count(*) FROM article_fts WHERE rowid = %1").arg(f.ids.first()))
                     .value(),
                 0);
    }

    void editHeading_changesTheFieldsAndTheIndexButNeverTheBody()
    {
        Fixture f;
        const qint64 id = f.ids.first();
        const QString body = f.temp.library->articles().article(id)->body;
        const ArticleHeading heading{QStringLiteral("عنوان مصحَّح فريد"), QStringLiteral("كاتبة"),
                                     QStringLiteral("وكالة"), QStringLiteral("2015-07-23"),
                                     QStringLiteral("https://example.org/a")};
        QVERIFY(f.articles.editHeading(id, heading));
        QCOMPARE(f.articles.heading(id).value(), heading);
        QCOMPARE(f.temp.library->articles().article(id)->body, body);
        QCOMPARE(f.searchIds(QStringLiteral("مصحح")), QList<qint64>{id});
        QVERIFY(!f.articles.editHeading(id, {QStringLiteral(" "), {}, {}, {}, {}}));
        QVERIFY(!f.articles.editHeading(999, heading));
    }

    void readingState_andStars()
    {
        Fixture f;
        const qint64 id = f.ids.first();
        QVERIFY(!f.temp.library->articles().summary(id).value()->read); // a new import is unread
        QVERIFY(f.articles.markRead({id}, true));
        QVERIFY(f.temp.library->articles().summary(id).value()->read);
        QVERIFY(f.articles.markRead({id}, false));
        QVERIFY(!f.temp.library->articles().summary(id).value()->read);
        QVERIFY(f.articles.setStarred({id}, true));
        QVERIFY(f.temp.library->articles().summary(id).value()->starred);
        QVERIFY(!f.articles.setStarred({id, 999}, false));
        QVERIFY(f.temp.library->articles().summary(id).value()->starred);
    }

    void collections_scopeListsSearchStatisticsTagAllAndExports()
    {
        Fixture f;
        CollectionService collections(*f.temp.library);
        const auto gulf = collections.create(QStringLiteral("الخليج"));
        QVERIFY(gulf);
        QVERIFY(!collections.create(QStringLiteral(" الخليج ")));
        const qint64 member = f.ids.first();
        QVERIFY(collections.add(gulf->id, {member}));
        QVERIFY(!collections.add(gulf->id, {999}));
        const ArticleScope scope{gulf->id};
        Library& library = *f.temp.library;
        QCOMPARE(library.articles().idsIn(scope).value(), QList<qint64>{member});
        QCOMPARE(f.searchIds(QStringLiteral("الخرطوم OR القاهرة"), scope), QList<qint64>{member});
        for (const MentionHit& hit : MentionSearch(library)
                                         .findAll({QStringLiteral("الخرطوم"), QStringLiteral("القاهرة")}, 3, 0, scope)
                                         .value())
            QCOMPARE(hit.articleId, member);
        QCOMPARE(StatisticsQuery(library.database()).compute(0, false, 10, scope)->total,
                 qint64(f.annotations.annotations(member)->size()));
        QTemporaryDir out;
        ExportOptions options;
        options.scope = scope;
        const QString jsonl = out.filePath(QStringLiteral("x.jsonl"));
        QVERIFY(ExportService(library).exportTo(ExportFormat::Jsonl, {}, jsonl, options));
        QCOMPARE(test::readFile(jsonl).count('\n'), 1);

        // Renaming keeps the members; deleting the collection keeps its articles.
        QVERIFY(collections.rename(gulf->id, QStringLiteral("Gulf")));
        QCOMPARE(collections.collection(QStringLiteral("gulf"))->articles, QList<qint64>{member});
        const Collection saved = collections.collection(gulf->id).value();
        QVERIFY(collections.remove(gulf->id));
        QCOMPARE(library.articles().count().value(), 2);
        QVERIFY(collections.collections()->isEmpty());
        QVERIFY(collections.restore(saved));
        QCOMPARE(collections.collection(gulf->id)->articles, QList<qint64>{member});
        // A trashed member leaves the collection's list but comes back with it.
        QVERIFY(f.articles.moveToTrash({member}));
        QVERIFY(collections.collection(gulf->id)->articles.isEmpty());
        QVERIFY(f.articles.restore({member}));
        QCOMPARE(collections.collection(gulf->id)->articles, QList<qint64>{member});
    }
};

QTEST_GUILESS_MAIN(TestArticleService)
#include "tst_articleservice.moc"

#include "annotations/annotationservice.h"
#include "annotations/timestamps.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace hamish;

namespace {

// 👨🏻‍🚒 is 7 UTF-16 units; مُحَمَّدٌ carries harakat.
const QString Body = QStringLiteral("👨🏻‍🚒 قال مُحَمَّدٌ إن الدوحة جميلة.");

struct Fixture
{
    test::TempLibrary temp;
    AnnotationService service{*temp.library};
    qint64 articleId = 0;

    Fixture()
    {
        Article a;
        a.title = QStringLiteral("مقال");
        a.body = Body;
        a.importedAt = test::fixedNow();
        articleId = temp.library->articles().insert(a).value();
        service.setAuthor(QStringLiteral("سارة"));
    }

    qint64 typeId(const QString& code)
    {
        const QList<EntityType> types = service.entityTypes().value();
        for (const EntityType& t : types)
            if (t.code == code)
                return t.id;
        return 0;
    }

    AnnotationDraft entity(const QString& word, const QString& code)
    {
        const qsizetype start = Body.indexOf(word);
        return {articleId, AnnotationKind::Entity, start, start + word.size(), typeId(code), {}, {}};
    }
};

} // namespace

class TestAnnotationService : public QObject
{
    Q_OBJECT

private slots:
    void isoUtc_writesWhatQtWritesAndReadsItBack_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("milliseconds") << QDateTime(QDate(2026, 11, 29), QTime(20, 6, 0, 123), Qt::UTC);
        QTest::newRow("whole second") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QTest::newRow("year 999") << QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("local time") << QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0, 5), Qt::OffsetFromUTC, 3 * 3600);
    }

    void isoUtc_writesWhatQtWritesAndReadsItBack()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(isoUtc(time), time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(isoUtc(time, Milliseconds::Omit), time.toUTC().toString(Qt::ISODate));
        QCOMPARE(fromIsoUtc(isoUtc(time)), time);
        QCOMPARE(fromIsoUtc(isoUtc(time)).timeSpec(), Qt::UTC);
    }

    void fromIsoUtc_otherForms_goThroughQt()
    {
        QCOMPARE(fromIsoUtc(QStringLiteral("2026-11-29T23:06:00+03:00")),
                 QDateTime(QDate(2026, 11, 29), QTime(20, 6), Qt::UTC));
        QVERIFY(!fromIsoUtc(QStringLiteral("2026-13-29T20:06:00.123Z")).isValid());
        QVERIFY(!fromIsoUtc(QStringLiteral("not a time")).isValid());
        QVERIFY(isoUtc(QDateTime()).isEmpty());
    }

    void defaultEntityTypes_areConllCompatibleWithHotkeys()
    {
        Fixture f;
        const QList<EntityType> types = f.service.entityTypes().value();
        QStringList codes;
        for (const EntityType& t : types)
            codes.append(t.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                                     QStringLiteral("MISC"), QStringLiteral("DATE"), QStringLiteral("EVENT")}));
        QCOMPARE(types.first().hotkey(), 1);
        QCOMPARE(types.first().nameAr, QStringLiteral("شخص"));
        QCOMPARE(types.first().nameEn, QStringLiteral("Person"));
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(types.first().colour).hasMatch());
    }

    void create_storesEveryField()
    {
        Fixture f;
        AnnotationDraft draft = f.entity(QStringLiteral("مُحَمَّدٌ"), QStringLiteral("PER"));
        draft.note = QStringLiteral("اسم علم <b>");
        QSignalSpy changed(&f.service, &AnnotationService::annotationsChanged);
        const Result<Annotation> created = f.service.create(draft);
        QVERIFY2(created, test::why(created).constData());
        QCOMPARE(changed.size(), 1);
        const Annotation stored = f.temp.library->annotations().annotation(created->id).value();
        QCOMPARE(stored.articleId, f.articleId);
        QCOMPARE(stored.kind, AnnotationKind::Entity);
        QCOMPARE(stored.start, Body.indexOf(QStringLiteral("مُحَمَّدٌ")));
        QCOMPARE(stored.end, stored.start + 9);
        QCOMPARE(stored.quote, QStringLiteral("مُحَمَّدٌ"));
        QCOMPARE(stored.entityTypeId, f.typeId(QStringLiteral("PER")));
        QVERIFY(stored.colour.isEmpty());
        QCOMPARE(stored.note, draft.note);
        QCOMPARE(stored.author, QStringLiteral("سارة"));
        QCOMPARE(stored.created, test::fixedNow());
        QCOMPARE(stored.modified, test::fixedNow());
        QCOMPARE(f.temp.library->articles().summaries()->first().annotationCount, 1);
    }

    void create_refusesBadSpans_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("message");
        const qsizetype haraka = Body.indexOf(QStringLiteral("مُ")) + 1;
        QTest::newRow("past the end") << qsizetype(3) << Body.size() + 1 << "outside";
        QTest::newRow("negative") << qsizetype(-1) << qsizetype(2) << "outside";
        QTest::newRow("empty") << qsizetype(9) << qsizetype(9) << "outside";
        QTest::newRow("inside a surrogate pair") << qsizetype(1) << qsizetype(9) << "splits";
        QTest::newRow("inside the emoji sequence") << qsizetype(0) << qsizetype(4) << "splits";
        QTest::newRow("between letter and haraka") << haraka << haraka + 3 << "splits";
    }

    void create_refusesBadSpans()
    {
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, message);
        Fixture f;
        const Result<Annotation> created =
            f.service.create({f.articleId, AnnotationKind::Highlight, start, end, 0, QStringLiteral("yellow"), {}});
        QVERIFY(!created);
        QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(f.service.annotations(f.articleId)->size(), 0);
    }

    void create_refusesUnknownColourTypeAndEmptyNote()
    {
        Fixture f;
        QVERIFY(!f.service.create({f.articleId, AnnotationKind::Highlight, 8, 11, 0, QStringLiteral("mauve"), {}}));
        QVERIFY(!f.service.create({f.articleId, AnnotationKind::Entity, 8, 11, 999, {}, {}}));
        QVERIFY(!f.service.create({f.articleId, AnnotationKind::Note, 8, 11, 0, {}, QStringLiteral("  ")}));
        QVERIFY(!f.service.create({f.articleId + 1, AnnotationKind::Note, 0, 1, 0, {}, QStringLiteral("x")}));
        QVERIFY(f.service.create({f.articleId, AnnotationKind::Note, 8, 11, 0, {}, QStringLiteral("ملاحظة")}));
    }

    void overlappingAndNested_areAllowed_identicalAreNot()
    {
        Fixture f;
        const qsizetype start = Body.indexOf(QStringLiteral("الدوحة"));
        QVERIFY(f.service.create(f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC"))));
        QVERIFY(f.service.create(
            {f.articleId, AnnotationKind::Highlight, start - 3, start + 6, 0, QStringLiteral("green"), {}}));
        QVERIFY(f.service.create(
            {f.articleId, AnnotationKind::Entity, start + 2, start + 6, f.typeId(QStringLiteral("MISC")), {}, {}}));
        QVERIFY(!f.service.create(f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC"))));
        const auto many = f.service.createMany({f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC")),
                                                f.entity(QStringLiteral("الدوحة"), QStringLiteral("ORG")),
                                                f.entity(QStringLiteral("الدوحة"), QStringLiteral("ORG"))});
        QVERIFY(many);
        QCOMPARE(many->size(), 1);
        QCOMPARE(f.service.annotations(f.articleId)->size(), 4);
    }

    void removeThenRestore_bringsBackTheSameAnnotation()
    {
        Fixture f;
        const Annotation created = f.service.create(f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC"))).value();
        QVERIFY(f.service.remove({created.id}));
        QCOMPARE(f.service.annotations(f.articleId)->size(), 0);
        QVERIFY(f.service.restore({created}));
        const Annotation back = f.temp.library->annotations().annotation(created.id).value();
        QCOMPARE(back.quote, created.quote);
        QCOMPARE(back.created, created.created);
        QVERIFY(!f.service.remove({created.id + 100}));
    }

    void update_changesMeaningButNeverTheSpan()
    {
        Fixture f;
        Annotation a = f.service.create(f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC"))).value();
        f.temp.library->setClock([] { return test::fixedNow().addSecs(60); });
        a.note = QStringLiteral("عاصمة قطر");
        a.kind = AnnotationKind::Highlight;
        a.colour = QStringLiteral("blue");
        a.start = 0; // ignored
        const Annotation updated = f.service.update(a).value();
        QCOMPARE(updated.kind, AnnotationKind::Highlight);
        QCOMPARE(updated.colour, QStringLiteral("blue"));
        QCOMPARE(updated.entityTypeId, 0);
        QCOMPARE(updated.quote, QStringLiteral("الدوحة"));
        QCOMPARE(updated.start, Body.indexOf(QStringLiteral("الدوحة")));
        QCOMPARE(updated.created, test::fixedNow());
        QCOMPARE(updated.modified, test::fixedNow().addSecs(60));
    }

    void entityTypes_addRenameRecolourReorderRemove()
    {
        Fixture f;
        QSignalSpy changed(&f.service, &AnnotationService::entityTypesChanged);
        const EntityType product = f.service
                                       .addEntityType(QStringLiteral("PRODUCT"), QStringLiteral("منتج"),
                                                      QStringLiteral("Product"), QStringLiteral("#123456"))
                                       .value();
        QCOMPARE(product.position, 6);
        QCOMPARE(product.hotkey(), 7);
        QVERIFY(!f.service.addEntityType(QStringLiteral("PER"), {}, {}, {}));
        QVERIFY(!f.service.addEntityType(QStringLiteral("شخص"), {}, {}, {}));
        EntityType renamed = product;
        renamed.nameAr = QStringLiteral("سلعة");
        renamed.colour = QStringLiteral("#654321");
        QVERIFY(f.service.updateEntityType(renamed));
        QVERIFY(f.service.moveEntityType(product.id, 0));
        const QList<EntityType> types = f.service.entityTypes().value();
        QCOMPARE(types.first().code, QStringLiteral("PRODUCT"));
        QCOMPARE(types.first().nameAr, QStringLiteral("سلعة"));
        QCOMPARE(types.first().colour, QStringLiteral("#654321"));
        QCOMPARE(types.at(1).code, QStringLiteral("PER"));
        QCOMPARE(types.at(1).hotkey(), 2);
        // A type in use cannot be removed; an unused one can.
        QVERIFY(f.service.create(f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC"))));
        QVERIFY(!f.service.removeEntityType(f.typeId(QStringLiteral("LOC"))));
        QVERIFY(f.service.removeEntityType(product.id));
        QCOMPARE(f.service.entityTypes()->size(), 6);
        QVERIFY(changed.size() >= 4);
    }

    void articleNotes_addEditRemoveRestore()
    {
        Fixture f;
        const ArticleNote note = f.service.addArticleNote(f.articleId, QStringLiteral("مقال مهم")).value();
        QCOMPARE(note.author, QStringLiteral("سارة"));
        ArticleNote edited = note;
        edited.text = QStringLiteral("مقال مهم جداً");
        QVERIFY(f.service.updateArticleNote(edited));
        QCOMPARE(f.service.articleNotes(f.articleId)->first().text, edited.text);
        QVERIFY(f.service.removeArticleNote(edited));
        QCOMPARE(f.service.articleNotes(f.articleId)->size(), 0);
        QVERIFY(f.service.restoreArticleNote(note));
        QCOMPARE(f.service.articleNotes(f.articleId)->first().id, note.id);
        QVERIFY(!f.service.addArticleNote(f.articleId, QStringLiteral(" ")));
    }

    void readOnlyLibrary_refusesWithoutChange()
    {
        Fixture f;
        const QString path = f.temp.path();
        auto readOnly = Library::open(path, Database::Mode::ReadOnly);
        QVERIFY(readOnly);
        AnnotationService service(**readOnly);
        const Result<Annotation> created = service.create(f.entity(QStringLiteral("الدوحة"), QStringLiteral("LOC")));
        QVERIFY(!created);
        QCOMPARE(f.service.annotations(f.articleId)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationService)
#include "tst_annotationservice.moc"

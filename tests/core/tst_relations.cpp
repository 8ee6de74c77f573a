#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hamish;

namespace {

// The second article of multi-article.txt with three entity tags: القاهرة (LOC), خبراء (as a
// PER) and مصر (LOC).
struct Fixture
{
    test::TempLibrary temp;
    AnnotationService annotations{*temp.library};
    RelationService relations{*temp.library};
    SchemaService schemas{*temp.library};
    qint64 article = 0;
    qint64 cairo = 0, hala = 0, egypt = 0;

    Fixture()
    {
        article = ImportService(*temp.library)
                      .importFile(test::dataPath(QStringLiteral("import/multi-article.txt")))
                      .added.at(1);
        const QString body = temp.library->articles().article(article)->body;
        const auto tag = [&](const QString& text, const QString& code, qsizetype from = 0) {
            const qsizetype at = body.indexOf(text, from);
            return annotations.create({article, AnnotationKind::Entity, at, at + text.size(), typeId(code), {}, {}})
                ->id;
        };
        cairo = tag(QStringLiteral("القاهرة"), QStringLiteral("LOC"));
        hala = tag(QStringLiteral("خبراء"), QStringLiteral("PER"));
        egypt = tag(QStringLiteral("مصر"), QStringLiteral("LOC"), body.indexOf(QStringLiteral("بين")));
    }

    qint64 typeId(const QString& code) { return schemas.schema()->entityType(code)->id; }
    qint64 relationType(const QString& code) { return schemas.schema()->relationType(code)->id; }
};

} // namespace

class TestRelations : public QObject
{
    Q_OBJECT

private slots:
    void create_checksEndsTypesAndDuplicates()
    {
        Fixture f;
        QSignalSpy changed(&f.relations, &RelationService::relationsChanged);
        const auto located =
            f.relations.create({f.cairo, f.egypt, f.relationType(QStringLiteral("LOCATED_IN")), {}, {}, {}});
        QVERIFY2(located, test::why(located).constData());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(located->articleId, f.article);
        // The same again is refused; the type's allowed ends are checked.
        QVERIFY(!f.relations.create({f.cairo, f.egypt, f.relationType(QStringLiteral("LOCATED_IN")), {}, {}, {}}));
        const auto wrongEnds =
            f.relations.create({f.hala, f.egypt, f.relationType(QStringLiteral("MEMBER_OF")), {}, {}, {}});
        QVERIFY(!wrongEnds);
        QVERIFY2(wrongEnds.error().contains(QStringLiteral("PER")), qPrintable(wrongEnds.error()));
        QVERIFY(!f.relations.create({f.cairo, f.cairo, f.relationType(QStringLiteral("LOCATED_IN")), {}, {}, {}}));
        QVERIFY(!f.relations.create({f.cairo, 999, f.relationType(QStringLiteral("LOCATED_IN")), {}, {}, {}}));
        // A highlight is no end of a relation.
        const auto highlight =
            f.annotations.create({f.article, AnnotationKind::Highlight, 0, 4, 0, QStringLiteral("yellow"), {}});
        QVERIFY(!f.relations.create({highlight->id, f.egypt, f.relationType(QStringLiteral("SAID")), {}, {}, {}}));
        QCOMPARE(f.relations.relations(f.article)->size(), 1);
    }

    void symmetricRelation_isTheSameBothWays()
    {
        Fixture f;
        const qint64 met = f.relationType(QStringLiteral("MET"));
        const qint64 other =
            f.annotations.create({f.article, AnnotationKind::Entity, 0, 6, f.typeId(QStringLiteral("PER")), {}, {}})
                ->id;
        QVERIFY(f.relations.create({f.hala, other, met, {}, {}, {}}));
        QVERIFY(!f.relations.create({other, f.hala, met, {}, {}, {}}));     // already there, the other way round
        QCOMPARE(f.relations.relations(f.article)->first().fromId, f.hala); // kept as given
    }

    void deletingAnEnd_deletesItsRelations_andRestorePutsThemBack()
    {
        Fixture f;
        const auto located =
            f.relations.create({f.cairo, f.egypt, f.relationType(QStringLiteral("LOCATED_IN")), {}, {}, {}});
        const QList<Relation> touching = f.relations.touching({f.egypt}).value();
        QCOMPARE(touching.size(), 1);
        const Annotation egypt = f.temp.library->annotations().annotation(f.egypt).value();
        QVERIFY(f.annotations.remove({f.egypt}));
        QVERIFY(f.relations.relations(f.article)->isEmpty());
        QVERIFY(f.annotations.restore({egypt}));
        QVERIFY(f.relations.restore(touching));
        QCOMPARE(f.relations.relations(f.article)->size(), 1);
        QCOMPARE(f.relations.relations(f.article)->first().id, located->id);
    }

    void update_changesTypeAndNote_withinTheRules()
    {
        Fixture f;
        const auto said = f.relations.create({f.hala, f.cairo, f.relationType(QStringLiteral("SAID")), {}, {}, {}});
        Relation changed = *said;
        changed.note = QStringLiteral("ملاحظة");
        QVERIFY(f.relations.update(changed));
        changed.typeId = f.relationType(QStringLiteral("MEMBER_OF")); // PER → LOC is no membership
        QVERIFY(!f.relations.update(changed));
        QCOMPARE(f.relations.relation(said->id)->note, QStringLiteral("ملاحظة"));
        QVERIFY(f.relations.remove({said->id}));
        QVERIFY(!f.relations.remove({said->id}));
    }

    void attributes_followTheirDefinition()
    {
        Fixture f;
        const qint64 per = f.typeId(QStringLiteral("PER"));
        AttributeDefinition negated{0, per, QStringLiteral("negated"), AttributeDefinition::Kind::Boolean, {}, 0};
        AttributeDefinition role{0,
                                 per,
                                 QStringLiteral("role"),
                                 AttributeDefinition::Kind::Choice,
                                 {QStringLiteral("speaker"), QStringLiteral("subject")},
                                 0};
        QVERIFY(f.schemas.addAttribute(negated));
        QVERIFY(f.schemas.addAttribute(role));
        QVERIFY(!f.schemas.addAttribute(role)); // twice
        QVERIFY(f.annotations.setAttribute(f.hala, QStringLiteral("negated"), QStringLiteral("true")));
        QVERIFY(f.annotations.setAttribute(f.hala, QStringLiteral("role"), QStringLiteral("speaker")));
        QVERIFY(!f.annotations.setAttribute(f.hala, QStringLiteral("role"), QStringLiteral("victim")));
        QVERIFY(!f.annotations.setAttribute(f.hala, QStringLiteral("negated"), QStringLiteral("yes")));
        QVERIFY(
            !f.annotations.setAttribute(f.cairo, QStringLiteral("negated"), QStringLiteral("true"))); // LOC has none
        const Annotation hala = f.annotations.annotations(f.article)->at(1);
        QCOMPARE(hala.id, f.hala);
        QCOMPARE(hala.attributes.value(QStringLiteral("role")), QStringLiteral("speaker"));
        QCOMPARE(hala.attributes.value(QStringLiteral("negated")), QStringLiteral("true"));
        QVERIFY(f.annotations.unsetAttribute(f.hala, QStringLiteral("negated")));
        QVERIFY(!f.annotations.unsetAttribute(f.hala, QStringLiteral("negated")));
        QCOMPARE(f.temp.library->annotations().annotation(f.hala)->attributes.size(), 1);
        // Undo of a removal brings the values back with the annotation.
        const Annotation saved = f.temp.library->annotations().annotation(f.hala).value();
        QVERIFY(f.annotations.remove({f.hala}));
        QVERIFY(f.annotations.restore({saved}));
        QCOMPARE(f.temp.library->annotations().annotation(f.hala)->attributes.value(QStringLiteral("role")),
                 QStringLiteral("speaker"));
    }

    void labels_singleChoiceReplaces_multipleAdds()
    {
        Fixture f;
        const AnnotationSchema schema = f.schemas.schema().value();
        const LabelSet* topic = schema.labelSet(QStringLiteral("topic"));
        const LabelSet* genre = schema.labelSet(QStringLiteral("genre"));
        QVERIFY(topic && topic->multiple && genre && !genre->multiple);
        QVERIFY(f.relations.setLabel(f.article, topic->label(QStringLiteral("economy"))->id));
        QVERIFY(f.relations.setLabel(f.article, topic->label(QStringLiteral("culture"))->id));
        QVERIFY(f.relations.setLabel(f.article, genre->label(QStringLiteral("news"))->id));
        QVERIFY(f.relations.setLabel(f.article, genre->label(QStringLiteral("opinion"))->id));
        QCOMPARE(f.relations.labels(f.article)->size(), 3);
        QVERIFY(f.relations.unsetLabel(f.article, topic->label(QStringLiteral("economy"))->id));
        QCOMPARE(f.relations.labels(f.article)->size(), 2);
        QVERIFY(!f.relations.setLabel(999, genre->label(QStringLiteral("news"))->id));
        // A label in use cannot be removed from the schema.
        QVERIFY(!f.schemas.removeLabel(topic->label(QStringLiteral("culture"))->id));
        QVERIFY(f.schemas.removeLabel(topic->label(QStringLiteral("sport"))->id));
    }

    void schema_roundTripsThroughJson_andApplyAddsAndUpdatesOnly()
    {
        Fixture f;
        AttributeDefinition stance{0,
                                   f.typeId(QStringLiteral("PER")),
                                   QStringLiteral("stance"),
                                   AttributeDefinition::Kind::Choice,
                                   {QStringLiteral("for"), QStringLiteral("against")},
                                   0};
        QVERIFY(f.schemas.addAttribute(stance));
        const QJsonObject json = SchemaService::toJson(f.schemas.schema().value());
        const auto parsed = SchemaService::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(SchemaService::toJson(*parsed), json);

        // Into a fresh library: new types, attributes and sets arrive; nothing is deleted.
        test::TempLibrary other;
        SchemaService otherSchemas(*other.library);
        QJsonObject extended = json;
        QJsonArray relationTypes = extended.value(u"relation_types").toArray();
        relationTypes.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("FUNDS")},
                                         {QStringLiteral("source_types"), QJsonArray{QStringLiteral("ORG")}},
                                         {QStringLiteral("target_types"), QJsonArray{QStringLiteral("ORG")}}});
        extended.insert(QStringLiteral("relation_types"), relationTypes);
        QStringList changes;
        QVERIFY(otherSchemas.apply(*SchemaService::fromJson(extended), &changes));
        QVERIFY2(changes.contains(QStringLiteral("added relation type FUNDS")), qPrintable(changes.join(u'\n')));
        const AnnotationSchema applied = otherSchemas.schema().value();
        QVERIFY(applied.relationType(QStringLiteral("FUNDS")));
        QVERIFY(applied.attribute(applied.entityType(QStringLiteral("PER"))->id, QStringLiteral("stance")));
        // Applying a schema that leaves things out deletes none of them.
        QVERIFY(otherSchemas.apply(AnnotationSchema{}));
        QCOMPARE(otherSchemas.schema()->relationTypes.size(), applied.relationTypes.size());
        // A relation type naming an unknown entity type is refused, and nothing of the file applies.
        QJsonObject bad{{QStringLiteral("relation_types"),
                         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("X")},
                                                {QStringLiteral("source_types"), QJsonArray{QStringLiteral("NOPE")}}}}},
                        {QStringLiteral("label_sets"),
                         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("stance")}}}}};
        QVERIFY(!otherSchemas.apply(*SchemaService::fromJson(bad)));
        QVERIFY(!otherSchemas.schema()->labelSet(QStringLiteral("stance")));
    }
};

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"

#include "annotations/schemaservice.h"

#include "annotations/annotationstore.h"
#include "annotations/schemastore.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hamish {

namespace {

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

// The item whose code is exactly this one (a file names types by code; names may coincide with
// other types' codes, as the default PER is called "Person").
template<class T> const T* withCode(const QList<T>& items, const QString& code, Qt::CaseSensitivity cs)
{
    for (const T& item : items) {
        if (item.code.compare(code, cs) == 0)
            return &item;
    }
    return nullptr;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

SchemaService::SchemaService(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

bool SchemaService::isValidCode(const QString& code)
{
    // Letters of any script (Arabic codes are fine), digits, - and _, starting with a letter or _
    // (brat writes "_gt_" and "_question_" for characters a type name cannot hold).
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_-]{0,63}$"));
    return valid.match(code).hasMatch();
}

Result<AnnotationSchema> SchemaService::schema()
{
    return SchemaStore(m_library.database()).load();
}

Status SchemaService::write(const std::function<Status(SchemaStore&)>& change)
{
    Status ok = inTransaction(m_library.database(), [&] {
        SchemaStore store(m_library.database());
        return change(store);
    });
    if (ok)
        emit schemaChanged();
    return ok;
}

Status SchemaService::checkRelationType(const RelationType& type, const AnnotationSchema& schema)
{
    if (!isValidCode(type.code))
        return failure(
            tr("'%1' cannot be a relation type code: start with a letter or _, then letters, digits, - and _.")
                .arg(type.code));
    for (const QString& code : type.sourceTypes + type.targetTypes) {
        if (!schema.entityType(code))
            return failure(tr("The relation type %1 names the entity type '%2', which the library does not have.")
                               .arg(type.code, code));
    }
    return {};
}

Result<RelationType> SchemaService::addRelationType(RelationType type)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    if (Status ok = checkRelationType(type, *current); !ok)
        return ok.problem();
    if (current->relationType(type.code))
        return failure(tr("There is a relation type %1 already.").arg(type.code));
    if (type.nameAr.isEmpty())
        type.nameAr = type.code;
    if (type.nameEn.isEmpty())
        type.nameEn = type.code;
    if (type.colour.isEmpty())
        type.colour = QStringLiteral("#808080");
    type.position = int(current->relationTypes.size());
    Status ok = write([&](SchemaStore& store) -> Status {
        Result<qint64> id = store.insertRelationType(type);
        if (!id)
            return id.problem();
        type.id = *id;
        return {};
    });
    if (!ok)
        return ok.problem();
    return type;
}

Status SchemaService::updateRelationType(const RelationType& type)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    if (Status ok = checkRelationType(type, *current); !ok)
        return ok;
    return write([&](SchemaStore& store) { return store.updateRelationType(type); });
}

Status SchemaService::removeRelationType(qint64 id)
{
    return write([&](SchemaStore& store) -> Status {
        Result<qint64> uses = store.relationTypeUses(id);
        if (!uses)
            return uses.problem();
        if (*uses > 0)
            return failure(tr("The relation type cannot be removed while %n relation(s) use it.", nullptr, int(*uses)));
        return store.removeRelationType(id);
    });
}

Status SchemaService::moveRelationType(qint64 id, int position)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    QList<RelationType> types = current->relationTypes;
    const auto it = std::find_if(types.begin(), types.end(), [&](const RelationType& t) { return t.id == id; });
    if (it == types.end())
        return failure(tr("There is no relation type %1.").arg(id));
    const RelationType moved = *it;
    types.erase(it);
    types.insert(qBound(0, position, int(types.size())), moved);
    return write([&](SchemaStore& store) -> Status {
        for (int i = 0; i < types.size(); ++i) {
            types[i].position = i;
            if (Status ok = store.updateRelationType(types.at(i)); !ok)
                return ok;
        }
        return {};
    });
}

Result<AttributeDefinition> SchemaService::addAttribute(AttributeDefinition attribute)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    if (!isValidCode(attribute.name))
        return failure(tr("'%1' cannot be an attribute name: start with a letter or _, then letters, digits, - and _.")
                           .arg(attribute.name));
    if (!current->entityType(attribute.entityTypeId))
        return failure(tr("There is no entity type %1.").arg(attribute.entityTypeId));
    if (current->attribute(attribute.entityTypeId, attribute.name))
        return failure(tr("The type has an attribute %1 already.").arg(attribute.name));
    if (attribute.kind == AttributeDefinition::Kind::Choice && attribute.choices.isEmpty())
        return failure(tr("An attribute of choices needs at least one."));
    attribute.position = int(current->attributesOf(attribute.entityTypeId).size());
    Status ok = write([&](SchemaStore& store) -> Status {
        Result<qint64> id = store.insertAttribute(attribute);
        if (!id)
            return id.problem();
        attribute.id = *id;
        return {};
    });
    if (!ok)
        return ok.problem();
    return attribute;
}

Status SchemaService::updateAttribute(const AttributeDefinition& attribute)
{
    return write([&](SchemaStore& store) { return store.updateAttribute(attribute); });
}

Status SchemaService::removeAttribute(qint64 id)
{
    return write([&](SchemaStore& store) { return store.removeAttribute(id); });
}

Result<LabelSet> SchemaService::addLabelSet(LabelSet set)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    if (!isValidCode(set.code))
        return failure(tr("'%1' cannot be a label set code: start with a letter or _, then letters, digits, - and _.")
                           .arg(set.code));
    if (current->labelSet(set.code))
        return failure(tr("There is a label set %1 already.").arg(set.code));
    set.position = int(current->labelSets.size());
    if (set.nameAr.isEmpty())
        set.nameAr = set.code;
    if (set.nameEn.isEmpty())
        set.nameEn = set.code;
    Status ok = write([&](SchemaStore& store) -> Status {
        Result<qint64> id = store.insertLabelSet(set);
        if (!id)
            return id.problem();
        set.id = *id;
        for (qsizetype i = 0; i < set.labels.size(); ++i) {
            Label& label = set.labels[i];
            label.setId = set.id;
            label.position = int(i);
            if (!isValidCode(label.code))
                return failure(
                    tr("'%1' cannot be a label code: start with a letter or _, then letters, digits, - and _.")
                        .arg(label.code));
            if (label.nameAr.isEmpty())
                label.nameAr = label.code;
            if (label.nameEn.isEmpty())
                label.nameEn = label.code;
            Result<qint64> labelId = store.insertLabel(label);
            if (!labelId)
                return labelId.problem();
            label.id = *labelId;
        }
        return {};
    });
    if (!ok)
        return ok.problem();
    return set;
}

Status SchemaService::updateLabelSet(const LabelSet& set)
{
    return write([&](SchemaStore& store) { return store.updateLabelSet(set); });
}

Result<Label> SchemaService::addLabel(Label label)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    const auto set = std::find_if(current->labelSets.cbegin(), current->labelSets.cend(),
                                  [&](const LabelSet& s) { return s.id == label.setId; });
    if (set == current->labelSets.cend())
        return failure(tr("There is no label set %1.").arg(label.setId));
    if (!isValidCode(label.code))
        return failure(tr("'%1' cannot be a label code: start with a letter or _, then letters, digits, - and _.")
                           .arg(label.code));
    if (set->label(label.code))
        return failure(tr("The set %1 has a label %2 already.").arg(set->code, label.code));
    label.position = int(set->labels.size());
    if (label.nameAr.isEmpty())
        label.nameAr = label.code;
    if (label.nameEn.isEmpty())
        label.nameEn = label.code;
    Status ok = write([&](SchemaStore& store) -> Status {
        Result<qint64> id = store.insertLabel(label);
        if (!id)
            return id.problem();
        label.id = *id;
        return {};
    });
    if (!ok)
        return ok.problem();
    return label;
}

Status SchemaService::removeLabelSet(qint64 id)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    return write([&](SchemaStore& store) -> Status {
        for (const LabelSet& set : current->labelSets) {
            if (set.id != id)
                continue;
            for (const Label& label : set.labels) {
                Result<qint64> uses = store.labelUses(label.id);
                if (!uses)
                    return uses.problem();
                if (*uses > 0)
                    return failure(tr("The label set cannot be removed while articles carry its labels."));
            }
        }
        return store.removeLabelSet(id);
    });
}

Status SchemaService::removeLabel(qint64 id)
{
    return write([&](SchemaStore& store) -> Status {
        Result<qint64> uses = store.labelUses(id);
        if (!uses)
            return uses.problem();
        if (*uses > 0)
            return failure(tr("The label cannot be removed while %n article(s) carry it.", nullptr, int(*uses)));
        return store.removeLabel(id);
    });
}

Status SchemaService::apply(const AnnotationSchema& incoming, QStringList* changes)
{
    Result<AnnotationSchema> current = schema();
    if (!current)
        return current.problem();
    Database& db = m_library.database();
    Status ok = inTransaction(db, [&] { return applyWithin(db, *current, incoming, changes); });
    if (ok)
        emit schemaChanged();
    return ok;
}

Status SchemaService::applyWithin(Database& db, const AnnotationSchema& current, const AnnotationSchema& incoming,
                                  QStringList* changes)
{
    const auto note = [&](const QString& change) {
        if (changes)
            changes->append(change);
    };
    AnnotationStore annotations(db);
    SchemaStore store(db);
    // Entity types first: relation types and attributes name them.
    QHash<QString, qint64> typeIds;
    for (const EntityType& t : current.entityTypes)
        typeIds.insert(t.code, t.id);
    int position = int(current.entityTypes.size());
    for (const EntityType& wanted : incoming.entityTypes) {
        if (!isValidCode(wanted.code))
            return failure(tr("'%1' cannot be an entity type code.").arg(wanted.code));
        if (const EntityType* have = withCode(current.entityTypes, wanted.code, Qt::CaseSensitive)) {
            EntityType updated = *have;
            updated.nameAr = wanted.nameAr.isEmpty() ? have->nameAr : wanted.nameAr;
            updated.nameEn = wanted.nameEn.isEmpty() ? have->nameEn : wanted.nameEn;
            updated.colour = wanted.colour.isEmpty() ? have->colour : wanted.colour;
            if (updated.nameAr != have->nameAr || updated.nameEn != have->nameEn || updated.colour != have->colour) {
                if (Status done = annotations.updateEntityType(updated); !done)
                    return done;
                note(tr("updated entity type %1").arg(wanted.code));
            }
            continue;
        }
        EntityType added{0,
                         wanted.code,
                         wanted.nameAr.isEmpty() ? wanted.code : wanted.nameAr,
                         wanted.nameEn.isEmpty() ? wanted.code : wanted.nameEn,
                         wanted.colour.isEmpty() ? QStringLiteral("#808080") : wanted.colour,
                         position++};
        Result<qint64> id = annotations.insertEntityType(added);
        if (!id)
            return id.problem();
        typeIds.insert(added.code, *id);
        note(tr("added entity type %1").arg(wanted.code));
    }
    // Relation types.
    int relationPosition = int(current.relationTypes.size());
    for (RelationType wanted : incoming.relationTypes) {
        if (!isValidCode(wanted.code))
            return failure(tr("'%1' cannot be a relation type code.").arg(wanted.code));
        for (const QString& code : wanted.sourceTypes + wanted.targetTypes) {
            if (!typeIds.contains(code))
                return failure(tr("The relation type %1 names the entity type '%2', which is neither in the "
                                  "library nor in the file.")
                                   .arg(wanted.code, code));
        }
        if (const RelationType* have = withCode(current.relationTypes, wanted.code, Qt::CaseSensitive)) {
            wanted.id = have->id;
            wanted.position = have->position;
            if (wanted.nameAr.isEmpty())
                wanted.nameAr = have->nameAr;
            if (wanted.nameEn.isEmpty())
                wanted.nameEn = have->nameEn;
            if (wanted.colour.isEmpty())
                wanted.colour = have->colour;
            if (Status done = store.updateRelationType(wanted); !done)
                return done;
            note(tr("updated relation type %1").arg(wanted.code));
            continue;
        }
        wanted.position = relationPosition++;
        if (wanted.nameAr.isEmpty())
            wanted.nameAr = wanted.code;
        if (wanted.nameEn.isEmpty())
            wanted.nameEn = wanted.code;
        if (wanted.colour.isEmpty())
            wanted.colour = QStringLiteral("#808080");
        if (Result<qint64> id = store.insertRelationType(wanted); !id)
            return id.problem();
        note(tr("added relation type %1").arg(wanted.code));
    }
    // Attributes, by entity type code.
    for (const AttributeDefinition& wanted : incoming.attributes) {
        const QString typeCode =
            incoming.entityType(wanted.entityTypeId) ? incoming.entityType(wanted.entityTypeId)->code : QString();
        const qint64 typeId = typeIds.value(typeCode);
        if (typeId == 0)
            return failure(tr("The attribute %1 belongs to an unknown entity type.").arg(wanted.name));
        if (!isValidCode(wanted.name))
            return failure(tr("'%1' cannot be an attribute name.").arg(wanted.name));
        AttributeDefinition attribute = wanted;
        attribute.entityTypeId = typeId;
        if (const AttributeDefinition* have = current.attribute(typeId, wanted.name)) {
            attribute.id = have->id;
            attribute.position = have->position;
            if (Status done = store.updateAttribute(attribute); !done)
                return done;
            note(tr("updated attribute %1 of %2").arg(wanted.name, typeCode));
            continue;
        }
        attribute.position = int(current.attributesOf(typeId).size());
        if (Result<qint64> id = store.insertAttribute(attribute); !id)
            return id.problem();
        note(tr("added attribute %1 of %2").arg(wanted.name, typeCode));
    }
    // Label sets and their labels.
    int setPosition = int(current.labelSets.size());
    for (const LabelSet& wanted : incoming.labelSets) {
        if (!isValidCode(wanted.code))
            return failure(tr("'%1' cannot be a label set code.").arg(wanted.code));
        const LabelSet* have = withCode(current.labelSets, wanted.code, Qt::CaseInsensitive);
        qint64 setId = 0;
        int labelPosition = 0;
        if (have) {
            LabelSet updated = *have;
            updated.multiple = wanted.multiple;
            if (!wanted.nameAr.isEmpty())
                updated.nameAr = wanted.nameAr;
            if (!wanted.nameEn.isEmpty())
                updated.nameEn = wanted.nameEn;
            if (Status done = store.updateLabelSet(updated); !done)
                return done;
            setId = have->id;
            labelPosition = int(have->labels.size());
        } else {
            LabelSet added = wanted;
            added.position = setPosition++;
            if (added.nameAr.isEmpty())
                added.nameAr = added.code;
            if (added.nameEn.isEmpty())
                added.nameEn = added.code;
            Result<qint64> id = store.insertLabelSet(added);
            if (!id)
                return id.problem();
            setId = *id;
            note(tr("added label set %1").arg(wanted.code));
        }
        for (const Label& label : wanted.labels) {
            if (!isValidCode(label.code))
                return failure(tr("'%1' cannot be a label code.").arg(label.code));
            if (have && have->label(label.code))
                continue;
            Label added = label;
            added.setId = setId;
            added.position = labelPosition++;
            if (added.nameAr.isEmpty())
                added.nameAr = added.code;
            if (added.nameEn.isEmpty())
                added.nameEn = added.code;
            if (Result<qint64> id = store.insertLabel(added); !id)
                return id.problem();
            note(tr("added label %1 to %2").arg(label.code, wanted.code));
        }
    }
    return {};
}

QJsonObject SchemaService::toJson(const AnnotationSchema& schema)
{
    QJsonArray entities;
    for (const EntityType& t : schema.entityTypes) {
        QJsonArray attributes;
        for (const AttributeDefinition& a : schema.attributesOf(t.id)) {
            QJsonObject attribute{{QStringLiteral("name"), a.name},
                                  {QStringLiteral("kind"), attributeKindName(a.kind)}};
            if (a.kind == AttributeDefinition::Kind::Choice)
                attribute.insert(QStringLiteral("values"), stringArray(a.choices));
            attributes.append(attribute);
        }
        entities.append(QJsonObject{{QStringLiteral("code"), t.code},
                                    {QStringLiteral("name_ar"), t.nameAr},
                                    {QStringLiteral("name_en"), t.nameEn},
                                    {QStringLiteral("colour"), t.colour},
                                    {QStringLiteral("attributes"), attributes}});
    }
    QJsonArray relations;
    for (const RelationType& t : schema.relationTypes)
        relations.append(QJsonObject{{QStringLiteral("code"), t.code},
                                     {QStringLiteral("name_ar"), t.nameAr},
                                     {QStringLiteral("name_en"), t.nameEn},
                                     {QStringLiteral("colour"), t.colour},
                                     {QStringLiteral("directed"), t.directed},
                                     {QStringLiteral("source_types"), stringArray(t.sourceTypes)},
                                     {QStringLiteral("target_types"), stringArray(t.targetTypes)}});
    QJsonArray sets;
    for (const LabelSet& set : schema.labelSets) {
        QJsonArray labels;
        for (const Label& l : set.labels)
            labels.append(QJsonObject{{QStringLiteral("code"), l.code},
                                      {QStringLiteral("name_ar"), l.nameAr},
                                      {QStringLiteral("name_en"), l.nameEn}});
        sets.append(QJsonObject{
            {QStringLiteral("code"), set.code},
            {QStringLiteral("name_ar"), set.nameAr},
            {QStringLiteral("name_en"), set.nameEn},
            {QStringLiteral("choice"), set.multiple ? QStringLiteral("multiple") : QStringLiteral("single")},
            {QStringLiteral("labels"), labels}});
    }
    return QJsonObject{{QStringLiteral("entity_types"), entities},
                       {QStringLiteral("relation_types"), relations},
                       {QStringLiteral("label_sets"), sets}};
}

Result<AnnotationSchema> SchemaService::fromJson(const QJsonObject& json)
{
    AnnotationSchema schema;
    qint64 nextTypeId = 1; // ids inside the file only, to tie attributes to their type
    for (const auto& value : json.value(u"entity_types").toArray()) {
        const QJsonObject o = value.toObject();
        EntityType t{nextTypeId++,
                     o.value(u"code").toString(),
                     o.value(u"name_ar").toString(),
                     o.value(u"name_en").toString(),
                     o.value(u"colour").toString(),
                     0};
        if (t.code.isEmpty())
            return failure(tr("An entity type has no code."));
        for (const auto& a : o.value(u"attributes").toArray()) {
            const QJsonObject ao = a.toObject();
            AttributeDefinition attribute;
            attribute.entityTypeId = t.id;
            attribute.name = ao.value(u"name").toString();
            if (!attributeKindFromName(ao.value(u"kind").toString(QStringLiteral("boolean")), attribute.kind))
                return failure(tr("The attribute %1 has an unknown kind '%2' (boolean, choice or text).")
                                   .arg(attribute.name, ao.value(u"kind").toString()));
            attribute.choices = stringList(ao.value(u"values"));
            schema.attributes.append(attribute);
        }
        schema.entityTypes.append(t);
    }
    for (const auto& value : json.value(u"relation_types").toArray()) {
        const QJsonObject o = value.toObject();
        RelationType t;
        t.code = o.value(u"code").toString();
        t.nameAr = o.value(u"name_ar").toString();
        t.nameEn = o.value(u"name_en").toString();
        t.colour = o.value(u"colour").toString();
        t.directed = o.value(u"directed").toBool(true);
        t.sourceTypes = stringList(o.value(u"source_types"));
        t.targetTypes = stringList(o.value(u"target_types"));
        if (t.code.isEmpty())
            return failure(tr("A relation type has no code."));
        schema.relationTypes.append(t);
    }
    for (const auto& value : json.value(u"label_sets").toArray()) {
        const QJsonObject o = value.toObject();
        LabelSet set;
        set.code = o.value(u"code").toString();
        set.nameAr = o.value(u"name_ar").toString();
        set.nameEn = o.value(u"name_en").toString();
        const QString choice = o.value(u"choice").toString(QStringLiteral("single"));
        if (choice != u"single" && choice != u"multiple")
            return failure(tr("The label set %1 has choice '%2' (single or multiple).").arg(set.code, choice));
        set.multiple = choice == u"multiple";
        for (const auto& l : o.value(u"labels").toArray()) {
            const QJsonObject lo = l.isString() ? QJsonObject{{QStringLiteral("code"), l.toString()}} : l.toObject();
            set.labels.append(Label{0, 0, lo.value(u"code").toString(), lo.value(u"name_ar").toString(),
                                    lo.value(u"name_en").toString(), 0});
        }
        if (set.code.isEmpty())
            return failure(tr("A label set has no code."));
        schema.labelSets.append(set);
    }
    return schema;
}

} // namespace hamish

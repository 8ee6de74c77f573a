#include "formats/exportbundle.h"

#include "annotations/schemastore.h"
#include "dates/dateattributes.h"
#include "entities/entitystore.h"
#include "storage/library.h"

#include <QSet>

namespace hamish {

QString ExportBundle::relationTypeCode(qint64 typeId) const
{
    const RelationType* type = schema.relationType(typeId);
    return type ? type->code : QString();
}

std::pair<QString, QString> ExportBundle::labelCodes(qint64 labelId) const
{
    for (const LabelSet& set : schema.labelSets) {
        for (const Label& label : set.labels) {
            if (label.id == labelId)
                return {set.code, label.code};
        }
    }
    return {};
}

QString ExportSummary::leftOutText() const
{
    QStringList parts;
    for (auto it = leftOut.cbegin(); it != leftOut.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.isEmpty() ? QString() : tr("left out: %1").arg(parts.join(QStringLiteral(", ")));
}

QStringList annotatorsOf(const ExportBundle& bundle)
{
    QSet<QString> names;
    for (const ExportDocument& d : bundle.documents.annotationsOnly()) {
        for (const Annotation& a : d.annotations)
            names.insert(a.author);
        for (const Relation& r : d.relations)
            names.insert(r.author);
        for (const ArticleLabel& l : d.labels)
            names.insert(l.author);
        for (const ArticleNote& n : d.notes)
            names.insert(n.author);
    }
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

ExportBundle layerOf(const ExportBundle& bundle, const QString& annotator)
{
    ExportBundle layer = bundle;
    layer.documents = bundle.documents.layer(annotator);
    return layer;
}

Result<ExportBundle> loadExportBundle(Library& library, const QList<qint64>& articleIds, ExportBodies bodies,
                                      const ArticleScope& scope, const QStringList& annotators)
{
    ExportBundle bundle;
    Result<QList<EntityType>> types = library.annotations().entityTypes();
    if (!types)
        return failure(types.error());
    bundle.types = *types;
    ExportDocuments::Reading reading{&library, articleIds, bodies, annotators, 0};
    for (const EntityType& type : bundle.types) {
        bundle.typesById.insert(type.id, type);
        if (type.code == QStringView(dateattributes::DateTypeCode))
            reading.dateTypeId = type.id;
    }
    Result<AnnotationSchema> schema = SchemaStore(library.database()).load();
    if (!schema)
        return schema.problem();
    bundle.schema = *schema;
    Result<QList<Entity>> entities = EntityStore(library.database()).entities();
    if (!entities)
        return failure(entities.error());
    for (const Entity& e : *entities)
        bundle.entityNames.insert(e.id, e.name);
    if (reading.ids.isEmpty()) {
        Result<QList<qint64>> all = library.articles().idsIn(scope);
        if (!all)
            return failure(all.error());
        reading.ids = *all;
    }
    bundle.documents = ExportDocuments(std::move(reading));
    return bundle;
}

} // namespace hamish

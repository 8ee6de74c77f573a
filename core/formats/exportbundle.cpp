#include "formats/exportbundle.h"

#include "annotations/relationstore.h"
#include "annotations/schemastore.h"
#include "articles/publisheddate.h"
#include "dates/dateattributes.h"
#include "dates/dateparser.h"
#include "entities/entitystore.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QSet>

namespace hamish {

namespace {

// The unit at i starts a code point of its own unless it is the high half of a pair.
bool countsAt(const QString& body, qsizetype i)
{
    return !(body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate());
}

} // namespace

void ExportDocument::indexCodePoints()
{
    const QString& body = article.body;
    m_blockStarts.clear();
    m_blockStarts.reserve(body.size() / BlockSize + 1);
    qsizetype points = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (i % BlockSize == 0)
            m_blockStarts.append(points);
        points += countsAt(body, i);
    }
    if (body.size() % BlockSize == 0)
        m_blockStarts.append(points);
}

qsizetype ExportDocument::codePoint(qsizetype utf16) const
{
    const QString& body = article.body;
    Q_ASSERT(utf16 >= 0 && utf16 <= body.size());
    const qsizetype block = utf16 / BlockSize;
    qsizetype points = m_blockStarts.at(block);
    for (qsizetype i = block * BlockSize; i < utf16; ++i)
        points += countsAt(body, i);
    return points;
}

const Annotation* ExportDocument::annotation(qint64 id) const
{
    for (const Annotation& a : annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

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

namespace {

// One read transaction around the whole load: the export is one consistent snapshot of the
// library, and SQLite takes its read lock once instead of once per query.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_open(bool(db.exec(QStringLiteral("BEGIN"))))
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_db.exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_open;
};

} // namespace

QStringList annotatorsOf(const ExportBundle& bundle)
{
    QSet<QString> names;
    for (const ExportDocument& d : bundle.documents) {
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
    for (ExportDocument& d : layer.documents) {
        QSet<qint64> kept;
        d.annotations.removeIf([&](const Annotation& a) { return a.author != annotator; });
        for (const Annotation& a : std::as_const(d.annotations))
            kept.insert(a.id);
        d.relations.removeIf([&](const Relation& r) { return r.author != annotator; });
        d.labels.removeIf([&](const ArticleLabel& l) { return l.author != annotator; });
        d.notes.removeIf([&](const ArticleNote& n) { return n.author != annotator; });
        d.events.removeIf([&](const Event& e) { return !kept.contains(e.triggerId); });
    }
    return layer;
}

Result<ExportBundle> loadExportBundle(Library& library, const QList<qint64>& articleIds, ExportBodies bodies,
                                      const ArticleScope& scope, const QStringList& annotators)
{
    const auto kept = [&annotators](const QString& author) {
        return annotators.isEmpty() || annotators.contains(author);
    };
    const ReadSnapshot snapshot(library.database());
    ExportBundle bundle;
    Result<QList<EntityType>> types = library.annotations().entityTypes();
    if (!types)
        return failure(types.error());
    bundle.types = *types;
    for (const EntityType& type : bundle.types)
        bundle.typesById.insert(type.id, type);
    Result<AnnotationSchema> schema = SchemaStore(library.database()).load();
    if (!schema)
        return schema.problem();
    bundle.schema = *schema;
    Result<QList<Entity>> entities = EntityStore(library.database()).entities();
    if (!entities)
        return failure(entities.error());
    for (const Entity& e : *entities)
        bundle.entityNames.insert(e.id, e.name);

    QList<qint64> ids = articleIds;
    if (ids.isEmpty()) {
        Result<QList<qint64>> all = library.articles().idsIn(scope);
        if (!all)
            return failure(all.error());
        ids = *all;
    }
    // One query for every annotation, grouped by article.
    Result<QList<Annotation>> annotations = library.annotations().forArticle(ids.size() == 1 ? ids.first() : 0);
    if (!annotations)
        return failure(annotations.error());
    QHash<qint64, QList<Annotation>> byArticle;
    QSet<qint64> keptIds;
    for (const Annotation& a : *annotations) {
        if (!kept(a.author))
            continue;
        byArticle[a.articleId].append(a);
        keptIds.insert(a.id);
    }
    RelationStore relationStore(library.database());
    const qint64 only = ids.size() == 1 ? ids.first() : 0;
    Result<QList<Relation>> relations = relationStore.forArticle(only);
    Result<QList<Event>> events = relationStore.events(only);
    Result<QList<ArticleLabel>> labels = relationStore.labels(only);
    if (!relations)
        return relations.problem();
    if (!events)
        return events.problem();
    if (!labels)
        return labels.problem();
    QHash<qint64, QList<Relation>> relationsByArticle;
    for (const Relation& r : *relations) {
        if (kept(r.author))
            relationsByArticle[r.articleId].append(r);
    }
    QHash<qint64, QList<Event>> eventsByArticle;
    for (const Event& e : *events) {
        if (annotators.isEmpty() || keptIds.contains(e.triggerId))
            eventsByArticle[e.articleId].append(e);
    }
    QHash<qint64, QList<ArticleLabel>> labelsByArticle;
    for (const ArticleLabel& l : *labels) {
        if (kept(l.author))
            labelsByArticle[l.articleId].append(l);
    }
    for (qint64 id : ids) {
        const bool withBody =
            bodies == ExportBodies::All || (bodies == ExportBodies::Annotated && byArticle.contains(id));
        Result<Article> article = withBody ? library.articles().article(id) : library.articles().heading(id);
        if (!article)
            return failure(article.error());
        Result<QList<ArticleNote>> notes = library.annotations().articleNotes(id);
        if (!notes)
            return failure(notes.error());
        ExportDocument document;
        document.article = *article;
        document.annotations = byArticle.value(id);
        // A DATE entity made before values were kept, or imported without one, is exported with
        // the value its text reads as.
        std::optional<DateParser> dates; // made only for an article that has such an entity
        for (Annotation& a : document.annotations) {
            if (bundle.typesById.value(a.entityTypeId).code != QStringView(dateattributes::DateTypeCode))
                continue;
            if (!dates)
                dates.emplace(referenceDay(document.article));
            dateattributes::fill(a, *dates);
        }
        document.notes = *notes;
        document.notes.removeIf([&](const ArticleNote& n) { return !kept(n.author); });
        document.relations = relationsByArticle.value(id);
        document.events = eventsByArticle.value(id);
        document.labels = labelsByArticle.value(id);
        if (withBody)
            document.indexCodePoints();
        bundle.documents.append(std::move(document));
    }
    return bundle;
}

} // namespace hamish

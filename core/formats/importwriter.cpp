#include "formats/importwriter.h"

#include "annotations/annotationservice.h"
#include "annotations/annotationstore.h"
#include "annotations/relationservice.h"
#include "annotations/relationstore.h"
#include "annotations/schemaservice.h"
#include "annotations/schemastore.h"
#include "entities/entityregistry.h"
#include "entities/entitystore.h"
#include "formats/annotationimportservice.h"
#include "formats/quoteplacement.h"
#include "storage/library.h"
#include "text/offsets.h"

namespace hamish {

namespace {

bool isFlag(const QString& value)
{
    return value == u"true" || value == u"false";
}

} // namespace

ImportWriter::ImportWriter(Library& library, AnnotationService& annotations, const AnnotationImportOptions& options,
                           AnnotationImportReport& report)
    : m_library(library)
    , m_annotations(annotations)
    , m_options(options)
    , m_report(report)
{
}

ImportWriter::~ImportWriter() = default;

QString ImportWriter::authorOf(const QString& written) const
{
    return m_options.annotator.isEmpty() ? written : m_options.annotator;
}

Status ImportWriter::write(const ParsedAnnotations& parsed)
{
    if (Status ok = load(parsed); !ok)
        return ok;
    for (const ParsedDocument& document : parsed.documents) {
        if (Status ok = writeDocument(document); !ok)
            return ok;
    }
    return writeAnchored(parsed);
}

Status ImportWriter::load(const ParsedAnnotations& parsed)
{
    m_report.problems += parsed.problems;
    Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
    if (!schema)
        return schema.problem();
    if (parsed.schema) {
        if (Status ok =
                SchemaService::applyWithin(m_library.database(), *schema, *parsed.schema, &m_report.schemaChanges);
            !ok)
            return failure(tr("its annotation.conf cannot be applied: %1").arg(ok.error()));
        schema = SchemaStore(m_library.database()).load();
        if (!schema)
            return schema.problem();
    }
    m_schema = *schema;
    Result<QList<Entity>> entities = EntityStore(m_library.database()).entities();
    if (!entities)
        return entities.problem();
    m_entities = *entities;
    return {};
}

void ImportWriter::touch(qint64 articleId)
{
    if (!m_touched.contains(articleId))
        m_touched.append(articleId);
}

Result<ImportWriter::ArticleState*> ImportWriter::articleState(qint64 articleId)
{
    if (auto it = m_articles.find(articleId); it != m_articles.end())
        return &it->second;
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return article.problem();
    RelationStore relations(m_library.database());
    Result<QList<Annotation>> annotations = m_library.annotations().forArticle(articleId);
    Result<QList<Relation>> links = relations.forArticle(articleId);
    Result<QList<Event>> events = relations.events(articleId);
    Result<QList<ArticleLabel>> labels = relations.labels(articleId);
    if (!annotations)
        return annotations.problem();
    if (!links)
        return links.problem();
    if (!events)
        return events.problem();
    if (!labels)
        return labels.problem();
    ArticleState& state = m_articles[articleId];
    state = {articleId, article->body, *annotations, *links, *events, *labels};
    return &state;
}

Result<qint64> ImportWriter::documentArticle(const ParsedDocument& document)
{
    Article article = document.article;
    article.contentHash = contentHashOf(article.body);
    if (article.title.isEmpty())
        article.title = article.body.left(60).simplified();
    Result<std::optional<qint64>> existing = m_library.articles().findByHash(article.contentHash);
    if (!existing)
        return existing.problem();
    if (*existing) {
        ++m_report.articlesMatched;
        return **existing;
    }
    article.importedAt = m_library.now();
    Result<qint64> id = m_library.articles().insert(article);
    if (!id)
        return id.problem();
    m_created.append(*id);
    ++m_report.articlesCreated;
    return *id;
}

Result<std::optional<qint64>> ImportWriter::anchoredArticle(const QString& source, const QString& scope)
{
    if (source.startsWith(QStringLiteral("urn:hamish:sha256:"))) {
        Result<std::optional<qint64>> found = m_library.articles().findByHash(source.mid(18));
        if (!found || *found)
            return found;
    }
    for (const QString& url : {source, scope}) {
        if (url.isEmpty())
            continue;
        Result<std::optional<qint64>> found = m_library.articles().findByUrl(url);
        if (!found || *found)
            return found;
    }
    return std::optional<qint64>();
}

Result<qint64> ImportWriter::entityTypeId(const QString& code, int line)
{
    const QString wanted = m_options.mapping.value(code, code);
    for (const EntityType& t : std::as_const(m_schema.entityTypes)) {
        if (t.code == wanted)
            return t.id;
    }
    if (!SchemaService::isValidCode(wanted))
        return failure(
            tr("line %1: '%2' is not a valid entity type name (a letter or _, then letters, digits, - or _); "
               "rename it with a type mapping")
                .arg(line)
                .arg(wanted));
    EntityType type{0, wanted, wanted, wanted, QStringLiteral("#808080"), int(m_schema.entityTypes.size())};
    Result<qint64> id = m_library.annotations().insertEntityType(type);
    if (!id)
        return failure(tr("the entity type '%1' cannot be created: %2").arg(wanted, id.error()));
    type.id = *id;
    m_schema.entityTypes.append(type);
    m_report.typesCreated.append(wanted);
    return *id;
}

Result<qint64> ImportWriter::relationTypeId(const QString& code, int line)
{
    const QString wanted = m_options.mapping.value(code, code);
    for (const RelationType& t : std::as_const(m_schema.relationTypes)) {
        if (t.code == wanted)
            return t.id;
    }
    if (!SchemaService::isValidCode(wanted))
        return failure(
            tr("line %1: '%2' is not a valid relation type name (a letter or _, then letters, digits, - or _)")
                .arg(line)
                .arg(wanted));
    RelationType type;
    type.code = type.nameAr = type.nameEn = wanted;
    type.colour = QStringLiteral("#606060");
    type.position = int(m_schema.relationTypes.size());
    Result<qint64> id = SchemaStore(m_library.database()).insertRelationType(type);
    if (!id)
        return failure(tr("the relation type '%1' cannot be created: %2").arg(wanted, id.error()));
    type.id = *id;
    m_schema.relationTypes.append(type);
    m_report.relationTypesCreated.append(wanted);
    return *id;
}

Status ImportWriter::declareAttributes(qint64 typeId, const QMap<QString, QString>& values, int line)
{
    SchemaStore store(m_library.database());
    const EntityType* type = m_schema.entityType(typeId);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString& name = it.key();
        const QString& value = it.value();
        AttributeDefinition* have = nullptr;
        for (AttributeDefinition& a : m_schema.attributes) {
            if (a.entityTypeId == typeId && a.name == name)
                have = &a;
        }
        if (have && have->accepts(value))
            continue;
        if (have) {
            // A value the definition does not list yet: the list grows (a flag becomes a choice).
            if (have->kind == AttributeDefinition::Kind::Boolean)
                have->choices = {QStringLiteral("true"), QStringLiteral("false")};
            have->kind = AttributeDefinition::Kind::Choice;
            have->choices.append(value);
            if (Status ok = store.updateAttribute(*have); !ok)
                return ok;
            continue;
        }
        if (!SchemaService::isValidCode(name))
            return failure(tr("line %1: '%2' is not a valid attribute name").arg(line).arg(name));
        AttributeDefinition added;
        added.entityTypeId = typeId;
        added.name = name;
        added.kind = isFlag(value) ? AttributeDefinition::Kind::Boolean : AttributeDefinition::Kind::Choice;
        if (!isFlag(value))
            added.choices = {value};
        added.position = int(m_schema.attributesOf(typeId).size());
        Result<qint64> id = store.insertAttribute(added);
        if (!id)
            return id.problem();
        added.id = *id;
        m_schema.attributes.append(added);
        m_report.attributesCreated.append(QStringLiteral("%1.%2").arg(type ? type->code : QString(), name));
    }
    return {};
}

Result<qint64> ImportWriter::registryEntity(const QString& name, qint64 typeId)
{
    if (const Entity* found = findEntityNamed(m_entities, name, typeId))
        return found->id;
    Entity e;
    e.name = name;
    e.entityTypeId = typeId;
    Result<qint64> id = EntityStore(m_library.database()).insert(e, m_library.now());
    if (!id)
        return id.problem();
    e.id = *id;
    m_entities.append(e);
    return *id;
}

Result<qint64> ImportWriter::labelId(const ParsedLabel& parsed)
{
    SchemaStore store(m_library.database());
    LabelSet* set = nullptr;
    for (LabelSet& s : m_schema.labelSets) {
        if (s.code.compare(parsed.setCode, Qt::CaseInsensitive) == 0)
            set = &s;
    }
    if (!set) {
        if (!SchemaService::isValidCode(parsed.setCode))
            return failure(tr("'%1' is not a valid label set name").arg(parsed.setCode));
        LabelSet added;
        added.code = added.nameAr = added.nameEn = parsed.setCode;
        added.multiple = true; // a file may set several; the user can narrow it in the schema
        added.position = int(m_schema.labelSets.size());
        Result<qint64> id = store.insertLabelSet(added);
        if (!id)
            return id.problem();
        added.id = *id;
        m_schema.labelSets.append(added);
        set = &m_schema.labelSets.last();
        m_report.labelsCreated.append(parsed.setCode);
    }
    for (const Label& label : std::as_const(set->labels)) {
        if (label.code.compare(parsed.labelCode, Qt::CaseInsensitive) == 0)
            return label.id;
    }
    if (!SchemaService::isValidCode(parsed.labelCode))
        return failure(tr("'%1' is not a valid label name").arg(parsed.labelCode));
    Label label;
    label.setId = set->id;
    label.code = label.nameAr = label.nameEn = parsed.labelCode;
    label.position = int(set->labels.size());
    Result<qint64> id = store.insertLabel(label);
    if (!id)
        return id.problem();
    label.id = *id;
    set->labels.append(label);
    m_report.labelsCreated.append(QStringLiteral("%1=%2").arg(set->code, label.code));
    return *id;
}

Result<qint64> ImportWriter::addAnnotation(ArticleState& article, const ParsedAnnotation& p)
{
    AnnotationDraft draft{article.id,         p.kind,    p.start,   p.end, 0, p.colour, p.note, 0, p.extras,
                          authorOf(p.author), p.created, p.modified};
    if (p.kind == AnnotationKind::Entity) {
        Result<qint64> type = entityTypeId(p.typeCode, p.line);
        if (!type)
            return type.problem();
        draft.entityTypeId = *type;
        if (!p.entityName.isEmpty()) {
            Result<qint64> entity = registryEntity(p.entityName, *type);
            if (!entity)
                return entity.problem();
            draft.entityId = *entity;
        }
        if (Status ok = declareAttributes(*type, p.attributes, p.line); !ok)
            return ok.problem();
    }
    Result<Annotation> a = m_annotations.validate(draft, article.body);
    if (!a)
        return failure(tr("annotation at line %1: %2").arg(p.line).arg(a.error()));
    for (const Annotation& e : std::as_const(article.annotations)) {
        if (e.sameSpanAndMeaning(*a)) {
            ++m_report.duplicates;
            return e.id;
        }
    }
    if (p.kind == AnnotationKind::Entity) {
        a->attributes = p.attributes;
        a->references = p.references;
    }
    Result<qint64> id = m_library.annotations().insert(*a);
    if (!id)
        return id.problem();
    a->id = *id;
    if (a->entityId > 0) {
        for (const Reference& reference : p.references) {
            if (Status ok = EntityStore(m_library.database()).addReference(a->entityId, reference); !ok)
                return ok.problem();
        }
    }
    article.annotations.append(*a);
    ++m_report.annotationsAdded;
    touch(article.id);
    return *id;
}

Status ImportWriter::addRelation(ArticleState& article, const ParsedRelation& p, const QHash<QString, qint64>& keys,
                                 bool strict)
{
    const qint64 from = keys.value(p.fromKey), to = keys.value(p.toKey);
    if (from == 0 || to == 0) {
        const QString why = tr("line %1: the relation %2 refers to %3, which is not an annotation here")
                                .arg(p.line)
                                .arg(p.typeCode, from == 0 ? p.fromKey : p.toKey);
        if (strict)
            return failure(why);
        m_report.problems.append(why);
        return {};
    }
    Result<qint64> type = relationTypeId(p.typeCode, p.line);
    if (!type)
        return type.problem();
    RelationService relations(m_library, m_annotations.author());
    Result<Relation> relation = relations.validate({from, to, *type, p.note, p.extras, authorOf(p.author)},
                                                   article.annotations, m_schema, RelationService::Check::Import);
    if (!relation) {
        m_report.problems.append(tr("line %1: %2").arg(p.line).arg(relation.error()));
        return {};
    }
    const RelationType* relationType = m_schema.relationType(*type);
    const QString fromType = m_schema.typeCodeOf(article.annotations, from);
    const QString toType = m_schema.typeCodeOf(article.annotations, to);
    if (!relationType->allows(fromType, toType))
        m_report.problems.append(tr("line %1: kept the relation %2 from %3 to %4, though its type allows %5 to %6")
                                     .arg(p.line)
                                     .arg(relationType->code, fromType, toType, relationType->sourceTypes.join(u'/'),
                                          relationType->targetTypes.join(u'/')));
    const bool directed = relationType->directed;
    for (const Relation& e : std::as_const(article.relations)) {
        if (e.typeId == *type
            && ((e.fromId == from && e.toId == to) || (!directed && e.fromId == to && e.toId == from))) {
            ++m_report.duplicates;
            return {};
        }
    }
    Result<qint64> id = RelationStore(m_library.database()).insert(*relation);
    if (!id)
        return id.problem();
    relation->id = *id;
    article.relations.append(*relation);
    ++m_report.relationsAdded;
    touch(article.id);
    return {};
}

Status ImportWriter::addEvents(ArticleState& article, const QList<ParsedEvent>& events,
                               const QHash<QString, qint64>& keys)
{
    RelationStore store(m_library.database());
    QHash<QString, qint64> eventIds;
    QList<std::pair<qint64, const ParsedEvent*>> added;
    // An event is there already when one of the article's events before this import has its type,
    // trigger and extras, and arguments with the same roles on the same annotations (an event as
    // argument counts by its trigger). Events of one file are never merged with each other.
    const QList<Event> before = article.events;
    QHash<QString, qint64> parsedTrigger;
    for (const ParsedEvent& p : events)
        parsedTrigger.insert(p.key, keys.value(p.triggerKey));
    const auto triggerOfEvent = [&](qint64 eventId) {
        for (const Event& e : before) {
            if (e.id == eventId)
                return e.triggerId;
        }
        return qint64(0);
    };
    const auto sameEvent = [&](const Event& e, const ParsedEvent& p, qint64 trigger) {
        if (e.triggerId != trigger || e.type != p.type || e.extras != p.extras
            || e.arguments.size() != p.arguments.size())
            return false;
        for (qsizetype i = 0; i < e.arguments.size(); ++i) {
            const EventArgument& have = e.arguments.at(i);
            const ParsedEventArgument& want = p.arguments.at(i);
            const qint64 wantTarget = keys.contains(want.key) ? keys.value(want.key) : parsedTrigger.value(want.key);
            const qint64 haveTarget = have.annotationId > 0 ? have.annotationId : triggerOfEvent(have.eventId);
            if (have.role != want.role || haveTarget != wantTarget
                || (have.annotationId > 0) != keys.contains(want.key))
                return false;
        }
        return true;
    };
    for (const ParsedEvent& p : events) {
        const qint64 trigger = keys.value(p.triggerKey);
        if (trigger == 0)
            return failure(
                tr("line %1: the event's trigger %2 is not an annotation here").arg(p.line).arg(p.triggerKey));
        const auto same =
            std::find_if(before.cbegin(), before.cend(), [&](const Event& e) { return sameEvent(e, p, trigger); });
        if (same != before.cend()) {
            eventIds.insert(p.key, same->id);
            ++m_report.duplicates;
            continue;
        }
        Event event;
        event.articleId = article.id;
        event.triggerId = trigger;
        event.type = p.type;
        event.note = p.note;
        event.extras = p.extras;
        event.position = int(article.events.size());
        Result<qint64> id = store.insertEvent(event);
        if (!id)
            return id.problem();
        event.id = *id;
        eventIds.insert(p.key, *id);
        article.events.append(event);
        added.append({*id, &p});
        ++m_report.eventsAdded;
    }
    // Arguments second: they may name events that come later in the file.
    for (const auto& [id, p] : added) {
        QList<EventArgument> arguments;
        for (const ParsedEventArgument& argument : p->arguments) {
            EventArgument resolved{argument.role, keys.value(argument.key), eventIds.value(argument.key)};
            if (resolved.annotationId == 0 && resolved.eventId == 0)
                return failure(tr("line %1: the event's argument %2 is neither an annotation nor an event here")
                                   .arg(p->line)
                                   .arg(argument.key));
            if (resolved.annotationId > 0)
                resolved.eventId = 0;
            arguments.append(resolved);
        }
        if (Status ok = store.insertEventArguments(id, arguments); !ok)
            return ok;
        for (Event& e : article.events) {
            if (e.id == id)
                e.arguments = arguments;
        }
    }
    if (!added.isEmpty())
        touch(article.id);
    return {};
}

Status ImportWriter::addLabel(ArticleState& article, const ParsedLabel& parsed)
{
    Result<qint64> label = labelId(parsed);
    if (!label)
        return label.problem();
    const QString author = authorOf(parsed.author).isEmpty() ? m_annotations.author() : authorOf(parsed.author);
    for (const ArticleLabel& l : std::as_const(article.labels)) {
        if (l.labelId == *label && l.author == author) {
            ++m_report.duplicates;
            return {};
        }
    }
    const ArticleLabel set{article.id, *label, author, m_library.now()};
    if (Status ok = RelationStore(m_library.database()).setLabel(set); !ok)
        return ok;
    article.labels.append(set);
    ++m_report.labelsSet;
    touch(article.id);
    return {};
}

Status ImportWriter::writeDocument(const ParsedDocument& document)
{
    Result<qint64> articleId = documentArticle(document);
    if (!articleId)
        return articleId.problem();
    Result<ArticleState*> state = articleState(*articleId);
    if (!state)
        return state.problem();
    ArticleState& article = **state;
    QHash<QString, qint64> keys;
    for (const ParsedAnnotation& p : document.annotations) {
        Result<qint64> id = addAnnotation(article, p);
        if (!id)
            return id.problem();
        if (!p.key.isEmpty())
            keys.insert(p.key, *id);
    }
    for (const ParsedRelation& relation : document.relations) {
        if (Status ok = addRelation(article, relation, keys, true); !ok)
            return ok;
    }
    if (Status ok = addEvents(article, document.events, keys); !ok)
        return ok;
    for (const ParsedLabel& label : document.labels) {
        if (Status ok = addLabel(article, label); !ok)
            return ok;
    }
    Result<QList<ArticleNote>> existingNotes = m_library.annotations().articleNotes(article.id);
    if (!existingNotes)
        return existingNotes.problem();
    for (ArticleNote note : document.notes) {
        if (std::any_of(existingNotes->cbegin(), existingNotes->cend(),
                        [&](const ArticleNote& n) { return n.text == note.text; }))
            continue;
        note.articleId = article.id;
        if (!note.created.isValid())
            note.created = note.modified = m_library.now();
        if (Result<qint64> id = m_library.annotations().insertArticleNote(note); !id)
            return id.problem();
    }
    return {};
}

Status ImportWriter::writeAnchored(const ParsedAnnotations& parsed)
{
    // The file's ids of the annotations placed, for the relations that link them.
    QHash<QString, qint64> keys;
    QHash<QString, qint64> articleOfKey;
    for (const AnchoredAnnotation& anchored : parsed.anchored) {
        Result<std::optional<qint64>> articleId = anchoredArticle(anchored.source, anchored.scope);
        if (!articleId)
            return articleId.problem();
        if (!*articleId) {
            m_report.unplaced.append(tr("annotation %1 («%2»): its article (%3) is not in this library")
                                         .arg(anchored.line)
                                         .arg(anchored.exact, anchored.source));
            continue;
        }
        Result<ArticleState*> state = articleState(**articleId);
        if (!state)
            return state.problem();
        ArticleState& article = **state;
        const QuotePlacement placement = placeQuote(article.body, anchored);
        if (placement.start < 0) {
            m_report.unplaced.append(
                tr("annotation %1 («%2»): %3").arg(anchored.line).arg(anchored.exact, placement.problem));
            continue;
        }
        ParsedAnnotation p = anchored.annotation;
        p.start = placement.start;
        p.end = placement.end;
        Result<qint64> id = addAnnotation(article, p);
        if (!id)
            return id.problem();
        if (!p.key.isEmpty()) {
            keys.insert(p.key, *id);
            articleOfKey.insert(p.key, article.id);
        }
    }
    for (const ParsedRelation& relation : parsed.anchoredRelations) {
        const qint64 articleId = articleOfKey.value(relation.fromKey);
        if (articleId == 0) {
            m_report.problems.append(tr("line %1: the relation %2 links %3, which was not placed")
                                         .arg(relation.line)
                                         .arg(relation.typeCode, relation.fromKey));
            continue;
        }
        Result<ArticleState*> state = articleState(articleId);
        if (!state)
            return state.problem();
        if (Status ok = addRelation(**state, relation, keys, false); !ok)
            return ok;
    }
    for (const auto& [source, label] : parsed.anchoredLabels) {
        Result<std::optional<qint64>> articleId = anchoredArticle(source, {});
        if (!articleId)
            return articleId.problem();
        if (!*articleId) {
            m_report.unplaced.append(
                tr("label %1=%2: its article (%3) is not in this library").arg(label.setCode, label.labelCode, source));
            continue;
        }
        Result<ArticleState*> state = articleState(**articleId);
        if (!state)
            return state.problem();
        if (Status ok = addLabel(**state, label); !ok)
            return ok;
    }
    return {};
}

} // namespace hamish

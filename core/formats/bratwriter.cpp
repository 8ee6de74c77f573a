#include "formats/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hamish {

namespace {

QJsonObject objectOf(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\t', u' ');
    return text;
}

QString bratType(const ExportBundle& bundle, const Annotation& a, const TypeMapping& mapping)
{
    switch (a.kind) {
    case AnnotationKind::Entity: {
        const QString code = bundle.typeCode(a.entityTypeId);
        return mapping.value(code, code);
    }
    case AnnotationKind::Highlight:
        return QStringLiteral("Highlight_") + a.colour;
    case AnnotationKind::Note:
        return QStringLiteral("Note");
    }
    return {};
}

// The offsets of a T line and the text it shows: the fragments an imported span came with, else
// the span cut at line breaks, as brat writes a span across lines.
std::pair<QString, QString> fragments(const ExportDocument& document, const Annotation& a)
{
    const QString& body = document.article.body;
    QList<std::pair<qsizetype, qsizetype>> parts;
    const QJsonArray kept = objectOf(a.extras).value(u"brat_fragments").toArray();
    for (const auto& value : kept) {
        const QJsonArray pair = value.toArray();
        const qsizetype start = pair.at(0).toInteger(), end = pair.at(1).toInteger();
        if (start < a.start || end > a.end || start >= end) {
            parts.clear(); // not this span's any more
            break;
        }
        parts.append({start, end});
    }
    if (parts.isEmpty()) {
        qsizetype start = a.start;
        for (qsizetype i = a.start; i <= a.end; ++i) {
            if (i == a.end || body.at(i) == u'\n') {
                if (i > start)
                    parts.append({start, i});
                start = i + 1;
            }
        }
    }
    QStringList offsets, texts;
    for (const auto& [start, end] : std::as_const(parts)) {
        offsets.append(QStringLiteral("%1 %2").arg(document.codePoint(start)).arg(document.codePoint(end)));
        texts.append(body.mid(start, end - start));
    }
    return {offsets.join(u';'), texts.join(u' ')};
}

QString fileStem(const Article& article)
{
    return QStringLiteral("article-%1").arg(article.id, 5, 10, QChar(u'0'));
}

// What annotation.conf declares: the types used and the library's, with relation ends, event
// roles and attributes.
struct BratTypes
{
    QSet<QString> entities;
    QSet<QString> events;
    QMap<QString, QMap<QString, QSet<QString>>> eventRoles; // event → role → types
    QMap<QString, QSet<QString>> eventAttributes;           // name → values
};

QString typeList(const QSet<QString>& types)
{
    QStringList sorted(types.cbegin(), types.cend());
    sorted.sort();
    return sorted.isEmpty() ? QStringLiteral("<ANY>") : sorted.join(u'|');
}

QString configuration(const ExportBundle& bundle, const TypeMapping& mapping, BratTypes types)
{
    for (const EntityType& type : bundle.types)
        types.entities.insert(mapping.value(type.code, type.code));
    // A type that triggers an event anywhere in the export is declared as an event only.
    types.entities.subtract(types.events);
    QStringList entities(types.entities.cbegin(), types.entities.cend());
    entities.sort();
    QString conf = QStringLiteral("# Written by Hamish. Offsets in the .ann files count Unicode code points,\n"
                                  "# end exclusive, in the .txt beside them.\n[entities]\n");
    for (const QString& type : std::as_const(entities))
        conf += type + u'\n';
    conf += QStringLiteral("[relations]\n");
    for (const RelationType& type : bundle.schema.relationTypes) {
        QSet<QString> from, to;
        for (const QString& code : type.sourceTypes)
            from.insert(mapping.value(code, code));
        for (const QString& code : type.targetTypes)
            to.insert(mapping.value(code, code));
        conf += QStringLiteral("%1\tArg1:%2, Arg2:%3").arg(type.code, typeList(from), typeList(to));
        if (!type.directed)
            conf += QStringLiteral(", <REL-TYPE>:symmetric");
        conf += u'\n';
    }
    conf += QStringLiteral("[events]\n");
    QStringList events(types.events.cbegin(), types.events.cend());
    events.sort();
    for (const QString& event : std::as_const(events)) {
        QStringList roles;
        const auto& byRole = types.eventRoles.value(event);
        for (auto it = byRole.cbegin(); it != byRole.cend(); ++it)
            roles.append(QStringLiteral("%1*:%2").arg(it.key(), typeList(it.value())));
        conf +=
            roles.isEmpty() ? event + u'\n' : QStringLiteral("%1\t%2\n").arg(event, roles.join(QStringLiteral(", ")));
    }
    conf += QStringLiteral("[attributes]\n");
    QMap<QString, std::pair<QSet<QString>, QSet<QString>>> attributes; // name → types, values
    for (const AttributeDefinition& a : bundle.schema.attributes) {
        const QString code = bundle.typeCode(a.entityTypeId);
        auto& [typesOf, values] = attributes[a.name];
        typesOf.insert(mapping.value(code, code));
        if (a.kind != AttributeDefinition::Kind::Boolean)
            values.unite(QSet<QString>(a.choices.cbegin(), a.choices.cend()));
    }
    for (auto it = types.eventAttributes.cbegin(); it != types.eventAttributes.cend(); ++it) {
        auto& [typesOf, values] = attributes[it.key()];
        typesOf.insert(QStringLiteral("<EVENT>"));
        values.unite(it.value());
    }
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        conf += QStringLiteral("%1\tArg:%2").arg(it.key(), typeList(it.value().first));
        if (!it.value().second.isEmpty())
            conf += QStringLiteral(", Value:") + typeList(it.value().second);
        conf += u'\n';
    }
    return conf;
}

// Writes one article's .ann lines, numbering its T, R, E, A, N and # lines from 1.
class AnnWriter
{
public:
    AnnWriter(const ExportBundle& bundle, const ExportDocument& document, const TypeMapping& mapping, BratTypes& types,
              ExportSummary& summary)
        : m_bundle(bundle)
        , m_document(document)
        , m_mapping(mapping)
        , m_types(types)
        , m_summary(summary)
    {
    }

    QString write()
    {
        for (const Annotation& a : m_document.annotations)
            m_ids.insert(a.id, QStringLiteral("T%1").arg(m_ids.size() + 1));
        for (const Event& e : m_document.events)
            m_eventIds.insert(e.id, QStringLiteral("E%1").arg(m_eventIds.size() + 1));
        for (const Annotation& a : m_document.annotations)
            writeSpan(a);
        writeRelations();
        for (const Event& e : m_document.events)
            writeEvent(e);
        m_summary.annotations += int(m_document.annotations.size());
        m_summary.relations += int(m_document.relations.size());
        m_summary.leaveOut(ExportSummary::labelsWord(), int(m_document.labels.size()));
        m_summary.leaveOut(ExportSummary::articleNotesWord(), int(m_document.notes.size()));
        return m_ann;
    }

private:
    void notes(const QString& id, const QString& note, const QString& extras)
    {
        if (!note.isEmpty())
            m_ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n").arg(++m_note).arg(id, oneLine(note));
        // Other brat notes (Lemma and the like) that came in with it.
        const QJsonArray extra = objectOf(extras).value(u"brat_notes").toArray();
        for (const auto& value : extra) {
            const QJsonObject o = value.toObject();
            m_ann += QStringLiteral("#%1\t%2 %3\t%4\n")
                         .arg(++m_note)
                         .arg(o.value(u"type").toString(), id, oneLine(o.value(u"text").toString()));
        }
    }

    void keptAttributes(const QString& id, const QString& extras, bool onEvent)
    {
        const QJsonArray list = objectOf(extras).value(u"brat_attributes").toArray();
        for (const auto& value : list) {
            const QJsonObject o = value.toObject();
            const bool modifier = o.value(u"modifier").toBool();
            const QString name = o.value(u"name").toString(), v = o.value(u"value").toString();
            if (modifier)
                m_ann += QStringLiteral("M%1\t%2 %3\n").arg(++m_modifier).arg(name, id);
            else
                m_ann += QStringLiteral("A%1\t%2 %3%4\n")
                             .arg(++m_attribute)
                             .arg(name, id, v.isEmpty() ? QString() : u' ' + v);
            if (onEvent)
                m_types.eventAttributes[name].insert(v);
        }
    }

    void writeSpan(const Annotation& a)
    {
        const QString type = bratType(m_bundle, a, m_mapping);
        const QString id = m_ids.value(a.id);
        const auto [offsets, text] = fragments(m_document, a);
        m_ann += QStringLiteral("%1\t%2 %3\t%4\n").arg(id, type, offsets, oneLine(text));
        m_types.entities.insert(type); // until it shows to be an event's (configuration())
        notes(id, a.note, a.extras);
        const QJsonArray modifiers = objectOf(a.extras).value(u"brat_modifiers").toArray();
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
            if (it.value() == u"false")
                continue; // an unset flag is no line
            if (modifiers.contains(it.key()))
                m_ann += QStringLiteral("M%1\t%2 %3\n").arg(++m_modifier).arg(it.key(), id);
            else if (it.value() == u"true")
                m_ann += QStringLiteral("A%1\t%2 %3\n").arg(++m_attribute).arg(it.key(), id);
            else
                m_ann += QStringLiteral("A%1\t%2 %3 %4\n").arg(++m_attribute).arg(it.key(), id, it.value());
        }
        for (const Reference& r : a.references)
            m_ann += QStringLiteral("N%1\tReference %2 %3:%4\t%5\n")
                         .arg(++m_reference)
                         .arg(id, r.resource, r.identifier, oneLine(r.label));
        if (a.entityId > 0)
            m_summary.leaveOut(ExportSummary::registryLinksWord(), 1);
    }

    void writeRelations()
    {
        // Relations that came from one equivalence (*) go back as one line, the first end first.
        QMap<qint64, QStringList> equivalences;
        QMap<qint64, QString> equivalenceTypes;
        for (const Relation& r : m_document.relations) {
            const QJsonObject extras = objectOf(r.extras);
            const QString type = m_bundle.relationTypeCode(r.typeId);
            if (extras.contains(u"brat_equivalence")) {
                const qint64 group = extras.value(u"brat_equivalence").toInteger();
                QStringList& members = equivalences[group];
                if (members.isEmpty())
                    members.append(m_ids.value(r.fromId));
                members.append(m_ids.value(r.toId));
                equivalenceTypes.insert(group, type);
                continue;
            }
            const QJsonArray roles = extras.value(u"brat_args").toArray();
            const QString first = roles.isEmpty() ? QStringLiteral("Arg1") : roles.at(0).toString();
            const QString second = roles.isEmpty() ? QStringLiteral("Arg2") : roles.at(1).toString();
            const QString id = QStringLiteral("R%1").arg(++m_relation);
            m_ann += QStringLiteral("%1\t%2 %3:%4 %5:%6\t\n")
                         .arg(id, type, first, m_ids.value(r.fromId), second, m_ids.value(r.toId));
            notes(id, r.note, r.extras);
            keptAttributes(id, r.extras, false);
        }
        for (auto it = equivalences.cbegin(); it != equivalences.cend(); ++it)
            m_ann += QStringLiteral("*\t%1 %2\n").arg(equivalenceTypes.value(it.key()), it.value().join(u' '));
    }

    void writeEvent(const Event& e)
    {
        const QString id = m_eventIds.value(e.id);
        QString line = QStringLiteral("%1\t%2:%3").arg(id, e.type, m_ids.value(e.triggerId));
        m_types.events.insert(e.type);
        for (const EventArgument& argument : e.arguments) {
            const bool isEvent = argument.eventId > 0;
            const QString target = isEvent ? m_eventIds.value(argument.eventId) : m_ids.value(argument.annotationId);
            line += QStringLiteral(" %1:%2").arg(argument.role, target);
            QString role = argument.role;
            while (!role.isEmpty() && role.back().isDigit())
                role.chop(1); // Theme2 is a second Theme
            const Annotation* a = isEvent ? nullptr : m_document.annotation(argument.annotationId);
            m_types.eventRoles[e.type][role].insert(isEvent ? QStringLiteral("<EVENT>")
                                                            : bratType(m_bundle, *a, m_mapping));
        }
        m_ann += line + u'\n';
        notes(id, e.note, e.extras);
        keptAttributes(id, e.extras, true);
    }

    const ExportBundle& m_bundle;
    const ExportDocument& m_document;
    const TypeMapping& m_mapping;
    BratTypes& m_types;
    ExportSummary& m_summary;
    QHash<qint64, QString> m_ids;      // annotation → T id
    QHash<qint64, QString> m_eventIds; // event → E id
    QString m_ann;
    int m_note = 0, m_relation = 0, m_attribute = 0, m_modifier = 0, m_reference = 0;
};

} // namespace

void writeBrat(const ExportBundle& bundle, const TypeMapping& mapping, const BratFileSink& write,
               ExportSummary& summary)
{
    BratTypes types;
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        const QString ann = AnnWriter(bundle, document, mapping, types, summary).write();
        ++summary.articles;
        const QString stem = fileStem(document.article);
        if (!write({stem + QStringLiteral(".txt"), document.article.body.toUtf8()})
            || !write({stem + QStringLiteral(".ann"), ann.toUtf8()}))
            return;
    }
    write({QStringLiteral("annotation.conf"), configuration(bundle, mapping, types).toUtf8()});
}

} // namespace hamish

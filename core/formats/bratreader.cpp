#include "formats/readers.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hamish {

CanonicalMap canonicalWithMap(const QString& raw)
{
    CanonicalMap map;
    map.text.reserve(raw.size());
    qsizetype i = 0;
    if (raw.startsWith(QChar(0xFEFF))) {
        map.fromCodePoint.append(0);
        i = 1;
    }
    while (i < raw.size()) {
        map.fromCodePoint.append(map.text.size());
        const QChar c = raw.at(i);
        if (c == u'\r') {
            const bool crlf = i + 1 < raw.size() && raw.at(i + 1) == u'\n';
            if (crlf) { // the CR disappears into the LF that follows
                ++i;
                continue;
            }
            map.text += u'\n';
        } else if (c.isHighSurrogate() && i + 1 < raw.size() && raw.at(i + 1).isLowSurrogate()) {
            map.text += c;
            map.text += raw.at(i + 1);
            ++i;
        } else {
            map.text += c;
        }
        ++i;
    }
    map.fromCodePoint.append(map.text.size());
    return map;
}

namespace {

struct BratSpan
{
    QString type;
    QList<std::pair<qsizetype, qsizetype>> fragments; // raw code points
    QString text;
    int line = 0;
};

// One attribute line: A (or M, a brat modifier, which is a flag) on a T or an E.
struct BratAttribute
{
    QString name;
    QString target;
    QString value; // empty for a flag
    bool modifier = false;
    int line = 0;
};

QJsonObject objectOf(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString jsonText(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The types of annotation.conf: [entities] (or [spans]), [relations] with their Arg1 and Arg2
// types, [events] (their triggers are entity types here) and the [attributes] of entities.
// Nesting by indentation is flattened, `!` types are kept as types, macros and separators are
// skipped; a relation declared for several pairs of types allows their union.
AnnotationSchema readConfiguration(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    AnnotationSchema schema;
    QString section;
    qint64 nextId = 1;
    QHash<QString, qint64> typeIds;
    const auto entity = [&](const QString& code) {
        if (code.isEmpty() || code.startsWith(u'<') || typeIds.contains(code))
            return;
        typeIds.insert(code, nextId);
        schema.entityTypes.append(EntityType{nextId++, code, {}, {}, {}, 0});
    };
    const auto typeList = [](const QString& spec) {
        QStringList types = spec.split(u'|', Qt::SkipEmptyParts);
        for (QString& t : types)
            t = t.trimmed();
        if (types.contains(QStringLiteral("<ANY>")) || types.contains(QStringLiteral("<ENTITY>")))
            types.clear();
        return types;
    };
    QList<std::pair<QString, QString>> attributeLines; // name, the rest
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line = line.section(u'#', 0, 0).trimmed();
        if (line.isEmpty() || line.startsWith(u'-'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        // "DNA_methylation|GO:0006306": the type, then other names for it.
        QString name = line.section(space, 0, 0).section(u'|', 0, 0);
        const QString rest = line.section(space, 1);
        if (name.startsWith(u'!'))
            name.remove(0, 1);
        if (name.startsWith(u'<') || name.contains(u'='))
            continue;
        if (section == u"entities" || section == u"spans" || section == u"events") {
            entity(name);
        } else if (section == u"attributes") {
            attributeLines.append({name, rest});
        } else if (section == u"relations") {
            RelationType type;
            type.code = name;
            for (const QString& argument : rest.split(u',', Qt::SkipEmptyParts)) {
                const QString spec = argument.trimmed();
                const QString role = spec.section(u':', 0, 0).trimmed();
                if (role == u"Arg1")
                    type.sourceTypes = typeList(spec.section(u':', 1));
                else if (role == u"Arg2")
                    type.targetTypes = typeList(spec.section(u':', 1));
                else if (role == u"<REL-TYPE>" && spec.contains(QStringLiteral("symmetric")))
                    type.directed = false;
            }
            RelationType* same = nullptr;
            for (RelationType& have : schema.relationTypes) {
                if (have.code == name)
                    same = &have;
            }
            if (!same) {
                schema.relationTypes.append(type);
                continue;
            }
            // Any type at one end, in any declaration, means any type there.
            const auto merge = [](QStringList& into, const QStringList& more) {
                if (into.isEmpty() || more.isEmpty()) {
                    into.clear();
                    return;
                }
                for (const QString& t : more) {
                    if (!into.contains(t))
                        into.append(t);
                }
            };
            merge(same->sourceTypes, type.sourceTypes);
            merge(same->targetTypes, type.targetTypes);
        }
    }
    // A constraint naming a type the file does not declare (CoNLL-X's "Span") constrains nothing.
    for (RelationType& type : schema.relationTypes) {
        for (QStringList* ends : {&type.sourceTypes, &type.targetTypes}) {
            if (std::any_of(ends->cbegin(), ends->cend(), [&](const QString& t) { return !typeIds.contains(t); }))
                ends->clear();
        }
    }
    for (const auto& [name, rest] : std::as_const(attributeLines)) {
        QStringList targets, values;
        for (const QString& part : rest.split(u',', Qt::SkipEmptyParts)) {
            const QString key = part.section(u':', 0, 0).trimmed();
            const QString value = part.section(u':', 1).trimmed();
            if (key == u"Arg")
                targets = value.split(u'|', Qt::SkipEmptyParts);
            else if (key == u"Value")
                values = value.split(u'|', Qt::SkipEmptyParts);
        }
        QList<qint64> typesOf;
        for (const QString& target : std::as_const(targets)) {
            if (target == u"<ENTITY>") {
                for (const EntityType& t : std::as_const(schema.entityTypes))
                    typesOf.append(t.id);
            } else if (typeIds.contains(target)) {
                typesOf.append(typeIds.value(target));
            }
        }
        for (const qint64 typeId : std::as_const(typesOf)) {
            AttributeDefinition attribute;
            attribute.entityTypeId = typeId;
            attribute.name = name;
            attribute.kind = values.isEmpty() ? AttributeDefinition::Kind::Boolean : AttributeDefinition::Kind::Choice;
            attribute.choices = values;
            schema.attributes.append(attribute);
        }
    }
    return schema;
}

} // namespace

Result<ParsedAnnotations> AnnotationReaders::readBrat(const QString& annPath)
{
    const QFileInfo info(annPath);
    const QString txtPath = info.path() + u'/' + info.completeBaseName() + QStringLiteral(".txt");
    QFile txt(txtPath), ann(annPath);
    if (!txt.open(QIODevice::ReadOnly))
        return failureIn(annPath, tr("the text file beside it cannot be read (%1).").arg(txtPath));
    if (!ann.open(QIODevice::ReadOnly))
        return failureIn(annPath, tr("cannot read it (%1).").arg(ann.errorString()));
    const QByteArray textBytes = txt.readAll();
    Result<QString> raw = TextDecoder::decodeStrict(textBytes, QStringLiteral("UTF-8"));
    if (!raw)
        return raw.problem().inFile(txtPath);
    if (raw->trimmed().isEmpty())
        return failureIn(annPath, tr("the text beside it (%1) is empty.").arg(txtPath));
    const CanonicalMap map = canonicalWithMap(*raw);
    const QList<uint> codePoints = raw->toUcs4();

    Result<QString> annText = TextDecoder::decodeStrict(ann.readAll(), QStringLiteral("UTF-8"));
    if (!annText)
        return annText.problem().inFile(annPath);

    ParsedAnnotations parsed;
    if (QFile conf(info.path() + QStringLiteral("/annotation.conf")); conf.open(QIODevice::ReadOnly))
        parsed.schema = readConfiguration(QString::fromUtf8(conf.readAll()));
    ParsedDocument document;
    QHash<QString, BratSpan> spans;
    QStringList order;
    QHash<QString, QList<std::pair<QString, QString>>> notes; // id → (type, text)
    QList<BratAttribute> attributes;
    QHash<QString, QList<Reference>> references;
    QList<std::pair<QStringList, int>> equivalences; // each: the type, then the ids; its line
    QHash<QString, qsizetype> relationIndex;
    const auto malformed = [&](int lineNumber, const QString& what) {
        return failureAt(annPath, lineNumber, tr("malformed %1 line.").arg(what));
    };
    const QStringList lines = annText->split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNumber = int(n + 1);
        const QChar kind = line.front();
        const QStringList fields = line.split(u'\t');
        const QString id = fields.at(0);
        const QStringList head = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (kind == u'T') {
            if (fields.size() < 3)
                return failureAt(annPath, lineNumber, tr("a T line needs an id, a type with offsets and the text."));
            if (head.size() < 3)
                return failureAt(annPath, lineNumber, tr("malformed T line."));
            BratSpan span{head.at(0), {}, {}, lineNumber};
            for (const QString& fragment : head.mid(1).join(u' ').split(u';')) {
                const QStringList bounds = fragment.split(u' ', Qt::SkipEmptyParts);
                bool okStart = false, okEnd = false;
                const qsizetype start = bounds.value(0).toLongLong(&okStart);
                const qsizetype end = bounds.value(1).toLongLong(&okEnd);
                if (bounds.size() != 2 || !okStart || !okEnd || start < 0 || end <= start)
                    return failureAt(annPath, lineNumber, tr("malformed offsets '%1'.").arg(fragment));
                if (end > codePoints.size())
                    return failureAt(annPath, lineNumber,
                                     tr("offsets %1–%2 are past the end of the text (%3 code points).")
                                         .arg(start)
                                         .arg(end)
                                         .arg(codePoints.size()));
                span.fragments.append({start, end});
            }
            QString covered;
            for (const auto& [start, end] : span.fragments) {
                if (!covered.isEmpty())
                    covered += u' ';
                covered +=
                    QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + start), end - start);
            }
            if (covered != fields.mid(2).join(u'\t'))
                return failureAt(annPath, lineNumber,
                                 tr("the text '%1' does not match offsets %2, which cover '%3'.")
                                     .arg(fields.mid(2).join(u'\t'), fields.at(1), covered));
            span.text = covered;
            spans.insert(id, span);
            order.append(id);
        } else if (kind == u'R') {
            if (head.size() < 3)
                return malformed(lineNumber, QStringLiteral("R"));
            ParsedRelation relation;
            relation.typeCode = head.at(0);
            relation.line = lineNumber;
            relation.fromKey = head.at(1).section(u':', 1);
            relation.toKey = head.at(2).section(u':', 1);
            const QString first = head.at(1).section(u':', 0, 0), second = head.at(2).section(u':', 0, 0);
            if (relation.fromKey.isEmpty() || relation.toKey.isEmpty())
                return malformed(lineNumber, QStringLiteral("R"));
            if (first != u"Arg1" || second != u"Arg2")
                relation.extras = jsonText(QJsonObject{{QStringLiteral("brat_args"), QJsonArray{first, second}}});
            relationIndex.insert(id, document.relations.size());
            document.relations.append(relation);
        } else if (kind == u'E') {
            if (head.isEmpty() || !head.at(0).contains(u':'))
                return malformed(lineNumber, QStringLiteral("E"));
            ParsedEvent event;
            event.key = id;
            event.type = head.at(0).section(u':', 0, 0);
            event.triggerKey = head.at(0).section(u':', 1);
            event.line = lineNumber;
            for (const QString& argument : head.mid(1)) {
                if (!argument.contains(u':'))
                    return malformed(lineNumber, QStringLiteral("E"));
                event.arguments.append({argument.section(u':', 0, 0), argument.section(u':', 1)});
            }
            document.events.append(event);
        } else if (kind == u'A' || kind == u'M') {
            if (head.size() < 2)
                return malformed(lineNumber, QString(kind));
            attributes.append({head.at(0), head.at(1), head.mid(2).join(u' '), kind == u'M', lineNumber});
        } else if (kind == u'N') {
            if (head.size() < 3 || !head.at(2).contains(u':'))
                return malformed(lineNumber, QStringLiteral("N"));
            references[head.at(1)].append(
                {head.at(2).section(u':', 0, 0), head.at(2).section(u':', 1), fields.mid(2).join(u'\t')});
        } else if (kind == u'#') {
            if (fields.size() < 2 || head.size() != 2)
                return failureAt(annPath, lineNumber, tr("malformed note line."));
            notes[head.at(1)].append({head.at(0), fields.mid(2).join(u'\t')});
        } else if (kind == u'*') {
            if (head.size() < 3)
                return malformed(lineNumber, QStringLiteral("*"));
            equivalences.append({head, lineNumber});
        } else {
            return failureAt(annPath, lineNumber, tr("unknown line type '%1'.").arg(kind));
        }
    }

    document.article.title = info.completeBaseName();
    document.article.body = map.text;
    document.article.originPath = info.absoluteFilePath();
    document.article.originEncoding = QStringLiteral("UTF-8");
    QHash<QString, qsizetype> annotationIndex;
    for (const QString& id : std::as_const(order)) {
        const BratSpan& span = spans.value(id);
        ParsedAnnotation a;
        a.key = id;
        a.line = span.line;
        a.start = map.fromCodePoint.at(span.fragments.first().first);
        a.end = map.fromCodePoint.at(span.fragments.last().second);
        if (span.type.startsWith(QStringLiteral("Highlight_"))) {
            a.kind = AnnotationKind::Highlight;
            a.colour = span.type.mid(10);
        } else if (span.type == u"Note") {
            a.kind = AnnotationKind::Note;
        } else {
            a.kind = AnnotationKind::Entity;
            a.typeCode = span.type;
        }
        QJsonObject extras;
        // Fragments that only skip line breaks are one span (that is how brat and Hamish write a
        // span across lines); others are kept for the export, the annotation covering them all.
        bool contiguous = true;
        for (qsizetype r = 1; r < span.fragments.size() && contiguous; ++r) {
            for (qsizetype k = span.fragments.at(r - 1).second; k < span.fragments.at(r).first && contiguous; ++k)
                contiguous = codePoints.at(k) == u'\n' || codePoints.at(k) == u'\r';
        }
        if (!contiguous) { // as UTF-16 offsets of the canonical text, like the annotation's own
            QJsonArray fragments;
            for (const auto& [start, end] : span.fragments)
                fragments.append(QJsonArray{qint64(map.fromCodePoint.at(start)), qint64(map.fromCodePoint.at(end))});
            extras.insert(QStringLiteral("brat_fragments"), fragments);
        }
        QJsonArray extra;
        for (const auto& [type, text] : notes.value(id)) {
            if (type == u"AnnotatorNotes" && a.note.isEmpty())
                a.note = text;
            else
                extra.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("text"), text}});
        }
        if (!extra.isEmpty())
            extras.insert(QStringLiteral("brat_notes"), extra);
        a.references = references.value(id);
        a.extras = jsonText(extras);
        annotationIndex.insert(id, document.annotations.size());
        document.annotations.append(a);
    }
    QHash<QString, qsizetype> eventIndex;
    for (qsizetype i = 0; i < document.events.size(); ++i)
        eventIndex.insert(document.events.at(i).key, i);
    // Attributes: on annotations as values by name ("true" for a flag), on events in their extras.
    for (const BratAttribute& attribute : std::as_const(attributes)) {
        const QString value = attribute.value.isEmpty() ? QStringLiteral("true") : attribute.value;
        if (const auto it = annotationIndex.constFind(attribute.target); it != annotationIndex.cend()) {
            ParsedAnnotation& a = document.annotations[*it];
            a.attributes.insert(attribute.name, value);
            if (attribute.modifier) {
                QJsonObject extras = objectOf(a.extras);
                QJsonArray modifiers = extras.value(u"brat_modifiers").toArray();
                modifiers.append(attribute.name);
                extras.insert(QStringLiteral("brat_modifiers"), modifiers);
                a.extras = jsonText(extras);
            }
        } else if (eventIndex.contains(attribute.target) || relationIndex.contains(attribute.target)) {
            // On an event or a relation: kept in its extras for the export.
            const auto e = eventIndex.constFind(attribute.target);
            QString& extrasText = e != eventIndex.cend()
                                      ? document.events[*e].extras
                                      : document.relations[relationIndex.value(attribute.target)].extras;
            QJsonObject extras = objectOf(extrasText);
            QJsonArray list = extras.value(u"brat_attributes").toArray();
            list.append(QJsonObject{{QStringLiteral("name"), attribute.name},
                                    {QStringLiteral("value"), attribute.value},
                                    {QStringLiteral("modifier"), attribute.modifier}});
            extras.insert(QStringLiteral("brat_attributes"), list);
            extrasText = jsonText(extras);
        } else {
            return failureAt(annPath, attribute.line,
                             tr("the attribute refers to %1, which is not here.").arg(attribute.target));
        }
    }
    // Notes on relations and events: AnnotatorNotes is the note, other kinds are kept in extras.
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (annotationIndex.contains(it.key()))
            continue;
        const auto r = relationIndex.constFind(it.key());
        const auto e = eventIndex.constFind(it.key());
        if (r == relationIndex.cend() && e == eventIndex.cend())
            return failureIn(annPath, tr("a note refers to %1, which is not here.").arg(it.key()));
        QString& note = r != relationIndex.cend() ? document.relations[*r].note : document.events[*e].note;
        QString& extrasText = r != relationIndex.cend() ? document.relations[*r].extras : document.events[*e].extras;
        QJsonObject extras = objectOf(extrasText);
        QJsonArray extra = extras.value(u"brat_notes").toArray();
        for (const auto& [type, text] : it.value()) {
            if (type == u"AnnotatorNotes" && note.isEmpty())
                note = text;
            else
                extra.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("text"), text}});
        }
        if (!extra.isEmpty()) {
            extras.insert(QStringLiteral("brat_notes"), extra);
            extrasText = jsonText(extras);
        }
    }
    for (const QString& target : references.keys()) {
        if (!annotationIndex.contains(target))
            return failureIn(annPath, tr("a normalisation refers to %1, which is not a T line here.").arg(target));
    }
    // An equivalence of n annotations: n−1 symmetric relations from the first, one group.
    for (qsizetype g = 0; g < equivalences.size(); ++g) {
        const auto& [group, groupLine] = equivalences.at(g);
        for (qsizetype k = 2; k < group.size(); ++k) {
            ParsedRelation relation;
            relation.typeCode = group.at(0);
            relation.fromKey = group.at(1);
            relation.toKey = group.at(k);
            relation.line = groupLine;
            relation.extras = jsonText(QJsonObject{{QStringLiteral("brat_equivalence"), qint64(g)}});
            document.relations.append(relation);
        }
    }
    parsed.documents.append(document);
    return parsed;
}

} // namespace hamish

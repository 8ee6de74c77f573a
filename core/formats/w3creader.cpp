#include "formats/readers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hamish {

namespace {

QJsonArray asArray(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

bool hasType(const QJsonObject& o, const QString& type)
{
    for (const auto& t : asArray(o.value(u"type"))) {
        if (t.toString() == type)
            return true;
    }
    return false;
}

QString firstType(const QJsonObject& o)
{
    const QJsonArray types = asArray(o.value(u"type"));
    return types.isEmpty() ? QStringLiteral("untyped") : types.first().toString();
}

// Every annotation in a collection (first page and @included pages), a page, an annotation or an array.
void collect(const QJsonValue& value, QList<QJsonObject>& out)
{
    if (value.isArray()) {
        for (const auto& item : value.toArray())
            collect(item, out);
        return;
    }
    const QJsonObject o = value.toObject();
    if (hasType(o, QStringLiteral("Annotation"))) {
        out.append(o);
    } else if (hasType(o, QStringLiteral("AnnotationPage"))) {
        collect(o.value(u"items"), out);
    } else if (hasType(o, QStringLiteral("AnnotationCollection"))) {
        collect(o.value(u"first"), out);
        collect(o.value(u"@included"), out);
    }
}

// The text selectors of a selector, the ones it is refined by included (a FragmentSelector for
// the page, refined by a TextQuoteSelector inside it); the names of the others, for messages.
void textSelectors(const QJsonValue& value, AnchoredAnnotation& anchored, QStringList& others)
{
    for (const auto& s : asArray(value)) {
        if (!s.isObject()) {
            others.append(QStringLiteral("an external selector"));
            continue;
        }
        const QJsonObject selector = s.toObject();
        if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
            anchored.exact = selector.value(u"exact").toString();
            anchored.prefix = selector.value(u"prefix").toString();
            anchored.suffix = selector.value(u"suffix").toString();
        } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
            anchored.position = selector.value(u"start").toInteger(-1);
            anchored.positionEnd = selector.value(u"end").toInteger(-1);
        } else {
            others.append(firstType(selector));
        }
        if (selector.contains(u"refinedBy"))
            textSelectors(selector.value(u"refinedBy"), anchored, others);
    }
}

// The IRI a target or a body names: a string, or an object's source (a SpecificResource) or id.
QString iriOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject o = value.toObject();
    return o.contains(u"source") ? iriOf(o.value(u"source")) : o.value(u"id").toString();
}

// An IRI body as a reference: "Wikidata:Q1234" is resource and identifier, a web address a link.
Reference referenceOf(const QString& iri, const QString& label)
{
    static const QRegularExpression compact(QStringLiteral("^([A-Za-z][\\w.-]*):([^/].*)$"));
    const QRegularExpressionMatch m = compact.match(iri);
    const QString scheme = m.hasMatch() ? m.captured(1).toLower() : QString();
    if (m.hasMatch() && scheme != u"http" && scheme != u"https" && scheme != u"urn" && scheme != u"mailto")
        return {m.captured(1), m.captured(2), label};
    return {QStringLiteral("link"), iri, label};
}

bool isTextualBody(const QJsonObject& body)
{
    return hasType(body, QStringLiteral("TextualBody")) || body.contains(u"value");
}

} // namespace

Result<ParsedAnnotations> AnnotationReaders::readW3c(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failureIn(path, tr("cannot read it (%1).").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return failureAt(path, bytes.left(error.offset).count('\n') + 1,
                         tr("malformed JSON (%1).").arg(error.errorString()));
    QList<QJsonObject> annotations;
    collect(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), annotations);
    if (annotations.isEmpty())
        return failure(tr("no Web Annotation found (expected an Annotation, AnnotationPage or AnnotationCollection)."))
            .inFile(path);

    ParsedAnnotations parsed;
    for (qsizetype n = 0; n < annotations.size(); ++n) {
        const QJsonObject& o = annotations.at(n);
        const int number = int(n + 1);
        const QString motivation = asArray(o.value(u"motivation")).first().toString();
        const QJsonArray bodies = asArray(o.value(u"body"));
        const QJsonArray targets = asArray(o.value(u"target"));
        if (targets.isEmpty()) {
            parsed.problems.append(tr("annotation %1 has no target").arg(number));
            continue;
        }

        // A relation: the target is one annotation, a linking body the other (see the README).
        QString linked, linkType, note;
        for (const auto& b : bodies) {
            const QJsonObject body = b.toObject();
            const QString purpose = body.value(u"purpose").toString();
            if (purpose == u"linking")
                linked = iriOf(b);
            else if (purpose == u"tagging")
                linkType = body.value(u"value").toString();
            else if (purpose == u"commenting")
                note = body.value(u"value").toString();
        }
        if (motivation == u"linking" || !linked.isEmpty()) {
            ParsedRelation relation;
            relation.fromKey = iriOf(targets.first());
            relation.toKey = linked;
            relation.typeCode = linkType;
            relation.note = note;
            const QJsonValue creator = o.value(u"creator");
            relation.author = creator.isObject() ? creator.toObject().value(u"name").toString() : creator.toString();
            relation.line = number;
            if (relation.fromKey.isEmpty() || relation.toKey.isEmpty() || relation.typeCode.isEmpty())
                parsed.problems.append(tr("annotation %1 links, but lacks its target, its linking body or the "
                                          "relation's type (a tagging body)")
                                           .arg(number));
            else
                parsed.anchoredRelations.append(relation);
            continue;
        }

        QJsonObject target;
        for (const auto& t : targets) {
            if (t.isObject() && t.toObject().contains(u"selector")) {
                target = t.toObject();
                break;
            }
        }
        // A document label: a classifying annotation of a whole article.
        if (target.isEmpty() && motivation == u"classifying") {
            for (const auto& b : bodies) {
                const QJsonObject body = b.toObject();
                const QString label = body.value(u"value").toString();
                if (label.isEmpty())
                    continue;
                const QString set = body.value(u"hamish:labelSet").toString(QStringLiteral("category"));
                const QJsonValue creator = o.value(u"creator");
                parsed.anchoredLabels.append(
                    {iriOf(targets.first()),
                     ParsedLabel{set, label,
                                 creator.isObject() ? creator.toObject().value(u"name").toString()
                                                    : creator.toString()}});
            }
            continue;
        }
        if (target.isEmpty()) {
            parsed.problems.append(tr("annotation %1 targets a whole resource (%2), not a span of text")
                                       .arg(number)
                                       .arg(iriOf(targets.first())));
            continue;
        }
        AnchoredAnnotation anchored;
        anchored.line = number;
        anchored.source = iriOf(target);
        anchored.scope = target.value(u"scope").toString();
        QStringList others;
        textSelectors(target.value(u"selector"), anchored, others);
        if (anchored.exact.isEmpty() && anchored.position < 0) {
            parsed.problems.append(tr("annotation %1 selects no text (it has %2, and neither a TextQuoteSelector nor "
                                      "a TextPositionSelector)")
                                       .arg(number)
                                       .arg(others.join(QStringLiteral(", "))));
            continue;
        }
        ParsedAnnotation& a = anchored.annotation;
        a.line = number;
        a.key = o.value(u"id").toString();
        QString typeCode;
        QStringList links;
        for (const auto& b : bodies) {
            if (b.isObject() && hasType(b.toObject(), QStringLiteral("Choice"))) {
                // A choice of bodies: the first is the default.
                const QJsonArray items = asArray(b.toObject().value(u"items"));
                if (!items.isEmpty() && !isTextualBody(items.first().toObject()))
                    links.append(iriOf(items.first()));
                else if (!items.isEmpty())
                    a.note = items.first().toObject().value(u"value").toString();
                continue;
            }
            const QJsonObject body = b.toObject();
            if (b.isString() || !isTextualBody(body)) {
                const QString iri = iriOf(b);
                if (!iri.isEmpty()) {
                    links.append(iri);
                    a.references.append(referenceOf(iri, body.value(u"hamish:label").toString()));
                }
                continue;
            }
            const QString purpose = body.value(u"purpose").toString();
            const QString value = body.value(u"value").toString();
            if (purpose == u"tagging" && typeCode.isEmpty()) {
                typeCode = value;
            } else if (purpose == u"describing" && body.contains(u"hamish:attribute")) {
                const QString name = body.value(u"hamish:attribute").toString();
                a.attributes.insert(name, value.section(u'=', 1));
            } else if (purpose == u"identifying") {
                a.entityName = value;
            } else if (purpose == u"commenting" || purpose.isEmpty() || purpose == u"describing") {
                a.note = a.note.isEmpty() ? value : a.note + u'\n' + value;
            }
        }
        if (o.contains(u"bodyValue"))
            a.note = o.value(u"bodyValue").toString();
        if (!typeCode.isEmpty()) {
            a.kind = AnnotationKind::Entity;
            a.typeCode = typeCode;
        } else if (motivation == u"highlighting" || target.contains(u"styleClass")) {
            a.kind = AnnotationKind::Highlight;
            a.colour = target.value(u"styleClass").toString(QStringLiteral("yellow"));
        } else {
            a.kind = AnnotationKind::Note;
            // A note whose body is a link keeps the link as its text.
            if (a.note.isEmpty())
                a.note = links.join(u'\n');
        }
        if (a.kind != AnnotationKind::Entity)
            a.references.clear();
        const QJsonValue creator = o.value(u"creator");
        a.author = creator.isObject() ? creator.toObject().value(u"name").toString() : creator.toString();
        a.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(o.value(u"modified").toString(), Qt::ISODateWithMs);
        for (const char16_t* key : {u"hamish:extras", u"hamish:attributes"}) {
            if (o.contains(QStringView(key)))
                a.extras = QString::fromUtf8(
                    QJsonDocument(o.value(QStringView(key)).toObject()).toJson(QJsonDocument::Compact));
        }
        parsed.anchored.append(anchored);
    }
    if (parsed.anchored.isEmpty() && parsed.anchoredRelations.isEmpty() && parsed.anchoredLabels.isEmpty())
        return failureIn(path, tr("none of its %n annotation(s) can be imported: %1", nullptr, int(annotations.size()))
                                   .arg(parsed.problems.join(QStringLiteral("; "))));
    return parsed;
}

} // namespace hamish

#include "formats/readers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        AnchoredAnnotation anchored;
        anchored.line = number;
        ParsedAnnotation& a = anchored.annotation;
        a.line = number;
        QJsonObject target;
        for (const auto& t : asArray(o.value(u"target"))) {
            if (t.isObject() && t.toObject().contains(u"selector")) {
                target = t.toObject();
                break;
            }
        }
        if (target.isEmpty())
            return failureIn(path, tr("annotation %1 has no target with a selector.").arg(number));
        anchored.source = target.value(u"source").toString();
        anchored.scope = target.value(u"scope").toString();
        for (const auto& s : asArray(target.value(u"selector"))) {
            const QJsonObject selector = s.toObject();
            if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
                anchored.exact = selector.value(u"exact").toString();
                anchored.prefix = selector.value(u"prefix").toString();
                anchored.suffix = selector.value(u"suffix").toString();
            } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
                anchored.position = selector.value(u"start").toInteger(-1);
                anchored.positionEnd = selector.value(u"end").toInteger(-1);
            }
        }
        if (anchored.exact.isEmpty() && anchored.position < 0)
            return failureIn(
                path, tr("annotation %1 has neither a TextQuoteSelector nor a TextPositionSelector.").arg(number));

        QString typeCode;
        for (const auto& b : asArray(o.value(u"body"))) {
            const QJsonObject body = b.toObject();
            const QString purpose = body.value(u"purpose").toString();
            const QString value = body.value(u"value").toString();
            if (purpose == u"tagging" && typeCode.isEmpty())
                typeCode = value;
            else if (purpose == u"commenting" || (purpose.isEmpty() && hasType(body, QStringLiteral("TextualBody"))))
                a.note = value;
            else if (purpose == u"identifying")
                a.entityName = value;
        }
        if (o.contains(u"bodyValue"))
            a.note = o.value(u"bodyValue").toString();
        const QString motivation = asArray(o.value(u"motivation")).first().toString();
        if (!typeCode.isEmpty()) {
            a.kind = AnnotationKind::Entity;
            a.typeCode = typeCode;
        } else if (motivation == u"highlighting" || target.contains(u"styleClass")) {
            a.kind = AnnotationKind::Highlight;
            a.colour = target.value(u"styleClass").toString(QStringLiteral("yellow"));
        } else {
            a.kind = AnnotationKind::Note;
        }
        const QJsonValue creator = o.value(u"creator");
        a.author = creator.isObject() ? creator.toObject().value(u"name").toString() : creator.toString();
        a.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(o.value(u"modified").toString(), Qt::ISODateWithMs);
        if (o.contains(u"hamish:attributes"))
            a.extras = QString::fromUtf8(
                QJsonDocument(o.value(u"hamish:attributes").toObject()).toJson(QJsonDocument::Compact));
        parsed.anchored.append(anchored);
    }
    return parsed;
}

} // namespace hamish

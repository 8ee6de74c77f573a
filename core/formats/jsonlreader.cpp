#include "formats/readers.h"
#include "text/offsets.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hamish {

namespace {

QDateTime timeOf(const QJsonObject& o, const char16_t* key)
{
    return QDateTime::fromString(o.value(QStringView(key)).toString(), Qt::ISODateWithMs);
}

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// An id as the file gives it (a number or a string), as a key.
QString keyOf(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

// doccano's document categories: "cats" as strings ("SET:LABEL", or a label of the set
// "category"), or as spaCy's {label: score} with the labels scored 0.5 or more.
QList<ParsedLabel> categories(const QJsonValue& cats)
{
    QStringList names;
    if (cats.isArray()) {
        for (const auto& v : cats.toArray())
            names.append(v.toString());
    } else if (cats.isObject()) {
        const QJsonObject scores = cats.toObject();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            if (it.value().toDouble() >= 0.5)
                names.append(it.key());
        }
    }
    QList<ParsedLabel> labels;
    for (const QString& name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        const qsizetype colon = name.indexOf(u':');
        if (colon > 0)
            labels.append({name.left(colon), name.mid(colon + 1), {}});
        else
            labels.append({QStringLiteral("category"), name, {}});
    }
    return labels;
}

} // namespace

Result<ParsedAnnotations> AnnotationReaders::readJsonl(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failureIn(path, tr("cannot read it (%1).").arg(file.errorString()));
    Result<DecodedText> decoded = TextDecoder::decode(file.readAll());
    if (!decoded)
        return decoded.problem().inFile(path);
    ParsedAnnotations parsed;
    const QStringList lines = decoded->text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (lines.at(n).trimmed().isEmpty())
            continue;
        const int lineNumber = int(n + 1);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(lines.at(n).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return failureAt(path, lineNumber, tr("malformed JSON (%1).").arg(error.errorString()));
        const QJsonObject o = json.object();
        const QString unit = o.value(u"offset_unit").toString(QStringLiteral("codepoint"));
        if (unit != u"codepoint")
            return failureAt(path, lineNumber, tr("offsets in '%1' are not supported; use code points.").arg(unit));
        const QString text = TextDecoder::canonicalize(o.value(u"text").toString());
        if (text.trimmed().isEmpty())
            return failureAt(path, lineNumber, tr("the record has no text."));
        if (text != o.value(u"text").toString())
            return failureAt(path, lineNumber,
                             tr("the text has CR line ends or a BOM, so its offsets cannot be trusted."));
        ParsedDocument document;
        document.article.body = text;
        document.article.title = o.value(u"title").toString();
        document.article.author = o.value(u"author").toString();
        document.article.source = o.value(u"source").toString();
        document.article.url = o.value(u"url").toString();
        document.article.date = o.value(u"date").toString();
        document.article.tokenization = o.value(u"tokenization").toString();
        document.article.originPath = path;
        document.article.originEncoding = decoded->encoding;

        const qsizetype length = codePointsFromUtf16(text, text.size());
        const auto place = [&](qint64 start, qint64 end, ParsedAnnotation& a) -> Status {
            a.line = lineNumber;
            if (start < 0 || end <= start || end > length)
                return failureAt(
                    path, lineNumber,
                    tr("the span %1–%2 is outside the text (%3 code points).").arg(start).arg(end).arg(length));
            a.start = utf16FromCodePoints(text, start);
            a.end = utf16FromCodePoints(text, end);
            return {};
        };
        const QJsonObject ours = o.value(u"hamish").toObject();
        if (!ours.isEmpty()) {
            // Version 2 keeps attribute values under "attributes" and the exchange data under
            // "extras"; version 1 had the exchange data under "attributes".
            const bool current = ours.value(u"version").toInt(1) >= 2;
            for (const auto& value : ours.value(u"annotations").toArray()) {
                const QJsonObject x = value.toObject();
                ParsedAnnotation a;
                if (!kindFromName(x.value(u"kind").toString(), a.kind))
                    return failureAt(path, lineNumber, tr("unknown annotation kind."));
                if (Status ok = place(x.value(u"start").toInteger(-1), x.value(u"end").toInteger(-1), a); !ok)
                    return ok.problem();
                a.key = keyOf(x.value(u"id"));
                a.typeCode = x.value(u"type").toString();
                a.colour = x.value(u"colour").toString();
                a.note = x.value(u"note").toString();
                a.entityName = x.value(u"entity").toString();
                a.author = x.value(u"author").toString();
                a.created = timeOf(x, u"created");
                a.modified = timeOf(x, u"modified");
                if (current) {
                    a.extras = compact(x.value(u"extras").toObject());
                    const QJsonObject values = x.value(u"attributes").toObject();
                    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                        a.attributes.insert(it.key(), it.value().toString());
                    for (const auto& r : x.value(u"references").toArray()) {
                        const QJsonObject ref = r.toObject();
                        a.references.append({ref.value(u"resource").toString(), ref.value(u"identifier").toString(),
                                             ref.value(u"label").toString()});
                    }
                } else {
                    a.extras = compact(x.value(u"attributes").toObject());
                }
                document.annotations.append(a);
            }
            for (const auto& value : ours.value(u"relations").toArray()) {
                const QJsonObject x = value.toObject();
                document.relations.append({x.value(u"type").toString(), keyOf(x.value(u"from")), keyOf(x.value(u"to")),
                                           x.value(u"note").toString(), compact(x.value(u"extras").toObject()),
                                           x.value(u"author").toString(), lineNumber});
            }
            for (const auto& value : ours.value(u"events").toArray()) {
                const QJsonObject x = value.toObject();
                ParsedEvent event;
                event.key = QStringLiteral("event:") + keyOf(x.value(u"id"));
                event.type = x.value(u"type").toString();
                event.triggerKey = keyOf(x.value(u"trigger"));
                event.note = x.value(u"note").toString();
                event.extras = compact(x.value(u"extras").toObject());
                event.line = lineNumber;
                for (const auto& arg : x.value(u"arguments").toArray()) {
                    const QJsonObject argument = arg.toObject();
                    event.arguments.append({argument.value(u"role").toString(),
                                            argument.contains(u"event")
                                                ? QStringLiteral("event:") + keyOf(argument.value(u"event"))
                                                : keyOf(argument.value(u"annotation"))});
                }
                document.events.append(event);
            }
            for (const auto& value : ours.value(u"labels").toArray()) {
                const QJsonObject x = value.toObject();
                document.labels.append(
                    {x.value(u"set").toString(), x.value(u"label").toString(), x.value(u"author").toString()});
            }
            for (const auto& value : ours.value(u"article_notes").toArray()) {
                const QJsonObject x = value.toObject();
                document.notes.append({0, 0, x.value(u"text").toString(), x.value(u"author").toString(),
                                       timeOf(x, u"created"), timeOf(x, u"modified")});
            }
        } else {
            // doccano: "label": [[start, end, "TYPE"]] (or ["category", …] for a classified text),
            // "entities": [{id, start_offset, end_offset, label}] with "relations": [{from_id,
            // to_id, type}], and "cats" for the document's categories.
            for (const auto& value : o.value(u"label").toArray()) {
                if (value.isString()) {
                    document.labels.append({QStringLiteral("category"), value.toString(), {}});
                    continue;
                }
                const QJsonArray l = value.toArray();
                ParsedAnnotation a;
                if (l.size() < 3)
                    return failureAt(path, lineNumber, tr("a label must be [start, end, type]."));
                if (Status ok = place(l.at(0).toInteger(-1), l.at(1).toInteger(-1), a); !ok)
                    return ok.problem();
                a.typeCode = l.at(2).toString();
                document.annotations.append(a);
            }
            for (const auto& value : o.value(u"entities").toArray()) {
                const QJsonObject e = value.toObject();
                ParsedAnnotation a;
                if (Status ok = place(e.value(u"start_offset").toInteger(-1), e.value(u"end_offset").toInteger(-1), a);
                    !ok)
                    return ok.problem();
                a.typeCode = e.value(u"label").toString();
                a.key = keyOf(e.value(u"id"));
                document.annotations.append(a);
            }
            for (const auto& value : o.value(u"relations").toArray()) {
                const QJsonObject r = value.toObject();
                ParsedRelation relation;
                relation.typeCode = r.value(u"type").toString();
                relation.fromKey = keyOf(r.value(u"from_id"));
                relation.toKey = keyOf(r.value(u"to_id"));
                relation.line = lineNumber;
                if (relation.typeCode.isEmpty() || relation.fromKey.isEmpty() || relation.toKey.isEmpty())
                    return failureAt(path, lineNumber, tr("a relation needs from_id, to_id and type."));
                document.relations.append(relation);
            }
            document.labels += categories(o.value(u"cats"));
        }
        parsed.documents.append(document);
    }
    if (parsed.documents.isEmpty())
        return failure(tr("no records.")).inFile(path);
    return parsed;
}

} // namespace hamish

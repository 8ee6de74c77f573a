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

        const auto place = [&](qint64 start, qint64 end, ParsedAnnotation& a) -> Status {
            a.start = utf16FromCodePoints(text, start);
            a.end = utf16FromCodePoints(text, end);
            a.line = lineNumber;
            if (a.start < 0 || a.end < 0 || a.end <= a.start)
                return failureAt(path, lineNumber, tr("the span %1–%2 is outside the text.").arg(start).arg(end));
            return {};
        };
        const QJsonObject ours = o.value(u"hamish").toObject();
        if (!ours.isEmpty()) {
            for (const auto& value : ours.value(u"annotations").toArray()) {
                const QJsonObject x = value.toObject();
                ParsedAnnotation a;
                if (!kindFromName(x.value(u"kind").toString(), a.kind))
                    return failureAt(path, lineNumber, tr("unknown annotation kind."));
                if (Status ok = place(x.value(u"start").toInteger(-1), x.value(u"end").toInteger(-1), a); !ok)
                    return failure(ok.error());
                a.typeCode = x.value(u"type").toString();
                a.colour = x.value(u"colour").toString();
                a.note = x.value(u"note").toString();
                a.entityName = x.value(u"entity").toString();
                a.author = x.value(u"author").toString();
                a.created = timeOf(x, u"created");
                a.modified = timeOf(x, u"modified");
                if (x.contains(u"attributes"))
                    a.extras = QString::fromUtf8(
                        QJsonDocument(x.value(u"attributes").toObject()).toJson(QJsonDocument::Compact));
                document.annotations.append(a);
            }
            for (const auto& value : ours.value(u"article_notes").toArray()) {
                const QJsonObject x = value.toObject();
                document.notes.append({0, 0, x.value(u"text").toString(), x.value(u"author").toString(),
                                       timeOf(x, u"created"), timeOf(x, u"modified")});
            }
        } else {
            // doccano: "label": [[start, end, "TYPE"]] or "entities": [{start_offset, end_offset, label}].
            for (const auto& value : o.value(u"label").toArray()) {
                const QJsonArray l = value.toArray();
                ParsedAnnotation a;
                if (l.size() < 3 || !place(l.at(0).toInteger(-1), l.at(1).toInteger(-1), a))
                    return failureAt(path, lineNumber, tr("a label must be [start, end, type] inside the text."));
                a.typeCode = l.at(2).toString();
                document.annotations.append(a);
            }
            for (const auto& value : o.value(u"entities").toArray()) {
                const QJsonObject e = value.toObject();
                ParsedAnnotation a;
                if (Status ok = place(e.value(u"start_offset").toInteger(-1), e.value(u"end_offset").toInteger(-1), a);
                    !ok)
                    return failure(ok.error());
                a.typeCode = e.value(u"label").toString();
                document.annotations.append(a);
            }
        }
        parsed.documents.append(document);
    }
    if (parsed.documents.isEmpty())
        return failure(tr("no records.")).inFile(path);
    return parsed;
}

} // namespace hamish

#include "formats/readers.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    qsizetype start = 0; // raw code points
    qsizetype end = 0;
    QString text;
    int line = 0;
};

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
    QHash<QString, BratSpan> spans;
    QStringList order;
    QHash<QString, QList<std::pair<QString, QString>>> notes; // T id → (type, text)
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
        if (kind == u'T') {
            if (fields.size() < 3)
                return failureAt(annPath, lineNumber, tr("a T line needs an id, a type with offsets and the text."));
            const QStringList head = fields.at(1).split(u' ', Qt::SkipEmptyParts);
            if (head.size() < 3)
                return failureAt(annPath, lineNumber, tr("malformed T line."));
            const QStringList fragments = head.mid(1).join(u' ').split(u';');
            QList<std::pair<qsizetype, qsizetype>> ranges;
            for (const QString& fragment : fragments) {
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
                ranges.append({start, end});
            }
            // Fragments that only skip line breaks are one span (that is how brat and Hamish
            // write a span across lines); any other gap is a discontinuous span Hamish does not model.
            bool contiguous = true;
            for (qsizetype r = 1; r < ranges.size() && contiguous; ++r) {
                for (qsizetype k = ranges.at(r - 1).second; k < ranges.at(r).first && contiguous; ++k)
                    contiguous = codePoints.at(k) == u'\n' || codePoints.at(k) == u'\r';
            }
            if (!contiguous) {
                parsed.unsupported[tr("discontinuous T spans")] += 1;
                continue;
            }
            QString covered;
            for (const auto& [start, end] : ranges) {
                if (!covered.isEmpty())
                    covered += u' ';
                covered +=
                    QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + start), end - start);
            }
            if (covered != fields.mid(2).join(u'\t'))
                return failureAt(annPath, lineNumber,
                                 tr("the text '%1' does not match offsets %2, which cover '%3'.")
                                     .arg(fields.mid(2).join(u'\t'), fields.at(1), covered));
            spans.insert(fields.at(0), {head.at(0), ranges.first().first, ranges.last().second, covered, lineNumber});
            order.append(fields.at(0));
        } else if (kind == u'#') {
            const QStringList head = fields.value(1).split(u' ', Qt::SkipEmptyParts);
            if (fields.size() < 2 || head.size() != 2)
                return failureAt(annPath, lineNumber, tr("malformed note line."));
            if (!head.at(1).startsWith(u'T')) {
                parsed.unsupported[tr("notes on relations or events")] += 1;
                continue;
            }
            notes[head.at(1)].append({head.at(0), fields.mid(2).join(u'\t')});
        } else if (QStringLiteral("REAMN*").contains(kind)) {
            parsed.unsupported[tr("%1 lines").arg(kind)] += 1;
        } else {
            return failureAt(annPath, lineNumber, tr("unknown line type '%1'.").arg(kind));
        }
    }

    ParsedDocument document;
    document.article.title = info.completeBaseName();
    document.article.body = map.text;
    document.article.originPath = info.absoluteFilePath();
    document.article.originEncoding = QStringLiteral("UTF-8");
    for (const QString& id : std::as_const(order)) {
        const BratSpan& span = spans.value(id);
        ParsedAnnotation a;
        a.line = span.line;
        a.start = map.fromCodePoint.at(span.start);
        a.end = map.fromCodePoint.at(span.end);
        if (span.type.startsWith(QStringLiteral("Highlight_"))) {
            a.kind = AnnotationKind::Highlight;
            a.colour = span.type.mid(10);
        } else if (span.type == u"Note") {
            a.kind = AnnotationKind::Note;
        } else {
            a.kind = AnnotationKind::Entity;
            a.typeCode = span.type;
        }
        QJsonArray extra;
        for (const auto& [type, text] : notes.value(id)) {
            if (type == u"AnnotatorNotes" && a.note.isEmpty())
                a.note = text;
            else
                extra.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("text"), text}});
        }
        if (!extra.isEmpty())
            a.extras = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("brat_notes"), extra}}).toJson(QJsonDocument::Compact));
        document.annotations.append(a);
    }
    for (const QString& id : notes.keys()) {
        if (!spans.contains(id))
            return failureIn(annPath, tr("a note refers to %1, which is not a T line here.").arg(id));
    }
    parsed.documents.append(document);
    return parsed;
}

} // namespace hamish

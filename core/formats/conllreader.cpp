#include "annotations/schemaservice.h"
#include "formats/readers.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace hamish {

namespace {

// An entity still open at the previous token.
struct OpenEntity
{
    qsizetype index = 0; // in the annotations
    QString type;
};

bool looksLikeTag(const QString& column)
{
    static const QRegularExpression pattern(QStringLiteral("^(O|[BI]-\\S+)$"));
    return pattern.match(column).hasMatch();
}

} // namespace

Result<ParsedAnnotations> AnnotationReaders::readConll(const QString& path, bool lenient)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failureIn(path, tr("cannot read it (%1).").arg(file.errorString()));
    Result<DecodedText> decoded = TextDecoder::decode(file.readAll());
    if (!decoded)
        return decoded.problem().inFile(path);

    static const QRegularExpression separator(QStringLiteral("[ \\t]+"));
    ParsedAnnotations parsed;
    QString body;
    QList<ParsedAnnotation> annotations;
    QList<OpenEntity> open; // outermost first
    bool sentenceHasTokens = false;
    const QStringList lines = decoded->text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        const int lineNumber = int(n + 1);
        if (line.isEmpty()) {
            if (sentenceHasTokens)
                body += u'\n';
            sentenceHasTokens = false;
            open.clear();
            continue;
        }
        const QStringList columns = line.split(separator);
        if (columns.first() == u"-DOCSTART-")
            continue;
        if (columns.size() < 2)
            return failureAt(path, lineNumber, tr("expected a token and a tag, found '%1'.").arg(line));
        // Every column after the token a tag: one tag per entity covering the token (Wojood).
        // Otherwise the others are features (part of speech, chunks) and the tag is the last.
        const QStringList tail = columns.mid(1);
        const bool allTags = std::all_of(tail.cbegin(), tail.cend(), looksLikeTag);
        QStringList tags;
        for (const QString& tag : allTags ? tail : QStringList{columns.last()}) {
            const QString type = tag.mid(2);
            QString wrong;
            if (!looksLikeTag(tag))
                wrong = tr("'%1' is not an O, B- or I- tag").arg(tag);
            else if (tag != u"O" && !SchemaService::isValidCode(type))
                wrong = tr("'%1' is not a valid type name (a letter or _, then letters, digits, - or _)").arg(type);
            if (wrong.isEmpty()) {
                if (tag != u"O")
                    tags.append(tag);
            } else if (lenient) {
                parsed.problems.append(tr("line %1: %2; read as O").arg(lineNumber).arg(wrong));
            } else {
                return failureAt(path, lineNumber, tr("%1; import with --lenient to read such tags as O.").arg(wrong));
            }
        }
        const QString& token = columns.first();
        if (sentenceHasTokens)
            body += u' ';
        const qsizetype start = body.size();
        body += token;
        sentenceHasTokens = true;
        // I- tags continue the open entities of their type, outermost first; B- tags, and I- tags
        // with nothing to continue, start new ones.
        QList<OpenEntity> still;
        QList<bool> used(open.size(), false);
        QStringList starting;
        for (const QString& tag : std::as_const(tags)) {
            const QString type = tag.mid(2);
            qsizetype found = -1;
            if (tag.startsWith(u'I')) {
                for (qsizetype k = 0; k < open.size() && found < 0; ++k) {
                    if (!used.at(k) && open.at(k).type == type)
                        found = k;
                }
            }
            if (found < 0) {
                starting.append(tag);
                continue;
            }
            used[found] = true;
            annotations[open.at(found).index].end = body.size();
            still.append(open.at(found));
        }
        for (const QString& tag : std::as_const(starting)) {
            ParsedAnnotation a;
            a.kind = AnnotationKind::Entity;
            a.typeCode = tag.mid(2);
            a.start = start;
            a.end = body.size();
            a.line = lineNumber;
            // An entity that opens with I- (IOB1, or a slip in IOB2 data) keeps that for export.
            if (tag.startsWith(u'I'))
                a.extras = QStringLiteral("{\"conll_begin\":\"I\"}");
            still.append({annotations.size(), a.typeCode});
            annotations.append(a);
        }
        open = still;
    }
    while (body.endsWith(u'\n'))
        body.chop(1);
    if (body.trimmed().isEmpty())
        return failure(tr("no tokens.")).inFile(path);

    ParsedDocument document;
    document.article.title = QFileInfo(path).completeBaseName();
    document.article.body = body;
    document.article.tokenization = QStringLiteral("whitespace");
    document.article.originPath = QFileInfo(path).absoluteFilePath();
    document.article.originEncoding = decoded->encoding;
    document.annotations = annotations;
    parsed.documents.append(document);
    return parsed;
}

} // namespace hamish

#include "formats/readers.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace hamish {

Result<ParsedAnnotations> AnnotationReaders::readConll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failureIn(path, tr("cannot read it (%1).").arg(file.errorString()));
    Result<DecodedText> decoded = TextDecoder::decode(file.readAll());
    if (!decoded)
        return decoded.problem().inFile(path);

    static const QRegularExpression tagPattern(QStringLiteral("^(O|[BI]-\\S+)$"));
    QString body;
    QList<ParsedAnnotation> annotations;
    ParsedAnnotation* open = nullptr;
    QString openType;
    bool sentenceHasTokens = false;
    const QStringList lines = decoded->text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        const int lineNumber = int(n + 1);
        if (line.isEmpty()) {
            if (sentenceHasTokens)
                body += u'\n';
            sentenceHasTokens = false;
            open = nullptr;
            continue;
        }
        const QStringList columns = line.split(QRegularExpression(QStringLiteral("[ \\t]+")));
        if (columns.first() == u"-DOCSTART-")
            continue;
        if (columns.size() < 2)
            return failureAt(path, lineNumber, tr("expected a token and a tag, found '%1'.").arg(line));
        const QString& tag = columns.last();
        if (!tagPattern.match(tag).hasMatch())
            return failureAt(path, lineNumber, tr("'%1' is not an O, B- or I- tag.").arg(tag));
        const QString& token = columns.first();
        if (sentenceHasTokens)
            body += u' ';
        const qsizetype start = body.size();
        body += token;
        sentenceHasTokens = true;
        if (tag == u"O") {
            open = nullptr;
            continue;
        }
        const QString type = tag.mid(2);
        if (tag.startsWith(u'I') && open && openType == type) {
            open->end = body.size();
            continue;
        }
        ParsedAnnotation a;
        a.kind = AnnotationKind::Entity;
        a.typeCode = type;
        a.start = start;
        a.end = body.size();
        a.line = lineNumber;
        // An entity that opens with I- (IOB1, or a slip in IOB2 data) keeps that for export.
        if (tag.startsWith(u'I'))
            a.extras = QStringLiteral("{\"conll_begin\":\"I\"}");
        annotations.append(a);
        open = &annotations.last();
        openType = type;
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
    ParsedAnnotations parsed;
    parsed.documents.append(document);
    return parsed;
}

} // namespace hamish

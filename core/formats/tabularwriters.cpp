#include "annotations/timestamps.h"
#include "formats/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hamish {

namespace {

QString time(const QDateTime& t)
{
    return isoUtc(t);
}

QString csvCell(const QString& value)
{
    const QString safe = neutraliseFormula(value);
    if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n') && !safe.contains(u'\r'))
        return safe;
    QString quoted = safe;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString neutraliseFormula(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

void writeJsonl(const ExportBundle& bundle, QIODevice& out)
{
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        QJsonArray labels, annotations;
        for (const Annotation& a : document.annotations) {
            const qint64 start = document.codePoint(a.start);
            const qint64 end = document.codePoint(a.end);
            if (a.kind == AnnotationKind::Entity)
                labels.append(QJsonArray{start, end, bundle.typeCode(a.entityTypeId)});
            QJsonObject full{{QStringLiteral("kind"), kindName(a.kind)},
                             {QStringLiteral("start"), start},
                             {QStringLiteral("end"), end},
                             {QStringLiteral("quote"), a.quote},
                             {QStringLiteral("note"), a.note},
                             {QStringLiteral("author"), a.author},
                             {QStringLiteral("created"), time(a.created)},
                             {QStringLiteral("modified"), time(a.modified)}};
            if (a.kind == AnnotationKind::Entity)
                full.insert(QStringLiteral("type"), bundle.typeCode(a.entityTypeId));
            if (a.kind == AnnotationKind::Highlight)
                full.insert(QStringLiteral("colour"), a.colour);
            if (a.entityId > 0 && bundle.entityNames.contains(a.entityId))
                full.insert(QStringLiteral("entity"), bundle.entityNames.value(a.entityId));
            if (!a.extras.isEmpty())
                full.insert(QStringLiteral("attributes"), QJsonDocument::fromJson(a.extras.toUtf8()).object());
            annotations.append(full);
        }
        QJsonArray notes;
        for (const ArticleNote& note : document.notes)
            notes.append(QJsonObject{{QStringLiteral("text"), note.text},
                                     {QStringLiteral("author"), note.author},
                                     {QStringLiteral("created"), time(note.created)},
                                     {QStringLiteral("modified"), time(note.modified)}});
        const Article& a = document.article;
        const QJsonObject line{{QStringLiteral("id"), a.id},
                               {QStringLiteral("text"), a.body},
                               {QStringLiteral("label"), labels},
                               {QStringLiteral("offset_unit"), QStringLiteral("codepoint")},
                               {QStringLiteral("title"), a.title},
                               {QStringLiteral("author"), a.author},
                               {QStringLiteral("source"), a.source},
                               {QStringLiteral("url"), a.url},
                               {QStringLiteral("date"), a.date},
                               {QStringLiteral("tokenization"), a.tokenization},
                               {QStringLiteral("hamish"), QJsonObject{{QStringLiteral("annotations"), annotations},
                                                                      {QStringLiteral("article_notes"), notes}}}};
        out.write(QJsonDocument(line).toJson(QJsonDocument::Compact).append('\n'));
    }
}

void writeCsv(const ExportBundle& bundle, QIODevice& out)
{
    out.write("\xEF\xBB\xBF"
              "article_id,article_title,annotation_id,kind,type,colour,start_cp,end_cp,quote,note,"
              "author,created,modified\r\n");
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        QString rows;
        for (const Annotation& a : document.annotations) {
            const QStringList cells{QString::number(document.article.id),
                                    document.article.title,
                                    QString::number(a.id),
                                    kindName(a.kind),
                                    a.kind == AnnotationKind::Entity ? bundle.typeCode(a.entityTypeId) : QString(),
                                    a.colour,
                                    QString::number(document.codePoint(a.start)),
                                    QString::number(document.codePoint(a.end)),
                                    a.quote,
                                    a.note,
                                    a.author,
                                    time(a.created),
                                    time(a.modified)};
            for (qsizetype i = 0; i < cells.size(); ++i)
                rows += (i ? QStringLiteral(",") : QString()) + csvCell(cells.at(i));
            rows += QStringLiteral("\r\n");
        }
        out.write(rows.toUtf8());
    }
}

} // namespace hamish

#include "annotations/timestamps.h"
#include "dates/dateattributes.h"
#include "formats/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hamish {

namespace {

QString time(const QDateTime& t)
{
    return isoUtc(t);
}

bool startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

// Appends one CSV cell: a formula neutralised, and quoted (quotes doubled) where it must be.
void appendCsvCell(QString& line, QStringView value)
{
    const bool quoted = std::any_of(value.cbegin(), value.cend(),
                                    [](QChar c) { return c == u',' || c == u'"' || c == u'\n' || c == u'\r'; });
    if (quoted)
        line += u'"';
    if (startsLikeFormula(value))
        line += u'\'';
    if (!quoted) {
        line += value;
        return;
    }
    for (qsizetype from = 0;;) {
        const qsizetype quote = value.indexOf(u'"', from);
        line += value.mid(from, quote < 0 ? value.size() - from : quote + 1 - from);
        if (quote < 0)
            break;
        line += u'"';
        from = quote + 1;
    }
    line += u'"';
}

// A DATE entity's value (issue 19), read from its attributes: empty for other annotations.
std::optional<DateValue> dateOf(const ExportBundle& bundle, const Annotation& a)
{
    if (a.kind != AnnotationKind::Entity
        || bundle.typeCode(a.entityTypeId) != QStringView(dateattributes::DateTypeCode))
        return std::nullopt;
    return dateattributes::read(a.attributes);
}

// The four date_* cells of a row that has no date.
const QStringList noDate{QString(), QString(), QString(), QString()};

QStringList dateCells(const ExportBundle& bundle, const Annotation& a)
{
    const std::optional<DateValue> date = dateOf(bundle, a);
    if (!date)
        return noDate;
    return {date->value(), calendarName(date->calendar), precisionName(date->precision), date->kindName()};
}

} // namespace

QString neutraliseFormula(const QString& cell)
{
    return startsLikeFormula(cell) ? u'\'' + cell : cell;
}

void writeJsonl(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary)
{
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        QJsonArray labels, entities, relations, annotations;
        for (const Annotation& a : document.annotations) {
            const qint64 start = document.codePoint(a.start);
            const qint64 end = document.codePoint(a.end);
            if (a.kind == AnnotationKind::Entity) {
                labels.append(QJsonArray{start, end, bundle.typeCode(a.entityTypeId)});
                QJsonObject entity{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("label"), bundle.typeCode(a.entityTypeId)},
                                   {QStringLiteral("start_offset"), start},
                                   {QStringLiteral("end_offset"), end}};
                if (const std::optional<DateValue> date = dateOf(bundle, a))
                    entity.insert(QStringLiteral("date"),
                                  QJsonObject{{QStringLiteral("value"), date->value()},
                                              {QStringLiteral("calendar"), calendarName(date->calendar)},
                                              {QStringLiteral("precision"), precisionName(date->precision)},
                                              {QStringLiteral("kind"), date->kindName()}});
                entities.append(entity);
            }
            QJsonObject full{{QStringLiteral("id"), a.id},
                             {QStringLiteral("kind"), kindName(a.kind)},
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
            if (!a.attributes.isEmpty()) {
                QJsonObject values;
                for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
                    values.insert(it.key(), it.value());
                full.insert(QStringLiteral("attributes"), values);
            }
            if (!a.references.isEmpty()) {
                QJsonArray references;
                for (const Reference& r : a.references)
                    references.append(QJsonObject{{QStringLiteral("resource"), r.resource},
                                                  {QStringLiteral("identifier"), r.identifier},
                                                  {QStringLiteral("label"), r.label}});
                full.insert(QStringLiteral("references"), references);
            }
            if (!a.extras.isEmpty())
                full.insert(QStringLiteral("extras"), QJsonDocument::fromJson(a.extras.toUtf8()).object());
            annotations.append(full);
        }
        QJsonArray fullRelations;
        for (const Relation& r : document.relations) {
            const QString type = bundle.relationTypeCode(r.typeId);
            relations.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("from_id"), r.fromId},
                                         {QStringLiteral("to_id"), r.toId},
                                         {QStringLiteral("type"), type}});
            QJsonObject full{{QStringLiteral("id"), r.id},
                             {QStringLiteral("type"), type},
                             {QStringLiteral("from"), r.fromId},
                             {QStringLiteral("to"), r.toId},
                             {QStringLiteral("note"), r.note},
                             {QStringLiteral("author"), r.author},
                             {QStringLiteral("created"), time(r.created)}};
            if (!r.extras.isEmpty())
                full.insert(QStringLiteral("extras"), QJsonDocument::fromJson(r.extras.toUtf8()).object());
            fullRelations.append(full);
        }
        QJsonArray events;
        for (const Event& e : document.events) {
            QJsonArray arguments;
            for (const EventArgument& argument : e.arguments)
                arguments.append(argument.eventId > 0
                                     ? QJsonObject{{QStringLiteral("role"), argument.role},
                                                   {QStringLiteral("event"), argument.eventId}}
                                     : QJsonObject{{QStringLiteral("role"), argument.role},
                                                   {QStringLiteral("annotation"), argument.annotationId}});
            QJsonObject event{{QStringLiteral("id"), e.id},
                              {QStringLiteral("type"), e.type},
                              {QStringLiteral("trigger"), e.triggerId},
                              {QStringLiteral("arguments"), arguments},
                              {QStringLiteral("note"), e.note}};
            if (!e.extras.isEmpty())
                event.insert(QStringLiteral("extras"), QJsonDocument::fromJson(e.extras.toUtf8()).object());
            events.append(event);
        }
        QJsonArray cats, documentLabels;
        for (const ArticleLabel& label : document.labels) {
            const auto [set, code] = bundle.labelCodes(label.labelId);
            cats.append(QString(set + u':' + code));
            documentLabels.append(QJsonObject{{QStringLiteral("set"), set},
                                              {QStringLiteral("label"), code},
                                              {QStringLiteral("author"), label.author},
                                              {QStringLiteral("created"), time(label.created)}});
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
                               {QStringLiteral("entities"), entities},
                               {QStringLiteral("relations"), relations},
                               {QStringLiteral("cats"), cats},
                               {QStringLiteral("offset_unit"), QStringLiteral("codepoint")},
                               {QStringLiteral("title"), a.title},
                               {QStringLiteral("author"), a.author},
                               {QStringLiteral("source"), a.source},
                               {QStringLiteral("url"), a.url},
                               {QStringLiteral("date"), a.date},
                               {QStringLiteral("tokenization"), a.tokenization},
                               {QStringLiteral("hamish"), QJsonObject{{QStringLiteral("version"), 2},
                                                                      {QStringLiteral("annotations"), annotations},
                                                                      {QStringLiteral("relations"), fullRelations},
                                                                      {QStringLiteral("events"), events},
                                                                      {QStringLiteral("labels"), documentLabels},
                                                                      {QStringLiteral("article_notes"), notes}}}};
        out.write(QJsonDocument(line).toJson(QJsonDocument::Compact).append('\n'));
        ++summary.articles;
        summary.annotations += int(document.annotations.size());
        summary.relations += int(document.relations.size());
    }
}

// One row per annotation, relation and document label; the kind column tells which. A relation's
// row names its ends in from_id and to_id and has no offsets; a label's row has its set as type and
// the label as quote. Events are left out (and counted).
void writeCsv(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary)
{
    out.write("\xEF\xBB\xBF"
              "article_id,article_title,annotation_id,kind,type,colour,start_cp,end_cp,quote,note,"
              "author,created,modified,attributes,references,from_id,to_id,"
              "date_value,date_calendar,date_precision,date_kind\r\n");
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        QString rows;
        // Every row starts with the article's id and title.
        QString articleCells = QString::number(document.article.id) + u',';
        appendCsvCell(articleCells, document.article.title);
        const auto row = [&](const QStringList& cells) {
            rows += articleCells;
            for (const QString& cell : cells) {
                rows += u',';
                appendCsvCell(rows, cell);
            }
            rows += u"\r\n";
        };
        for (const Annotation& a : document.annotations) {
            QStringList attributes, references;
            for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
                attributes.append(it.key() + u'=' + it.value());
            for (const Reference& r : a.references)
                references.append(r.resource + u':' + r.identifier);
            row(QStringList{QString::number(a.id), kindName(a.kind),
                            a.kind == AnnotationKind::Entity ? bundle.typeCode(a.entityTypeId) : QString(), a.colour,
                            QString::number(document.codePoint(a.start)), QString::number(document.codePoint(a.end)),
                            a.quote, a.note, a.author, time(a.created), time(a.modified),
                            attributes.join(QStringLiteral("; ")), references.join(QStringLiteral("; ")), QString(),
                            QString()}
                + dateCells(bundle, a));
        }
        for (const Relation& r : document.relations) {
            const Annotation* from = document.annotation(r.fromId);
            const Annotation* to = document.annotation(r.toId);
            const QString quote =
                QStringLiteral("%1 → %2").arg(from ? from->quote : QString(), to ? to->quote : QString());
            row(QStringList{QString::number(r.id), QStringLiteral("relation"), bundle.relationTypeCode(r.typeId),
                            QString(), QString(), QString(), quote, r.note, r.author, time(r.created), time(r.modified),
                            QString(), QString(), QString::number(r.fromId), QString::number(r.toId)}
                + noDate);
        }
        for (const ArticleLabel& label : document.labels) {
            const auto [set, code] = bundle.labelCodes(label.labelId);
            row(QStringList{QString(), QStringLiteral("label"), set, QString(), QString(), QString(), code, QString(),
                            label.author, time(label.created), QString(), QString(), QString(), QString(), QString()}
                + noDate);
        }
        out.write(rows.toUtf8());
        ++summary.articles;
        summary.annotations += int(document.annotations.size());
        summary.relations += int(document.relations.size());
        summary.leaveOut(ExportSummary::eventsWord(), int(document.events.size()));
        summary.leaveOut(ExportSummary::articleNotesWord(), int(document.notes.size()));
    }
}

} // namespace hamish

#include "formats/writers.h"

namespace hamish {

namespace {

// Markdown punctuation that could start formatting, links or HTML, each behind one backslash.
QString markdownEscaped(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!|>~");
    const QString html = text.toHtmlEscaped();
    QString escaped;
    escaped.reserve(html.size() * 2);
    for (const QChar c : html) {
        if (c == u'\n') {
            escaped += QStringLiteral("<br>");
            continue;
        }
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString kindLabel(const ExportBundle& bundle, const Annotation& a)
{
    switch (a.kind) {
    case AnnotationKind::Entity: {
        const EntityType type = bundle.typesById.value(a.entityTypeId);
        return type.code + QStringLiteral(" · ") + type.nameAr;
    }
    case AnnotationKind::Highlight:
        return QStringLiteral("تظليل · ") + a.colour;
    case AnnotationKind::Note:
        return QStringLiteral("ملاحظة");
    }
    return {};
}

QString meta(const Article& article)
{
    QStringList parts;
    for (const QString& part : {article.author, article.source, article.date, article.url}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

QString labelsText(const ExportBundle& bundle, const ExportDocument& document)
{
    QStringList labels;
    for (const ArticleLabel& label : document.labels) {
        const auto [set, code] = bundle.labelCodes(label.labelId);
        labels.append(set + QStringLiteral(": ") + code);
    }
    return labels.join(QStringLiteral(" · "));
}

// "negated, role=speaker, Wikidata:Q1234"
QString detailsText(const Annotation& a)
{
    QStringList parts;
    for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
        parts.append(it.value() == u"true" ? it.key() : it.key() + u'=' + it.value());
    for (const Reference& r : a.references)
        parts.append(r.resource + u':' + r.identifier);
    return parts.join(QStringLiteral(", "));
}

QString quoteOf(const ExportDocument& document, qint64 annotationId)
{
    const Annotation* a = document.annotation(annotationId);
    return a ? a->quote : QString();
}

// «from» —TYPE→ «to», or ↔ for a symmetric type.
QString relationText(const ExportBundle& bundle, const ExportDocument& document, const Relation& r)
{
    const RelationType* type = bundle.schema.relationType(r.typeId);
    const QString name = type ? type->code + QStringLiteral(" · ") + type->nameAr : QString();
    return QStringLiteral("«%1» %2 %3 «%4»")
        .arg(quoteOf(document, r.fromId), type && !type->directed ? QStringLiteral("↔") : QStringLiteral("←"), name,
             quoteOf(document, r.toId));
}

QString eventText(const ExportDocument& document, const Event& e)
{
    QStringList arguments;
    for (const EventArgument& argument : e.arguments) {
        QString target = argument.annotationId > 0 ? u'«' + quoteOf(document, argument.annotationId) + u'»'
                                                   : QStringLiteral("(%1)").arg(argument.role);
        for (const Event& other : document.events) {
            if (argument.eventId > 0 && other.id == argument.eventId)
                target = QStringLiteral("%1 «%2»").arg(other.type, quoteOf(document, other.triggerId));
        }
        arguments.append(argument.role + QStringLiteral(": ") + target);
    }
    return QStringLiteral("%1 «%2» — %3")
        .arg(e.type, quoteOf(document, e.triggerId), arguments.join(QStringLiteral("، ")));
}

void count(const ExportDocument& document, ExportSummary& summary)
{
    ++summary.articles;
    summary.annotations += int(document.annotations.size());
    summary.relations += int(document.relations.size());
}

} // namespace

void writeMarkdown(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary)
{
    out.write("<!-- Hamish report. Positions are not given; quotes are the canonical text. -->\n\n");
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        const Article& article = document.article;
        QString section = QStringLiteral("<div dir=\"rtl\">\n\n## %1\n\n").arg(markdownEscaped(article.title));
        if (const QString m = meta(article); !m.isEmpty())
            section += QStringLiteral("*%1*\n\n").arg(markdownEscaped(m));
        if (const QString labels = labelsText(bundle, document); !labels.isEmpty())
            section += QStringLiteral("**التصنيف**: %1\n\n").arg(markdownEscaped(labels));
        for (const ArticleNote& note : document.notes)
            section += QStringLiteral("> %1 — %2\n\n").arg(markdownEscaped(note.text), markdownEscaped(note.author));
        for (const Annotation& a : document.annotations) {
            section +=
                QStringLiteral("- **%1**: «%2»").arg(markdownEscaped(kindLabel(bundle, a)), markdownEscaped(a.quote));
            if (const QString details = detailsText(a); !details.isEmpty())
                section += QStringLiteral(" [%1]").arg(markdownEscaped(details));
            if (!a.note.isEmpty())
                section += QStringLiteral(" — %1").arg(markdownEscaped(a.note));
            section += u'\n';
        }
        if (!document.relations.isEmpty()) {
            section += QStringLiteral("\n### العلاقات\n\n");
            for (const Relation& r : document.relations) {
                section += QStringLiteral("- %1").arg(markdownEscaped(relationText(bundle, document, r)));
                if (!r.note.isEmpty())
                    section += QStringLiteral(" — %1").arg(markdownEscaped(r.note));
                section += u'\n';
            }
        }
        if (!document.events.isEmpty()) {
            section += QStringLiteral("\n### الأحداث\n\n");
            for (const Event& e : document.events)
                section += QStringLiteral("- %1\n").arg(markdownEscaped(eventText(document, e)));
        }
        section += QStringLiteral("\n</div>\n\n");
        count(document, summary);
        out.write(section.toUtf8());
    }
}

void writeHtml(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary)
{
    out.write(
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>تقرير هامش</title>\n<style>\n"
            "body { font-family: 'Noto Naskh Arabic', 'Amiri', serif; max-width: 52em; margin: 2em auto; line-height: "
            "1.7; }\n"
            "article { border-bottom: 1px solid #ddd; padding-bottom: 1em; }\n"
            ".meta { color: #666; } .kind { font-weight: bold; } .note { color: #5a4a1a; }\n"
            "blockquote { border-inline-start: 3px solid #c9a74a; margin: 0.5em 0; padding-inline-start: 0.8em; }\n"
            "</style>\n</head>\n<body>\n")
            .toUtf8());
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        const Article& article = document.article;
        QString section = QStringLiteral("<article>\n<h2><bdi>%1</bdi></h2>\n").arg(article.title.toHtmlEscaped());
        if (const QString m = meta(article); !m.isEmpty())
            section += QStringLiteral("<p class=\"meta\"><bdi>%1</bdi></p>\n").arg(m.toHtmlEscaped());
        if (const QString labels = labelsText(bundle, document); !labels.isEmpty())
            section += QStringLiteral("<p class=\"labels\">التصنيف: <bdi>%1</bdi></p>\n").arg(labels.toHtmlEscaped());
        for (const ArticleNote& note : document.notes)
            section += QStringLiteral("<blockquote><bdi>%1</bdi> — <bdi>%2</bdi></blockquote>\n")
                           .arg(note.text.toHtmlEscaped(), note.author.toHtmlEscaped());
        section += QStringLiteral("<ul>\n");
        for (const Annotation& a : document.annotations) {
            const QString colour = a.kind == AnnotationKind::Entity ? bundle.typesById.value(a.entityTypeId).colour
                                                                    : highlightColourValue(a.colour);
            section +=
                QStringLiteral("<li><span class=\"kind\">%1</span>: <mark style=\"background:%2\"><bdi>%3</bdi></mark>")
                    .arg(kindLabel(bundle, a).toHtmlEscaped(), colour.isEmpty() ? QStringLiteral("#eee") : colour,
                         a.quote.toHtmlEscaped());
            if (const QString details = detailsText(a); !details.isEmpty())
                section +=
                    QStringLiteral(" <span class=\"details\">[<bdi>%1</bdi>]</span>").arg(details.toHtmlEscaped());
            if (!a.note.isEmpty())
                section += QStringLiteral(" — <span class=\"note\"><bdi>%1</bdi></span>").arg(a.note.toHtmlEscaped());
            section += QStringLiteral("</li>\n");
        }
        section += QStringLiteral("</ul>\n");
        if (!document.relations.isEmpty()) {
            section += QStringLiteral("<h3>العلاقات</h3>\n<ul>\n");
            for (const Relation& r : document.relations) {
                section += QStringLiteral("<li><bdi>%1</bdi>").arg(relationText(bundle, document, r).toHtmlEscaped());
                if (!r.note.isEmpty())
                    section +=
                        QStringLiteral(" — <span class=\"note\"><bdi>%1</bdi></span>").arg(r.note.toHtmlEscaped());
                section += QStringLiteral("</li>\n");
            }
            section += QStringLiteral("</ul>\n");
        }
        if (!document.events.isEmpty()) {
            section += QStringLiteral("<h3>الأحداث</h3>\n<ul>\n");
            for (const Event& e : document.events)
                section += QStringLiteral("<li><bdi>%1</bdi></li>\n").arg(eventText(document, e).toHtmlEscaped());
            section += QStringLiteral("</ul>\n");
        }
        section += QStringLiteral("</article>\n");
        count(document, summary);
        out.write(section.toUtf8());
    }
    out.write("</body>\n</html>\n");
}

} // namespace hamish

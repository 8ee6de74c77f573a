#include "formats/writers.h"

#include <QRegularExpression>

namespace hamish {

namespace {

// Markdown punctuation that could start formatting, links or HTML.
QString markdownEscaped(const QString& text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_{}\\[\\]()#+\\-.!|>~])"));
    QString escaped = text.toHtmlEscaped();
    escaped.replace(special, QStringLiteral("\\\\\\1"));
    escaped.replace(u'\n', QStringLiteral("<br>"));
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

} // namespace

void writeMarkdown(const ExportBundle& bundle, QIODevice& out)
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
        for (const ArticleNote& note : document.notes)
            section += QStringLiteral("> %1 — %2\n\n").arg(markdownEscaped(note.text), markdownEscaped(note.author));
        for (const Annotation& a : document.annotations) {
            section +=
                QStringLiteral("- **%1**: «%2»").arg(markdownEscaped(kindLabel(bundle, a)), markdownEscaped(a.quote));
            if (!a.note.isEmpty())
                section += QStringLiteral(" — %1").arg(markdownEscaped(a.note));
            section += u'\n';
        }
        section += QStringLiteral("\n</div>\n\n");
        out.write(section.toUtf8());
    }
}

void writeHtml(const ExportBundle& bundle, QIODevice& out)
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
            if (!a.note.isEmpty())
                section += QStringLiteral(" — <span class=\"note\"><bdi>%1</bdi></span>").arg(a.note.toHtmlEscaped());
            section += QStringLiteral("</li>\n");
        }
        section += QStringLiteral("</ul>\n</article>\n");
        out.write(section.toUtf8());
    }
    out.write("</body>\n</html>\n");
}

} // namespace hamish

#include "formats/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hamish {

namespace {

QString bratType(const ExportBundle& bundle, const Annotation& a, const TypeMapping& mapping)
{
    switch (a.kind) {
    case AnnotationKind::Entity: {
        const QString code = bundle.typeCode(a.entityTypeId);
        return mapping.value(code, code);
    }
    case AnnotationKind::Highlight:
        return QStringLiteral("Highlight_") + a.colour;
    case AnnotationKind::Note:
        return QStringLiteral("Note");
    }
    return {};
}

// brat writes a span that crosses line breaks as fragments, and its text with spaces.
QString fragments(const ExportDocument& document, const Annotation& a)
{
    QStringList parts;
    qsizetype start = a.start;
    for (qsizetype i = a.start; i <= a.end; ++i) {
        if (i == a.end || document.article.body.at(i) == u'\n') {
            if (i > start)
                parts.append(QStringLiteral("%1 %2").arg(document.codePoint(start)).arg(document.codePoint(i)));
            start = i + 1;
        }
    }
    return parts.join(u';');
}

QString fileStem(const Article& article)
{
    return QStringLiteral("article-%1").arg(article.id, 5, 10, QChar(u'0'));
}

} // namespace

void writeBrat(const ExportBundle& bundle, const TypeMapping& mapping, const BratFileSink& write)
{
    QSet<QString> types;
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        QString ann;
        int t = 0, note = 0;
        for (const Annotation& a : document.annotations) {
            const QString type = bratType(bundle, a, mapping);
            types.insert(type);
            const QString id = QStringLiteral("T%1").arg(++t);
            QString quote = a.quote;
            quote.replace(u'\n', u' ');
            ann += QStringLiteral("%1\t%2 %3\t%4\n").arg(id, type, fragments(document, a), quote);
            if (!a.note.isEmpty()) {
                QString text = a.note;
                text.replace(u'\n', u' ');
                ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n").arg(++note).arg(id, text);
            }
            // Other brat notes (Lemma and the like) that came in with the annotation.
            if (!a.extras.isEmpty()) {
                const QJsonArray extra =
                    QJsonDocument::fromJson(a.extras.toUtf8()).object().value(u"brat_notes").toArray();
                for (const auto& value : extra) {
                    const QJsonObject o = value.toObject();
                    ann += QStringLiteral("#%1\t%2 %3\t%4\n")
                               .arg(++note)
                               .arg(o.value(u"type").toString(), id, o.value(u"text").toString());
                }
            }
        }
        const QString stem = fileStem(document.article);
        if (!write({stem + QStringLiteral(".txt"), document.article.body.toUtf8()})
            || !write({stem + QStringLiteral(".ann"), ann.toUtf8()}))
            return;
    }
    QStringList sorted(types.cbegin(), types.cend());
    sorted.sort();
    for (const EntityType& type : bundle.types) {
        const QString name = mapping.value(type.code, type.code);
        if (!sorted.contains(name))
            sorted.append(name);
    }
    QString conf = QStringLiteral("# Written by Hamish. Offsets in the .ann files count Unicode code points,\n"
                                  "# end exclusive, in the .txt beside them.\n[entities]\n");
    for (const QString& type : std::as_const(sorted))
        conf += type + u'\n';
    conf += QStringLiteral("[relations]\n[events]\n[attributes]\n");
    write({QStringLiteral("annotation.conf"), conf.toUtf8()});
}

} // namespace hamish

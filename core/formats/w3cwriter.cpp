#include "annotations/timestamps.h"
#include "formats/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hamish {

namespace {

constexpr qsizetype QuoteContext = 32;
const QString Context = QStringLiteral("http://www.w3.org/ns/anno.jsonld");

QString time(const QDateTime& t)
{
    return isoUtc(t, Milliseconds::Omit);
}

QString motivation(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Entity:
        return QStringLiteral("tagging");
    case AnnotationKind::Highlight:
        return QStringLiteral("highlighting");
    case AnnotationKind::Note:
        return QStringLiteral("commenting");
    }
    return {};
}

QJsonObject textualBody(const QString& purpose, const QString& value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value}};
}

QString annotationIri(const ExportDocument& document, qint64 annotationId);
QJsonObject creatorJson(const QString& name);

QJsonObject annotationJson(const ExportBundle& bundle, const ExportDocument& document, const Annotation& a)
{
    const QString& body = document.article.body;
    QJsonArray bodies;
    if (a.kind == AnnotationKind::Entity) {
        bodies.append(textualBody(QStringLiteral("tagging"), bundle.typeCode(a.entityTypeId)));
        if (a.entityId > 0 && bundle.entityNames.contains(a.entityId))
            bodies.append(textualBody(QStringLiteral("identifying"), bundle.entityNames.value(a.entityId)));
        // Attribute values describe the entity: "negated=true", the name again in hamish:attribute.
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
            QJsonObject attribute = textualBody(QStringLiteral("describing"), it.key() + u'=' + it.value());
            attribute.insert(QStringLiteral("hamish:attribute"), it.key());
            bodies.append(attribute);
        }
        // References identify it in another resource: "Wikidata:Q1234" as the source IRI.
        for (const Reference& r : a.references) {
            QJsonObject reference{
                {QStringLiteral("type"), QStringLiteral("SpecificResource")},
                {QStringLiteral("purpose"), QStringLiteral("identifying")},
                {QStringLiteral("source"), r.resource == u"link" ? r.identifier : r.resource + u':' + r.identifier}};
            if (!r.label.isEmpty())
                reference.insert(QStringLiteral("hamish:label"), r.label);
            bodies.append(reference);
        }
    }
    if (!a.note.isEmpty()) {
        QJsonObject note = textualBody(QStringLiteral("commenting"), a.note);
        const bool rtl = a.note.isRightToLeft();
        note.insert(QStringLiteral("language"), rtl ? QStringLiteral("ar") : QStringLiteral("und"));
        note.insert(QStringLiteral("textDirection"), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
        note.insert(QStringLiteral("format"), QStringLiteral("text/plain"));
        bodies.append(note);
    }
    const qsizetype prefixStart = qMax(qsizetype(0), a.start - QuoteContext);
    QJsonObject target{
        {QStringLiteral("source"), QString(QStringLiteral("urn:hamish:sha256:") + document.article.contentHash)},
        {QStringLiteral("selector"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                {QStringLiteral("exact"), a.quote},
                                {QStringLiteral("prefix"), body.mid(prefixStart, a.start - prefixStart)},
                                {QStringLiteral("suffix"), body.mid(a.end, QuoteContext)}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                {QStringLiteral("start"), qint64(document.codePoint(a.start))},
                                {QStringLiteral("end"), qint64(document.codePoint(a.end))}}}}};
    if (!document.article.url.isEmpty())
        target.insert(QStringLiteral("scope"), document.article.url);
    QJsonObject json{{QStringLiteral("@context"), Context},
                     {QStringLiteral("id"), annotationIri(document, a.id)},
                     {QStringLiteral("type"), QStringLiteral("Annotation")},
                     {QStringLiteral("motivation"), motivation(a.kind)},
                     {QStringLiteral("creator"), creatorJson(a.author)},
                     {QStringLiteral("created"), time(a.created)},
                     {QStringLiteral("modified"), time(a.modified)}};
    if (a.kind == AnnotationKind::Highlight) {
        target.insert(QStringLiteral("styleClass"), a.colour);
        json.insert(QStringLiteral("stylesheet"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("CssStylesheet")},
                                {QStringLiteral("value"), QStringLiteral(".%1 { background-color: %2; }")
                                                              .arg(a.colour, highlightColourValue(a.colour))}});
    }
    json.insert(QStringLiteral("target"), target);
    if (!bodies.isEmpty())
        json.insert(QStringLiteral("body"), bodies.size() == 1 ? QJsonValue(bodies.first()) : QJsonValue(bodies));
    if (!a.extras.isEmpty())
        json.insert(QStringLiteral("hamish:extras"), QJsonDocument::fromJson(a.extras.toUtf8()).object());
    return json;
}

QString annotationIri(const ExportDocument& document, qint64 annotationId)
{
    return QStringLiteral("urn:hamish:annotation:%1:%2").arg(document.article.contentHash.left(16)).arg(annotationId);
}

QJsonObject creatorJson(const QString& name)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), name}};
}

// A relation is an annotation that links: its target is the relation's "from" annotation, a
// linking body names the "to" annotation, a tagging body gives the relation's type.
QJsonObject relationJson(const ExportBundle& bundle, const ExportDocument& document, const Relation& r)
{
    QJsonArray bodies{QJsonObject{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                                  {QStringLiteral("purpose"), QStringLiteral("linking")},
                                  {QStringLiteral("source"), annotationIri(document, r.toId)}},
                      textualBody(QStringLiteral("tagging"), bundle.relationTypeCode(r.typeId))};
    if (!r.note.isEmpty())
        bodies.append(textualBody(QStringLiteral("commenting"), r.note));
    QJsonObject json{{QStringLiteral("@context"), Context},
                     {QStringLiteral("id"),
                      QStringLiteral("urn:hamish:relation:%1:%2").arg(document.article.contentHash.left(16)).arg(r.id)},
                     {QStringLiteral("type"), QStringLiteral("Annotation")},
                     {QStringLiteral("motivation"), QStringLiteral("linking")},
                     {QStringLiteral("creator"), creatorJson(r.author)},
                     {QStringLiteral("created"), time(r.created)},
                     {QStringLiteral("modified"), time(r.modified)},
                     {QStringLiteral("target"), annotationIri(document, r.fromId)},
                     {QStringLiteral("body"), bodies}};
    if (!r.extras.isEmpty())
        json.insert(QStringLiteral("hamish:extras"), QJsonDocument::fromJson(r.extras.toUtf8()).object());
    return json;
}

// A document label classifies the whole article: the target is its source, without a selector.
QJsonObject labelJson(const ExportBundle& bundle, const ExportDocument& document, const ArticleLabel& label)
{
    const auto [set, code] = bundle.labelCodes(label.labelId);
    QJsonObject body = textualBody(QStringLiteral("classifying"), code);
    body.insert(QStringLiteral("hamish:labelSet"), set);
    return QJsonObject{{QStringLiteral("@context"), Context},
                       {QStringLiteral("id"), QStringLiteral("urn:hamish:label:%1:%2:%3")
                                                  .arg(document.article.contentHash.left(16))
                                                  .arg(label.labelId)
                                                  .arg(QString::fromLatin1(label.author.toUtf8().toHex()))},
                       {QStringLiteral("type"), QStringLiteral("Annotation")},
                       {QStringLiteral("motivation"), QStringLiteral("classifying")},
                       {QStringLiteral("creator"), creatorJson(label.author)},
                       {QStringLiteral("created"), time(label.created)},
                       {QStringLiteral("target"),
                        QJsonObject{{QStringLiteral("source"),
                                     QString(QStringLiteral("urn:hamish:sha256:") + document.article.contentHash)}}},
                       {QStringLiteral("body"), body}};
}

qsizetype itemCount(const ExportDocument& document)
{
    return document.annotations.size() + document.relations.size() + document.labels.size();
}

} // namespace

namespace {

// An object as indented JSON for a place `depth` levels deep in the document.
QByteArray indentedJson(const QJsonObject& object, int depth)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    json.chop(1); // its final newline
    // One pass, line by line (replacing every newline in place moves the rest of a page's
    // text once per line).
    const QByteArray indent(4 * depth, ' ');
    QByteArray indented;
    indented.reserve(json.size() + json.count('\n') * indent.size());
    qsizetype from = 0;
    for (qsizetype newline = json.indexOf('\n'); newline >= 0; newline = json.indexOf('\n', from)) {
        indented.append(json.constData() + from, newline + 1 - from).append(indent);
        from = newline + 1;
    }
    indented.append(json.constData() + from, json.size() - from);
    return indented;
}

} // namespace

// The collection is written page by page: each page is built, serialised and written on its own,
// so a library of a hundred thousand annotations never sits in memory as one JSON tree or text.
void writeW3c(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary)
{
    const QString collectionId = QStringLiteral("urn:hamish:export:%1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto pageId = [&](qsizetype index) -> QString {
        return collectionId + QStringLiteral("/page/") + QString::number(index + 1);
    };
    // A first pass over the annotations alone counts what the collection's head and pages need.
    qint64 startIndex = 0, total = 0;
    QList<qsizetype> nonEmpty;
    qsizetype d = 0;
    for (const ExportDocument& document : bundle.documents.annotationsOnly()) {
        if (itemCount(document) > 0)
            nonEmpty.append(d);
        ++d;
        total += itemCount(document);
        ++summary.articles;
        summary.annotations += int(document.annotations.size());
        summary.relations += int(document.relations.size());
        summary.leaveOut(ExportSummary::eventsWord(), int(document.events.size()));
        summary.leaveOut(ExportSummary::articleNotesWord(), int(document.notes.size()));
    }
    QJsonObject collection{{QStringLiteral("@context"), Context},
                           {QStringLiteral("id"), collectionId},
                           {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                           {QStringLiteral("label"), QStringLiteral("Hamish annotations")},
                           {QStringLiteral("total"), total}};
    if (!nonEmpty.isEmpty())
        collection.insert(QStringLiteral("last"), pageId(nonEmpty.size() - 1));
    QByteArray head = QJsonDocument(collection).toJson(QJsonDocument::Indented);
    if (nonEmpty.isEmpty()) {
        out.write(head);
        return;
    }
    head.chop(3); // "\n}\n": the pages follow the collection's own members
    out.write(head);

    // Each page describes the collection it is part of, as the model's examples do.
    const QJsonObject partOf{{QStringLiteral("id"), collectionId},
                             {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                             {QStringLiteral("total"), total}};
    qsizetype p = 0;
    d = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (p >= nonEmpty.size())
            break;
        if (d++ != nonEmpty.at(p))
            continue;
        if (!bundle.report(int(nonEmpty.at(p))))
            break;
        QJsonArray items;
        for (const Annotation& a : document.annotations)
            items.append(annotationJson(bundle, document, a));
        for (const Relation& r : document.relations)
            items.append(relationJson(bundle, document, r));
        for (const ArticleLabel& label : document.labels)
            items.append(labelJson(bundle, document, label));
        QJsonObject page{{QStringLiteral("id"), pageId(p)},
                         {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                         {QStringLiteral("partOf"), partOf},
                         {QStringLiteral("startIndex"), startIndex},
                         {QStringLiteral("items"), items}};
        if (p > 0)
            page.insert(QStringLiteral("prev"), pageId(p - 1));
        if (p + 1 < nonEmpty.size())
            page.insert(QStringLiteral("next"), pageId(p + 1));
        startIndex += items.size();
        // The first page is embedded in the collection, the others are in @included.
        if (p == 0)
            out.write(QByteArray(",\n    \"first\": ").append(indentedJson(page, 1)));
        else
            out.write(
                QByteArray(p == 1 ? ",\n    \"@included\": [\n        " : ",\n        ").append(indentedJson(page, 2)));
        ++p;
    }
    if (nonEmpty.size() > 1)
        out.write("\n    ]");
    out.write("\n}\n");
}

} // namespace hamish

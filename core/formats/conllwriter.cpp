#include "formats/writers.h"
#include "text/tokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hamish {

namespace {

// Entity spans in text order, the longer first where they start together (the outer first).
QList<const Annotation*> entitiesOf(const QList<Annotation>& annotations)
{
    QList<const Annotation*> entities;
    for (const Annotation& a : annotations) {
        if (a.kind == AnnotationKind::Entity)
            entities.append(&a);
    }
    std::stable_sort(entities.begin(), entities.end(), [](const Annotation* x, const Annotation* y) {
        return x->start != y->start ? x->start < y->start : x->end - x->start > y->end - y->start;
    });
    return entities;
}

// Non-overlapping entity spans, the longest first where they overlap.
QList<const Annotation*> outermost(const QList<const Annotation*>& entities)
{
    QList<const Annotation*> kept;
    for (const Annotation* a : entities) {
        if (kept.isEmpty() || a->start >= kept.back()->end)
            kept.append(a);
    }
    return kept;
}

bool beganWithInside(const Annotation& a)
{
    return !a.extras.isEmpty()
           && QJsonDocument::fromJson(a.extras.toUtf8()).object().value(u"conll_begin").toString() == u"I";
}

// What CoNLL cannot hold of a document, counted for the summary.
void countLeftOut(const ExportDocument& document, qsizetype entitiesLeftOut, ExportSummary& summary)
{
    int highlights = 0, notes = 0, attributes = 0, references = 0, links = 0;
    for (const Annotation& a : document.annotations) {
        highlights += a.kind == AnnotationKind::Highlight;
        notes += a.kind == AnnotationKind::Note || !a.note.isEmpty();
        attributes += int(a.attributes.size());
        references += int(a.references.size());
        links += a.entityId > 0;
    }
    summary.leaveOut(ExportSummary::nestedEntities(), int(entitiesLeftOut));
    summary.leaveOut(ExportSummary::highlightsWord(), highlights);
    summary.leaveOut(ExportSummary::notesWord(), notes);
    summary.leaveOut(ExportSummary::attributesWord(), attributes);
    summary.leaveOut(ExportSummary::referencesWord(), references);
    summary.leaveOut(ExportSummary::registryLinksWord(), links);
    summary.leaveOut(ExportSummary::relationsWord(), int(document.relations.size()));
    summary.leaveOut(ExportSummary::eventsWord(), int(document.events.size()));
    summary.leaveOut(ExportSummary::labelsWord(), int(document.labels.size()));
    summary.leaveOut(ExportSummary::articleNotesWord(), int(document.notes.size()));
}

} // namespace

void writeConll(const ExportBundle& bundle, const ConllOptions& options, QIODevice& out, ExportSummary& summary)
{
    const bool several = bundle.documents.size() > 1;
    // A blank line ends each sentence; the last one's is left out, as CoNLL files end.
    bool blankLineDue = false;
    int done = 0;
    for (const ExportDocument& document : bundle.documents) {
        if (!bundle.report(done++))
            break;
        QString text;
        const auto separate = [&] {
            if (blankLineDue)
                text += u'\n';
            blankLineDue = false;
        };
        const QString& body = document.article.body;
        const QList<QList<TextSpan>> sentences =
            document.article.tokenization == u"whitespace" ? whitespaceSentences(body) : icuSentences(body);
        const QList<const Annotation*> all = entitiesOf(document.annotations);
        const QList<const Annotation*> entities = options.nested ? all : outermost(all);
        ++summary.articles;
        summary.annotations += int(entities.size());
        countLeftOut(document, all.size() - entities.size(), summary);
        if (several) {
            separate();
            text += QStringLiteral("-DOCSTART- O\n");
            blankLineDue = true;
        }
        qsizetype next = 0;                // first entity not yet begun
        QList<const Annotation*> active;   // begun, not yet ended
        QList<const Annotation*> previous; // those that covered the previous token
        for (const QList<TextSpan>& sentence : sentences) {
            separate();
            for (const TextSpan& token : sentence) {
                while (next < entities.size() && entities.at(next)->start < token.end)
                    active.append(entities.at(next++));
                active.removeIf([&](const Annotation* a) { return a->end <= token.start; });
                QStringList tags;
                for (const Annotation* entity : std::as_const(active)) {
                    const QString code = bundle.typeCode(entity->entityTypeId);
                    const QString type = options.mapping.value(code, code);
                    QString prefix = QStringLiteral("I-");
                    if (!previous.contains(entity)) {
                        if (options.scheme == ConllScheme::IOB2) {
                            prefix = beganWithInside(*entity) ? QStringLiteral("I-") : QStringLiteral("B-");
                        } else {
                            // IOB1: B- only where an entity of the same type runs on into this one.
                            const bool runsOn =
                                std::any_of(previous.cbegin(), previous.cend(), [&](const Annotation* p) {
                                    return p->entityTypeId == entity->entityTypeId && !active.contains(p);
                                });
                            if (runsOn)
                                prefix = QStringLiteral("B-");
                        }
                    }
                    tags.append(prefix + type);
                }
                if (tags.isEmpty())
                    tags.append(QStringLiteral("O"));
                previous = active;
                text += body.mid(token.start, token.end - token.start) + u' ' + tags.join(u' ') + u'\n';
            }
            blankLineDue = true;
        }
        out.write(text.toUtf8());
    }
}

} // namespace hamish

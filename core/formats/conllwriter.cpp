#include "formats/writers.h"
#include "text/tokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hamish {

namespace {

// Non-overlapping entity spans, the longest first where they overlap.
QList<const Annotation*> flatEntities(const QList<Annotation>& annotations)
{
    QList<const Annotation*> entities;
    for (const Annotation& a : annotations) {
        if (a.kind == AnnotationKind::Entity)
            entities.append(&a);
    }
    std::stable_sort(entities.begin(), entities.end(), [](const Annotation* x, const Annotation* y) {
        return x->start != y->start ? x->start < y->start : x->end - x->start > y->end - y->start;
    });
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

} // namespace

void writeConll(const ExportBundle& bundle, ConllScheme scheme, const TypeMapping& mapping, QIODevice& out)
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
        const QList<const Annotation*> entities = flatEntities(document.annotations);
        if (several) {
            separate();
            text += QStringLiteral("-DOCSTART- O\n");
            blankLineDue = true;
        }
        qsizetype next = 0; // first entity that may still cover a token
        const Annotation* previousEntity = nullptr;
        for (const QList<TextSpan>& sentence : sentences) {
            separate();
            for (const TextSpan& token : sentence) {
                while (next < entities.size() && entities.at(next)->end <= token.start)
                    ++next;
                const Annotation* entity =
                    next < entities.size() && entities.at(next)->start < token.end ? entities.at(next) : nullptr;
                QString tag = QStringLiteral("O");
                if (entity) {
                    const QString code = bundle.typeCode(entity->entityTypeId);
                    const QString type = mapping.value(code, code);
                    const bool first = entity != previousEntity;
                    QString prefix = QStringLiteral("I-");
                    if (first) {
                        if (scheme == ConllScheme::IOB2)
                            prefix = beganWithInside(*entity) ? QStringLiteral("I-") : QStringLiteral("B-");
                        else if (previousEntity && previousEntity->entityTypeId == entity->entityTypeId)
                            prefix = QStringLiteral("B-");
                    }
                    tag = prefix + type;
                }
                previousEntity = entity;
                text += body.mid(token.start, token.end - token.start) + u' ' + tag + u'\n';
            }
            blankLineDue = true;
        }
        out.write(text.toUtf8());
    }
}

} // namespace hamish

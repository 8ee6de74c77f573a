#include "annotations/annotation.h"

#include <QHash>

namespace hamish {

namespace {

const QHash<QString, QString>& colourValues()
{
    static const QHash<QString, QString> values{
        {QStringLiteral("yellow"), QStringLiteral("#ffe14d")}, {QStringLiteral("green"), QStringLiteral("#8fe388")},
        {QStringLiteral("blue"), QStringLiteral("#8ec5ff")},   {QStringLiteral("pink"), QStringLiteral("#ff9ecf")},
        {QStringLiteral("orange"), QStringLiteral("#ffb25b")}, {QStringLiteral("purple"), QStringLiteral("#c9a7ff")},
    };
    return values;
}

} // namespace

QString kindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Highlight:
        return QStringLiteral("highlight");
    case AnnotationKind::Entity:
        return QStringLiteral("entity");
    case AnnotationKind::Note:
        return QStringLiteral("note");
    }
    return {};
}

bool kindFromName(const QString& name, AnnotationKind& kind)
{
    for (AnnotationKind k : {AnnotationKind::Highlight, AnnotationKind::Entity, AnnotationKind::Note}) {
        if (kindName(k) == name) {
            kind = k;
            return true;
        }
    }
    return false;
}

bool Annotation::sameSpanAndMeaning(const Annotation& other) const
{
    return articleId == other.articleId && kind == other.kind && start == other.start && end == other.end
           && entityTypeId == other.entityTypeId && colour == other.colour && author == other.author;
}

const QStringList& highlightColourNames()
{
    static const QStringList names{QStringLiteral("yellow"), QStringLiteral("green"),  QStringLiteral("blue"),
                                   QStringLiteral("pink"),   QStringLiteral("orange"), QStringLiteral("purple")};
    return names;
}

QString highlightColourValue(const QString& name)
{
    return colourValues().value(name);
}

} // namespace hamish

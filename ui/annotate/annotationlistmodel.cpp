#include "annotate/annotationlistmodel.h"

#include "annotate/colourlabels.h"
#include "text/displaytext.h"

#include <QColor>
#include <QLocale>

namespace hamish {

void AnnotationListModel::setContents(QList<Annotation> annotations, const QList<EntityType>& types)
{
    beginResetModel();
    std::sort(annotations.begin(), annotations.end(), [](const Annotation& a, const Annotation& b) {
        return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
    });
    m_annotations = std::move(annotations);
    m_types.clear();
    for (const EntityType& type : types)
        m_types.insert(type.id, type);
    endResetModel();
}

void AnnotationListModel::setRelations(QList<Relation> relations, const QList<RelationType>& types, bool arabicNames)
{
    beginResetModel();
    m_relations = std::move(relations);
    m_relationTypes.clear();
    for (const RelationType& type : types)
        m_relationTypes.insert(type.id, type);
    m_arabicNames = arabicNames;
    endResetModel();
}

const Annotation* AnnotationListModel::annotation(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_annotations.size())
        return nullptr;
    return &m_annotations.at(index.row());
}

const Relation* AnnotationListModel::relation(const QModelIndex& index) const
{
    const qsizetype row = index.isValid() ? index.row() - m_annotations.size() : -1;
    return row >= 0 && row < m_relations.size() ? &m_relations.at(row) : nullptr;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size() + m_relations.size());
}

QString AnnotationListModel::attributesText(const Annotation& a)
{
    QStringList parts;
    for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
        if (it.value() != u"false")
            parts.append(it.value() == u"true" ? it.key() : it.key() + u'=' + it.value());
    }
    return parts.join(QStringLiteral(", "));
}

QString AnnotationListModel::quoteOf(qint64 annotationId) const
{
    for (const Annotation& a : m_annotations) {
        if (a.id == annotationId)
            return displaySafe(a.quote.simplified());
    }
    return {};
}

QVariant AnnotationListModel::relationData(const Relation& r, int column, int role) const
{
    const RelationType type = m_relationTypes.value(r.typeId);
    switch (role) {
    case AnnotationIdRole:
        return -r.id; // relations are told apart from annotations by sign
    case FilterKeyRole:
        return QString(QStringLiteral("relation:") + type.code);
    case Qt::DisplayRole:
        switch (column) {
        case QuoteColumn:
            return QStringLiteral("«%1» %2 «%3»")
                .arg(quoteOf(r.fromId), type.directed ? QStringLiteral("←") : QStringLiteral("↔"), quoteOf(r.toId));
        case KindColumn:
            return m_arabicNames ? type.nameAr : type.nameEn;
        case NoteColumn:
            return displaySafe(r.note.simplified().left(60));
        case AuthorColumn:
            return r.author;
        case ModifiedColumn:
            return QLocale().toString(r.modified.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        return column == NoteColumn ? r.note : QStringLiteral("%1 · %2").arg(type.nameAr, type.nameEn);
    case Qt::DecorationRole:
        if (column == KindColumn)
            return QColor(type.colour);
        break;
    case Qt::TextAlignmentRole:
        if (column == QuoteColumn)
            return QVariant(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        break;
    }
    return {};
}

int AnnotationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationListModel::filterKey(const Annotation& a, const QString& typeCode)
{
    return a.kind == AnnotationKind::Entity ? QStringLiteral("entity:") + typeCode : kindName(a.kind);
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const Relation* r = relation(index))
        return relationData(*r, index.column(), role);
    const Annotation& a = m_annotations.at(index.row());
    const EntityType type = m_types.value(a.entityTypeId);
    switch (role) {
    case AnnotationIdRole:
        return a.id;
    case FilterKeyRole:
        return filterKey(a, type.code);
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return displaySafe(a.quote.simplified());
        case KindColumn:
            if (a.kind == AnnotationKind::Entity)
                return QStringLiteral("%1 · %2").arg(type.code, type.nameAr);
            return a.kind == AnnotationKind::Highlight ? tr("Highlight (%1)").arg(colourLabel(a.colour)) : tr("Note");
        case AttributesColumn:
            return attributesText(a);
        case NoteColumn:
            return displaySafe(a.note.simplified().left(60));
        case AuthorColumn:
            return a.author;
        case ModifiedColumn:
            return QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == NoteColumn ? a.note : a.quote;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return QColor(a.kind == AnnotationKind::Entity ? type.colour : highlightColourValue(a.colour));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == QuoteColumn || index.column() == NoteColumn) {
            const QString text = index.column() == QuoteColumn ? a.quote : a.note;
            return QVariant((text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute
                            | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case KindColumn:
        return tr("Kind");
    case AttributesColumn:
        return tr("Attributes");
    case NoteColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

} // namespace hamish

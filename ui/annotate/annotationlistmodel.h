#pragma once

#include "annotations/annotation.h"
#include "annotations/relation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hamish {

// One article's annotations in text order (quote, kind or type, attribute values, the start of
// the note, author and time), then its relations ("«from» ← «to»" with their type).
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, KindColumn, AttributesColumn, NoteColumn, AuthorColumn, ModifiedColumn, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, FilterKeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setContents(QList<Annotation> annotations, const QList<EntityType>& types);
    void setRelations(QList<Relation> relations, const QList<RelationType>& types, bool arabicNames);
    const Annotation* annotation(const QModelIndex& index) const;
    const Relation* relation(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "highlight", "note" or "entity:CODE": what the panel's filter compares.
    static QString filterKey(const Annotation& annotation, const QString& typeCode);
    // "a, role=b": an annotation's attribute values as the panel shows them.
    static QString attributesText(const Annotation& annotation);

private:
    QVariant relationData(const Relation& relation, int column, int role) const;
    QString quoteOf(qint64 annotationId) const;

    QList<Annotation> m_annotations;
    QHash<qint64, EntityType> m_types;
    QList<Relation> m_relations;
    QHash<qint64, RelationType> m_relationTypes;
    bool m_arabicNames = true;
};

} // namespace hamish

#pragma once

#include "annotations/annotation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hamish {

// One article's annotations in text order: quote, kind or type, the start of the note,
// author and time.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, KindColumn, NoteColumn, AuthorColumn, ModifiedColumn, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, FilterKeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setContents(QList<Annotation> annotations, const QList<EntityType>& types);
    const Annotation* annotation(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "highlight", "note" or "entity:CODE": what the panel's filter compares.
    static QString filterKey(const Annotation& annotation, const QString& typeCode);

private:
    QList<Annotation> m_annotations;
    QHash<qint64, EntityType> m_types;
};

} // namespace hamish

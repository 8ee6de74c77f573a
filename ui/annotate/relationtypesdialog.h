#pragma once

#include "annotations/relation.h"

#include <QDialog>

class QTableWidget;

namespace hamish {

class SchemaService;

// Adds, renames, recolours, reorders and removes the library's relation types, and says whether
// each is directed and which entity types its ends allow (codes separated by commas; empty
// allows any). Position gives the key that finishes a link: the first type is 1. Every change
// is saved at once.
class RelationTypesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RelationTypesDialog(SchemaService& schema, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool addType(const QString& code);
    bool move(int row, int delta);
    bool recolour(int row, const QColor& colour);
    bool remove(int row);

    enum Column {
        KeyColumn,
        CodeColumn,
        ArabicColumn,
        EnglishColumn,
        DirectedColumn,
        SourceColumn,
        TargetColumn,
        ColourColumn,
        ColumnCount
    };

private:
    void reload();
    void commitEdit(int row, int column);
    bool save(const RelationType& type);
    void fail(const QString& message);

    SchemaService& m_schema;
    QTableWidget* m_table;
    QList<RelationType> m_types;
    bool m_loading = false;
};

} // namespace hamish

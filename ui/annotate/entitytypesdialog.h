#pragma once

#include "annotations/annotation.h"

#include <QDialog>

class QTableWidget;

namespace hamish {

class AnnotationService;

// Adds, renames, recolours and reorders the library's entity types. Position gives the
// hotkey: the first type is key 1. Every change is saved at once.
class EntityTypesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EntityTypesDialog(AnnotationService& service, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool addType(const QString& code);
    bool move(int row, int delta);
    bool recolour(int row, const QColor& colour);

private:
    enum Column { KeyColumn, CodeColumn, ArabicColumn, EnglishColumn, ColourColumn };
    void reload();
    void commitEdit(int row, int column);
    void fail(const QString& message);

    AnnotationService& m_service;
    QTableWidget* m_table;
    QList<EntityType> m_types;
    bool m_loading = false;
};

} // namespace hamish

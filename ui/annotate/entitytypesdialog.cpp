#include "annotate/entitytypesdialog.h"

#include "annotations/annotationservice.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamish {

EntityTypesDialog::EntityTypesDialog(AnnotationService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_table(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Entity Types"));
    resize(640, 380);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Code"), tr("Arabic name"), tr("English name"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Entity types"));

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* colour = new QPushButton(tr("&Colour…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, up, down, colour, remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString code = QInputDialog::getText(this, tr("New Entity Type"), tr("Code (for example PRODUCT):"));
        if (!code.isEmpty())
            addType(code.trimmed());
    });
    connect(up, &QPushButton::clicked, this, [this] { move(m_table->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { move(m_table->currentRow(), 1); });
    connect(colour, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QColor chosen = QColorDialog::getColor(QColor(m_types.at(row).colour), this);
        if (chosen.isValid())
            recolour(row, chosen);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        if (Status ok = m_service.removeEntityType(m_types.at(row).id); !ok)
            fail(ok.error());
        reload();
    });
    connect(m_table, &QTableWidget::cellChanged, this, &EntityTypesDialog::commitEdit);
    reload();
}

void EntityTypesDialog::fail(const QString& message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

void EntityTypesDialog::reload()
{
    const Result<QList<EntityType>> types = m_service.entityTypes();
    if (!types) {
        fail(types.error());
        return;
    }
    m_types = *types;
    m_loading = true;
    m_table->setRowCount(int(m_types.size()));
    for (int row = 0; row < m_types.size(); ++row) {
        const EntityType& type = m_types.at(row);
        auto* key = new QTableWidgetItem(type.hotkey() > 0 ? QString::number(type.hotkey()) : QString());
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        auto* colour = new QTableWidgetItem(type.colour);
        colour->setFlags(colour->flags() & ~Qt::ItemIsEditable);
        colour->setBackground(QColor(type.colour));
        m_table->setItem(row, KeyColumn, key);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(type.code));
        m_table->setItem(row, ArabicColumn, new QTableWidgetItem(type.nameAr));
        m_table->setItem(row, EnglishColumn, new QTableWidgetItem(type.nameEn));
        m_table->setItem(row, ColourColumn, colour);
    }
    m_loading = false;
}

void EntityTypesDialog::commitEdit(int row, int column)
{
    if (m_loading || row < 0 || row >= m_types.size())
        return;
    EntityType type = m_types.at(row);
    const QString text = m_table->item(row, column)->text().trimmed();
    if (column == CodeColumn)
        type.code = text;
    else if (column == ArabicColumn)
        type.nameAr = text;
    else if (column == EnglishColumn)
        type.nameEn = text;
    else
        return;
    if (text.isEmpty()) {
        reload();
        return;
    }
    if (Status ok = m_service.updateEntityType(type); !ok)
        fail(ok.error());
    reload();
}

bool EntityTypesDialog::addType(const QString& code)
{
    const Result<EntityType> added = m_service.addEntityType(code, code, code, QStringLiteral("#808080"));
    if (!added)
        fail(added.error());
    reload();
    return added.has_value();
}

bool EntityTypesDialog::move(int row, int delta)
{
    if (row < 0 || row >= m_types.size() || row + delta < 0 || row + delta >= m_types.size())
        return false;
    const Status ok = m_service.moveEntityType(m_types.at(row).id, row + delta);
    if (!ok)
        fail(ok.error());
    reload();
    m_table->selectRow(row + delta);
    return ok.has_value();
}

bool EntityTypesDialog::recolour(int row, const QColor& colour)
{
    if (row < 0 || row >= m_types.size())
        return false;
    EntityType type = m_types.at(row);
    type.colour = colour.name();
    const Status ok = m_service.updateEntityType(type);
    if (!ok)
        fail(ok.error());
    reload();
    return ok.has_value();
}

} // namespace hamish

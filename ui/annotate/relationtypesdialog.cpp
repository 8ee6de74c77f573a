#include "annotate/relationtypesdialog.h"

#include "annotations/schemaservice.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

QStringList codesIn(const QString& text)
{
    QStringList codes;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,،\\s]+")), Qt::SkipEmptyParts))
        codes.append(part.trimmed());
    return codes;
}

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

RelationTypesDialog::RelationTypesDialog(SchemaService& schema, QWidget* parent)
    : QDialog(parent)
    , m_schema(schema)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Relation Types"));
    resize(860, 380);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Code"), tr("Arabic name"), tr("English name"), tr("Directed"),
                                        tr("From types"), tr("To types"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DirectedColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Relation types"));
    m_table->setToolTip(tr("From and To list the entity types each end allows, as codes separated by commas; "
                           "leave them empty to allow any."));

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* colour = new QPushButton(tr("&Colour…"), this);
    auto* removeButton = new QPushButton(tr("&Remove"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, up, down, colour, removeButton})
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
        const QString code = QInputDialog::getText(this, tr("New Relation Type"), tr("Code (for example WORKS_FOR):"));
        if (!code.trimmed().isEmpty())
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
    connect(removeButton, &QPushButton::clicked, this, [this] { remove(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellChanged, this, &RelationTypesDialog::commitEdit);
    reload();
}

void RelationTypesDialog::fail(const QString& message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

void RelationTypesDialog::reload()
{
    const Result<AnnotationSchema> schema = m_schema.schema();
    if (!schema) {
        fail(schema.error());
        return;
    }
    m_types = schema->relationTypes;
    m_loading = true;
    m_table->setRowCount(int(m_types.size()));
    for (int row = 0; row < m_types.size(); ++row) {
        const RelationType& type = m_types.at(row);
        auto* directed = new QTableWidgetItem;
        directed->setFlags((directed->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        directed->setCheckState(type.directed ? Qt::Checked : Qt::Unchecked);
        directed->setToolTip(tr("Unchecked: symmetric (A met B is B met A)."));
        QTableWidgetItem* colour = readOnly(type.colour);
        colour->setBackground(QColor(type.colour));
        m_table->setItem(row, KeyColumn, readOnly(type.hotkey() > 0 ? QString::number(type.hotkey()) : QString()));
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(type.code));
        m_table->setItem(row, ArabicColumn, new QTableWidgetItem(type.nameAr));
        m_table->setItem(row, EnglishColumn, new QTableWidgetItem(type.nameEn));
        m_table->setItem(row, DirectedColumn, directed);
        m_table->setItem(row, SourceColumn, new QTableWidgetItem(type.sourceTypes.join(QStringLiteral(", "))));
        m_table->setItem(row, TargetColumn, new QTableWidgetItem(type.targetTypes.join(QStringLiteral(", "))));
        m_table->setItem(row, ColourColumn, colour);
    }
    m_loading = false;
}

bool RelationTypesDialog::save(const RelationType& type)
{
    const Status ok = m_schema.updateRelationType(type);
    if (!ok)
        fail(ok.error());
    reload();
    return ok.has_value();
}

void RelationTypesDialog::commitEdit(int row, int column)
{
    if (m_loading || row < 0 || row >= m_types.size())
        return;
    RelationType type = m_types.at(row);
    const QTableWidgetItem* item = m_table->item(row, column);
    const QString text = item->text().trimmed();
    switch (column) {
    case CodeColumn:
        type.code = text;
        break;
    case ArabicColumn:
        type.nameAr = text;
        break;
    case EnglishColumn:
        type.nameEn = text;
        break;
    case DirectedColumn:
        type.directed = item->checkState() == Qt::Checked;
        break;
    case SourceColumn:
        type.sourceTypes = codesIn(text);
        break;
    case TargetColumn:
        type.targetTypes = codesIn(text);
        break;
    default:
        return;
    }
    if (text.isEmpty() && (column == CodeColumn || column == ArabicColumn || column == EnglishColumn)) {
        reload();
        return;
    }
    save(type);
}

bool RelationTypesDialog::addType(const QString& code)
{
    RelationType type;
    type.code = code;
    type.nameAr = code;
    type.nameEn = code;
    type.colour = QStringLiteral("#606060");
    const Result<RelationType> added = m_schema.addRelationType(type);
    if (!added)
        fail(added.error());
    reload();
    return added.has_value();
}

bool RelationTypesDialog::move(int row, int delta)
{
    if (row < 0 || row >= m_types.size() || row + delta < 0 || row + delta >= m_types.size())
        return false;
    const Status ok = m_schema.moveRelationType(m_types.at(row).id, row + delta);
    if (!ok)
        fail(ok.error());
    reload();
    m_table->selectRow(row + delta);
    return ok.has_value();
}

bool RelationTypesDialog::recolour(int row, const QColor& colour)
{
    if (row < 0 || row >= m_types.size())
        return false;
    RelationType type = m_types.at(row);
    type.colour = colour.name();
    return save(type);
}

bool RelationTypesDialog::remove(int row)
{
    if (row < 0 || row >= m_types.size())
        return false;
    const Status ok = m_schema.removeRelationType(m_types.at(row).id);
    if (!ok)
        fail(ok.error());
    reload();
    return ok.has_value();
}

} // namespace hamish

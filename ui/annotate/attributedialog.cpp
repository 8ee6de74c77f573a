#include "annotate/attributedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hamish {

AttributeDialog::AttributeDialog(const QString& quote, const QList<AttributeDefinition>& attributes,
                                 const QMap<QString, QString>& values, QWidget* parent)
    : QDialog(parent)
    , m_attributes(attributes)
    , m_before(values)
{
    setWindowTitle(tr("Attributes"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(QChar(0x2068) + quote.left(200) + QChar(0x2069));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    for (const AttributeDefinition& a : attributes) {
        const QString value = values.value(a.name);
        QWidget* field = nullptr;
        switch (a.kind) {
        case AttributeDefinition::Kind::Boolean: {
            auto* box = new QCheckBox(this);
            box->setChecked(value == u"true");
            field = box;
            break;
        }
        case AttributeDefinition::Kind::Choice: {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("(not set)"), QString());
            for (const QString& choice : a.choices)
                combo->addItem(choice, choice);
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
            field = combo;
            break;
        }
        case AttributeDefinition::Kind::Text: {
            auto* line = new QLineEdit(value, this);
            line->setClearButtonEnabled(true);
            field = line;
            break;
        }
        }
        field->setAccessibleName(a.name);
        auto* label = new QLabel(QStringLiteral("&") + a.name + u':', this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_fields.append(field);
    }
    if (attributes.isEmpty())
        form->addRow(new QLabel(tr("This entity type declares no attributes. Add them with a schema file "
                                   "(Annotate ▸ Import Schema…)."),
                                this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QMap<QString, QString> AttributeDialog::values() const
{
    QMap<QString, QString> values;
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        const AttributeDefinition& a = m_attributes.at(i);
        QString value;
        if (auto* box = qobject_cast<QCheckBox*>(m_fields.at(i)))
            value = box->isChecked() ? QStringLiteral("true")
                                     : (m_before.value(a.name) == u"false" ? QStringLiteral("false") : QString());
        else if (auto* combo = qobject_cast<QComboBox*>(m_fields.at(i)))
            value = combo->currentData().toString();
        else if (auto* line = qobject_cast<QLineEdit*>(m_fields.at(i)))
            value = line->text().trimmed();
        if (!value.isEmpty())
            values.insert(a.name, value);
    }
    return values;
}

std::optional<QMap<QString, QString>> AttributeDialog::ask(QWidget* parent, const QString& quote,
                                                           const QList<AttributeDefinition>& attributes,
                                                           const QMap<QString, QString>& values)
{
    AttributeDialog dialog(quote, attributes, values, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

} // namespace hamish

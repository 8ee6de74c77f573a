#include "widgets/datebound.h"

#include <QDateEdit>
#include <QLineEdit>

namespace hamish {

QDateEdit* createDateBoundField(QWidget* parent, const QString& accessibleName)
{
    auto* field = new QDateEdit(parent);
    field->setCalendarPopup(true);
    field->setMinimumDate(QDate(1900, 1, 1));
    field->setSpecialValueText(QStringLiteral("—"));
    field->setDate(field->minimumDate());
    field->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    field->setAccessibleName(accessibleName);
    field->setToolTip(accessibleName);
    // The line edit inside the spin box is what a screen reader lands on.
    if (auto* edit = field->findChild<QLineEdit*>())
        edit->setAccessibleName(accessibleName);
    return field;
}

QDate dateBoundOf(const QDateEdit* field)
{
    return field->date() == field->minimumDate() ? QDate() : field->date();
}

} // namespace hamish

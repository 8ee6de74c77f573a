#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace hamish {

// A date field for one end of a range, whose lowest value means "no bound" and shows as a
// dash (the library's filter and the network view's).
QDateEdit* createDateBoundField(QWidget* parent, const QString& accessibleName);
// The field's date, or an invalid date when it is at "no bound".
QDate dateBoundOf(const QDateEdit* field);

} // namespace hamish

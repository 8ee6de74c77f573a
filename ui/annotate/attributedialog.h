#pragma once

#include "annotations/schema.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QFormLayout;

namespace hamish {

// The attributes an entity's type declares, to set for one tag: a box for each flag, a list for
// each choice (with "not set"), a line for each text.
class AttributeDialog final : public QDialog
{
    Q_OBJECT

public:
    AttributeDialog(const QString& quote, const QList<AttributeDefinition>& attributes,
                    const QMap<QString, QString>& values, QWidget* parent = nullptr);

    // The values as set: an attribute not set is not in the map (an unticked flag is "false"
    // only if it was "false" before).
    QMap<QString, QString> values() const;

    static std::optional<QMap<QString, QString>> ask(QWidget* parent, const QString& quote,
                                                     const QList<AttributeDefinition>& attributes,
                                                     const QMap<QString, QString>& values);

private:
    QList<AttributeDefinition> m_attributes;
    QMap<QString, QString> m_before;
    QList<QWidget*> m_fields;
};

} // namespace hamish

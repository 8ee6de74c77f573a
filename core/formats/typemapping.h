#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hamish {

// Type names between conventions (PER → PERS); unmapped codes pass through.
using TypeMapping = QHash<QString, QString>;

class TypeMappingParser
{
    Q_DECLARE_TR_FUNCTIONS(TypeMappingParser)

public:
    // FROM=TO rules, as the CLI's repeated --map and the dialogs' comma-separated field give them.
    // Spaces around the names are dropped; a rule without both names, or a name mapped twice, is
    // refused with the rule named.
    static Result<TypeMapping> parse(const QStringList& rules);
    // The same from one comma-separated field ("PER=PERS, LOC=GPE").
    static Result<TypeMapping> parseList(const QString& text);
};

} // namespace hamish

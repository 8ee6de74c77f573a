#include "formats/typemapping.h"

namespace hamish {

Result<TypeMapping> TypeMappingParser::parse(const QStringList& rules)
{
    TypeMapping mapping;
    for (const QString& rule : rules) {
        const qsizetype equals = rule.indexOf(u'=');
        const QString from = rule.left(equals).trimmed();
        const QString to = rule.mid(equals + 1).trimmed();
        if (equals < 0 || from.isEmpty() || to.isEmpty() || to.contains(u'='))
            return failure(tr("'%1' is not a type mapping: write FROM=TO, such as PER=PERS.").arg(rule));
        if (mapping.contains(from) && mapping.value(from) != to)
            return failure(tr("'%1' is mapped twice.").arg(from));
        mapping.insert(from, to);
    }
    return mapping;
}

Result<TypeMapping> TypeMappingParser::parseList(const QString& text)
{
    return parse(text.split(u',', Qt::SkipEmptyParts));
}

} // namespace hamish

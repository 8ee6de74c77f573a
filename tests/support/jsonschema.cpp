#include "jsonschema.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hamish::test {

namespace {

bool hasType(const QJsonValue& v, const QString& type)
{
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"string")
        return v.isString();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"null")
        return v.isNull();
    if (type == u"number")
        return v.isDouble();
    if (type == u"integer")
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    return false;
}

bool fail(QString* why, const QString& message)
{
    if (why && why->isEmpty())
        *why = message;
    return false;
}

} // namespace

void JsonSchemaValidator::addFolder(const QString& folder)
{
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_schemas.insert(QFileInfo(path).fileName(), QJsonDocument::fromJson(file.readAll()).object());
    }
}

QJsonObject JsonSchemaValidator::resolve(const QString& ref, const QString& file, QString& resolvedFile) const
{
    const qsizetype hash = ref.indexOf(u'#');
    resolvedFile = hash == 0 ? file : QFileInfo(ref.left(hash < 0 ? ref.size() : hash)).fileName();
    QJsonValue node = m_schemas.value(resolvedFile);
    if (hash >= 0) {
        for (const QString& part : ref.mid(hash + 1).split(u'/', Qt::SkipEmptyParts))
            node = node.toObject().value(part);
    }
    return node.toObject();
}

bool JsonSchemaValidator::validate(const QJsonValue& instance, const QString& schemaFile, QString* why) const
{
    const QString file = QFileInfo(schemaFile).fileName();
    if (why)
        why->clear();
    if (!m_schemas.contains(file))
        return fail(why, QStringLiteral("no schema ") + file);
    return check(instance, m_schemas.value(file), file, why, 0);
}

bool JsonSchemaValidator::check(const QJsonValue& v, const QJsonObject& s, const QString& file, QString* why,
                                int depth) const
{
    if (depth > 64)
        return fail(why, QStringLiteral("schema nesting too deep"));
    if (s.contains(u"$ref")) {
        QString target;
        const QJsonObject resolved = resolve(s.value(u"$ref").toString(), file, target);
        if (resolved.isEmpty())
            return fail(why, QStringLiteral("unresolved $ref ") + s.value(u"$ref").toString());
        return check(v, resolved, target, why, depth + 1);
    }
    if (s.contains(u"type")) {
        const QJsonValue type = s.value(u"type");
        bool any = false;
        for (const auto& t : type.isArray() ? type.toArray() : QJsonArray{type})
            any = any || hasType(v, t.toString());
        if (!any)
            return fail(why, QStringLiteral("type is not ")
                                 + QString::fromUtf8(QJsonDocument(QJsonArray{type}).toJson(QJsonDocument::Compact)));
    }
    if (s.contains(u"enum")) {
        const QJsonArray values = s.value(u"enum").toArray();
        if (!values.contains(v))
            return fail(why, QStringLiteral("value not in enum"));
    }
    if (v.isString()) {
        const QString text = v.toString();
        if (s.contains(u"pattern") && !QRegularExpression(s.value(u"pattern").toString()).match(text).hasMatch())
            return fail(why, QStringLiteral("'%1' does not match %2").arg(text, s.value(u"pattern").toString()));
        const QString format = s.value(u"format").toString();
        if (format == u"date-time" && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return fail(why, QStringLiteral("'%1' is not a date-time").arg(text));
        if (format == u"uri" && !text.contains(u':'))
            return fail(why, QStringLiteral("'%1' is not a URI").arg(text));
    }
    if (v.isDouble() && s.contains(u"minimum") && v.toDouble() < s.value(u"minimum").toDouble())
        return fail(why, QStringLiteral("below minimum"));
    if (v.isArray()) {
        const QJsonArray items = v.toArray();
        if (s.contains(u"minItems") && items.size() < s.value(u"minItems").toInt())
            return fail(why, QStringLiteral("too few items"));
        if (s.contains(u"maxItems") && items.size() > s.value(u"maxItems").toInt())
            return fail(why, QStringLiteral("too many items"));
        if (s.value(u"items").isObject()) {
            for (const auto& item : items) {
                if (!check(item, s.value(u"items").toObject(), file, why, depth + 1))
                    return false;
            }
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const auto& key : s.value(u"required").toArray()) {
            if (!o.contains(key.toString()))
                return fail(why, QStringLiteral("missing ") + key.toString());
        }
        const QJsonObject properties = s.value(u"properties").toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (o.contains(it.key()) && !check(o.value(it.key()), it.value().toObject(), file, why, depth + 1))
                return false;
        }
        const QJsonObject patterns = s.value(u"patternProperties").toObject();
        for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
            const QRegularExpression pattern(it.key());
            for (auto k = o.constBegin(); k != o.constEnd(); ++k) {
                if (pattern.match(k.key()).hasMatch() && !check(k.value(), it.value().toObject(), file, why, depth + 1))
                    return false;
            }
        }
    }
    for (const auto& sub : s.value(u"allOf").toArray()) {
        if (!check(v, sub.toObject(), file, why, depth + 1))
            return false;
    }
    if (s.contains(u"anyOf")) {
        bool any = false;
        for (const auto& sub : s.value(u"anyOf").toArray())
            any = any || check(v, sub.toObject(), file, nullptr, depth + 1);
        if (!any)
            return fail(why, QStringLiteral("no anyOf branch holds"));
    }
    if (s.contains(u"oneOf")) {
        int count = 0;
        for (const auto& sub : s.value(u"oneOf").toArray())
            count += check(v, sub.toObject(), file, nullptr, depth + 1);
        if (count != 1)
            return fail(why, QStringLiteral("%1 oneOf branches hold").arg(count));
    }
    if (s.contains(u"not") && check(v, s.value(u"not").toObject(), file, nullptr, depth + 1))
        return fail(why, QStringLiteral("the 'not' schema holds"));
    return true;
}

} // namespace hamish::test

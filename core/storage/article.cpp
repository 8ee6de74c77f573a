#include "storage/article.h"

#include <QCryptographicHash>

namespace hamish {

QString contentHashOf(const QString& body)
{
    return contentHashOfUtf8(body.toUtf8());
}

QString contentHashOfUtf8(const QByteArray& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QString articleScopeCondition(const QString& idColumn, int parameter)
{
    return QStringLiteral("(%1 NOT IN (SELECT article_id FROM article_trash) AND (?%2 = 0 OR %1 IN (SELECT article_id "
                          "FROM collection_article WHERE collection_id = ?%2)))")
        .arg(idColumn)
        .arg(parameter);
}

} // namespace hamish

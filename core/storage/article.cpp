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

} // namespace hamish

#include "storage/article.h"

#include <QCryptographicHash>

namespace hamish {

QString contentHashOf(const QString& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace hamish

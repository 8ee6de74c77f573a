#pragma once

#include <QList>
#include <QString>

namespace hamish {

// A named set of articles; an article may be in several. Deleting one keeps its articles.
struct Collection
{
    qint64 id = 0;
    QString name;
    QList<qint64> articles; // ids in the library (not in the Trash), in id order
};

} // namespace hamish

#pragma once

#include <QString>
#include <QStringList>

namespace hamish {
class Library;
}

namespace hamish::test {

class PgCluster;

// Makes database `name` in the cluster, a team project in it (curator role "curator", gold layer
// "gold") and the annotators' roles; an empty string, or why it failed.
QString makeTeamProject(PgCluster& cluster, const QString& name, const QStringList& annotators);

// What a library holds of what a team shares (articles, types, the registry, every layer's tags,
// relations, labels, notes, done marks, the trash), one sorted line per object, in terms two
// libraries can compare (content hashes and codes, never local ids).
QStringList teamContent(Library& library);

} // namespace hamish::test

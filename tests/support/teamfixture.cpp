#include "teamfixture.h"

#include "pgcluster.h"
#include "storage/library.h"
#include "team/pgconnection.h"
#include "team/teamproject.h"

using namespace Qt::StringLiterals;

namespace hamish::test {

QString makeTeamProject(PgCluster& cluster, const QString& name, const QStringList& annotators)
{
    Result<PgConnection> postgres = PgConnection::open(cluster.conninfo());
    if (!postgres)
        return postgres.error();
    if (Result<PgRows> created = postgres->query(u"CREATE DATABASE %1"_s.arg(name)); !created)
        return created.error();
    Result<PgConnection> admin = PgConnection::open(cluster.conninfo(u"postgres"_s, name));
    if (!admin)
        return admin.error();
    if (Result<TeamProject> project = TeamServer::init(*admin, u"curator"_s, u"gold"_s); !project)
        return project.error();
    for (const QString& annotator : annotators)
        if (Status added = TeamServer::addAnnotator(*admin, annotator, false); !added)
            return added.error();
    return {};
}

QStringList teamContent(Library& library)
{
    const QString sql = uR"sql(
SELECT 'article ' || content_hash || ' ' || title FROM article
UNION ALL SELECT 'annotation ' || ar.content_hash || ' ' || a.start || '-' || a.end || ' ' || a.kind || ' ' ||
    coalesce(t.code, '') || ' ' || a.author || ' ' || a.note || ' ' || coalesce(e.name, '') || ' ' || a.quote
    FROM annotation a JOIN article ar ON ar.id = a.article_id LEFT JOIN entity_type t ON t.id = a.entity_type_id
    LEFT JOIN entity e ON e.id = a.entity_id
UNION ALL SELECT 'type ' || code || ' ' || name_ar || ' ' || name_en || ' ' || colour FROM entity_type
UNION ALL SELECT 'entity ' || name || ' ' || note FROM entity
UNION ALL SELECT 'relation ' || t.code || ' ' || f.start || ' ' || o.start || ' ' || r.author FROM relation r
    JOIN relation_type t ON t.id = r.relation_type_id JOIN annotation f ON f.id = r.from_id
    JOIN annotation o ON o.id = r.to_id
UNION ALL SELECT 'label ' || ar.content_hash || ' ' || l.code || ' ' || al.author FROM article_label al
    JOIN article ar ON ar.id = al.article_id JOIN label l ON l.id = al.label_id
UNION ALL SELECT 'note ' || ar.content_hash || ' ' || n.author || ' ' || n.text FROM article_note n
    JOIN article ar ON ar.id = n.article_id
UNION ALL SELECT 'done ' || ar.content_hash || ' ' || d.annotator FROM article_done d
    JOIN article ar ON ar.id = d.article_id
UNION ALL SELECT 'trash ' || ar.content_hash FROM article_trash tr JOIN article ar ON ar.id = tr.article_id
ORDER BY 1
)sql"_s;
    return collectRows<QString>(library.database().prepare(sql), [](Statement& s) { return s.text(0); }).value();
}

} // namespace hamish::test

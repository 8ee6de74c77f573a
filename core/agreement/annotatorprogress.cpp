#include "agreement/annotatorprogress.h"

#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/statement.h"

namespace hamish {

namespace {

// Who wrote something in which article, over every kind of layer content.
const char* const StartedWork = "SELECT author, article_id FROM annotation"
                                " UNION SELECT author, article_id FROM relation"
                                " UNION SELECT author, article_id FROM article_label"
                                " UNION SELECT author, article_id FROM article_note"
                                " UNION SELECT annotator, article_id FROM article_done";

} // namespace

QString AnnotatorProgress::stateName(WorkState state)
{
    switch (state) {
    case WorkState::NotStarted:
        return QStringLiteral("not started");
    case WorkState::InProgress:
        return QStringLiteral("in progress");
    case WorkState::Done:
        return QStringLiteral("done");
    }
    return {};
}

Status AnnotatorProgress::setDone(qint64 articleId, const QString& annotator, bool done)
{
    if (annotator.trimmed().isEmpty())
        return failure(tr("An annotator needs a name."));
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return article.problem();
    Result<Statement> stmt = m_library.database().prepare(
        done ? QStringLiteral("INSERT OR IGNORE INTO article_done (article_id, annotator, done_at) VALUES (?1, ?2, ?3)")
             : QStringLiteral("DELETE FROM article_done WHERE article_id = ?1 AND annotator = ?2"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, articleId).bind(2, annotator);
    if (done)
        stmt->bind(3, isoUtc(m_library.now(), Milliseconds::Include));
    return stmt->run();
}

WorkState AnnotatorProgress::state(qint64 articleId, const QString& annotator)
{
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM article_done WHERE article_id = ?1 AND annotator = ?2),"
                       " EXISTS (SELECT 1 FROM (%1) WHERE article_id = ?1 AND author = ?2)")
            .arg(QLatin1String(StartedWork)));
    if (!stmt)
        return WorkState::NotStarted;
    stmt->bind(1, articleId).bind(2, annotator);
    Result<bool> row = stmt->step();
    if (!row || !*row)
        return WorkState::NotStarted;
    return stmt->int64(0) ? WorkState::Done : stmt->int64(1) ? WorkState::InProgress : WorkState::NotStarted;
}

Result<QList<ArticleProgress>> AnnotatorProgress::started()
{
    return collectRows<ArticleProgress>(
        m_library.database().prepare(
            QStringLiteral("SELECT w.author, w.article_id, d.annotator IS NOT NULL FROM (%1) w"
                           " LEFT JOIN article_done d ON d.article_id = w.article_id AND d.annotator = w.author"
                           " WHERE w.article_id NOT IN (SELECT article_id FROM article_trash)"
                           " ORDER BY w.author, w.article_id")
                .arg(QLatin1String(StartedWork))),
        [](const Statement& row) {
            return ArticleProgress{row.text(0), row.int64(1), row.int64(2) ? WorkState::Done : WorkState::InProgress};
        });
}

Result<QSet<qint64>> AnnotatorProgress::doneBy(const QString& annotator)
{
    Result<Statement> stmt =
        m_library.database().prepare(QStringLiteral("SELECT article_id FROM article_done WHERE annotator = ?1"
                                                    " AND article_id NOT IN (SELECT article_id FROM article_trash)"));
    if (stmt)
        stmt->bind(1, annotator);
    Result<QList<qint64>> ids = collectRows<qint64>(std::move(stmt), [](const Statement& row) { return row.int64(0); });
    if (!ids)
        return ids.problem();
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

Result<QStringList> AnnotatorProgress::annotators()
{
    return collectRows<QString>(
        m_library.database().prepare(
            QStringLiteral("SELECT DISTINCT author FROM (%1) ORDER BY author").arg(QLatin1String(StartedWork))),
        [](const Statement& row) { return row.text(0); });
}

} // namespace hamish

#include "learn/modelstore.h"

#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hamish {

namespace {

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

Status ModelStore::store(const QString& kind, const QStringList& types, const TrainingReport& report,
                         const QByteArray& bytes)
{
    const QJsonObject json = reportToJson(report);
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO learned_model (kind, format_version, types, examples, tokens, scores, trained_at,"
        " seconds, tags_at_training, model) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, kind)
        .bind(2, qint64(report.formatVersion))
        .bind(3, compact(QJsonDocument(QJsonArray::fromStringList(types))))
        .bind(4, compact(QJsonDocument(json.value(u"examples").toObject())))
        .bind(5, report.tokens)
        .bind(6, compact(QJsonDocument(json)))
        .bind(7, isoUtc(report.trainedAt, Milliseconds::Include))
        .bind(8, report.seconds)
        .bind(9, report.tagsAtTraining)
        .bindBlob(10, bytes);
    return stmt->run();
}

Result<std::optional<TrainingReport>> ModelStore::report(const QString& kind)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT format_version, scores, tags_at_training FROM learned_model WHERE kind = ?1"));
    if (stmt)
        stmt->bind(1, kind);
    return firstRow<TrainingReport>(std::move(stmt), [](const Statement& row) {
        TrainingReport report = reportFromJson(QJsonDocument::fromJson(row.text(1).toUtf8()).object());
        report.formatVersion = int(row.int64(0));
        report.tagsAtTraining = row.int64(2);
        return report;
    });
}

Result<std::optional<StoredModel>> ModelStore::model(const QString& kind)
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT format_version, model FROM learned_model WHERE kind = ?1"));
    if (stmt)
        stmt->bind(1, kind);
    return firstRow<StoredModel>(std::move(stmt), [](const Statement& row) {
        return StoredModel{int(row.int64(0)), row.blob(1)};
    });
}

} // namespace hamish

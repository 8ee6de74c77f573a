#pragma once

#include "learn/trainingreport.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace hamish {

class Database;

// A learned model's bytes as the library keeps them (learned_model, one row per kind:
// "entities", "labels"), with its format version and report.
struct StoredModel
{
    int formatVersion = 0;
    QByteArray bytes;
};

// Where the recommenders keep their models and reports.
class ModelStore
{
public:
    explicit ModelStore(Database& db)
        : m_db(db)
    {
    }

    // Replaces the kind's model and report in one statement.
    Status store(const QString& kind, const QStringList& types, const TrainingReport& report, const QByteArray& bytes);
    Result<std::optional<TrainingReport>> report(const QString& kind);
    Result<std::optional<StoredModel>> model(const QString& kind);

private:
    Database& m_db;
};

} // namespace hamish

#pragma once

#include "annotations/annotationstore.h"
#include "result.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace hamish {

// One open library file: the connection with the search tokenizer registered and the
// schema migrated, the stores over it, and the clock that stamps what is written.
class Library final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static Result<std::unique_ptr<Library>> open(const QString& path, Database::Mode mode = Database::Mode::ReadWrite);
    // Where the default library lives: under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    Database& database() { return *m_db; }
    ArticleStore& articles() { return m_articles; }
    AnnotationStore& annotations() { return m_annotations; }
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Changes whenever another connection (the CLI, a second process, a worker thread) commits.
    Result<qint64> dataVersion() { return m_db->queryInt(QStringLiteral("PRAGMA data_version")); }
    // Checks data_version every `intervalMs` from the event loop of this object's thread and
    // emits changedElsewhere() when another connection has committed since the last check.
    void watchForChanges(int intervalMs = 1500);
    // Checks now; true (after emitting changedElsewhere) when something changed.
    bool checkForChanges();
    // Takes the writes committed so far as known: a worker of this process made them and its
    // results were announced already.
    void acknowledgeOwnWrites();
    // While a worker of this process runs, checks take no commit for another connection's: the
    // worker's own are announced when it ends, and reading beside its commit (for a large import,
    // a checkpoint of a gigabyte) would hold the window. Holds nest; the last release takes what
    // was committed meanwhile as known (acknowledgeOwnWrites).
    void holdChangeChecks() { ++m_checkHolds; }
    void releaseChangeChecks();
    // Tells the views to read everything again (after a worker changed much of the library).
    void announceExternalChange() { emit changedElsewhere(); }

    // Called by the services that wrote the articles, after their transaction committed.
    void announceArticlesAdded(const QList<qint64>& ids) { emit articlesAdded(ids); }
    // Called when articles got a new version: their body is another text now.
    void announceArticleTextChanged(const QList<qint64>& ids) { emit articleTextChanged(ids); }

signals:
    void articlesAdded(const QList<qint64>& ids);
    void articleTextChanged(const QList<qint64>& ids);
    void changedElsewhere();

private:
    explicit Library(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    ArticleStore m_articles;
    AnnotationStore m_annotations;
    Clock m_clock;
    qint64 m_seenDataVersion = -1;
    int m_checkHolds = 0;
};

} // namespace hamish

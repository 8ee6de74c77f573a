#include "versions/versionservice.h"

#include "annotations/annotationservice.h"
#include "annotations/relationstore.h"
#include "storage/library.h"
#include "storage/statement.h"
#include "storage/synctables.h"
#include "text/offsets.h"
#include "versions/reanchor.h"
#include "versions/textdiff.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

// Code points deleted plus inserted: those of both texts outside their common runs.
qsizetype changedCodePoints(const TextDiff& diff, QStringView before, QStringView after)
{
    qsizetype common = 0;
    for (const CommonRun& run : diff.runs())
        common += codePointsFromUtf16(after.mid(run.after, run.length), run.length);
    return codePointsFromUtf16(before, before.size()) + codePointsFromUtf16(after, after.size()) - 2 * common;
}

// Rejected suggestions are spans too: those the diff carries move, the others are dropped (the
// text they were refused for is gone).
Status carryRejections(Database& db, qint64 articleId, const TextDiff& diff)
{
    for (const auto& [table, key] :
         {std::pair{u"rejected_suggestion"_s, u"entity_id"_s}, std::pair{u"rejected_model_suggestion"_s, u"type"_s}}) {
        Result<Statement> read = db.prepare(u"SELECT start, end, %1 FROM %2 WHERE article_id = ?1"_s.arg(key, table));
        if (read)
            read->bind(1, articleId);
        struct Row
        {
            qint64 start, end;
            QString key;
        };
        Result<QList<Row>> rows = collectRows<Row>(std::move(read), [](const Statement& row) {
            return Row{row.int64(0), row.int64(1), row.text(2)};
        });
        if (!rows)
            return rows.problem();
        if (rows->isEmpty())
            continue;
        Result<Statement> clear = db.prepare(u"DELETE FROM %1 WHERE article_id = ?1"_s.arg(table));
        if (!clear)
            return clear.problem();
        clear->bind(1, articleId);
        if (Status ok = clear->run(); !ok)
            return ok;
        Result<Statement> write = db.prepare(
            u"INSERT OR IGNORE INTO %1 (article_id, start, end, %2) VALUES (?1, ?2, ?3, ?4)"_s.arg(table, key));
        if (!write)
            return write.problem();
        for (const Row& row : *rows) {
            const qsizetype at = diff.mapSpan(row.start, row.end);
            if (at < 0)
                continue;
            write->bind(1, articleId).bind(2, qint64(at)).bind(3, qint64(at + row.end - row.start)).bind(4, row.key);
            if (Status ok = write->run(); !ok)
                return ok;
            write->reset();
        }
    }
    return {};
}

} // namespace

VersionService::VersionService(Library& library, AnnotationService* annotations, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_annotations(annotations)
{
}

Result<std::optional<VersionOutcome>> VersionService::addVersionWithin(qint64 articleId, const QString& body,
                                                                       const QDateTime& imported)
{
    VersionStore store(m_library.database());
    // Versions of articles are not shared with team projects yet.
    Result<bool> team = inTeamProject(m_library.database());
    if (!team)
        return team.problem();
    if (*team)
        return failure(tr("this library syncs with a team project, and versions of articles are not shared with "
                          "teams yet; import the new text as an article of its own."));
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return article.problem();
    if (article->body == body)
        return std::optional<VersionOutcome>();
    Result<QList<ArticleVersion>> versions = store.versions(articleId);
    if (!versions)
        return versions.problem();
    const QString hash = contentHashOf(body);
    Result<std::optional<qint64>> known = store.articleWithVersion(hash);
    if (!known)
        return known.problem();
    if (known->has_value() && **known == articleId)
        return std::optional<VersionOutcome>(); // an older version of it, imported again
    int latest = 1;
    if (versions->isEmpty()) {
        if (Status ok = store.insertVersion(articleId, 1, article->body, article->contentHash, article->importedAt, 0);
            !ok)
            return ok.problem();
    } else {
        latest = versions->last().number;
    }
    VersionOutcome outcome{articleId, latest + 1};
    const TextDiff diff(article->body, body);
    if (Status ok = store.insertVersion(articleId, outcome.version, body, hash, imported,
                                        changedCodePoints(diff, article->body, body));
        !ok)
        return ok.problem();
    if (Status ok = store.setBody(articleId, body); !ok)
        return ok.problem();
    if (Status ok = carry(articleId, latest, diff, article->body, body, outcome); !ok)
        return ok.problem();
    if (Status ok = carryRejections(m_library.database(), articleId, diff); !ok)
        return ok.problem();
    return std::optional<VersionOutcome>(outcome);
}

Status VersionService::carry(qint64 articleId, int fromVersion, const TextDiff& diff, const QString& before,
                             const QString& after, VersionOutcome& outcome)
{
    Database& db = m_library.database();
    Result<QList<Annotation>> annotations = m_library.annotations().forArticle(articleId);
    if (!annotations)
        return annotations.problem();
    QList<AnchoredSpan> spans;
    spans.reserve(annotations->size());
    for (const Annotation& a : *annotations)
        spans.append({a.id, a.start, a.end});
    const QList<PlacedSpan> placed = reanchor(diff, before, after, spans);

    Result<Statement> move = db.prepare(u"UPDATE annotation SET start = ?2, end = ?3, quote = ?4 WHERE id = ?1"_s);
    if (!move)
        return move.problem();
    QList<PlacementRecord> records;
    records.reserve(placed.size());
    QList<qsizetype> orphaned;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const PlacedSpan& p = placed.at(i);
        const Annotation& a = annotations->at(i);
        records.append({a.id,
                        articleId,
                        fromVersion + 1,
                        p.placement,
                        p.oldStart,
                        p.oldEnd,
                        p.newStart,
                        p.newEnd,
                        p.similarity,
                        a.quote,
                        {}});
        switch (p.placement) {
        case Placement::Exact:
            ++outcome.exact;
            continue;
        case Placement::Orphan:
            ++outcome.orphans;
            orphaned.append(i);
            continue;
        case Placement::Shifted:
            ++outcome.shifted;
            break;
        case Placement::Fuzzy:
            ++outcome.fuzzy;
            break;
        }
        move->bind(1, a.id).bind(2, qint64(p.newStart)).bind(3, qint64(p.newEnd));
        move->bind(4, after.mid(p.newStart, p.newEnd - p.newStart));
        if (Status ok = move->run(); !ok)
            return ok;
        move->reset();
    }
    VersionStore store(db);
    RelationStore relations(db);
    for (const qsizetype i : orphaned) {
        const Annotation& a = annotations->at(i);
        Result<QList<Relation>> touching = relations.touching({a.id});
        if (!touching)
            return touching.problem();
        if (Status ok = store.insertOrphan({a, *touching, fromVersion}); !ok)
            return ok;
        if (Status ok = m_library.annotations().remove(a.id); !ok)
            return ok;
    }
    return store.insertPlacements(records);
}

Result<std::optional<VersionOutcome>> VersionService::addVersion(qint64 articleId, const QString& body)
{
    Result<Transaction> transaction = Transaction::begin(m_library.database());
    if (!transaction)
        return transaction.problem();
    Result<std::optional<VersionOutcome>> outcome = addVersionWithin(articleId, body, m_library.now());
    if (!outcome)
        return outcome;
    if (Status ok = transaction->commit(); !ok)
        return ok.problem();
    if (outcome->has_value()) {
        m_library.announceArticleTextChanged({articleId});
        announce(articleId);
    }
    return outcome;
}

Result<QList<ArticleVersion>> VersionService::versions(qint64 articleId)
{
    Result<QList<ArticleVersion>> stored = VersionStore(m_library.database()).versions(articleId);
    if (!stored || !stored->isEmpty())
        return stored;
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return article.problem();
    return QList<ArticleVersion>{{1, article->importedAt, codePointsFromUtf16(article->body, article->body.size()), 0}};
}

Result<QString> VersionService::body(qint64 articleId, int version)
{
    Result<std::optional<QString>> stored = VersionStore(m_library.database()).body(articleId, version);
    if (!stored)
        return stored.problem();
    if (stored->has_value())
        return **stored;
    Result<QList<ArticleVersion>> all = versions(articleId);
    if (!all)
        return all.problem();
    if (all->size() == 1 && version == 1) {
        Result<Article> article = m_library.articles().article(articleId);
        if (!article)
            return article.problem();
        return article->body;
    }
    return failure(tr("article %1 has no version %2 (it has %3).").arg(articleId).arg(version).arg(all->size()));
}

Result<QList<PlacementRecord>> VersionService::report(qint64 articleId)
{
    return VersionStore(m_library.database()).latestPlacements(articleId);
}

Result<QList<PlacementRecord>> VersionService::reviewQueue(qint64 articleId)
{
    return VersionStore(m_library.database()).latestPlacements(articleId, true);
}

Result<QList<Orphan>> VersionService::orphans(qint64 articleId, int version)
{
    return VersionStore(m_library.database()).orphans(articleId, version);
}

Result<ReviewState> VersionService::reviewState(const PlacementRecord& placement)
{
    Database& db = m_library.database();
    VersionStore store(db);
    Result<std::optional<PlacementRecord>> stored =
        store.placement(placement.articleId, placement.version, placement.annotationId);
    if (!stored)
        return stored.problem();
    if (!stored->has_value())
        return failure(tr("annotation %1 was not carried to version %2 of article %3.")
                           .arg(placement.annotationId)
                           .arg(placement.version)
                           .arg(placement.articleId));
    ReviewState state{**stored, {}, {}};
    Result<qint64> live = db.queryInt(u"SELECT count(*) FROM annotation WHERE id = %1"_s.arg(placement.annotationId));
    if (!live)
        return live.problem();
    if (*live) {
        Result<Annotation> annotation = m_library.annotations().annotation(placement.annotationId);
        if (!annotation)
            return annotation.problem();
        Result<QList<Relation>> relations = RelationStore(db).touching({placement.annotationId});
        if (!relations)
            return relations.problem();
        state.current = Orphan{*annotation, *relations, placement.version};
    }
    Result<std::optional<Orphan>> orphan = store.orphan(placement.annotationId);
    if (!orphan)
        return orphan.problem();
    state.orphan = *orphan;
    return state;
}

Result<ReviewState> VersionService::change(const PlacementRecord& placement,
                                           const std::function<Status(ReviewState&)>& edit)
{
    Result<ReviewState> before = reviewState(placement);
    if (!before)
        return before;
    ReviewState after = *before;
    if (Status ok = edit(after); !ok)
        return ok.problem();
    if (Status ok = restore(after); !ok)
        return ok.problem();
    return before;
}

Result<ReviewState> VersionService::accept(const PlacementRecord& placement)
{
    return change(placement, [](ReviewState& state) -> Status {
        state.placement.review = u"accepted"_s;
        return {};
    });
}

Result<ReviewState> VersionService::replace(const PlacementRecord& placement, qsizetype start, qsizetype end)
{
    Result<Article> article = m_library.articles().article(placement.articleId);
    if (!article)
        return article.problem();
    const QString body = article->body;
    return change(placement, [&](ReviewState& state) -> Status {
        if (start < 0 || end <= start || end > body.size())
            return failure(tr("select the text the annotation belongs to."));
        Orphan moved = state.current ? *state.current : state.orphan.value_or(Orphan{});
        if (moved.annotation.id == 0)
            return failure(tr("the annotation was deleted; undo the deletion first."));
        moved.annotation.start = start;
        moved.annotation.end = end;
        moved.annotation.quote = body.mid(start, end - start);
        moved.annotation.modified = m_library.now();
        state.current = moved;
        state.orphan.reset();
        state.placement.review = u"replaced"_s;
        state.placement.newStart = start;
        state.placement.newEnd = end;
        return {};
    });
}

Result<ReviewState> VersionService::discard(const PlacementRecord& placement)
{
    return change(placement, [](ReviewState& state) -> Status {
        state.current.reset();
        state.orphan.reset();
        state.placement.review = u"deleted"_s;
        return {};
    });
}

Status VersionService::restore(const ReviewState& state)
{
    Result<Transaction> transaction = Transaction::begin(m_library.database());
    if (!transaction)
        return transaction.problem();
    if (Status ok = apply(state); !ok)
        return ok;
    if (Status ok = transaction->commit(); !ok)
        return ok;
    announce(state.placement.articleId);
    emit reviewChanged(state.placement.articleId);
    return {};
}

Status VersionService::apply(const ReviewState& state)
{
    Database& db = m_library.database();
    const qint64 id = state.placement.annotationId;
    if (Status ok = db.exec(u"DELETE FROM annotation WHERE id = %1"_s.arg(id)); !ok)
        return ok;
    VersionStore store(db);
    if (Status ok = store.removeOrphan(id); !ok)
        return ok;
    if (state.current) {
        if (Result<qint64> inserted = m_library.annotations().insert(state.current->annotation); !inserted)
            return inserted.problem();
        RelationStore relations(db);
        for (const Relation& r : state.current->relations) {
            const qint64 other = r.fromId == id ? r.toId : r.fromId;
            Result<qint64> exists = db.queryInt(
                u"SELECT count(*) FROM annotation WHERE id = %1 AND NOT EXISTS (SELECT 1 FROM relation WHERE id = %2)"_s
                    .arg(other)
                    .arg(r.id));
            if (!exists)
                return exists.problem();
            if (*exists)
                if (Result<qint64> inserted = relations.insert(r); !inserted)
                    return inserted.problem();
        }
    }
    if (state.orphan)
        if (Status ok = store.insertOrphan(*state.orphan); !ok)
            return ok;
    return store.setReview(state.placement);
}

void VersionService::announce(qint64 articleId)
{
    if (m_annotations)
        m_annotations->announce({articleId});
}

} // namespace hamish

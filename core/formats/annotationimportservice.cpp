#include "formats/annotationimportservice.h"

#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/entitystore.h"
#include "formats/readers.h"
#include "jobs/jobcontrol.h"
#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/offsets.h"

#include <QDirIterator>
#include <QFileInfo>

namespace hamish {

namespace {

qsizetype agreement(const QString& body, qsizetype start, qsizetype end, const QString& prefix, const QString& suffix)
{
    qsizetype score = 0;
    for (qsizetype k = 1; k <= prefix.size() && start - k >= 0 && body.at(start - k) == prefix.at(prefix.size() - k);
         ++k)
        ++score;
    for (qsizetype k = 0; k < suffix.size() && end + k < body.size() && body.at(end + k) == suffix.at(k); ++k)
        ++score;
    return score;
}

// Where a W3C annotation belongs in body: its position if the quote agrees, else the
// occurrence of the quote whose prefix and suffix agree best; -1 when it cannot be told.
qsizetype placeQuote(const QString& body, const AnchoredAnnotation& a)
{
    const qsizetype start = a.position >= 0 ? utf16FromCodePoints(body, a.position) : -1;
    const qsizetype end = a.positionEnd >= 0 ? utf16FromCodePoints(body, a.positionEnd) : -1;
    if (start >= 0 && end > start && (a.exact.isEmpty() || body.mid(start, end - start) == a.exact))
        return start;
    if (a.exact.isEmpty())
        return -1;
    qsizetype best = -1, bestScore = -1;
    bool tie = false;
    for (qsizetype at = body.indexOf(a.exact); at >= 0; at = body.indexOf(a.exact, at + 1)) {
        const qsizetype score = agreement(body, at, at + a.exact.size(), a.prefix, a.suffix);
        if (score > bestScore) {
            best = at;
            bestScore = score;
            tie = false;
        } else if (score == bestScore) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

} // namespace

bool annotationFormatFromName(const QString& name, AnnotationFormat& format)
{
    static const QStringList names{QStringLiteral("brat"), QStringLiteral("conll"), QStringLiteral("w3c"),
                                   QStringLiteral("jsonl")};
    const qsizetype index = names.indexOf(name.toLower());
    if (index < 0)
        return false;
    format = AnnotationFormat(index);
    return true;
}

QStringList AnnotationImportService::expandPaths(AnnotationFormat format, const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString suffix = QFileInfo(file).suffix().toLower();
            const bool wanted = format == AnnotationFormat::Brat    ? suffix == u"ann"
                                : format == AnnotationFormat::Jsonl ? suffix == u"jsonl"
                                : format == AnnotationFormat::W3c   ? suffix == u"json" || suffix == u"jsonld"
                                                                    : suffix == u"conll" || suffix == u"txt";
            if (wanted)
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

AnnotationImportReport AnnotationImportService::importFile(AnnotationFormat format, const QString& path,
                                                           const TypeMapping& mapping)
{
    AnnotationImportBatch batch = importFiles(format, {path}, mapping, {});
    return batch.files.isEmpty() ? AnnotationImportReport{} : batch.files.first();
}

AnnotationImportReport AnnotationImportService::importOne(AnnotationFormat format, const QString& path,
                                                          const TypeMapping& mapping, QList<qint64>& touched,
                                                          QList<qint64>& created)
{
    AnnotationImportReport report;
    report.path = path;
    Result<ParsedAnnotations> parsed = format == AnnotationFormat::Brat    ? AnnotationReaders::readBrat(path)
                                       : format == AnnotationFormat::Conll ? AnnotationReaders::readConll(path)
                                       : format == AnnotationFormat::W3c   ? AnnotationReaders::readW3c(path)
                                                                           : AnnotationReaders::readJsonl(path);
    if (!parsed) {
        report.error = parsed.problem().inFile(path).text();
        return report;
    }
    report.unsupported = parsed->unsupported;
    Result<Savepoint> savepoint = Savepoint::begin(m_library.database());
    QList<qint64> fileTouched, fileCreated;
    Status ok = savepoint ? apply(*parsed, mapping, report, fileTouched, fileCreated) : Status(savepoint.problem());
    if (ok)
        ok = savepoint->release();
    if (!ok) {
        report = AnnotationImportReport{};
        report.path = path;
        report.error = ok.problem().inFile(path).text();
        return report;
    }
    for (const qint64 id : fileTouched) {
        if (!touched.contains(id))
            touched.append(id);
    }
    created += fileCreated;
    return report;
}

AnnotationImportBatch AnnotationImportService::importFiles(AnnotationFormat format, const QStringList& paths,
                                                           const TypeMapping& mapping, const JobControl& control)
{
    AnnotationImportBatch batch;
    const auto failAll = [&](const QString& why) {
        batch.files.clear();
        for (const QString& path : paths) {
            AnnotationImportReport report;
            report.path = path;
            report.error = failureIn(path, why).text();
            batch.files.append(report);
        }
        return batch;
    };
    if (paths.isEmpty())
        return batch;
    Database& db = m_library.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction)
        return failAll(tr("the library cannot be written (%1).").arg(transaction.error()));
    QList<qint64> touched, created;
    for (qsizetype i = 0; i < paths.size() && !control.isCancelled(); ++i) {
        control.report(i, paths.size(), paths.at(i));
        batch.files.append(importOne(format, paths.at(i), mapping, touched, created));
        if (!db.isInTransaction())
            break;
    }
    if (control.isCancelled()) {
        batch.cancelled = true;
        return batch;
    }
    Status ok = db.isInTransaction() ? transaction->commit() : failure(tr("an earlier error ended the transaction"));
    if (!ok) {
        const QList<AnnotationImportReport> reports = batch.files;
        failAll(tr("the library cannot be written (%1); nothing of this import was kept.").arg(ok.error()));
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (!reports.at(i).succeeded())
                batch.files[i].error = reports.at(i).error;
        }
        return batch;
    }
    control.report(paths.size(), paths.size());
    if (!created.isEmpty())
        m_library.announceArticlesAdded(created);
    m_annotations.announce(touched);
    return batch;
}

Status AnnotationImportService::apply(const ParsedAnnotations& parsed, const TypeMapping& mapping,
                                      AnnotationImportReport& report, QList<qint64>& touched, QList<qint64>& created)
{
    AnnotationStore& store = m_library.annotations();
    EntityStore entities(m_library.database());
    Result<QList<EntityType>> types = store.entityTypes();
    if (!types)
        return failure(types.error());
    QHash<QString, qint64> typeIds;
    for (const EntityType& t : *types)
        typeIds.insert(t.code, t.id);
    const auto typeId = [&](const QString& code) -> Result<qint64> {
        const QString wanted = mapping.value(code, code);
        if (const auto it = typeIds.constFind(wanted); it != typeIds.cend())
            return *it;
        EntityType type{0, wanted, wanted, wanted, QStringLiteral("#808080"), int(typeIds.size())};
        Result<qint64> id = store.insertEntityType(type);
        if (!id)
            return failure(tr("the entity type '%1' cannot be created: %2").arg(wanted, id.error()));
        typeIds.insert(wanted, *id);
        report.typesCreated.append(wanted);
        return *id;
    };
    Result<QList<Entity>> known = entities.entities();
    if (!known)
        return failure(known.error());
    const auto entityId = [&](const QString& name, qint64 type) -> Result<qint64> {
        if (const Entity* found = findEntityNamed(*known, name, type))
            return found->id;
        Entity e;
        e.name = name;
        e.entityTypeId = type;
        Result<qint64> id = entities.insert(e, m_library.now());
        if (!id)
            return failure(id.error());
        e.id = *id;
        known->append(e);
        return *id;
    };
    // `existing` grows with what the file adds, so a span the file repeats is added once.
    const auto add = [&](qint64 articleId, const QString& body, const ParsedAnnotation& p,
                         QList<Annotation>& existing) -> Status {
        AnnotationDraft draft{articleId, p.kind, p.start,  p.end,    0,         p.colour,
                              p.note,    0,      p.extras, p.author, p.created, p.modified};
        if (p.kind == AnnotationKind::Entity) {
            Result<qint64> type = typeId(p.typeCode);
            if (!type)
                return failure(type.error());
            draft.entityTypeId = *type;
            if (!p.entityName.isEmpty()) {
                Result<qint64> entity = entityId(p.entityName, *type);
                if (!entity)
                    return failure(entity.error());
                draft.entityId = *entity;
            }
        }
        Result<Annotation> a = m_annotations.validate(draft, body);
        if (!a)
            return failure(tr("annotation at line %1: %2").arg(p.line).arg(a.error()));
        if (std::any_of(existing.cbegin(), existing.cend(),
                        [&](const Annotation& e) { return e.sameSpanAndMeaning(*a); })) {
            ++report.duplicates;
            return {};
        }
        Result<qint64> id = store.insert(*a);
        if (!id)
            return failure(id.error());
        a->id = *id;
        existing.append(*a);
        ++report.annotationsAdded;
        if (!touched.contains(articleId))
            touched.append(articleId);
        return {};
    };

    for (const ParsedDocument& document : parsed.documents) {
        Article article = document.article;
        article.contentHash = contentHashOf(article.body);
        if (article.title.isEmpty())
            article.title = article.body.left(60).simplified();
        Result<std::optional<qint64>> existingId = m_library.articles().findByHash(article.contentHash);
        if (!existingId)
            return failure(existingId.error());
        qint64 articleId = existingId->value_or(0);
        if (articleId > 0) {
            ++report.articlesMatched;
        } else {
            article.importedAt = m_library.now();
            Result<qint64> id = m_library.articles().insert(article);
            if (!id)
                return failure(id.error());
            articleId = *id;
            created.append(articleId);
            ++report.articlesCreated;
        }
        Result<QList<Annotation>> existing = store.forArticle(articleId);
        Result<QList<ArticleNote>> existingNotes = store.articleNotes(articleId);
        if (!existing || !existingNotes)
            return failure(!existing ? existing.error() : existingNotes.error());
        for (const ParsedAnnotation& p : document.annotations) {
            if (Status ok = add(articleId, article.body, p, *existing); !ok)
                return ok;
        }
        for (ArticleNote note : document.notes) {
            if (std::any_of(existingNotes->cbegin(), existingNotes->cend(),
                            [&](const ArticleNote& n) { return n.text == note.text; }))
                continue;
            note.articleId = articleId;
            if (!note.created.isValid())
                note.created = note.modified = m_library.now();
            if (Result<qint64> id = store.insertArticleNote(note); !id)
                return failure(id.error());
        }
    }

    QHash<qint64, QString> bodies;
    QHash<qint64, QList<Annotation>> existingByArticle;
    for (const AnchoredAnnotation& anchored : parsed.anchored) {
        std::optional<qint64> articleId;
        if (anchored.source.startsWith(QStringLiteral("urn:hamish:sha256:"))) {
            Result<std::optional<qint64>> found = m_library.articles().findByHash(anchored.source.mid(18));
            if (!found)
                return failure(found.error());
            articleId = *found;
        }
        for (const QString& url : {anchored.source, anchored.scope}) {
            if (!articleId && !url.isEmpty()) {
                Result<std::optional<qint64>> found = m_library.articles().findByUrl(url);
                if (!found)
                    return failure(found.error());
                articleId = *found;
            }
        }
        if (!articleId) {
            report.unplaced.append(tr("annotation %1 («%2»): its article (%3) is not in this library")
                                       .arg(anchored.line)
                                       .arg(anchored.exact, anchored.source));
            continue;
        }
        if (!bodies.contains(*articleId)) {
            Result<Article> article = m_library.articles().article(*articleId);
            Result<QList<Annotation>> existing = store.forArticle(*articleId);
            if (!article || !existing)
                return failure(!article ? article.error() : existing.error());
            bodies.insert(*articleId, article->body);
            existingByArticle.insert(*articleId, *existing);
        }
        const QString& body = bodies[*articleId];
        const qsizetype start = placeQuote(body, anchored);
        if (start < 0) {
            report.unplaced.append(tr("annotation %1 («%2»): the quote is not in the article, or not in one place")
                                       .arg(anchored.line)
                                       .arg(anchored.exact));
            continue;
        }
        ParsedAnnotation p = anchored.annotation;
        p.start = start;
        p.end =
            anchored.exact.isEmpty() ? utf16FromCodePoints(body, anchored.positionEnd) : start + anchored.exact.size();
        if (Status ok = add(*articleId, body, p, existingByArticle[*articleId]); !ok)
            return ok;
    }
    return {};
}

} // namespace hamish

#include "formats/exportdocuments.h"

#include "annotations/relationstore.h"
#include "articles/publisheddate.h"
#include "dates/dateattributes.h"
#include "dates/dateparser.h"
#include "storage/database.h"
#include "storage/idlist.h"
#include "storage/library.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace hamish {

namespace {

// The unit at i starts a code point of its own unless it is the high half of a pair.
bool countsAt(const QString& body, qsizetype i)
{
    return !(body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate());
}

// One read transaction around a walk: it reads one consistent snapshot of the library, and
// SQLite takes its read lock once instead of once per query. Inside a transaction already
// (an export holds one around all its walks) it adds nothing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_open(bool(db.exec(QStringLiteral("BEGIN"))))
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_db.exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_open;
};

bool kept(const QStringList& annotators, const QString& author)
{
    return annotators.isEmpty() || annotators.contains(author);
}

// Groups rows that carry an articleId by it.
template<class T> QHash<qint64, QList<T>> byArticle(const QList<T>& rows, const QStringList& annotators)
{
    QHash<qint64, QList<T>> grouped;
    for (const T& row : rows) {
        if (kept(annotators, row.author))
            grouped[row.articleId].append(row);
    }
    return grouped;
}

} // namespace

void ExportDocument::indexCodePoints()
{
    const QString& body = article.body;
    m_blockStarts.clear();
    m_blockStarts.reserve(body.size() / BlockSize + 1);
    qsizetype points = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (i % BlockSize == 0)
            m_blockStarts.append(points);
        points += countsAt(body, i);
    }
    if (body.size() % BlockSize == 0)
        m_blockStarts.append(points);
}

qsizetype ExportDocument::codePoint(qsizetype utf16) const
{
    if (m_sameUnits)
        return utf16;
    const QString& body = article.body;
    Q_ASSERT(utf16 >= 0 && utf16 <= body.size());
    const qsizetype block = utf16 / BlockSize;
    qsizetype points = m_blockStarts.at(block);
    for (qsizetype i = block * BlockSize; i < utf16; ++i)
        points += countsAt(body, i);
    return points;
}

const Annotation* ExportDocument::annotation(qint64 id) const
{
    for (const Annotation& a : annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

ExportDocuments::ExportDocuments(Reading reading)
    : m_reading(std::move(reading))
{
}

qsizetype ExportDocuments::size() const
{
    return m_reading.ids.size();
}

ExportDocuments ExportDocuments::layer(const QString& annotator) const
{
    // The layers are those of annotatorsOf(), so the annotator is one the reading keeps.
    Reading reading = m_reading;
    reading.annotators = {annotator};
    return sharingErrors(ExportDocuments(std::move(reading)));
}

ExportDocuments ExportDocuments::annotationsOnly() const
{
    Reading reading = m_reading;
    reading.bodies = ExportBodies::None;
    reading.articles = false;
    return sharingErrors(ExportDocuments(std::move(reading)));
}

ExportDocuments ExportDocuments::sharingErrors(ExportDocuments derived) const
{
    derived.m_error = m_error;
    return derived;
}

QList<ExportDocument> ExportDocuments::toList() const
{
    QList<ExportDocument> all;
    for (const ExportDocument& d : *this)
        all.append(d);
    return all;
}

QList<ExportDocument> ExportDocuments::read(qsizetype from) const
{
    const QList<qint64> ids = m_reading.ids.mid(from, idlist::Size);
    Library& library = *m_reading.library;
    const QStringList& annotators = m_reading.annotators;
    const auto fail = [this](const QString& error) {
        *m_error = error;
        return QList<ExportDocument>();
    };
    Result<QList<Annotation>> annotations = library.annotations().forArticles(ids);
    if (!annotations)
        return fail(annotations.error());
    RelationStore relationStore(library.database());
    Result<QList<Relation>> relations = relationStore.forArticles(ids);
    Result<QList<Event>> events = relationStore.eventsOf(ids);
    Result<QList<ArticleLabel>> labels = relationStore.labelsOf(ids);
    Result<QList<ArticleNote>> notes = library.annotations().articleNotesOf(ids);
    if (!relations || !events || !labels || !notes)
        return fail(!relations ? relations.error()
                    : !events  ? events.error()
                    : !labels  ? labels.error()
                               : notes.error());
    const QHash<qint64, QList<Annotation>> annotationsOf = byArticle(*annotations, annotators);
    QSet<qint64> keptIds;
    for (const QList<Annotation>& list : annotationsOf) {
        for (const Annotation& a : list)
            keptIds.insert(a.id);
    }
    const QHash<qint64, QList<Relation>> relationsOf = byArticle(*relations, annotators);
    const QHash<qint64, QList<ArticleLabel>> labelsOf = byArticle(*labels, annotators);
    const QHash<qint64, QList<ArticleNote>> notesOf = byArticle(*notes, annotators);
    QHash<qint64, QList<Event>> eventsOf;
    for (const Event& e : *events) {
        if (annotators.isEmpty() || keptIds.contains(e.triggerId))
            eventsOf[e.articleId].append(e);
    }

    const auto withBody = [&](qint64 id) {
        return m_reading.bodies == ExportBodies::All
               || (m_reading.bodies == ExportBodies::Annotated && annotationsOf.contains(id));
    };
    QHash<qint64, QString> bodiesBeyondBmp; // ForOffsets: the annotated bodies that need an index
    if (m_reading.articles && m_reading.bodies == ExportBodies::ForOffsets) {
        const QList<qint64> annotated = annotationsOf.keys();
        Result<QHash<qint64, QString>> read = library.articles().bodiesBeyondBmpOf(annotated);
        if (!read)
            return fail(read.error());
        bodiesBeyondBmp = std::move(*read);
    }
    // The articles in two queries at most: those whose bodies are read, and the others.
    QHash<qint64, Article> articles;
    if (m_reading.articles) {
        QList<qint64> whole, headed;
        for (const qint64 id : ids)
            (withBody(id) ? whole : headed).append(id);
        for (const bool bodies : {true, false}) {
            if ((bodies ? whole : headed).isEmpty())
                continue;
            Result<QList<Article>> read = library.articles().articlesOf(bodies ? whole : headed, bodies);
            if (!read)
                return fail(read.error());
            for (Article& article : *read)
                articles.insert(article.id, std::move(article));
        }
    }

    QList<ExportDocument> documents;
    documents.reserve(ids.size());
    for (const qint64 id : ids) {
        ExportDocument document;
        document.article.id = id;
        if (m_reading.articles) {
            const auto article = articles.constFind(id);
            if (article == articles.cend()) // says which article is missing
                return fail(library.articles().heading(id).error());
            document.article = *article;
        }
        document.annotations = annotationsOf.value(id);
        // A DATE entity made before values were kept, or imported without one, is exported with
        // the value its text reads as.
        std::optional<DateParser> dates; // made only for an article that has such an entity
        for (Annotation& a : document.annotations) {
            if (!m_reading.articles || m_reading.dateTypeId == 0 || a.entityTypeId != m_reading.dateTypeId)
                continue;
            if (!dates)
                dates.emplace(referenceDay(document.article));
            dateattributes::fill(a, *dates);
        }
        document.notes = notesOf.value(id);
        document.relations = relationsOf.value(id);
        document.events = eventsOf.value(id);
        document.labels = labelsOf.value(id);
        if (m_reading.articles && m_reading.bodies == ExportBodies::ForOffsets) {
            if (const auto body = bodiesBeyondBmp.constFind(id); body != bodiesBeyondBmp.cend()) {
                document.article.body = *body;
                document.indexCodePoints();
            } else {
                document.offsetsAreCodePoints();
            }
        } else if (m_reading.articles && withBody(id)) {
            document.indexCodePoints();
        }
        documents.append(std::move(document));
    }
    return documents;
}

ExportDocuments::const_iterator::const_iterator(const ExportDocuments* owner, qsizetype index)
    : m_owner(owner)
    , m_index(index)
{
    if (m_index >= m_owner->size())
        return;
    m_snapshot = std::make_shared<ReadSnapshot>(m_owner->m_reading.library->database());
    readChunk();
}

ExportDocuments::const_iterator& ExportDocuments::const_iterator::operator++()
{
    ++m_index;
    if (m_index < m_owner->size() && m_index - m_chunkStart >= m_chunk->size())
        readChunk();
    if (m_index >= m_owner->size())
        m_snapshot.reset();
    return *this;
}

void ExportDocuments::const_iterator::readChunk()
{
    m_chunkStart = m_index;
    m_chunk = std::make_shared<const QList<ExportDocument>>(m_owner->read(m_index));
    if (m_chunk->isEmpty()) { // a failed read ends the walk
        m_index = m_owner->size();
        m_snapshot.reset();
    }
}

} // namespace hamish

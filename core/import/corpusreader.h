#pragma once

#include "import/articlesplitter.h"
#include "import/boundedqueue.h"
#include "search/arabictokenizer.h"
#include "storage/article.h"

#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <optional>
#include <thread>

namespace hamish {

// A record of a JSON corpus, read and tokenized ahead of its write.
struct PreparedRecord
{
    enum class Kind { Article, Skipped, Failed, Finished };
    Kind kind = Kind::Article;
    Article article;
    IndexTokens titleTokens;
    IndexTokens bodyTokens;
    QString message; // the warning of a skipped record, the error of a failed read
    int number = 0;
};

// Reads a JSON array or JSON Lines corpus on a thread of its own, some records ahead of the
// thread that writes them: each record is decoded, given a title when it has none, checked for
// length, hashed and tokenized for the search index. next() hands them over in file order,
// followed by one Finished or Failed record. Destroying the reader stops and joins its thread.
class CorpusReader
{
public:
    struct Source
    {
        QIODevice* device = nullptr; // open, read only by the reader's thread from now on
        QString path;                // for messages
        bool lines = false;          // JSON Lines rather than an array
        QString origin;              // stamped on every article
        QString encoding;
        QDateTime importedAt;
    };

    explicit CorpusReader(Source source);
    ~CorpusReader();
    CorpusReader(const CorpusReader&) = delete;
    CorpusReader& operator=(const CorpusReader&) = delete;

    // The next record; nothing once the reader is done.
    std::optional<PreparedRecord> next() { return m_queue.pop(); }

private:
    void run();
    Status prepare(const QByteArray& json, int number, int line);

    // Enough to keep both threads busy, few enough that memory does not grow with the corpus.
    static constexpr std::size_t RecordsAhead = 64;

    const Source m_source;
    const ArticleSplitter m_splitter;
    BoundedQueue<PreparedRecord> m_queue{RecordsAhead};
    std::thread m_thread;
};

} // namespace hamish

#pragma once

#include "import/articlesplitter.h"
#include "import/boundedqueue.h"
#include "import/preparedarticle.h"

#include <QIODevice>

#include <functional>
#include <optional>
#include <thread>

namespace hamish {

// Reads a JSON array or JSON Lines corpus on a thread of its own, some records ahead of the
// thread that writes them: each record is decoded, checked, titled, hashed and tokenized.
// next() hands them over in file order, followed by one Finished or Failed record. Destroying
// the reader stops and joins its thread.
class CorpusReader
{
public:
    struct Source
    {
        QIODevice* device = nullptr; // UTF-8, open, read only by the reader's thread from now on
        bool lines = false;          // JSON Lines rather than an array
        ArticleOrigin origin;
        // Bytes of the file read so far (the device may transcode), for progress.
        std::function<qint64()> position;
    };

    explicit CorpusReader(Source source);
    ~CorpusReader();
    CorpusReader(const CorpusReader&) = delete;
    CorpusReader& operator=(const CorpusReader&) = delete;

    // The next record; nothing once the reader is done.
    std::optional<PreparedArticle> next() { return m_queue.pop(); }

private:
    void run();
    Status prepare(const QByteArray& json, int number, int line);

    // Enough to keep both threads busy, few enough that memory does not grow with the corpus.
    static constexpr std::size_t RecordsAhead = 64;

    const Source m_source;
    const ArticleSplitter m_splitter;
    BoundedQueue<PreparedArticle> m_queue{RecordsAhead};
    std::thread m_thread;
};

} // namespace hamish

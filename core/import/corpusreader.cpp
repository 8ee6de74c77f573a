#include "import/corpusreader.h"

#include "import/importservice.h"
#include "import/jsonreader.h"
#include "import/jsonstream.h"

namespace hamish {

CorpusReader::CorpusReader(Source source)
    : m_source(std::move(source))
    , m_thread([this] { run(); })
{
}

CorpusReader::~CorpusReader()
{
    m_queue.close();
    m_thread.join();
}

void CorpusReader::run()
{
    const auto onRecord = [this](const QByteArray& json, int number, int line) { return prepare(json, number, line); };
    QIODevice& device = *m_source.device;
    const Status read =
        m_source.lines ? JsonRecordStream::readLines(device, onRecord) : JsonRecordStream::readArray(device, onRecord);
    PreparedRecord last;
    last.kind = read ? PreparedRecord::Kind::Finished : PreparedRecord::Kind::Failed;
    last.message = read ? QString() : read.error();
    m_queue.push(std::move(last));
}

Status CorpusReader::prepare(const QByteArray& json, int number, int line)
{
    PreparedRecord record;
    record.number = number;
    Result<bool> read = JsonArticleReader::readRecord(json, record.article, number, line);
    if (!read)
        return failure(read.error());
    if (!*read) {
        record.kind = PreparedRecord::Kind::Skipped;
        record.message = ImportService::tr("%1: Record %2 (line %3): empty content, skipped.")
                             .arg(m_source.path)
                             .arg(number)
                             .arg(line);
    } else {
        if (Status fits = ImportService::checkLength(record.article, number); !fits)
            return fits;
        Article& article = record.article;
        if (article.title.isEmpty())
            article.title = m_splitter.deriveTitle(article.body);
        article.originPath = m_source.origin;
        article.originEncoding = m_source.encoding;
        article.importedAt = m_source.importedAt;
        record.titleTokens = indexTokensOf(article.title);
        record.bodyTokens = indexTokensOf(article.body);
        article.contentHash = contentHashOfUtf8(record.bodyTokens.text);
    }
    if (!m_queue.push(std::move(record)))
        return failure(QString()); // the writer has stopped
    return {};
}

} // namespace hamish

#include "import/corpusreader.h"

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
    PreparedArticle last;
    last.kind = read ? PreparedArticle::Kind::Finished : PreparedArticle::Kind::Failed;
    if (!read)
        last.problem = read.problem().inFile(m_source.origin.path);
    m_queue.push(std::move(last));
}

Status CorpusReader::prepare(const QByteArray& json, int number, int line)
{
    PreparedArticle record;
    record.number = number;
    record.position = m_source.position ? m_source.position() : 0;
    Result<bool> read = JsonArticleReader::readRecord(json, record.article, number, line);
    if (!read)
        return read.problem();
    const auto skip = [&](const QString& why) {
        record.kind = PreparedArticle::Kind::Skipped;
        record.message = Failure{why, m_source.origin.path, line, 0}.text();
    };
    if (!*read) {
        skip(ArticlePreparation::tr("record %1: empty content, skipped.").arg(number));
    } else if (!ArticlePreparation::hasLetterOrDigit(record.article.body)) {
        skip(ArticlePreparation::tr("record %1 has no letter or digit (only marks, invisible characters or "
                                    "symbols), skipped.")
                 .arg(number));
    } else {
        if (Status fits = ArticlePreparation::check(record.article, number); !fits)
            return failure(fits.error()).atLine(line);
        ArticlePreparation::prepare(record, m_source.origin, m_splitter);
    }
    if (!m_queue.push(std::move(record)))
        return failure(QString()); // the writer has stopped
    return {};
}

} // namespace hamish

#include "import/importservice.h"

#include "import/articlesplitter.h"
#include "import/corpusreader.h"
#include "import/htmlreader.h"
#include "import/jsonreader.h"
#include "storage/bulkwrite.h"
#include "storage/library.h"
#include "text/textdecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace hamish {

namespace {

constexpr qint64 MaximumFileSize = qint64(1) << 30;

const QStringList& importableSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"),   QStringLiteral("text"),  QStringLiteral("html"),
                                      QStringLiteral("htm"),   QStringLiteral("xhtml"), QStringLiteral("json"),
                                      QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    return suffixes;
}

QString formatOf(const QString& path, const QString& text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return JsonArticleReader::looksLikeJsonLines(text) ? QStringLiteral("jsonl") : QStringLiteral("json");
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return QStringLiteral("jsonl");
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return QStringLiteral("html");
    if (suffix == u"txt" || suffix == u"text")
        return QStringLiteral("text");
    const QString start = text.trimmed().left(1);
    if (start == u"[")
        return QStringLiteral("json");
    if (start == u"{")
        return QStringLiteral("jsonl");
    return looksLikeHtml(text) ? QStringLiteral("html") : QStringLiteral("text");
}

} // namespace

Status ImportService::checkLength(const Article& article, int number)
{
    if (article.body.size() <= MaxArticleLength)
        return {};
    return failure(tr("article %1 is %2 characters long; Hamish takes articles of up to %3 characters.")
                       .arg(number)
                       .arg(QLocale().toString(article.body.size()), QLocale().toString(MaxArticleLength)));
}

Result<ParsedFile> ImportService::parseFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot read it (%2).").arg(path, file.errorString()));
    if (file.size() > MaximumFileSize)
        return failure(tr("%1: the file is larger than 1 GiB.").arg(path));
    return parseBytes(file.readAll(), path, options);
}

Result<ParsedFile> ImportService::parseBytes(const QByteArray& bytes, const QString& path, const ImportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool htmlByName = suffix.startsWith(u"htm") || suffix == u"xhtml";
    const QString declared = htmlByName ? declaredHtmlCharset(bytes) : QString();
    Result<DecodedText> decoded = TextDecoder::decode(bytes, options.encoding, declared);
    if (!decoded)
        return failure(tr("%1: %2").arg(path, decoded.error()));

    ParsedFile parsed;
    parsed.path = path;
    parsed.encoding = decoded->encoding;
    parsed.confidence = decoded->confidence;
    parsed.format = formatOf(path, decoded->text);
    if (decoded->isLowConfidence())
        parsed.warnings.append(tr("%1: the encoding %2 is a guess (confidence %3 of 100); check the text.")
                                   .arg(path, decoded->encoding)
                                   .arg(decoded->confidence));

    const ArticleSplitter splitter;
    if (parsed.format == u"json" || parsed.format == u"jsonl") {
        Result<JsonArticles> records = parsed.format == u"json" ? JsonArticleReader::readArray(decoded->text)
                                                                : JsonArticleReader::readLines(decoded->text);
        if (!records)
            return failure(tr("%1: %2").arg(path, records.error()));
        for (Article& article : records->articles) {
            if (article.title.isEmpty())
                article.title = splitter.deriveTitle(article.body);
        }
        parsed.articles = records->articles;
        for (const QString& skipped : records->skipped)
            parsed.warnings.append(tr("%1: %2").arg(path, skipped));
    } else if (parsed.format == u"html") {
        const HtmlContent html = extractHtml(decoded->text);
        if (html.body.trimmed().isEmpty())
            return failure(tr("%1: the page has no article text.").arg(path));
        Article article = splitter.whole(html.body);
        if (!html.title.isEmpty())
            article.title = html.title;
        parsed.articles.append(article);
    } else if (options.raw) {
        parsed.articles.append(splitter.whole(decoded->text));
    } else {
        parsed.articles = splitter.split(decoded->text);
    }
    if (parsed.articles.isEmpty())
        return failure(tr("%1: no article found.").arg(path));
    for (qsizetype i = 0; i < parsed.articles.size(); ++i) {
        if (Status fits = checkLength(parsed.articles.at(i), int(i + 1)); !fits)
            return failure(tr("%1: %2").arg(path, fits.error()));
    }
    for (Article& article : parsed.articles) {
        article.originPath = QFileInfo(path).absoluteFilePath();
        article.originEncoding = parsed.encoding;
        article.contentHash = contentHashOf(article.body);
    }
    return parsed;
}

QStringList ImportService::expandPaths(const QStringList& paths, QStringList* missing)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (importableSuffixes().contains(QFileInfo(file).suffix().toLower()))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

FileReport ImportService::store(const ParsedFile& parsed)
{
    FileReport report;
    report.path = parsed.path;
    report.encoding = parsed.encoding;
    report.confidence = parsed.confidence;
    report.warnings = parsed.warnings;

    if (m_library.isReadOnly()) {
        report.error = tr("%1: the library cannot be written (it is open read-only).").arg(parsed.path);
        return report;
    }
    Result<Transaction> transaction = Transaction::begin(m_library.database());
    if (!transaction) {
        report.error = tr("%1: the library cannot be written (%2).").arg(parsed.path, transaction.error());
        return report;
    }
    const QDateTime now = m_library.now();
    QList<qint64> added;
    QSet<QString> seen;
    for (qsizetype i = 0; i < parsed.articles.size(); ++i) {
        Article article = parsed.articles.at(i);
        article.importedAt = now;
        Result<std::optional<qint64>> existing = m_library.articles().findByHash(article.contentHash);
        if (!existing) {
            report.error = tr("%1: %2").arg(parsed.path, existing.error());
            return report;
        }
        if (existing->has_value() || seen.contains(article.contentHash)) {
            report.duplicates.append(article.title);
            continue;
        }
        seen.insert(article.contentHash);
        Result<qint64> id = m_library.articles().insert(article);
        if (!id) {
            report.error = tr("%1: article %2 could not be stored (%3).").arg(parsed.path).arg(i + 1).arg(id.error());
            return report;
        }
        added.append(*id);
    }
    return commit(*transaction, report, added);
}

FileReport ImportService::commit(Transaction& transaction, FileReport& report, const QList<qint64>& added)
{
    if (Status ok = transaction.commit(); !ok) {
        report.error = tr("%1: the library cannot be written (%2).").arg(report.path, ok.error());
        return report;
    }
    report.added = added;
    if (!added.isEmpty())
        m_library.announceArticlesAdded(added);
    return report;
}

FileReport ImportService::streamJson(const QString& path)
{
    FileReport report;
    report.path = path;
    report.encoding = QStringLiteral("UTF-8");
    report.confidence = 100;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("%1: cannot read it (%2).").arg(path, file.errorString());
        return report;
    }
    if (m_library.isReadOnly()) {
        report.error = tr("%1: the library cannot be written (it is open read-only).").arg(path);
        return report;
    }
    QByteArray head = file.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool lines = suffix == u"jsonl" || suffix == u"ndjson" || head.trimmed().startsWith('{');
    QList<qint64> added;
    Result<Transaction> transaction = Transaction::begin(m_library.database());
    if (!transaction) {
        report.error = tr("%1: the library cannot be written (%2).").arg(path, transaction.error());
        return report;
    }
    BulkWrite bulk(m_library.database());
    // A second thread decodes, hashes and tokenizes the records ahead; only this one writes.
    CorpusReader reader({&file, path, lines, QFileInfo(path).absoluteFilePath(), report.encoding, m_library.now()});
    Status read;
    while (std::optional<PreparedRecord> record = reader.next()) {
        if (record->kind == PreparedRecord::Kind::Finished)
            break;
        if (record->kind == PreparedRecord::Kind::Failed) {
            read = failure(record->message);
            break;
        }
        if (record->kind == PreparedRecord::Kind::Skipped) {
            report.warnings.append(record->message);
            continue;
        }
        if (read = storeRecord(*record, added, report); !read)
            break;
    }
    if (!read) {
        report = FileReport{};
        report.path = path;
        report.error = tr("%1: %2").arg(path, read.error());
        return report;
    }
    if (added.isEmpty() && report.duplicates.isEmpty()) {
        const QStringList skipped = report.warnings;
        report = FileReport{};
        report.path = path;
        report.error = tr("%1: no article found.").arg(path);
        report.warnings = skipped;
        return report;
    }
    if (Status restored = bulk.finish(); !restored) {
        report.error = tr("%1: the library cannot be written (%2).").arg(path, restored.error());
        return report;
    }
    return commit(*transaction, report, added);
}

// Articles written earlier in this transaction are found by hash too, so repeats inside a file
// need no set of their own.
Status ImportService::storeRecord(const PreparedRecord& record, QList<qint64>& added, FileReport& report)
{
    const PreparedIndexTokens prepared{&record.titleTokens, &record.bodyTokens};
    const EncodedArticleText encoded{record.titleTokens.text, record.bodyTokens.text};
    Result<std::optional<qint64>> id = m_library.articles().insertNew(record.article, &encoded);
    if (!id)
        return failure(tr("record %1 could not be stored (%2)").arg(record.number).arg(id.error()));
    if (id->has_value())
        added.append(**id);
    else
        report.duplicates.append(record.article.title);
    return {};
}

FileReport ImportService::importFile(const QString& path, const ImportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool utf8 = options.encoding.isEmpty() || options.encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0;
    if (utf8 && (suffix == u"json" || suffix == u"jsonl" || suffix == u"ndjson"))
        return streamJson(path);

    Result<ParsedFile> parsed = parseFile(path, options);
    if (!parsed) {
        FileReport report;
        report.path = path;
        report.error = parsed.error();
        return report;
    }
    return store(*parsed);
}

QList<FileReport> ImportService::importPaths(const QStringList& paths, const ImportOptions& options,
                                             const Progress& progress)
{
    QStringList missing;
    const QStringList files = expandPaths(paths, &missing);
    QList<FileReport> reports;
    for (const QString& path : missing) {
        FileReport report;
        report.path = path;
        report.error = tr("%1: no such file or folder.").arg(path);
        reports.append(report);
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()), files.at(i)))
            break;
        reports.append(importFile(files.at(i), options));
    }
    if (progress)
        progress(int(files.size()), int(files.size()), QString());
    return reports;
}

} // namespace hamish

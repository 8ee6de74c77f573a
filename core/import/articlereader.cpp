#include "import/articlereader.h"

#include "import/articleinput.h"
#include "import/articlesplitter.h"
#include "import/corpusreader.h"
#include "import/htmlreader.h"
#include "jobs/jobcontrol.h"
#include "text/textdecoder.h"
#include "text/utf8transcoder.h"

#include <QFileInfo>

namespace hamish {

namespace {

Result<ArticleFileInfo> readWholeText(const ArticleInput& input, ArticleFormat format, const ImportOptions& options,
                                      const ArticleOrigin& originTemplate, const ArticleReader::Sink& sink,
                                      const JobControl& control)
{
    const QString& path = input.path();
    Result<QByteArray> bytes = input.readAll(ArticleReader::MaxTextFileSize);
    if (!bytes)
        return bytes.problem();
    const QString declared = format == ArticleFormat::Html ? declaredHtmlCharset(*bytes) : QString();
    Result<DecodedText> decoded = TextDecoder::decode(*bytes, options.encoding, declared);
    if (!decoded)
        return decoded.problem().inFile(path);

    ArticleFileInfo info;
    info.format = format;
    info.encoding = decoded->encoding;
    info.confidence = decoded->confidence;
    for (const QString& warning : decoded->warnings)
        info.warnings.append(failureIn(path, warning).text());
    if (decoded->isLowConfidence())
        info.warnings.append(
            failureIn(path, ArticleReader::tr("the encoding %1 is a guess (confidence %2 of 100); check the text.")
                                .arg(decoded->encoding)
                                .arg(decoded->confidence))
                .text());

    const ArticleSplitter splitter;
    QList<Article> articles;
    if (format == ArticleFormat::Html) {
        const HtmlContent html = extractHtml(decoded->text);
        if (html.body.trimmed().isEmpty())
            return failureIn(path, ArticleReader::tr("the page has no article text."));
        Article article = splitter.whole(html.body);
        if (!html.title.isEmpty())
            article.title = html.title;
        articles.append(article);
    } else if (options.raw) {
        articles.append(splitter.whole(decoded->text));
    } else {
        articles = splitter.split(decoded->text);
    }
    if (articles.isEmpty())
        return failureIn(path, ArticleReader::tr("no article found."));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (Status fits = ArticlePreparation::check(articles.at(i), int(i + 1)); !fits)
            return fits.problem().inFile(path);
    }
    ArticleOrigin origin = originTemplate;
    origin.encoding = decoded->encoding;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (control.isCancelled())
            return ArticleReader::cancelled(path);
        PreparedArticle prepared;
        prepared.article = std::move(articles[i]);
        prepared.number = int(i + 1);
        prepared.position = bytes->size() * (i + 1) / articles.size();
        ArticlePreparation::prepare(prepared, origin, splitter);
        if (Status taken = sink(prepared); !taken)
            return taken.problem();
    }
    return info;
}

// A corpus device in UTF-8: the file itself, or the file transcoded from UTF-16 (by its BOM) or
// from the encoding the user forced.
Result<std::unique_ptr<QIODevice>> utf8Device(std::unique_ptr<QIODevice> file, const QString& path,
                                              const ImportOptions& options, QString& encoding)
{
    const QByteArray head = file->peek(2);
    encoding = options.encoding;
    if (encoding.isEmpty())
        encoding = head.startsWith("\xFF\xFE")   ? QStringLiteral("UTF-16LE")
                   : head.startsWith("\xFE\xFF") ? QStringLiteral("UTF-16BE")
                                                 : QStringLiteral("UTF-8");
    if (encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0) {
        encoding = QStringLiteral("UTF-8");
        return file;
    }
    auto device = std::make_unique<Utf8TranscodingDevice>(std::move(file), encoding);
    if (!device->isValid() || !device->open(QIODevice::ReadOnly))
        return failureIn(path, ArticleReader::tr("unknown encoding %1.").arg(encoding));
    return std::unique_ptr<QIODevice>(std::move(device));
}

Result<ArticleFileInfo> streamCorpus(const ArticleInput& input, ArticleFormat format, const ImportOptions& options,
                                     const ArticleOrigin& originTemplate, const ArticleReader::Sink& sink,
                                     const JobControl& control)
{
    const QString& path = input.path();
    Result<std::unique_ptr<QIODevice>> file = input.open();
    if (!file)
        return file.problem();
    QIODevice* raw = file->get();
    ArticleFileInfo info;
    info.format = format;
    info.confidence = 100;
    Result<std::unique_ptr<QIODevice>> device = utf8Device(std::move(*file), path, options, info.encoding);
    if (!device)
        return device.problem();
    ArticleOrigin origin = originTemplate;
    origin.encoding = info.encoding;

    // A second thread decodes, hashes and tokenizes the records ahead; the sink runs here.
    CorpusReader reader({device->get(), format == ArticleFormat::JsonLines, origin, [raw] { return raw->pos(); }});
    int articles = 0, skipped = 0;
    while (std::optional<PreparedArticle> record = reader.next()) {
        if (control.isCancelled())
            return ArticleReader::cancelled(path);
        switch (record->kind) {
        case PreparedArticle::Kind::Finished:
            if (articles == 0)
                return failureIn(path, skipped == 0 ? ArticleReader::tr("no article found.")
                                                    : ArticleReader::tr("no article found (%n record(s) skipped: "
                                                                        "empty, or without a letter or digit).",
                                                                        nullptr, skipped));
            return info;
        case PreparedArticle::Kind::Failed:
            return record->problem;
        case PreparedArticle::Kind::Skipped:
            ++skipped;
            info.warnings.append(record->message);
            continue;
        case PreparedArticle::Kind::Article:
            ++articles;
            if (Status taken = sink(*record); !taken)
                return taken.problem();
            continue;
        }
    }
    return failureIn(path, ArticleReader::tr("the reading stopped early."));
}

} // namespace

Failure ArticleReader::cancelled(const QString& path)
{
    return failureIn(path, tr("cancelled."));
}

Result<ArticleFileInfo> ArticleReader::read(const ArticleInput& input, const ImportOptions& options,
                                            const QDateTime& importedAt, const Sink& sink, const JobControl& control)
{
    const ArticleFormat format = detectArticleFormat(input.path(), input.head(4096));
    const ArticleOrigin origin{input.path(), input.isFile() ? QFileInfo(input.path()).absoluteFilePath() : input.path(),
                               QString(), importedAt};
    if (format == ArticleFormat::Json || format == ArticleFormat::JsonLines)
        return streamCorpus(input, format, options, origin, sink, control);
    return readWholeText(input, format, options, origin, sink, control);
}

} // namespace hamish

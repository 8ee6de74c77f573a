#pragma once

#include "import/articleformat.h"
#include "import/preparedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace hamish {

class ArticleInput;
struct JobControl;

struct ImportOptions
{
    bool raw = false; // one article per text file, no splitting
    QString encoding; // forces the encoding when set
    // The article the file's one article is a new version of (hamish import --replaces). Without
    // it, an article whose URL is in the library is a new version of the article with that URL.
    qint64 replaces = 0;
};

// What a file turned out to be.
struct ArticleFileInfo
{
    ArticleFormat format = ArticleFormat::Text;
    QString encoding;
    int confidence = 0;
    QStringList warnings; // a guessed encoding, a contradicted charset, skipped records
};

// The one way articles are read from a file, for the import preview and for the import:
// text and HTML are read whole (up to MaxTextFileSize), decoded and split; JSON arrays and JSON
// Lines are streamed record by record on a reader thread, in any encoding (UTF-8, or transcoded
// from a BOM's UTF-16 or a forced encoding). Each article goes to the sink prepared (checked,
// titled, hashed, tokenized), in file order. A failure names the file and the line or record.
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    static constexpr qint64 MaxTextFileSize = qint64(64) << 20;

    // Takes each article; a failure stops the reading and is returned.
    using Sink = std::function<Status(PreparedArticle& article)>;

    static Result<ArticleFileInfo> read(const ArticleInput& input, const ImportOptions& options,
                                        const QDateTime& importedAt, const Sink& sink, const JobControl& control);

    // The failure returned when the job was cancelled.
    static Failure cancelled(const QString& path);
};

} // namespace hamish

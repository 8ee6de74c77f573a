#include "agreement/curation.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

// curation: how far curation into the gold layer has come, per article (issue 17).
namespace hamish::cli {

namespace {

void addCurationOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("curator"), QStringLiteral("The gold layer's annotator (default: gold)."),
         QStringLiteral("NAME")},
        {QStringLiteral("annotator"),
         QStringLiteral("A layer to compare (repeatable; default: all but the curator's)."), QStringLiteral("NAME")},
        {QStringLiteral("article"), QStringLiteral("Only this article (repeatable)."), QStringLiteral("ID")},
        {QStringLiteral("json"), QStringLiteral("Print JSON objects.")},
    });
}

int runCuration(Context& context)
{
    QCommandLineParser& p = context.parser();
    QList<qint64> articles;
    if (!context.optionIds(QStringLiteral("article"), articles) || !p.positionalArguments().isEmpty())
        return BadUsage;
    const QString curator =
        p.isSet(QStringLiteral("curator")) ? p.value(QStringLiteral("curator")).trimmed() : QStringLiteral("gold");
    if (curator.isEmpty())
        return context.fail(QStringLiteral("The curator needs a name."));
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const Result<QList<CurationCount>> counts =
        Curation(**library, curator).progress(p.values(QStringLiteral("annotator")), articles);
    if (!counts)
        return context.fail(counts.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CurationCount& c : *counts)
            array.append(QJsonObject{{QStringLiteral("article"), c.articleId},
                                     {QStringLiteral("resolved"), c.resolved},
                                     {QStringLiteral("remaining"), c.remaining}});
        context.outJson(array);
        return Success;
    }
    QString text;
    for (const CurationCount& c : *counts)
        text += QStringLiteral("%1\t%2\t%3\n").arg(c.articleId).arg(c.resolved).arg(c.remaining);
    context.out(text);
    return Success;
}

} // namespace

const Command& curationCommand()
{
    static const Command command{u"curation",
                                 u"[--db PATH] [--curator NAME] [--annotator NAME]... [--article ID]... [--json]",
                                 addCurationOptions, runCuration};
    return command;
}

} // namespace hamish::cli

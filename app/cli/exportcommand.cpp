#include "cli/command.h"
#include "formats/exportservice.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorFilter(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("w3c, brat, conll, jsonl, csv, markdown or html."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("article"), QStringLiteral("An article to export (repeatable); all when absent."),
         QStringLiteral("ID")},
        {QStringLiteral("out"), QStringLiteral("The file to write, or the folder for brat."), QStringLiteral("PATH")},
        {QStringLiteral("scheme"), QStringLiteral("CoNLL tag scheme: iob2 (default) or iob1."),
         QStringLiteral("SCHEME")},
        {QStringLiteral("map"), QStringLiteral("Rename a type in brat and CoNLL, e.g. PER=PERS (repeatable)."),
         QStringLiteral("FROM=TO")},
        {QStringLiteral("nested"),
         QStringLiteral(
             "CoNLL: a tag for every entity covering a token (TOKEN I-ORG B-PERS), not only the outermost.")},
    });
    Context::addCollectionOption(parser);
}

int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    ExportFormat format;
    if (!exportFormatFromName(p.value(QStringLiteral("format")), format) || p.value(QStringLiteral("out")).isEmpty()
        || !p.positionalArguments().isEmpty())
        return BadUsage;
    QList<qint64> ids;
    for (const QString& value : p.values(QStringLiteral("article"))) {
        qint64 id = 0;
        if (!Context::toId(value, id))
            return BadUsage;
        ids.append(id);
    }
    ExportOptions options;
    const QString scheme = p.value(QStringLiteral("scheme")).toLower();
    if (scheme == u"iob1")
        options.conllScheme = ConllScheme::IOB1;
    else if (!scheme.isEmpty() && scheme != u"iob2")
        return BadUsage;
    Result<TypeMapping> mapping = TypeMappingParser::parse(p.values(QStringLiteral("map")));
    if (!mapping) {
        context.fail(mapping.error());
        return BadUsage;
    }
    options.typeMapping = *mapping;
    options.conllNested = p.isSet(QStringLiteral("nested"));
    options.annotators = p.values(QStringLiteral("annotator"));
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    if (!ids.isEmpty() && p.isSet(QStringLiteral("collection")))
        return BadUsage;
    Result<ArticleScope> scope = context.scope(**library);
    if (!scope)
        return context.fail(scope.error());
    options.scope = *scope;
    Result<ExportSummary> summary =
        ExportService(**library).exportTo(format, ids, p.value(QStringLiteral("out")), options);
    if (!summary)
        return context.fail(summary.error());
    // What the format could not hold, on stderr: stdout stays as quiet as it was.
    if (const QString leftOut = summary->leftOutText(); !leftOut.isEmpty())
        context.err(QStringLiteral("%1: %2\n").arg(p.value(QStringLiteral("format")).toLower(), leftOut));
    return Success;
}

} // namespace

const Command& exportCommand()
{
    static const Command command{
        u"export",
        u"[--db PATH] --format w3c|brat|conll|jsonl|csv|markdown|html [--article ID]... --out "
        u"PATH [--scheme iob1|iob2] [--nested] [--map FROM=TO]... [--collection NAME] [--annotator NAME]...",
        addOptions, run};
    return command;
}

} // namespace hamish::cli

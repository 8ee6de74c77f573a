#include "annotations/annotationservice.h"
#include "annotatorname.h"
#include "cli/command.h"
#include "formats/annotationimportservice.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("brat, conll, w3c or jsonl."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("map"), QStringLiteral("Rename a type on the way in, e.g. PERS=PER (repeatable)."),
                      QStringLiteral("FROM=TO")});
    parser.addOption({QStringLiteral("lenient"),
                      QStringLiteral("CoNLL: read a malformed tag or an invalid type name as O, and report it.")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."));
}

// One summary line per file on stdout; problems on stderr; exit 1 if any file failed.
int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    AnnotationFormat format;
    if (!annotationFormatFromName(p.value(QStringLiteral("format")), format) || p.positionalArguments().isEmpty())
        return BadUsage;
    Result<TypeMapping> mapping = TypeMappingParser::parse(p.values(QStringLiteral("map")));
    if (!mapping) {
        context.fail(mapping.error());
        return BadUsage;
    }
    // An explicit --annotator makes the file that annotator's layer, whatever names it holds.
    const AnnotationImportOptions options{*mapping, p.isSet(QStringLiteral("lenient")),
                                          p.isSet(QStringLiteral("annotator")) ? context.annotator() : QString()};
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    AnnotationService annotations(**library, context.annotator());
    AnnotationImportService service(**library, annotations);
    bool anyFailed = false;
    const QStringList files = AnnotationImportService::expandPaths(format, p.positionalArguments());
    if (files.isEmpty())
        return context.fail(QStringLiteral("There is no file of that format here."));
    for (const QString& path : files) {
        const AnnotationImportReport report = service.importFile(format, path, options);
        if (!report.succeeded()) {
            anyFailed = true;
            context.fail(report.error);
            continue;
        }
        QString line = QStringLiteral("%1\t%2 annotations added, %3 already there; %4 new articles, %5 matched")
                           .arg(path)
                           .arg(report.annotationsAdded)
                           .arg(report.duplicates)
                           .arg(report.articlesCreated)
                           .arg(report.articlesMatched);
        if (!report.typesCreated.isEmpty())
            line += QStringLiteral("; new types: ") + report.typesCreated.join(QStringLiteral(", "));
        if (report.relationsAdded + report.eventsAdded + report.labelsSet > 0)
            line += QStringLiteral("; %1 relations, %2 events, %3 labels added")
                        .arg(report.relationsAdded)
                        .arg(report.eventsAdded)
                        .arg(report.labelsSet);
        if (!report.relationTypesCreated.isEmpty())
            line += QStringLiteral("; new relation types: ") + report.relationTypesCreated.join(QStringLiteral(", "));
        if (!report.attributesCreated.isEmpty())
            line += QStringLiteral("; new attributes: ") + report.attributesCreated.join(QStringLiteral(", "));
        if (!report.labelsCreated.isEmpty())
            line += QStringLiteral("; new labels: ") + report.labelsCreated.join(QStringLiteral(", "));
        if (!report.problems.isEmpty())
            line += QStringLiteral("; %1 not taken").arg(report.problems.size());
        QStringList skipped;
        for (auto it = report.unsupported.cbegin(); it != report.unsupported.cend(); ++it)
            skipped.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        if (!skipped.isEmpty())
            line += QStringLiteral("; not imported (not modelled): ") + skipped.join(QStringLiteral(", "));
        if (!report.unplaced.isEmpty())
            line += QStringLiteral("; %1 could not be placed").arg(report.unplaced.size());
        context.out(line + u'\n');
        for (const QString& unplaced : report.unplaced)
            context.err(QStringLiteral("%1: %2\n").arg(path, unplaced));
        for (const QString& problem : report.problems)
            context.err(QStringLiteral("%1: %2\n").arg(path, problem));
        for (const QString& change : report.schemaChanges)
            context.err(QStringLiteral("%1: schema: %2\n").arg(path, change));
    }
    return anyFailed ? Failure : Success;
}

} // namespace

const Command& importAnnotationsCommand()
{
    static const Command command{
        u"import-annotations",
        u"[--db PATH] --format brat|conll|w3c|jsonl [--map FROM=TO]... [--lenient] [--annotator NAME] PATH...",
        addOptions, run};
    return command;
}

} // namespace hamish::cli

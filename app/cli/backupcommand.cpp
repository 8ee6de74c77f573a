#include "cli/command.h"
#include "jobs/jobcontrol.h"
#include "storage/backup.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The copy to write (never an existing file)."), QStringLiteral("PATH")});
}

// A consistent, self-contained copy; writers on the library go on meanwhile.
int run(Context& context)
{
    const QString out = context.parser().value(QStringLiteral("out"));
    if (out.isEmpty() || !context.parser().positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    if (Status ok = LibraryBackup::write((*library)->database(), out, {}); !ok)
        return context.fail(ok.error());
    context.err(QStringLiteral("wrote %1\n").arg(out));
    return Success;
}

} // namespace

const Command& backupCommand()
{
    static const Command command{u"backup", u"[--db PATH] --out PATH", addOptions, run};
    return command;
}

} // namespace hamish::cli

#include "cli/command.h"
#include "storage/library.h"
#include "team/pgconnection.h"
#include "team/teamproject.h"
#include "team/teamsync.h"

// team and sync: team projects shared through a PostgreSQL server (issue 18).
namespace hamish::cli {

namespace {

void addServerOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("The team project's database: a libpq connection string or URI. Passwords "
                                     "come from PGPASSFILE, ~/.pgpass or PGPASSWORD."),
                      QStringLiteral("CONNINFO")});
}

void addTeamOptions(QCommandLineParser& parser)
{
    addServerOption(parser);
    parser.addOptions({
        {QStringLiteral("curator"),
         QStringLiteral("init: the curator role's name (default: curator); add-annotator: make NAME a curator too.")},
        {QStringLiteral("curator-role"), QStringLiteral("init: the curator role's name (default: curator)."),
         QStringLiteral("NAME")},
        {QStringLiteral("gold"), QStringLiteral("init: the gold layer's annotator name (default: gold)."),
         QStringLiteral("NAME")},
    });
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("init | add-annotator NAME"));
}

Result<PgConnection> connect(Context& context)
{
    const QString conninfo = context.parser().value(QStringLiteral("server"));
    if (conninfo.isEmpty())
        return failure(QStringLiteral("--server CONNINFO is needed."));
    return PgConnection::open(conninfo);
}

int runTeam(Context& context)
{
    QCommandLineParser& p = context.parser();
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const bool valid = (action == u"init" && args.size() == 1) || (action == u"add-annotator" && args.size() == 2);
    if (!valid || !p.isSet(QStringLiteral("server")))
        return BadUsage;
    Result<PgConnection> server = connect(context);
    if (!server)
        return context.fail(server.error());
    if (action == u"init") {
        const QString curator = p.isSet(QStringLiteral("curator-role")) ? p.value(QStringLiteral("curator-role"))
                                                                        : QStringLiteral("curator");
        const QString gold = p.isSet(QStringLiteral("gold")) ? p.value(QStringLiteral("gold")) : QStringLiteral("gold");
        Result<TeamProject> project = TeamServer::init(*server, curator, gold);
        if (!project)
            return context.fail(project.error());
        context.out(QStringLiteral("Team project %1 ready (schema %2): team role %3, curator role %4, gold layer %5.\n")
                        .arg(project->id)
                        .arg(project->schemaVersion)
                        .arg(project->teamRole, project->curatorRole, project->goldLayer));
        return Success;
    }
    const QString name = args.value(1);
    if (Status ok = TeamServer::addAnnotator(*server, name, p.isSet(QStringLiteral("curator"))); !ok)
        return context.fail(ok.error());
    context.out(QStringLiteral("Role %1 can now sync with the team project%2.\n"
                               "Give it a password with:  psql \"%3\" -c '\\password %1'\n"
                               "and keep the password in the annotator's ~/.pgpass (or PGPASSWORD), never in the "
                               "library.\n")
                    .arg(name, p.isSet(QStringLiteral("curator")) ? QStringLiteral(" as a curator") : QString(),
                         p.value(QStringLiteral("server"))));
    return Success;
}

int runSync(Context& context)
{
    if (!context.parser().positionalArguments().isEmpty() || !context.parser().isSet(QStringLiteral("server")))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    Result<PgConnection> server = connect(context);
    if (!server)
        return context.fail(server.error());
    Result<SyncSummary> summary = TeamSync::run((*library)->database(), *server);
    if (!summary)
        return context.fail(summary.error());
    if (summary->notPushable > 0)
        context.err(QStringLiteral("%1 changes in other annotators' layers were not pushed: %2 may write only its "
                                   "own layer.\n")
                        .arg(summary->notPushable)
                        .arg(server->user()));
    context.out(summary->text() + u'\n');
    return Success;
}

} // namespace

const Command& teamCommand()
{
    static const Command command{u"team",
                                 u"init --server CONNINFO [--curator-role NAME] [--gold NAME] | add-annotator --server "
                                 u"CONNINFO [--curator] NAME",
                                 addTeamOptions, runTeam};
    return command;
}

const Command& syncCommand()
{
    static const Command command{u"sync", u"[--db PATH] --server CONNINFO", addServerOption, runSync};
    return command;
}

} // namespace hamish::cli

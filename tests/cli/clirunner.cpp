#include "clirunner.h"

#include "cli/cli.h"

#include <QBuffer>

namespace hamish::test {

QStringList CliResult::outLines() const
{
    return out.split(u'\n', Qt::SkipEmptyParts);
}

CliResult runCli(const QStringList& arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliResult result;
    result.exitCode = cli::run(arguments, {&out, &err, false}, cli::allCommands());
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

} // namespace hamish::test

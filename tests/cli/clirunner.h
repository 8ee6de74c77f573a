#pragma once

#include <QString>
#include <QStringList>

namespace hamish::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const;
};

// Runs `hamish ARGS...` in-process with captured output.
CliResult runCli(const QStringList& arguments);

} // namespace hamish::test

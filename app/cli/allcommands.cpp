#include "cli/cli.h"
#include "cli/command.h"

namespace hamish::cli {

const CommandTable& allCommands()
{
    static const CommandTable table = [] {
        CommandTable all = coreCommands();
        all += {&graphCommand(), &trainCommand(), &predictCommand(), &suggestCommand(), &teamCommand(), &syncCommand()};
        return all;
    }();
    return table;
}

} // namespace hamish::cli

#include "cli/cli.h"
#include "cli/command.h"

namespace hamish::cli {

const CommandTable& coreCommands()
{
    static const CommandTable table{&importCommand(),    &listCommand(),
                                    &showCommand(),      &searchCommand(),
                                    &annotateCommand(),  &annotationsCommand(),
                                    &tagCommand(),       &entitiesCommand(),
                                    &exportCommand(),    &importAnnotationsCommand(),
                                    &deleteCommand(),    &trashCommand(),
                                    &restoreCommand(),   &emptyTrashCommand(),
                                    &editCommand(),      &collectionCommand(),
                                    &backupCommand(),    &relateCommand(),
                                    &relationsCommand(), &unrelateCommand(),
                                    &attributeCommand(), &labelCommand(),
                                    &labelsCommand(),    &schemaCommand(),
                                    &doneCommand(),      &progressCommand(),
                                    &agreementCommand(), &mergeCommand(),
                                    &curationCommand(),  &dateCommand(),
                                    &datesCommand(),     &findDatesCommand(),
                                    &versionsCommand(),  &reanchorReportCommand()};
    return table;
}

} // namespace hamish::cli

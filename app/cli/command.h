#pragma once

#include "cli/cli.h"
#include "result.h"
#include "storage/article.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QString>

#include <memory>

namespace hamish {
class Library;
}

namespace hamish::cli {

// What every command gets: the parsed options and the output streams.
class Context
{
public:
    Context(QCommandLineParser& parser, const Streams& streams)
        : m_parser(parser)
        , m_streams(streams)
    {
    }

    QCommandLineParser& parser() { return m_parser; }
    void out(const QString& text) const;
    // Prints the array the way every --json option does.
    void outJson(const QJsonArray& array) const;
    void err(const QString& text) const;
    bool errIsTerminal() const { return m_streams.errIsTerminal; }
    // Prints one problem on stderr and returns Failure.
    int fail(const QString& problem) const;

    // The library named by --db, or the default one. Read-only commands accept a
    // library that cannot be written.
    Result<std::unique_ptr<Library>> openLibrary(bool forWriting) const;
    // For commands that never write: a read-only connection (no journal set-up, no migration
    // check), unless the library has yet to be created or upgraded.
    Result<std::unique_ptr<Library>> openLibraryToRead() const;
    // An integer option or positional value; false when it is not one.
    static bool toId(const QString& text, qint64& id);
    // The values of a repeatable id option (--article ID...); false when one is not an id.
    bool optionIds(const QString& option, QList<qint64>& ids) const;
    // Positional article ids; false when one is not an id or there is none.
    bool positionalIds(QList<qint64>& ids) const;
    // The scope named by --collection (for commands that add that option): the library, or one
    // collection of it; an unknown name is a failure.
    Result<ArticleScope> scope(Library& library) const;
    static void addCollectionOption(QCommandLineParser& parser);
    // --annotator NAME: whose layer a writing command writes (default: the name in Preferences,
    // else the account's user name).
    static void addAnnotatorOption(QCommandLineParser& parser);
    QString annotator() const;
    // --annotator NAME, repeatable, as a filter: only these annotators' layers.
    static void addAnnotatorFilter(QCommandLineParser& parser);
    bool showsAnnotator(const QString& author) const;

private:
    // --db PATH, or the default library.
    QString libraryPath() const;

    QCommandLineParser& m_parser;
    const Streams& m_streams;
};

// One CLI command: its name, the usage line, its options and what it does.
struct Command
{
    const char16_t* name;
    const char16_t* usage; // the arguments after the command name
    void (*addOptions)(QCommandLineParser& parser);
    // Returns an exit code; BadUsage makes the dispatcher print the usage.
    int (*run)(Context& context);
};

const Command& importCommand();
const Command& doneCommand();
const Command& progressCommand();
const Command& agreementCommand();
const Command& mergeCommand();
const Command& curationCommand();
const Command& listCommand();
const Command& showCommand();
const Command& searchCommand();
const Command& annotateCommand();
const Command& annotationsCommand();
const Command& tagCommand();
const Command& entitiesCommand();
const Command& exportCommand();
const Command& importAnnotationsCommand();
const Command& deleteCommand();
const Command& trashCommand();
const Command& restoreCommand();
const Command& emptyTrashCommand();
const Command& editCommand();
const Command& collectionCommand();
const Command& trainCommand();
const Command& predictCommand();
const Command& suggestCommand();
const Command& backupCommand();
const Command& relateCommand();
const Command& relationsCommand();
const Command& unrelateCommand();
const Command& attributeCommand();
const Command& labelCommand();
const Command& labelsCommand();
const Command& graphCommand();
const Command& schemaCommand();
const Command& teamCommand();
const Command& syncCommand();
const Command& dateCommand();
const Command& findDatesCommand();
const Command& datesCommand();
const Command& versionsCommand();
const Command& reanchorReportCommand();

// Values that go into one TAB-separated field.
QString field(QString value);

} // namespace hamish::cli

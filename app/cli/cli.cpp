#include "cli/cli.h"

#include "annotatorname.h"
#include "articles/collectionservice.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace hamish::cli {

namespace {

const Command* findCommand(const CommandTable& commands, const QString& name)
{
    for (const Command* command : commands) {
        if (name == QStringView(command->name))
            return command;
    }
    return nullptr;
}

QString usage(const CommandTable& commands)
{
    QString text = QStringLiteral("Usage:\n  hamish [--db PATH] [--lang ar|en] [--article ID]\n                        "
                                  "             open the reader\n");
    for (const Command* command : commands)
        text += QStringLiteral("  hamish %1 %2\n").arg(QStringView(command->name), QStringView(command->usage));
    return text;
}

} // namespace

void Context::out(const QString& text) const
{
    m_streams.out->write(text.toUtf8());
}

void Context::outJson(const QJsonArray& array) const
{
    m_streams.out->write(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void Context::err(const QString& text) const
{
    m_streams.err->write(text.toUtf8());
}

int Context::fail(const QString& problem) const
{
    err(QStringLiteral("hamish: ") + problem + u'\n');
    return Failure;
}

QString Context::libraryPath() const
{
    return m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db")) : Library::defaultPath();
}

Result<std::unique_ptr<Library>> Context::openLibrary(bool forWriting) const
{
    const QString path = libraryPath();
    const QFileInfo info(path);
    if (!forWriting && info.exists() && !info.isWritable())
        return Library::open(path, Database::Mode::ReadOnly);
    return Library::open(path, Database::Mode::ReadWrite);
}

Result<std::unique_ptr<Library>> Context::openLibraryToRead() const
{
    const QString path = libraryPath();
    if (QFileInfo::exists(path)) {
        if (Result<std::unique_ptr<Library>> library = Library::open(path, Database::Mode::ReadOnly))
            return library;
    }
    // A library to create or upgrade (or one a read-only connection cannot open).
    return openLibrary(false);
}

bool Context::toId(const QString& text, qint64& id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

bool Context::optionIds(const QString& option, QList<qint64>& ids) const
{
    for (const QString& value : m_parser.values(option)) {
        qint64 id = 0;
        if (!toId(value, id))
            return false;
        ids.append(id);
    }
    return true;
}

bool Context::positionalIds(QList<qint64>& ids) const
{
    const QStringList args = m_parser.positionalArguments();
    for (const QString& arg : args) {
        qint64 id = 0;
        if (!toId(arg, id))
            return false;
        ids.append(id);
    }
    return !ids.isEmpty();
}

Result<ArticleScope> Context::scope(Library& library) const
{
    if (!m_parser.isSet(QStringLiteral("collection")))
        return ArticleScope{};
    Result<Collection> collection = CollectionService(library).collection(m_parser.value(QStringLiteral("collection")));
    if (!collection)
        return collection.problem();
    return ArticleScope{collection->id};
}

void Context::addCollectionOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("collection"), QStringLiteral("Only the articles of this collection."),
                      QStringLiteral("NAME")});
}

void Context::addAnnotatorOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("annotator"),
         QStringLiteral("Whose layer: this annotator's (default: the name in Preferences, else the account's)."),
         QStringLiteral("NAME")});
}

QString Context::annotator() const
{
    const QString given =
        m_parser.isSet(QStringLiteral("annotator")) ? m_parser.value(QStringLiteral("annotator")).trimmed() : QString();
    return given.isEmpty() ? annotatorName() : given;
}

void Context::addAnnotatorFilter(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("annotator"), QStringLiteral("Only this annotator's layer (repeatable)."),
                      QStringLiteral("NAME")});
}

bool Context::showsAnnotator(const QString& author) const
{
    const QStringList wanted = m_parser.values(QStringLiteral("annotator"));
    return wanted.isEmpty() || wanted.contains(author);
}

QString field(QString value)
{
    value.replace(u'\t', u' ');
    value.replace(u'\n', u' ');
    value.replace(u'\r', u' ');
    return value;
}

bool isCliInvocation(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString& first = arguments.first();
    if (first == u"--help" || first == u"-h" || first == u"help" || first == u"--version")
        return true;
    // `hamish --db PATH` opens the reader; any other word is a command (or a usage error).
    return !first.startsWith(u'-');
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hamish"));
    QCoreApplication::setApplicationName(QStringLiteral("hamish"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMISH_VERSION));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runOnStandardStreams(const QStringList& arguments, const CommandTable& commands)
{
    QFile out, err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return run(arguments, {&out, &err, isatty(STDERR_FILENO) == 1}, commands);
}

bool hasCommand(const CommandTable& commands, const QString& name)
{
    return findCommand(commands, name) != nullptr;
}

int run(const QStringList& arguments, const Streams& streams, const CommandTable& commands)
{
    auto writeUsage = [&](QIODevice* device, const QString& lead) { device->write((lead + usage(commands)).toUtf8()); };
    if (arguments.isEmpty()) {
        writeUsage(streams.err, {});
        return BadUsage;
    }
    const QString& name = arguments.first();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        writeUsage(streams.out, {});
        return Success;
    }
    if (name == u"--version") {
        streams.out->write("hamish " HAMISH_VERSION "\n");
        return Success;
    }
    const Command* command = findCommand(commands, name);
    if (!command) {
        writeUsage(streams.err, QStringLiteral("hamish: unknown command '%1'\n").arg(name));
        return BadUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("db"), QStringLiteral("The library file."), QStringLiteral("PATH")});
    command->addOptions(parser);
    const QString commandUsage =
        QStringLiteral("Usage: hamish %1 %2\n").arg(QStringView(command->name), QStringView(command->usage));
    if (!parser.parse(QStringList{QStringLiteral("hamish")} + arguments.mid(1))) {
        streams.err->write(
            (QStringLiteral("hamish %1: ").arg(name) + parser.errorText() + u'\n' + commandUsage).toUtf8());
        return BadUsage;
    }
    Context context(parser, streams);
    const int code = command->run(context);
    if (code == BadUsage)
        streams.err->write(commandUsage.toUtf8());
    return code;
}

} // namespace hamish::cli

#include "annotations/timestamps.h"
#include "cli/command.h"
#include "storage/library.h"
#include "text/offsets.h"
#include "versions/versionservice.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace hamish::cli {

namespace {

void addVersionsOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"ID"_s, u"The article whose versions to list."_s);
}

int runVersions(Context& context)
{
    const QStringList args = context.parser().positionalArguments();
    qint64 id = 0;
    if (args.size() != 1 || !Context::toId(args.first(), id))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    Result<QList<ArticleVersion>> versions = VersionService(**library).versions(id);
    if (!versions)
        return context.fail(versions.error());
    for (const ArticleVersion& v : *versions)
        context.out(u"%1\t%2\t%3\t%4\n"_s.arg(v.number)
                        .arg(isoUtc(v.imported, Milliseconds::Omit))
                        .arg(v.characters)
                        .arg(v.changed));
    return Success;
}

// Code point conversions of the bodies the report's offsets are of, each indexed once.
class BodyIndexes
{
public:
    explicit BodyIndexes(VersionService& versions)
        : m_versions(versions)
    {
    }

    Result<const CodePointIndex*> of(qint64 articleId, int version)
    {
        const auto key = std::pair{articleId, version};
        if (const auto it = m_indexes.constFind(key); it != m_indexes.cend())
            return it->get();
        Result<QString> body = m_versions.body(articleId, version);
        if (!body)
            return body.problem();
        return m_indexes.insert(key, std::make_shared<CodePointIndex>(*body))->get();
    }

private:
    VersionService& m_versions;
    QHash<std::pair<qint64, int>, std::shared_ptr<CodePointIndex>> m_indexes;
};

void addReportOptions(QCommandLineParser& parser)
{
    parser.addOption({u"article"_s, u"Only this article's re-anchoring."_s, u"ID"_s});
    parser.addOption({u"json"_s, u"Print a JSON array."_s});
}

int runReport(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 articleId = 0;
    if (!p.positionalArguments().isEmpty()
        || (p.isSet(u"article"_s) && !Context::toId(p.value(u"article"_s), articleId)))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    VersionService versions(**library);
    if (articleId > 0)
        if (Result<QList<ArticleVersion>> known = versions.versions(articleId); !known)
            return context.fail(known.error());
    Result<QList<PlacementRecord>> report = versions.report(articleId);
    if (!report)
        return context.fail(report.error());
    BodyIndexes bodies(versions);
    QJsonArray array;
    for (const PlacementRecord& r : *report) {
        Result<const CodePointIndex*> before = bodies.of(r.articleId, r.version - 1);
        Result<const CodePointIndex*> after = bodies.of(r.articleId, r.version);
        if (!before || !after)
            return context.fail(before ? after.error() : before.error());
        const qsizetype oldStart = (*before)->codePoints(r.oldStart), oldEnd = (*before)->codePoints(r.oldEnd);
        const bool placed = r.newStart >= 0;
        const qsizetype newStart = placed ? (*after)->codePoints(r.newStart) : -1;
        const qsizetype newEnd = placed ? (*after)->codePoints(r.newEnd) : -1;
        if (p.isSet(u"json"_s)) {
            array.append(QJsonObject{{u"annotation"_s, r.annotationId},
                                     {u"article"_s, r.articleId},
                                     {u"version"_s, r.version},
                                     {u"status"_s, placementName(r.placement)},
                                     {u"old_start"_s, oldStart},
                                     {u"old_end"_s, oldEnd},
                                     {u"new_start"_s, placed ? QJsonValue(newStart) : QJsonValue()},
                                     {u"new_end"_s, placed ? QJsonValue(newEnd) : QJsonValue()},
                                     {u"similarity"_s, r.similarity},
                                     {u"quote"_s, r.quote},
                                     {u"review"_s, r.review}});
            continue;
        }
        context.out(u"%1\t%2\t%3\t%4\t%5\t%6\t%7\n"_s.arg(r.annotationId)
                        .arg(placementName(r.placement))
                        .arg(oldStart)
                        .arg(oldEnd)
                        .arg(placed ? QString::number(newStart) : QString())
                        .arg(placed ? QString::number(newEnd) : QString())
                        .arg(field(r.quote)));
    }
    if (p.isSet(u"json"_s))
        context.outJson(array);
    return Success;
}

} // namespace

const Command& versionsCommand()
{
    static const Command command{u"versions", u"[--db PATH] ID", addVersionsOptions, runVersions};
    return command;
}

const Command& reanchorReportCommand()
{
    static const Command command{u"reanchor-report", u"[--db PATH] [--article ID] [--json]", addReportOptions,
                                 runReport};
    return command;
}

} // namespace hamish::cli

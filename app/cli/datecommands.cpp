#include "annotations/annotationstore.h"
#include "articles/publisheddate.h"
#include "cli/command.h"
#include "dates/dateattributes.h"
#include "dates/dateparser.h"
#include "storage/library.h"
#include "text/offsets.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hamish::cli {

namespace {

void addHijriOption(QCommandLineParser& parser)
{
    parser.addOption({u"hijri"_s, u"The Hijri calendar: umalqura (the default) or civil (tabular)."_s, u"NAME"_s});
}

// The --hijri option; false when it names no calendar.
bool hijriOption(Context& context, DateCalendar& calendar)
{
    const QString name = context.parser().value(u"hijri"_s);
    calendar = name == u"civil"_s ? DateCalendar::IslamicCivil : DateCalendar::IslamicUmmAlQura;
    return name.isEmpty() || name == u"civil"_s || name == u"umalqura"_s;
}

QString line(const DateValue& value)
{
    return value.value() + u'\t' + calendarName(value.calendar) + u'\t' + precisionName(value.precision) + u'\t'
           + value.kindName();
}

QJsonObject json(const DateValue& value)
{
    QJsonObject o{{u"value"_s, value.value()},
                  {u"calendar"_s, calendarName(value.calendar)},
                  {u"precision"_s, precisionName(value.precision)},
                  {u"kind"_s, value.kindName()}};
    if (!value.warning.isEmpty())
        o.insert(u"warning"_s, value.warning);
    return o;
}

// Opens the library for reading (it stays open in `library`) and reads one of its articles.
Result<Article> readArticle(const Context& context, qint64 id, std::unique_ptr<Library>& library)
{
    Result<std::unique_ptr<Library>> opened = context.openLibrary(false);
    if (!opened)
        return failure(opened.error());
    library = std::move(*opened);
    return library->articles().article(id);
}

void addDateOptions(QCommandLineParser& parser)
{
    parser.addOption({u"reference"_s, u"The day relative expressions count from (default: today)."_s, u"YYYY-MM-DD"_s});
    addHijriOption(parser);
    parser.addPositionalArgument(u"TEXT"_s, u"One date expression."_s);
}

int runDate(Context& context)
{
    QCommandLineParser& p = context.parser();
    DateCalendar hijri;
    QDate reference = QDate::currentDate();
    if (p.isSet(u"reference"_s))
        reference = QDate::fromString(p.value(u"reference"_s), u"yyyy-MM-dd"_s);
    if (p.positionalArguments().isEmpty() || !reference.isValid() || !hijriOption(context, hijri))
        return BadUsage;
    const DateParser parser(reference, hijri);
    const std::optional<DateValue> value = parser.parse(p.positionalArguments().join(u' '));
    if (!value) {
        context.err(u"not a date\n"_s);
        return Failure;
    }
    if (!value->warning.isEmpty())
        context.err(u"hamish: warning: "_s + value->warning + u'\n');
    context.out(line(*value) + u'\n');
    return Success;
}

void addFindOptions(QCommandLineParser& parser)
{
    parser.addOption({u"article"_s, u"The article to read."_s, u"ID"_s});
    addHijriOption(parser);
    parser.addOption({u"json"_s, u"Print a JSON array."_s});
}

// Offsets in code points of the canonical body; relative expressions count from the article's
// published date, else the day it was imported.
int runFindDates(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 id = 0;
    DateCalendar hijri;
    if (!p.positionalArguments().isEmpty() || !Context::toId(p.value(u"article"_s), id) || !hijriOption(context, hijri))
        return BadUsage;
    std::unique_ptr<Library> library;
    Result<Article> article = readArticle(context, id, library);
    if (!article)
        return context.fail(article.error());
    const DateParser parser(referenceDay(*article), hijri);
    const QList<FoundDate> found = parser.find(article->body);
    QJsonArray array;
    for (const FoundDate& date : found) {
        const qsizetype start = codePointsFromUtf16(article->body, date.start);
        const qsizetype end = codePointsFromUtf16(article->body, date.end);
        const QString text = article->body.mid(date.start, date.end - date.start);
        if (p.isSet(u"json"_s)) {
            QJsonObject o = json(date.value);
            o.insert(u"start"_s, start);
            o.insert(u"end"_s, end);
            o.insert(u"text"_s, text);
            array.append(o);
        } else {
            context.out(u"%1\t%2\t%3\t%4\n"_s.arg(start).arg(end).arg(date.value.value(), field(text)));
        }
    }
    if (p.isSet(u"json"_s))
        context.outJson(array);
    return Success;
}

void addDatesOptions(QCommandLineParser& parser)
{
    parser.addOption({u"article"_s, u"The article whose DATE entities to print."_s, u"ID"_s});
    parser.addOption({u"json"_s, u"Print a JSON array."_s});
}

// Each DATE entity with its value: the one kept with it, else the one its text reads as.
int runDates(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 id = 0;
    if (!p.positionalArguments().isEmpty() || !Context::toId(p.value(u"article"_s), id))
        return BadUsage;
    std::unique_ptr<Library> library;
    Result<Article> article = readArticle(context, id, library);
    if (!article)
        return context.fail(article.error());
    Result<QList<Annotation>> annotations = library->annotations().forArticle(id);
    Result<QList<EntityType>> types = library->annotations().entityTypes();
    if (!annotations || !types)
        return context.fail(!annotations ? annotations.error() : types.error());
    qint64 dateType = -1;
    for (const EntityType& type : *types)
        if (type.code == QStringView(dateattributes::DateTypeCode))
            dateType = type.id;
    const DateParser parser(referenceDay(*article));
    QJsonArray array;
    for (Annotation a : *annotations) {
        if (a.kind != AnnotationKind::Entity || a.entityTypeId != dateType)
            continue;
        dateattributes::fill(a, parser);
        const std::optional<DateValue> value = dateattributes::read(a.attributes);
        const qsizetype start = codePointsFromUtf16(article->body, a.start);
        const qsizetype end = codePointsFromUtf16(article->body, a.end);
        if (p.isSet(u"json"_s)) {
            QJsonObject o = value ? json(*value) : QJsonObject{};
            o.insert(u"annotation"_s, a.id);
            o.insert(u"start"_s, start);
            o.insert(u"end"_s, end);
            o.insert(u"text"_s, a.quote);
            o.insert(u"annotator"_s, a.author);
            array.append(o);
        } else {
            const QString fields = value ? line(*value) : u"\t\t\t"_s;
            context.out(u"%1\t%2\t%3\t%4\t%5\n"_s.arg(a.id).arg(start).arg(end).arg(fields, field(a.quote)));
        }
    }
    if (p.isSet(u"json"_s))
        context.outJson(array);
    return Success;
}

} // namespace

const Command& datesCommand()
{
    static const Command command{u"dates", u"[--db PATH] --article ID [--json]", addDatesOptions, runDates};
    return command;
}

const Command& dateCommand()
{
    static const Command command{u"date", u"[--reference YYYY-MM-DD] [--hijri umalqura|civil] TEXT", addDateOptions,
                                 runDate};
    return command;
}

const Command& findDatesCommand()
{
    static const Command command{u"find-dates", u"[--db PATH] --article ID [--hijri umalqura|civil] [--json]",
                                 addFindOptions, runFindDates};
    return command;
}

} // namespace hamish::cli

#include "agreement/tokentags.h"

namespace hamish {

void TagCodes::add(const QString& type)
{
    if (m_byType.contains(type))
        return;
    const int begin = int(m_names.size());
    m_names << QStringLiteral("B-") + type << QStringLiteral("I-") + type;
    m_byType.insert(type, {begin, begin + 1});
}

std::pair<int, int> TagCodes::codesOf(const QString& type)
{
    if (const auto it = m_byType.constFind(type); it != m_byType.cend())
        return *it;
    add(type);
    return m_byType.value(type);
}

QList<std::vector<int>> iob2LevelCodes(const QList<TextSpan>& tokens, QList<TypedSpan> spans, TagCodes& codes)
{
    // In text order, the longer first where two start together: the outer one is met first.
    std::stable_sort(spans.begin(), spans.end(), [](const TypedSpan& a, const TypedSpan& b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    QList<std::vector<int>> levels{std::vector<int>(size_t(tokens.size()), 0)};
    qsizetype next = 0;
    QList<qsizetype> active, previous; // indexes into spans
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const TextSpan& token = tokens.at(t);
        while (next < spans.size() && spans.at(next).start < token.end)
            active.append(next++);
        active.removeIf([&](qsizetype i) { return spans.at(i).end <= token.start; });
        while (levels.size() < active.size())
            levels.append(std::vector<int>(size_t(tokens.size()), 0));
        for (qsizetype level = 0; level < active.size(); ++level) {
            const qsizetype i = active.at(level);
            levels[level][size_t(t)] =
                previous.contains(i) ? codes.inside(spans.at(i).type) : codes.begin(spans.at(i).type);
        }
        previous = active;
    }
    return levels;
}

QList<QStringList> iob2Levels(const QList<TextSpan>& tokens, const QList<TypedSpan>& spans)
{
    TagCodes codes;
    QList<QStringList> out;
    for (const std::vector<int>& level : iob2LevelCodes(tokens, spans, codes)) {
        QStringList names;
        names.reserve(qsizetype(level.size()));
        for (const int code : level)
            names.append(codes.name(code));
        out.append(names);
    }
    return out;
}

} // namespace hamish

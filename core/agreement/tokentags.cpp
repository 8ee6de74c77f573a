#include "agreement/tokentags.h"

namespace hamish {

int TagCodes::code(const QString& tag)
{
    const auto it = m_codes.constFind(tag);
    if (it != m_codes.cend())
        return *it;
    const int next = int(m_names.size());
    m_codes.insert(tag, next);
    m_names.append(tag);
    return next;
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

#include "agreement/tokentags.h"

namespace hamish {

QList<QStringList> iob2Levels(const QList<TextSpan>& tokens, QList<TypedSpan> spans)
{
    // In text order, the longer first where two start together: the outer one is met first.
    std::stable_sort(spans.begin(), spans.end(), [](const TypedSpan& a, const TypedSpan& b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    QList<QStringList> levels{QStringList()};
    qsizetype next = 0;
    QList<qsizetype> active, previous; // indexes into spans
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const TextSpan& token = tokens.at(t);
        while (next < spans.size() && spans.at(next).start < token.end)
            active.append(next++);
        active.removeIf([&](qsizetype i) { return spans.at(i).end <= token.start; });
        while (levels.size() < active.size()) {
            levels.append(QStringList());
            levels.last().fill(QStringLiteral("O"), t);
        }
        for (qsizetype level = 0; level < levels.size(); ++level) {
            if (level >= active.size()) {
                levels[level].append(QStringLiteral("O"));
                continue;
            }
            const qsizetype i = active.at(level);
            levels[level].append((previous.contains(i) ? QStringLiteral("I-") : QStringLiteral("B-"))
                                 + spans.at(i).type);
        }
        previous = active;
    }
    return levels;
}

} // namespace hamish

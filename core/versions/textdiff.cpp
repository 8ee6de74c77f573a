#include "versions/textdiff.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace hamish {

namespace {

// A diagonal of matches in a Myers edit graph: `length` items equal from a[x] and b[y].
struct Snake
{
    qsizetype x = 0;
    qsizetype y = 0;
    qsizetype length = 0;
};

// The diagonals of a shortest edit script between a[0, n) and b[0, m) (Myers 1986, the greedy
// forward pass kept per step for the walk back), or nothing when it needs more than maxEdits.
template<typename Equal>
std::optional<std::vector<Snake>> shortestEditScript(qsizetype n, qsizetype m, Equal equal, qsizetype maxEdits)
{
    const qsizetype limit = std::min(n + m, maxEdits);
    std::vector<qsizetype> furthest(2 * limit + 3, 0); // furthest x on diagonal k, at k + limit + 1
    const qsizetype origin = limit + 1;
    std::vector<std::vector<qsizetype>> trace; // furthest[-d, d] after step d
    qsizetype found = -1;
    for (qsizetype d = 0; d <= limit && found < 0; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            const bool down = k == -d || (k != d && furthest[origin + k - 1] < furthest[origin + k + 1]);
            qsizetype x = down ? furthest[origin + k + 1] : furthest[origin + k - 1] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && equal(x, y)) {
                ++x;
                ++y;
            }
            furthest[origin + k] = x;
            if (x >= n && y >= m)
                found = d;
        }
        trace.emplace_back(furthest.begin() + origin - d, furthest.begin() + origin + d + 1);
    }
    if (found < 0)
        return std::nullopt;
    std::vector<Snake> snakes;
    qsizetype x = n, y = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype>& previous = trace[d - 1]; // indices -(d - 1)…d - 1 at + d - 1
        const qsizetype k = x - y;
        const auto at = [&](qsizetype diagonal) { return previous[diagonal + d - 1]; };
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const qsizetype previousK = down ? k + 1 : k - 1;
        const qsizetype previousX = at(previousK);
        const qsizetype previousY = previousX - previousK;
        const qsizetype startX = down ? previousX : previousX + 1;
        if (x > startX)
            snakes.push_back({startX, startX - k, x - startX});
        x = previousX;
        y = previousY;
    }
    if (x > 0)
        snakes.push_back({0, 0, x});
    std::reverse(snakes.begin(), snakes.end());
    return snakes;
}

// Words with the spaces after them: the units of the first, coarse pass.
std::vector<QStringView> words(QStringView text)
{
    std::vector<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool space = text.at(i).isSpace();
        const bool last = i + 1 == text.size();
        if (last || (space && !text.at(i + 1).isSpace())) {
            out.push_back(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    return out;
}

// How many units the two texts share at their start, and then at their end.
std::pair<qsizetype, qsizetype> commonEnds(QStringView before, QStringView after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return {prefix, suffix};
}

} // namespace

TextDiff::TextDiff(QStringView before, QStringView after)
    : m_afterSize(after.size())
{
    const auto [prefix, suffix] = commonEnds(before, after);
    addRun(0, 0, prefix);
    diffWords(before.mid(prefix, before.size() - prefix - suffix), after.mid(prefix, after.size() - prefix - suffix),
              prefix, prefix);
    addRun(before.size() - suffix, after.size() - suffix, suffix);
    qsizetype common = 0;
    for (const CommonRun& run : m_runs)
        common += run.length;
    m_changed = before.size() + after.size() - 2 * common;
}

void TextDiff::diffWords(QStringView before, QStringView after, qsizetype beforeOffset, qsizetype afterOffset)
{
    if (before.isEmpty() || after.isEmpty())
        return;
    const std::vector<QStringView> a = words(before);
    const std::vector<QStringView> b = words(after);
    std::vector<size_t> hashA(a.size()), hashB(b.size());
    std::transform(a.begin(), a.end(), hashA.begin(), [](QStringView w) { return qHash(w); });
    std::transform(b.begin(), b.end(), hashB.begin(), [](QStringView w) { return qHash(w); });
    const auto equal = [&](qsizetype i, qsizetype j) { return hashA[i] == hashB[j] && a[i] == b[j]; };
    const std::optional<std::vector<Snake>> snakes =
        shortestEditScript(qsizetype(a.size()), qsizetype(b.size()), equal, MaxEdits);
    if (!snakes) {
        diffCharacters(before, after, beforeOffset, afterOffset);
        return;
    }
    // Character offsets of each word, and the changed stretches between the common words.
    std::vector<qsizetype> startA(a.size() + 1, 0), startB(b.size() + 1, 0);
    for (size_t i = 0; i < a.size(); ++i)
        startA[i + 1] = startA[i] + a[i].size();
    for (size_t j = 0; j < b.size(); ++j)
        startB[j + 1] = startB[j] + b[j].size();
    qsizetype wordA = 0, wordB = 0;
    const auto changedStretch = [&](qsizetype toA, qsizetype toB) {
        const qsizetype fromChar = startA[wordA], toChar = startA[toA];
        const qsizetype fromCharB = startB[wordB], toCharB = startB[toB];
        diffCharacters(before.mid(fromChar, toChar - fromChar), after.mid(fromCharB, toCharB - fromCharB),
                       beforeOffset + fromChar, afterOffset + fromCharB);
    };
    for (const Snake& snake : *snakes) {
        changedStretch(snake.x, snake.y);
        const qsizetype length = startA[snake.x + snake.length] - startA[snake.x];
        addRun(beforeOffset + startA[snake.x], afterOffset + startB[snake.y], length);
        wordA = snake.x + snake.length;
        wordB = snake.y + snake.length;
    }
    changedStretch(qsizetype(a.size()), qsizetype(b.size()));
}

void TextDiff::diffCharacters(QStringView before, QStringView after, qsizetype beforeOffset, qsizetype afterOffset)
{
    if (before.isEmpty() || after.isEmpty())
        return;
    const auto [prefix, suffix] = commonEnds(before, after);
    addRun(beforeOffset, afterOffset, prefix);
    const QStringView a = before.mid(prefix, before.size() - prefix - suffix);
    const QStringView b = after.mid(prefix, after.size() - prefix - suffix);
    if (!a.isEmpty() && !b.isEmpty()) {
        const auto equal = [&](qsizetype i, qsizetype j) { return a.at(i) == b.at(j); };
        if (const std::optional<std::vector<Snake>> snakes = shortestEditScript(a.size(), b.size(), equal, MaxEdits))
            for (const Snake& snake : *snakes)
                addRun(beforeOffset + prefix + snake.x, afterOffset + prefix + snake.y, snake.length);
    }
    addRun(beforeOffset + before.size() - suffix, afterOffset + after.size() - suffix, suffix);
}

void TextDiff::addRun(qsizetype before, qsizetype after, qsizetype length)
{
    if (length <= 0)
        return;
    if (!m_runs.isEmpty()) {
        CommonRun& last = m_runs.last();
        if (last.before + last.length == before && last.after + last.length == after) {
            last.length += length;
            return;
        }
    }
    m_runs.append({before, after, length});
}

qsizetype TextDiff::runAtOrBefore(qsizetype at) const
{
    const auto next = std::upper_bound(m_runs.begin(), m_runs.end(), at,
                                       [](qsizetype p, const CommonRun& run) { return p < run.before; });
    return next == m_runs.begin() ? -1 : qsizetype(next - m_runs.begin()) - 1;
}

qsizetype TextDiff::mapSpan(qsizetype start, qsizetype end) const
{
    const qsizetype i = runAtOrBefore(start);
    if (i < 0)
        return -1;
    const CommonRun& run = m_runs.at(i);
    if (end > run.before + run.length)
        return -1;
    return run.after + (start - run.before);
}

qsizetype TextDiff::approximate(qsizetype at) const
{
    const qsizetype i = runAtOrBefore(at);
    if (i < 0)
        return std::min(at, m_afterSize);
    const CommonRun& run = m_runs.at(i);
    if (at < run.before + run.length)
        return run.after + (at - run.before);
    return std::min(run.after + run.length + (at - run.before - run.length), m_afterSize);
}

} // namespace hamish

#pragma once

#include <QList>
#include <QStringView>

namespace hamish {

// A run of text two versions of an article share: `length` UTF-16 units at `before` in the old
// body and at `after` in the new one.
struct CommonRun
{
    qsizetype before = 0;
    qsizetype after = 0;
    qsizetype length = 0;

    bool operator==(const CommonRun&) const = default;
};

// What two bodies have in common, in order, as a character diff finds it: the common prefix
// and suffix, then a Myers diff of the words between them, then of the characters inside each
// changed stretch of words. A stretch too changed for the diff's budget is left unmatched (it
// is rewritten text; quotes place what was in it).
class TextDiff
{
public:
    TextDiff(QStringView before, QStringView after);

    const QList<CommonRun>& runs() const { return m_runs; }
    // Characters deleted plus characters inserted (UTF-16 units).
    qsizetype changedUnits() const { return m_changed; }
    // Where [start, end) of the old body is in the new one, when all of it is in one common run;
    // else -1.
    qsizetype mapSpan(qsizetype start, qsizetype end) const;
    // Where position `at` of the old body would be in the new one: exact inside a common run,
    // else the end of the run before it plus the distance past that run (clamped).
    qsizetype approximate(qsizetype at) const;

    // Edit-script budget of one Myers pass; past it a stretch is left unmatched.
    static constexpr qsizetype MaxEdits = 2000;

private:
    void diffWords(QStringView before, QStringView after, qsizetype beforeOffset, qsizetype afterOffset);
    void diffCharacters(QStringView before, QStringView after, qsizetype beforeOffset, qsizetype afterOffset);
    void addRun(qsizetype before, qsizetype after, qsizetype length);
    // The run that holds old position `at`, or the last run before it; -1 when none.
    qsizetype runAtOrBefore(qsizetype at) const;

    QList<CommonRun> m_runs;
    qsizetype m_changed = 0;
    qsizetype m_afterSize = 0;
};

} // namespace hamish

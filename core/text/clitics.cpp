#include "text/clitics.h"

namespace hamish {

namespace {

constexpr qsizetype MinimumStemLength = 3;
const QChar Waw(0x0648), Fa(0x0641), Ba(0x0628), Kaf(0x0643), Lam(0x0644), Alef(0x0627);

bool isConjunction(QChar c) { return c == Waw || c == Fa; }
bool isPreposition(QChar c) { return c == Ba || c == Kaf || c == Lam; }

void addReading(QList<ProcliticReading>& readings, const QString& stem, qsizetype prefixLength)
{
    if (stem.size() < MinimumStemLength)
        return;
    if (std::any_of(readings.cbegin(), readings.cend(), [&](const ProcliticReading& r) { return r.stem == stem; }))
        return;
    readings.append({stem, prefixLength});
}

// Readings of a word whose conjunction, if any, is `before` letters long.
void addPrepositionReadings(QStringView rest, qsizetype before, QList<ProcliticReading>& readings)
{
    if (rest.size() < 2 || !isPreposition(rest.front()))
        return;
    const QStringView afterPreposition = rest.mid(1);
    // لِ + ال is written لل: restore the article's alef.
    if (rest.front() == Lam && afterPreposition.front() == Lam && afterPreposition.size() - 1 >= MinimumStemLength)
        addReading(readings, QString(Alef) + afterPreposition, before + 1);
    if (afterPreposition.front() == Alef && afterPreposition.size() > 1 && afterPreposition.at(1) == Lam
        && afterPreposition.size() - 2 < MinimumStemLength)
        return; // a preposition before a too-short ال word
    addReading(readings, afterPreposition.toString(), before + 1);
}

} // namespace

QList<ProcliticReading> procliticReadings(QStringView foldedWord)
{
    QList<ProcliticReading> readings;
    addPrepositionReadings(foldedWord, 0, readings);
    if (foldedWord.size() > 1 && isConjunction(foldedWord.front())) {
        const QStringView rest = foldedWord.mid(1);
        addReading(readings, rest.toString(), 1);
        addPrepositionReadings(rest, 1, readings);
    }
    readings.removeIf([&](const ProcliticReading& r) { return r.stem == foldedWord; });
    return readings;
}

QStringList procliticStems(QStringView foldedWord)
{
    QStringList stems;
    for (const ProcliticReading& reading : procliticReadings(foldedWord))
        stems.append(reading.stem);
    return stems;
}

qsizetype mentionOffset(QStringView foldedWord, QStringView foldedName)
{
    if (foldedWord == foldedName)
        return 0;
    for (const ProcliticReading& reading : procliticReadings(foldedWord)) {
        if (reading.stem == foldedName)
            return reading.prefixLength;
    }
    return -1;
}

bool wordMentions(QStringView foldedWord, QStringView foldedName)
{
    return mentionOffset(foldedWord, foldedName) >= 0;
}

} // namespace hamish

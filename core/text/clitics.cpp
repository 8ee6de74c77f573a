#include "text/clitics.h"

namespace hamish {

namespace {

constexpr qsizetype MinimumStemLength = 3;
const QChar Waw(0x0648), Fa(0x0641), Ba(0x0628), Kaf(0x0643), Lam(0x0644), Alef(0x0627);

bool isConjunction(QChar c) { return c == Waw || c == Fa; }
bool isPreposition(QChar c) { return c == Ba || c == Kaf || c == Lam; }

void addStem(QStringList& stems, const QString& stem)
{
    if (stem.size() >= MinimumStemLength && !stems.contains(stem))
        stems.append(stem);
}

// Stems of a word whose conjunction, if any, has been removed.
void addPrepositionStems(QStringView rest, QStringList& stems)
{
    if (rest.size() < 2 || !isPreposition(rest.front()))
        return;
    const QStringView afterPreposition = rest.mid(1);
    // لِ + ال is written لل: restore the article's alef.
    if (rest.front() == Lam && afterPreposition.front() == Lam && afterPreposition.size() - 1 >= MinimumStemLength)
        addStem(stems, QString(Alef) + afterPreposition);
    if (afterPreposition.front() == Alef && afterPreposition.size() > 1 && afterPreposition.at(1) == Lam
        && afterPreposition.size() - 2 < MinimumStemLength)
        return; // a preposition before a too-short ال word
    addStem(stems, afterPreposition.toString());
}

} // namespace

QStringList procliticStems(QStringView foldedWord)
{
    QStringList stems;
    addPrepositionStems(foldedWord, stems);
    if (foldedWord.size() > 1 && isConjunction(foldedWord.front())) {
        const QStringView rest = foldedWord.mid(1);
        addStem(stems, rest.toString());
        addPrepositionStems(rest, stems);
    }
    stems.removeAll(foldedWord.toString());
    return stems;
}

bool wordMentions(QStringView foldedWord, QStringView foldedName)
{
    if (foldedWord == foldedName)
        return true;
    return procliticStems(foldedWord).contains(foldedName.toString());
}

} // namespace hamish

#include "text/clitics.h"

namespace hamish {

namespace {

constexpr qsizetype MinimumStemLength = 3;
const QChar Waw(0x0648), Fa(0x0641), Ba(0x0628), Kaf(0x0643), Lam(0x0644), Alef(0x0627);

bool isConjunction(QChar c)
{
    return c == Waw || c == Fa;
}
bool isPreposition(QChar c)
{
    return c == Ba || c == Kaf || c == Lam;
}

struct RefList
{
    StemRef (&refs)[MaximumReadings];
    QStringView word;
    int count = 0;

    qsizetype length(const StemRef& r) const { return word.size() - r.from + (r.alef ? 1 : 0); }
    bool same(const StemRef& a, const StemRef& b) const
    {
        if (length(a) != length(b))
            return false;
        const QStringView ta = word.mid(a.from), tb = word.mid(b.from);
        if (a.alef == b.alef)
            return ta == tb;
        // One has an alef in front: compare alef + rest against the other.
        const QStringView withAlef = a.alef ? ta : tb, plain = a.alef ? tb : ta;
        return plain.front() == Alef && plain.mid(1) == withAlef;
    }
    void add(StemRef r)
    {
        if (length(r) < MinimumStemLength || (!r.alef && r.from == 0))
            return;
        for (int i = 0; i < count; ++i) {
            if (same(refs[i], r))
                return;
        }
        if (count < MaximumReadings)
            refs[count++] = r;
    }
};

// Readings of a word whose conjunction, if any, is `before` letters long.
void addPrepositionReadings(QStringView word, qsizetype before, RefList& list)
{
    const QStringView rest = word.mid(before);
    if (rest.size() < 2 || !isPreposition(rest.front()))
        return;
    const QStringView afterPreposition = rest.mid(1);
    // لِ + ال is written لل: restore the article's alef.
    if (rest.front() == Lam && afterPreposition.front() == Lam && afterPreposition.size() - 1 >= MinimumStemLength)
        list.add({before + 1, true, before + 1});
    if (afterPreposition.front() == Alef && afterPreposition.size() > 1 && afterPreposition.at(1) == Lam
        && afterPreposition.size() - 2 < MinimumStemLength)
        return; // a preposition before a too-short ال word
    list.add({before + 1, false, before + 1});
}

} // namespace

int procliticStemRefs(QStringView foldedWord, StemRef (&out)[MaximumReadings])
{
    RefList list{out, foldedWord};
    addPrepositionReadings(foldedWord, 0, list);
    if (foldedWord.size() > 1 && isConjunction(foldedWord.front())) {
        list.add({1, false, 1});
        addPrepositionReadings(foldedWord, 1, list);
    }
    return list.count;
}

QList<ProcliticReading> procliticReadings(QStringView foldedWord)
{
    StemRef refs[MaximumReadings];
    const int count = procliticStemRefs(foldedWord, refs);
    QList<ProcliticReading> readings;
    readings.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString stem = foldedWord.mid(refs[i].from).toString();
        if (refs[i].alef)
            stem.prepend(Alef);
        if (stem != foldedWord)
            readings.append({stem, refs[i].prefixLength});
    }
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

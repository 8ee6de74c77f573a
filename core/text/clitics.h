#pragma once

#include <QStringList>
#include <QStringView>

namespace hamish {

// Proclitic handling from TECH-NOTES §4.2, on folded words (see foldForSearch).
// No suffix is ever stripped: سعودي, سعودية and سعوديين name different things.

// The forms a folded word can stand for once its proclitics are removed:
// an optional و or ف, then an optional ب ك ل, with لل read as لِ + ال.
// والسعوديه → السعوديه; للسعوديه → السعوديه; بمصر → مصر. The word itself is not included.
// A stem must keep at least three letters, and an ال stem three letters after ال.
QStringList procliticStems(QStringView foldedWord);

// One way to read a folded word as proclitics + stem. prefixLength counts the word's folded
// letters before the stem; for لل forms the stem's ال begins at the second ل, so the prefix is
// the first ل (and the conjunction) only.
struct ProcliticReading
{
    QString stem;
    qsizetype prefixLength = 0;
};
QList<ProcliticReading> procliticReadings(QStringView foldedWord);

// The same readings without allocating, for the search tokenizer's inner loop: each stem is
// foldedWord from `from` on, with an alef in front when `alef` is set (لل forms).
struct StemRef
{
    qsizetype from = 0;
    bool alef = false;
    qsizetype prefixLength = 0;
};
inline constexpr int MaximumReadings = 6;
int procliticStemRefs(QStringView foldedWord, StemRef (&out)[MaximumReadings]);

// Where a folded name starts in a folded word that mentions it: 0 for the word itself, the
// proclitic prefix length otherwise, -1 when the word is no mention of the name.
qsizetype mentionOffset(QStringView foldedWord, QStringView foldedName);

// Whether a folded word is a mention of a folded single-word name: the word
// itself, or one of its proclitic stems.
bool wordMentions(QStringView foldedWord, QStringView foldedName);

} // namespace hamish

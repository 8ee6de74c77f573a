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

// Whether a folded word is a mention of a folded single-word name: the word
// itself, or one of its proclitic stems.
bool wordMentions(QStringView foldedWord, QStringView foldedName);

} // namespace hamish

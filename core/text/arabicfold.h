#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace hamish {

// The search fold shared by search, find-in-article and entity matching:
// drops harakat (U+064B–U+065F, U+0670), tatweel and the zero-width joiner and non-joiner,
// folds أ إ آ ٱ to ا, ى and Farsi ی to ي, ة (and ۀ ہ ە) to ه, ک and ڪ to ك, Arabic-Indic and
// Extended Arabic-Indic digits to ASCII digits, presentation forms to their letters, and
// case-folds Latin.
struct FoldedText
{
    QString text;
    // origin[i] is the UTF-16 index in the source of folded unit i, and
    // origin[text.size()] is the source length. A folded range [a, b) maps back to
    // [origin[a], origin[b]), which keeps the harakat that follow its last letter.
    QList<qsizetype> origin;
};

QString foldForSearch(QStringView source);
// The same fold appended to `out`, for loops that reuse one buffer.
void appendFoldedText(QStringView source, QString& out);
// Whether the fold of `source` is empty (only marks, tatweel or joiners), found without folding
// more than needed: most words answer at their first letter.
bool foldsToNothing(QStringView source);
FoldedText foldWithOrigins(QStringView source);

// True for a character that the fold drops entirely (harakat, tatweel, ZWJ, ZWNJ).
bool isFoldedAway(char32_t c);

} // namespace hamish

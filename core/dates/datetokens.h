#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace hamish {

// A text cut into the pieces date expressions are made of: numbers (in any digit system),
// words in their search fold, and single marks (/ - ( ) ، …). Spaces separate and are dropped.
struct DateToken
{
    enum class Kind { Number, Word, Mark };
    Kind kind = Kind::Mark;
    QString text; // the folded word, the mark, or the number's ASCII digits
    int number = 0;
    int digits = 0;
    qsizetype start = 0; // UTF-16 range in the source
    qsizetype end = 0;

    bool isWord(const QString& word) const { return kind == Kind::Word && text == word; }
    bool isMark(QChar mark) const { return kind == Kind::Mark && text.size() == 1 && text[0] == mark; }
};

// Digits and letters written together (1436هـ, 2015م, الـ13) become separate tokens, and so do a
// conjunction or preposition glued to a date word (وأبريل, لعام, بعد).
QList<DateToken> dateTokens(QStringView text);

} // namespace hamish

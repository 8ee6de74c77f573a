#pragma once

#include "text/spansnap.h"

#include <QList>
#include <QStringView>

namespace hamish {

// Tokens for token formats (CoNLL): ICU word boundaries, white space dropped, and every
// punctuation mark a token of its own. Offsets are UTF-16 units of the text.
QList<TextSpan> icuTokens(QStringView text, qsizetype offset = 0);
// Sentences by ICU's sentence rules, each as its tokens.
QList<QList<TextSpan>> icuSentences(QStringView text);
// For text whose tokens are separated by single spaces and sentences by newlines.
QList<QList<TextSpan>> whitespaceSentences(QStringView text);

} // namespace hamish

#pragma once

#include "agreement/agreementmath.h"
#include "text/spansnap.h"

#include <QList>
#include <QStringList>

namespace hamish {

// The IOB2 tags one layer's spans give a run of tokens, level by level as `export --format
// conll --nested` writes them: level 0 holds the outermost span over each token, level 1 the
// next one in, and so on (O where a token has no span at that depth). A span's first token is
// B-, the others I-. There is always at least level 0.
QList<QStringList> iob2Levels(const QList<TextSpan>& tokens, QList<TypedSpan> spans);

} // namespace hamish

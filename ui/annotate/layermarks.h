#pragma once

#include "reader/annotationoverlay.h"

namespace hamish {

// When the reader shows the entity tags of several annotators, each annotator's are framed in a
// colour and line style of their own (the type's tint and underline stay); with one layer, none.
// Annotators are styled in name order, so a person keeps their style from article to article.
QHash<qint64, SpanMark> layerMarks(const QList<Annotation>& shown);
SpanMark layerMark(int index);

} // namespace hamish

#pragma once

#include "versions/orphan.h"

#include <QString>

class QTextDocument;

namespace hamish {

// Fills a document with one version of an article, right to left. Marks always cover whole
// words, so that no format boundary falls inside an Arabic word and splits its shaping.
namespace versiontext {

// The text with its orphans marked.
void showVersion(QTextDocument& document, const QString& text, const QList<Orphan>& orphans);
// The text of `after` with what changed since `before`: inserted words marked, deleted words
// struck through where they were.
void showChanges(QTextDocument& document, const QString& before, const QString& after);

} // namespace versiontext

} // namespace hamish

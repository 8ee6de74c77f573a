#pragma once

#include <QString>

namespace hamish {
class Library;
}

namespace hamish::test {

// Helpers for tests with several annotators' layers in one library.
qint64 importBody(Library& library, const QString& name, const QString& body);
qint64 entityTypeId(Library& library, const QString& code);
qint64 relationTypeId(Library& library, const QString& code);
qint64 labelId(Library& library, const QString& code);
// Tags the first occurrence of `text` in the article as `type` in `annotator`'s layer; its id,
// or 0 when it could not.
qint64 tagFirst(Library& library, const QString& annotator, qint64 article, const QString& text, const QString& type);

} // namespace hamish::test

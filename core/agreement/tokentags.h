#pragma once

#include "agreement/agreementmath.h"
#include "text/spansnap.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>
#include <vector>

namespace hamish {

// IOB2 tags as numbers: 0 is O, and the B- and I- tags of each type get theirs when it is added
// or first met.
class TagCodes
{
public:
    // Gives a type its B- and I- codes now. Once every type they meet has been added, threads
    // may share one TagCodes: begin() and inside() then only read.
    void add(const QString& type);
    int begin(const QString& type) { return codesOf(type).first; }
    int inside(const QString& type) { return codesOf(type).second; }
    QString name(int code) const { return m_names.value(code); }
    int size() const { return int(m_names.size()); }

private:
    std::pair<int, int> codesOf(const QString& type);
    QHash<QString, std::pair<int, int>> m_byType;
    QStringList m_names{QStringLiteral("O")};
};

// The IOB2 tags one layer's spans give a run of tokens, level by level as `export --format
// conll --nested` writes them: level 0 holds the outermost span over each token, level 1 the
// next one in, and so on (O where a token has no span at that depth). A span's first token is
// B-, the others I-. There is always at least level 0.
QList<std::vector<int>> iob2LevelCodes(const QList<TextSpan>& tokens, QList<TypedSpan> spans, TagCodes& codes);
QList<QStringList> iob2Levels(const QList<TextSpan>& tokens, const QList<TypedSpan>& spans);

} // namespace hamish

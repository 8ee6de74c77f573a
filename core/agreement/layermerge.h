#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hamish {

class Library;

struct MergeReport
{
    int spansAdded = 0;
    int relationsAdded = 0;
    int labelsAdded = 0;
    int leftForCuration = 0; // spans, relations and labels some compared layer has that were not copied
    int articles = 0;
    int added() const { return spansAdded + relationsAdded + labelsAdded; }
};

// Copies into one annotator's layer (the gold standard, say) either what every compared layer
// agrees on exactly (same span and type; relations of the same type between such spans; the same
// document labels), or one annotator's whole layer. Over the articles every compared annotator
// marked done (one annotator's: every article of theirs), or only the given ones. What the target
// holds already is not copied twice. All of it is written in one transaction, or nothing.
class LayerMerge
{
    Q_DECLARE_TR_FUNCTIONS(LayerMerge)

public:
    explicit LayerMerge(Library& library)
        : m_library(library)
    {
    }

    // `compared` empty: every layer but the target's.
    Result<MergeReport> agreed(const QString& target, QStringList compared = {}, const QList<qint64>& articles = {});
    // `compared`: the layers whose differing spans count as left for curation (empty: all others).
    Result<MergeReport> from(const QString& target, const QString& source, QStringList compared = {},
                             const QList<qint64>& articles = {});

private:
    Result<MergeReport> merge(const QString& target, const QStringList& sources, const QStringList& compared,
                              const QList<qint64>& articles);

    Library& m_library;
};

} // namespace hamish

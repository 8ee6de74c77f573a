#pragma once

#include "learn/nermodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hamish {

// Entity-level scores as conlleval counts them: a chunk is right only with its exact span and type.
struct TypeScore
{
    QString type;
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int support() const { return truePositives + falseNegatives; }
    double precision() const;
    double recall() const;
    double f1() const;
};

struct Evaluation
{
    QList<TypeScore> types; // by type code
    TypeScore micro;
    void add(const QList<TokenChunk>& gold, const QList<TokenChunk>& predicted);
    // A document's labels: each one given that it has is right, each other one wrong.
    void addLabels(const QStringList& gold, const QStringList& predicted);
    void add(const Evaluation& other);
};

} // namespace hamish

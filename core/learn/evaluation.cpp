#include "learn/evaluation.h"

namespace hamish {

double TypeScore::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : double(truePositives) / predicted;
}

double TypeScore::recall() const
{
    return support() == 0 ? 0 : double(truePositives) / support();
}

double TypeScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

namespace {

TypeScore& scoreOf(QList<TypeScore>& scores, const QString& type)
{
    for (TypeScore& s : scores) {
        if (s.type == type)
            return s;
    }
    scores.append(TypeScore{type});
    std::sort(scores.begin(), scores.end(), [](const TypeScore& a, const TypeScore& b) { return a.type < b.type; });
    for (TypeScore& s : scores) {
        if (s.type == type)
            return s;
    }
    return scores.last();
}

} // namespace

void Evaluation::add(const QList<TokenChunk>& gold, const QList<TokenChunk>& predicted)
{
    for (const TokenChunk& g : gold) {
        const bool found = predicted.contains(g);
        TypeScore& s = scoreOf(types, g.type);
        (found ? s.truePositives : s.falseNegatives) += 1;
        (found ? micro.truePositives : micro.falseNegatives) += 1;
    }
    for (const TokenChunk& p : predicted) {
        if (!gold.contains(p)) {
            scoreOf(types, p.type).falsePositives += 1;
            micro.falsePositives += 1;
        }
    }
}

void Evaluation::addLabels(const QStringList& gold, const QStringList& predicted)
{
    QList<TokenChunk> g, p;
    for (const QString& label : gold)
        g.append({0, 1, label});
    for (const QString& label : predicted)
        p.append({0, 1, label});
    add(g, p);
}

void Evaluation::add(const Evaluation& other)
{
    for (const TypeScore& o : other.types) {
        TypeScore& s = scoreOf(types, o.type);
        s.truePositives += o.truePositives;
        s.falsePositives += o.falsePositives;
        s.falseNegatives += o.falseNegatives;
    }
    micro.truePositives += other.micro.truePositives;
    micro.falsePositives += other.micro.falsePositives;
    micro.falseNegatives += other.micro.falseNegatives;
}

} // namespace hamish

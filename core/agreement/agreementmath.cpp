#include "agreement/agreementmath.h"

#include <QHash>
#include <QMap>

#include <cmath>
#include <limits>
#include <vector>

namespace hamish {

namespace {

constexpr double Undefined = std::numeric_limits<double>::quiet_NaN();

} // namespace

double cohenKappa(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || a.size() != b.size())
        return Undefined;
    const double n = double(a.size());
    QHash<QString, double> countA, countB;
    double agreed = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        countA[a.at(i)] += 1;
        countB[b.at(i)] += 1;
        agreed += a.at(i) == b.at(i);
    }
    double chance = 0;
    for (auto it = countA.cbegin(); it != countA.cend(); ++it)
        chance += (it.value() / n) * (countB.value(it.key()) / n);
    const double observed = agreed / n;
    return chance >= 1 ? Undefined : (observed - chance) / (1 - chance);
}

double fleissKappa(const QList<QStringList>& items)
{
    if (items.isEmpty())
        return Undefined;
    const qsizetype raters = items.first().size();
    if (raters < 2)
        return Undefined;
    QHash<QString, double> totals;
    double meanAgreement = 0;
    for (const QStringList& item : items) {
        if (item.size() != raters)
            return Undefined;
        QHash<QString, int> counts;
        for (const QString& label : item)
            ++counts[label];
        double pairs = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            pairs += double(it.value()) * (it.value() - 1);
            totals[it.key()] += it.value();
        }
        meanAgreement += pairs / (double(raters) * (raters - 1));
    }
    meanAgreement /= double(items.size());
    const double all = double(items.size()) * double(raters);
    double chance = 0;
    for (const double total : std::as_const(totals))
        chance += (total / all) * (total / all);
    return chance >= 1 ? Undefined : (meanAgreement - chance) / (1 - chance);
}

double krippendorffAlpha(const QList<QStringList>& units)
{
    // Values as small numbers, for a dense coincidence matrix.
    QHash<QString, int> idOf;
    for (const QStringList& unit : units) {
        for (const QString& value : unit) {
            if (!idOf.contains(value))
                idOf.insert(value, int(idOf.size()));
        }
    }
    const qsizetype v = idOf.size();
    // The coincidence matrix: each ordered pair of values within a unit weighs 1 / (m − 1).
    std::vector<double> coincidences(size_t(v * v), 0.0);
    std::vector<double> valueTotals(size_t(v), 0.0);
    double total = 0;
    std::vector<int> ids;
    for (const QStringList& unit : units) {
        const qsizetype m = unit.size();
        if (m < 2)
            continue;
        ids.clear();
        for (const QString& value : unit)
            ids.push_back(idOf.value(value));
        const double weight = 1.0 / double(m - 1);
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i == j)
                    continue;
                coincidences[size_t(ids[size_t(i)] * v + ids[size_t(j)])] += weight;
                valueTotals[size_t(ids[size_t(i)])] += weight;
                total += weight;
            }
        }
    }
    if (total <= 1)
        return Undefined;
    double observed = 0; // Σ over c ≠ k of o_ck
    double expected = 0; // Σ over c ≠ k of n_c · n_k
    for (qsizetype c = 0; c < v; ++c) {
        for (qsizetype k = 0; k < v; ++k) {
            if (c == k)
                continue;
            observed += coincidences[size_t(c * v + k)];
            expected += valueTotals[size_t(c)] * valueTotals[size_t(k)];
        }
    }
    if (expected <= 0)
        return Undefined;
    return 1 - (total - 1) * observed / expected;
}

double SpanAgreement::exactF1() const
{
    return spansA + spansB == 0 ? Undefined : 2.0 * exact / double(spansA + spansB);
}

double SpanAgreement::overlapP() const
{
    return spansB == 0 ? Undefined : double(overlappedB) / spansB;
}

double SpanAgreement::overlapR() const
{
    return spansA == 0 ? Undefined : double(overlappedA) / spansA;
}

double SpanAgreement::overlapF1() const
{
    const double p = overlapP(), r = overlapR();
    if (std::isnan(p) || std::isnan(r))
        return spansA + spansB == 0 ? Undefined : 0;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

void SpanAgreement::add(const SpanAgreement& other)
{
    spansA += other.spansA;
    spansB += other.spansB;
    exact += other.exact;
    overlappedA += other.overlappedA;
    overlappedB += other.overlappedB;
}

QList<SpanAgreement> spanAgreement(const QList<TypedSpan>& a, const QList<TypedSpan>& b)
{
    QMap<QString, SpanAgreement> byType;
    const auto overlappedBy = [](const TypedSpan& s, const QList<TypedSpan>& other) {
        return std::any_of(other.cbegin(), other.cend(),
                           [&](const TypedSpan& o) { return o.type == s.type && o.start < s.end && s.start < o.end; });
    };
    for (const TypedSpan& s : a) {
        SpanAgreement& t = byType[s.type];
        t.spansA += 1;
        t.exact += b.contains(s);
        t.overlappedA += overlappedBy(s, b);
    }
    for (const TypedSpan& s : b) {
        SpanAgreement& t = byType[s.type];
        t.spansB += 1;
        t.overlappedB += overlappedBy(s, a);
    }
    QList<SpanAgreement> out;
    SpanAgreement micro{QStringLiteral("micro")};
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        it->type = it.key();
        micro.add(*it);
        out.append(*it);
    }
    out.append(micro);
    return out;
}

} // namespace hamish

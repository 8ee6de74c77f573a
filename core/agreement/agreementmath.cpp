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

Confusion::Confusion(int labels)
{
    grow(labels);
}

void Confusion::grow(int labels)
{
    if (labels <= m_size)
        return;
    std::vector<qint64> counts(size_t(labels) * size_t(labels), 0);
    for (int i = 0; i < m_size; ++i) {
        for (int j = 0; j < m_size; ++j)
            counts[size_t(i * labels + j)] = m_counts[size_t(i * m_size + j)];
    }
    m_counts = std::move(counts);
    m_size = labels;
}

void Confusion::add(int a, int b)
{
    grow(std::max(a, b) + 1);
    ++m_counts[size_t(a * m_size + b)];
    ++m_items;
}

void Confusion::add(const Confusion& other)
{
    grow(other.m_size);
    for (int i = 0; i < other.m_size; ++i) {
        for (int j = 0; j < other.m_size; ++j)
            m_counts[size_t(i * m_size + j)] += other.m_counts[size_t(i * other.m_size + j)];
    }
    m_items += other.m_items;
}

double Confusion::kappa() const
{
    if (m_items == 0)
        return Undefined;
    const double n = double(m_items);
    double agreed = 0, chance = 0;
    for (int i = 0; i < m_size; ++i) {
        double row = 0, column = 0;
        for (int j = 0; j < m_size; ++j) {
            row += double(m_counts[size_t(i * m_size + j)]);
            column += double(m_counts[size_t(j * m_size + i)]);
        }
        agreed += double(m_counts[size_t(i * m_size + i)]);
        chance += (row / n) * (column / n);
    }
    return chance >= 1 ? Undefined : (agreed / n - chance) / (1 - chance);
}

void UnitAgreement::grow(int labels)
{
    if (labels <= m_size)
        return;
    std::vector<double> coincidences(size_t(labels) * size_t(labels), 0.0);
    for (int i = 0; i < m_size; ++i) {
        for (int j = 0; j < m_size; ++j)
            coincidences[size_t(i * labels + j)] = m_coincidences[size_t(i * m_size + j)];
    }
    m_coincidences = std::move(coincidences);
    m_valueTotals.resize(size_t(labels), 0.0);
    m_labelTotals.resize(size_t(labels), 0.0);
    m_size = labels;
}

void UnitAgreement::addUnit(const std::vector<int>& values)
{
    const qsizetype m = qsizetype(values.size());
    if (m == 0)
        return;
    grow(*std::max_element(values.cbegin(), values.cend()) + 1);
    m_coders = m_coders == -1 ? int(m) : m_coders == int(m) ? m_coders : -2;
    ++m_units;
    m_values += m;
    for (const int v : values)
        m_labelTotals[size_t(v)] += 1;
    if (m < 2)
        return;
    // Fleiss: the share of agreeing ordered pairs of coders in this unit.
    double agreeingPairs = 0;
    for (qsizetype i = 0; i < m; ++i) {
        for (qsizetype j = 0; j < m; ++j) {
            if (i != j && values[size_t(i)] == values[size_t(j)])
                agreeingPairs += 1;
        }
    }
    m_agreementSum += agreeingPairs / (double(m) * double(m - 1));
    // Krippendorff: each ordered pair of values weighs 1 / (m − 1).
    const double weight = 1.0 / double(m - 1);
    for (qsizetype i = 0; i < m; ++i) {
        for (qsizetype j = 0; j < m; ++j) {
            if (i == j)
                continue;
            m_coincidences[size_t(values[size_t(i)] * m_size + values[size_t(j)])] += weight;
            m_valueTotals[size_t(values[size_t(i)])] += weight;
            m_pairable += weight;
        }
    }
}

double UnitAgreement::alpha() const
{
    if (m_pairable <= 1)
        return Undefined;
    double observed = 0; // Σ over c ≠ k of o_ck
    double expected = 0; // Σ over c ≠ k of n_c · n_k
    for (int c = 0; c < m_size; ++c) {
        for (int k = 0; k < m_size; ++k) {
            if (c == k)
                continue;
            observed += m_coincidences[size_t(c * m_size + k)];
            expected += m_valueTotals[size_t(c)] * m_valueTotals[size_t(k)];
        }
    }
    if (expected <= 0)
        return Undefined;
    return 1 - (m_pairable - 1) * observed / expected;
}

double UnitAgreement::fleiss() const
{
    if (m_units == 0 || m_coders < 2)
        return Undefined;
    const double mean = m_agreementSum / double(m_units);
    double chance = 0;
    for (const double total : m_labelTotals)
        chance += (total / double(m_values)) * (total / double(m_values));
    return chance >= 1 ? Undefined : (mean - chance) / (1 - chance);
}

namespace {

// Labels as numbers, in the order they are first met.
int idOf(QHash<QString, int>& ids, const QString& label)
{
    const auto it = ids.constFind(label);
    if (it != ids.cend())
        return *it;
    const int id = int(ids.size());
    ids.insert(label, id);
    return id;
}

UnitAgreement unitsOf(const QList<QStringList>& units)
{
    QHash<QString, int> ids;
    UnitAgreement agreement;
    std::vector<int> values;
    for (const QStringList& unit : units) {
        values.clear();
        for (const QString& label : unit)
            values.push_back(idOf(ids, label));
        agreement.addUnit(values);
    }
    return agreement;
}

} // namespace

double cohenKappa(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || a.size() != b.size())
        return Undefined;
    QHash<QString, int> ids;
    Confusion confusion;
    for (qsizetype i = 0; i < a.size(); ++i)
        confusion.add(idOf(ids, a.at(i)), idOf(ids, b.at(i)));
    return confusion.kappa();
}

double fleissKappa(const QList<QStringList>& items)
{
    return unitsOf(items).fleiss();
}

double krippendorffAlpha(const QList<QStringList>& units)
{
    return unitsOf(units).alpha();
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

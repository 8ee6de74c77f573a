#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace hamish {

// Chance-corrected agreement on nominal labels, as the literature defines it. Each is NaN where
// it is undefined: no items, or every label the same one, so that chance explains everything.

// Cohen's κ of two raters who labelled the same items (a and b of equal length).
double cohenKappa(const QStringList& a, const QStringList& b);

// Labels as small numbers (0 … size − 1), counted as they come, for figures over millions of
// tokens: two raters' confusion counts (Cohen's κ), and the units of several (Fleiss' κ, α).
class Confusion
{
public:
    explicit Confusion(int labels = 0);
    void add(int a, int b);
    void add(const Confusion& other);
    qint64 items() const { return m_items; }
    double kappa() const;

private:
    void grow(int labels);
    int m_size = 0;
    std::vector<qint64> m_counts; // m_size × m_size
    qint64 m_items = 0;
};

class UnitAgreement
{
public:
    // One unit's values, one per coder who gave one.
    void addUnit(const std::vector<int>& values);
    double alpha() const;  // Krippendorff's, nominal
    double fleiss() const; // needs every unit with the same number of values
    qint64 units() const { return m_units; }

private:
    void grow(int labels);
    int m_size = 0;
    std::vector<double> m_coincidences; // m_size × m_size
    std::vector<double> m_valueTotals;  // n_c
    double m_pairable = 0;              // n
    // Fleiss: the mean of the units' agreement, the label totals and the coders per unit.
    double m_agreementSum = 0;
    std::vector<double> m_labelTotals;
    qint64 m_units = 0;
    qint64 m_values = 0;
    int m_coders = -1; // -1: none yet, -2: units differ
};
// Fleiss' κ (1971; Scott's π for many raters): every item labelled by the same number (≥ 2) of
// raters, `items[i]` holding its labels.
double fleissKappa(const QList<QStringList>& items);
// Krippendorff's α for nominal values: `units[u]` holds the values the coders gave unit u (a
// coder who gave none is simply absent); units with fewer than two values do not count.
double krippendorffAlpha(const QList<QStringList>& units);

// A span of one annotator's layer for span agreement.
struct TypedSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString type;
    friend bool operator==(const TypedSpan&, const TypedSpan&) = default;
};

// Span agreement of layers A and B for one type, or all (micro): exact matches, and spans
// overlapped by a same-type span of the other layer.
struct SpanAgreement
{
    QString type;
    int spansA = 0;
    int spansB = 0;
    int exact = 0;       // spans of A with the same start, end and type in B
    int overlappedA = 0; // spans of A overlapped by a same-type span of B
    int overlappedB = 0; // spans of B overlapped by a same-type span of A

    double exactF1() const;   // 2·|A∩B| / (|A|+|B|)
    double overlapP() const;  // the share of B's spans overlapped by A's
    double overlapR() const;  // the share of A's spans overlapped by B's
    double overlapF1() const; // 2PR/(P+R)
    void add(const SpanAgreement& other);
};

// Per type (sorted by type) and the micro total (type "micro") of two layers' spans, every span
// counted, nested ones too.
QList<SpanAgreement> spanAgreement(const QList<TypedSpan>& a, const QList<TypedSpan>& b);

} // namespace hamish

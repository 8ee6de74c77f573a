#pragma once

#include "agreement/agreementmath.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace hamish {

class Library;

// Two annotators' agreement over the articles both marked done.
struct PairAgreement
{
    QString a;
    QString b;
    int articles = 0;
    qint64 tokens = 0;
    double kappa = 0;                  // Cohen's κ over the tokens' IOB2 tags (outermost spans)
    QList<double> nestedKappa;         // the same at nesting levels 2, 3, …
    QList<SpanAgreement> spans;        // per type, then "micro"; every span, nested ones too
    QHash<QString, double> labelKappa; // per label set code, over the articles' labels
};

struct AgreementReport
{
    QStringList annotators;
    QList<PairAgreement> pairs;
    // Three or more annotators: over the articles all of them marked done.
    int commonArticles = 0;
    qint64 commonTokens = 0;
    double alpha = 0;  // Krippendorff's α (nominal) over the token tags
    double fleiss = 0; // Fleiss' κ over the same
};

// Inter-annotator agreement over the library's layers. Tokens are the CoNLL export's, which never
// depend on the annotations; each token carries the IOB2 tag `export --format conll` writes for
// that annotator.
class AgreementService
{
    Q_DECLARE_TR_FUNCTIONS(AgreementService)

public:
    explicit AgreementService(Library& library)
        : m_library(library)
    {
    }

    // `annotators`: those compared (empty: everyone with done articles); `articles`: only these
    // (empty: all). Fewer than two annotators with done articles in common is an error.
    Result<AgreementReport> compute(QStringList annotators = {}, const QList<qint64>& articles = {});

private:
    Library& m_library;
};

} // namespace hamish

#include "search/searchquery.h"

#include "text/arabicfold.h"
#include "text/words.h"

#include <QStringList>

namespace hamish {

namespace {

struct Term
{
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool negated = false;
    bool isOr = false;
};

bool hasWord(const QString& text)
{
    return !findWords(text).isEmpty() && !foldForSearch(text).trimmed().isEmpty();
}

QString quoted(const Term& term)
{
    QString words;
    for (const WordSpan& w : findWords(term.text))
        words += (words.isEmpty() ? QString() : QStringLiteral(" ")) + term.text.mid(w.start, w.end - w.start);
    QString escaped = words;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"' + (term.prefix ? QStringLiteral("*") : QString());
}

} // namespace

Result<QString> SearchQuery::toFts(const QString& userQuery)
{
    if (userQuery.count(u'"') % 2 != 0)
        return failure(tr("The query has an unmatched quotation mark."));
    QList<Term> terms;
    qsizetype i = 0;
    const QString q = userQuery.trimmed();
    while (i < q.size()) {
        if (q.at(i).isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (q.at(i) == u'-' && i + 1 < q.size() && !q.at(i + 1).isSpace()) {
            term.negated = true;
            ++i;
        }
        if (q.at(i) == u'"') {
            const qsizetype close = q.indexOf(u'"', i + 1);
            term.text = q.mid(i + 1, close - i - 1);
            term.phrase = true;
            i = close + 1;
        } else {
            qsizetype end = i;
            while (end < q.size() && !q.at(end).isSpace() && q.at(end) != u'"')
                ++end;
            term.text = q.mid(i, end - i);
            i = end;
        }
        if (!term.phrase && !term.negated && (term.text == u"OR" || term.text == QStringLiteral("أو"))) {
            term.isOr = true;
        } else {
            term.prefix = term.text.endsWith(u'*');
            if (!hasWord(term.text))
                continue;
        }
        terms.append(term);
    }

    QStringList positive, negative;
    bool joinWithOr = false;
    for (const Term& term : std::as_const(terms)) {
        if (term.isOr) {
            joinWithOr = !positive.isEmpty();
            continue;
        }
        if (term.negated) {
            negative.append(quoted(term));
        } else if (joinWithOr) {
            positive.back() = u'(' + positive.back() + QStringLiteral(" OR ") + quoted(term) + u')';
            joinWithOr = false;
        } else {
            positive.append(quoted(term));
        }
    }
    if (positive.isEmpty())
        return failure(negative.isEmpty() ? tr("There is nothing to search for.")
                                          : tr("A search needs at least one word to find, not only words to exclude."));
    QString expression = positive.join(QStringLiteral(" AND "));
    if (!negative.isEmpty())
        expression = u'(' + expression + QStringLiteral(") NOT (") + negative.join(QStringLiteral(" OR ")) + u')';
    return expression;
}

} // namespace hamish

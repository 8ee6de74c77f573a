#include "dates/datetokens.h"

#include "dates/datelexicon.h"
#include "text/arabicfold.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

bool isWordPart(QChar c)
{
    return c.isLetter() || c.isMark() || c == u'\u0640' || c == u'\u200C' || c == u'\u200D';
}

// Words that may carry a glued و, ب, ل or ف and still begin a date.
bool isDateWord(const QString& word)
{
    static const QSet<QString> cues{
        u"عام"_s,   u"العام"_s, u"سنه"_s,   u"السنه"_s,   u"اليوم"_s, u"امس"_s,   u"غدا"_s,  u"الشهر"_s, u"الاسبوع"_s,
        u"منذ"_s,   u"حتي"_s,   u"شهر"_s,   u"الموافق"_s, u"نهايه"_s, u"بدايه"_s, u"مطلع"_s, u"منتصف"_s, u"اواخر"_s,
        u"اوائل"_s, u"كانون"_s, u"تشرين"_s, u"ربيع"_s,    u"جمادي"_s, u"ذي"_s,    u"ذو"_s,   u"عامي"_s,
    };
    return datewords::gregorianMonth(word) || datewords::hijriMonth(word) || datewords::weekday(word)
           || cues.contains(word);
}

void addWord(QList<DateToken>& tokens, QStringView source, qsizetype start, qsizetype end)
{
    DateToken token;
    token.kind = DateToken::Kind::Word;
    token.text = foldForSearch(source.mid(start, end - start));
    token.start = start;
    token.end = end;
    if (token.text.isEmpty())
        return; // only tatweel or harakat
    // A one-letter proclitic before a date word is a token of its own.
    static const QString proclitics = u"وبلف"_s;
    if (token.text.size() > 2 && proclitics.contains(token.text[0]) && !isDateWord(token.text)
        && isDateWord(token.text.mid(1))) {
        qsizetype split = start + 1;
        while (split < end && isFoldedAway(source[split].unicode()))
            ++split;
        DateToken clitic = token;
        clitic.text = token.text.left(1);
        clitic.end = split;
        tokens.append(clitic);
        token.text = token.text.mid(1);
        token.start = split;
    }
    tokens.append(token);
}

} // namespace

QList<DateToken> dateTokens(QStringView text)
{
    QList<DateToken> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c.digitValue() >= 0) {
            DateToken token;
            token.kind = DateToken::Kind::Number;
            token.start = i;
            qint64 value = 0;
            while (i < n && text[i].digitValue() >= 0) {
                value = std::min<qint64>(value * 10 + text[i].digitValue(), 1000000);
                token.text += QChar(u'0' + text[i].digitValue());
                ++i;
            }
            token.number = int(value);
            token.digits = int(token.text.size());
            token.end = i;
            tokens.append(token);
        } else if (isWordPart(c)) {
            const qsizetype start = i;
            while (i < n && isWordPart(text[i]) && text[i].digitValue() < 0)
                ++i;
            addWord(tokens, text, start, i);
        } else {
            DateToken token;
            token.kind = DateToken::Kind::Mark;
            token.start = i;
            i += c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate() ? 2 : 1;
            token.end = i;
            token.text = text.mid(token.start, i - token.start).toString();
            tokens.append(token);
        }
    }
    return tokens;
}

} // namespace hamish

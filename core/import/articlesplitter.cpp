#include "import/articlesplitter.h"

#include <QRegularExpression>

namespace hamish {

namespace {

bool isBlank(const QString& line)
{
    return QStringView(line).trimmed().isEmpty();
}

// Words up to `atMost + 1`: enough to tell whether a line is short, without splitting
// a line of millions of words.
qsizetype wordCount(const QString& line, qsizetype atMost)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : line) {
        const bool space = c == u' ';
        if (!space && !inWord && ++words > atMost)
            return words;
        inWord = !space;
    }
    return words;
}

bool endsLikeSentence(const QString& line)
{
    static const QRegularExpression end(QStringLiteral(u"[.!?؟:؛،,;]\\s*$"));
    static const QRegularExpression ellipsis(QStringLiteral(u"\\.\\.+\\s*$"));
    return end.match(line).hasMatch() && !ellipsis.match(line).hasMatch();
}

bool hasPunctuation(const QString& line)
{
    static const QRegularExpression punctuation(QStringLiteral(u"[.!?؟:؛،,;\"«»()]"));
    return punctuation.match(line).hasMatch();
}

QString joinTrimmed(QStringList lines)
{
    while (!lines.isEmpty() && isBlank(lines.front()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlank(lines.back()))
        lines.removeLast();
    return lines.join(QChar(u'\n'));
}

qsizetype nextContentLine(const QStringList& lines, qsizetype from)
{
    while (from < lines.size() && isBlank(lines.at(from)))
        ++from;
    return from;
}

} // namespace

struct ArticleSplitter::Draft
{
    QStringList lines;
    QString source;
    QStringList related;
    bool inRelated = false;

    bool hasContent() const
    {
        return std::any_of(lines.cbegin(), lines.cend(), [](const QString& l) { return !isBlank(l); });
    }
};

QString ArticleSplitter::afterPrefix(const QString& line, const QStringList& prefixes) const
{
    const QString key = markerKey(line);
    for (const QString& prefix : prefixes) {
        if (key.startsWith(prefix + u':') || key.startsWith(prefix + QStringLiteral(" :"))) {
            const qsizetype colon = line.indexOf(QChar(u':'));
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

bool ArticleSplitter::isBullet(const QString& line) const
{
    const QString trimmed = line.trimmed();
    return std::any_of(m_rules.bulletPrefixes.cbegin(), m_rules.bulletPrefixes.cend(),
                       [&](const QString& bullet) { return trimmed.startsWith(bullet); });
}

QString ArticleSplitter::relatedTitle(const QString& line) const
{
    QString title = line.trimmed();
    for (const QString& bullet : m_rules.bulletPrefixes) {
        if (title.startsWith(bullet)) {
            title = title.mid(bullet.size()).trimmed();
            break;
        }
    }
    title.remove(m_rules.counter);
    return title.trimmed();
}

bool ArticleSplitter::isTitleLine(const QString& line) const
{
    return line.size() <= MaxTitleLength && wordCount(line, m_rules.maxTitleWords) <= m_rules.maxTitleWords
           && !endsLikeSentence(line);
}

QString ArticleSplitter::deriveTitle(const QString& body) const
{
    // A title is a few words: a long first line (even one of megabytes) is read no further
    // than its first couple of thousand characters.
    QStringView start = QStringView(body).left(2000).trimmed();
    if (const qsizetype newline = start.indexOf(u'\n'); newline >= 0)
        start = start.left(newline);
    const QString firstLine = start.toString();
    static const QRegularExpression sentenceEnd(QStringLiteral(u"[.!?؟]\\s"));
    QString sentence = firstLine;
    if (const QRegularExpressionMatch m = sentenceEnd.match(firstLine); m.hasMatch())
        sentence = firstLine.left(m.capturedStart() + 1);
    const QStringList words = sentence.split(QChar(u' '), Qt::SkipEmptyParts);
    if (words.size() <= m_rules.derivedTitleWords && sentence.size() <= MaxTitleLength)
        return sentence.trimmed();
    QString title = words.mid(0, m_rules.derivedTitleWords).join(QChar(u' ')).left(MaxTitleLength);
    if (!title.isEmpty() && title.back().isHighSurrogate())
        title.chop(1);
    while (!title.isEmpty() && (title.back().isPunct() || title.back().isSpace()))
        title.chop(1);
    return title + QChar(0x2026);
}

Article ArticleSplitter::buildArticle(const QStringList& lines) const
{
    Article article;
    qsizetype bodyStart = nextContentLine(lines, 0);
    if (bodyStart < lines.size()) {
        const QString first = lines.at(bodyStart).trimmed();
        if (const QString author = afterPrefix(first, m_rules.authorPrefixes); !author.isEmpty()) {
            article.author = author;
            bodyStart = nextContentLine(lines, bodyStart + 1);
        }
    }
    const qsizetype titleLine = bodyStart;
    const qsizetype afterTitle = nextContentLine(lines, titleLine + 1);
    if (titleLine < lines.size() && afterTitle < lines.size() && isTitleLine(lines.at(titleLine).trimmed())) {
        article.title = lines.at(titleLine).trimmed();
        bodyStart = afterTitle;
        if (article.author.isEmpty()) {
            const QString candidate = lines.at(afterTitle).trimmed();
            const qsizetype afterAuthor = nextContentLine(lines, afterTitle + 1);
            if (const QString author = afterPrefix(candidate, m_rules.authorPrefixes); !author.isEmpty()) {
                article.author = author;
                bodyStart = afterAuthor;
            } else if (afterAuthor < lines.size()
                       && wordCount(candidate, m_rules.maxAuthorWords) <= m_rules.maxAuthorWords
                       && !hasPunctuation(candidate)) {
                article.author = candidate;
                bodyStart = afterAuthor;
            }
        }
    }
    article.body = joinTrimmed(lines.mid(bodyStart));
    if (article.title.isEmpty())
        article.title = deriveTitle(article.body);
    return article;
}

void ArticleSplitter::finish(Draft& draft, QList<Article>& out) const
{
    if (draft.hasContent()) {
        Article article = buildArticle(draft.lines);
        article.source = draft.source;
        article.relatedTitles = draft.related;
        out.append(article);
    } else if (!out.isEmpty()) {
        // Metadata after the end of an article still belongs to it.
        if (out.back().source.isEmpty())
            out.back().source = draft.source;
        out.back().relatedTitles += draft.related;
    }
    draft = Draft{};
}

QList<Article> ArticleSplitter::split(const QString& text) const
{
    QList<Article> articles;
    Draft draft;
    const QStringList lines = text.split(QChar(u'\n'));
    for (const QString& line : lines) {
        if (draft.inRelated) {
            if (isBlank(line) || line.trimmed().remove(m_rules.counter).trimmed().isEmpty())
                continue;
            if (isBullet(line)) {
                draft.related.append(relatedTitle(line));
                continue;
            }
            finish(draft, articles);
        }
        const QString key = markerKey(line);
        if (const QString source = afterPrefix(line, m_rules.sourcePrefixes); !source.isEmpty()) {
            draft.source = source;
            if (draft.hasContent())
                finish(draft, articles);
            continue;
        }
        const bool isBoundary = std::any_of(m_rules.boundaryMarkers.cbegin(), m_rules.boundaryMarkers.cend(),
                                            [&](const QString& m) { return key == m || key.startsWith(m + u':'); });
        if (isBoundary || m_rules.separator.match(line).hasMatch()) {
            finish(draft, articles);
            continue;
        }
        if (m_rules.droppedLines.contains(key))
            continue;
        if (m_rules.relatedHeaders.contains(key)) {
            draft.inRelated = true;
            continue;
        }
        draft.lines.append(line);
    }
    finish(draft, articles);
    return articles;
}

Article ArticleSplitter::whole(const QString& text) const
{
    Article article;
    article.body = text;
    const QStringList lines = text.split(QChar(u'\n'));
    const qsizetype first = nextContentLine(lines, 0);
    const qsizetype second = nextContentLine(lines, first + 1);
    if (first < lines.size() && second < lines.size() && isTitleLine(lines.at(first).trimmed()))
        article.title = lines.at(first).trimmed();
    else
        article.title = deriveTitle(text);
    return article;
}

} // namespace hamish

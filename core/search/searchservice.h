#pragma once

#include "result.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hamish {

class Library;

struct SearchHit
{
    qint64 articleId = 0;
    QString title;
    // The best passage, original diacritised text, with each match between
    // SnippetMatchStart and SnippetMatchEnd.
    QString snippet;
    double rank = 0; // lower is better (bm25)
};

inline constexpr QChar SnippetMatchStart{0xE000};
inline constexpr QChar SnippetMatchEnd{0xE001};

// Ranked, Arabic-aware search over the titles and bodies of the library.
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    explicit SearchService(Library& library)
        : m_library(library)
    {
    }

    enum class Snippets { Make, Skip };

    // The best `limit` articles, best first. Ranking is cheap (about a millisecond on
    // 30,000 articles); a snippet re-reads and re-tokenises its article (about 0.2 ms each),
    // so callers that show only a few hits at first can skip them and ask for each later.
    // Articles in the Trash are never found; a scope with a collection finds only its articles.
    Result<QList<SearchHit>> search(const QString& userQuery, int limit = 100, Snippets snippets = Snippets::Make,
                                    const ArticleScope& scope = {});
    Result<QString> snippet(const QString& userQuery, qint64 articleId);

private:
    Library& m_library;
};

} // namespace hamish

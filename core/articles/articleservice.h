#pragma once

#include "result.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace hamish {

class Library;

// Managing the library's articles as a core workflow: the Trash, corrections to an article's
// heading, and its reading state. Each change is checked first (an unknown id changes nothing,
// not even for the valid ids given with it), written in one transaction and committed before it
// is announced. The window's undo commands call these methods.
class ArticleService final : public QObject
{
    Q_OBJECT

public:
    explicit ArticleService(Library& library, QObject* parent = nullptr);

    // Moves articles to the Trash with everything on them; they leave the list, search,
    // statistics, tag-all and exports until restored.
    Status moveToTrash(const QList<qint64>& ids);
    // Puts articles back exactly as they were: same ids, same annotations.
    Status restore(const QList<qint64>& ids);
    Result<QList<ArticleSummary>> trash();
    // How many articles and annotations the Trash holds, for the confirmation.
    Result<std::pair<qint64, qint64>> trashContents();
    // Deletes what the Trash holds for good.
    Status emptyTrash();

    // Changes an article's title, author, source, date and URL (the body never changes); the
    // search index follows at once. A title needs a letter or digit.
    Status editHeading(qint64 id, const ArticleHeading& heading);
    Result<ArticleHeading> heading(qint64 id);

    Status markRead(const QList<qint64>& ids, bool read);
    Status setStarred(const QList<qint64>& ids, bool starred);

signals:
    void articlesTrashed(const QList<qint64>& ids);
    void articlesRestored(const QList<qint64>& ids);
    void trashEmptied();
    // A heading, the reading state or the star changed.
    void articlesChanged(const QList<qint64>& ids);

private:
    Status checkKnown(const QList<qint64>& ids);
    Status inTrash(const QList<qint64>& ids, bool expected);

    Library& m_library;
};

} // namespace hamish

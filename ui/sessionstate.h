#pragma once

#include <QString>

namespace hamish {

// Where the reader was in a library: the last article and how far down it was scrolled.
// Kept in the preferences per library file.
class SessionState
{
public:
    explicit SessionState(const QString& libraryPath);

    qint64 lastArticle() const;
    int scrollPosition() const;
    void save(qint64 articleId, int scrollPosition) const;

private:
    QString m_group;
};

} // namespace hamish

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace hamish {

// Where an import reads from: a file on disk, or bytes already in memory (the sample articles,
// the fuzzers). A file must be a regular file: a FIFO would hang the import and a device such
// as /dev/zero never ends, so both are refused before anything is read.
class ArticleInput
{
    Q_DECLARE_TR_FUNCTIONS(ArticleInput)

public:
    static ArticleInput file(const QString& path);
    static ArticleInput memory(const QString& name, const QByteArray& bytes);

    QString path() const { return m_path; }
    bool isFile() const { return !m_inMemory; }

    // A device positioned at the start, or why the input cannot be read.
    Result<std::unique_ptr<QIODevice>> open() const;
    // The input's size in bytes, or why it cannot be read.
    Result<qint64> size() const;
    // The whole input, refused before reading when it is larger than `limit` bytes, and never
    // more than that read (a file that grows while it is read is cut, then refused).
    Result<QByteArray> readAll(qint64 limit) const;
    // The first bytes, for telling the format.
    QByteArray head(qint64 length) const;

private:
    Status checkRegularFile() const;

    QString m_path;
    QByteArray m_bytes;
    bool m_inMemory = false;
};

} // namespace hamish

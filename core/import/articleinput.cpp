#include "import/articleinput.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>

#include <sys/stat.h>

namespace hamish {

ArticleInput ArticleInput::file(const QString& path)
{
    ArticleInput input;
    input.m_path = path;
    return input;
}

ArticleInput ArticleInput::memory(const QString& name, const QByteArray& bytes)
{
    ArticleInput input;
    input.m_path = name;
    input.m_bytes = bytes;
    input.m_inMemory = true;
    return input;
}

Status ArticleInput::checkRegularFile() const
{
    struct stat info
    {};
    // stat() follows symbolic links: a link to /dev/zero is a device.
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0)
        return failureIn(m_path, tr("cannot read it (%1).").arg(QString::fromLocal8Bit(strerror(errno))));
    if (S_ISDIR(info.st_mode))
        return failureIn(m_path, tr("this is a folder, not a file."));
    if (!S_ISREG(info.st_mode))
        return failureIn(m_path, tr("this is not a regular file (a pipe, a socket or a device); Hamish imports "
                                    "only files."));
    return {};
}

Result<std::unique_ptr<QIODevice>> ArticleInput::open() const
{
    if (m_inMemory) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_bytes);
        buffer->open(QIODevice::ReadOnly);
        return std::unique_ptr<QIODevice>(std::move(buffer));
    }
    if (Status regular = checkRegularFile(); !regular)
        return regular.problem();
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly))
        return failureIn(m_path, tr("cannot read it (%1).").arg(file->errorString()));
    return std::unique_ptr<QIODevice>(std::move(file));
}

Result<qint64> ArticleInput::size() const
{
    if (m_inMemory)
        return m_bytes.size();
    if (Status regular = checkRegularFile(); !regular)
        return regular.problem();
    return QFile(m_path).size();
}

Result<QByteArray> ArticleInput::readAll(qint64 limit) const
{
    const auto tooLarge = [&](qint64 size) {
        return failureIn(m_path, tr("the file is %1 bytes; Hamish reads text and HTML files of up to %2 bytes (split "
                                    "it, or import a JSON Lines corpus, which has no such limit).")
                                     .arg(QLocale().toString(size), QLocale().toString(limit)));
    };
    Result<qint64> known = size();
    if (!known)
        return known.problem();
    if (*known > limit)
        return tooLarge(*known);
    Result<std::unique_ptr<QIODevice>> device = open();
    if (!device)
        return device.problem();
    QByteArray bytes = (*device)->read(limit + 1);
    if (bytes.size() > limit)
        return tooLarge(bytes.size());
    return bytes;
}

QByteArray ArticleInput::head(qint64 length) const
{
    if (m_inMemory)
        return m_bytes.left(length);
    if (!checkRegularFile())
        return {};
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.read(length) : QByteArray();
}

} // namespace hamish

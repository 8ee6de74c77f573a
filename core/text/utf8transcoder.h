#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

struct UConverter;

namespace hamish {

// Reads another device in some encoding and gives its text as UTF-8, a chunk at a time, so a
// corpus in UTF-16 or a legacy code page streams like a UTF-8 one. Bytes the encoding cannot
// read stop it: read() fails and errorString() says where.
class Utf8TranscodingDevice final : public QIODevice
{
public:
    Utf8TranscodingDevice(std::unique_ptr<QIODevice> source, const QString& encoding);
    ~Utf8TranscodingDevice() override;

    // False, with errorString() set, when ICU has no converter of that name.
    bool isValid() const { return m_from && m_to; }
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::unique_ptr<QIODevice> m_source;
    QString m_encoding;
    UConverter* m_from = nullptr;
    UConverter* m_to = nullptr;
    QByteArray m_input;
    qsizetype m_inputUsed = 0;
    qint64 m_inputOffset = 0; // bytes of the source consumed before m_input
    bool m_sourceDone = false;
    bool m_finished = false;
    bool m_failed = false;
    std::unique_ptr<char16_t[]> m_pivot;
    char16_t* m_pivotSource = nullptr;
    char16_t* m_pivotTarget = nullptr;
};

} // namespace hamish

#include "text/utf8transcoder.h"

#include <unicode/ucnv.h>

namespace hamish {

namespace {

constexpr qint64 SourceChunk = 64 * 1024;
constexpr int PivotSize = 4096;

} // namespace

Utf8TranscodingDevice::Utf8TranscodingDevice(std::unique_ptr<QIODevice> source, const QString& encoding)
    : m_source(std::move(source))
    , m_encoding(encoding)
    , m_pivot(std::make_unique<char16_t[]>(PivotSize))
{
    m_pivotSource = m_pivotTarget = m_pivot.get();
    UErrorCode status = U_ZERO_ERROR;
    m_from = ucnv_open(encoding.toLatin1().constData(), &status);
    if (U_FAILURE(status)) {
        m_from = nullptr;
        setErrorString(QStringLiteral("Unknown encoding %1.").arg(encoding));
        return;
    }
    ucnv_setToUCallBack(m_from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    status = U_ZERO_ERROR;
    m_to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status))
        m_to = nullptr;
}

Utf8TranscodingDevice::~Utf8TranscodingDevice()
{
    if (m_from)
        ucnv_close(m_from);
    if (m_to)
        ucnv_close(m_to);
}

bool Utf8TranscodingDevice::atEnd() const
{
    return m_finished && QIODevice::bytesAvailable() == 0;
}

qint64 Utf8TranscodingDevice::bytesAvailable() const
{
    return QIODevice::bytesAvailable();
}

qint64 Utf8TranscodingDevice::readData(char* data, qint64 maxSize)
{
    if (!isValid() || m_failed)
        return -1;
    char* target = data;
    char* const targetLimit = data + maxSize;
    while (target < targetLimit && !m_finished) {
        if (m_inputUsed == m_input.size() && !m_sourceDone) {
            m_inputOffset += m_input.size();
            m_input = m_source->read(SourceChunk);
            m_inputUsed = 0;
            m_sourceDone = m_input.isEmpty();
        }
        const char* source = m_input.constData() + m_inputUsed;
        const char* const sourceLimit = m_input.constData() + m_input.size();
        UErrorCode status = U_ZERO_ERROR;
        auto* pivotStart = reinterpret_cast<UChar*>(m_pivot.get());
        auto* pivotSource = reinterpret_cast<UChar*>(m_pivotSource);
        auto* pivotTarget = reinterpret_cast<UChar*>(m_pivotTarget);
        ucnv_convertEx(m_to, m_from, &target, targetLimit, &source, sourceLimit, pivotStart, &pivotSource, &pivotTarget,
                       pivotStart + PivotSize, false, m_sourceDone, &status);
        m_pivotSource = reinterpret_cast<char16_t*>(pivotSource);
        m_pivotTarget = reinterpret_cast<char16_t*>(pivotTarget);
        m_inputUsed = source - m_input.constData();
        if (status == U_BUFFER_OVERFLOW_ERROR)
            break; // the caller's buffer is full
        if (U_FAILURE(status)) {
            m_failed = true; // sticky: the converter would go on after the bad byte
            setErrorString(QStringLiteral("byte %1 is not valid %2.").arg(m_inputOffset + m_inputUsed).arg(m_encoding));
            return target > data ? target - data : -1;
        }
        if (m_sourceDone)
            m_finished = true;
    }
    return target - data;
}

qint64 Utf8TranscodingDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace hamish

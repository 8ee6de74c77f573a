#include "text/textdecoder.h"

#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace hamish {

namespace {

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

qsizetype lineOfByte(const QByteArray& bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

// How much of the input reads as UTF-8: text with many valid multi-byte sequences and
// a few broken ones is damaged UTF-8, not a legacy encoding.
struct Utf8Evidence
{
    qsizetype validSequences = 0;
    qsizetype invalidBytes = 0;
    qsizetype firstInvalid = -1;
    bool truncatedAtEnd = false;

    bool isDamagedUtf8() const
    {
        return invalidBytes > 0
               && ((truncatedAtEnd && invalidBytes == 1 && validSequences > 0) || validSequences > 10 * invalidBytes);
    }
};

Utf8Evidence scanUtf8(const QByteArray& bytes)
{
    Utf8Evidence evidence;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = lead >= 0xC2 && lead <= 0xDF   ? 2
                           : lead >= 0xE0 && lead <= 0xEF ? 3
                           : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                          : 0;
        int k = 1;
        while (length > 0 && k < length && i + k < size && (data[i + k] & 0xC0) == 0x80)
            ++k;
        if (length > 0 && k == length) {
            ++evidence.validSequences;
            i += length;
            continue;
        }
        if (evidence.firstInvalid < 0)
            evidence.firstInvalid = i;
        ++evidence.invalidBytes;
        evidence.truncatedAtEnd = length > 0 && i + k == size;
        i += qMax(1, k);
    }
    return evidence;
}

struct Detection
{
    QString encoding;
    int confidence = 0;
};

// ICU's best guess among the two legacy Arabic encodings.
Detection detectLegacyArabic(const QByteArray& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {QStringLiteral("windows-1256"), 0};
    ucsdet_enableInputFilter(detector.get(), true);
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &nameStatus));
        if (name == u"windows-1256" || name == u"ISO-8859-6") {
            UErrorCode confidenceStatus = U_ZERO_ERROR;
            return {name, int(ucsdet_getConfidence(matches[i], &confidenceStatus))};
        }
    }
    return {QStringLiteral("windows-1256"), 0};
}

bool looksBinary(const QString& text)
{
    qsizetype control = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool isC0 = u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != u'\v';
        if (isC0 || (u >= 0x80 && u <= 0x9F) || u == 0xFFFD)
            ++control;
    }
    return control > 0 && control * 100 > text.size();
}

bool hasText(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return true;
    }
    return false;
}

} // namespace

bool DecodedText::isLowConfidence() const
{
    return confidence < LowConfidenceThreshold;
}

QString TextDecoder::canonicalize(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(u'\r'), QChar(u'\n'));
    return text;
}

Result<QString> TextDecoder::decodeStrict(const QByteArray& bytes, const QString& encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return failure(tr("Unknown encoding %1.").arg(encoding));
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 2, Qt::Uninitialized);
    auto* target = reinterpret_cast<UChar*>(out.data());
    UChar* const targetStart = target;
    const char* source = bytes.constData();
    ucnv_toUnicode(converter.get(), &target, targetStart + out.size(), &source, source + bytes.size(), nullptr, true,
                   &status);
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), invalid, &invalidLength, &ignored);
        const qsizetype offset = (source - bytes.constData()) - invalidLength;
        return failure(
            tr("Line %1 (byte %2) is not valid %3.").arg(lineOfByte(bytes, offset)).arg(offset).arg(encoding));
    }
    out.truncate(target - targetStart);
    return out;
}

Result<DecodedText> TextDecoder::decode(const QByteArray& bytes, const QString& forcedEncoding,
                                        const QString& declaredEncoding)
{
    if (bytes.isEmpty())
        return failure(tr("The file is empty."));

    DecodedText result;
    QByteArray payload = bytes;
    if (!forcedEncoding.isEmpty()) {
        result.encoding = forcedEncoding;
        result.confidence = 100;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        result = {{}, QStringLiteral("UTF-8"), 100, false};
        payload = bytes.mid(3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        result = {{}, QStringLiteral("UTF-16LE"), 100, false};
        payload = bytes.mid(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        result = {{}, QStringLiteral("UTF-16BE"), 100, false};
        payload = bytes.mid(2);
    }

    const bool isUtf16 = result.encoding.startsWith(QStringLiteral("UTF-16"), Qt::CaseInsensitive);
    if (!isUtf16) {
        if (const qsizetype nul = payload.indexOf('\0'); nul >= 0)
            return failure(tr("Line %1 contains a NUL byte: this is binary data, or UTF-16 without a byte-order "
                              "mark (choose the encoding by hand).")
                               .arg(lineOfByte(bytes, nul)));
    }

    if (result.encoding.isEmpty() && !declaredEncoding.isEmpty()) {
        if (Result<QString> text = decodeStrict(payload, declaredEncoding); text) {
            result = {*text, declaredEncoding, 100, false};
        }
    }
    if (result.encoding.isEmpty()) {
        if (Result<QString> text = decodeStrict(payload, QStringLiteral("UTF-8")); text) {
            result = {*text, QStringLiteral("UTF-8"), 100, false};
        } else if (const Utf8Evidence evidence = scanUtf8(payload); evidence.isDamagedUtf8()) {
            return failure(evidence.truncatedAtEnd && evidence.invalidBytes == 1
                               ? tr("The file ends in the middle of a UTF-8 character: it was cut short.")
                               : tr("Line %1 (byte %2) is damaged UTF-8.")
                                     .arg(lineOfByte(payload, evidence.firstInvalid))
                                     .arg(evidence.firstInvalid));
        } else {
            const Detection guess = detectLegacyArabic(payload);
            result.encoding = guess.encoding;
            result.confidence = guess.confidence;
            result.detected = true;
        }
    }
    if (result.text.isEmpty()) {
        Result<QString> text = decodeStrict(payload, result.encoding);
        if (!text && result.detected) {
            // The runner-up of the two legacy encodings may still read it.
            const QString other =
                result.encoding == u"windows-1256" ? QStringLiteral("ISO-8859-6") : QStringLiteral("windows-1256");
            text = decodeStrict(payload, other);
            if (text) {
                result.encoding = other;
                result.confidence = qMin(result.confidence, LowConfidenceThreshold - 1);
            } else {
                return failure(tr("The text is neither UTF-8 nor windows-1256 nor ISO-8859-6; choose its "
                                  "encoding by hand."));
            }
        }
        if (!text)
            return failure(text.error());
        result.text = *text;
    }

    if (looksBinary(result.text))
        return failure(tr("This looks like binary data, not %1 text.").arg(result.encoding));
    result.text = canonicalize(result.text);
    if (!hasText(result.text))
        return failure(tr("The file holds no text, only white space."));
    return result;
}

} // namespace hamish

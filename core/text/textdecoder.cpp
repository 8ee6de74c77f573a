#include "text/textdecoder.h"

#include "text/arabicletters.h"

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

// The legacy Arabic code pages, scored by how Arabic each decoding reads. ICU's detector knows
// no DOS-720 and confuses it with windows-1256, so the letters decide.
const QStringList& legacyArabicEncodings()
{
    static const QStringList names{QStringLiteral("windows-1256"), QStringLiteral("ISO-8859-6"),
                                   QStringLiteral("ibm-720")};
    return names;
}

struct Candidate
{
    QString encoding;
    double score = -100;
};

// Enough text to tell the code pages apart; the winner decodes the whole input afterwards.
constexpr qsizetype ScoredSample = 256 * 1024;

Candidate bestLegacyArabic(const QByteArray& bytes, const QString& exclude = {})
{
    Candidate best;
    const QByteArray sample = bytes.left(ScoredSample);
    for (const QString& encoding : legacyArabicEncodings()) {
        if (encoding.compare(exclude, Qt::CaseInsensitive) == 0)
            continue;
        Result<QString> text = TextDecoder::decodeStrict(sample, encoding);
        if (!text)
            continue;
        const double score = arabicLetterScore(*text);
        if (score > best.score)
            best = {encoding, score};
    }
    return best;
}

bool isUtf8Name(const QString& encoding)
{
    return encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0 || encoding.compare(u"utf8", Qt::CaseInsensitive) == 0;
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
        return failure(tr("byte %1 is not valid %2.").arg(offset).arg(encoding)).atLine(lineOfByte(bytes, offset));
    }
    out.truncate(target - targetStart);
    return out;
}

Result<DecodedText> TextDecoder::detect(const QByteArray& payload, const QString& declaredEncoding)
{
    DecodedText result;
    Result<QString> utf8 = decodeStrict(payload, QStringLiteral("UTF-8"));
    const bool declaresLegacy = !declaredEncoding.isEmpty() && !isUtf8Name(declaredEncoding);
    if (utf8) {
        result = {*utf8, QStringLiteral("UTF-8"), 100, false, {}};
        // Multi-byte UTF-8 is no accident of a single-byte code page: the bytes win over a
        // declaration that says otherwise, which would store mojibake.
        if (declaresLegacy && scanUtf8(payload).validSequences > 0)
            result.warnings.append(
                tr("The page declares %1, but its bytes are valid UTF-8; read as UTF-8.").arg(declaredEncoding));
        else if (declaresLegacy)
            result.encoding = declaredEncoding; // plain ASCII reads the same either way
        return result;
    }
    if (const Utf8Evidence evidence = scanUtf8(payload); evidence.isDamagedUtf8() && !declaresLegacy) {
        if (evidence.truncatedAtEnd && evidence.invalidBytes == 1)
            return failure(tr("The file ends in the middle of a UTF-8 character: it was cut short."));
        return failure(tr("byte %1 is damaged UTF-8.").arg(evidence.firstInvalid))
            .atLine(lineOfByte(payload, evidence.firstInvalid));
    }
    const Candidate best = bestLegacyArabic(payload);
    if (declaresLegacy) {
        if (Result<QString> declared = decodeStrict(payload, declaredEncoding); declared) {
            const double score = arabicLetterScore(QStringView(*declared).left(ScoredSample));
            if (best.encoding.isEmpty() || best.encoding.compare(declaredEncoding, Qt::CaseInsensitive) == 0
                || arabicConfidence(best.score) < RefusedConfidence || best.score - score < DeclarationOverruled) {
                result = {
                    *declared, declaredEncoding, qMax(arabicConfidence(score), LowConfidenceThreshold), false, {}};
                return result;
            }
        }
        result.warnings.append(tr("The page declares %1, but its text reads as Arabic only in %2; read as %2.")
                                   .arg(declaredEncoding, best.encoding));
    } else if (!declaredEncoding.isEmpty()) {
        result.warnings.append(tr("The page declares %1, but its bytes are not valid %1.").arg(declaredEncoding));
    }
    if (best.encoding.isEmpty())
        return failure(tr("The text is neither UTF-8 nor %1; choose its encoding by hand (--encoding).")
                           .arg(legacyArabicEncodings().join(QStringLiteral(", "))));
    const int confidence = arabicConfidence(best.score);
    if (confidence < RefusedConfidence)
        return failure(tr("The text does not read as Arabic in any of %1 (best: %2, confidence %3 of 100); choose "
                          "its encoding by hand (--encoding).")
                           .arg(legacyArabicEncodings().join(QStringLiteral(", ")), best.encoding)
                           .arg(confidence));
    Result<QString> text = decodeStrict(payload, best.encoding);
    if (!text)
        return text.problem();
    result.text = std::move(*text);
    result.encoding = best.encoding;
    result.confidence = confidence;
    result.detected = true;
    return result;
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
            return failure(tr("a NUL byte: this is binary data, or UTF-16 without a byte-order mark (choose the "
                              "encoding by hand)."))
                .atLine(lineOfByte(bytes, nul));
    }

    if (result.encoding.isEmpty()) {
        Result<DecodedText> detected = detect(payload, declaredEncoding);
        if (!detected)
            return detected.problem();
        result = std::move(*detected);
    } else {
        Result<QString> text = decodeStrict(payload, result.encoding);
        if (!text)
            return text.problem();
        result.text = std::move(*text);
    }

    if (looksBinary(result.text))
        return failure(tr("This looks like binary data, not %1 text.").arg(result.encoding));
    result.text = canonicalize(result.text);
    if (!hasText(result.text))
        return failure(tr("The file holds no text, only white space."));
    return result;
}

} // namespace hamish

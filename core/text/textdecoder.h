#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hamish {

struct DecodedText
{
    QString text;          // canonical: no BOM, LF line ends, everything else as it was
    QString encoding;      // UTF-8, UTF-16LE, UTF-16BE, windows-1256, ISO-8859-6 or what the user forced
    int confidence = 0;    // 0–100; 100 for a BOM, valid UTF-8 or a forced encoding
    bool detected = false; // true when the Arabic letter scores chose among the legacy code pages
    QStringList warnings;  // a declared charset that the bytes contradict

    bool isLowConfidence() const;
};

// Below this confidence the import warns that the encoding is a guess.
inline constexpr int LowConfidenceThreshold = 50;
// Below this one no legacy decoding reads as Arabic, and the text is refused rather than
// stored garbled: the user names the encoding.
inline constexpr int RefusedConfidence = 30;
// How much better (in mean log probability per letter) another code page must read than a
// declared one before the declaration is overruled.
inline constexpr double DeclarationOverruled = 0.8;

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // Detection order: a BOM (UTF-8, UTF-16LE, UTF-16BE); a strict UTF-8 decode; then the legacy
    // Arabic code page (windows-1256, ISO-8859-6, DOS-720) whose decoding reads most like Arabic
    // (arabicLetterScore), refused when none does. forcedEncoding skips detection.
    // declaredEncoding (an HTML meta charset) is checked against the bytes: valid multi-byte UTF-8
    // stays UTF-8, and a code page that reads far better than the declared one wins; both warn.
    // Binary input, undecodable bytes and input without any text are refused.
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& forcedEncoding = {},
                                      const QString& declaredEncoding = {});

    // CRLF and lone CR become LF and a leading BOM is dropped.
    static QString canonicalize(QString text);

    // Decodes with the named ICU converter, refusing undecodable bytes.
    static Result<QString> decodeStrict(const QByteArray& bytes, const QString& encoding);

private:
    static Result<DecodedText> detect(const QByteArray& payload, const QString& declaredEncoding);
};

} // namespace hamish

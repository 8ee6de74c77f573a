#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hamish {

struct DecodedText
{
    QString text;          // canonical: no BOM, LF line ends, everything else as it was
    QString encoding;      // UTF-8, UTF-16LE, UTF-16BE, windows-1256, ISO-8859-6 or what the user forced
    int confidence = 0;    // 0–100; 100 for a BOM, valid UTF-8 or a forced encoding
    bool detected = false; // true when ICU charset detection made the choice

    bool isLowConfidence() const;
};

// Below this confidence the import warns that the encoding is a guess.
inline constexpr int LowConfidenceThreshold = 50;

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // Detection order: a BOM (UTF-8, UTF-16LE, UTF-16BE); a strict UTF-8 decode; ICU
    // detection limited to windows-1256 and ISO-8859-6. forcedEncoding skips detection.
    // Binary input, undecodable bytes and input without any text are refused.
    // declaredEncoding (an HTML meta charset) is tried after the BOM.
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& forcedEncoding = {},
                                      const QString& declaredEncoding = {});

    // CRLF and lone CR become LF and a leading BOM is dropped.
    static QString canonicalize(QString text);

    // Decodes with the named ICU converter, refusing undecodable bytes.
    static Result<QString> decodeStrict(const QByteArray& bytes, const QString& encoding);
};

} // namespace hamish

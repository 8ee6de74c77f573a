#include "testsupport.h"
#include "text/textdecoder.h"

#include <QTest>

using namespace hamish;

namespace {

const QString legacyStart = QStringLiteral("أعلنت بلدية المدينة عن افتتاح حديقة عامة");

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("detected");
        QTest::newRow("utf-16le bom") << "utf16le-bom.txt"
                                      << "UTF-16LE" << false;
        QTest::newRow("utf-16be bom") << "utf16be-bom.txt"
                                      << "UTF-16BE" << false;
        QTest::newRow("utf-8 bom") << "utf8-bom-crlf.txt"
                                   << "UTF-8" << false;
        QTest::newRow("windows-1256") << "windows-1256.txt"
                                      << "windows-1256" << true;
        QTest::newRow("iso-8859-6") << "iso-8859-6.txt"
                                    << "ISO-8859-6" << true;
    }

    void decode()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(bool, detected);
        const Result<DecodedText> decoded = TextDecoder::decode(test::readFile(test::dataPath(u"import/" + file)));
        QVERIFY2(decoded, test::why(decoded).constData());
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->detected, detected);
        QVERIFY(decoded->text.startsWith(legacyStart));
        QVERIFY(!decoded->text.contains(QChar(0xFEFF)));
        QVERIFY(!decoded->text.contains(u'\r'));
        if (detected)
            QVERIFY(decoded->confidence > 0 && decoded->confidence < 100);
        else
            QCOMPARE(decoded->confidence, 100);
    }

    void decode_crlfAndLoneCr_becomeLf()
    {
        const Result<DecodedText> decoded =
            TextDecoder::decode(test::readFile(test::dataPath(QStringLiteral("import/utf8-bom-crlf.txt"))));
        QVERIFY(decoded);
        QVERIFY(decoded->text.endsWith(QStringLiteral("\nسطر\nأخير")));
    }

    void decode_keepsDiacriticsAndEverythingElse()
    {
        const QString text = QStringLiteral("مُحَمَّدٌ\u00a0👨🏻‍🚒\u200f ـ x");
        const Result<DecodedText> decoded = TextDecoder::decode(text.toUtf8());
        QVERIFY(decoded);
        QCOMPARE(decoded->text, text);
    }

    void decode_refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "empty.txt"
                               << "empty";
        QTest::newRow("white space only") << "whitespace.txt"
                                          << "white space";
        QTest::newRow("nul bytes") << "nul-bytes.txt"
                                   << "NUL";
        QTest::newRow("utf-16 without bom") << "utf16le-no-bom.txt"
                                            << "byte-order mark";
        QTest::newRow("truncated utf-8") << "truncated-utf8.txt"
                                         << "cut short";
    }

    void decode_refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Result<DecodedText> decoded = TextDecoder::decode(test::readFile(test::dataPath(u"import/" + file)));
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(message), qPrintable(decoded.error()));
    }

    void decode_randomBinary_isRefused()
    {
        QByteArray bytes;
        quint32 state = 12345;
        for (int i = 0; i < 4096; ++i) {
            state = state * 1103515245u + 12345u;
            bytes.append(char(((state >> 16) & 0xFF) | 0x01)); // no NUL, still binary
        }
        const Result<DecodedText> decoded = TextDecoder::decode(bytes);
        QVERIFY(!decoded);
    }

    void decode_forcedEncoding_overridesDetection()
    {
        const QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("import/windows-1256.txt")));
        const Result<DecodedText> forced = TextDecoder::decode(bytes, QStringLiteral("ISO-8859-6"));
        // windows-1256 bytes that ISO-8859-6 leaves unassigned are refused, not guessed.
        if (forced) {
            QCOMPARE(forced->encoding, QStringLiteral("ISO-8859-6"));
            QVERIFY(!forced->text.startsWith(legacyStart));
        }
        const Result<DecodedText> right = TextDecoder::decode(bytes, QStringLiteral("windows-1256"));
        QVERIFY(right);
        QVERIFY(right->text.startsWith(legacyStart));
        QCOMPARE(right->confidence, 100);
    }

    void decode_unknownForcedEncoding_namesIt()
    {
        const Result<DecodedText> decoded = TextDecoder::decode("abc", QStringLiteral("no-such-charset"));
        QVERIFY(!decoded);
        QVERIFY(decoded.error().contains(QStringLiteral("no-such-charset")));
    }

    void decodeStrict_reportsTheLineOfTheBadByte()
    {
        const Result<QString> decoded = TextDecoder::decodeStrict("ok\nok\n\xff bad", QStringLiteral("UTF-8"));
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(QStringLiteral("line 3")), qPrintable(decoded.error()));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"

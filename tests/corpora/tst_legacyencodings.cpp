#include "testsupport.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QTest>

using namespace hamish;

// Real legacy-encoded Arabic written by others (chardet and charset_normalizer test data).
class TestLegacyEncodings : public QObject
{
    Q_OBJECT

private slots:
    void detection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("encoding");
        const QString base = test::sharedPath(QStringLiteral("corpora/arabic-encoding-samples/"));
        for (const QString& folder : {QStringLiteral("windows-1256-arabic"), QStringLiteral("iso-8859-6-arabic")}) {
            const QDir dir(base + QStringLiteral("chardet/tests/") + folder);
            for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                const QString expected =
                    folder.startsWith(u"windows") ? QStringLiteral("windows-1256") : QStringLiteral("ISO-8859-6");
                QTest::newRow(qPrintable(folder + u'/' + name)) << dir.filePath(name) << expected;
            }
        }
        // Neither page declares a charset; the file names say what they are.
        QTest::newRow("chromium iso page")
            << base
                   + QStringLiteral(
                       "chardet/tests/iso-8859-6-arabic/_chromium_ISO-8859-6_with_no_encoding_specified.html")
            << QStringLiteral("ISO-8859-6");
        QTest::newRow("chromium windows page")
            << base
                   + QStringLiteral(
                       "chardet/tests/iso-8859-6-arabic/_chromium_windows-1256_with_no_encoding_specified.html")
            << QStringLiteral("windows-1256");
        QTest::newRow("charset_normalizer cp1256")
            << base + QStringLiteral("charset_normalizer/sample-arabic-1.txt") << QStringLiteral("windows-1256");
        QTest::newRow("charset_normalizer utf-8")
            << base + QStringLiteral("charset_normalizer/sample-arabic.txt") << QStringLiteral("UTF-8");
    }

    void detection()
    {
        QFETCH(QString, path);
        QFETCH(QString, encoding);
        const auto decoded = TextDecoder::decode(test::readFile(path));
        QVERIFY2(decoded, test::why(decoded).constData());
        QCOMPARE(decoded->encoding, encoding);
        const qsizetype arabic = std::count_if(decoded->text.cbegin(), decoded->text.cend(),
                                               [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
        QVERIFY(arabic * 3 > decoded->text.size());
    }

    void cp1256AndUtf8Pair_decodeToTheSameText()
    {
        const QString base = test::sharedPath(QStringLiteral("corpora/arabic-encoding-samples/charset_normalizer/"));
        const auto legacy = TextDecoder::decode(test::readFile(base + QStringLiteral("sample-arabic-1.txt")));
        const auto utf8 = TextDecoder::decode(test::readFile(base + QStringLiteral("sample-arabic.txt")));
        QVERIFY(legacy && utf8);
        QCOMPARE(legacy->text, utf8->text);
    }

    void isoAndWindowsUdeFiles_decodeToTheSameText()
    {
        const QString base = test::sharedPath(QStringLiteral("corpora/arabic-encoding-samples/chardet/tests/"));
        const auto windows =
            TextDecoder::decode(test::readFile(base + QStringLiteral("windows-1256-arabic/_ude_1.txt")));
        const auto iso = TextDecoder::decode(test::readFile(base + QStringLiteral("iso-8859-6-arabic/_ude_1.txt")));
        QVERIFY(windows && iso);
        QCOMPARE(windows->text, iso->text);
    }

    // ICU's detector knows no DOS-720 and called these windows-1256 with confidence 3–4; the
    // letter scores tell them apart, with a confidence that needs no warning.
    void cp720_isDetectedByItsLetters_andReadsAsWhenForced_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("mC4 98635") << QStringLiteral("culturax_mC4_98635.txt");
        QTest::newRow("mC4 98641") << QStringLiteral("culturax_mC4_98641.txt");
        QTest::newRow("OSCAR 98639") << QStringLiteral("culturax_OSCAR-2109_98639.txt");
    }

    void cp720_isDetectedByItsLetters_andReadsAsWhenForced()
    {
        QFETCH(QString, file);
        const QString path =
            test::sharedPath(QStringLiteral("corpora/arabic-encoding-samples/chardet/tests/cp720-arabic/") + file);
        const auto guessed = TextDecoder::decode(test::readFile(path));
        QVERIFY2(guessed, test::why(guessed).constData());
        QCOMPARE(guessed->encoding, QStringLiteral("ibm-720"));
        QVERIFY2(!guessed->isLowConfidence(), QByteArray::number(guessed->confidence).constData());
        const auto forced = TextDecoder::decode(test::readFile(path), QStringLiteral("ibm-720"));
        QVERIFY2(forced, test::why(forced).constData());
        QCOMPARE(guessed->text, forced->text);
    }
};

QTEST_GUILESS_MAIN(TestLegacyEncodings)
#include "tst_legacyencodings.moc"

#include "import/htmlreader.h"
#include "testsupport.h"
#include "text/textdecoder.h"

#include <QTest>

using namespace hamish;

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void extract_articleTextTitleAndNoScripts()
    {
        const QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("import/article-cp1256.html")));
        QCOMPARE(declaredHtmlCharset(bytes), QStringLiteral("windows-1256"));
        const auto decoded = TextDecoder::decode(bytes, {}, declaredHtmlCharset(bytes));
        QVERIFY(decoded);
        const HtmlContent html = extractHtml(decoded->text);
        QCOMPARE(html.title, QStringLiteral("افتتاح متحف الخط العربي في الشارقة"));
        QCOMPARE(html.body, QStringLiteral("افتُتح في الشارقة متحف جديد للخط العربي يضم «مخطوطات» نادرة.\n\n"
                                           "ويعرض المتحف أعمال 40 خطاطاً & رساماً من العالم العربي."));
    }

    void extract_withoutArticle_usesParagraphsAndTitleTag()
    {
        const HtmlContent html =
            extractHtml(QStringLiteral("<html><head><title> عنوان &amp; آخر </title></head><body><div>قائمة</div>"
                                       "<p>فقرة <b>أولى</b></p><p>فقرة&nbsp;ثانية &#1605;&#x0646;</p></body></html>"));
        QCOMPARE(html.title, QStringLiteral("عنوان & آخر"));
        QCOMPARE(html.body, QStringLiteral("فقرة أولى\n\nفقرة\u00a0ثانية من"));
    }

    void extract_deepNesting_doesNotRecurse()
    {
        QString html;
        for (int i = 0; i < 20000; ++i)
            html += QStringLiteral("<div>");
        html += QStringLiteral("<p>نص عميق</p>");
        const HtmlContent content = extractHtml(html);
        QCOMPARE(content.body, QStringLiteral("نص عميق"));
    }

    void extract_unterminatedConstructs_endCleanly()
    {
        QCOMPARE(extractHtml(QStringLiteral("<p>نص <!-- بلا نهاية")).body, QStringLiteral("نص"));
        QCOMPARE(extractHtml(QStringLiteral("<p>نص <script>x")).body, QStringLiteral("نص"));
        QCOMPARE(extractHtml(QStringLiteral("<p>a &#xFFFFFFFF; b")).body, QStringLiteral("a \uFFFD b"));
    }

    void looksLikeHtml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("html");
        QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html><p>x") << true;
        QTest::newRow("paragraph") << QStringLiteral("<p>نص</p>") << true;
        QTest::newRow("plain arabic") << QStringLiteral("نص عادي < 5") << false;
    }

    void looksLikeHtml()
    {
        QFETCH(QString, text);
        QFETCH(bool, html);
        QCOMPARE(hamish::looksLikeHtml(text), html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"

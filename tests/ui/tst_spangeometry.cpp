#include "reader/spangeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>

using namespace hamish;

namespace {

// Where the glyphs of characters [start, end) sit on the line, from the shaped glyph runs
// themselves: each glyph from its pen position to its advance. This is what the span's
// rectangles must cover, no more and no less.
std::pair<qreal, qreal> glyphExtent(const QTextDocument& document, int start, int end)
{
    const QTextBlock block = document.findBlock(start);
    const QTextLayout* layout = block.layout();
    qreal left = 1e9, right = -1e9;
    for (const QGlyphRun& run : layout->glyphRuns(start - block.position(), end - start)) {
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        const QList<QPointF> advances = run.rawFont().advancesForGlyphIndexes(indexes);
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            if (advances.at(i).x() <= 0)
                continue; // a mark sits on its letter
            left = qMin(left, positions.at(i).x());
            right = qMax(right, positions.at(i).x() + advances.at(i).x());
        }
    }
    const qreal origin = document.documentLayout()->blockBoundingRect(block).left();
    return {left + origin, right + origin};
}

} // namespace

// A highlight on part of a word (عود in السعودية, with Keep Exact Characters) was drawn one
// letter past its end. The span's rectangles must match the glyphs of its letters at both
// ends, mid-word, in every Arabic font the reader offers.
class TestSpanGeometry : public QObject
{
    Q_OBJECT

private slots:
    void midWordSpans_coverExactlyTheirLetters_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("part");
        const QStringList families{QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Amiri"),
                                   QStringLiteral("Noto Sans Arabic")};
        for (const QString& family : families) {
            if (!QFontDatabase::families().contains(family))
                continue;
            for (const char16_t* part : {u"عود", u"السع", u"دية", u"ع", u"ية"})
                QTest::newRow(qPrintable(family + QStringLiteral(" ") + QString::fromUtf16(part)))
                    << family << QStringLiteral("السعودية") << QString::fromUtf16(part);
            // Letters with their harakat: each grapheme is a cluster of several code points.
            QTest::newRow(qPrintable(family + QStringLiteral(" vocalised")))
                << family << QStringLiteral("السُّعُودِيَّة") << QStringLiteral("عُودِ");
        }
    }

    void midWordSpans_coverExactlyTheirLetters()
    {
        QFETCH(QString, family);
        QFETCH(QString, word);
        QFETCH(QString, part);
        QVERIFY(QFontDatabase::families().contains(family));
        QTextDocument document;
        QFont font(family);
        font.setPointSize(20);
        document.setDefaultFont(font);
        QTextOption option;
        option.setTextDirection(Qt::RightToLeft);
        document.setDefaultTextOption(option);
        const QString text = QStringLiteral("زار الوفد ") + word + QStringLiteral(" أمس");
        document.setPlainText(text);
        document.setTextWidth(800);
        const int start = int(text.indexOf(word) + word.indexOf(part));
        const int end = start + int(part.size());
        const QList<QRectF> rects = spanRects(document, start, end);
        QCOMPARE(rects.size(), 1);
        const auto [left, right] = glyphExtent(document, start, end);
        QVERIFY2(qAbs(rects.first().left() - left) < 1.0 && qAbs(rects.first().right() - right) < 1.0,
                 qPrintable(QStringLiteral("span %1–%2, glyphs %3–%4")
                                .arg(rects.first().left())
                                .arg(rects.first().right())
                                .arg(left)
                                .arg(right)));
    }
};

QTEST_MAIN(TestSpanGeometry)
#include "tst_spangeometry.moc"

#include "reader/readerview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextCursor>

using namespace hamish;

namespace {

Annotation annotationOf(AnnotationKind kind, qsizetype start, qsizetype end, qint64 type = 0,
                        const QString& colour = {})
{
    Annotation a;
    a.id = start + 1;
    a.kind = kind;
    a.start = start;
    a.end = end;
    a.entityTypeId = type;
    a.colour = colour;
    return a;
}

QImage render(ReaderView& view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    view.viewport()->render(&image);
    return image;
}

// Pixels dark enough to be glyph ink, whatever tint lies under them.
int inkDifference(const QImage& a, const QImage& b, int* inkPixels = nullptr)
{
    int differences = 0, ink = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const bool inkA = qGray(a.pixel(x, y)) < 100;
            const bool inkB = qGray(b.pixel(x, y)) < 100;
            ink += inkA;
            differences += inkA != inkB;
        }
    }
    if (inkPixels)
        *inkPixels = ink;
    return differences;
}

// At least a few pixels of the span's area have (nearly) the colour.
bool hasColourNear(const QImage& image, const QRectF& rect, QColor target)
{
    int matching = 0;
    for (int y = int(rect.top()) + 2; y < int(rect.bottom()) - 1; ++y) {
        for (int x = int(rect.left()) + 1; x < int(rect.right()) - 1; ++x) {
            const QColor c = image.pixelColor(x, y);
            matching += qAbs(c.red() - target.red()) < 14 && qAbs(c.green() - target.green()) < 14
                        && qAbs(c.blue() - target.blue()) < 14;
        }
    }
    return matching >= 20;
}

} // namespace

class TestReaderOverlay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReaderView> makeView(const QString& body)
    {
        auto view = std::make_unique<ReaderView>();
        view->resize(700, 400);
        view->setColumnWidth(0);
        view->showBody(body);
        view->overlay().setEntityTypes({EntityType{1, QStringLiteral("LOC"), QStringLiteral("مكان"),
                                                   QStringLiteral("Location"), QStringLiteral("#3cb44b"), 0}});
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qFatal("no window");
        return view;
    }

private slots:
    // TECH-NOTES §1: an annotation inside بالسعودية must not break the ب–ا–ل joins.
    void midWordAnnotation_keepsArabicLettersJoined()
    {
        const QString body = QStringLiteral("قال والسعودية بالسعودية للسعودية");
        auto view = makeView(body);
        const QImage plain = render(*view);
        const qsizetype start = body.indexOf(QStringLiteral("بالسعودية")) + 1; // السعودية inside بالسعودية
        view->overlay().setAnnotations({annotationOf(AnnotationKind::Entity, start, start + 8, 1)});
        view->overlayChanged();
        const QImage annotated = render(*view);
        int ink = 0;
        const int overlayDifference = inkDifference(plain, annotated, &ink);
        QVERIFY(ink > 500);

        // The same span as a char format, which splits the shaping run.
        QTextCursor cursor(view->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + 8), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(QColor(0xdd, 0xff, 0xdd));
        cursor.mergeCharFormat(format);
        view->overlay().setAnnotations({});
        const int charFormatDifference = inkDifference(plain, render(*view));

        qInfo("ink %d px; overlay changes %d px, char format changes %d px", ink, overlayDifference,
              charFormatDifference);
        QVERIFY2(charFormatDifference > 100, "the control case should break joining");
        QVERIFY2(overlayDifference * 20 < charFormatDifference, "the overlay must not reshape the text");
    }

    void entityAndHighlight_arePaintedUnderTheirText()
    {
        const QString body =
            QStringLiteral("زار الوفد مدينة الرياض ثم عاد إلى جدة مساء الأحد.\n\nفقرة ثانية عن الرياض.");
        auto view = makeView(body);
        const qsizetype riyadh = body.indexOf(QStringLiteral("الرياض"));
        const qsizetype jeddah = body.indexOf(QStringLiteral("جدة"));
        view->overlay().setAnnotations(
            {annotationOf(AnnotationKind::Entity, riyadh, riyadh + 6, 1),
             annotationOf(AnnotationKind::Highlight, jeddah, jeddah + 3, 0, QStringLiteral("pink"))});
        view->overlayChanged();
        const QImage image = render(*view);
        const QList<QRectF> riyadhRects = view->spanRectsInViewport({riyadh, riyadh + 6});
        const QList<QRectF> jeddahRects = view->spanRectsInViewport({jeddah, jeddah + 3});
        QCOMPARE(riyadhRects.size(), 1);
        QCOMPARE(jeddahRects.size(), 1);
        QVERIFY(hasColourNear(image, riyadhRects.first(), QColor(0xbe, 0xe4, 0xc2)));
        QVERIFY(hasColourNear(image, jeddahRects.first(), QColor(0xff, 0xb7, 0xda)));
        // Nothing green around جدة, nothing pink around الرياض.
        QVERIFY(!hasColourNear(image, jeddahRects.first(), QColor(0xbe, 0xe4, 0xc2)));
    }

    void spanAcrossLatinInsideArabic_getsOneRectPerVisualRun()
    {
        const QString body = QStringLiteral("قالت وكالة CNN 2024 اليوم إن الاجتماع انتهى");
        auto view = makeView(body);
        const qsizetype start = body.indexOf(QStringLiteral("وكالة"));
        const qsizetype end = body.indexOf(QStringLiteral("اليوم")) + 5;
        const QList<QRectF> rects = view->spanRectsInViewport({start, end});
        QVERIFY(!rects.isEmpty());
        // The runs cover وكالة, CNN 2024 and اليوم, contiguous on one line, and nothing of قالت or إن.
        const QList<QRectF> outsideBefore = view->spanRectsInViewport({0, start - 1});
        const QList<QRectF> outsideAfter = view->spanRectsInViewport({end + 1, end + 3});
        for (const QRectF& rect : rects) {
            for (const QRectF& other : outsideBefore + outsideAfter)
                QVERIFY(!rect.adjusted(1, 0, -1, 0).intersects(other.adjusted(1, 0, -1, 0)));
        }
        QRectF united;
        for (const QRectF& rect : rects)
            united = united.united(rect);
        const QList<QRectF> latin = view->spanRectsInViewport({body.indexOf(u'C'), body.indexOf(u'C') + 8});
        QCOMPARE(latin.size(), 1);
        QVERIFY(united.contains(latin.first().center()));
    }

    void annotationsAt_andVisibleOnly()
    {
        QString body;
        for (int i = 0; i < 400; ++i)
            body += QStringLiteral("سطر رقم %1 عن الرياض وجدة.\n").arg(i);
        auto view = makeView(body);
        QList<Annotation> many;
        qsizetype from = 0;
        for (int i = 0; i < 400; ++i) {
            const qsizetype at = body.indexOf(QStringLiteral("الرياض"), from);
            many.append(annotationOf(AnnotationKind::Entity, at, at + 6, 1));
            from = at + 6;
        }
        view->overlay().setAnnotations(many);
        QCOMPARE(view->overlay().annotationsAt(many.at(10).start + 2).size(), 1);
        QCOMPARE(view->overlay().annotationsAt(many.at(10).start - 2).size(), 0);
        QCOMPARE(view->overlay().annotationsIn(0, body.size()).size(), 400);
        // The first paragraph's annotation is painted when the view is at the top.
        const QImage image = render(*view);
        QVERIFY(hasColourNear(image, view->spanRectsInViewport({many.first().start, many.first().end}).first(),
                              QColor(0xbe, 0xe4, 0xc2)));
    }
};

QTEST_MAIN(TestReaderOverlay)
#include "tst_readeroverlay.moc"

#include "reader/findbar.h"
#include "reader/readerview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace hamish;

namespace {

// QTest::keyClicks only knows ASCII: type Arabic as key events that carry their text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void typing_marksEveryArabicAwareMatch()
    {
        QWidget host;
        auto* reader = new ReaderView(&host);
        auto* bar = new FindBar(*reader, &host);
        auto* layout = new QVBoxLayout(&host);
        layout->addWidget(reader);
        layout->addWidget(bar);
        reader->showBody(QStringLiteral("زار وَالسُّعُودِيَّة ثم السعوديين.\nوعاد للسعودية."));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));

        bar->activate();
        typeText(bar->field(), QStringLiteral("السعودية"));
        QCOMPARE(bar->matchCount(), 2);
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(reader->extraSelections().size(), 2);
        QCOMPARE(reader->extraSelections().at(0).cursor.selectedText(), QStringLiteral("وَالسُّعُودِيَّة"));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(bar->currentMatch(), 1);
        QCOMPARE(reader->textCursor().position(), reader->extraSelections().at(1).cursor.selectionStart());
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 0);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QVERIFY(reader->extraSelections().isEmpty());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"

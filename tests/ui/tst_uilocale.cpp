#include "uilocale.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

using namespace hamish;

class TestUiLocale : public QObject
{
    Q_OBJECT

private slots:
    void arabicLocale_mirrorsTheWindow()
    {
        applyUiLocale(*qApp, QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QWidget widget;
        QCOMPARE(widget.layoutDirection(), Qt::RightToLeft);
    }

    void englishLocale_isLeftToRight()
    {
        applyUiLocale(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestUiLocale)
#include "tst_uilocale.moc"

#include "annotate/entitytypesdialog.h"
#include "annotations/annotationservice.h"
#include "testsupport.h"

#include <QTableWidget>
#include <QTest>

using namespace hamish;

class TestEntityTypesDialog : public QObject
{
    Q_OBJECT

private slots:
    void addRenameRecolourReorder_areSavedAtOnce()
    {
        test::TempLibrary temp;
        AnnotationService service(*temp.library);
        EntityTypesDialog dialog(service);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("PER"));

        QVERIFY(dialog.addType(QStringLiteral("WORK")));
        QCOMPARE(table->rowCount(), 7);
        table->item(6, 2)->setText(QStringLiteral("عمل فني")); // rename in place
        QCOMPARE(service.entityTypes()->at(6).nameAr, QStringLiteral("عمل فني"));

        QVERIFY(dialog.recolour(6, QColor(0x12, 0x34, 0x56)));
        QCOMPARE(service.entityTypes()->at(6).colour, QStringLiteral("#123456"));

        QVERIFY(dialog.move(6, -1));
        const QList<EntityType> types = service.entityTypes().value();
        QCOMPARE(types.at(5).code, QStringLiteral("WORK"));
        QCOMPARE(types.at(5).hotkey(), 6);
        QCOMPARE(table->item(5, 1)->text(), QStringLiteral("WORK"));
        QVERIFY(!dialog.move(0, -1));
    }
};

QTEST_MAIN(TestEntityTypesDialog)
#include "tst_entitytypesdialog.moc"

#include "import/importdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>
#include <QTreeWidget>

using namespace hamish;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void preview_listsDetectedArticlesWithMetadata()
    {
        test::TempLibrary temp;
        ImportDialog dialog({test::dataPath(QStringLiteral("import/multi-article.txt"))});
        // The file is read on a worker thread: the dialog shows first.
        QVERIFY(!dialog.isPreviewReady());
        QVERIFY(QTest::qWaitFor([&] { return dialog.isPreviewReady(); }));
        QTreeWidget* tree = dialog.articleTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("القاهرة تستضيف مؤتمر الطاقة الشمسية"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("هالة المصري"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("وكالة الأنباء التجريبية"));
        QCOMPARE(temp.library->articles().count().value(), 0);

        dialog.rawCheckBox()->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isPreviewReady(); }));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(dialog.options().raw);
    }

    void encodingChoice_reachesTheOptionsAndThePreview()
    {
        ImportDialog dialog({test::dataPath(QStringLiteral("import/utf16le-no-bom.txt"))});
        QVERIFY(QTest::qWaitFor([&] { return dialog.isPreviewReady(); }));
        QCOMPARE(dialog.articleTree()->topLevelItemCount(), 0);
        dialog.encodingBox()->setCurrentIndex(dialog.encodingBox()->findData(QStringLiteral("UTF-16LE")));
        QCOMPARE(dialog.options().encoding, QStringLiteral("UTF-16LE"));
        QVERIFY(QTest::qWaitFor([&] { return dialog.isPreviewReady(); }));
        QCOMPARE(dialog.articleTree()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

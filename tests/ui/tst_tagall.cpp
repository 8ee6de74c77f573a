#include "annotations/annotationservice.h"
#include "articles/collectionservice.h"
#include "entities/mentionsearch.h"
#include "entities/tagalldialog.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace hamish;

// Tag all occurrences across the library runs on a worker thread, can be limited to a
// collection, and starts with the type chosen last.
class TestTagAll : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempLibrary> m_temp;
    QList<qint64> m_ids;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_temp = std::make_unique<test::TempLibrary>();
        ImportService importer(*m_temp->library);
        m_ids = importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt"))).added;
        QCOMPARE(m_ids.size(), 2);
    }

    void librarySearch_runsOnAWorker_andACollectionLimitsIt()
    {
        AnnotationService annotations(*m_temp->library);
        MentionSearch mentions(*m_temp->library);
        CollectionService collections(*m_temp->library);
        const auto first = collections.create(QStringLiteral("الأولى"));
        QVERIFY(first && collections.add(first->id, {m_ids.first()}));
        // الزراعة is in the first article only; المؤتمر in the second.
        TagAllDialog dialog(mentions, annotations, collections, QStringLiteral("المؤتمر"), {}, 0, m_ids.first());
        QCOMPARE(dialog.hitList()->topLevelItemCount(), 0); // not in this article
        QSignalSpy searched(&dialog, &TagAllDialog::searched);
        dialog.libraryScope()->setChecked(true);
        QVERIFY(!dialog.isReady());
        QVERIFY(searched.wait(5000));
        QCOMPARE(dialog.hitList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.chosenHits().first().articleId, m_ids.at(1));

        QCOMPARE(dialog.collectionBox()->count(), 1);
        dialog.collectionScope()->setChecked(true);
        QVERIFY(searched.wait(5000));
        QCOMPARE(dialog.hitList()->topLevelItemCount(), 0);
    }

    void theTypeChosenLast_isTheNextDialogsFirst()
    {
        AnnotationService annotations(*m_temp->library);
        MentionSearch mentions(*m_temp->library);
        CollectionService collections(*m_temp->library);
        const auto types = annotations.entityTypes().value();
        {
            TagAllDialog dialog(mentions, annotations, collections, QStringLiteral("الخرطوم"), {}, 0, m_ids.first());
            QCOMPARE(dialog.typeId(), types.first().id); // PER, with nothing remembered
            QComboBox* typeBox = dialog.findChild<QComboBox*>();
            typeBox->setCurrentIndex(2); // LOC
            dialog.accept();
        }
        TagAllDialog again(mentions, annotations, collections, QStringLiteral("الخرطوم"), {}, 0, m_ids.first());
        QCOMPARE(again.typeId(), types.at(2).id);
        // A type given (the tag under the caret) still wins.
        TagAllDialog given(mentions, annotations, collections, QStringLiteral("الخرطوم"), {}, types.at(1).id,
                           m_ids.first());
        QCOMPARE(given.typeId(), types.at(1).id);
    }
};

QTEST_MAIN(TestTagAll)
#include "tst_tagall.moc"

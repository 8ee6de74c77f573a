#include "annotations/annotationservice.h"
#include "import/importservice.h"
#include "jobs/jobcontrol.h"
#include "storage/backup.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

#include <atomic>
#include <thread>

using namespace hamish;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    // Another connection keeps committing while the copy is made; the copy is one consistent
    // snapshot that opens as a library on its own.
    void backup_whileAnotherConnectionWrites_isAConsistentLibrary()
    {
        test::TempLibrary temp;
        ImportService(*temp.library).importFile(test::dataPath(QStringLiteral("import/multi-article.txt")));
        QTemporaryDir out;
        const QString copy = out.filePath(QStringLiteral("copy.hamish"));

        std::atomic_bool stop = false;
        std::atomic_int written = 0;
        std::thread writer([&] {
            auto other = Library::open(temp.path());
            AnnotationService annotations(**other);
            const qint64 id = (*other)->articles().summaries().value().first().id;
            while (!stop) {
                const auto made = annotations.addArticleNote(id, QString::number(written.load()));
                if (!made)
                    qFatal("%s", qPrintable(made.error()));
                ++written;
            }
        });
        while (written < 5)
            std::this_thread::yield();
        const Status ok = LibraryBackup::write(temp.library->database(), copy, {});
        stop = true;
        writer.join();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error()));
        QVERIFY(written > 5);

        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto opened = Library::open(copy, Database::Mode::ReadOnly);
        QVERIFY2(opened, test::why(opened).constData());
        QCOMPARE((*opened)->articles().count().value(), 2);
        const qint64 notes =
            (*opened)->database().queryInt(QStringLiteral("SELECT count(*) FROM article_note")).value();
        QVERIFY(notes >= 5 && notes <= written);
        QCOMPARE((*opened)->database().queryInt(QStringLiteral("PRAGMA journal_mode = DELETE")).value_or(0), 0);
    }

    void backup_neverReplacesAFile_andLeavesNothingWhenCancelled()
    {
        test::TempLibrary temp;
        QTemporaryDir out;
        const QString existing = out.filePath(QStringLiteral("there.hamish"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const Status refused = LibraryBackup::write(temp.library->database(), existing, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("never replaces")), qPrintable(refused.error()));
        QCOMPARE(test::readFile(existing), QByteArray("keep me"));

        JobControl cancelled;
        cancelled.cancellation.cancel();
        const QString path = out.filePath(QStringLiteral("new.hamish"));
        QVERIFY(!LibraryBackup::write(temp.library->database(), path, cancelled));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("there.hamish")});
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

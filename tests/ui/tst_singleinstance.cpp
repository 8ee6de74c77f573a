#include "singleinstance.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondInstance_handsOverToTheFirst()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("one.hamish"));
        SingleInstance first(library);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        SingleInstance second(library);
        QCOMPARE(second.claim(), SingleInstance::Role::Forwarded);
        QVERIFY(activated.wait(5000));

        // Another library is another instance.
        SingleInstance other(dir.filePath(QStringLiteral("two.hamish")));
        QCOMPARE(other.claim(), SingleInstance::Role::Primary);
    }

    void firstRun_whereTheFolderDoesNotExistYet_isPrimary()
    {
        QTemporaryDir dir;
        SingleInstance instance(dir.filePath(QStringLiteral("not/yet/there/library.hamish")));
        QCOMPARE(instance.claim(), SingleInstance::Role::Primary);
    }

    void lockHeldButNoAnswer_isBlocked()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("three.hamish"));
        QLockFile holder(library + QStringLiteral(".lock"));
        QVERIFY(holder.tryLock());
        SingleInstance instance(library);
        QCOMPARE(instance.claim(), SingleInstance::Role::Blocked);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

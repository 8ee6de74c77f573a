#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hamish::test::runCli;

namespace {

// Code points of text before `at` (UTF-16).
qsizetype points(const QString& text, qsizetype at)
{
    return text.left(at).toUcs4().size();
}

} // namespace

// The version commands' contract (issue 19): import --replaces, versions, show --version and
// reanchor-report, with offsets in code points (non-BMP characters before the changes).
class TestCliVersions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void replacesCarriesTheTagsAndReportsThemInCodePoints()
    {
        const QString db = m_dir.filePath(u"v.hamish"_s);
        const QString first = u"\U0001F4F0 استقبل الملك سلمان وزير الخارجية عادل الجبير في الرياض لبحث ملف اليمن.\n"_s;
        const QString second =
            u"\U0001F4F0 \U0001F468\U0001F3FB\u200D\U0001F692 استقبل خادم الحرمين الملك سلمان وزير الخارجيه عادل "
            u"الجبير في الرياض لبحث ملفات أخرى.\n"_s;
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, u"--raw"_s, write(u"1.txt"_s, first.toUtf8())}).exitCode, 0);
        for (const QString& text : {u"الملك سلمان"_s, u"وزير الخارجية"_s, u"اليمن"_s})
            QCOMPARE(
                runCli({u"tag"_s, u"--db"_s, db, u"--article"_s, u"1"_s, u"--text"_s, text, u"--entity"_s, u"PER"_s})
                    .exitCode,
                0);
        QCOMPARE(runCli({u"versions"_s, u"--db"_s, db, u"1"_s}).outLines().size(), 1);

        auto r = runCli({u"import"_s, u"--db"_s, db, u"--replaces"_s, u"1"_s, write(u"2.txt"_s, second.toUtf8())});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString()); // no new article
        QVERIFY2(r.err.contains(u"version 2 of article 1: 0 exact, 1 shifted, 1 fuzzy, 1 orphaned"_s),
                 qPrintable(r.err));

        r = runCli({u"versions"_s, u"--db"_s, db, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), 2);
        const QStringList v1 = lines[0].split(u'\t'), v2 = lines[1].split(u'\t');
        QCOMPARE(v1.size(), 4);
        QCOMPARE(v1[0], u"1"_s);
        QVERIFY(QDateTime::fromString(v1[1], Qt::ISODate).isValid());
        QCOMPARE(v1[2].toLongLong(), first.toUcs4().size());
        QCOMPARE(v1[3], u"0"_s);
        QCOMPARE(v2[0], u"2"_s);
        QCOMPARE(v2[2].toLongLong(), second.toUcs4().size());
        QVERIFY(v2[3].toInt() > 0);

        QCOMPARE(runCli({u"show"_s, u"--db"_s, db, u"--version"_s, u"1"_s, u"1"_s}).out, first);
        QCOMPARE(runCli({u"show"_s, u"--db"_s, db, u"--version"_s, u"2"_s, u"1"_s}).out, second);
        QCOMPARE(runCli({u"show"_s, u"--db"_s, db, u"1"_s}).out, second);
        QCOMPARE(runCli({u"show"_s, u"--db"_s, db, u"--version"_s, u"3"_s, u"1"_s}).exitCode, 1);

        r = runCli({u"reanchor-report"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 0);
        const auto expected = [&](qint64 id, const QString& status, const QString& oldText,
                                  const QString& newText) -> QString {
            const qsizetype o = first.indexOf(oldText);
            QString line =
                u"%1\t%2\t%3\t%4\t"_s.arg(id).arg(status).arg(points(first, o)).arg(points(first, o + oldText.size()));
            if (!newText.isEmpty()) {
                const qsizetype n = second.indexOf(newText);
                line += u"%1\t%2"_s.arg(points(second, n)).arg(points(second, n + newText.size()));
            } else {
                line += u'\t';
            }
            return line + u'\t' + oldText;
        };
        QCOMPARE(r.outLines(), (QStringList{expected(1, u"shifted"_s, u"الملك سلمان"_s, u"الملك سلمان"_s),
                                            expected(2, u"fuzzy"_s, u"وزير الخارجية"_s, u"وزير الخارجيه"_s),
                                            expected(3, u"orphan"_s, u"اليمن"_s, {})}));
        r = runCli({u"reanchor-report"_s, u"--db"_s, db, u"--article"_s, u"1"_s, u"--json"_s});
        const QJsonArray report = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(report.size(), 3);
        QCOMPARE(report[2][u"status"_s].toString(), u"orphan"_s);
        QVERIFY(report[2][u"new_start"_s].isNull());
        QCOMPARE(report[1][u"new_start"_s].toInt(), points(second, second.indexOf(u"وزير"_s)));
        QVERIFY(report[1][u"similarity"_s].toDouble() >= 0.8);
        QCOMPARE(runCli({u"reanchor-report"_s, u"--db"_s, db, u"--article"_s, u"7"_s}).exitCode, 1);
    }

    void aUrlAlreadyInTheLibraryMakesAVersion()
    {
        const QString db = m_dir.filePath(u"u.hamish"_s);
        const auto corpus = [&](const QString& name, const QString& body) {
            return write(name, QJsonDocument(QJsonArray{QJsonObject{{u"title"_s, u"خبر"_s},
                                                                    {u"url"_s, u"https://example.com/a"_s},
                                                                    {u"content"_s, body}}})
                                   .toJson());
        };
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, corpus(u"a.json"_s, u"النص الأول للخبر."_s)}).out, u"1\tخبر\n"_s);
        auto r = runCli({u"import"_s, u"--db"_s, db, corpus(u"b.json"_s, u"النص الأول للخبر بعد تصحيحه."_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QVERIFY(r.err.contains(u"version 2 of article 1"_s));
        QCOMPARE(runCli({u"list"_s, u"--db"_s, db}).outLines().size(), 1);
        QCOMPARE(runCli({u"versions"_s, u"--db"_s, db, u"1"_s}).outLines().size(), 2);
    }

    void badUseChangesNothing()
    {
        const QString db = m_dir.filePath(u"b.hamish"_s);
        const QString one = write(u"one.txt"_s, "نص قصير.\n");
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, one}).exitCode, 0);
        const QString two = write(u"two.txt"_s, "نص آخر.\n");
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, u"--replaces"_s, u"1"_s, one, two}).exitCode, 2);
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, u"--replaces"_s, u"x"_s, two}).exitCode, 2);
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, u"--replaces"_s, u"9"_s, two}).exitCode, 1);
        QCOMPARE(runCli({u"versions"_s, u"--db"_s, db, u"9"_s}).exitCode, 1);
        QCOMPARE(runCli({u"versions"_s, u"--db"_s, db, u"1"_s}).outLines().size(), 1);
        QCOMPARE(runCli({u"list"_s, u"--db"_s, db}).outLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cliversions.moc"

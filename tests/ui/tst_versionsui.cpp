#include "import/importdialog.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "versions/reviewpanel.h"
#include "versions/versionbar.h"
#include "versions/versiondialog.h"
#include "versions/versionscontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hamish;
using namespace Qt::StringLiterals;

namespace {

const QString First = u"الرياض تستضيف القمة العربية يوم الخميس المقبل بحضور الملك سلمان.\n"
                      u"وقال وزير الخارجية عادل الجبير إن القمة ستناقش الأزمة في اليمن.\n"_s;
const QString Second = u"الرياض تستضيف القمة العربية الطارئة يوم الخميس المقبل بحضور خادم الحرمين الملك سلمان.\n"
                       u"وقال وزير الخارجيه عادل الجبير إن القمة ستبحث ملفات أخرى.\n"_s;

// Every character format boundary of a document falls between words (or at a line's ends).
bool formatsKeepWordsWhole(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const qsizetype start = fragment.position() - block.position();
            const qsizetype end = start + fragment.length();
            for (qsizetype edge : {start, end})
                if (edge > 0 && edge < text.size() && !text.at(edge - 1).isSpace() && !text.at(edge).isSpace())
                    return false;
        }
    }
    return true;
}

} // namespace

// Versions in the window (issue 19): the version bar, the Review panel and its undo, the dialog of
// older versions and of changes, and the import dialog's choice.
class TestVersionsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    qint64 m_office = 0, m_yemen = 0;

    qint64 tag(const QString& text)
    {
        const qsizetype at = First.indexOf(text);
        const qint64 per = m_fixture->schema.schema()->entityType(u"PER"_s)->id;
        return m_fixture->annotations.create({m_article, AnnotationKind::Entity, at, at + text.size(), per, {}, {}})
            ->id;
    }

    QString writeText(const QString& name, const QString& text)
    {
        const QString path = m_fixture->temp.dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return path;
    }

    ReviewPanel* panel() const { return m_window->versions()->panel(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        ImportOptions raw;
        raw.raw = true;
        m_article = m_fixture->importer.importFile(writeText(u"v1.txt"_s, First), raw).added.value(0);
        QVERIFY(m_article > 0);
        tag(u"الملك سلمان"_s);
        m_office = tag(u"وزير الخارجية"_s);
        m_yemen = tag(u"اليمن"_s);
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openArticle(m_article);
    }

    void cleanup() { m_window.reset(); }

    void aNewVersionShowsInTheOpenReaderWithItsBarAndQueue()
    {
        QVERIFY(!m_window->versions()->bar()->isVisible());
        ImportOptions options;
        options.replaces = m_article;
        options.raw = true;
        QVERIFY(m_fixture->importer.importFile(writeText(u"v2.txt"_s, Second), options).succeeded());
        QCOMPARE(m_window->readerPane()->reader()->body(), Second);
        QVERIFY(m_window->versions()->bar()->isVisible());
        QCOMPARE(m_window->versions()->bar()->switcher()->count(), 2);
        QCOMPARE(panel()->list()->topLevelItemCount(), 2);
    }

    void aNewVersionMadeByAnotherProcessShowsToo()
    {
        auto other = Library::open(m_fixture->temp.path());
        QVERIFY(other);
        QVERIFY(VersionService(**other).addVersion(m_article, Second));
        QVERIFY(m_fixture->temp.library->checkForChanges());
        QCOMPARE(m_window->readerPane()->reader()->body(), Second);
        QCOMPARE(panel()->list()->topLevelItemCount(), 2);
        // Tags made now are checked against the new text.
        const qsizetype at = Second.indexOf(u"ملفات"_s);
        const Result<Annotation> made =
            m_fixture->annotations.create({m_article, AnnotationKind::Highlight, at, at + 5, 0, u"yellow"_s, {}});
        QVERIFY(made);
        QCOMPARE(made->quote, u"ملفات"_s);
    }

    void reviewActionsAreUndoneAndRedone()
    {
        QVERIFY(m_window->versions()->service().addVersion(m_article, Second));
        QTRY_COMPARE(panel()->list()->topLevelItemCount(), 2);
        QUndoStack* undo = m_window->undoStack();

        // The fuzzy one first (text order). A new queue moves nothing in the reader; choosing an
        // item shows it there.
        QCOMPARE(m_window->readerPane()->reader()->selectedSpan().start, 0);
        panel()->list()->setCurrentItem(panel()->list()->topLevelItem(1));
        panel()->list()->setCurrentItem(panel()->list()->topLevelItem(0));
        QCOMPARE(panel()->current()->annotationId, m_office);
        QCOMPARE(m_window->readerPane()->reader()->selectedSpan().start, Second.indexOf(u"وزير الخارجيه"_s));
        panel()->acceptButton()->click();
        QCOMPARE(panel()->list()->topLevelItemCount(), 1);
        undo->undo();
        QCOMPARE(panel()->list()->topLevelItemCount(), 2);
        undo->redo();
        QCOMPARE(panel()->list()->topLevelItemCount(), 1);

        // The orphan, re-placed on the selected text.
        QCOMPARE(panel()->current()->annotationId, m_yemen);
        const qsizetype at = Second.indexOf(u"ملفات"_s);
        m_window->readerPane()->reader()->selectSpan({at, at + 5});
        panel()->replaceButton()->click();
        QCOMPARE(panel()->list()->topLevelItemCount(), 0);
        QCOMPARE(m_fixture->annotations.annotation(m_yemen)->quote, u"ملفات"_s);
        undo->undo();
        QVERIFY(!m_fixture->annotations.annotation(m_yemen));
        QCOMPARE(panel()->list()->topLevelItemCount(), 1);

        // Deleted, then back.
        panel()->deleteButton()->click();
        QCOMPARE(m_window->versions()->service().orphans(m_article)->size(), 0);
        undo->undo();
        QCOMPARE(m_window->versions()->service().orphans(m_article)->size(), 1);
    }

    void theDialogShowsAnOlderVersionAndTheChanges()
    {
        QVERIFY(m_window->versions()->service().addVersion(m_article, Second));
        m_window->versions()->showVersion(1, false);
        VersionDialog* dialog = m_window->versions()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        const QTextDocument& document = *dialog->text()->document();
        QCOMPARE(document.toPlainText().trimmed(), First.trimmed());
        // The orphan is marked, whole words only.
        bool marked = false;
        for (auto it = document.lastBlock().previous().begin(); !it.atEnd(); ++it)
            marked = marked
                     || (it.fragment().text().contains(u"اليمن"_s)
                         && it.fragment().charFormat().background().style() != Qt::NoBrush);
        QVERIFY(marked);
        QVERIFY(formatsKeepWordsWhole(document));

        dialog->changesBox()->setEnabled(true);
        dialog->switcher()->setCurrentIndex(1);
        dialog->changesBox()->setChecked(true);
        const QString shown = document.toPlainText();
        QVERIFY(shown.contains(u"الطارئة"_s));
        QVERIFY(shown.contains(u"ستناقش"_s)); // deleted, struck through
        QVERIFY(formatsKeepWordsWhole(document));
    }

    void theImportDialogOffersTheOpenArticle()
    {
        const ArticleSummary open{m_article, u"القمة"_s};
        ImportDialog one({writeText(u"v2.txt"_s, Second)}, nullptr, open);
        QVERIFY(!one.newVersionCheckBox()->isHidden());
        QCOMPARE(one.options().replaces, 0);
        one.newVersionCheckBox()->setChecked(true);
        QCOMPARE(one.options().replaces, m_article);
        QVERIFY(one.options().raw);
        ImportDialog two({writeText(u"a.txt"_s, Second), writeText(u"b.txt"_s, First)}, nullptr, open);
        QVERIFY(two.newVersionCheckBox()->isHidden());
        ImportDialog none({writeText(u"c.txt"_s, Second)});
        QVERIFY(none.newVersionCheckBox()->isHidden());
    }
};

QTEST_MAIN(TestVersionsUi)
#include "tst_versionsui.moc"

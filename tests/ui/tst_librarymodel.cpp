#include "library/librarydelegate.h"
#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace hamish;

namespace {

void addArticle(Library& library, const QString& title, const QString& source)
{
    Article a;
    a.title = title;
    a.source = source;
    a.body = title + QStringLiteral(" — نص");
    a.importedAt = test::fixedNow();
    library.articles().insert(a).value();
    library.announceArticlesAdded({});
}

// "خبر 0", "خبر 1", … in one transaction; their ids (fewer when an insert failed).
QList<qint64> addArticles(Library& library, int count)
{
    QList<qint64> ids;
    (void)inTransaction(library.database(), [&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Article a;
            a.title = QStringLiteral("خبر %1").arg(i);
            a.body = a.title + QStringLiteral(" — نص");
            a.importedAt = test::fixedNow();
            Result<qint64> id = library.articles().insert(a);
            if (!id)
                return id.problem();
            ids.append(*id);
        }
        return {};
    });
    return ids;
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT

private slots:
    void model_passesTheModelTesterAndFollowsNewArticles()
    {
        test::TempLibrary temp;
        LibraryModel model(*temp.library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        addArticle(*temp.library, QStringLiteral("خبر"), QStringLiteral("الجزيرة"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(LibraryModel::ColumnCount));
        QCOMPARE(model.index(0, LibraryModel::SourceColumn).data(LibraryModel::SortRole).toString(),
                 QStringLiteral("الجزيرة"));
        QCOMPARE(model.index(0, LibraryModel::AnnotationsColumn).data(LibraryModel::SortRole).toInt(), 0);
        QVERIFY(!model.index(5, 0).data().isValid());
        QCOMPARE(model.headerData(LibraryModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void model_readsABigLibraryInBatchesAndKeepsCountsCurrent()
    {
        test::TempLibrary temp;
        const int total = LibraryModel::FirstBatch + LibraryModel::Batch + 37;
        const QList<qint64> ids = addArticles(*temp.library, total);
        QCOMPARE(ids.size(), total);
        LibraryModel model(*temp.library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), LibraryModel::FirstBatch);
        QVERIFY(!model.isComplete());
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.indexOfArticle(ids.last()).row(), total - 1);
        QCOMPARE(model.index(total - 1, LibraryModel::TitleColumn).data(LibraryModel::SortRole).toString(),
                 QStringLiteral("خبر %1").arg(total - 1));

        QVERIFY(temp.library->database().exec(
            QStringLiteral(
                "INSERT INTO annotation(article_id, kind, start, end, quote, colour, author, created, modified)"
                " VALUES (%1, 'highlight', 0, 3, 'خبر', 'yellow', 'x', 't', 't')")
                .arg(ids.at(300))));
        model.refreshArticle(ids.at(300));
        QCOMPARE(model.index(300, LibraryModel::AnnotationsColumn).data(LibraryModel::SortRole).toInt(), 1);

        addArticle(*temp.library, QStringLiteral("جديد"), {});
        QCOMPARE(model.rowCount(), total + 1);

        // Held: the first batch only, until released (the window releases after its first paint).
        LibraryModel held(*temp.library, nullptr, LibraryModel::Batches::HoldUntilReleased);
        QCOMPARE(held.rowCount(), LibraryModel::FirstBatch);
        QTest::qWait(50);
        QCOMPARE(held.rowCount(), LibraryModel::FirstBatch);
        held.releaseBatches();
        QTRY_VERIFY(held.isComplete());
        QCOMPARE(held.rowCount(), total + 1);
        QCOMPARE(model.index(total, LibraryModel::TitleColumn).data(LibraryModel::SortRole).toString(),
                 QStringLiteral("جديد"));
    }

    void model_insertsRowsInFewInsertionsThatGrowWithTheList()
    {
        test::TempLibrary temp;
        const int total = LibraryModel::FirstBatch + 6 * LibraryModel::Batch + 37;
        QCOMPARE(addArticles(*temp.library, total).size(), total);
        LibraryModel model(*temp.library, nullptr, LibraryModel::Batches::HoldUntilReleased);
        QList<int> insertions;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex&, int first, int last) { insertions.append(last - first + 1); });
        model.releaseBatches();
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), total);
        // Seven batches were read; each insertion after the first doubles the list at least,
        // but for the last: the view lays out every row at each one.
        QCOMPARE(insertions.size(), 3);
        int before = LibraryModel::FirstBatch;
        for (qsizetype i = 0; i + 1 < insertions.size(); ++i) {
            QVERIFY2(insertions.at(i) >= before,
                     qPrintable(QStringLiteral("%1 rows into %2").arg(insertions.at(i)).arg(before)));
            before += insertions.at(i);
        }
        QCOMPARE(before + insertions.constLast(), total);
        for (qint64 id : {qint64(1), qint64(total)})
            QCOMPARE(model.indexOfArticle(id).row(), int(id - 1));
    }

    void dates_showTheDayAndKeepTheTimeForTooltipAndSorting()
    {
        test::TempLibrary temp;
        for (const QString& date : {QStringLiteral("2015-07-23 19:28:23"), QStringLiteral("2015-07-24T08:00:00Z"),
                                    QStringLiteral("صيف 2015")}) {
            Article a;
            a.title = date;
            a.date = date;
            a.body = date + QStringLiteral(" نص");
            a.importedAt = test::fixedNow();
            temp.library->articles().insert(a).value();
        }
        LibraryModel model(*temp.library);
        const auto cell = [&](int row, int role) {
            return model.index(row, LibraryModel::DateColumn).data(role).toString();
        };
        QCOMPARE(cell(0, Qt::DisplayRole), QStringLiteral("2015-07-23"));
        QCOMPARE(cell(1, Qt::DisplayRole), QStringLiteral("2015-07-24"));
        QCOMPARE(cell(2, Qt::DisplayRole), QStringLiteral("صيف 2015"));
        QCOMPARE(cell(0, Qt::ToolTipRole), QStringLiteral("2015-07-23 19:28:23"));
        QCOMPARE(cell(0, LibraryModel::SortRole), QStringLiteral("2015-07-23 19:28:23"));
    }

    void delegate_elidesAsQtDoes()
    {
        const QStringList texts{
            QStringLiteral(
                "المالكي ونصيحة الصديق: لا تصبح الحكومة رهينة الخلافات بين الكتل السياسية في البرلمان العراقي"),
            QStringLiteral("A long English headline about the ministry's budget for the coming year and its critics"),
            QStringLiteral("وزير الطاقة \U0001F468\U0001F3FB\u200D\U0001F692 يزور 𝕏 مصفاة رأس تنورة ويلتقي العاملين "
                           "فيها ويستمع إلى مطالبهم "
                           "كلها"),
            QStringLiteral("قصير")};
        const QFontMetrics metrics(QApplication::font());
        for (const QString& text : texts) {
            for (int width = 10; width <= 600; width += 7) {
                QCOMPARE(LibraryDelegate::elided(metrics, text, Qt::ElideRight, width),
                         metrics.elidedText(text, Qt::ElideRight, width));
            }
        }
    }

    void delegate_keepsTheStandardRowHeightAndDrawsEveryCell()
    {
        QStandardItemModel model(2, 2);
        model.setData(model.index(0, 0), QStringLiteral("المالكي ونصيحة الصديق: لا تصبح الحكومة رهينة الخلافات"));
        model.setData(model.index(0, 1), QStringLiteral("aawsat"));
        model.setData(model.index(1, 0), QStringLiteral("2015-07-23 19:28:23"));
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QTableView view;
            view.setLayoutDirection(direction);
            view.setShowGrid(false);
            view.setWordWrap(false);
            view.setModel(&model);
            view.resize(300, 120);
            // Public in QAbstractItemView, protected in QTableView.
            const auto rowHint = [&view] { return static_cast<const QAbstractItemView&>(view).sizeHintForRow(0); };
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QStyledItemDelegate standard;
            view.setItemDelegate(&standard);
            const int standardHeight = rowHint();
            LibraryDelegate library;
            view.setItemDelegate(&library);
            QCOMPARE(rowHint(), standardHeight);
            // The library list gives every row this height without measuring any: it must be the
            // rows' own, in the view's font and in a larger one.
            QCOMPARE(LibraryDelegate::rowHeight(&view), standardHeight);
            QFont larger = view.font();
            larger.setPointSizeF(larger.pointSizeF() * 2);
            view.setFont(larger);
            QVERIFY(rowHint() > standardHeight);
            QCOMPARE(LibraryDelegate::rowHeight(&view), rowHint());
            view.setFont(QFont());
            // Every cell with text gets ink inside its own rectangle, and none outside it.
            QImage image(view.viewport()->size(), QImage::Format_RGB32);
            image.fill(Qt::white);
            view.viewport()->render(&image);
            const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
            const auto inkIn = [&](const QRect& rect) {
                int ink = 0;
                for (int y = rect.top(); y <= rect.bottom(); ++y)
                    for (int x = rect.left(); x <= rect.right(); ++x)
                        ink += image.pixel(x, y) != background;
                return ink;
            };
            for (const QModelIndex& index : {model.index(0, 0), model.index(0, 1), model.index(1, 0)})
                QVERIFY(inkIn(view.visualRect(index)) > 20);
            QCOMPARE(inkIn(view.visualRect(model.index(1, 1))), 0);
        }
    }

    void delegate_repeatedTextLooksTheSameFromItsCache()
    {
        // The first occurrence of a text is drawn with drawText, the next ones from a cached
        // layout: every row must come out pixel for pixel as the first.
        QStandardItemModel model(4, 3);
        for (int row = 0; row < 4; ++row) {
            model.setData(model.index(row, 0), QStringLiteral("لندن: «الشرق الأوسط» تكتب"));
            model.setData(model.index(row, 0), QVariant(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter),
                          Qt::TextAlignmentRole);
            model.setData(model.index(row, 1), QStringLiteral("aawsat"));
            model.setData(model.index(row, 2), QStringLiteral("١٢"));
            model.setData(model.index(row, 2), QVariant(Qt::AlignCenter), Qt::TextAlignmentRole);
        }
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QTableView view;
            view.setLayoutDirection(direction);
            view.setShowGrid(false);
            view.setWordWrap(false);
            view.verticalHeader()->hide();
            view.verticalHeader()->setDefaultSectionSize(LibraryDelegate::rowHeight(&view)); // as the library's list
            LibraryDelegate delegate;
            view.setItemDelegate(&delegate);
            view.setModel(&model);
            view.resize(420, 200);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.selectionModel()->clearCurrentIndex(); // no focus frame on the first row
            LibraryDelegate fresh;                      // its cache empty: row 0 is drawn with drawText, the others not
            view.setItemDelegate(&fresh);
            QImage image(view.viewport()->size(), QImage::Format_RGB32);
            view.viewport()->render(&image);
            const QRect first = view.visualRect(model.index(0, 0)).united(view.visualRect(model.index(0, 2)));
            for (int row = 1; row < 4; ++row) {
                const QRect other = first.translated(0, view.visualRect(model.index(row, 0)).top() - first.top());
                QCOMPARE(image.copy(other), image.copy(first));
            }
        }
    }

    void proxy_sortsWithArabicCollation()
    {
        test::TempLibrary temp;
        for (const char16_t* title : {u"يوسف", u"أحمد", u"بكر", u"ابراهيم", u"إبراهيم", u"Zeta", u"خالد"})
            addArticle(*temp.library, QString::fromUtf16(title), {});
        LibraryModel model(*temp.library);
        LibraryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(LibraryModel::TitleColumn);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, 0).data(LibraryModel::SortRole).toString());
        // Hamza forms are a secondary difference: both spellings of إبراهيم sort before أحمد.
        QCOMPARE(QSet<QString>(order.cbegin(), order.cbegin() + 2),
                 (QSet<QString>{QStringLiteral("ابراهيم"), QStringLiteral("إبراهيم")}));
        QCOMPARE(order.at(2), QStringLiteral("أحمد"));
        QVERIFY(order.indexOf(QStringLiteral("أحمد")) < order.indexOf(QStringLiteral("بكر")));
        QVERIFY(order.indexOf(QStringLiteral("بكر")) < order.indexOf(QStringLiteral("خالد")));
        QVERIFY(order.indexOf(QStringLiteral("خالد")) < order.indexOf(QStringLiteral("يوسف")));
        QCOMPARE(order.last(), QStringLiteral("Zeta"));
    }

    void bidiControlsInMetadata_areShownAndIsolated()
    {
        test::TempLibrary temp;
        addArticle(*temp.library, QStringLiteral("عنوان \u202Egnp.exe\u202C مريب"), QStringLiteral("\u2066مصدر"));
        LibraryModel model(*temp.library);
        const QString title = model.index(0, LibraryModel::TitleColumn).data().toString();
        QVERIFY(title.startsWith(QChar(0x2068)));
        QVERIFY(title.endsWith(QChar(0x2069)));
        QVERIFY(title.contains(QStringLiteral("⟦RLO⟧")));
        QVERIFY(title.contains(QStringLiteral("⟦PDF⟧")));
        QVERIFY(!title.contains(QChar(0x202E)));
        QVERIFY(!model.index(0, LibraryModel::SourceColumn).data().toString().contains(QChar(0x2066)));
    }

    void proxy_filterIgnoresHarakatHamzaAndTaMarbuta()
    {
        test::TempLibrary temp;
        addArticle(*temp.library, QStringLiteral("القاهرة تستضيف مؤتمراً"), QStringLiteral("الأهرام"));
        addArticle(*temp.library, QStringLiteral("مَكَّةُ في الصيف"), QStringLiteral("عكاظ"));
        LibraryModel model(*temp.library);
        LibraryFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("القاهره"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("مكة"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("الاهرام"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("مكة الاهرام"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"

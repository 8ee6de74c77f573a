#include "articles/collectionservice.h"
#include "import/importservice.h"
#include "search/searchpanel.h"
#include "search/searchservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>

using namespace hamish;

namespace {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// WCAG's contrast ratio of the match marker: its text colour against its background.
double markerContrast(const QString& html)
{
    static const QRegularExpression style(QStringLiteral("background:(#[0-9a-f]{6});color:(#[0-9a-f]{6})"));
    const QRegularExpressionMatch m = style.match(html);
    if (!m.hasMatch())
        return 0;
    const double a = luminance(QColor(m.captured(1))), b = luminance(QColor(m.captured(2)));
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

} // namespace

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempLibrary> m_temp;
    QList<qint64> m_ids;

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempLibrary>();
        m_ids = ImportService(*m_temp->library)
                    .importFile(test::dataPath(QStringLiteral("import/multi-article.txt")))
                    .added;
    }

    // A selected result drew its plain title over the snippet: the item must carry no text.
    void selectedResult_drawsOnlyItsLabel()
    {
        SearchService search(*m_temp->library);
        CollectionService collections(*m_temp->library);
        SearchPanel panel(search, collections);
        panel.resize(400, 600);
        panel.queryField()->setText(QStringLiteral("الطاقة"));
        panel.runSearch();
        QVERIFY(panel.results()->count() > 0);
        panel.results()->setCurrentRow(0);
        QVERIFY(panel.results()->item(0)->isSelected());
        QVERIFY(panel.results()->item(0)->text().isEmpty());
        QVERIFY(panel.results()->item(0)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("الطاقة")));
    }

    // In the dark theme the match was white on pale yellow.
    void matchMarker_isReadableInLightAndDarkThemes()
    {
        SearchService search(*m_temp->library);
        CollectionService collections(*m_temp->library);
        for (const bool dark : {false, true}) {
            SearchPanel panel(search, collections);
            QPalette palette = panel.palette();
            palette.setColor(QPalette::Base, dark ? QColor(30, 30, 30) : QColor(255, 255, 255));
            palette.setColor(QPalette::Text, dark ? QColor(230, 230, 230) : QColor(0, 0, 0));
            panel.setPalette(palette);
            panel.queryField()->setText(QStringLiteral("الطاقة"));
            panel.runSearch();
            const QString html = panel.resultHtml(0);
            QVERIFY2(markerContrast(html) >= 4.5, qPrintable(html));
        }
    }

    void aCollectionLimitsTheSearch()
    {
        SearchService search(*m_temp->library);
        CollectionService collections(*m_temp->library);
        SearchPanel panel(search, collections);
        QVERIFY(!panel.scopeBox()->isVisibleTo(&panel)); // no collection: nothing to choose
        const auto second = collections.create(QStringLiteral("الطاقة"));
        QVERIFY(second && collections.add(second->id, {m_ids.at(1)}));
        QCOMPARE(panel.scopeBox()->count(), 2);
        panel.queryField()->setText(QStringLiteral("الخرطوم OR القاهرة"));
        panel.runSearch();
        QCOMPARE(panel.results()->count(), 2);
        panel.scopeBox()->setCurrentIndex(1);
        QCOMPARE(panel.results()->count(), 1);
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"

#include "annotate/annotationcontroller.h"
#include "annotate/annotationpanel.h"
#include "annotate/relationcontroller.h"
#include "annotate/relationpanel.h"
#include "annotate/relationtypesdialog.h"
#include "annotate/schemafiles.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "import/importservice.h"
#include "labels/labelbar.h"
#include "library/libraryfilterbar.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "network/networkscene.h"
#include "network/networkview.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "servicesfixture.h"
#include "stats/barchart.h"
#include "stats/statisticsview.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace hamish;

// Relations, attributes, document labels and the entity network in the window, driven as a
// user drives them, on the sample article about the Cairo conference.
class TestRelationsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServicesFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    QString m_body;
    QHash<QString, qint64> m_tags; // quote → annotation id

    ReaderView* reader() const { return m_window->readerPane()->reader(); }
    AnnotationService& annotations() const { return m_fixture->annotations; }
    RelationService& relations() const { return m_fixture->relations; }
    SchemaService& schema() const { return m_fixture->schema; }
    QList<Relation> stored() const { return relations().relations(m_article).value_or(QList<Relation>{}); }

    qint64 typeId(const QString& code) const
    {
        const AnnotationSchema s = schema().schema().value();
        if (const EntityType* type = s.entityType(code))
            return type->id;
        return s.relationType(code) ? s.relationType(code)->id : 0;
    }

    qint64 tag(const QString& quote, const QString& type)
    {
        const qsizetype start = m_body.indexOf(quote);
        AnnotationDraft draft;
        draft.articleId = m_article;
        draft.kind = AnnotationKind::Entity;
        draft.start = start;
        draft.end = start + quote.size();
        draft.entityTypeId = typeId(type);
        const Result<Annotation> made = annotations().create(draft);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        m_tags.insert(quote, made->id);
        return made->id;
    }

    void putCaretIn(const QString& quote)
    {
        QTextCursor cursor = reader()->textCursor();
        cursor.setPosition(int(m_body.indexOf(quote) + 1));
        reader()->setTextCursor(cursor);
        reader()->setFocus();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>();
        m_fixture->annotations.setAuthor(QStringLiteral("tester"));
        m_fixture->relations.setAuthor(QStringLiteral("tester"));
        const FileReport report =
            m_fixture->importer.importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {});
        m_article = report.added.at(1);
        m_body = m_fixture->temp.library->articles().article(m_article).value().body;
        m_tags.clear();
        tag(QStringLiteral("القاهرة"), QStringLiteral("LOC"));
        tag(QStringLiteral("خبراء"), QStringLiteral("PER"));
        tag(QStringLiteral("مصر"), QStringLiteral("LOC"));
        tag(QStringLiteral("السعودية"), QStringLiteral("LOC"));
        tag(QStringLiteral("الأردن"), QStringLiteral("LOC"));
        m_window = std::make_unique<MainWindow>(m_fixture->services());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openArticle(m_article);
    }

    void cleanup() { m_window.reset(); }

    void keyboardLink_tabChoosesTheTarget_digitTheType_undoRedo()
    {
        putCaretIn(QStringLiteral("مصر"));
        QTest::keyClick(reader(), Qt::Key_L);
        QVERIFY(m_window->relationController()->isLinking());
        // Reading order: the entity after مصر is السعودية; Tab goes on to الأردن, Shift+Tab back.
        QCOMPARE(m_window->relationController()->linkTarget(), m_tags.value(QStringLiteral("السعودية")));
        QTest::keyClick(reader(), Qt::Key_Tab);
        QCOMPARE(m_window->relationController()->linkTarget(), m_tags.value(QStringLiteral("الأردن")));
        QTest::keyClick(reader(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_window->relationController()->linkTarget(), m_tags.value(QStringLiteral("السعودية")));
        QTest::keyClick(reader(), Qt::Key_2); // LOCATED_IN is the second type
        QVERIFY(!m_window->relationController()->isLinking());
        QList<Relation> made = stored();
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().fromId, m_tags.value(QStringLiteral("مصر")));
        QCOMPARE(made.first().toId, m_tags.value(QStringLiteral("السعودية")));
        QCOMPARE(made.first().typeId, typeId(QStringLiteral("LOCATED_IN")));
        QCOMPARE(reader()->overlay().arcs().relations().size(), 1);
        // No tag was made by the digit: the link took it.
        QCOMPARE(annotations().annotations(m_article)->size(), 5);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().size(), 0);
        QCOMPARE(reader()->overlay().arcs().relations().size(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().id, made.first().id);
    }

    void keyboardLink_aTypeThatForbidsTheEnds_isRefused_andEscCancels()
    {
        putCaretIn(QStringLiteral("مصر"));
        QTest::keyClick(reader(), Qt::Key_L);
        QTest::keyClick(reader(), Qt::Key_1); // MEMBER_OF wants a person and an organisation
        QCOMPARE(stored().size(), 0);
        QVERIFY(m_window->relationController()->isLinking()); // still linking: another digit may do
        QTest::keyClick(reader(), Qt::Key_Escape);
        QVERIFY(!m_window->relationController()->isLinking());
        QCOMPARE(stored().size(), 0);
        QCOMPARE(annotations().annotations(m_article)->size(), 5);
    }

    void arcs_addNoCharFormats()
    {
        // Every fragment of the text and its char format: an arc drawn as a format would split one.
        const auto fragments = [this] {
            QList<std::pair<int, int>> out;
            for (QTextBlock block = reader()->document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it)
                    out.append({it.fragment().position(), it.fragment().charFormatIndex()});
            }
            return out;
        };
        const QList<std::pair<int, int>> before = fragments();
        QVERIFY(m_window->relationController()->relate(m_tags.value(QStringLiteral("خبراء")),
                                                       m_tags.value(QStringLiteral("القاهرة")),
                                                       typeId(QStringLiteral("SAID"))));
        QVERIFY(m_window->relationController()->relate(m_tags.value(QStringLiteral("مصر")),
                                                       m_tags.value(QStringLiteral("الأردن")),
                                                       typeId(QStringLiteral("LOCATED_IN"))));
        QCOMPARE(reader()->overlay().arcs().relations().size(), 2);
        const QList<ArcShape> shapes =
            reader()->overlay().arcs().layout(*reader()->document(), reader()->overlay().annotations());
        QCOMPARE(shapes.size(), 2);
        // Drawn over the text, never in it: the same fragments with the same char formats.
        QCOMPARE(fragments(), before);
        QCOMPARE(reader()->document()->toPlainText(), m_body);
    }

    void deletingAnEntity_deletesItsRelations_andUndoRestoresBoth()
    {
        QVERIFY(m_window->relationController()->relate(m_tags.value(QStringLiteral("مصر")),
                                                       m_tags.value(QStringLiteral("السعودية")),
                                                       typeId(QStringLiteral("LOCATED_IN"))));
        QVERIFY(m_window->relationController()->relate(m_tags.value(QStringLiteral("الأردن")),
                                                       m_tags.value(QStringLiteral("مصر")),
                                                       typeId(QStringLiteral("LOCATED_IN"))));
        const QList<Relation> before = stored();
        QCOMPARE(before.size(), 2);
        putCaretIn(QStringLiteral("مصر"));
        QTest::keyClick(reader(), Qt::Key_Delete);
        QCOMPARE(annotations().annotations(m_article)->size(), 4);
        QCOMPARE(stored().size(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotations().annotations(m_article)->size(), 5);
        const QList<Relation> after = stored();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).fromId, before.at(i).fromId);
            QCOMPARE(after.at(i).toId, before.at(i).toId);
        }
        QCOMPARE(reader()->overlay().arcs().relations().size(), 2);
    }

    void relationPanel_filtersByTypeAndWords()
    {
        RelationController* controller = m_window->relationController();
        QVERIFY(controller->relate(m_tags.value(QStringLiteral("خبراء")), m_tags.value(QStringLiteral("القاهرة")),
                                   typeId(QStringLiteral("SAID"))));
        QVERIFY(controller->relate(m_tags.value(QStringLiteral("مصر")), m_tags.value(QStringLiteral("الأردن")),
                                   typeId(QStringLiteral("LOCATED_IN"))));
        RelationPanel* panel = m_window->relationPanel();
        QCOMPARE(panel->visibleCount(), 2);
        panel->typeFilter()->setCurrentIndex(panel->typeFilter()->findData(QStringLiteral("SAID")));
        QCOMPARE(panel->visibleCount(), 1);
        panel->typeFilter()->setCurrentIndex(0);
        panel->textFilter()->setText(QStringLiteral("الاردن")); // without the hamza, as typed
        QCOMPARE(panel->visibleCount(), 1);
        panel->textFilter()->clear();
        // The whole library lists them too; activating one opens its article there.
        panel->scope()->setCurrentIndex(1);
        QCOMPARE(panel->visibleCount(), 2);
        QSignalSpy requested(panel, &RelationPanel::relationRequested);
        const QModelIndex first = panel->view()->model()->index(0, 0);
        panel->view()->setCurrentIndex(first);
        emit panel->view()->activated(first);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), m_article);
    }

    void attributes_setThroughTheService_showInTheAnnotationsPanel()
    {
        AttributeDefinition negated;
        negated.entityTypeId = typeId(QStringLiteral("LOC"));
        negated.name = QStringLiteral("negated");
        negated.kind = AttributeDefinition::Kind::Boolean;
        QVERIFY(schema().addAttribute(negated));
        const qint64 cairo = m_tags.value(QStringLiteral("القاهرة"));
        QVERIFY(m_window->annotationController()->setAttributes(cairo,
                                                                {{QStringLiteral("negated"), QStringLiteral("true")}}));
        QCOMPARE(annotations().annotation(cairo)->attributes.value(QStringLiteral("negated")), QStringLiteral("true"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!annotations().annotation(cairo)->attributes.contains(QStringLiteral("negated")));
    }

    void labelBar_setsAndReplacesInASingleChoiceSet_undoable_andTheLibraryFilters()
    {
        LabelBar* bar = m_window->labelBar();
        QCoreApplication::processEvents(); // chips added to a shown bar show from the event loop
        QVERIFY(bar->isVisible());
        const AnnotationSchema s = schema().schema().value();
        const LabelSet* genre = s.labelSet(QStringLiteral("genre"));
        const LabelSet* topic = s.labelSet(QStringLiteral("topic"));
        QVERIFY(genre && topic);
        const qint64 news = genre->label(QStringLiteral("news"))->id;
        const qint64 opinion = genre->label(QStringLiteral("opinion"))->id;
        const qint64 economy = topic->label(QStringLiteral("economy"))->id;
        const qint64 culture = topic->label(QStringLiteral("culture"))->id;

        // Clicking the chips, as a user does.
        const auto chip = [bar](const QString& tip) {
            for (QToolButton* button : bar->findChildren<QToolButton*>()) {
                if (button->toolTip() == tip && button->isVisible())
                    return button;
            }
            return static_cast<QToolButton*>(nullptr);
        };
        QVERIFY(chip(QStringLiteral("genre:news")));
        QTest::mouseClick(chip(QStringLiteral("genre:news")), Qt::LeftButton);
        QCoreApplication::processEvents();
        QTest::mouseClick(chip(QStringLiteral("topic:economy")), Qt::LeftButton);
        QCoreApplication::processEvents();
        QTest::mouseClick(chip(QStringLiteral("topic:culture")), Qt::LeftButton);
        QCoreApplication::processEvents();
        QTest::mouseClick(chip(QStringLiteral("genre:opinion")), Qt::LeftButton); // replaces news
        QCoreApplication::processEvents();
        const auto labelsNow = [this] {
            QList<qint64> ids;
            for (const ArticleLabel& l : relations().labels(m_article).value())
                ids.append(l.labelId);
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QList<qint64> expected{opinion, economy, culture};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(labelsNow(), expected);
        QVERIFY(chip(QStringLiteral("genre:opinion"))->isChecked());
        QVERIFY(!chip(QStringLiteral("genre:news"))->isChecked());

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // back to news
        expected = {news, economy, culture};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(labelsNow(), expected);
        QCoreApplication::processEvents();
        QVERIFY(chip(QStringLiteral("genre:news"))->isChecked());

        // The library list shows them and filters by one.
        LibraryModel* model = qobject_cast<LibraryModel*>(
            static_cast<QSortFilterProxyModel*>(m_window->libraryView()->list()->model())->sourceModel());
        QVERIFY(model);
        const QModelIndex row = model->indexOfArticle(m_article);
        const QString shown = model->index(row.row(), LibraryModel::LabelsColumn).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("Economy")) || shown.contains(QStringLiteral("اقتصاد")),
                 qPrintable(shown));
        QComboBox* labelBox = m_window->libraryView()->filterBar()->labelBox();
        const int visibleBefore = m_window->libraryView()->list()->model()->rowCount();
        QCOMPARE(visibleBefore, 2);
        labelBox->setCurrentIndex(labelBox->findData(culture));
        QCOMPARE(m_window->libraryView()->list()->model()->rowCount(), 1);
        labelBox->setCurrentIndex(labelBox->findData(opinion));
        QCOMPARE(m_window->libraryView()->list()->model()->rowCount(), 0);
    }

    void statistics_countLabelsAndRelationTypes()
    {
        const AnnotationSchema s = schema().schema().value();
        QVERIFY(
            relations().setLabel(m_article, s.labelSet(QStringLiteral("topic"))->label(QStringLiteral("economy"))->id));
        QVERIFY(m_window->relationController()->relate(m_tags.value(QStringLiteral("خبراء")),
                                                       m_tags.value(QStringLiteral("القاهرة")),
                                                       typeId(QStringLiteral("SAID"))));
        StatisticsView* view = m_window->showStatistics();
        QSignalSpy counted(view, &StatisticsView::counted);
        QVERIFY(counted.wait(5000));
        qint64 economy = -1, said = -1;
        for (const CountedItem& item : view->labelChart()->items()) {
            if (item.label.contains(QStringLiteral("Economy")) || item.label.contains(QStringLiteral("اقتصاد")))
                economy = item.count;
        }
        for (const CountedItem& item : view->relationChart()->items()) {
            if (item.id == typeId(QStringLiteral("SAID")))
                said = item.count;
        }
        QCOMPARE(economy, 1);
        QCOMPARE(said, 1);
    }

    void relationTypesDialog_addsEditsAndRefusesRemovingATypeInUse()
    {
        RelationTypesDialog dialog(schema());
        const int before = dialog.table()->rowCount();
        QVERIFY(dialog.addType(QStringLiteral("WORKS_FOR")));
        QCOMPARE(dialog.table()->rowCount(), before + 1);
        const int row = before;
        dialog.table()->item(row, RelationTypesDialog::SourceColumn)->setText(QStringLiteral("PER"));
        dialog.table()->item(row, RelationTypesDialog::TargetColumn)->setText(QStringLiteral("ORG، LOC"));
        dialog.table()->item(row, RelationTypesDialog::DirectedColumn)->setCheckState(Qt::Unchecked);
        const AnnotationSchema after = schema().schema().value();
        const RelationType* added = after.relationType(QStringLiteral("WORKS_FOR"));
        QVERIFY(added);
        QCOMPARE(added->sourceTypes, QStringList{QStringLiteral("PER")});
        QCOMPARE(added->targetTypes, (QStringList{QStringLiteral("ORG"), QStringLiteral("LOC")}));
        QVERIFY(!added->directed);
        QVERIFY(dialog.remove(row));
        QVERIFY(!schema().schema()->relationType(QStringLiteral("WORKS_FOR")));

        QVERIFY(relations().create({m_tags.value(QStringLiteral("مصر")),
                                    m_tags.value(QStringLiteral("الأردن")),
                                    typeId(QStringLiteral("LOCATED_IN")),
                                    {},
                                    {},
                                    {}}));
        QTimer::singleShot(0, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!dialog.remove(1)); // LOCATED_IN is in use
        QVERIFY(schema().schema()->relationType(QStringLiteral("LOCATED_IN")));
    }

    void schemaFile_badFileChangesNothing_goodFileAdds()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"relationTypes\": [");
        badFile.close();
        const AnnotationSchema before = schema().schema().value();
        QString message;
        QVERIFY(!SchemaFiles::importFrom(schema(), bad, message));
        QVERIFY2(message.contains(QStringLiteral("bad.json")), qPrintable(message));
        QCOMPARE(schema().schema()->relationTypes.size(), before.relationTypes.size());

        const QString exported = dir.filePath(QStringLiteral("schema.json"));
        QVERIFY2(SchemaFiles::exportTo(schema(), exported, message), qPrintable(message));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace("\"MET\"", "\"ALLIED_WITH\"");
        const QString good = dir.filePath(QStringLiteral("good.json"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(json);
        goodFile.close();
        QVERIFY2(SchemaFiles::importFrom(schema(), good, message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ALLIED_WITH")), qPrintable(message));
        QVERIFY(schema().schema()->relationType(QStringLiteral("ALLIED_WITH")));
        QVERIFY(schema().schema()->relationType(QStringLiteral("MET"))); // nothing deleted
    }

    void networkView_showsEntitiesAndEdges_listsEvidence_opensTheArticle_andSaves()
    {
        RelationController* controller = m_window->relationController();
        QVERIFY(controller->relate(m_tags.value(QStringLiteral("مصر")), m_tags.value(QStringLiteral("السعودية")),
                                   typeId(QStringLiteral("LOCATED_IN"))));
        QVERIFY(controller->relate(m_tags.value(QStringLiteral("خبراء")), m_tags.value(QStringLiteral("القاهرة")),
                                   typeId(QStringLiteral("SAID"))));
        m_window->openArticle(m_fixture->temp.library->articles().summaries(0, 1).value().first().id);
        NetworkView* view = m_window->showNetwork();
        QSignalSpy shown(view, &NetworkView::shown);
        QVERIFY(shown.wait(10000));
        const EntityNetwork& network = view->scene()->network();
        QCOMPARE(network.nodes.size(), 4);
        QCOMPARE(network.edges.size(), 2);
        QVERIFY2(view->legend()->text().contains(QStringLiteral("#f58231")), qPrintable(view->legend()->text()));

        // Only SAID: one edge.
        NetworkFilter said = view->filter();
        said.relationTypes = {QStringLiteral("SAID")};
        view->setFilter(said);
        QVERIFY(shown.wait(10000));
        QCOMPARE(view->scene()->network().edges.size(), 1);
        QCOMPARE(view->scene()->network().nodes.size(), 2);

        // Clicking the edge lists its sentence; activating it opens the article at the relation.
        const QPoint where = view->view()->mapFromScene(view->scene()->edgeMidpoint(0));
        QTest::mouseClick(view->view()->viewport(), Qt::LeftButton, Qt::NoModifier, where);
        QCOMPARE(view->evidenceList()->count(), 1);
        QVERIFY(view->evidenceList()->item(0)->text().contains(QStringLiteral("يشارك فيه خبراء")));
        emit view->evidenceList()->itemActivated(view->evidenceList()->item(0));
        QCOMPARE(m_window->readerPane()->articleId(), m_article);
        QVERIFY(reader()->selectedSpan().start <= m_body.indexOf(QStringLiteral("القاهرة")));

        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("network.png"));
        const QString svg = dir.filePath(QStringLiteral("network.svg"));
        const QString graphml = dir.filePath(QStringLiteral("network.graphml"));
        QVERIFY2(view->savePicture(png, error), qPrintable(error));
        QVERIFY2(view->savePicture(svg, error), qPrintable(error));
        QVERIFY2(view->exportGraph(graphml, error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QFile graphFile(graphml);
        QVERIFY(graphFile.open(QIODevice::ReadOnly));
        const QString graph = QString::fromUtf8(graphFile.readAll());
        QVERIFY(graph.contains(QStringLiteral("خبراء")));
        QVERIFY(!graph.contains(QStringLiteral("السعودية"))); // filtered out
    }
};

QTEST_MAIN(TestRelationsUi)
#include "tst_relationsui.moc"

#include "annotate/annotationpanel.h"

#include "annotate/annotationcontroller.h"
#include "annotate/annotationlistmodel.h"
#include "annotate/relationcontroller.h"
#include "annotations/annotationservice.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hamish {

AnnotationPanel::AnnotationPanel(AnnotationService& service, AnnotationController& controller,
                                 RelationController& relations, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_controller(controller)
    , m_relations(relations)
    , m_model(new AnnotationListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
    , m_notes(new QListWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AnnotationListModel::FilterKeyRole);
    m_filter->setAccessibleName(tr("Show annotations of kind"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Annotations"));
    // An article without annotations says how to make one.
    m_hint->setText(tr("No annotation yet. Select text in the article, then press 1–9 to tag an entity type, H to "
                       "highlight or N to write a note."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    // Types, authors and times are short and must show whole: their columns fit their content
    // (an article's annotations are few enough to measure). Notes get what is left with quotes.
    for (const int column : {AnnotationListModel::KindColumn, AnnotationListModel::AttributesColumn,
                             AnnotationListModel::AuthorColumn, AnnotationListModel::ModifiedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(AnnotationListModel::NoteColumn, 5 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_notes->setAccessibleName(tr("Article notes"));
    m_notes->setWordWrap(true);

    auto* editButton = new QPushButton(tr("Edit Note…"), this);
    auto* attributesButton = new QPushButton(tr("Attributes…"), this);
    auto* deleteButton = new QPushButton(tr("Delete"), this);
    auto* addNote = new QPushButton(tr("Add…"), this);
    auto* editNote = new QPushButton(tr("Edit…"), this);
    auto* removeNote = new QPushButton(tr("Remove"), this);

    auto* annotationButtons = new QHBoxLayout;
    annotationButtons->addWidget(editButton);
    annotationButtons->addWidget(attributesButton);
    annotationButtons->addWidget(deleteButton);
    annotationButtons->addStretch();
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(addNote);
    noteButtons->addWidget(editNote);
    noteButtons->addWidget(removeNote);
    noteButtons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 3);
    layout->addLayout(annotationButtons);
    layout->addWidget(new QLabel(tr("Notes on the article"), this));
    layout->addWidget(m_notes, 1);
    layout->addLayout(noteButtons);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFilterFixedString(m_filter->currentData().toString()); });
    // A relation's row jumps to its "from" end.
    const auto jump = [this] {
        if (const Annotation* a = current()) {
            emit jumpRequested({a->start, a->end});
        } else if (const Relation* r = currentRelation()) {
            const QList<Annotation> ends = m_relations.relationEnds(*r);
            if (!ends.isEmpty())
                emit jumpRequested({ends.first().start, ends.first().end});
        }
    };
    connect(m_view, &QTreeView::clicked, this, jump);
    connect(m_view, &QTreeView::activated, this, jump);
    connect(editButton, &QPushButton::clicked, this, [this] {
        if (const Annotation* a = current())
            m_controller.changeNote(*a);
        else if (const Relation* r = currentRelation())
            m_relations.editNote(r->id);
    });
    connect(attributesButton, &QPushButton::clicked, this, [this] {
        if (const Annotation* a = current())
            m_controller.editAttributes(a->id);
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (const Annotation* a = current())
            m_controller.removeAnnotation(a->id);
        else if (const Relation* r = currentRelation())
            m_relations.removeRelations({r->id});
    });
    connect(&m_relations, &RelationController::relationsReloaded, this, &AnnotationPanel::reloadRelations);
    connect(addNote, &QPushButton::clicked, &m_controller, &AnnotationController::addArticleNote);
    connect(editNote, &QPushButton::clicked, this, [this] {
        if (const ArticleNote* note = currentNote())
            m_controller.editArticleNote(*note);
    });
    connect(removeNote, &QPushButton::clicked, this, [this] {
        if (const ArticleNote* note = currentNote())
            m_controller.removeArticleNote(*note);
    });
    connect(m_notes, &QListWidget::itemDoubleClicked, this, [this] {
        if (const ArticleNote* note = currentNote())
            m_controller.editArticleNote(*note);
    });
    connect(&m_service, &AnnotationService::annotationsChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            reload();
    });
    connect(&m_service, &AnnotationService::entityTypesChanged, this, &AnnotationPanel::reload);
    connect(&m_service, &AnnotationService::articleNotesChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            reloadNotes();
    });
    reload();
}

void AnnotationPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
    reloadNotes();
}

int AnnotationPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void AnnotationPanel::rebuildFilter(const QList<EntityType>& types)
{
    const QString selected = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All annotations"), QString());
    m_filter->addItem(tr("Highlights"), QStringLiteral("highlight"));
    m_filter->addItem(tr("Notes"), QStringLiteral("note"));
    for (const EntityType& type : types)
        m_filter->addItem(QStringLiteral("%1 · %2 · %3").arg(type.code, type.nameAr, type.nameEn),
                          QString(QStringLiteral("entity:") + type.code));
    m_filter->addItem(tr("Relations"), QStringLiteral("relation:"));
    for (const RelationType& type : m_relations.schema().relationTypes)
        m_filter->addItem(QStringLiteral("%1 · %2 · %3").arg(type.code, type.nameAr, type.nameEn),
                          QString(QStringLiteral("relation:") + type.code));
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(selected)));
}

void AnnotationPanel::reload()
{
    const Result<QList<EntityType>> types = m_service.entityTypes();
    const Result<QList<Annotation>> annotations =
        m_articleId > 0 ? m_service.annotations(m_articleId) : Result<QList<Annotation>>(QList<Annotation>{});
    if (!types || !annotations)
        return;
    rebuildFilter(*types);
    m_model->setContents(*annotations, *types);
    reloadRelations();
    m_hint->setVisible(m_articleId > 0 && annotations->isEmpty());
}

void AnnotationPanel::reloadRelations()
{
    m_model->setRelations(m_articleId > 0 ? m_relations.relations() : QList<Relation>{},
                          m_relations.schema().relationTypes, isRightToLeft());
    m_proxy->setFilterFixedString(m_filter->currentData().toString());
}

void AnnotationPanel::reloadNotes()
{
    m_notes->clear();
    const Result<QList<ArticleNote>> notes =
        m_articleId > 0 ? m_service.articleNotes(m_articleId) : Result<QList<ArticleNote>>(QList<ArticleNote>{});
    m_noteList = notes.value_or(QList<ArticleNote>{});
    for (const ArticleNote& note : std::as_const(m_noteList)) {
        auto* item = new QListWidgetItem(displaySafe(note.text), m_notes);
        item->setToolTip(QStringLiteral("%1 · %2").arg(
            note.author, QLocale().toString(note.modified.toLocalTime(), QLocale::ShortFormat)));
        item->setTextAlignment((note.text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    }
}

const Annotation* AnnotationPanel::current() const
{
    return m_model->annotation(m_proxy->mapToSource(m_view->currentIndex()));
}

const Relation* AnnotationPanel::currentRelation() const
{
    return m_model->relation(m_proxy->mapToSource(m_view->currentIndex()));
}

const ArticleNote* AnnotationPanel::currentNote() const
{
    const int row = m_notes->currentRow();
    return row >= 0 && row < m_noteList.size() ? &m_noteList.at(row) : nullptr;
}

} // namespace hamish

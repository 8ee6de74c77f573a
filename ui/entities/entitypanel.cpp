#include "entities/entitypanel.h"

#include "annotate/annotationcontroller.h"
#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "storage/library.h"
#include "text/displaytext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ArticleRole = Qt::UserRole + 2;
constexpr int StartRole = Qt::UserRole + 3;
constexpr int EndRole = Qt::UserRole + 4;
constexpr qsizetype ContextLength = 36;

QPushButton* button(const QString& text, QWidget* parent)
{
    return new QPushButton(text, parent);
}

} // namespace

EntityPanel::EntityPanel(Library& library, EntityRegistry& registry, AnnotationService& annotations,
                         AnnotationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_registry(registry)
    , m_annotations(annotations)
    , m_controller(controller)
    , m_entities(new QTreeWidget(this))
    , m_mentions(new QListWidget(this))
    , m_suggestions(new QListWidget(this))
{
    m_entities->setHeaderLabels({tr("Entity"), tr("Type"), tr("Mentions"), tr("Variants")});
    m_entities->setRootIsDecorated(false);
    m_entities->setSortingEnabled(true);
    m_entities->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entities->setAccessibleName(tr("Entities"));
    m_entities->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mentions->setAccessibleName(tr("Mentions of the entity"));
    m_mentions->setLayoutDirection(Qt::RightToLeft);
    m_suggestions->setAccessibleName(tr("Suggestions in this article"));
    m_suggestions->setLayoutDirection(Qt::RightToLeft);

    auto* rename = button(tr("Rename…"), this);
    auto* retype = button(tr("Type…"), this);
    auto* variants = button(tr("Variants…"), this);
    auto* merge = button(tr("Merge"), this);
    merge->setToolTip(tr("Merge the selected entities into the current one"));
    auto* entityButtons = new QHBoxLayout;
    for (QPushButton* b : {rename, retype, variants, merge})
        entityButtons->addWidget(b);

    auto* accept = button(tr("Accept"), this);
    auto* reject = button(tr("Reject"), this);
    auto* acceptAll = button(tr("Accept All"), this);
    auto* rejectAll = button(tr("Reject All"), this);
    auto* suggestionButtons = new QHBoxLayout;
    for (QPushButton* b : {accept, reject, acceptAll, rejectAll})
        suggestionButtons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entities, 3);
    layout->addLayout(entityButtons);
    layout->addWidget(new QLabel(tr("Mentions"), this));
    layout->addWidget(m_mentions, 3);
    layout->addWidget(new QLabel(tr("Suggestions in this article"), this));
    layout->addWidget(m_suggestions, 2);
    layout->addLayout(suggestionButtons);

    connect(m_entities, &QTreeWidget::currentItemChanged, this, [this] { showMentions(currentEntity()); });
    connect(m_mentions, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit mentionRequested(item->data(ArticleRole).toLongLong(),
                              {item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong()});
    });
    connect(m_mentions, &QListWidget::itemClicked, m_mentions, &QListWidget::itemActivated);
    connect(rename, &QPushButton::clicked, this, [this] {
        const QString name =
            QInputDialog::getText(this, tr("Rename Entity"), tr("Name:"), QLineEdit::Normal,
                                  m_entities->currentItem() ? m_entities->currentItem()->text(0) : QString());
        if (!name.isEmpty())
            renameCurrent(name);
    });
    connect(retype, &QPushButton::clicked, this, [this] {
        QStringList codes;
        for (const EntityType& t : std::as_const(m_types))
            codes.append(t.code);
        bool ok = false;
        const QString code = QInputDialog::getItem(this, tr("Entity Type"), tr("Type:"), codes, 0, false, &ok);
        const qsizetype index = codes.indexOf(code);
        if (ok && index >= 0)
            retypeCurrent(m_types.at(index).id);
    });
    connect(variants, &QPushButton::clicked, this, [this] {
        const qint64 id = currentEntity();
        const Result<Entity> entity = m_registry.entity(id);
        if (!entity)
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Variants"), tr("Other spellings, one per line:"),
                                                            entity->variants.join(u'\n'), &ok);
        if (!ok)
            return;
        if (Status saved = m_registry.setVariants(id, text.split(u'\n', Qt::SkipEmptyParts)); !saved)
            QMessageBox::warning(this, tr("Variants"), saved.error());
    });
    connect(merge, &QPushButton::clicked, this, &EntityPanel::mergeSelected);

    const auto currentSuggestion = [this]() -> std::optional<Suggestion> {
        const int row = m_suggestions->currentRow();
        if (row < 0 || row >= m_controller.suggestions().size())
            return std::nullopt;
        return m_controller.suggestions().at(row);
    };
    connect(accept, &QPushButton::clicked, this, [this, currentSuggestion] {
        if (const auto s = currentSuggestion())
            m_controller.acceptSuggestion(*s);
    });
    connect(reject, &QPushButton::clicked, this, [this, currentSuggestion] {
        if (const auto s = currentSuggestion())
            m_controller.rejectSuggestion(*s);
    });
    connect(acceptAll, &QPushButton::clicked, &m_controller, &AnnotationController::acceptAllSuggestions);
    connect(rejectAll, &QPushButton::clicked, &m_controller, &AnnotationController::rejectAllSuggestions);

    connect(&m_registry, &EntityRegistry::entitiesChanged, this, &EntityPanel::reload);
    connect(&m_annotations, &AnnotationService::annotationsChanged, this, &EntityPanel::reload);
    connect(&m_annotations, &AnnotationService::entityTypesChanged, this, &EntityPanel::reload);
    connect(&m_controller, &AnnotationController::suggestionsChanged, this, &EntityPanel::reloadSuggestions);
    reload();
}

QString EntityPanel::typeCode(qint64 typeId) const
{
    for (const EntityType& t : m_types) {
        if (t.id == typeId)
            return t.code;
    }
    return {};
}

qint64 EntityPanel::currentEntity() const
{
    return m_entities->currentItem() ? m_entities->currentItem()->data(0, IdRole).toLongLong() : 0;
}

void EntityPanel::reload()
{
    m_types = m_annotations.entityTypes().value_or(QList<EntityType>{});
    const qint64 current = currentEntity();
    const Result<QList<Entity>> entities = m_registry.entities();
    m_entities->clear();
    for (const Entity& e : entities.value_or(QList<Entity>{})) {
        auto* item = new QTreeWidgetItem(m_entities);
        item->setData(0, IdRole, e.id);
        item->setText(0, displaySafe(e.name));
        item->setText(1, typeCode(e.entityTypeId));
        item->setData(2, Qt::DisplayRole, e.mentionCount);
        item->setText(3, e.variants.join(QStringLiteral(" · ")));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        if (e.id == current)
            m_entities->setCurrentItem(item);
    }
    showMentions(currentEntity());
}

void EntityPanel::showMentions(qint64 entityId)
{
    m_mentions->clear();
    if (entityId <= 0)
        return;
    QHash<qint64, Article> articles;
    for (const Annotation& a : m_registry.mentions(entityId).value_or(QList<Annotation>{})) {
        if (!articles.contains(a.articleId))
            articles.insert(a.articleId, m_library.articles().article(a.articleId).value_or(Article{}));
        const Article& article = articles[a.articleId];
        const qsizetype from = qMax(qsizetype(0), a.start - ContextLength);
        const QString before = article.body.mid(from, a.start - from).simplified();
        const QString after = article.body.mid(a.end, ContextLength).simplified();
        auto* item = new QListWidgetItem(QChar(0x2067) + before + QStringLiteral(" [") + a.quote + QStringLiteral("] ")
                                             + after + QChar(0x2069),
                                         m_mentions);
        item->setToolTip(article.title);
        item->setData(ArticleRole, a.articleId);
        item->setData(StartRole, qint64(a.start));
        item->setData(EndRole, qint64(a.end));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    }
}

void EntityPanel::reloadSuggestions()
{
    m_suggestions->clear();
    for (const Suggestion& s : m_controller.suggestions())
        m_suggestions->addItem(QStringLiteral("%1 — %2").arg(s.text, typeCode(s.entityTypeId)));
}

bool EntityPanel::renameCurrent(const QString& name)
{
    const Status ok = m_registry.rename(currentEntity(), name);
    if (!ok)
        QMessageBox::warning(this, tr("Rename Entity"), ok.error());
    return ok.has_value();
}

bool EntityPanel::retypeCurrent(qint64 typeId)
{
    const Status ok = m_registry.retype(currentEntity(), typeId);
    if (!ok)
        QMessageBox::warning(this, tr("Entity Type"), ok.error());
    return ok.has_value();
}

bool EntityPanel::mergeSelected()
{
    const qint64 into = currentEntity();
    QList<qint64> others;
    for (const QTreeWidgetItem* item : m_entities->selectedItems()) {
        if (item->data(0, IdRole).toLongLong() != into)
            others.append(item->data(0, IdRole).toLongLong());
    }
    if (into <= 0 || others.isEmpty())
        return false;
    const Status ok = m_registry.merge(into, others);
    if (!ok)
        QMessageBox::warning(this, tr("Merge Entities"), ok.error());
    return ok.has_value();
}

} // namespace hamish

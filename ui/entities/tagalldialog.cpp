#include "entities/tagalldialog.h"

#include "annotations/annotationservice.h"
#include "articles/collectionservice.h"
#include "jobs/job.h"
#include "storage/library.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

constexpr int HitIndexRole = Qt::UserRole + 1;
constexpr int TypeCodeRole = Qt::UserRole + 2;
const QString LastTypeKey = QStringLiteral("tagAll/lastType");

} // namespace

TagAllDialog::TagAllDialog(MentionSearch& mentions, AnnotationService& annotations, CollectionService& collections,
                           const QString& name, const QStringList& variants, qint64 typeId, qint64 articleId,
                           QWidget* parent)
    : QDialog(parent)
    , m_mentions(mentions)
    , m_variants(variants)
    , m_articleId(articleId)
    , m_name(new QLineEdit(name, this))
    , m_type(new QComboBox(this))
    , m_article(new QRadioButton(tr("This &article"), this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_collection(new QRadioButton(tr("The &collection"), this))
    , m_collections(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_hits(new QTreeWidget(this))
{
    setWindowTitle(tr("Tag All Occurrences"));
    resize(820, 560);
    const QString lastType = QSettings().value(LastTypeKey).toString();
    for (const EntityType& type : annotations.entityTypes().value_or(QList<EntityType>{})) {
        m_type->addItem(QStringLiteral("%1 — %2 / %3").arg(type.code, type.nameAr, type.nameEn), type.id);
        m_type->setItemData(m_type->count() - 1, type.code, TypeCodeRole);
        if (type.id == typeId || (typeId == 0 && type.code == lastType))
            m_type->setCurrentIndex(m_type->count() - 1);
    }
    for (const Collection& c : collections.collections().value_or(QList<Collection>()))
        m_collections->addItem(displaySafe(c.name), c.id);
    m_collection->setEnabled(m_collections->count() > 0);
    m_collections->setEnabled(false);
    m_collections->setAccessibleName(tr("Collection"));
    m_name->setAccessibleName(tr("Name to find"));
    m_article->setChecked(true);
    m_hits->setHeaderLabels({tr("Tag"), tr("Article"), tr("In context")});
    m_hits->setRootIsDecorated(false);
    m_hits->setAccessibleName(tr("Occurrences"));
    m_hits->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* scope = new QHBoxLayout;
    scope->addWidget(m_article);
    scope->addWidget(m_library);
    scope->addWidget(m_collection);
    scope->addWidget(m_collections);
    scope->addStretch();
    auto* find = new QPushButton(tr("&Find"), this);
    scope->addWidget(find);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Where:"), scope);

    auto* all = new QPushButton(tr("Check All"), this);
    auto* none = new QPushButton(tr("Check None"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(all, QDialogButtonBox::ActionRole);
    buttons->addButton(none, QDialogButtonBox::ActionRole);
    m_tag = buttons->addButton(tr("&Tag Checked"), QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_hits, 1);
    layout->addWidget(buttons);

    connect(find, &QPushButton::clicked, this, &TagAllDialog::search);
    connect(m_name, &QLineEdit::returnPressed, this, &TagAllDialog::search);
    for (QRadioButton* where : {m_article, m_library, m_collection})
        connect(where, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                search();
        });
    connect(m_collection, &QRadioButton::toggled, m_collections, &QWidget::setEnabled);
    connect(m_collections, &QComboBox::currentIndexChanged, this, [this] {
        if (m_collection->isChecked())
            search();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &TagAllDialog::search);
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_hits->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_hits->topLevelItem(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(0, state);
        }
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

QString TagAllDialog::name() const
{
    return m_name->text().trimmed();
}

qint64 TagAllDialog::typeId() const
{
    return m_type->currentData().toLongLong();
}

TagAllDialog::~TagAllDialog()
{
    if (m_searching) {
        m_searching->cancel();
        m_searching->wait(-1);
    }
}

void TagAllDialog::accept()
{
    QSettings().setValue(LastTypeKey, m_type->currentData(TypeCodeRole));
    QDialog::accept();
}

void TagAllDialog::search()
{
    m_hits->clear();
    m_found.clear();
    if (m_searching) {
        m_searching->cancel(); // its result is dropped; it deletes itself when its thread ends
        disconnect(m_searching, nullptr, this, nullptr);
        m_searching = nullptr;
    }
    QStringList names{name()};
    for (const QString& variant : std::as_const(m_variants))
        names.append(variant);
    const qint64 type = typeId();
    QElapsedTimer timer;
    timer.start();
    if (m_article->isChecked()) {
        // One article is quick: no thread for it.
        display(m_mentions.findAll(names, type, m_articleId), timer.elapsed());
        return;
    }
    const ArticleScope scope{m_collection->isChecked() ? m_collections->currentData().toLongLong() : 0};
    auto found = std::make_shared<Result<QList<MentionHit>>>(failure(QString()));
    m_searching = new Job(tr("Finding occurrences"), m_mentions.library().path(), {},
                          [=](Library& library, const JobControl& control) {
                              *found = MentionSearch(library).findAll(names, type, 0, scope, control);
                          });
    Job* job = m_searching;
    m_summary->setText(tr("Searching the library…"));
    m_tag->setEnabled(false);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, this, [this, job, found, timer] {
        if (job != m_searching)
            return;
        m_searching = nullptr;
        display(job->openError().isEmpty() ? *found : Result<QList<MentionHit>>(failure(job->openError())),
                timer.elapsed());
    });
    job->start();
}

void TagAllDialog::display(const Result<QList<MentionHit>>& found, qint64 milliseconds)
{
    m_tag->setEnabled(true);
    if (!found) {
        m_found.clear();
        m_summary->setText(found.error());
        emit searched();
        return;
    }
    m_found = *found;
    int tagged = 0;
    for (int i = 0; i < m_found.size(); ++i) {
        const MentionHit& hit = m_found.at(i);
        auto* item = new QTreeWidgetItem(m_hits);
        item->setData(0, HitIndexRole, i);
        item->setText(1, hit.articleTitle);
        // Keyword in context, right to left; isolates keep stray bidi controls in the text local.
        item->setText(2, QChar(0x2067) + displaySafe(hit.before) + QStringLiteral(" [") + displaySafe(hit.text)
                             + QStringLiteral("] ") + displaySafe(hit.after) + QChar(0x2069));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        if (hit.alreadyTagged) {
            ++tagged;
            item->setText(0, tr("tagged"));
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
        } else {
            item->setCheckState(0, Qt::Checked);
        }
    }
    m_summary->setText(tr("%n occurrence(s)", nullptr, int(m_found.size())) + u' '
                       + tr("(%n already tagged)", nullptr, tagged) + u' ' + tr("found in %1 ms.").arg(milliseconds));
    emit searched();
}

QList<MentionHit> TagAllDialog::chosenHits() const
{
    QList<MentionHit> chosen;
    for (int i = 0; i < m_hits->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_hits->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked)
            chosen.append(m_found.at(item->data(0, HitIndexRole).toInt()));
    }
    return chosen;
}

} // namespace hamish

#include "entities/tagalldialog.h"

#include "annotations/annotationservice.h"
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
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

constexpr int HitIndexRole = Qt::UserRole + 1;

} // namespace

TagAllDialog::TagAllDialog(MentionSearch& mentions, AnnotationService& annotations, const QString& name,
                           const QStringList& variants, qint64 typeId, qint64 articleId, QWidget* parent)
    : QDialog(parent)
    , m_mentions(mentions)
    , m_variants(variants)
    , m_articleId(articleId)
    , m_name(new QLineEdit(name, this))
    , m_type(new QComboBox(this))
    , m_article(new QRadioButton(tr("This &article"), this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_summary(new QLabel(this))
    , m_hits(new QTreeWidget(this))
{
    setWindowTitle(tr("Tag All Occurrences"));
    resize(820, 560);
    for (const EntityType& type : annotations.entityTypes().value_or(QList<EntityType>{})) {
        m_type->addItem(QStringLiteral("%1 — %2 / %3").arg(type.code, type.nameAr, type.nameEn), type.id);
        if (type.id == typeId)
            m_type->setCurrentIndex(m_type->count() - 1);
    }
    m_name->setAccessibleName(tr("Name to find"));
    m_article->setChecked(true);
    m_hits->setHeaderLabels({tr("Tag"), tr("Article"), tr("In context")});
    m_hits->setRootIsDecorated(false);
    m_hits->setAccessibleName(tr("Occurrences"));
    m_hits->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* scope = new QHBoxLayout;
    scope->addWidget(m_article);
    scope->addWidget(m_library);
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
    buttons->addButton(tr("&Tag Checked"), QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_hits, 1);
    layout->addWidget(buttons);

    connect(find, &QPushButton::clicked, this, &TagAllDialog::search);
    connect(m_name, &QLineEdit::returnPressed, this, &TagAllDialog::search);
    connect(m_article, &QRadioButton::toggled, this, &TagAllDialog::search);
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

void TagAllDialog::search()
{
    m_hits->clear();
    QElapsedTimer timer;
    timer.start();
    QStringList names{name()};
    for (const QString& variant : std::as_const(m_variants))
        names.append(variant);
    const Result<QList<MentionHit>> found =
        m_mentions.findAll(names, typeId(), m_library->isChecked() ? 0 : m_articleId);
    if (!found) {
        m_found.clear();
        m_summary->setText(found.error());
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
                       + tr("(%n already tagged)", nullptr, tagged) + u' '
                       + tr("found in %1 ms.").arg(timer.elapsed()));
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

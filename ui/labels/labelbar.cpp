#include "labels/labelbar.h"

#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace hamish {

namespace {

// The mnemonic of the n-th label in the D menu: 1–9, then a–z, then none.
QString mnemonic(int n)
{
    if (n < 9)
        return QStringLiteral("&%1 ").arg(n + 1);
    if (n < 9 + 26)
        return QStringLiteral("&%1 ").arg(QChar(u'a' + (n - 9)));
    return {};
}

// The labels of `set` among `ids`.
QList<qint64> labelsOfSet(const LabelSet& set, const QList<qint64>& ids)
{
    QList<qint64> out;
    for (const Label& label : set.labels) {
        if (ids.contains(label.id))
            out.append(label.id);
    }
    return out;
}

} // namespace

LabelBar::LabelBar(RelationService& relations, SchemaService& schema, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_relations(relations)
    , m_schema(schema)
    , m_undoStack(undoStack)
    , m_rows(new QVBoxLayout(this))
{
    setAccessibleName(tr("Document labels"));
    // Reads right to left like the article above which it sits, whatever the UI's direction.
    setLayoutDirection(Qt::RightToLeft);
    m_rows->setContentsMargins(24, 0, 24, 2);
    m_rows->setSpacing(0);
    connect(&m_relations, &RelationService::labelsChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId || articleId == 0)
            reload();
    });
    connect(&m_schema, &SchemaService::schemaChanged, this, &LabelBar::reload);
    hide();
}

void LabelBar::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void LabelBar::reload()
{
    m_checked.clear();
    m_sets.clear();
    if (m_articleId > 0) {
        if (Result<AnnotationSchema> schema = m_schema.schema())
            m_sets = schema->labelSets;
        if (Result<QList<ArticleLabel>> labels = m_relations.labels(m_articleId)) {
            for (const ArticleLabel& label : *labels) {
                if (label.author == m_relations.author())
                    m_checked.append(label.labelId);
            }
        }
    }
    rebuild();
}

void LabelBar::rebuild()
{
    m_chips.clear();
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* child = row->takeAt(0)) {
                // Later: the chip being clicked may be the one whose signal rebuilt the bar.
                if (QWidget* widget = child->widget()) {
                    widget->hide();
                    widget->deleteLater();
                }
                delete child;
            }
        }
        delete item;
    }
    setVisible(m_articleId > 0 && !m_sets.isEmpty());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (const LabelSet& set : std::as_const(m_sets)) {
        auto* row = new QHBoxLayout;
        row->setSpacing(4);
        auto* name = new QLabel(nameOf(set), this);
        name->setFont(small);
        name->setForegroundRole(QPalette::PlaceholderText);
        name->setToolTip(set.multiple ? tr("Any number of these") : tr("One of these"));
        row->addWidget(name);
        for (const Label& label : set.labels) {
            auto* chip = new QToolButton(this);
            chip->setFont(small);
            chip->setCheckable(true);
            chip->setAutoRaise(true);
            chip->setChecked(m_checked.contains(label.id));
            chip->setAccessibleName(QStringLiteral("%1: %2").arg(nameOf(set), nameOf(label)));
            chip->setProperty("labelCode", QStringLiteral("%1:%2").arg(set.code, label.code));
            const qint64 id = label.id;
            connect(chip, &QToolButton::clicked, this, [this, id] { toggleLabel(id); });
            chip->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(chip, &QToolButton::customContextMenuRequested, this, [this, id, chip](const QPoint& at) {
                if (!suggestionFor(id))
                    return;
                QMenu menu(this);
                menu.addAction(tr("&Refuse This Suggestion"), this, [this, id] { emit suggestionRejected(id); });
                menu.exec(chip->mapToGlobal(at));
            });
            styleChip(chip, label);
            m_chips.insert(label.id, chip);
            row->addWidget(chip);
        }
        row->addStretch(1);
        m_rows->addLayout(row);
    }
}

void LabelBar::setSuggestions(const QList<LabelSuggestion>& suggestions)
{
    m_suggestions = suggestions;
    for (const LabelSet& set : std::as_const(m_sets)) {
        for (const Label& label : set.labels) {
            if (QToolButton* chip = m_chips.value(label.id))
                styleChip(chip, label);
        }
    }
}

QToolButton* LabelBar::chipOf(qint64 labelId) const
{
    return m_chips.value(labelId);
}

const LabelSuggestion* LabelBar::suggestionFor(qint64 labelId) const
{
    if (m_checked.contains(labelId))
        return nullptr;
    for (const LabelSuggestion& s : m_suggestions) {
        if (s.labelId == labelId)
            return &s;
    }
    return nullptr;
}

void LabelBar::styleChip(QToolButton* chip, const Label& label)
{
    const LabelSuggestion* suggested = suggestionFor(label.id);
    const QString code = chip->property("labelCode").toString();
    if (!suggested) {
        chip->setText(nameOf(label));
        chip->setToolTip(code);
        chip->setStyleSheet({});
        return;
    }
    const int percent = qRound(suggested->confidence * 100);
    chip->setText(tr("%1 (%2 %)").arg(nameOf(label)).arg(percent));
    chip->setToolTip(tr("%1: suggested by the label model, %2 % sure. Click to set it; the context menu "
                        "refuses it.")
                         .arg(code)
                         .arg(percent));
    // Dashed like the model's entity suggestions, the surer the stronger.
    QColor edge = palette().color(QPalette::Highlight);
    edge.setAlphaF(0.35 + 0.65 * suggested->confidence);
    chip->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px dashed %1; border-radius: 3px; }").arg(edge.name(QColor::HexArgb)));
}

bool LabelBar::arabicNames() const
{
    return QLocale().language() == QLocale::Arabic;
}

QString LabelBar::nameOf(const LabelSet& set) const
{
    const QString name = arabicNames() ? set.nameAr : set.nameEn;
    return name.isEmpty() ? set.code : name;
}

QString LabelBar::nameOf(const Label& label) const
{
    const QString name = arabicNames() ? label.nameAr : label.nameEn;
    return name.isEmpty() ? label.code : name;
}

void LabelBar::toggleLabel(qint64 labelId)
{
    // A copy: the change reloads the bar, and m_sets with it.
    std::optional<LabelSet> found;
    for (const LabelSet& s : std::as_const(m_sets)) {
        for (const Label& l : s.labels) {
            if (l.id == labelId)
                found = s;
        }
    }
    if (!found || m_articleId <= 0)
        return;
    const LabelSet* set = &*found;
    const qint64 articleId = m_articleId;
    const QList<qint64> before = labelsOfSet(*set, m_checked);
    QList<qint64> after = before;
    if (after.contains(labelId))
        after.removeAll(labelId);
    else if (set->multiple)
        after.append(labelId);
    else
        after = {labelId};
    // Takes the set's labels from `from` to `to`: unset first, so a single-choice set never
    // holds two.
    auto change = [this, articleId](const QList<qint64>& from, const QList<qint64>& to) -> Status {
        for (qint64 id : from) {
            if (!to.contains(id)) {
                if (Status s = m_relations.unsetLabel(articleId, id); !s)
                    return s;
            }
        }
        for (qint64 id : to) {
            if (!from.contains(id)) {
                if (Status s = m_relations.setLabel(articleId, id); !s)
                    return s;
            }
        }
        return {};
    };
    if (Status done = change(before, after); !done) {
        emit errorOccurred(done.error());
        reload();
        return;
    }
    QString labelName;
    for (const Label& l : set->labels) {
        if (l.id == labelId)
            labelName = nameOf(l);
    }
    const QString text =
        after.contains(labelId) ? tr("Label the article %1").arg(labelName) : tr("Remove the label %1").arg(labelName);
    m_undoStack.push(new ChangeCommand(
        text, [change, before, after] { return change(before, after); },
        [change, before, after] { return change(after, before); },
        [this](const QString& message) { emit errorOccurred(message); }));
}

void LabelBar::fillMenu(QMenu& menu)
{
    int n = 0;
    for (const LabelSet& set : std::as_const(m_sets)) {
        menu.addSection(nameOf(set));
        for (const Label& label : set.labels) {
            QString text = mnemonic(n++) + nameOf(label);
            if (const LabelSuggestion* suggested = suggestionFor(label.id))
                text = tr("%1 (suggested, %2 %)").arg(text).arg(qRound(suggested->confidence * 100));
            QAction* action = menu.addAction(text);
            action->setCheckable(true);
            action->setChecked(m_checked.contains(label.id));
            const qint64 id = label.id;
            connect(action, &QAction::triggered, this, [this, id] { toggleLabel(id); });
        }
    }
}

void LabelBar::popUpMenu()
{
    if (m_articleId <= 0 || m_sets.isEmpty())
        return;
    QMenu menu(this);
    menu.setAccessibleName(tr("Document labels"));
    fillMenu(menu);
    menu.exec(mapToGlobal(QPoint(width() - menu.sizeHint().width(), height())));
}

} // namespace hamish

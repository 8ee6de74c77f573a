#include "agreement/comparisonview.h"

#include "agreement/annotatorprogress.h"
#include "agreement/curationcontroller.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "reader/readerview.h"
#include "services.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "undo/undokeys.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hamish {

SpanMark ComparisonView::markOf(SpanMatch match)
{
    switch (match) {
    case SpanMatch::Agree:
        return {QColor(0x2e, 0x7d, 0x32), Qt::SolidLine, 1.2};
    case SpanMatch::OtherType:
        return {QColor(0xef, 0x6c, 0x00), Qt::DashLine, 2.2};
    case SpanMatch::OtherBoundaries:
        return {QColor(0x6a, 0x1b, 0x9a), Qt::DotLine, 2.4};
    case SpanMatch::OnlyOne:
        return {QColor(0xc6, 0x28, 0x28), Qt::SolidLine, 2.4};
    }
    return {};
}

namespace {

QString legendEntry(SpanMatch match, const QString& text)
{
    const SpanMark mark = ComparisonView::markOf(match);
    const QString line = mark.style == Qt::DashLine  ? QStringLiteral("╌╌")
                         : mark.style == Qt::DotLine ? QStringLiteral("┈┈")
                                                     : QStringLiteral("──");
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span>")
        .arg(mark.colour.name(), line, text.toHtmlEscaped());
}

} // namespace

ComparisonView::ComparisonView(const Services& services, CurationController& curation, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_curation(curation)
    , m_firstName(new QComboBox(this))
    , m_secondName(new QComboBox(this))
    , m_articles(new QComboBox(this))
    , m_curator(new QLineEdit(curation.curator(), this))
    , m_counts(new QLabel(this))
    , m_description(new QLabel(this))
    , m_firstTitle(new QLabel(this))
    , m_secondTitle(new QLabel(this))
    , m_first(new ReaderView(this))
    , m_second(new ReaderView(this))
{
    setWindowTitle(tr("Compare Annotators"));
    resize(1280, 820);
    m_firstName->setAccessibleName(tr("First annotator"));
    m_secondName->setAccessibleName(tr("Second annotator"));
    m_articles->setAccessibleName(tr("Article both worked on"));
    m_articles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_articles->setMinimumContentsLength(30);
    m_curator->setAccessibleName(tr("Gold layer"));
    m_curator->setMaximumWidth(140);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    for (ReaderView* reader : {m_first, m_second})
        reader->setFocusPolicy(Qt::ClickFocus);
    m_first->viewport()->installEventFilter(this); // a long article's first paint

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("First:"), this));
    top->addWidget(m_firstName);
    top->addWidget(new QLabel(tr("Second:"), this));
    top->addWidget(m_secondName);
    top->addWidget(new QLabel(tr("Article:"), this));
    top->addWidget(m_articles, 1);
    top->addWidget(new QLabel(tr("Gold layer:"), this));
    top->addWidget(m_curator);

    auto* sides = new QSplitter(Qt::Horizontal, this);
    for (const auto& [title, reader] : {std::pair{m_firstTitle, m_first}, std::pair{m_secondTitle, m_second}}) {
        auto* pane = new QWidget(sides);
        auto* column = new QVBoxLayout(pane);
        column->setContentsMargins(0, 0, 0, 0);
        title->setAlignment(Qt::AlignCenter);
        column->addWidget(title);
        column->addWidget(reader, 1);
        sides->addWidget(pane);
    }
    // Scrolled together: the same text, line for line.
    QScrollBar* firstBar = m_first->verticalScrollBar();
    QScrollBar* secondBar = m_second->verticalScrollBar();
    connect(firstBar, &QScrollBar::valueChanged, secondBar, &QScrollBar::setValue);
    connect(secondBar, &QScrollBar::valueChanged, firstBar, &QScrollBar::setValue);

    auto* legend = new QLabel(QStringList{legendEntry(SpanMatch::Agree, tr("agree")),
                                          legendEntry(SpanMatch::OtherType, tr("same span, other type")),
                                          legendEntry(SpanMatch::OtherBoundaries, tr("other boundaries")),
                                          legendEntry(SpanMatch::OnlyOne, tr("only one made it"))}
                                  .join(QStringLiteral(" &nbsp; ")),
                              this);
    legend->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto* status = new QHBoxLayout;
    status->addWidget(m_counts);
    status->addStretch(1);
    status->addWidget(legend);
    layout->addLayout(status);
    layout->addWidget(sides, 1);
    layout->addWidget(m_description);
    buildActions();

    connect(m_firstName, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            fillArticles();
    });
    connect(m_secondName, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            fillArticles();
    });
    connect(m_articles, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_articles->currentData().toLongLong() != m_articleId)
            showArticle(m_articles->currentData().toLongLong());
    });
    connect(m_curator, &QLineEdit::editingFinished, this, [this] {
        if (pair().contains(m_curator->text().trimmed())) {
            emit errorOccurred(tr("The gold layer cannot be one of the two layers compared."));
            m_curator->setText(m_curation.curator());
            return;
        }
        m_curation.setCurator(m_curator->text());
        m_curator->setText(m_curation.curator());
        refresh();
    });
    connect(&m_curation, &CurationController::curated, this, [this](const QList<qint64>& articles) {
        if (articles.contains(m_articleId))
            refresh();
    });
}

void ComparisonView::buildActions()
{
    const auto action = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    const QList<QAction*> row{
        action(tr("Previous"), {Qt::Key_P, QKeySequence(Qt::SHIFT | Qt::Key_F8)}, [this] { previous(); }),
        action(tr("Next"), {Qt::Key_N, Qt::Key_F8}, [this] { next(); }),
        action(tr("Take First's"), {Qt::Key_1}, [this] { acceptSide(0); }),
        action(tr("Take Second's"), {Qt::Key_2}, [this] { acceptSide(1); }),
        action(tr("Edit…"), {Qt::Key_E}, [this] { editCurrent(); }),
        action(tr("Reject Both"), {Qt::Key_X}, [this] { rejectBoth(); }),
        action(tr("Accept Agreed Here"), {Qt::Key_A}, [this] { acceptAgreedInArticle(); }),
        action(tr("Accept Agreed in the Library"), {}, [this] { acceptAgreedInLibrary(); }),
    };
    QAction* undo = m_curation.undoStack().createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_curation.undoStack().createRedoAction(this, tr("Redo"));
    redo->setShortcuts(redoKeys());
    addAction(undo);
    addAction(redo);
    auto* buttons = new QHBoxLayout;
    for (QAction* a : row) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        if (!a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    static_cast<QVBoxLayout*>(layout())->addLayout(buttons);
}

QStringList ComparisonView::pair() const
{
    return {m_firstName->currentText(), m_secondName->currentText()};
}

void ComparisonView::fillAnnotators()
{
    Result<QStringList> all = AnnotatorProgress(m_services.library).annotators();
    QStringList names = all ? *all : QStringList();
    names.removeAll(m_curation.curator());
    m_filling = true;
    for (QComboBox* box : {m_firstName, m_secondName}) {
        const QString kept = box->currentText();
        box->clear();
        box->addItems(names);
        box->setCurrentText(kept);
    }
    m_filling = false;
}

void ComparisonView::comparePair(const QString& first, const QString& second, qint64 articleId)
{
    Result<AnnotationSchema> schema = m_services.schema.schema();
    m_schema = schema ? *schema : AnnotationSchema();
    m_types = m_schema.entityTypes;
    fillAnnotators();
    m_filling = true;
    m_firstName->setCurrentText(first);
    m_secondName->setCurrentText(second);
    m_filling = false;
    fillArticles();
    if (const int index = m_articles->findData(articleId); articleId > 0 && index >= 0)
        m_articles->setCurrentIndex(index);
}

void ComparisonView::fillArticles()
{
    const QStringList names = pair();
    Result<QList<ArticleProgress>> started = AnnotatorProgress(m_services.library).started();
    QHash<qint64, int> workedOn;
    if (started) {
        for (const ArticleProgress& p : *started) {
            if (names.contains(p.annotator))
                ++workedOn[p.articleId];
        }
    }
    QList<qint64> both;
    for (auto it = workedOn.cbegin(); it != workedOn.cend(); ++it) {
        if (it.value() >= 2 && names.at(0) != names.at(1))
            both.append(it.key());
    }
    std::sort(both.begin(), both.end());
    m_filling = true;
    m_articles->clear();
    for (const qint64 id : std::as_const(both)) {
        Result<std::optional<ArticleSummary>> summary = m_services.library.articles().summary(id);
        const QString title = summary && *summary ? (*summary)->title : QString();
        m_articles->addItem(QStringLiteral("%1 · %2").arg(id).arg(title), id);
    }
    m_filling = false;
    m_articleId = -1;
    showArticle(both.value(0));
}

void ComparisonView::showArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_current = -1;
    m_body.clear();
    if (articleId > 0) {
        Result<Article> article = m_services.library.articles().article(articleId);
        if (!article) {
            emit errorOccurred(article.error());
            m_articleId = 0;
        } else {
            m_body = article->body;
        }
    }
    if (const int index = m_articles->findData(m_articleId); index >= 0 && index != m_articles->currentIndex()) {
        m_filling = true;
        m_articles->setCurrentIndex(index);
        m_filling = false;
    }
    // Room for arcs only when one of the two has relations here.
    Result<QList<Relation>> relations = m_services.relations.relations(m_articleId);
    const QStringList names = pair();
    const bool arcs = relations && std::any_of(relations->cbegin(), relations->cend(), [&](const Relation& r) {
                          return names.contains(r.author);
                      });
    m_layers = ArticleLayers();
    m_comparison = LayerComparison();
    for (ReaderView* reader : {m_first, m_second}) {
        reader->overlay().setAnnotations({});
        reader->overlay().setSpanMarks({});
        reader->overlay().arcs().setRelations({});
        reader->showBody(m_body, arcs);
    }
    m_counts->setText(m_articleId > 0 ? tr("Comparing…") : tr("These two have no article in common."));
    m_description->clear();
    const quint64 generation = ++m_generation;
    if (m_articleId <= 0)
        return;
    // A long article: the first screens' tags first, the rest once they have painted.
    constexpr qsizetype FirstScreens = 20000;
    if (m_body.size() <= 2 * FirstScreens) {
        refresh();
        goTo(m_comparison.next(-1, true));
        return;
    }
    Result<PreparedComparison> first =
        prepare(m_services.library, m_articleId, m_body, pair(), m_curation.curator(), FirstScreens);
    if (!first) {
        emit errorOccurred(first.error());
        return;
    }
    display(std::move(*first), false);
    goTo(m_comparison.next(-1, true));
    // The rest once the first screens have painted (or soon, if the view is not shown).
    m_awaitingPaint = true;
    QTimer::singleShot(250, this, [this, generation] { compareTheRest(generation); });
}

void ComparisonView::compareTheRest(quint64 generation)
{
    m_awaitingPaint = false;
    if (generation == m_generation)
        refresh();
}

bool ComparisonView::eventFilter(QObject* watched, QEvent* event)
{
    if (m_awaitingPaint && event->type() == QEvent::Paint && watched == m_first->viewport()) {
        m_awaitingPaint = false;
        QTimer::singleShot(0, this, [this, generation = m_generation] { compareTheRest(generation); });
    }
    return QDialog::eventFilter(watched, event);
}

Result<PreparedComparison> ComparisonView::prepare(Library& library, qint64 articleId, const QString& body,
                                                   const QStringList& pair, const QString& curator, qsizetype before)
{
    PreparedComparison prepared;
    Result<ArticleLayers> layers = Curation(library, curator).load(articleId, Curation::Detail::Spans, before);
    if (!layers)
        return layers.problem();
    prepared.layers = std::move(*layers);
    for (Annotation& a : prepared.layers.annotations)
        a.quote = body.mid(a.start, a.end - a.start);
    prepared.comparison = compareLayers(prepared.layers, pair, curator);
    for (int side = 0; side < 2; ++side) {
        const QString& who = pair.at(side);
        for (const Annotation& a : std::as_const(prepared.layers.annotations)) {
            if (a.author != who || a.kind != AnnotationKind::Entity)
                continue;
            prepared.spans[side].append(a);
            prepared.marks[side].insert(a.id, markOf(prepared.comparison.matches.value(a.id, SpanMatch::OnlyOne)));
        }
        for (const Relation& r : std::as_const(prepared.layers.relations)) {
            if (r.author == who)
                prepared.relations[side].append(r);
        }
    }
    return prepared;
}

void ComparisonView::refresh()
{
    ++m_generation; // the whole comparison: nothing more to wait for
    if (m_articleId <= 0) {
        display(PreparedComparison());
        return;
    }
    Result<PreparedComparison> prepared =
        prepare(m_services.library, m_articleId, m_body, pair(), m_curation.curator());
    if (!prepared) {
        emit errorOccurred(prepared.error());
        return;
    }
    display(std::move(*prepared));
}

void ComparisonView::display(PreparedComparison prepared, bool complete)
{
    paintSide(0, prepared);
    paintSide(1, prepared);
    m_layers = std::move(prepared.layers);
    m_comparison = std::move(prepared.comparison);
    if (m_current >= m_comparison.disagreements.size())
        m_current = -1;
    m_firstTitle->setText(tr("First: %1").arg(pair().at(0)));
    m_secondTitle->setText(tr("Second: %1").arg(pair().at(1)));
    m_counts->setText(!complete         ? tr("Comparing…")
                      : m_articleId > 0 ? tr("%1 of %2 disagreements resolved in this article")
                                              .arg(m_comparison.resolved())
                                              .arg(m_comparison.disagreements.size())
                                        : tr("These two have no article in common."));
    describe();
    if (complete)
        emit compared();
    else
        emit firstScreenCompared();
}

void ComparisonView::paintSide(int index, PreparedComparison& prepared)
{
    ReaderView* reader = side(index);
    reader->overlay().setAnnotations(std::move(prepared.spans[index]));
    reader->overlay().setEntityTypes(m_types);
    reader->overlay().setSpanMarks(std::move(prepared.marks[index]));
    reader->overlay().arcs().setRelations(std::move(prepared.relations[index]));
    reader->overlay().arcs().setTypes(m_schema.relationTypes, isRightToLeft());
    reader->overlayChanged();
}

bool ComparisonView::goTo(int index)
{
    if (index < 0 || index >= m_comparison.disagreements.size())
        return false;
    m_current = index;
    const Disagreement& d = m_comparison.disagreements.at(index);
    // Marked as a find match would be (the selection stays the curator's own) and scrolled to.
    for (ReaderView* reader : {m_first, m_second}) {
        if (d.kind == DisagreementKind::Label)
            reader->setFindMatches({}, -1);
        else
            reader->setFindMatches({WordSpan{d.start, d.end}}, 0);
    }
    describe();
    return true;
}

QString ComparisonView::typeCode(qint64 typeId) const
{
    for (const EntityType& t : m_types) {
        if (t.id == typeId)
            return t.code;
    }
    for (const RelationType& t : m_schema.relationTypes) {
        if (t.id == typeId)
            return t.code;
    }
    return QStringLiteral("?");
}

QString ComparisonView::describeSide(int index) const
{
    const Disagreement& d = m_comparison.disagreements.at(m_current);
    QStringList parts;
    if (d.kind == DisagreementKind::Span) {
        for (const Annotation& a : d.spans.value(index))
            parts.append(QStringLiteral("%1 (%2)").arg(a.quote, typeCode(a.entityTypeId)));
    } else if (d.kind == DisagreementKind::Relation) {
        QHash<qint64, QString> quotes;
        for (const Annotation& a : m_layers.annotations)
            quotes.insert(a.id, a.quote);
        for (const Relation& r : d.relations.value(index))
            parts.append(
                QStringLiteral("%1 → %2 (%3)").arg(quotes.value(r.fromId), quotes.value(r.toId), typeCode(r.typeId)));
    } else {
        for (const LabelSet& set : m_schema.labelSets) {
            for (const Label& l : set.labels) {
                if (d.labels.value(index).contains(l.id))
                    parts.append(isRightToLeft() ? l.nameAr : l.nameEn);
            }
        }
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("، "));
}

void ComparisonView::describe()
{
    if (m_current < 0 || m_current >= m_comparison.disagreements.size()) {
        m_description->setText(m_comparison.disagreements.isEmpty() && m_articleId > 0
                                   ? tr("No disagreements: the two layers agree on this article.")
                                   : QString());
        return;
    }
    const Disagreement& d = m_comparison.disagreements.at(m_current);
    const QString what = d.kind == DisagreementKind::Span       ? tr("Spans")
                         : d.kind == DisagreementKind::Relation ? tr("Relations")
                                                                : tr("Document labels");
    m_description->setText(tr("Disagreement %1 of %2 (%3, %4)\n%5: %6\n%7: %8")
                               .arg(m_current + 1)
                               .arg(m_comparison.disagreements.size())
                               .arg(what, d.resolved ? tr("resolved") : tr("open"), pair().at(0), describeSide(0),
                                    pair().at(1), describeSide(1)));
}

bool ComparisonView::acceptSide(int side)
{
    if (m_current < 0)
        return false;
    const int at = m_current;
    if (!m_curation.accept(m_articleId, m_comparison, m_comparison.disagreements.at(at), side))
        return false;
    goTo(m_comparison.next(at, true));
    return true;
}

bool ComparisonView::rejectBoth()
{
    if (m_current < 0)
        return false;
    const int at = m_current;
    if (!m_curation.reject(m_articleId, m_comparison, m_comparison.disagreements.at(at)))
        return false;
    goTo(m_comparison.next(at, true));
    return true;
}

bool ComparisonView::decideWithType(qint64 typeId)
{
    if (m_current < 0 || m_comparison.disagreements.at(m_current).kind != DisagreementKind::Span)
        return false;
    const Disagreement& d = m_comparison.disagreements.at(m_current);
    // The selection of the side with focus, else of either side, else the disagreement's extent.
    TextSpan span{d.start, d.end};
    ReaderView* focused = m_second->hasFocus() ? m_second : m_first;
    for (ReaderView* reader : {focused == m_first ? m_second : m_first, focused}) {
        if (const TextSpan chosen = reader->selectedSpan(); chosen.end > chosen.start)
            span = chosen;
    }
    Annotation mine;
    mine.articleId = m_articleId;
    mine.kind = AnnotationKind::Entity;
    mine.start = span.start;
    mine.end = span.end;
    mine.quote = m_body.mid(span.start, span.end - span.start);
    mine.entityTypeId = typeId;
    const int at = m_current;
    if (!m_curation.decide(m_articleId, m_comparison, d, {mine}))
        return false;
    goTo(m_comparison.next(at, true));
    return true;
}

void ComparisonView::editCurrent()
{
    if (m_current < 0 || m_comparison.disagreements.at(m_current).kind != DisagreementKind::Span)
        return;
    QMenu menu(this);
    for (const EntityType& t : std::as_const(m_types)) {
        QAction* a = menu.addAction(QStringLiteral("%1 — %2").arg(t.code, isRightToLeft() ? t.nameAr : t.nameEn));
        a->setData(t.id);
    }
    if (QAction* chosen = menu.exec(QCursor::pos()))
        decideWithType(chosen->data().toLongLong());
}

bool ComparisonView::acceptAgreedInArticle()
{
    return m_articleId > 0 && m_curation.acceptAgreed(pair(), {m_articleId});
}

bool ComparisonView::acceptAgreedInLibrary()
{
    return m_curation.acceptAgreed(pair(), {});
}

} // namespace hamish

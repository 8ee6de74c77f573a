#include "import/importdialog.h"

#include "import/articleinput.h"
#include "jobs/job.h"
#include "text/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamish {

ImportDialog::ImportDialog(const QStringList& files, QWidget* parent, const ArticleSummary& openArticle)
    : QDialog(parent)
    , m_files(files)
    , m_fileList(new QListWidget(this))
    , m_encoding(new QComboBox(this))
    , m_raw(new QCheckBox(tr("Import each file as one article (do not split)"), this))
    , m_newVersion(new QCheckBox(this))
    , m_openArticle(openArticle.id)
    , m_summary(new QLabel(this))
    , m_articles(new QTreeWidget(this))
{
    setWindowTitle(tr("Import articles"));
    resize(900, 600);
    m_fileList->addItems(files);
    m_fileList->setAccessibleName(tr("Files to import"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const char16_t* name : {u"UTF-8", u"UTF-16LE", u"UTF-16BE", u"windows-1256", u"ISO-8859-6", u"ibm-720"})
        m_encoding->addItem(QString::fromUtf16(name), QString::fromUtf16(name));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_articles->setHeaderLabels({tr("Title"), tr("Author"), tr("Source"), tr("Related titles"), tr("Characters")});
    m_articles->setRootIsDecorated(false);
    m_articles->setAccessibleName(tr("Articles found"));
    m_articles->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_raw);
    // One file may be the new text of the article being read: it keeps the article's id and
    // annotations (a URL already in the library does this without asking).
    m_newVersion->setText(
        tr("Import as a new version of the open article «%1»")
            .arg(openArticle.title.size() > 60 ? openArticle.title.left(59) + u'…' : openArticle.title));
    m_newVersion->setToolTip(tr("The article keeps its id, its earlier texts and its annotations, which are carried "
                                "to the new text; those that moved by their quote or found no place wait in the "
                                "Review panel."));
    m_newVersion->setVisible(openArticle.id > 0 && files.size() == 1);
    form->addRow(QString(), m_newVersion);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fileList);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_articles, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setDefault(true);
    importButton->setEnabled(!files.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::preview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_raw, &QCheckBox::toggled, this, &ImportDialog::preview);
    if (!files.isEmpty())
        m_fileList->setCurrentRow(0);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.raw = m_raw->isChecked();
    if (m_newVersion->isChecked() && m_openArticle > 0 && m_files.size() == 1) {
        options.replaces = m_openArticle;
        options.raw = true; // a new version is one article
    }
    options.encoding = m_encoding->currentData().toString();
    return options;
}

void ImportDialog::preview()
{
    m_articles->clear();
    if (m_reading) {
        m_reading->cancel(); // its result is dropped; it deletes itself when its thread ends
        disconnect(m_reading, nullptr, this, nullptr);
        m_reading = nullptr;
    }
    const int row = m_fileList->currentRow();
    if (row < 0)
        return;
    m_summary->setText(tr("Reading %1…").arg(displayPath(m_files.at(row))));
    auto parsed = std::make_shared<Result<ParsedFile>>(failure(QString()));
    const ArticleInput input = ArticleInput::file(m_files.at(row));
    const ImportOptions chosen = options();
    m_reading = new Job(tr("Reading the file"), [parsed, input, chosen](const JobControl& control) {
        *parsed = ImportService::preview(input, chosen, control);
    });
    Job* job = m_reading;
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, this, [this, job, parsed] {
        if (job != m_reading)
            return;
        m_reading = nullptr;
        show(*parsed);
        emit previewReady();
    });
    job->start();
}

void ImportDialog::show(const Result<ParsedFile>& parsed)
{
    if (!parsed) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(parsed.error()));
        return;
    }
    QString summary =
        tr("%n article(s), encoding %1 (confidence %2 of 100), format %3.", nullptr, int(parsed->articleCount))
            .arg(parsed->encoding)
            .arg(parsed->confidence)
            .arg(articleFormatName(parsed->format));
    if (parsed->articleCount > parsed->articles.size())
        summary += u'\n' + tr("The first %n are listed.", nullptr, int(parsed->articles.size()));
    for (const QString& warning : parsed->warnings)
        summary += u'\n' + warning;
    m_summary->setText(summary);
    for (const Article& article : parsed->articles) {
        auto* item = new QTreeWidgetItem(m_articles, {article.title, article.author, article.source,
                                                      QLocale().toString(article.relatedTitles.size()),
                                                      QLocale().toString(article.body.size())});
        if (!article.relatedTitles.isEmpty())
            item->setToolTip(3, article.relatedTitles.join(u'\n'));
    }
}

} // namespace hamish

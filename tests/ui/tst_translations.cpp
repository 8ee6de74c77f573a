// The translations are complete: every user-visible string of the sources (as lupdate finds
// them now, not as the .ts file remembers them) has a finished Arabic translation with the
// same placeholders, Arabic plurals have their six forms, English plurals their two, and
// the compiled .qm files in the UI library give those translations back.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished"…
    QString translation;
    QStringList numerusForms;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message{context, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes"};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.numerusForms.append(xml.readElementText());
            } else {
                current.translation = xml.readElementText();
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

QString key(const Message& m)
{
    return m.context + u'\x1f' + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<Message> m_arabic;
    QList<Message> m_english;

private slots:
    void initTestCase()
    {
        QString error;
        m_arabic = readTs(QStringLiteral(HAMISH_SOURCE_DIR "/translations/hamish_ar.ts"), &error);
        QVERIFY2(error.isEmpty() && !m_arabic.isEmpty(), qPrintable(error));
        m_english = readTs(QStringLiteral(HAMISH_SOURCE_DIR "/translations/hamish_en.ts"), &error);
        QVERIFY2(error.isEmpty() && !m_english.isEmpty(), qPrintable(error));
    }

    void everyStringInTheSources_hasAFinishedArabicTranslation()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ar.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(HAMISH_LUPDATE),
                      {QStringLiteral(HAMISH_SOURCE_DIR "/core"), QStringLiteral(HAMISH_SOURCE_DIR "/ui"),
                       QStringLiteral(HAMISH_SOURCE_DIR "/app"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        const QList<Message> sources = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(sources.size() > 300);

        QHash<QString, Message> arabic;
        for (const Message& m : std::as_const(m_arabic))
            arabic.insert(key(m), m);
        QStringList missing;
        for (const Message& m : sources) {
            const auto found = arabic.constFind(key(m));
            const bool done = found != arabic.cend() && found->type.isEmpty()
                              && (m.numerus ? !found->numerusForms.isEmpty() : !found->translation.isEmpty());
            if (!done)
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated (run the update_translations target, then "
                                                              "translate translations/hamish_ar.ts):\n")
                                               + missing.join(u'\n')));
    }

    void arabicTranslations_areFinishedAndKeepTheirPlaceholders()
    {
        for (const Message& m : std::as_const(m_arabic)) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" entry: ") + where));
            if (m.numerus) {
                // Arabic has six plural forms: zero, one, two, few, many and other.
                QVERIFY2(m.numerusForms.size() == 6, qPrintable(where));
                for (const QString& form : m.numerusForms)
                    QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            } else {
                QVERIFY2(!m.translation.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(m.translation) == placeholders(m.source), qPrintable(where));
            }
        }
    }

    void englishPlurals_haveBothForms()
    {
        int plurals = 0;
        for (const Message& m : std::as_const(m_english)) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.type.isEmpty() && m.numerusForms.size() == 2, qPrintable(m.source));
            QVERIFY2(!m.numerusForms.at(0).contains(QStringLiteral("(s)")), qPrintable(m.source));
            if (m.source.contains(QStringLiteral("(s)")))
                QVERIFY2(m.numerusForms.at(1) != m.numerusForms.at(0), qPrintable(m.source));
        }
        QVERIFY(plurals > 0);
    }

    void compiledTranslations_areInTheUi()
    {
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/hamish_ar.qm")));
        QCOMPARE(arabic.translate("hamish::MainWindow", "&File"), QStringLiteral("&ملف"));
        QCOMPARE(arabic.translate("hamish::SearchPanel", "%n article(s)", nullptr, 2), QStringLiteral("مقالتان"));
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/hamish_en.qm")));
        QCOMPARE(english.translate("hamish::SearchPanel", "%n article(s)", nullptr, 1), QStringLiteral("%n article"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

#pragma once

#include "storage/library.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hamish::test {

// Files written for the tests, in tests/data.
QString dataPath(const QString& relative);
// The mission's shared corpora (../shared); only the corpora tests use it.
QString sharedPath(const QString& relative);
QByteArray readFile(const QString& path);
// A small news corpus in CoNLL (TOKEN TAG, IOB2, PER LOC ORG): sentences in the patterns news is
// written in, with people, places and organisations drawn from lists, so that a model can learn
// where names stand.
QString newsConll(int sentences, int seed);

// Short news articles on sport, economy or politics (`topic`, the default topic label's code),
// written from each topic's words and words every article uses, for the label classifier.
struct TopicArticle
{
    QString topic;
    QString text;
};
QList<TopicArticle> topicArticles(int count, int seed);

// The error of a failed result, for QVERIFY2 messages; empty for a success.
template<class R> QByteArray why(const R& result)
{
    return result ? QByteArray() : result.error().toLocal8Bit();
}

// A fixed instant, so that stored times are predictable.
QDateTime fixedNow();

// The process's peak resident memory (VmHWM), and a way to start measuring it afresh
// (Linux's clear_refs); resetPeakMemory() is false where the kernel does not allow it.
qint64 peakMemoryBytes();
bool resetPeakMemory();

// A fresh library in its own temporary folder, with the fixed clock.
struct TempLibrary
{
    TempLibrary();
    QString path() const;

    QTemporaryDir dir;
    std::unique_ptr<Library> library;
};

} // namespace hamish::test

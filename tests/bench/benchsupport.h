#pragma once

#include <QList>
#include <QString>

namespace hamish::bench {

// A corpus of count articles as a JSON array, ~3 KB each: copies of the SaudiNewsNet day
// (../shared) made distinct, or generated Arabic-like text when that is not there.
bool writeCorpus(const QString& path, int count);
// An Arabic-like article body of about `characters` characters with names that recur.
QString generatedBody(int seed, int characters);
// Peak resident memory of this process so far, in MiB.
double peakMemoryMiB();
// The median of some timings (the upper one of an even count).
double median(QList<double> values);
// One result line for tests/bench/run: NAME VALUE UNIT.
void report(const char* name, double value, const char* unit);

} // namespace hamish::bench

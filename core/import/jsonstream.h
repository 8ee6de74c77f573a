#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace hamish {

// Reads the records of a JSON array or of JSON Lines one at a time, so that a 100 MB corpus
// never sits in memory whole. Each record's bytes go to onRecord with its number and line.
class JsonRecordStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordStream)

public:
    using Handler = std::function<Status(const QByteArray& record, int number, int line)>;

    static Status readArray(QIODevice& device, const Handler& onRecord);
    static Status readLines(QIODevice& device, const Handler& onRecord);
};

} // namespace hamish

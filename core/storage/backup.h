#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace hamish {

class Database;
struct JobControl;

// A consistent copy of a library, made with SQLite's online backup API while others keep writing
// (in WAL mode a backup reads one snapshot and blocks no writer). The copy is one self-contained
// file in rollback-journal mode, readable by its owner only, and opens as a library. It never
// replaces an existing file, and appears at its path only when it is complete and checked.
class LibraryBackup
{
    Q_DECLARE_TR_FUNCTIONS(LibraryBackup)

public:
    static Status write(Database& source, const QString& outPath, const JobControl& control);
};

} // namespace hamish

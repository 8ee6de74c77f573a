#pragma once

#include "storage/article.h"

#include <QDate>
#include <QString>

namespace hamish {

// The day a published date names, for date filters: ISO dates and times, RFC 2822 dates, and
// day/month/year with slashes as Arabic news writes them; invalid otherwise.
QDate publishedDay(const QString& date);
// The day an article's relative dates (أمس، الشهر الماضي) count from: its published day, else
// the day it was imported.
QDate referenceDay(const Article& article);

} // namespace hamish

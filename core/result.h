#pragma once

#include <QString>

#include <expected>

namespace hamish {

// Public core functions return a value or a message a user can act on.
template<class T>
using Result = std::expected<T, QString>;

using Status = std::expected<void, QString>;

inline std::unexpected<QString> failure(QString message)
{
    return std::unexpected<QString>(std::move(message));
}

} // namespace hamish

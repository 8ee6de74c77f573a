#pragma once

#include <QString>

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace hamish {

// Public core functions return a value or a message a user can act on. This is the part of
// std::expected that Hamish uses, written out because clang (which the fuzzers need) cannot
// compile libstdc++ 12's <expected>.
struct Failure
{
    QString message;
};

inline Failure failure(QString message)
{
    return Failure{std::move(message)};
}

template<class T> class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_value(std::in_place_index<0>, value)
    {
    }
    Result(T&& value)
        : m_value(std::in_place_index<0>, std::move(value))
    {
    }
    template<class U,
             class = std::enable_if_t<std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, Result>
                                      && !std::is_same_v<std::decay_t<U>, Failure>>>
    Result(U&& value)
        : m_value(std::in_place_index<0>, T(std::forward<U>(value)))
    {
    }
    Result(Failure failure)
        : m_value(std::in_place_index<1>, std::move(failure.message))
    {
    }

    bool has_value() const { return m_value.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(check()); }
    const T& value() const& { return std::get<0>(check()); }
    T&& value() && { return std::get<0>(std::move(check())); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    template<class U> T value_or(U&& fallback) const&
    {
        return has_value() ? std::get<0>(m_value) : T(std::forward<U>(fallback));
    }
    template<class U> T value_or(U&& fallback) &&
    {
        return has_value() ? std::get<0>(std::move(m_value)) : T(std::forward<U>(fallback));
    }

    const QString& error() const
    {
        if (has_value())
            std::abort(); // a programming error, as with std::expected
        return std::get<1>(m_value);
    }

private:
    std::variant<T, QString>& check()
    {
        if (!has_value())
            std::abort();
        return m_value;
    }
    const std::variant<T, QString>& check() const
    {
        if (!has_value())
            std::abort();
        return m_value;
    }

    std::variant<T, QString> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    void value() const
    {
        if (m_error)
            std::abort();
    }
    const QString& error() const
    {
        if (!m_error)
            std::abort();
        return *m_error;
    }

private:
    std::optional<QString> m_error;
};

using Status = Result<void>;

} // namespace hamish

#pragma once

#include <QString>

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace hamish {

// What went wrong, with where: the file, and the line or the record in it, when there is one.
// Code that finds the problem fills in what it knows; code further out adds the file with
// inFile() when the inner code did not know it, instead of pasting the path into the message.
struct Failure
{
    QString message;
    QString path;
    qint64 line = 0;   // 1-based; 0 when the problem has no line
    qint64 record = 0; // 1-based record of a corpus; 0 when none

    // "PATH: line 3: message", "PATH: record 12: message", "PATH: message" or the message.
    QString text() const;

    Failure inFile(const QString& file) const&;
    Failure inFile(const QString& file) &&;
    Failure atLine(qint64 number) &&;
    Failure atRecord(qint64 number) &&;
};

inline Failure failure(QString message)
{
    return Failure{std::move(message), {}, 0, 0};
}

inline Failure failureIn(QString path, QString message)
{
    return Failure{std::move(message), std::move(path), 0, 0};
}

inline Failure failureAt(QString path, qint64 line, QString message)
{
    return Failure{std::move(message), std::move(path), line, 0};
}

// Prints the failure on stderr and aborts: what value() does on a failure, as with
// std::expected's bad_expected_access, but with the message that explains it.
[[noreturn]] void abortOnFailure(const Failure& failure);

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
        : m_value(std::in_place_index<1>, std::move(failure))
    {
    }

    bool has_value() const { return m_value.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(check()); }
    const T& value() const& { return std::get<0>(check()); }
    // By value, not T&&: `for (x : f().value())` would otherwise iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(check())); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }
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

    // The whole message, with its file and line or record.
    QString error() const { return problem().text(); }
    const Failure& problem() const
    {
        if (has_value())
            std::abort(); // a programming error, as with std::expected
        return std::get<1>(m_value);
    }

private:
    std::variant<T, Failure>& check()
    {
        if (!has_value())
            abortOnFailure(std::get<1>(m_value));
        return m_value;
    }
    const std::variant<T, Failure>& check() const
    {
        if (!has_value())
            abortOnFailure(std::get<1>(m_value));
        return m_value;
    }

    std::variant<T, Failure> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_error(std::move(failure))
    {
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    void value() const
    {
        if (m_error)
            abortOnFailure(*m_error);
    }
    QString error() const { return problem().text(); }
    const Failure& problem() const
    {
        if (!m_error)
            std::abort();
        return *m_error;
    }

private:
    std::optional<Failure> m_error;
};

using Status = Result<void>;

} // namespace hamish

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cet {

// A failure that a user can read and a program can act on.
//   code    — stable, machine-readable, dotted: "id.check_char", "store.open_failed"
//   message — already translated for the user (tr() / QCoreApplication::translate)
//   detail  — optional technical detail for logs (SQL error text, file name, ...)
struct Error
{
    QString code;
    QString message;
    QString detail;

    bool operator==(const Error &other) const { return code == other.code; }
};

// Value-or-error. Functions that can fail return Result<T> (or Result<void>), never a silent bool.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace cet

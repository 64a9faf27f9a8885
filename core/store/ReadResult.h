#pragma once

#include <QString>

#include <utility>

namespace Poplar::Store {

/// What a read of the store returns: the value read, or why the query failed. A failed query is
/// never an empty list: callers must look (the type is [[nodiscard]]) and report error().
template <typename T>
class [[nodiscard]] ReadResult {
public:
    /// A successful read.
    ReadResult(T value) : m_value(std::move(value)) {}
    /// A failed read; `error` says why (SQLite's text) and must not be empty.
    static ReadResult failure(QString error)
    {
        ReadResult result{T()};
        result.m_error = error.isEmpty() ? QStringLiteral("unknown database error") : std::move(error);
        return result;
    }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    /// Why the read failed; empty when it succeeded.
    const QString &error() const { return m_error; }
    /// The value; a default T after a failure (check ok() first). A temporary's value is moved
    /// out by value, so `for (x : store.messages(id).value())` never refers to a destroyed result.
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T value() && { return std::move(m_value); }
    const T &operator*() const & { return m_value; }
    const T *operator->() const { return &m_value; }

private:
    T m_value;
    QString m_error;
};

} // namespace Poplar::Store

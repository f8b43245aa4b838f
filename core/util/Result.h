#pragma once
// A value or a clear error: repositories and services never answer with a silent bool.
#include <QString>
#include <QStringList>
#include <utility>
#include <variant>

namespace pc {

struct Error {
    enum class Kind {
        BadInput,   // the caller gave something invalid: fix the input and retry
        Refused,    // valid input that the rules do not allow (e.g. missing documents)
        NotFound,
        Storage,    // the database could not do what was asked (disk full, locked, corrupt)
        Internal,
    };
    Kind kind = Kind::Internal;
    QString message;      // one sentence for the clerk, already translated
    QStringList details;  // e.g. the list of missing documents

    static Error badInput(QString m, QStringList d = {}) { return {Kind::BadInput, std::move(m), std::move(d)}; }
    static Error refused(QString m, QStringList d = {}) { return {Kind::Refused, std::move(m), std::move(d)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m), {}}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m), {}}; }
    static Error internal(QString m) { return {Kind::Internal, std::move(m), {}}; }
    bool isUserError() const { return kind == Kind::BadInput || kind == Kind::Refused || kind == Kind::NotFound; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }
    const T &operator*() const { return value(); }
    const Error &error() const { return std::get<Error>(m_v); }
    T value_or(T fallback) const { return ok() ? value() : fallback; }

private:
    std::variant<T, Error> m_v;
};

struct Done {};  // the value of a Result that only says "it worked"
using Status = Result<Done>;
inline Status success() { return Done{}; }

}  // namespace pc

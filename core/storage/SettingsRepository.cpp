#include "SettingsRepository.h"

#include "SqlHelpers.h"

namespace pc {

Result<std::optional<QString>> SettingsRepository::get(const QString &key)
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<QString>();
    return std::optional<QString>(v->toString());
}

Status SettingsRepository::set(const QString &key, const QString &value)
{
    auto r = sql::exec(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!r)
        return r.error();
    return success();
}

}  // namespace pc

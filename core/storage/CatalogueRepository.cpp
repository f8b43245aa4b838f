#include "CatalogueRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace pc {

Result<int> CatalogueRepository::newestVersion()
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT max(version) FROM catalogue_versions"));
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt();
}

Status CatalogueRepository::ensureBuiltIn()
{
    auto builtIn = Catalogue::fromJson(Catalogue::builtInJson());
    if (!builtIn)
        return Error::internal(QCoreApplication::translate("Catalogue", "Danh mục có sẵn trong ứng dụng bị lỗi: %1")
                                   .arg(builtIn.error().details.join(u"; ")));
    auto newest = newestVersion();
    if (!newest)
        return newest.error();
    if (*newest >= builtIn.value()->version())
        return success();
    auto r = import(Catalogue::builtInJson(), QStringLiteral("built-in"));
    if (!r)
        return r.error();
    return success();
}

Result<std::shared_ptr<const Catalogue>> CatalogueRepository::import(const QByteArray &json, const QString &origin)
{
    auto parsed = Catalogue::fromJson(json);
    if (!parsed)
        return parsed.error();
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto newest = newestVersion();
    if (!newest)
        return newest.error();
    if (parsed.value()->version() <= *newest)
        return Error::refused(QCoreApplication::translate("Catalogue", "Danh mục phiên bản %1 không mới hơn phiên bản đang dùng (%2).")
                                  .arg(parsed.value()->version()).arg(*newest));
    auto r = sql::exec(m_db, QStringLiteral("INSERT INTO catalogue_versions (version, origin, is_sample, document, imported_at) VALUES (?,?,?,?,?)"),
                       {parsed.value()->version(), origin, parsed.value()->isSample() ? 1 : 0, QString::fromUtf8(json),
                        toStoredUtc(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return parsed;
}

Result<std::shared_ptr<const Catalogue>> CatalogueRepository::current()
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT document FROM catalogue_versions ORDER BY version DESC LIMIT 1"));
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error::notFound(QCoreApplication::translate("Catalogue", "Chưa có danh mục thủ tục."));
    return Catalogue::fromJson(v->toString().toUtf8());
}

}  // namespace pc

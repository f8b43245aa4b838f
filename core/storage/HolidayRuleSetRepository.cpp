#include "HolidayRuleSetRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace pc {
namespace {
class RuleSetStoreText {
    Q_DECLARE_TR_FUNCTIONS(pc::RuleSetStoreText)
};
}  // namespace

Status HolidayRuleSetRepository::store(const HolidayRuleSet &rules, const QString &origin, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto newest = current();
    if (!newest)
        return newest.error();
    if (*newest && HolidayRuleSet::compareVersions(rules.version, newest.value()->version) <= 0)
        return Error::refused(RuleSetStoreText::tr("Quy tắc ngày nghỉ phiên bản %1 không mới hơn phiên bản đang dùng (%2).")
                                  .arg(rules.version, newest.value()->version));
    auto r = sql::exec(m_db,
                       QStringLiteral("INSERT INTO holiday_rule_sets (version, version_year, version_seq, origin, source, document, imported_at) "
                                      "VALUES (?,?,?,?,?,?,?)"),
                       {rules.version, rules.version.section(u'.', 0, 0).toInt(), rules.version.section(u'.', 1).toInt(), origin,
                        rules.source, QString::fromUtf8(rules.document), toStoredUtc(nowUtc)});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<std::optional<HolidayRuleSet>> HolidayRuleSetRepository::current()
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT document FROM holiday_rule_sets ORDER BY version_year DESC, version_seq DESC LIMIT 1"));
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<HolidayRuleSet>();
    auto parsed = HolidayRuleSet::fromJson(v->toString().toUtf8());
    if (!parsed)
        return Error::storage(RuleSetStoreText::tr("Quy tắc ngày nghỉ lưu trong cơ sở dữ liệu bị hỏng: %1").arg(parsed.error().details.join(u"; ")));
    return std::optional<HolidayRuleSet>(parsed.value());
}

}  // namespace pc

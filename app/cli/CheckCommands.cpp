#include "Cli.h"
#include "domain/CccdQr.h"
#include "domain/Identifiers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

int runCheck(Context &c)
{
    if (c.args.size() < 2)
        return c.usage(CliText::tr("Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ"));
    const QString what = c.args.takeFirst();
    if (what == u"cccd") {
        const auto birth = c.option(QStringLiteral("birth-date"));
        const auto gender = c.option(QStringLiteral("gender"));
        if (c.args.size() != 1)
            return c.usage(CliText::tr("Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ]"));
        QDate birthDate;
        if (birth) {
            birthDate = QDate::fromString(*birth, Qt::ISODate);
            if (!birthDate.isValid())
                return c.fail(Error::badInput(CliText::tr("Ngày sinh \"%1\" không đúng dạng YYYY-MM-DD.").arg(*birth)));
        }
        if (gender && *gender != u"Nam" && *gender != u"Nữ")
            return c.fail(Error::badInput(CliText::tr("Giới tính phải là Nam hoặc Nữ.")));
        const QDate today = toLocal(c.clock.nowUtc()).date();
        const IdCheck r = checkPersonalId(c.args.first(), today, birthDate, gender.value_or(QString()));
        if (!r.valid)
            return c.fail(Error::badInput(r.reason));
        if (!r.warnings.isEmpty())  // here, disagreement means "not valid"
            return c.fail(Error::badInput(r.warnings.join(u' ')));
        c.out << "ok\n";  // scripts and clerks both see that the check ran and passed
        return Ok;
    }
    if (c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ"));
    QString reason;
    if (what == u"s10")
        reason = checkS10(c.args.first());
    else if (what == u"phone")
        reason = checkPhone(c.args.first());
    else if (what == u"passport")
        reason = checkPassport(c.args.first()).reason;
    else if (what == u"tax-code")
        reason = checkTaxCode(c.args.first());
    else
        return c.usage(CliText::tr("Không rõ cần kiểm tra gì: %1 (cccd, passport, tax-code, s10, phone)").arg(what));
    if (!reason.isEmpty())
        return c.fail(Error::badInput(reason));
    c.out << "ok\n";
    return Ok;
}

int runParse(Context &c)
{
    if (c.args.size() != 2 || c.args.first() != u"cccd-qr")
        return c.usage(CliText::tr("Cách dùng: parse cccd-qr NỘI_DUNG_MÃ_QR"));
    auto q = CccdQr::parse(c.args.at(1));
    if (!q)
        return c.fail(q.error());
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const QJsonObject o{{QStringLiteral("id_number"), q->idNumber},   {QStringLiteral("old_id_number"), q->oldIdNumber},
                        {QStringLiteral("name"), q->name},            {QStringLiteral("birth_date"), date(q->birthDate)},
                        {QStringLiteral("gender"), q->gender},        {QStringLiteral("address"), q->address},
                        {QStringLiteral("issue_date"), date(q->issueDate)}};
    c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    return Ok;
}

}  // namespace pc::cli

#include "OfficeSettings.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlHelpers.h"
#include "services/AccountRules.h"
#include "services/AuditLog.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class OfficeText {
    Q_DECLARE_TR_FUNCTIONS(pc::OfficeText)
};

constexpr int MaxTextLength = 120;
constexpr qint64 MaxPostage = 10'000'000;  // far above any domestic parcel rate: a typo guard

Result<QString> oneLine(const QString &label, const QString &value)
{
    const QString v = value.simplified();
    if (v.isEmpty())
        return Error::badInput(OfficeText::tr("%1 không được để trống.").arg(label));
    if (v.size() > MaxTextLength)
        return Error::badInput(OfficeText::tr("%1 dài quá %2 ký tự.").arg(label).arg(MaxTextLength));
    return v;
}
}  // namespace

QStringList OfficeSettings::keys() { return {GoverningBody, Place, GuidanceContact, Postage, IdleLockMinutes}; }

Status OfficeSettings::checkKey(const QString &key)
{
    if (!keys().contains(key))
        return Error::badInput(OfficeText::tr("Khóa cài đặt không rõ: %1 (có: %2).").arg(key, keys().join(u", "_s)));
    return success();
}

QString OfficeSettings::label(const QString &key)
{
    if (key == GoverningBody)
        return OfficeText::tr("Cơ quan chủ quản (dòng trên tên đơn vị, ví dụ BƯU ĐIỆN TỈNH QUẢNG TRỊ)");
    if (key == Place)
        return OfficeText::tr("Địa danh ghi trước ngày tháng trên phiếu");
    if (key == GuidanceContact)
        return OfficeText::tr("Người và số điện thoại hướng dẫn bổ sung hồ sơ");
    if (key == Postage)
        return OfficeText::tr("Cước trả kết quả qua bưu chính (đồng)");
    if (key == IdleLockMinutes)
        return OfficeText::tr("Tự khóa màn hình sau bao nhiêu phút không dùng");
    return {};
}

Result<QString> OfficeSettings::normalize(const QString &key, const QString &value)
{
    if (auto k = checkKey(key); !k)
        return k.error();
    if (key == Postage) {
        // "25000", "25.000" or "25 000": dots and spaces are thousands separators on Vietnamese forms.
        static const QRegularExpression grouped(u"^\\d{1,3}([. ]?\\d{3})*$"_s);
        const QString v = value.trimmed();
        if (!grouped.match(v).hasMatch())
            return Error::badInput(OfficeText::tr("Cước bưu chính phải là số đồng không âm, ví dụ 25000 (nhận được \"%1\").").arg(value));
        QString digits = v;
        digits.remove(u'.').remove(u' ');
        bool ok = false;
        const qint64 dong = digits.toLongLong(&ok);
        if (!ok || dong > MaxPostage)
            return Error::badInput(OfficeText::tr("Cước bưu chính quá lớn: %1 (tối đa %2).").arg(v, Money{MaxPostage}.format()));
        return QString::number(dong);
    }
    if (key == IdleLockMinutes) {
        bool ok = false;
        const int minutes = value.trimmed().toInt(&ok);
        if (!ok || minutes < 1 || minutes > MaxIdleLockMinutes)
            return Error::badInput(OfficeText::tr("Thời gian tự khóa màn hình phải là số phút từ 1 đến %1 (nhận được \"%2\").")
                                       .arg(MaxIdleLockMinutes).arg(value));
        return QString::number(minutes);
    }
    auto text = oneLine(label(key), value);
    if (!text || key != GuidanceContact)
        return text;
    // Form 02 tells the citizen whom to call: a name and a phone number, both.
    QString digits = *text;
    digits.remove(QRegularExpression(u"[^0-9]"_s));
    const bool hasName = text->contains(QRegularExpression(u"\\p{L}{2,}"_s));
    if (digits.size() < 9 || !hasName)
        return Error::badInput(OfficeText::tr("Liên hệ hướng dẫn cần họ tên và số điện thoại, ví dụ \"Chị Lan, 0233 3852 123\"."));
    return text;
}

QString OfficeSettings::stored(const QString &key)
{
    auto v = SettingsRepository(m_db.sql()).get(key);
    return v && v.value() ? **v : QString();
}

Result<QString> OfficeSettings::get(const QString &key)
{
    if (auto k = checkKey(key); !k)
        return k.error();
    auto v = SettingsRepository(m_db.sql()).get(key);
    if (!v)
        return v.error();
    if (key == Postage)
        return QString::number(postage().dong);
    if (key == IdleLockMinutes)
        return QString::number(idleLockMinutes());
    return v.value().value_or(QString());
}

Status OfficeSettings::set(const Actor &actor, const QString &key, const QString &value)
{
    if (auto allowed = access::changeOfficeSettings(actor); !allowed)
        return allowed;
    auto v = normalize(key, value);
    if (!v)
        return v.error();
    if (stored(key) == *v)
        return success();  // the screen saves every field: only a change is a change (and audited)
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = SettingsRepository(m_db.sql()).set(key, *v); !s)
        return s;
    // The key only: a contact line may name a person.
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(actor, QStringLiteral("settings.change"), key); !s)
        return s;
    return tx.commit();
}

QString OfficeSettings::governingBody() { return stored(GoverningBody); }
QString OfficeSettings::place() { return stored(Place); }
QString OfficeSettings::guidanceContact() { return stored(GuidanceContact); }

int OfficeSettings::idleLockMinutes()
{
    auto v = normalize(IdleLockMinutes, stored(IdleLockMinutes));
    return v ? v->toInt() : DefaultIdleLockMinutes;
}

Money OfficeSettings::postage()
{
    // A value written before this owner existed (or by hand) is re-checked, never trusted.
    auto v = normalize(Postage, stored(Postage));
    return Money{v ? v->toLongLong() : DefaultPostage};
}

}  // namespace pc

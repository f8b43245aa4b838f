#include "CccdQr.h"

#include "Identifiers.h"
#include "TextRules.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pc {
namespace {
class QrText {
    Q_DECLARE_TR_FUNCTIONS(pc::QrText)
};

// DDMMYYYY; empty stays an invalid QDate; anything else is an error.
bool parseDate(const QString &s, QDate &out)
{
    if (s.isEmpty())
        return true;
    if (s.size() != 8)
        return false;
    out = QDate::fromString(s, QStringLiteral("ddMMyyyy"));
    return out.isValid();
}
}  // namespace

bool CccdQr::looksLikePayload(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{12}\\|"));
    return re.match(text).hasMatch();
}

Result<CccdQr> CccdQr::parse(const QString &payloadIn)
{
    QString payload = payloadIn;
    while (payload.endsWith(u'\n') || payload.endsWith(u'\r'))
        payload.chop(1);
    if (payload.size() > 1000)
        return Error::badInput(QrText::tr("Mã QR quá dài, không phải mã QR trên thẻ căn cước."));
    if (!TextRules::unreadable(payload, QrText::tr("Mã QR")).isEmpty())
        return Error::badInput(QrText::tr("Mã QR có ký tự lạ, không phải mã QR trên thẻ căn cước. Hãy quét lại."));
    const QStringList f = payload.split(u'|');
    if (f.size() != 6 && f.size() != 7)
        return Error::badInput(QrText::tr("Mã QR có %1 trường, mã QR thẻ căn cước có 6 hoặc 7 trường ngăn bởi dấu |.").arg(f.size()));
    const int shift = f.size() == 7 ? 1 : 0;
    CccdQr q;
    q.idNumber = f[0].trimmed();
    q.oldIdNumber = shift ? f[1].trimmed() : QString();
    q.name = text::clean(f[1 + shift]);
    q.gender = text::clean(f[3 + shift]);
    q.address = text::clean(f[4 + shift]);
    const IdCheck id = checkPersonalId(q.idNumber, {}, {}, {}, false);  // no clock here: intake checks the year against today
    if (!id.valid)
        return Error::badInput(QrText::tr("Mã QR không chứa số định danh hợp lệ: %1").arg(id.reason));
    if (!q.oldIdNumber.isEmpty() && !checkPersonalId(q.oldIdNumber, {}).valid)
        return Error::badInput(QrText::tr("Số CMND cũ trong mã QR không hợp lệ: \"%1\".").arg(q.oldIdNumber));
    if (!parseDate(f[2 + shift].trimmed(), q.birthDate))
        return Error::badInput(QrText::tr("Ngày sinh trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): \"%1\".").arg(f[2 + shift]));
    if (!parseDate(f[5 + shift].trimmed(), q.issueDate))
        return Error::badInput(QrText::tr("Ngày cấp trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): \"%1\".").arg(f[5 + shift]));
    const QString g = text::fold(q.gender);
    if (g == u"nam")
        q.gender = QStringLiteral("Nam");
    else if (g == u"nu")
        q.gender = QStringLiteral("Nữ");
    else if (!g.isEmpty())
        return Error::badInput(QrText::tr("Giới tính trong mã QR phải là Nam hoặc Nữ, nhận được \"%1\".").arg(q.gender));
    // The same rules as a name and address typed at the counter (TextRules).
    if (QString r = TextRules::check(f[1 + shift], TextKind::Name, QrText::tr("Họ tên trong mã QR")); !r.isEmpty())
        return Error::badInput(r);
    if (QString r = TextRules::check(f[4 + shift], TextKind::Address, QrText::tr("Địa chỉ trong mã QR")); !r.isEmpty())
        return Error::badInput(r);
    return q;
}

}  // namespace pc

#include "Identifiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace pc {
namespace {
class IdentifiersText {
    Q_DECLARE_TR_FUNCTIONS(pc::IdentifiersText)
};

// Province codes that open a CCCD number: Circular 07/2016/TT-BCA, Annex (the 63 provinces
// before the 2025 mergers; numbers issued before then keep them).
const QHash<QString, QString> &provinces()
{
    static const QHash<QString, QString> p = [] {
        const char *rows[][2] = {
            {"001", "Hà Nội"}, {"002", "Hà Giang"}, {"004", "Cao Bằng"}, {"006", "Bắc Kạn"}, {"008", "Tuyên Quang"},
            {"010", "Lào Cai"}, {"011", "Điện Biên"}, {"012", "Lai Châu"}, {"014", "Sơn La"}, {"015", "Yên Bái"},
            {"017", "Hòa Bình"}, {"019", "Thái Nguyên"}, {"020", "Lạng Sơn"}, {"022", "Quảng Ninh"}, {"024", "Bắc Giang"},
            {"025", "Phú Thọ"}, {"026", "Vĩnh Phúc"}, {"027", "Bắc Ninh"}, {"030", "Hải Dương"}, {"031", "Hải Phòng"},
            {"033", "Hưng Yên"}, {"034", "Thái Bình"}, {"035", "Hà Nam"}, {"036", "Nam Định"}, {"037", "Ninh Bình"},
            {"038", "Thanh Hóa"}, {"040", "Nghệ An"}, {"042", "Hà Tĩnh"}, {"044", "Quảng Bình"}, {"045", "Quảng Trị"},
            {"046", "Thừa Thiên Huế"}, {"048", "Đà Nẵng"}, {"049", "Quảng Nam"}, {"051", "Quảng Ngãi"}, {"052", "Bình Định"},
            {"054", "Phú Yên"}, {"056", "Khánh Hòa"}, {"058", "Ninh Thuận"}, {"060", "Bình Thuận"}, {"062", "Kon Tum"},
            {"064", "Gia Lai"}, {"066", "Đắk Lắk"}, {"067", "Đắk Nông"}, {"068", "Lâm Đồng"}, {"070", "Bình Phước"},
            {"072", "Tây Ninh"}, {"074", "Bình Dương"}, {"075", "Đồng Nai"}, {"077", "Bà Rịa - Vũng Tàu"}, {"079", "Hồ Chí Minh"},
            {"080", "Long An"}, {"082", "Tiền Giang"}, {"083", "Bến Tre"}, {"084", "Trà Vinh"}, {"086", "Vĩnh Long"},
            {"087", "Đồng Tháp"}, {"089", "An Giang"}, {"091", "Kiên Giang"}, {"092", "Cần Thơ"}, {"093", "Hậu Giang"},
            {"094", "Sóc Trăng"}, {"095", "Bạc Liêu"}, {"096", "Cà Mau"}};
        QHash<QString, QString> h;
        for (const auto &r : rows)
            h.insert(QString::fromLatin1(r[0]), QString::fromUtf8(r[1]));
        return h;
    }();
    return p;
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
}  // namespace

QString cccdProvinceName(const QString &threeDigits) { return provinces().value(threeDigits); }

IdCheck checkPersonalId(const QString &numberIn, const QDate &birthDate, const QString &gender, bool allowOldId)
{
    IdCheck r;
    const QString number = numberIn.trimmed();
    if (!allDigits(number)) {
        r.reason = IdentifiersText::tr("Số định danh chỉ gồm chữ số (nhận được \"%1\").").arg(number);
        return r;
    }
    if (number.size() == 9) {
        if (!allowOldId) {
            r.reason = IdentifiersText::tr("Thủ tục này yêu cầu số định danh cá nhân 12 chữ số, không nhận CMND 9 số.");
            return r;
        }
        r.valid = true;
        r.kind = QStringLiteral("cmnd");
        return r;
    }
    if (number.size() != 12) {
        r.reason = IdentifiersText::tr("Số định danh cá nhân phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có %n chữ số.", nullptr, static_cast<int>(number.size()));
        return r;
    }
    r.kind = QStringLiteral("cccd");
    if (!provinces().contains(number.left(3))) {
        r.reason = IdentifiersText::tr("Ba chữ số đầu \"%1\" không phải mã tỉnh nơi đăng ký khai sinh.").arg(number.left(3));
        return r;
    }
    // Digit 4: gender and century — 0/1 = male/female born 1900–1999, 2/3 = 2000–2099,
    // 4/5 = 2100–2199, 6/7 = 2200–2299, 8/9 = 1800–1899 (Circular 07/2016/TT-BCA, art. 7).
    const int g = number.at(3).digitValue();
    static const int centuries[] = {1900, 2000, 2100, 2200, 1800};
    const int century = centuries[g / 2];
    const bool female = g % 2 == 1;
    const int birthYear = century + number.mid(4, 2).toInt();
    if (century > 2000 || birthYear > QDate::currentDate().year() || (century == 1800 && birthYear < 1880)) {
        r.reason = IdentifiersText::tr("Chữ số thứ 4 và 5–6 cho năm sinh %1, không thể đúng.").arg(birthYear);
        return r;
    }
    r.valid = true;
    if (birthDate.isValid() && birthDate.year() != birthYear)
        r.warnings << IdentifiersText::tr("Số định danh cho năm sinh %1 nhưng ngày sinh đã nhập là %2.").arg(birthYear).arg(birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (!gender.isEmpty() && (gender == u"Nữ") != female)
        r.warnings << IdentifiersText::tr("Số định danh cho giới tính %1 nhưng đã chọn %2.").arg(female ? IdentifiersText::tr("Nữ") : IdentifiersText::tr("Nam"), gender);
    return r;
}

QString normalizePhone(const QString &phone)
{
    QString p = phone;
    p.remove(QRegularExpression(QStringLiteral("[\\s.\\-()]")));
    if (p.startsWith(u"+84"))
        p = QLatin1Char('0') + p.mid(3);
    else if (p.startsWith(u"84") && p.size() == 11)
        p = QLatin1Char('0') + p.mid(2);
    return p;
}

QString checkPhone(const QString &phone)
{
    // Separators only between digits, a '+' only in front: "-0912345678" is not a number with a
    // stray dash to strip, it is a mistyped (or injected) value.
    static const QRegularExpression shape(QStringLiteral("^\\+?\\(?\\d[\\d .\\-()]*\\d$"));
    if (phone.size() > 32 || !shape.match(phone.trimmed()).hasMatch())
        return IdentifiersText::tr("Số điện thoại \"%1\" không hợp lệ (di động 10 chữ số, cố định 11 chữ số, bắt đầu bằng 0 hoặc +84).").arg(phone.trimmed().left(32));
    const QString p = normalizePhone(phone);
    // mobiles: 10 digits (03x, 05x, 07x, 08x, 09x); landlines: 11 digits (02x + 8 digits)
    static const QRegularExpression re(QStringLiteral("^(0[35789]\\d{8}|02\\d{9})$"));
    if (!re.match(p).hasMatch())
        return IdentifiersText::tr("Số điện thoại \"%1\" không hợp lệ (di động 10 chữ số, cố định 11 chữ số, bắt đầu bằng 0 hoặc +84).").arg(phone.trimmed());
    return {};
}

QString checkEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"));
    if (!re.match(email.trimmed()).hasMatch() || email.contains(QStringLiteral("..")))
        return IdentifiersText::tr("Địa chỉ thư điện tử \"%1\" không hợp lệ.").arg(email.trimmed());
    return {};
}

QString checkTaxCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^\\d{10}(-\\d{3})?$"));
    if (!re.match(code.trimmed()).hasMatch())
        return IdentifiersText::tr("Mã số thuế \"%1\" không hợp lệ (10 chữ số, chi nhánh thêm -3 chữ số).").arg(code.trimmed());
    return {};
}

int s10CheckDigit(const QString &eightDigits)
{
    static const int weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += eightDigits.at(i).digitValue() * weights[i];
    const int r = sum % 11;
    if (r == 0)
        return 5;
    if (r == 1)
        return 0;
    return 11 - r;
}

QString checkS10(const QString &idIn)
{
    const QString id = idIn.trimmed().toUpper();
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}(\\d{8})(\\d)([A-Z]{2})$"));
    const auto m = re.match(id);
    if (!m.hasMatch())
        return IdentifiersText::tr("Số hiệu bưu gửi \"%1\" phải gồm 2 chữ cái, 9 chữ số và 2 chữ cái (ví dụ EE123456785VN).").arg(idIn.trimmed());
    if (m.captured(3) != u"VN")
        return IdentifiersText::tr("Số hiệu bưu gửi \"%1\" không phải của Việt Nam (phải kết thúc bằng VN).").arg(id);
    if (m.captured(2).toInt() != s10CheckDigit(m.captured(1)))
        return IdentifiersText::tr("Số hiệu bưu gửi \"%1\" sai chữ số kiểm tra (đúng là %2).").arg(id).arg(s10CheckDigit(m.captured(1)));
    return {};
}

}  // namespace pc

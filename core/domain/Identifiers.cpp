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

// Landline area codes after the 2017 conversion (Decision 2036/QĐ-BTTTT of the Ministry of
// Information and Communications, carried out in 3 stages 11/02–31/08/2017): every landline is
// 0 + area code + subscriber number = 11 digits. Hà Nội 24 and TP. Hồ Chí Minh 28 have 2-digit
// codes with 8-digit numbers, the other 61 provinces 3-digit codes with 7-digit numbers; Vĩnh
// Phúc, Phú Thọ, Hòa Bình and Hà Giang kept theirs. Stage 3 (24, 28, 251–277) as reported by
// SGGP/kienthuc.net.vn 06/2017 [news]; stages 1–2 from the published conversion table [mem].
// One code per pre-2025 province; the 2025 mergers did not change the numbering.
const QHash<QString, QString> &landlineAreas()
{
    static const QHash<QString, QString> a = [] {
        const char *rows[][2] = {
            {"24", "Hà Nội"}, {"28", "Hồ Chí Minh"},
            {"203", "Quảng Ninh"}, {"204", "Bắc Giang"}, {"205", "Lạng Sơn"}, {"206", "Cao Bằng"}, {"207", "Tuyên Quang"},
            {"208", "Thái Nguyên"}, {"209", "Bắc Kạn"}, {"210", "Phú Thọ"}, {"211", "Vĩnh Phúc"}, {"212", "Sơn La"},
            {"213", "Lai Châu"}, {"214", "Lào Cai"}, {"215", "Điện Biên"}, {"216", "Yên Bái"}, {"218", "Hòa Bình"},
            {"219", "Hà Giang"}, {"220", "Hải Dương"}, {"221", "Hưng Yên"}, {"222", "Bắc Ninh"}, {"225", "Hải Phòng"},
            {"226", "Hà Nam"}, {"227", "Thái Bình"}, {"228", "Nam Định"}, {"229", "Ninh Bình"}, {"232", "Quảng Bình"},
            {"233", "Quảng Trị"}, {"234", "Thừa Thiên Huế"}, {"235", "Quảng Nam"}, {"236", "Đà Nẵng"}, {"237", "Thanh Hóa"},
            {"238", "Nghệ An"}, {"239", "Hà Tĩnh"}, {"251", "Đồng Nai"}, {"252", "Bình Thuận"}, {"254", "Bà Rịa - Vũng Tàu"},
            {"255", "Quảng Ngãi"}, {"256", "Bình Định"}, {"257", "Phú Yên"}, {"258", "Khánh Hòa"}, {"259", "Ninh Thuận"},
            {"260", "Kon Tum"}, {"261", "Đắk Nông"}, {"262", "Đắk Lắk"}, {"263", "Lâm Đồng"}, {"269", "Gia Lai"},
            {"270", "Vĩnh Long"}, {"271", "Bình Phước"}, {"272", "Long An"}, {"273", "Tiền Giang"}, {"274", "Bình Dương"},
            {"275", "Bến Tre"}, {"276", "Tây Ninh"}, {"277", "Đồng Tháp"}, {"290", "Cà Mau"}, {"291", "Bạc Liêu"},
            {"292", "Cần Thơ"}, {"293", "Hậu Giang"}, {"294", "Trà Vinh"}, {"296", "An Giang"}, {"297", "Kiên Giang"},
            {"299", "Sóc Trăng"}};
        QHash<QString, QString> h;
        for (const auto &r : rows)
            h.insert(QString::fromLatin1(r[0]), QString::fromUtf8(r[1]));
        return h;
    }();
    return a;
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
}  // namespace

IdCheck checkPersonalId(const QString &numberIn, const QDate &today, const QDate &birthDate, const QString &gender, bool allowOldId)
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
    // 4/5 = 2100–2199, 6/7 = 2200–2299, 8/9 = 2300–2399 (Circular 07/2016/TT-BCA art. 7, kept
    // by Circular 59/2021/TT-BCA). No digit stands for the 1800s: a year before 1900 cannot be read.
    const int g = number.at(3).digitValue();
    const int century = 1900 + 100 * (g / 2);
    const bool female = g % 2 == 1;
    const int birthYear = century + number.mid(4, 2).toInt();
    if (today.isValid() && birthYear > today.year()) {
        r.reason = IdentifiersText::tr("Chữ số thứ 4 và 5–6 cho năm sinh %1, sau năm hiện tại: số định danh không đúng.").arg(birthYear);
        return r;
    }
    r.valid = true;
    if (birthDate.isValid() && birthDate.year() != birthYear)
        r.warnings << IdentifiersText::tr("Số định danh cho năm sinh %1 nhưng ngày sinh đã nhập là %2.").arg(birthYear).arg(birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (!gender.isEmpty() && (gender == u"Nữ") != female)
        r.warnings << IdentifiersText::tr("Số định danh cho giới tính %1 nhưng đã chọn %2.").arg(female ? IdentifiersText::tr("Nữ") : IdentifiersText::tr("Nam"), gender);
    return r;
}

IdCheck checkPassport(const QString &numberIn)
{
    IdCheck r;
    const QString number = numberIn.trimmed().toUpper();
    static const QRegularExpression re(QStringLiteral("^(?=[A-Z]*\\d)[A-Z0-9]{6,9}$"));
    if (!re.match(number).hasMatch()) {
        r.reason = IdentifiersText::tr("Số hộ chiếu \"%1\" không hợp lệ (6–9 chữ cái và chữ số, có ít nhất một chữ số, không dấu cách).").arg(numberIn.trimmed());
        return r;
    }
    r.valid = true;
    r.kind = QStringLiteral("passport");
    return r;
}

bool isIdentityDocumentType(const QString &t)
{
    return t.isEmpty() || t == u"cccd" || t == u"cmnd" || t == u"passport";
}

IdCheck checkIdentityDocument(const QString &documentType, const QString &number, const QDate &today, const QDate &birthDate,
                              const QString &gender)
{
    if (documentType == u"passport")
        return checkPassport(number);
    IdCheck r = checkPersonalId(number, today, birthDate, gender, documentType != u"cccd");
    if (r.valid && documentType == u"cmnd" && r.kind != u"cmnd") {
        r = IdCheck{};
        r.reason = IdentifiersText::tr("Chứng minh nhân dân cũ có 9 chữ số.");
    }
    return r;
}

QString normalizePhone(const QString &phone)
{
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
    QString p = phone;
    p.remove(separators);
    if (p.startsWith(u"+84"))
        p = QLatin1Char('0') + p.mid(3);
    else if (p.startsWith(u"0084"))
        p = QLatin1Char('0') + p.mid(4);
    else if (p.startsWith(u"84") && (p.size() == 11 || p.size() == 12))  // 84 + mobile (9) or landline (10)
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
    // Mobile prefixes assigned by the numbering plan as converted in 2018 (Decision
    // 798/QĐ-BTTTT 2018 moving 11-digit mobiles to 10 digits; Circular 22/2014/TT-BTTTT
    // numbering plan [mem]). Unassigned: 030, 031, 050, 051, 053, 054, 057, 071–075, 080, 095.
    static const QRegularExpression mobile(QStringLiteral("^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\\d{7}$"));
    static const QRegularExpression landline(QStringLiteral("^02\\d{9}$"));
    const bool isLandline = landline.match(p).hasMatch() && (landlineAreas().contains(p.mid(1, 2)) || landlineAreas().contains(p.mid(1, 3)));
    if (!mobile.match(p).hasMatch() && !isLandline)
        return IdentifiersText::tr("Số điện thoại \"%1\" không hợp lệ (di động 10 chữ số, cố định 11 chữ số có mã vùng, đầu số phải đã được cấp; viết 0…, +84… hoặc 84…).").arg(phone.trimmed());
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
    const QString c = code.trimmed();
    if (re.match(c).hasMatch())
        return {};
    // 12 digits: a personal ID number used as the tax code (household business, individual).
    if (c.size() == 12 && allDigits(c)) {
        const IdCheck id = checkPersonalId(c, {}, {}, {}, false);
        return id.valid ? QString() : IdentifiersText::tr("Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ: %1").arg(id.reason);
    }
    return IdentifiersText::tr("Mã số thuế \"%1\" không hợp lệ (10 chữ số, chi nhánh thêm -3 chữ số, hoặc số định danh cá nhân 12 chữ số của hộ kinh doanh, cá nhân).").arg(c);
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

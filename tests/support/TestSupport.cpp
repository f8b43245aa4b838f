#include "TestSupport.h"

#include <stdexcept>

namespace pc::test {

TempCounter::TempCounter(int counterNumber, bool setUp)
{
    auto s = CounterServices::open(dbPath(), clock);
    if (!s)
        throw std::runtime_error(s.error().message.toStdString());
    services = std::move(s).value();
    if (setUp) {
        auto r = services->identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"),
                                                                             QStringLiteral("Bưu điện xã Yên Định"), counterNumber));
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
    }
}

QString TempCounter::scalarText(const QString &sqlText)
{
    auto v = sql::scalar(services->database().sql(), sqlText);
    if (!v)
        throw std::runtime_error(v.error().message.toStdString());
    return v->toString();
}

qint64 TempCounter::scalarInt(const QString &sqlText)
{
    auto v = sql::scalar(services->database().sql(), sqlText);
    if (!v)
        throw std::runtime_error(v.error().message.toStdString());
    return v->toLongLong();
}

DossierDraft completeDraft()
{
    DossierDraft d;
    d.procedureCode = QStringLiteral("2.000620");
    d.applicant.name = QStringLiteral("Nguyễn Văn Đức");
    d.applicant.idNumber = QStringLiteral("001089012345");
    d.applicant.birthDate = QDate(1989, 5, 2);
    d.applicant.gender = QStringLiteral("Nam");
    d.applicant.phone = QStringLiteral("0912 345 678");
    d.applicant.address = QStringLiteral("Thôn Đông, xã Yên Định, tỉnh Thanh Hóa");
    d.feeVariant = QStringLiteral("hkd-thanh-pho");  // household business in a city: 400.000 đ
    d.documents = {
        {QStringLiteral("Đơn đề nghị cấp Giấy phép bán lẻ rượu"), 1, 0},
        {QStringLiteral("Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh"), 0, 1},
        {QStringLiteral("Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh"), 0, 1},
        {QStringLiteral("Bản sao văn bản giới thiệu hoặc hợp đồng mua bán với thương nhân sản xuất, phân phối rượu"), 0, 1},
    };
    return d;
}

}  // namespace pc::test

#pragma once
// Runs postcounter-cli as a real process, as operators and scripts do.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pc::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &db, QStringList args, const QByteArray &stdinData = {})
{
    QProcess p;
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(POSTCOUNTER_CLI), args);
    p.waitForStarted();
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.waitForBytesWritten(10000);
    }
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QByteArray intakeJson(const QString &receivedAt = {})
{
    QByteArray j = R"({"procedure": "2.000620",
      "applicant": {"name": "Nguyễn Văn Đức", "id_number": "001089012345", "birth_date": "1989-05-02",
                    "gender": "Nam", "phone": "0912345678", "email": "duc@example.vn", "address": "Thôn Đông, xã Yên Định"},
      "documents": [{"name": "Đơn đề nghị cấp Giấy phép bán lẻ rượu", "originals": 1, "copies": 0},
                    {"name": "Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh", "originals": 0, "copies": 1},
                    {"name": "Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh", "originals": 0, "copies": 1},
                    {"name": "Bản sao văn bản giới thiệu hoặc hợp đồng mua bán với thương nhân sản xuất, phân phối rượu", "originals": 0, "copies": 1}],
      "sets": 1, "delivery": {"method": "counter"}, "note": "", "fee_variant": "hkd-thanh-pho")";
    if (!receivedAt.isEmpty())
        j += ", \"received_at\": \"" + receivedAt.toUtf8() + "\"";
    return j + "}";
}

}  // namespace pc::test

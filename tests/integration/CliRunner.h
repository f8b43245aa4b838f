#pragma once
// Runs postcounter-cli as a real process, as operators and scripts do.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pc::test {

// Not an exit code the CLI uses (0, 1, 2, 3): the run was killed after its time ran out, so a
// hung CLI never reads as a result; test files add CHECK_FALSE(timedOut) through their wrapper.
constexpr int kCliTimedOut = -2;

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    bool timedOut = false;
};

// "Now" for every CLI run of the tests (POSTCOUNTER_FAKE_NOW, read by the CLI's composition
// root): Friday 27/11/2026 09:00 in Vietnam, so no test depends on the day it runs.
inline const char *kFakeNow = "2026-11-27T09:00:00+07:00";

// Runs the CLI with `fakeNow` as its clock (empty: the real clock, for runs against a live centre). A run that does not finish within `timeoutMs` is
// killed and answers kCliTimedOut. (No test-framework macro here: Catch2 and Qt Test files
// both include this header.)
inline CliRun runCliAt(const QString &db, QStringList args, const QByteArray &stdinData, const QString &fakeNow, int timeoutMs = 30000)
{
    QProcess p;
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("POSTCOUNTER_FAKE_NOW"));
    if (!fakeNow.isEmpty())
        env.insert(QStringLiteral("POSTCOUNTER_FAKE_NOW"), fakeNow);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POSTCOUNTER_CLI), args);
    if (!p.waitForStarted(10000))
        return {kCliTimedOut, {}, QStringLiteral("postcounter-cli did not start: ") + p.errorString(), true};
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.waitForBytesWritten(10000);
    }
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.timedOut = true;
    }
    r.exitCode = r.timedOut ? kCliTimedOut : p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (r.timedOut)
        r.err += QStringLiteral("\n[killed: no exit within %1 ms]").arg(timeoutMs);
    return r;
}

// The CLI on the fixed "now" kFakeNow: what counter tests use.
inline CliRun runCliFixed(const QString &db, QStringList args, const QByteArray &stdinData = {})
{
    return runCliAt(db, std::move(args), stdinData, QString::fromLatin1(kFakeNow));
}

// The CLI on the real clock (sync against a live reference centre).
inline CliRun runCli(const QString &db, QStringList args, const QByteArray &stdinData = {})
{
    return runCliAt(db, std::move(args), stdinData, {});
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

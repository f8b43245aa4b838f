// postcounter-cli: the headless face of the counter, for operators, scripts and tests.
// Exit codes: 0 success, 2 bad input or refused (message on stderr, nothing written),
// 1 internal error.
#include "Cli.h"
#include "services/DossierJson.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace pc;

namespace {
QString helpText()
{
    return QCoreApplication::translate("Cli",
        "Cách dùng: postcounter-cli [--db ĐƯỜNG_DẪN] [--as TÊN_ĐĂNG_NHẬP] LỆNH ...\n"
        "  setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]\n"
        "  catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]\n"
        "  intake --json TỆP|- [--allow-backdate]\n"
        "  list [--status S] [--search \"TỪ\"] [--limit N] [--json]\n"
        "  show MÃ_HỒ_SƠ --json\n"
        "  calendar lunar YYYY-MM-DD | calendar solar YYYY-MM-DD [--leap]\n"
        "  calendar holidays NĂM | calendar working-saturdays NĂM | calendar import TỆP\n"
        "  calendar import-rules TỆP | calendar rules\n"
        "  deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]\n"
        "  check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check s10 SỐ_HIỆU | check phone SỐ\n"
        "  check passport SỐ | check tax-code MÃ_SỐ_THUẾ\n"
        "  parse cccd-qr NỘI_DUNG\n"
        "  guidance supplement --json TỆP [--reason LÝ_DO] [--contact LIÊN_HỆ] | guidance refusal --json TỆP --reason LÝ_DO\n"
        "  print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf\n"
        "  print manifest SỐ_BIÊN_BẢN | print control-sheet|apology|return-slip|label MÃ_HỒ_SƠ --pdf TỆP.pdf\n"
        "  handover pending [--agency TÊN_CƠ_QUAN]\n"
        "  handover create --agency TÊN_CƠ_QUAN [--codes MÃ1,MÃ2,…] --courier \"HỌ TÊN\" [--receiver \"HỌ TÊN\"]\n"
        "  handover confirm SỐ_BIÊN_BẢN --by \"HỌ TÊN\" | handover cancel SỐ_BIÊN_BẢN --reason \"LÝ DO\"\n"
        "  reschedule MÃ_HỒ_SƠ --until YYYY-MM-DDTHH:MM --reason \"LÝ DO\"\n"
        "  result receive MÃ_HỒ_SƠ [--what \"KẾT QUẢ\"] [--count N] [--from \"HỌ TÊN\"] [--note \"…\"] | result waiting\n"
        "  return MÃ_HỒ_SƠ --recipient-name \"HỌ TÊN\" --recipient-id SỐ_GIẤY_TỜ [--authorised-by \"GIẤY ỦY QUYỀN\"] [--fee SỐ_ĐỒNG]\n"
        "  dispatch MÃ_HỒ_SƠ --tracking SỐ_HIỆU_S10 | delivery-failed MÃ_HỒ_SƠ --reason \"LÝ DO\"\n"
        "  withdraw MÃ_HỒ_SƠ --reason \"LÝ DO\"\n"
        "  report day --date YYYY-MM-DD [--json | --csv TỆP] | report ledger --from YYYY-MM-DD --to YYYY-MM-DD [--csv TỆP]\n"
        "  print day-report --date YYYY-MM-DD --pdf TỆP.pdf | print ledger --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP.pdf\n"
        "  settings get KHÓA | settings set KHÓA GIÁ_TRỊ | settings list   (office.governing_body, office.place,\n"
        "      office.guidance_contact, office.postage)\n"
        "  sync --once | sync status | sync quarantine | sync enrol --url URL [--code MÃ] --ca TỆP_CA [--pin SHA256]\n"
        "      (không có --code: đọc mã đăng ký từ đầu vào chuẩn)\n"
        "  backup create [--to THƯ_MỤC] [--encrypt] | backup verify TỆP | backup restore TỆP | backup config | backup status\n"
        "  purge --before YYYY-MM-DD [--dry-run] | purge config [--years N]\n"
        "  --verbose (trước LỆNH): ghi cả dòng gỡ lỗi vào nhật ký chẩn đoán và ra stderr\n"
        "  user add TÊN --role clerk|supervisor|admin --name \"HỌ TÊN\" (mật khẩu từ đầu vào chuẩn)\n"
        "  user list | user disable TÊN | user enable TÊN | user password TÊN (mật khẩu từ đầu vào chuẩn)\n"
        "  audit verify | audit list [--user TÊN] [--action THAO_TÁC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]");
}
}  // namespace

// Rendering documents needs fonts, hence a QGuiApplication; without a display it runs on the
// offscreen platform. Every other command stays a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool printing = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db") { ++i; continue; }
        if (a.startsWith("--")) continue;
        printing = a == "print";
        break;
    }
    if (!printing)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// The clock of this process. Tests set POSTCOUNTER_FAKE_NOW (ISO 8601 with an offset, e.g.
// 2026-11-27T09:00:00+07:00) so that what the CLI does never depends on the day the tests run;
// nothing but this composition root reads it.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

std::unique_ptr<Clock> makeClock()
{
    const QString fake = qEnvironmentVariable("POSTCOUNTER_FAKE_NOW");
    if (fake.isEmpty())
        return std::make_unique<SystemClock>();
    const QDateTime at = parseLocalOrOffsetTime(fake);
    if (!at.isValid())
        return nullptr;
    return std::make_unique<FakeClock>(at.toUTC());
}

int main(int argc, char **argv)
{
    const auto appPtr = makeApplication(argc, argv);
    QCoreApplication &app = *appPtr;
    applyApplicationIdentity();
    const std::unique_ptr<Clock> clock = makeClock();
    if (!clock) {
        QTextStream(stderr) << "POSTCOUNTER_FAKE_NOW: " << qEnvironmentVariable("POSTCOUNTER_FAKE_NOW") << '\n';
        return cli::BadInput;
    }
    cli::Context c(*clock);
    QStringList args = app.arguments().mid(1);
    const auto dbOption = cli::takeOption(args, QStringLiteral("--db"));
    c.dbPath = dbOption.value_or(Database::defaultPath());
    c.dbPathDefaulted = !dbOption.has_value();
    // The diagnostic log beside the database (created on its first line).
    LogOptions log;
    log.folder = logFolderFor(c.dbPath);
    log.verbose = cli::takeFlag(args, QStringLiteral("--verbose"));
    installFileLog(log);
    // Global, like --db: the account a command acts as (no password: the OS user is trusted).
    const auto asOption = cli::takeOption(args, QStringLiteral("--as"));
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        c.out << helpText() << '\n';
        return args.isEmpty() ? cli::BadInput : cli::Ok;
    }
    if (args.first() == u"--version") {
        c.out << QCoreApplication::applicationVersion() << '\n';
        return cli::Ok;
    }
    const QString command = args.takeFirst();
    c.args = args;
    if (asOption)
        if (const int rc = c.signInAs(*asOption); rc != cli::Ok)
            return rc;
    if (command == u"setup") return cli::runSetup(c);
    if (command == u"catalogue") return cli::runCatalogue(c);
    if (command == u"intake") return cli::runIntake(c);
    if (command == u"list") return cli::runList(c);
    if (command == u"show") return cli::runShow(c);
    if (command == u"calendar") return cli::runCalendar(c);
    if (command == u"deadline") return cli::runDeadline(c);
    if (command == u"check") return cli::runCheck(c);
    if (command == u"parse") return cli::runParse(c);
    if (command == u"print") return cli::runPrint(c);
    if (command == u"guidance") return cli::runGuidance(c);
    if (command == u"sync") return cli::runSync(c);
    if (command == u"settings") return cli::runSettings(c);
    if (command == u"handover") return cli::runHandover(c);
    if (command == u"reschedule") return cli::runReschedule(c);
    if (command == u"result") return cli::runResult(c);
    if (command == u"return") return cli::runReturn(c);
    if (command == u"dispatch") return cli::runDispatch(c);
    if (command == u"delivery-failed") return cli::runDeliveryFailed(c);
    if (command == u"withdraw") return cli::runWithdraw(c);
    if (command == u"report") return cli::runReport(c);
    if (command == u"backup") return cli::runBackup(c);
    if (command == u"purge") return cli::runPurge(c);
    if (command == u"user") return cli::runUser(c);
    if (command == u"audit") return cli::runAudit(c);
    return c.usage(QCoreApplication::translate("Cli", "Lệnh không rõ: %1\n%2").arg(command, helpText()));
}

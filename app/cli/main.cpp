// postcounter-cli: the headless face of the counter, for operators, scripts and tests.
// Exit codes: 0 success, 2 bad input or refused (message on stderr, nothing written),
// 1 internal error.
#include "Cli.h"
#include "CommandTable.h"
#include "services/DossierJson.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace pc;

// Rendering documents needs fonts, hence a QGuiApplication; without a display it runs on the
// offscreen platform. Every other command stays a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool printing)
{
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
    // The global options, once, before the application exists: the command word decides which
    // application (printing needs a QGuiApplication). The words are decoded as
    // QCoreApplication::arguments() decodes them on POSIX.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::ParsedLine globals = cli::parseLine(arguments, cli::globalOptions(), cli::AfterPositional::Positional);
    const QStringList words = globals.positional;  // the command word(s), its arguments and options
    const auto appPtr = makeApplication(argc, argv, words.value(0) == u"print");
    applyApplicationIdentity();
    const std::unique_ptr<Clock> clock = makeClock();
    if (!clock) {
        QTextStream(stderr) << "POSTCOUNTER_FAKE_NOW: " << qEnvironmentVariable("POSTCOUNTER_FAKE_NOW") << '\n';
        return cli::BadInput;
    }
    cli::Context c(*clock);
    if (!globals.error.isEmpty())
        return c.usage(globals.error + u'\n' + cli::CliText::tr("Xem: postcounter-cli --help"));
    const auto dbOption = globals.options.constFind(QStringLiteral("db"));
    c.dbPath = dbOption != globals.options.cend() ? *dbOption : Database::defaultPath();
    c.dbPathDefaulted = dbOption == globals.options.cend();
    // The diagnostic log beside the database (created on its first line).
    LogOptions log;
    log.folder = logFolderFor(c.dbPath);
    log.verbose = globals.options.contains(QStringLiteral("verbose"));
    installFileLog(log);
    if (globals.options.contains(QStringLiteral("version"))) {
        c.out << QCoreApplication::applicationVersion() << '\n';
        return cli::Ok;
    }
    if (globals.help || words.isEmpty()) {
        c.out << cli::programHelp();
        return globals.help ? cli::Ok : cli::BadInput;  // no command at all: a usage error
    }
    // Global, like --db: the account a command acts as (no password: the OS user is trusted).
    const auto as = globals.options.constFind(QStringLiteral("as"));
    return cli::runCommand(c, words, as != globals.options.cend() ? std::optional<QString>(*as) : std::nullopt);
}

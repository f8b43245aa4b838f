#pragma once
// Shared plumbing of postcounter-cli: exit codes, output, opening the counter's services.
#include "domain/Actor.h"
#include "services/AccountRules.h"
#include "services/CounterServices.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace pc::cli {

enum Exit { Ok = 0, Internal = 1, BadInput = 2, Unreachable = 3 };

struct Context {
    QString dbPath;
    bool dbPathDefaulted = false;  // no --db: a new database there is announced on stderr
    QStringList args;  // the command's positional arguments, after the command word
    QHash<QString, QString> options;  // the command's options as parsed (a flag: empty value)
    // The value of option --name, if given.
    std::optional<QString> option(const QString &name) const
    {
        const auto it = options.constFind(name);
        return it == options.cend() ? std::nullopt : std::optional<QString>(*it);
    }
    bool flag(const QString &name) const { return options.contains(name); }
    QTextStream out;
    QTextStream err;
    const Clock &clock;
    explicit Context(const Clock &clock);
    // Opens the database on first use; prints the error and returns nullptr on failure.
    CounterServices *services();
    int fail(const Error &e);  // prints message and details to stderr, returns the exit code
    int usage(const QString &text);
    // The bytes of a file, or of standard input for "-": every file the CLI reads comes through
    // here. Only a regular file (or stdin) of at most kMaxInputBytes; a FIFO, a device or a
    // directory is refused before it is opened, so nothing blocks or fills memory.
    static constexpr qint64 kMaxInputBytes = 5 * 1024 * 1024;
    Result<QByteArray> readInput(const QString &path);
    // A dossier draft (the intake JSON) from a file or standard input.
    Result<DossierDraft> readDraft(const QString &path);
    int openExit = Internal;  // the exit code when services() failed
    // Who this command acts as: the account named with --as, else "cli:<OS user>" as a clerk.
    // Before any account exists (first start) that OS user is the one who set the counter up
    // and acts as admin: the OS user who can read the database file is trusted (issue 12).
    Actor actor() const;
    // Closes the database this process opened (backup restore replaces the file, and refuses
    // while any session, this one included, holds it).
    void releaseServices() { m_services.reset(); }
    // --as USERNAME: resolves the account (unknown or disabled: message, BadInput).
    int signInAs(const QString &username);

private:
    std::unique_ptr<CounterServices> m_services;
    std::optional<Actor> m_as;
};

int runSetup(Context &c);
int runCatalogue(Context &c);
int runIntake(Context &c);
int runList(Context &c);
int runShow(Context &c);
int runCalendar(Context &c);
int runDeadline(Context &c);
int runCheck(Context &c);
int runParse(Context &c);
int runPrint(Context &c);
int runGuidance(Context &c);
int runSync(Context &c);
int runSettings(Context &c);
// Issue 11, after the receipt (LifecycleCommands.cpp).
int runHandover(Context &c);
int runReschedule(Context &c);
int runResult(Context &c);
int runReturn(Context &c);
int runDispatch(Context &c);
int runDeliveryFailed(Context &c);
int runWithdraw(Context &c);
int runReport(Context &c);       // ReportCommands.cpp
int runPrintReport(Context &c);  // print day-report | print ledger (ReportCommands.cpp)
int runBackup(Context &c);
int runPurge(Context &c);
int runUser(Context &c);
int runAudit(Context &c);

}  // namespace pc::cli

#include <QCoreApplication>
namespace pc::cli {
class CliText {
    Q_DECLARE_TR_FUNCTIONS(pc::cli::CliText)
};
}  // namespace pc::cli

// postcounter-centre: the reference provincial centre for tests and demos.
//   postcounter-centre --db FILE [--now ISO-TIME] …  (--now pins the centre's clock; tests pass it)
//   postcounter-centre --db FILE serve --cert C --key K [--port P] [--fail-rate X] [--retry-after S]
//                      [--captive-portal] [--malformed-json] [--max-batch N] [--max-pages N]
//   postcounter-centre --db FILE issue-code --unit ID --counter N [--ttl-hours H (default 24)]
//   postcounter-centre --db FILE publish-status CODE STATUS [--note TEXT]
//   postcounter-centre --db FILE publish-catalogue FILE.json | publish-schedule FILE.json | publish-holiday-rules FILE.json
//   postcounter-centre --db FILE count-events | list-events | expire-cursors | status CODE | timeline CODE
// Any command: [--log FILE] appends warnings to FILE instead of stderr.
#include "CentreServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

using namespace pc;
using namespace pc::centre;

namespace {
QString option(QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}
bool flag(QStringList &args, const QString &name) { return args.removeAll(name) > 0; }
}  // namespace

// --log FILE: warnings (413s, batches answered, SQL failures) go to FILE, so that a test can
// read them without a pipe that could fill up and stall the centre.
QFile *g_log = nullptr;
void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log->write(message.toUtf8() + '\n');
    g_log->flush();
}

// The clock of a centre started with --now: it stands still at that instant.
class PinnedClock final : public Clock {
public:
    explicit PinnedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime nowUtc() const override { return m_at; }

private:
    QDateTime m_at;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString logPath = option(args, QStringLiteral("--log"));
    QFile logFile(logPath);
    if (!logPath.isEmpty() && logFile.open(QIODevice::Append)) {
        g_log = &logFile;
        qInstallMessageHandler(logToFile);
    }
    QTextStream out(stdout), err(stderr);
    const QString dbPath = option(args, QStringLiteral("--db"), QStringLiteral("centre.sqlite"));
    // --now ISO-8601: the centre's clock stands at that instant (tests pin it, so nothing they
    // check depends on the day they run); without it, the system clock (demos).
    const QString pinnedNow = option(args, QStringLiteral("--now"));
    const QDateTime pinned = QDateTime::fromString(pinnedNow, Qt::ISODate);
    if (!pinnedNow.isEmpty() && !pinned.isValid()) {
        err << "--now wants an ISO 8601 time with its offset, e.g. 2026-11-25T02:00:00Z\n";
        return 2;
    }
    const PinnedClock pinnedClock(pinned.toUTC());
    const SystemClock systemClock;
    const Clock &clock = pinnedNow.isEmpty() ? static_cast<const Clock &>(systemClock) : pinnedClock;
    if (args.isEmpty()) {
        err << "usage: postcounter-centre --db FILE serve|issue-code|publish-status|publish-catalogue|publish-schedule|publish-holiday-rules|count-events|list-events|expire-cursors|status|timeline\n";
        return 2;
    }
    CentreStore store(clock);
    QString error;
    if (!store.open(dbPath, &error)) {
        err << "cannot open " << dbPath << ": " << error << '\n';
        return 1;
    }
    const QString command = args.takeFirst();
    if (command == u"serve") {
        Faults f;
        f.failRate = option(args, QStringLiteral("--fail-rate"), QStringLiteral("0")).toDouble();
        f.retryAfterSeconds = option(args, QStringLiteral("--retry-after"), QStringLiteral("1")).toInt();
        f.captivePortal = flag(args, QStringLiteral("--captive-portal"));
        f.malformedJson = flag(args, QStringLiteral("--malformed-json"));
        f.maxBatchEvents = option(args, QStringLiteral("--max-batch"), QStringLiteral("0")).toInt();
        const QString cert = option(args, QStringLiteral("--cert")), key = option(args, QStringLiteral("--key"));
        const quint16 port = static_cast<quint16>(option(args, QStringLiteral("--port"), QStringLiteral("0")).toUInt());
        // A full disk, injected: SQLite refuses to grow the file past N pages (SQLITE_FULL),
        // the same error a full file system gives.
        const int maxPages = option(args, QStringLiteral("--max-pages"), QStringLiteral("0")).toInt();
        if (maxPages > 0) {
            QSqlQuery q(store.db());
            if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(maxPages))) {
                err << "cannot limit the database size\n";
                return 1;
            }
        }
        CentreServer server(store, f);
        const quint16 bound = server.listen(port, cert, key, &error);
        if (!bound) {
            err << error << '\n';
            return 1;
        }
        out << "listening " << bound << Qt::endl;  // tests read the port from this line
        return app.exec();
    }
    if (command == u"issue-code") {
        // A code is for one unit and one counter: enrolling with it proves both.
        const QString unit = option(args, QStringLiteral("--unit"));
        bool counterOk = false, ttlOk = false;
        const int counter = option(args, QStringLiteral("--counter")).toInt(&counterOk);
        const double ttlHours = option(args, QStringLiteral("--ttl-hours"), QStringLiteral("24")).toDouble(&ttlOk);
        if (unit.isEmpty() || !counterOk || counter < 0 || !ttlOk || ttlHours < 0 || !args.isEmpty()) {
            err << "usage: postcounter-centre --db FILE issue-code --unit ID --counter N [--ttl-hours H]\n";
            return 2;
        }
        const auto code = store.issueCode(unit, counter, static_cast<qint64>(ttlHours * 3600));
        if (!code) {
            err << "cannot store the code\n";
            return 1;
        }
        out << *code << '\n';
        return 0;
    }
    if (command == u"publish-status" && args.size() >= 2) {
        const QString note = option(args, QStringLiteral("--note"));
        const qint64 seq = store.publishStatus(args.at(0), args.at(1).toInt(), note, clock.nowUtc());
        if (seq < 0) {
            err << "cannot store the change\n";
            return 1;
        }
        out << seq << '\n';
        return 0;
    }
    if ((command == u"publish-catalogue" || command == u"publish-schedule" || command == u"publish-holiday-rules") && args.size() == 1) {
        QFile f(args.first());
        if (!f.open(QIODevice::ReadOnly)) {
            err << "cannot read " << args.first() << '\n';
            return 2;
        }
        wire::Change c;
        c.kind = command == u"publish-catalogue" ? wire::Change::Kind::Catalogue
               : command == u"publish-schedule"  ? wire::Change::Kind::HolidaySchedule
                                                   : wire::Change::Kind::HolidayRules;
        c.at = clock.nowUtc();
        c.document = QJsonDocument::fromJson(f.readAll()).object();
        const qint64 seq = store.publish(c, {});
        if (seq < 0) {
            err << "cannot store the change\n";
            return 1;
        }
        out << seq << '\n';
        return 0;
    }
    if (command == u"count-events") {
        out << store.eventCount() << '\n';
        return 0;
    }
    if (command == u"list-events") {
        for (const QString &id : store.eventIds())
            out << id << '\n';
        return 0;
    }
    if (command == u"status" && args.size() == 1) {  // the dossier's status as the centre knows it, 0 = unknown
        const auto status = store.statusOf(args.first());
        out << (status ? static_cast<int>(*status) : 0) << '\n';
        return 0;
    }
    if (command == u"timeline" && args.size() == 1) {  // "id<TAB>type" per stored event of the dossier
        for (const auto &[id, type] : store.timeline(args.first()))
            out << id << '\t' << type << '\n';
        return 0;
    }
    if (command == u"list-audit-heads") {
        for (const QString &line : store.auditHeads())
            out << line << '\n';
        return 0;
    }
    if (command == u"expire-cursors") {
        return store.expireCursors() ? 0 : 1;
    }
    err << "unknown command: " << command << '\n';
    return 2;
}

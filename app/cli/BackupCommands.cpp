// backup create | verify | restore | config | status (issue 12).
#include "Cli.h"
#include "services/BackupService.h"

#include <QFile>
#include <QFileInfo>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace pc::cli {
namespace {
// A passphrase is a secret: from standard input (a prompt on a terminal), never an argument
// that the process list would show.
QString readPassphrase(Context &c)
{
    bool terminal = false;
#if defined(Q_OS_UNIX)
    terminal = isatty(STDIN_FILENO) != 0;
#endif
    if (terminal) {
        c.err << CliText::tr("Mật khẩu mã hóa bản sao lưu: ");
        c.err.flush();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(in.readLine(1024));
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

QString usageText()
{
    return CliText::tr("Cách dùng: backup create [--to THƯ_MỤC] [--encrypt] | backup verify TỆP | backup restore TỆP\n"
                       "  | backup config [--folder THƯ_MỤC] [--keep N] | backup status\n"
                       "  (--encrypt và tệp .pcbak: mật khẩu đọc từ đầu vào chuẩn)");
}
}  // namespace

int runBackup(Context &c)
{
    if (c.args.isEmpty())
        return c.usage(usageText());
    const QString sub = c.args.takeFirst();
    BackupService backups(c.dbPath, c.clock);
    if (sub == u"restore") {
        // Not through services(): this process must not hold the database it replaces.
        if (c.args.size() != 1)
            return c.usage(usageText());
        const QString file = c.args.first();
        // Who restores is decided on the database being replaced (its accounts, --as), which is
        // then closed. A new PC without a database has nothing to protect yet: the restored
        // file brings its own accounts.
        Actor actor = c.actor();
        if (QFileInfo::exists(c.dbPath)) {
            if (!c.services())
                return c.openExit;
            actor = c.actor();
            c.releaseServices();
        } else {
            actor.role = Role::Admin;
        }
        const QString passphrase = file.endsWith(QStringLiteral(".pcbak")) ? readPassphrase(c) : QString();
        auto r = backups.restore(actor, file, passphrase);
        if (!r)
            return c.fail(r.error());
        c.out << CliText::tr("Đã khôi phục %1 từ %2.").arg(c.dbPath, file) << '\n';
        if (!r->replacedPath.isEmpty())
            c.out << CliText::tr("Cơ sở dữ liệu cũ được giữ tại %1.").arg(r->replacedPath) << '\n';
        for (const QString &n : r->notes)
            c.out << "  - " << n << '\n';
        return Ok;
    }
    if (sub == u"verify") {
        if (c.args.size() != 1)
            return c.usage(usageText());
        const QString file = c.args.first();
        const QString passphrase = file.endsWith(QStringLiteral(".pcbak")) ? readPassphrase(c) : QString();
        auto v = backups.verify(file, passphrase);
        if (!v)
            return c.fail(v.error());
        c.out << "ok\n"
              << "schema " << v->schemaVersion << '\n'
              << "dossiers " << v->dossiers << '\n'
              << "encrypted " << (v->encrypted ? "yes" : "no") << '\n';
        c.out << CliText::tr("Nhật ký kiểm toán: %1").arg(v->auditChain) << '\n';
        return Ok;
    }
    // The other subcommands work on an existing, migrated database.
    if (!c.services())
        return c.openExit;
    if (sub == u"create") {
        const auto to = c.option(QStringLiteral("to"));
        const bool encrypt = c.flag(QStringLiteral("encrypt"));
        if (!c.args.isEmpty())
            return c.usage(usageText());
        const QString passphrase = encrypt ? readPassphrase(c) : QString();
        if (encrypt && passphrase.isEmpty())
            return c.fail(Error::badInput(CliText::tr("Chưa có mật khẩu mã hóa (đưa qua đầu vào chuẩn).")));
        auto path = backups.create(c.actor(), to.value_or(QString()), passphrase);
        if (!path)
            return c.fail(path.error());
        c.out << path.value() << '\n';
        return Ok;
    }
    if (sub == u"config") {
        const auto folder = c.option(QStringLiteral("folder"));
        const auto keep = c.option(QStringLiteral("keep"));
        if (!c.args.isEmpty())
            return c.usage(usageText());
        if (folder || keep) {
            bool ok = true;
            const int n = keep ? keep->toInt(&ok) : backups.keep();
            if (!ok)
                return c.fail(Error::badInput(CliText::tr("--keep phải là một số: %1").arg(*keep)));
            if (auto s = backups.configure(c.actor(), folder.value_or(QString()), n); !s)
                return c.fail(s.error());
        }
        c.out << "folder " << backups.folder() << '\n' << "keep " << backups.keep() << '\n';
        return Ok;
    }
    if (sub == u"status") {
        const QDateTime last = backups.lastBackupAt();
        c.out << "folder " << backups.folder() << '\n'
              << "last_backup " << (last.isValid() ? toLocal(last).toString(Qt::ISODate) : QStringLiteral("never")) << '\n';
        return Ok;
    }
    return c.usage(usageText());
}

}  // namespace pc::cli

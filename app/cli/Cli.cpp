#include "Cli.h"
#include "services/DossierJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace pc::cli {

Context::Context(const Clock &c) : out(stdout), err(stderr), clock(c)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

CounterServices *Context::services()
{
    if (!m_services) {
        // Without --db an operator may not know where the counter's data lives: say it once,
        // when the file is created, so a mistyped environment does not go unnoticed.
        if (dbPathDefaulted && !QFileInfo::exists(dbPath)) {
            err << CliText::tr("Tạo cơ sở dữ liệu mới: %1 (dùng --db ĐƯỜNG_DẪN để chọn tệp khác)").arg(QDir::toNativeSeparators(dbPath))
                << '\n';
            err.flush();
        }
        auto s = CounterServices::open(dbPath, clock);
        if (!s) {
            openExit = fail(s.error());
            return nullptr;
        }
        m_services = std::move(s).value();
    }
    return m_services.get();
}

Actor Context::actor() const
{
    if (m_as)
        return *m_as;
    QString osUser = qEnvironmentVariable("USER");
    if (osUser.isEmpty())
        osUser = qEnvironmentVariable("USERNAME");  // Windows
    Actor a{QStringLiteral("cli:") + osUser, QString(), Role::Clerk};
    // Commands open the database before they act, so this sees the file they act on.
    if (m_services)
        if (auto any = m_services->accounts().hasAccounts(); any && !*any)
            a.role = Role::Admin;  // first start: nobody else to ask
    return a;
}

int Context::signInAs(const QString &username)
{
    CounterServices *s = services();
    if (!s)
        return openExit;
    auto a = s->accounts().resolve(username);
    if (!a)
        return fail(Error::badInput(CliText::tr("--as %1: %2").arg(username, a.error().message)));
    m_as = a.value();
    return Ok;
}

int Context::fail(const Error &e)
{
    err << QCoreApplication::translate("Cli", "Lỗi: %1").arg(e.message) << '\n';
    for (const QString &d : e.details)
        if (d != e.message)  // a single problem is both the message and its only detail
            err << "  - " << d << '\n';
    err.flush();
    return e.isUserError() ? BadInput : Internal;
}

int Context::usage(const QString &text)
{
    err << text << '\n';
    err.flush();
    return BadInput;
}

Result<QByteArray> Context::readInput(const QString &path)
{
    const QString tooBig = CliText::tr("Tệp %1 lớn quá %2 MB, không phải dữ liệu PostCounter.").arg(path).arg(kMaxInputBytes / (1024 * 1024));
    QFile f;
    if (path == u"-") {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return Error::badInput(CliText::tr("Không đọc được đầu vào chuẩn."));
    } else {
        // Judged before opening: opening a FIFO would wait for a writer, reading /dev/zero never ends.
        const QFileInfo info(path);
        if (!info.exists())
            return Error::badInput(CliText::tr("Không có tệp %1.").arg(path));
        if (info.isDir())
            return Error::badInput(CliText::tr("%1 là một thư mục, không phải tệp dữ liệu.").arg(path));
        if (!info.isFile())
            return Error::badInput(CliText::tr("%1 không phải tệp thường (có thể là FIFO hay thiết bị); hãy chỉ ra một tệp dữ liệu.").arg(path));
        if (info.size() > kMaxInputBytes)
            return Error::badInput(tooBig);
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(CliText::tr("Không đọc được tệp %1 (không có quyền đọc?).").arg(path));
        if (f.isSequential())  // replaced by something else between the check and the open
            return Error::badInput(CliText::tr("%1 không phải tệp thường (có thể là FIFO hay thiết bị); hãy chỉ ra một tệp dữ liệu.").arg(path));
    }
    // One byte more than allowed tells "exactly at the limit" from "over it"; a file that grew
    // since the check, or a pipe, is bounded the same way.
    QByteArray bytes;
    while (bytes.size() <= kMaxInputBytes) {
        const QByteArray chunk = f.read(kMaxInputBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;  // end of file (a pipe may deliver in pieces)
        bytes += chunk;
    }
    if (bytes.size() > kMaxInputBytes)
        return Error::badInput(tooBig);
    return bytes;
}

Result<DossierDraft> Context::readDraft(const QString &path)
{
    auto input = readInput(path);
    if (!input)
        return input.error();
    return draftFromJson(input.value());
}

}  // namespace pc::cli

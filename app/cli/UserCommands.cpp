// user add | list | disable | enable | password: accounts from the command line (issue 12).
// Passwords come from standard input, never from the command line (ps and shell history see it).
#include "Cli.h"

#include <QFile>

namespace pc::cli {
namespace {

std::optional<QString> readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = in.readLine(1024);
    QString password = QString::fromUtf8(line);
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

QString usageText()
{
    return CliText::tr("Cách dùng: user add TÊN --role clerk|supervisor|admin --name \"HỌ TÊN\" | user list | user disable TÊN | "
                       "user enable TÊN | user password TÊN (mật khẩu đọc từ đầu vào chuẩn)");
}

}  // namespace

int runUser(Context &c)
{
    if (c.args.isEmpty())
        return c.usage(usageText());
    const QString verb = c.args.takeFirst();
    if (verb == u"add") {
        const auto roleText = c.option(QStringLiteral("role"));
        const auto name = c.option(QStringLiteral("name"));
        if (c.args.size() != 1 || !roleText || !name)
            return c.usage(usageText());
        const auto role = roleFromKey(*roleText);
        if (!role)
            return c.fail(Error::badInput(CliText::tr("Vai trò không rõ: %1 (clerk, supervisor, admin).").arg(*roleText)));
        if (auto u = AccountService::checkUsername(c.args.first()); !u)
            return c.fail(u.error());
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        // The role check first: a refused clerk is not asked for a password.
        if (auto allowed = access::createAccount(c.actor(), *role); !allowed)
            return c.fail(allowed.error());
        const auto password = readPassword();
        if (!password)
            return c.fail(Error::badInput(CliText::tr("Không đọc được mật khẩu từ đầu vào chuẩn.")));
        if (auto r = s->accounts().create(c.actor(), NewAccount{c.args.first(), *name, *role, *password}); !r)
            return c.fail(r.error());
        c.out << CliText::tr("Đã tạo tài khoản %1 (%2).").arg(c.args.first(), roleName(*role)) << '\n';
        return Ok;
    }
    if (verb == u"list" && c.args.isEmpty()) {
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        auto users = s->accounts().list(c.actor());
        if (!users)
            return c.fail(users.error());
        for (const UserAccount &u : users.value())
            c.out << u.username << '\t' << u.fullName << '\t' << roleKey(u.role) << '\t'
                  << (u.disabled ? QStringLiteral("disabled") : QStringLiteral("active")) << '\n';
        return Ok;
    }
    if ((verb == u"disable" || verb == u"enable") && c.args.size() == 1) {
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        if (auto r = s->accounts().setDisabled(c.actor(), c.args.first(), verb == u"disable"); !r)
            return c.fail(r.error());
        c.out << (verb == u"disable" ? CliText::tr("Đã khóa tài khoản %1.") : CliText::tr("Đã mở lại tài khoản %1.")).arg(c.args.first()) << '\n';
        return Ok;
    }
    if (verb == u"password" && c.args.size() == 1) {
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        const auto password = readPassword();
        if (!password)
            return c.fail(Error::badInput(CliText::tr("Không đọc được mật khẩu từ đầu vào chuẩn.")));
        if (auto r = s->accounts().setPassword(c.actor(), c.args.first(), *password); !r)
            return c.fail(r.error());
        c.out << CliText::tr("Đã đổi mật khẩu của %1.").arg(c.args.first()) << '\n';
        return Ok;
    }
    return c.usage(usageText());
}

}  // namespace pc::cli

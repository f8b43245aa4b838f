#include "Cli.h"
#include "services/DossierJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace pc::cli {

Context::Context() : out(stdout), err(stderr)
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

int Context::fail(const Error &e)
{
    err << QCoreApplication::translate("Cli", "Lỗi: %1").arg(e.message) << '\n';
    for (const QString &d : e.details)
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
    QFile f;
    const bool opened = path == u"-" ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::badInput(CliText::tr("Không đọc được tệp %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Result<DossierDraft> Context::readDraft(const QString &path)
{
    auto input = readInput(path);
    if (!input)
        return input.error();
    return draftFromJson(input.value());
}

std::optional<QString> takeOption(QStringList &args, const QString &name)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString v = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return v;
        }
    }
    return std::nullopt;
}

bool takeFlag(QStringList &args, const QString &name) { return args.removeAll(name) > 0; }

}  // namespace pc::cli

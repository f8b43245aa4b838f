#include "Log.h"

#include "FileSync.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

namespace pc {

Q_LOGGING_CATEGORY(lcStorage, "pc.storage")
Q_LOGGING_CATEGORY(lcPrint, "pc.print")
Q_LOGGING_CATEGORY(lcUi, "pc.ui")

QString maskIdNumber(const QString &digits)
{
    if (digits.size() <= 5)
        return QString(digits.size(), u'*');
    return digits.left(3) + QString(digits.size() - 5, u'*') + digits.right(2);
}

QString redactForLog(const QString &text)
{
    // Tokens first (a token may hold digits): "Bearer xyz", token=xyz, "token": "xyz".
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenValue(QStringLiteral("(token\"?\\s*[:=]\\s*\"?)[^\"\\s,}]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digitRun(QStringLiteral("(?<![0-9])[0-9]{9,13}(?![0-9])"));
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1***"));
    out.replace(tokenValue, QStringLiteral("\\1***"));
    QString masked;
    qsizetype last = 0;
    for (auto it = digitRun.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        masked += QStringView(out).mid(last, m.capturedStart() - last);
        masked += maskIdNumber(m.captured());
        last = m.capturedEnd();
    }
    masked += QStringView(out).mid(last);
    return masked;
}

namespace {
struct FileLog {
    QMutex mutex;
    LogOptions options;
    QString path;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    bool failed = false;
};
FileLog &state()
{
    static FileLog s;
    return s;
}

const char *levelName(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

// postcounter.log -> .1 -> … -> .(files-1); the oldest falls off.
void rotate(FileLog &s)
{
    s.file.close();
    QFile::remove(s.path + QLatin1Char('.') + QString::number(s.options.files - 1));
    for (int i = s.options.files - 2; i >= 1; --i)
        QFile::rename(s.path + QLatin1Char('.') + QString::number(i), s.path + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.setFileName(s.path);
    if (s.file.open(QIODevice::Append | QIODevice::Text))
        restrictToOwnerOnly(s.path);
}

// Opened on the first line written: a command that logs nothing leaves no folder behind
// (bad input writes nothing, not even a log).
bool ensureOpen(FileLog &s)
{
    if (s.file.isOpen())
        return true;
    if (s.options.folder.isEmpty() || s.failed)
        return false;
    if (!QDir().mkpath(s.options.folder)) {
        s.failed = true;
        return false;
    }
    restrictToOwnerOnlyFolder(s.options.folder);
    s.file.setFileName(s.path);
    if (!s.file.open(QIODevice::Append | QIODevice::Text)) {
        s.failed = true;
        return false;
    }
    restrictToOwnerOnly(s.path);
    return true;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    FileLog &s = state();
    const char *category = context.category ? context.category : "default";
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                                  QLatin1String(category), redactForLog(message));
    const QByteArray bytes = line.toUtf8();
    bool written = false;
    {
        QMutexLocker lock(&s.mutex);
        if (ensureOpen(s)) {
            if (s.file.size() + bytes.size() > s.options.maxBytes)
                rotate(s);
            written = s.file.write(bytes) == bytes.size() && s.file.flush();
        }
    }
    // stderr is the clerk's (Vietnamese messages): PostCounter's own English diagnostics go
    // there only with --verbose or when no log file could be written; Qt's warnings as before.
    const bool ours = qstrncmp(category, "pc.", 3) == 0;
    if (s.options.verbose || !written || (!ours && type >= QtWarningMsg)) {
        std::fputs(bytes.constData(), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}
}  // namespace

QString logFolderFor(const QString &databasePath) { return QFileInfo(databasePath).absolutePath() + QStringLiteral("/logs"); }

QString installFileLog(const LogOptions &options)
{
    FileLog &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.file.close();
        s.options = options;
        s.failed = false;
        s.path = options.folder.isEmpty() ? QString() : QDir(options.folder).filePath(QStringLiteral("postcounter.log"));
        if (!s.installed) {
            s.previous = qInstallMessageHandler(handler);
            s.installed = true;
        }
    }
    // Debug lines only when asked; QT_LOGGING_RULES in the environment still wins.
    QLoggingCategory::setFilterRules(options.verbose ? QStringLiteral("pc.*.debug=true") : QStringLiteral("pc.*.debug=false"));
    return s.path;
}

QString currentLogFile()
{
    FileLog &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

void uninstallFileLog()
{
    FileLog &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.close();
    s.path.clear();
}

}  // namespace pc

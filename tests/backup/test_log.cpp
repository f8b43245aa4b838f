// Diagnostic log (issue 12): ID numbers masked as 001*******45, tokens never written, the
// file rotates at its cap and keeps 5 files.
#include "util/Log.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pc;

TEST_CASE("log masking: an ID number keeps its first 3 and last 2 digits", "[log]")
{
    // The issue's own example: 001*******45 (12 digits: 3 shown, 7 masked, 2 shown).
    CHECK(maskIdNumber(QStringLiteral("001089012345")) == QStringLiteral("001*******45"));
    CHECK(maskIdNumber(QStringLiteral("123456789")) == QStringLiteral("123****89"));  // CMND, 9 digits
    CHECK(redactForLog(QStringLiteral("intake for 001089012345 done")) == QStringLiteral("intake for 001*******45 done"));
    CHECK(redactForLog(QStringLiteral("phone 0912345678")) == QStringLiteral("phone 091*****78"));
    // A dossier code and times have no run of 9 digits: kept as they are.
    CHECK(redactForLog(QStringLiteral("000.00.16.H56-261127-1001 at 2026-11-27T09:00:00Z")) ==
          QStringLiteral("000.00.16.H56-261127-1001 at 2026-11-27T09:00:00Z"));
    CHECK(redactForLog(QStringLiteral("x0010890123456789y")) == QStringLiteral("x0010890123456789y"));  // 16 digits: not an ID
}

TEST_CASE("log masking: bearer tokens and token values are replaced", "[log]")
{
    CHECK(redactForLog(QStringLiteral("Authorization: Bearer abc.DEF-123")) == QStringLiteral("Authorization: Bearer ***"));
    CHECK(redactForLog(QStringLiteral("{\"token\": \"s3cr3t\", \"device_id\": \"d1\"}")) ==
          QStringLiteral("{\"token\": \"***\", \"device_id\": \"d1\"}"));
    CHECK(redactForLog(QStringLiteral("token=s3cr3t&x=1")).startsWith(QStringLiteral("token=***")));
}

TEST_CASE("log file: lines are redacted, the file rotates at its cap, 5 files at most", "[log]")
{
    QTemporaryDir dir;
    LogOptions o;
    o.folder = dir.filePath(QStringLiteral("logs"));
    o.maxBytes = 4096;
    const QString path = installFileLog(o);
    CHECK(path == QDir(o.folder).filePath(QStringLiteral("postcounter.log")));
    CHECK_FALSE(QDir(o.folder).exists());  // nothing logged yet: no folder made
    qCWarning(lcStorage, "applicant 001089012345 with Bearer t0k3n");
    for (int i = 0; i < 400; ++i)  // ~80 bytes a line: about 8 files' worth
        qCInfo(lcStorage, "line %d of the rotation test", i);
    uninstallFileLog();
    const QStringList files = QDir(o.folder).entryList({QStringLiteral("postcounter.log*")}, QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("postcounter.log"), QStringLiteral("postcounter.log.1"), QStringLiteral("postcounter.log.2"),
                               QStringLiteral("postcounter.log.3"), QStringLiteral("postcounter.log.4")});
    QByteArray all;
    for (const QString &f : files) {
        QFile file(QDir(o.folder).filePath(f));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.size() <= o.maxBytes);
        CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        all += file.readAll();
    }
    CHECK(all.contains("line 399 of the rotation test"));  // the newest lines are kept
    CHECK_FALSE(all.contains("line 0 of"));                 // the oldest fell off
    CHECK_FALSE(all.contains("001089012345"));
    CHECK_FALSE(all.contains("t0k3n"));
}

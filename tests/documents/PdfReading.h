#pragma once
// Reading a rendered PDF back as a person would: its text (pdftotext) and its page count.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pc::test {

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        FAIL((program + QStringLiteral(" did not run (install poppler-utils)")).toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the whole PDF, or of one page (1-based), whitespace collapsed.
inline QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-")).simplified();
}

inline int pdfPages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.captured(1).toInt();
}

}  // namespace pc::test

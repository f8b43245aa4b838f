#pragma once
// The options of postcounter-cli, read by QCommandLineParser: the global ones once in main.cpp,
// then the command's own ones (CommandTable.cpp). Errors are Vietnamese sentences for stderr.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc::cli {

// One option as the help prints it. The texts are QT_TRANSLATE_NOOP("pc::cli::CliText", …)
// literals, translated when shown. valueName nullptr: a flag.
struct OptionSpec {
    const char *name;
    const char *valueName;
    const char *description;
};

// What a parse found: the options given (a flag maps to an empty string) and the positional
// arguments in their order. error is empty when the line was understood.
struct ParsedLine {
    QHash<QString, QString> options;
    QStringList positional;
    bool help = false;  // -h or --help
    QString error;
};

enum class AfterPositional { Options, Positional };

// Parses `tokens` against `specs` (plus -h/--help). AfterPositional::Positional stops at the
// first positional argument (the command word after the global options); Options lets a
// command's options follow its arguments ("handover confirm BB-1 --by X").
ParsedLine parseLine(const QStringList &tokens, const QList<OptionSpec> &specs, AfterPositional after);

// "  --name VALUE   description" lines, aligned, with -h/--help last.
QString optionsHelp(const QList<OptionSpec> &specs);
// Rows of "  name   description", the names padded to one column.
QString alignedRows(const QList<std::pair<QString, QString>> &rows);

}  // namespace pc::cli

#pragma once
// Every command of postcounter-cli in one table: its words, arguments, options, one-line
// description and handler. The table drives the parse, the dispatch and the help.
#include "CommandLine.h"

namespace pc::cli {

struct Context;

struct CommandSpec {
    QString name;            // "list", or a command and its subcommand: "handover create"
    const char *arguments;   // positional arguments as the help shows them (translatable), or nullptr
    const char *description; // one line (translatable)
    QList<OptionSpec> options;
    int (*run)(Context &);   // receives the positional arguments after the command word
};

const QList<CommandSpec> &commandTable();

// The global options, read once by main.cpp before the command word.
const QList<OptionSpec> &globalOptions();

// The usage of the whole program: global options and every command, one line each.
QString programHelp();

// Runs the command in `words` (the command word first): finds its entry, parses its options
// (refusing an unknown option or a missing value with exit 2 before anything is opened), prints
// its help for --help, signs in as `actAs` when given, then calls its handler.
int runCommand(Context &c, const QStringList &words, const std::optional<QString> &actAs);

}  // namespace pc::cli

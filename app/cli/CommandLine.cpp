#include "CommandLine.h"
#include "Cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRegularExpression>

namespace pc::cli {
namespace {

const QString kEndOfOptions = QStringLiteral("--");

// A value that looks like a negative number ("check phone -0912345678", "--fee -5" is fine
// already) would be read by QCommandLineParser as an option named "0912345678". Such tokens
// stand in as placeholders during the parse and are put back afterwards: no option name starts
// with a digit, so nothing is lost.
struct Shielded {
    QStringList tokens;
    QHash<QString, QString> originals;
    QString restore(const QString &t) const { return originals.value(t, t); }
};

Shielded shieldNegativeNumbers(const QStringList &tokens)
{
    static const QRegularExpression negative(QStringLiteral("^-[0-9]"));
    Shielded s;
    bool optionsEnded = false;
    for (const QString &t : tokens) {
        if (!optionsEnded && negative.match(t).hasMatch()) {
            const QString placeholder = QStringLiteral("\x01pc-negative-%1").arg(s.originals.size());
            s.originals.insert(placeholder, t);
            s.tokens << placeholder;
            continue;
        }
        optionsEnded = optionsEnded || t == kEndOfOptions;
        s.tokens << t;
    }
    return s;
}

// The option as the operator typed it: "--name" or, in single-dash form, "-name".
QString spelling(const QString &name, const QStringList &tokens)
{
    const QString longForm = QStringLiteral("--") + name;
    for (const QString &t : tokens) {
        if (t == kEndOfOptions)
            break;
        if (t == longForm || t.startsWith(longForm + u'='))
            return longForm;
    }
    return QStringLiteral("-") + name;
}

const OptionSpec *findSpec(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &s : specs)
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

// QCommandLineParser's own errorText() is English; the cases it can meet are told apart here.
QString describeError(const QCommandLineParser &parser, const QStringList &tokens, const QList<OptionSpec> &specs)
{
    QStringList unknown;
    for (const QString &name : parser.unknownOptionNames())
        unknown << spelling(name, tokens);
    if (!unknown.isEmpty())
        return CliText::tr("Tùy chọn không rõ: %1.").arg(unknown.join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == kEndOfOptions)
            break;
        if (!t.startsWith(u'-'))
            continue;
        const QString name = QString(t).remove(QRegularExpression(QStringLiteral("^--?"))).section(u'=', 0, 0);
        const OptionSpec *spec = findSpec(specs, name);
        if (!spec)
            continue;
        const QString spelled = spelling(name, tokens);
        if (!spec->valueName && t.contains(u'='))
            return CliText::tr("Tùy chọn %1 không nhận giá trị.").arg(spelled);
        // The parser takes the next word as the value whatever it is: only the last can lack one.
        if (spec->valueName && !t.contains(u'=') && i == tokens.size() - 1)
            return CliText::tr("Thiếu giá trị sau tùy chọn %1.").arg(spelled);
    }
    return CliText::tr("Dòng lệnh không hợp lệ: %1").arg(parser.errorText());
}

}  // namespace

ParsedLine parseLine(const QStringList &tokens, const QList<OptionSpec> &specs, AfterPositional after)
{
    QCommandLineParser parser;
    // "-name" reads as "--name" (never as the letters n, a, m, e): the CLI has no short options.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(after == AfterPositional::Positional ? QCommandLineParser::ParseAsPositionalArguments
                                                                                       : QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &s : specs) {
        if (s.valueName)
            parser.addOption(QCommandLineOption(QLatin1String(s.name), QString(), QString::fromUtf8(s.valueName)));
        else
            parser.addOption(QCommandLineOption(QLatin1String(s.name)));
    }
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);

    const Shielded shielded = shieldNegativeNumbers(tokens);
    ParsedLine line;
    // The program name is the parser's first token, not an argument.
    if (!parser.parse(QStringList{QStringLiteral("postcounter-cli")} + shielded.tokens)) {
        line.error = describeError(parser, tokens, specs);
        return line;
    }
    line.help = parser.isSet(help);
    for (const OptionSpec &s : specs) {
        const QString name = QLatin1String(s.name);
        if (!parser.isSet(name))
            continue;
        // A repeated option keeps its first value, as the hand-written parser before it did.
        line.options.insert(name, s.valueName ? shielded.restore(parser.values(name).constFirst()) : QString());
    }
    for (const QString &p : parser.positionalArguments())
        line.positional << shielded.restore(p);
    return line;
}

QString optionsHelp(const QList<OptionSpec> &specs)
{
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &s : specs) {
        QString left = QStringLiteral("--") + QLatin1String(s.name);
        if (s.valueName)
            left += u' ' + CliText::tr(s.valueName);
        rows.append({left, CliText::tr(s.description)});
    }
    rows.append({QStringLiteral("-h, --help"), CliText::tr("In hướng dẫn này.")});
    return alignedRows(rows);
}

QString alignedRows(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &r : rows)
        width = std::max(width, r.first.size());
    QString text;
    for (const auto &r : rows)
        text += QStringLiteral("  ") + r.first.leftJustified(width + 2) + r.second + u'\n';
    return text;
}

}  // namespace pc::cli

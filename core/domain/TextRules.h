#pragma once
// One set of rules for every piece of free text the counter accepts, whatever door it comes
// through (intake form, CLI JSON, setup, guidance, the ID-card QR scanner): bounded length,
// readable characters, and for names at least one letter (issue 10, items 9 and 10).
// Each check returns an empty string when the text is acceptable, else the reason in
// Vietnamese, quoting at most the first TextLimits::quoted characters of the value.
#include <QCoreApplication>
#include <QString>

namespace pc {

// The limits, in characters of the stored (NFC, whitespace-collapsed) text. Generous for any real
// name or address (the longest Vietnamese unit names are under 150 characters), small enough that
// a pasted document or a hostile file is refused in microseconds.
struct TextLimits {
    static constexpr int name = 200;          // a person, an organisation, a unit
    static constexpr int address = 500;
    static constexpr int note = 2000;         // notes, reasons, contact lines
    static constexpr int documentName = 300;
    static constexpr int email = 254;         // RFC 5321 path limit
    static constexpr int identifier = 32;     // ID numbers, phone numbers, codes
    static constexpr int documents = 100;     // documents in one dossier
    static constexpr int sets = 99;           // sets of one dossier
    static constexpr int quoted = 80;         // characters of an offending value quoted back
};

enum class TextKind {
    Name,          // must contain a letter
    Address,
    Note,          // notes, reasons, contact lines
    DocumentName,  // must contain a letter
    Email,
    Identifier,    // ID numbers, phone numbers, procedure codes
};

class TextRules {
    Q_DECLARE_TR_FUNCTIONS(pc::TextRules)
public:
    // Empty when `value` may be stored (after text::clean) as a `kind` field called `label`
    // (e.g. "Họ tên"); an empty value is accepted here: whether it is required is the caller's.
    static QString check(QStringView value, TextKind kind, const QString &label);
    static int limit(TextKind kind);
    // Why the characters of `value` cannot be stored (control characters incl. NUL, lone
    // surrogates, undecodable bytes shown as U+FFFD, bidi overrides); empty when they can.
    static QString unreadable(QStringView value, const QString &label, bool allowLineBreaks = false);
    // Whether a letter remains once invisible and combining-only characters are removed.
    static bool hasLetter(QStringView value);
    // The first `TextLimits::quoted` characters, unprintable ones shown as U+FFFD, and "…"
    // when cut: safe to put in a message.
    static QString excerpt(QStringView value);
    // Whether `bytes` is well-formed UTF-8 (no overlong forms, no encoded surrogates).
    static bool isValidUtf8(const QByteArray &bytes);
};

}  // namespace pc

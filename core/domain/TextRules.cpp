#include "TextRules.h"

#include "util/TextFold.h"

#include <QStringDecoder>

namespace pc {
namespace {
constexpr char16_t kReplacement = 0xFFFD;

bool isBidiControl(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }
bool isNonCharacter(char32_t c) { return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; }
bool isControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }
bool isLineBreakOrTab(char32_t c) { return c == u'\n' || c == u'\r' || c == u'\t'; }
QString codePoint(char32_t c) { return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper(); }

// Calls f(codePoint, isLoneSurrogate) for each code point; stops when f returns false.
template <typename F>
void forEachCodePoint(QStringView s, F f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            if (!f(QChar::surrogateToUcs4(u, s.at(i + 1).unicode()), false))
                return;
            ++i;
        } else if (!f(char32_t(u), QChar::isSurrogate(u))) {
            return;
        }
    }
}
}  // namespace

int TextRules::limit(TextKind kind)
{
    switch (kind) {
    case TextKind::Name: return TextLimits::name;
    case TextKind::Address: return TextLimits::address;
    case TextKind::Note: return TextLimits::note;
    case TextKind::DocumentName: return TextLimits::documentName;
    case TextKind::Email: return TextLimits::email;
    case TextKind::Identifier: return TextLimits::identifier;
    }
    return TextLimits::name;
}

QString TextRules::excerpt(QStringView value)
{
    QString out;
    int taken = 0;
    bool cut = false;
    forEachCodePoint(value, [&](char32_t c, bool lone) {
        if (taken == TextLimits::quoted) {
            cut = true;
            return false;
        }
        if (lone || isControl(c) || isBidiControl(c) || isNonCharacter(c))
            out.append(QChar(kReplacement));
        else
            out.append(QString::fromUcs4(&c, 1));
        ++taken;
        return true;
    });
    return cut ? out + QStringLiteral("…") : out;
}

QString TextRules::unreadable(QStringView value, const QString &label, bool allowLineBreaks)
{
    QString reason;
    forEachCodePoint(value, [&](char32_t c, bool lone) {
        if (lone)
            reason = tr("%1 có ký tự Unicode hỏng (nửa cặp mã thay thế), không lưu được: \"%2\".");
        else if (c == kReplacement || isNonCharacter(c))
            reason = tr("%1 có ký tự không đọc được (dữ liệu không phải UTF-8 hợp lệ), không lưu được: \"%2\".");
        else if (isControl(c) && !(allowLineBreaks && isLineBreakOrTab(c)))
            reason = tr("%1 có ký tự điều khiển %3, không lưu được: \"%2\".");
        else if (isBidiControl(c))
            reason = tr("%1 có ký tự đảo chiều hiển thị %3, làm chữ hiện ra khác với dữ liệu lưu: \"%2\".");
        else
            return true;
        const bool named = !lone && c != kReplacement && !isNonCharacter(c);
        reason = named ? reason.arg(label, excerpt(value), codePoint(c)) : reason.arg(label, excerpt(value));
        return false;
    });
    return reason;
}

bool TextRules::hasLetter(QStringView value)
{
    bool found = false;
    forEachCodePoint(value, [&](char32_t c, bool lone) {
        found = !lone && !text::isInvisible(c) && QChar::isLetter(c);
        return !found;
    });
    return found;
}

QString TextRules::check(QStringView value, TextKind kind, const QString &label)
{
    const int max = limit(kind);
    // Refused before any copying or normalising, so a multi-megabyte value costs nothing.
    // NFC never makes Vietnamese text longer, and collapsing whitespace only shortens it, so a
    // value over 4 × the limit cannot fit; within that, the stored form is measured below.
    if (value.size() > qsizetype(max) * 4)
        return tr("%1 quá dài: %2 ký tự, tối đa %3: \"%4\".").arg(label).arg(value.size()).arg(max).arg(excerpt(value));
    const bool multiLine = kind == TextKind::Address || kind == TextKind::Note;
    if (QString r = unreadable(value, label, multiLine); !r.isEmpty())
        return r;
    const QString stored = text::clean(value.toString());
    if (stored.size() > max)
        return tr("%1 quá dài: %2 ký tự, tối đa %3: \"%4\".").arg(label).arg(stored.size()).arg(max).arg(excerpt(stored));
    if (stored.isEmpty())
        return value.trimmed().isEmpty() ? QString() : tr("%1 chỉ có ký tự không nhìn thấy được.").arg(label);
    switch (kind) {
    case TextKind::Name:
    case TextKind::DocumentName:
        if (!hasLetter(stored))
            return tr("%1 phải có ít nhất một chữ cái: \"%2\".").arg(label, excerpt(stored));
        break;
    case TextKind::Address:
    case TextKind::Note: {
        bool readable = hasLetter(stored);
        for (QChar c : stored)
            readable = readable || c.isDigit();
        if (!readable)
            return tr("%1 không có chữ hay số nào: \"%2\".").arg(label, excerpt(stored));
        break;
    }
    case TextKind::Email:
    case TextKind::Identifier:
        break;
    }
    return {};
}

bool TextRules::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

}  // namespace pc

#include "TextFold.h"

#include <QRegularExpression>

namespace pc::text {

QString nfc(const QString &s) { return s.normalized(QString::NormalizationForm_C); }

bool isInvisible(char32_t c)
{
    switch (c) {
    case 0x034F:  // combining grapheme joiner
    case 0x115F: case 0x1160: case 0x3164: case 0xFFA0:  // Hangul fillers, letters that show nothing
        return true;
    // Bidi embeddings, overrides and isolates change how the rest displays: kept, so that
    // validation (TextRules) refuses them instead of the text silently changing.
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
        return false;
    default:
        return QChar::category(c) == QChar::Other_Format;
    }
}

QString clean(const QString &s)
{
    QString visible;
    visible.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
        if (!isInvisible(c)) {
            visible.append(s.at(i));
            if (pair)
                visible.append(s.at(i + 1));
        }
        if (pair)
            ++i;
    }
    return nfc(visible.simplified());
}

QString fold(const QString &s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // đ/Đ are letters of their own, not d + a mark: Unicode does not decompose them.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = QLatin1Char('d');
        out.append(c.toLower());
    }
    return out.simplified();
}

QStringList foldedWords(const QString &s)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}.]+"));
    QStringList words = fold(s).split(separators, Qt::SkipEmptyParts);
    for (QString &w : words) {
        // keep dots inside codes like 1.004623, drop them at the ends of words
        while (w.endsWith(QLatin1Char('.'))) w.chop(1);
        while (w.startsWith(QLatin1Char('.'))) w.remove(0, 1);
    }
    words.removeAll(QString());
    return words;
}

}  // namespace pc::text

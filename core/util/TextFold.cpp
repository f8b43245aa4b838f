#include "TextFold.h"

#include <QRegularExpression>

namespace pc::text {

QString nfc(const QString &s) { return s.normalized(QString::NormalizationForm_C); }

QString clean(const QString &s) { return nfc(s.simplified()); }

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

#pragma once
#include <QString>
#include <QStringList>

namespace pc::text {

// Stored text is NFC (DESIGN §3): the same name typed on two keyboards compares equal.
QString nfc(const QString &s);
// Drops invisible formatting characters (isInvisible), trims and collapses internal whitespace,
// then NFC: what is stored is what the clerk sees.
QString clean(const QString &s);
// Zero-width spaces and joiners, the byte-order mark, direction marks, soft hyphen, fillers:
// characters that render as nothing, so a name made of them only looks empty.
bool isInvisible(char32_t c);
// Search key: case, diacritics and đ/Đ folded away, so "nguyen van duc" finds "Nguyễn Văn Đức"
// and decomposed (NFD) input folds to the same key as precomposed input.
QString fold(const QString &s);
// Folded words of s, split on anything that is not a letter or digit.
QStringList foldedWords(const QString &s);

}  // namespace pc::text

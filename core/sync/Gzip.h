#pragma once
// Real gzip (RFC 1952) through zlib, as HTTP's Content-Encoding: gzip expects; qCompress
// writes zlib's own framing with a Qt length prefix, which no HTTP peer understands.
#include <QByteArray>
#include <optional>

namespace pc::gzip {

QByteArray compress(const QByteArray &data, int level = 6);
// nullopt for anything that is not a complete gzip stream, or that would inflate past maxSize.
std::optional<QByteArray> decompress(const QByteArray &data, qsizetype maxSize = 64 * 1024 * 1024);

}  // namespace pc::gzip

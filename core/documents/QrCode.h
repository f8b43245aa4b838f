#pragma once
// QR codes through libqrencode (Debian: libqrencode-dev).
#include <QImage>
#include <QString>

namespace pc {

// A black-on-white QR code of text (UTF-8, error correction M), one pixel per module plus the
// 4-module quiet zone; a null image when the text cannot be encoded.
QImage qrCodeImage(const QString &text);

}  // namespace pc

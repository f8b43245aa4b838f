#pragma once
// Linear barcodes through Debian's libzint (libzint-dev), the way QR codes go through
// libqrencode: no hand-written encoder.
#include <QImage>
#include <QString>

namespace pc {

// A black-on-white Code 128 symbol of text (ASCII), one pixel per module, one pixel high, with
// the standard's quiet zones; the caller stretches it to the printed size. A null image when the
// text cannot be encoded.
QImage code128Image(const QString &text);

}  // namespace pc

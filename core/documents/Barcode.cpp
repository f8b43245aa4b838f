#include "Barcode.h"

#include <zint.h>

#include <memory>

namespace pc {

QImage code128Image(const QString &text)
{
    const QByteArray data = text.toLatin1();
    if (data.isEmpty() || text.toLatin1() != text.toUtf8())
        return {};
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return {};
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0;                               // the form prints the number in its own font
    symbol->output_options |= BARCODE_QUIET_ZONES;      // 10 modules each side (ISO/IEC 15417)
    symbol->scale = 0.5f;                               // zint's raster X-dimension is 2 px at scale 1
    symbol->height = 1.0f;
    if (ZBarcode_Encode_and_Buffer(symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()), 0) >= ZINT_ERROR)
        return {};
    const int width = symbol->bitmap_width;
    if (width <= 0 || symbol->bitmap_height <= 0 || !symbol->bitmap)
        return {};
    QImage image(width, 1, QImage::Format_Mono);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    // The bitmap is RGB, 3 bytes a pixel; a bar module is dark in every row, so the middle row
    // carries the whole symbol.
    const unsigned char *row = symbol->bitmap + 3 * width * (symbol->bitmap_height / 2);
    for (int x = 0; x < width; ++x)
        image.setPixel(x, 0, row[3 * x] < 128 ? 0 : 1);
    return image;
}

}  // namespace pc

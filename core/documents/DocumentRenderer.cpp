#include "DocumentRenderer.h"

#include "util/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace pc {
namespace {
class RenderText {
    Q_DECLARE_TR_FUNCTIONS(pc::RenderText)
};
}  // namespace

void DocumentRenderer::ensureFonts()
{
    static const bool loaded = [] {
        for (const char *f : {":/fonts/LiberationSerif-Regular.ttf", ":/fonts/LiberationSerif-Bold.ttf", ":/fonts/LiberationSerif-Italic.ttf"})
            QFontDatabase::addApplicationFont(QString::fromLatin1(f));
        return true;
    }();
    (void)loaded;
}

QString DocumentRenderer::fontFamily() { return QStringLiteral("Liberation Serif"); }

Status DocumentRenderer::render(const DocumentContent &content, PaperLayout layout, QPagedPaintDevice &device)
{
    ensureFonts();
    const PaperSpec spec = paperSpec(layout);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);  // font metrics of the target, not the screen
    QFont font(fontFamily());
    font.setPointSizeF(spec.baseFontPt);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    for (auto it = content.images.cbegin(); it != content.images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(content.html);

    const double dotsPerMm = device.logicalDpiX() / 25.4;
    QPageLayout page(spec.pageSize, QPageLayout::Portrait, spec.marginsMm, QPageLayout::Millimeter);
    const double widthPx = (spec.pageSize.size(QPageSize::Millimeter).width() - spec.marginsMm.left() - spec.marginsMm.right()) * dotsPerMm;
    doc.setTextWidth(widthPx);
    if (spec.continuous) {
        // Size the roll to the content.
        const double heightMm = doc.size().height() / dotsPerMm + spec.marginsMm.top() + spec.marginsMm.bottom();
        page.setPageSize(QPageSize(QSizeF(spec.pageSize.size(QPageSize::Millimeter).width(), std::ceil(heightMm)),
                                   QPageSize::Millimeter, QStringLiteral("Roll 80mm"), QPageSize::ExactMatch));
    }
    if (!device.setPageLayout(page))
        return Error::badInput(RenderText::tr("Máy in không nhận khổ giấy %1.").arg(spec.key));
    const QRectF paint = page.paintRectPixels(device.logicalDpiX());
    doc.setPageSize(QSizeF(paint.width(), spec.continuous ? doc.size().height() + 1 : paint.height()));

    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(RenderText::tr("Không mở được máy in hoặc tệp để in."));
    const int pages = doc.pageCount();
    const double pageHeight = doc.pageSize().height();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return Error::storage(RenderText::tr("Máy in dừng giữa chừng (trang %1).").arg(i + 1));
        painter.save();
        painter.translate(0, -i * pageHeight);
        doc.drawContents(&painter, QRectF(0, i * pageHeight, paint.width(), pageHeight));
        painter.restore();
    }
    if (!painter.end())
        return Error::storage(RenderText::tr("In không hoàn tất."));
    return success();
}

Result<QByteArray> DocumentRenderer::pdfBytes(const DocumentContent &content, PaperLayout layout)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(content.title);
        pdf.setCreator(QStringLiteral("PostCounter"));
        if (auto s = render(content, layout, pdf); !s)
            return s.error();
    }
    return bytes;
}

Status DocumentRenderer::writePdf(const DocumentContent &content, PaperLayout layout, const QString &path)
{
    auto bytes = pdfBytes(content, layout);
    if (!bytes)
        return bytes.error();
    // Whole or not at all, owner-only, never over a device, a directory or through a symlink.
    return writePrivateFile(path, bytes.value(), RenderText::tr("tệp PDF"));
}

}  // namespace pc

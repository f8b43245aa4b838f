#include "DocumentRenderer.h"

#include "util/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <cmath>
#include <memory>
#include <vector>

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

namespace {
std::unique_ptr<QTextDocument> layoutDocument(const DocumentContent &content, const QString &html, const PaperSpec &spec,
                                              QPagedPaintDevice &device, double widthPx)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);  // font metrics of the target, not the screen
    QFont font(DocumentRenderer::fontFamily());
    font.setPointSizeF(spec.baseFontPt);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    for (auto it = content.images.cbegin(); it != content.images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc->setHtml(html);
    doc->setTextWidth(widthPx);
    return doc;
}

// The signature blocks close every form (the last table of a copy). QTextDocument would split
// them across a page boundary, leaving a signature line without its title; move them to the
// next page whole instead.
void keepClosingBlockTogether(QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    auto *closing = frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.last());
    if (!closing)
        return;
    const double pageHeight = doc.pageSize().height();
    const QRectF box = doc.documentLayout()->frameBoundingRect(closing);
    if (pageHeight <= 0 || box.height() >= pageHeight || std::floor(box.top() / pageHeight) == std::floor((box.bottom() - 1) / pageHeight))
        return;
    QTextTableFormat format = closing->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    closing->setFormat(format);
}
}  // namespace

Status DocumentRenderer::render(const DocumentContent &content, PaperLayout layout, QPagedPaintDevice &device)
{
    ensureFonts();
    const PaperSpec spec = paperSpec(layout);
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    QPageLayout page(spec.pageSize, QPageLayout::Portrait, spec.marginsMm, QPageLayout::Millimeter);
    const double widthPx = (spec.pageSize.size(QPageSize::Millimeter).width() - spec.marginsMm.left() - spec.marginsMm.right()) * dotsPerMm;
    const QStringList copies = spec.continuous ? QStringList{content.html} : content.html.split(DocumentContent::copyBreak());
    std::vector<std::unique_ptr<QTextDocument>> docs;
    for (const QString &html : copies)
        docs.push_back(layoutDocument(content, html, spec, device, widthPx));
    if (spec.continuous) {
        // Size the roll to the content.
        const double heightMm = docs.front()->size().height() / dotsPerMm + spec.marginsMm.top() + spec.marginsMm.bottom();
        page.setPageSize(QPageSize(QSizeF(spec.pageSize.size(QPageSize::Millimeter).width(), std::ceil(heightMm)),
                                   QPageSize::Millimeter, QStringLiteral("Roll 80mm"), QPageSize::ExactMatch));
    }
    if (!device.setPageLayout(page))
        return Error::badInput(RenderText::tr("Máy in không nhận khổ giấy %1.").arg(spec.key));
    const QRectF paint = page.paintRectPixels(device.logicalDpiX());

    QFont headFont(fontFamily());
    headFont.setPointSizeF(spec.baseFontPt * 0.8);
    headFont.setItalic(true);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(RenderText::tr("Không mở được máy in hoặc tệp để in."));
    const double headHeight = QFontMetricsF(headFont, &device).height() * 1.8;
    int sheet = 0;
    for (const auto &doc : docs) {
        doc->setPageSize(QSizeF(paint.width(), spec.continuous ? doc->size().height() + 1 : paint.height()));
        // A copy that runs over one page gives up a strip on top of each page for its running head.
        const bool runningHead = !spec.continuous && doc->pageCount() > 1 && !content.runningHead.isEmpty();
        if (runningHead)
            doc->setPageSize(QSizeF(paint.width(), paint.height() - headHeight));
        if (!spec.continuous)
            keepClosingBlockTogether(*doc);
        const int pages = doc->pageCount();
        const double pageHeight = doc->pageSize().height();
        for (int i = 0; i < pages; ++i, ++sheet) {
            if (sheet > 0 && !device.newPage())
                return Error::storage(RenderText::tr("Máy in dừng giữa chừng (trang %1).").arg(sheet + 1));
            double top = 0;
            if (runningHead) {
                // Legal wording, Vietnamese whatever the UI language.
                const QString head = content.runningHead + QStringLiteral(" – Trang %1/%2").arg(i + 1).arg(pages);
                painter.setFont(headFont);
                painter.drawText(QRectF(0, 0, paint.width(), headHeight * 0.7), Qt::AlignRight | Qt::AlignTop, head);
                painter.drawLine(QPointF(0, headHeight * 0.72), QPointF(paint.width(), headHeight * 0.72));
                top = headHeight;
            }
            painter.save();
            painter.translate(0, top - i * pageHeight);
            doc->drawContents(&painter, QRectF(0, i * pageHeight, paint.width(), pageHeight));
            painter.restore();
        }
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

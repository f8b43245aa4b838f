#include "ReportRenderer.h"

#include "util/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace pc {
namespace {
class ReportRenderText {
    Q_DECLARE_TR_FUNCTIONS(pc::ReportRenderText)
};

// Margins of Decree 30/2020/NĐ-CP for administrative documents, as the forms use (PageLayout).
QPageLayout pageLayout(QPageLayout::Orientation o)
{
    const QMarginsF portrait(30, 20, 15, 20);  // left, top, right, bottom in mm
    const QMarginsF landscape(20, 15, 15, 15); // the bound edge is the top of a landscape page
    return QPageLayout(QPageSize(QPageSize::A4), o, o == QPageLayout::Portrait ? portrait : landscape, QPageLayout::Millimeter);
}

struct Laid {
    std::unique_ptr<QTextDocument> doc;
    QRectF paint;
    double footHeight = 0;
};

Laid layOut(const ReportContent &c, QPagedPaintDevice &device)
{
    DocumentRenderer::ensureFonts();
    Laid l;
    l.paint = pageLayout(c.orientation).paintRectPixels(device.logicalDpiX());
    QFont font(DocumentRenderer::fontFamily());
    font.setPointSizeF(c.baseFontPt);
    l.footHeight = QFontMetricsF(font, &device).height() * 1.6;
    l.doc = std::make_unique<QTextDocument>();
    l.doc->documentLayout()->setPaintDevice(&device);
    l.doc->setDefaultFont(font);
    l.doc->setDocumentMargin(0);
    for (auto it = c.images.cbegin(); it != c.images.cend(); ++it)
        l.doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    l.doc->setHtml(c.html);
    l.doc->setPageSize(QSizeF(l.paint.width(), l.paint.height() - l.footHeight));
    return l;
}

// Pages up to the end of the last table: QTextDocument always ends with an empty paragraph
// after a table, and that paragraph alone must not cost a blank sheet.
int usedPages(QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    const double pageHeight = doc.pageSize().height();
    if (frames.isEmpty() || pageHeight <= 0)
        return doc.pageCount();
    const QRectF last = doc.documentLayout()->frameBoundingRect(frames.last());
    return std::min(doc.pageCount(), int(std::floor((last.bottom() - 1) / pageHeight)) + 1);
}
}  // namespace

Status ReportRenderer::render(const ReportContent &content, QPagedPaintDevice &device)
{
    if (!device.setPageLayout(pageLayout(content.orientation)))
        return Error::badInput(ReportRenderText::tr("Máy in không nhận khổ giấy A4."));
    Laid l = layOut(content, device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(ReportRenderText::tr("Không mở được máy in hoặc tệp để in."));
    const int pages = usedPages(*l.doc);
    const double pageHeight = l.doc->pageSize().height();
    QFont footFont(DocumentRenderer::fontFamily());
    footFont.setPointSizeF(content.baseFontPt * 0.85);
    footFont.setItalic(true);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return Error::storage(ReportRenderText::tr("Máy in dừng giữa chừng (trang %1).").arg(i + 1));
        painter.save();
        painter.translate(0, -i * pageHeight);
        l.doc->drawContents(&painter, QRectF(0, i * pageHeight, l.paint.width(), pageHeight));
        painter.restore();
        // Printed wording, Vietnamese whatever the UI language.
        painter.setFont(footFont);
        painter.drawText(QRectF(0, pageHeight, l.paint.width(), l.footHeight), Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("%1 – Trang %2/%3").arg(content.title).arg(i + 1).arg(pages));
    }
    if (!painter.end())
        return Error::storage(ReportRenderText::tr("In không hoàn tất."));
    return success();
}

namespace {
Result<QByteArray> pdfBytes(const ReportContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(content.title);
        pdf.setCreator(QStringLiteral("PostCounter"));
        if (auto s = ReportRenderer::render(content, pdf); !s)
            return s.error();
    }
    return bytes;
}
}  // namespace

Result<int> ReportRenderer::pageCount(const ReportContent &content)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&sink);
    pdf.setResolution(300);
    pdf.setPageLayout(pageLayout(content.orientation));
    return usedPages(*layOut(content, pdf).doc);
}

Status ReportRenderer::writePdf(const ReportContent &content, const QString &path)
{
    auto bytes = pdfBytes(content);
    if (!bytes)
        return bytes.error();
    return writePrivateFile(path, bytes.value(), ReportRenderText::tr("tệp PDF"));
}

}  // namespace pc

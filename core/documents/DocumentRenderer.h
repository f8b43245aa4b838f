#pragma once
// Renders a filled HTML template onto any QPagedPaintDevice (QPdfWriter, QPrinter) in one of
// the paper layouts, with the embedded fonts. Thermal rolls get one page exactly as long as
// the content: no blank tail. On sheets each copy (liên) starts a new page, and a copy that
// runs over one page carries its title, code and "Trang i/n" on top of every page, so a loose
// second sheet is never anonymous (issue 9 §17).
#include "PageLayout.h"
#include "util/Result.h"

#include <QHash>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

namespace pc {

struct DocumentContent {
    QString html;                   // filled template, one or more copies separated by copyBreak()
    QHash<QString, QImage> images;  // name → image, referenced as <img src="name">
    QString title;                  // PDF title
    QString runningHead;            // title and code repeated on each page of a copy longer than a page
    // An HTML comment, so it shows nothing wherever the HTML is displayed whole.
    static QString copyBreak() { return QStringLiteral("<!-- copy-break -->"); }
};

class DocumentRenderer {
public:
    // Registers the embedded fonts once (needs a QGuiApplication).
    static void ensureFonts();
    static QString fontFamily();
    static Status render(const DocumentContent &content, PaperLayout layout, QPagedPaintDevice &device);
    static Status writePdf(const DocumentContent &content, PaperLayout layout, const QString &path);
    static Result<QByteArray> pdfBytes(const DocumentContent &content, PaperLayout layout);
};

}  // namespace pc

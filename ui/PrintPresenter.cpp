#include "PrintPresenter.h"
#include "CurrentActor.h"

#include "services/CounterServices.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QShortcut>
#include <QStandardPaths>

namespace pc {
namespace {
class PrintText {
    Q_DECLARE_TR_FUNCTIONS(pc::PrintText)
};
}  // namespace

void PrintPresenter::present(const PreparedDocument &doc)
{
    const auto actor = [this] { return m_actor ? m_actor->actor() : CurrentActor().actor(); };
    QPrinter printer(QPrinter::HighResolution);
    const QString printerName = m_services.preference(QStringLiteral("printer.name"));
    if (!printerName.isEmpty())
        printer.setPrinterName(printerName);
    printer.setDocName(doc.content.title);
    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setWindowTitle(PrintText::tr("Xem trước: %1 – Enter/Ctrl+P: in · Ctrl+E: xuất PDF · Esc: đóng").arg(doc.content.title));
    preview.resize(900, 700);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&doc](QPrinter *p) { (void)DocumentRenderer::render(doc.content, doc.layout, *p); });
    auto printNow = [&] {
        if (!printer.isValid()) {
            qCWarning(lcPrint, "no valid printer (configured: \"%s\") for %s", qUtf8Printable(printerName), qUtf8Printable(doc.subject));
            QMessageBox::warning(&preview, PrintText::tr("Không in được"),
                                 PrintText::tr("Không tìm thấy máy in. Hồ sơ vẫn được lưu; có thể in lại giấy tiếp nhận từ danh sách hồ sơ (Ctrl+R)."));
            return;
        }
        // A printer set to write a PDF file is not paper in the citizen's hand: no reprint mark follows it.
        const bool paper = printer.outputFormat() == QPrinter::NativeFormat;
        if (auto r = m_services.documents().print(actor(), doc, printer, printer.printerName(), paper); !r) {
            qCWarning(lcPrint, "printing %s on \"%s\" failed: %s", qUtf8Printable(doc.subject), qUtf8Printable(printer.printerName()),
                      qUtf8Printable(r.error().message));
            QMessageBox::warning(&preview, PrintText::tr("Không in được"),
                                 r.error().message + PrintText::tr("\nHồ sơ vẫn được lưu; có thể in lại từ danh sách hồ sơ."));
            return;
        }
        preview.accept();
    };
    auto exportPdf = [&] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(&preview, PrintText::tr("Xuất PDF"), dir + u'/' + doc.subject + QStringLiteral(".pdf"),
                                                          PrintText::tr("Tệp PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = m_services.documents().exportPdf(actor(), doc, path); !r) {
            qCWarning(lcPrint, "PDF export of %s failed: %s", qUtf8Printable(doc.subject), qUtf8Printable(r.error().message));
            QMessageBox::warning(&preview, PrintText::tr("Không xuất được PDF"), r.error().message);
            return;
        }
        QMessageBox::information(&preview, PrintText::tr("Đã xuất PDF"),
                                 PrintText::tr("Đã lưu tệp PDF tại:\n%1")
                                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    };
    for (const QKeySequence &k : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::CTRL | Qt::Key_P)})
        QObject::connect(new QShortcut(k, &preview), &QShortcut::activated, &preview, printNow);
    QObject::connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &preview), &QShortcut::activated, &preview, exportPdf);
    preview.exec();
}

}  // namespace pc

// Renders the receipt (both copies) to PDF in each layout, many times, and prints the median
// and p95 time per receipt. Run: build/bench/render_bench [count]
#include "services/CounterServices.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pc;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    SystemClock clock;
    auto s = CounterServices::open(dir.filePath(QStringLiteral("render.sqlite")), clock);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    (void)s.value()->identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 1));
    DossierDraft d;
    d.procedureCode = QStringLiteral("2.000620");
    d.applicant = {false, QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), QDate(1989, 5, 2), QStringLiteral("Nam"),
                   QStringLiteral("0912345678"), QStringLiteral("duc@example.vn"), QStringLiteral("Thôn Đông, Xã Yên Định, Tỉnh Thanh Hoá"), QString(), {}};
    d.feeVariant = QStringLiteral("hkd-thanh-pho");  // 2.000620 has four fee lines (issue 8 §4)
    for (const DocumentRequirement &r : s.value()->catalogue()->procedure(d.procedureCode)->documents)
        d.documents.append({r.name, r.originals, r.copies});
    auto r = s.value()->intake().registerDossier(pc::Actor::system(), d);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    std::printf("receipt (two copies) rendered to PDF, %d times per layout\n%-12s %10s %10s %10s\n", n, "layout", "p50 ms", "p95 ms", "bytes");
    for (PaperLayout layout : {PaperLayout::A4, PaperLayout::A5, PaperLayout::Thermal80}) {
        std::vector<double> ms;
        qsizetype bytes = 0;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            auto doc = s.value()->documents().prepareReceipt(r->dossier.code, layout);  // data, template, QR
            auto pdf = DocumentRenderer::pdfBytes(doc->content, layout);                // layout and PDF
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            bytes = pdf->size();
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%-12s %10.2f %10.2f %10lld\n", qPrintable(paperSpec(layout).key), ms[ms.size() / 2], ms[ms.size() * 95 / 100],
                    static_cast<long long>(bytes));
    }
    return 0;
}

#pragma once
// Printing use cases: prepare a form for a dossier or a guidance record, print it to any
// paged device (printer, PDF), and log the print. Only a successful paper print makes the next
// copy a reprint ("BẢN IN LẠI"); PDF exports and CLI renders are logged as not paper.
// A failed or cancelled print changes nothing that was registered.
#include "documents/FormBuilder.h"
#include "domain/Actor.h"
#include "util/Result.h"

class QPagedPaintDevice;

namespace pc {

class Database;
class Clock;
class OfficeSettings;

enum class FormKind { Receipt, Supplement, Refusal };

struct PreparedDocument {
    FormKind kind = FormKind::Receipt;
    QString subject;  // dossier code or guidance number
    PaperLayout layout = PaperLayout::A4;
    bool reprint = false;
    DocumentContent content;
};

class DocumentService {
public:
    DocumentService(Database &db, const Clock &clock, OfficeSettings &office) : m_db(db), m_clock(clock), m_office(office) {}
    Result<PreparedDocument> prepareReceipt(const QString &dossierCode, PaperLayout layout);
    // kind must match the record (a refusal is not printed as a supplement request).
    Result<PreparedDocument> prepareGuidance(qint64 recordId, FormKind kind, PaperLayout layout);
    // paper = false when the device writes a file (a printer set to "print to PDF").
    // `actor`: who printed (audited as print / reprint / export with the dossier code or slip number).
    Status print(const Actor &actor, const PreparedDocument &doc, QPagedPaintDevice &device, const QString &target, bool paper = true);
    Status exportPdf(const Actor &actor, const PreparedDocument &doc, const QString &path);

    static QString kindKey(FormKind k);

private:
    Result<FormContext> context();
    Result<bool> printedBefore(FormKind kind, const QString &subject);
    Status logPrint(const Actor &actor, const PreparedDocument &doc, const QString &target, bool paper);
    Database &m_db;
    const Clock &m_clock;
    OfficeSettings &m_office;
};

}  // namespace pc

#pragma once
// The printed forms of a dossier's life after the receipt (issue 11): handover manifest, control
// sheet, apology with a new appointment, return slip and the postal address label. Each takes a
// plain data struct, so the layer that reads the database fills it and tests build it by hand.
// Everything printed is Vietnamese legal wording whatever the UI language: the words come from
// resources/templates and FormWording, never from tr().
#include "DocumentRenderer.h"
#include "FormBuilder.h"
#include "util/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {

// One dossier of a handover batch: a row of the manifest's table.
struct ManifestRow {
    QString code;
    QString procedureName;
    QString applicantName;
    int sets = 1;
    QDateTime appointmentAt;  // UTC; invalid = "theo thông báo"
    QString note;
};

struct ManifestData {
    QString number;            // HS-{yyyy}-{n}
    QDateTime createdAtUtc;    // the date line and the handover moment
    QString agencyName;        // the deciding agency that receives the dossiers
    QString giverName;         // the clerk who hands over; empty leaves the line for a handwritten name
    QString courierName;       // who carries the dossiers to the agency
    QString receiverName;      // who receives them at the agency; may be empty
    QList<ManifestRow> rows;
};

// A transfer's outcome against its due time, as the control sheet's result column states it.
enum class TransferResult { None, Early, OnTime, Late };

// The result of a transfer made at `atUtc` against the appointment `dueUtc`: after it = late;
// on an earlier day (Vietnam time) = early; the same day, not after it = on time; None when either
// moment is unknown.
TransferResult transferResultOf(const QDateTime &atUtc, const QDateTime &dueUtc);

// One transfer of the dossier: a row of the control sheet.
struct ControlTransfer {
    QString giverUnit;       // e.g. "Bưu điện xã Yên Định"
    QString giverName;
    QString receiverUnit;    // e.g. "Sở Công Thương"
    QString receiverName;
    QDateTime atUtc;         // invalid = left blank for a handwritten time
    TransferResult result = TransferResult::None;
    QString note;
};

struct ControlSheetData {
    QString code;
    QString applicantName;
    QString applicantAddress;
    QString applicantPhone;
    QString procedureName;
    QString procedureCode;
    QString agencyName;            // cơ quan (bộ phận) giải quyết hồ sơ
    QString coordinatingAgencies;  // cơ quan phối hợp giải quyết hồ sơ; may be empty
    QDateTime receivedAtUtc;
    QDateTime appointmentAtUtc;    // invalid = "theo thông báo"
    QList<ControlTransfer> transfers;
    int blankRows = 3;             // empty rows after the recorded transfers, filled in by hand
};

struct ApologyData {
    QString number;                // "Số: …"; empty leaves dots
    QDateTime issuedAtUtc;         // the date line
    QString applicantName;         // Kính gửi
    QString code;
    QString procedureName;
    QString agencyName;            // the deciding agency that is late
    QDateTime receivedAtUtc;
    QDateTime oldAppointmentAtUtc;
    QDateTime newAppointmentAtUtc;
    QString reason;
    QString signerName;            // empty leaves the line for a handwritten name
};

struct ResultDocument {
    QString name;
    int count = 1;
};

struct ReturnSlipData {
    QString code;
    QString applicantName;
    QString procedureName;
    QDateTime receivedAtUtc;
    QDateTime appointmentAtUtc;
    QDateTime returnedAtUtc;
    QList<ResultDocument> documents;  // what is handed over
    QString recipientName;            // who takes the result
    QString recipientId;
    QString authorisation;            // the authorisation document of an authorised person; empty = the applicant
    Money feesCollected;              // collected at the return; 0 = nothing due
    QString clerkName;
};

struct LabelData {
    QString senderName;      // the post office
    QString senderAddress;
    QString senderPhone;
    QString recipientName;
    QString recipientPhone;
    QString recipientAddress;
    QString trackingNumber;  // UPU S10, printed as a Code 128 barcode
    QString dossierCode;     // reference on the label
};

namespace lifecycleforms {

// A4; the table breaks across pages with its header repeated.
DocumentContent manifest(const ManifestData &d, const FormContext &c);
DocumentContent controlSheet(const ControlSheetData &d, const FormContext &c);
DocumentContent apology(const ApologyData &d, const FormContext &c);
DocumentContent returnSlip(const ReturnSlipData &d, const FormContext &c);
// PaperLayout::Label100x150
DocumentContent label(const LabelData &d);

}  // namespace lifecycleforms

}  // namespace pc

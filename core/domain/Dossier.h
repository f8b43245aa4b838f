#pragma once
// Value types of a dossier as received at the counter.
#include "DossierStatus.h"
#include "util/Money.h"
#include "catalogue/Procedure.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace pc {

// The person who actually submits at the counter when it is not the applicant: người nộp
// thay (for a citizen) or người đại diện / người được ủy quyền (for an organisation, always).
struct Representative {
    QString name;
    QString idNumber;  // their CCCD / old CMND
    bool isEmpty() const { return name.isEmpty() && idNumber.isEmpty(); }
};

struct Applicant {
    bool organisation = false;  // a business or body: idNumber holds its tax code
    QString name;
    QString idNumber;    // CCCD (12 digits), old CMND (9), passport, or a tax code for an organisation
    QDate birthDate;
    QString gender;      // "Nam" | "Nữ" | empty
    QString phone;
    QString email;
    QString address;
    // "cccd" | "cmnd" | "passport" | "tax_code". On a draft "" means a personal ID (CCCD/CMND by
    // its length) or, for an organisation, a tax code; the registered dossier holds the kind.
    QString idDocument;
    Representative representative;  // empty when the applicant submits in person
};

struct SubmittedDocument {
    QString name;
    int originals = 0;
    int copies = 0;
    bool listed = false;    // named in the procedure's checklist
    bool required = false;  // required by the procedure
};

enum class DeliveryMethod { Counter, Post };

struct Delivery {
    DeliveryMethod method = DeliveryMethod::Counter;
    QString address;  // for Post
};

// What the clerk submits to register a dossier.
struct DossierDraft {
    QString procedureCode;
    Applicant applicant;
    QList<SubmittedDocument> documents;
    int sets = 1;
    Delivery delivery;
    QDateTime receivedAt;  // invalid = now
    bool allowBackdate = false;  // the operator confirmed a receipt more than 30 days old
    QString note;
    Money postage;         // for delivery by post
    QString feeVariant;    // FeeVariant::id chosen by the clerk; may stay empty when there is only one
};

struct DossierEvent {
    QString uuid;
    QString type;  // "dossier.registered", "dossier.status_changed", …
    DossierStatus status = DossierStatus::Received;
    QDateTime at;  // UTC
    QJsonObject data;
};

// A registered dossier. The procedure's name, agency and duration are copied in at
// registration, so a later catalogue update never rewrites what the receipt promised.
struct Dossier {
    qint64 id = 0;
    QString code;
    QString procedureCode;
    QString procedureName;
    QString fieldName;
    QString agencyName;
    // The legal processing time as data; the receipt words it in Vietnamese at print time.
    // Unset for dossiers registered before schema version 9: durationText is printed instead.
    std::optional<Duration> duration;
    QTime cutoff;          // the procedure's same-day cut-off; invalid = none
    QString durationText;  // Vietnamese wording kept for the record and the centre; forms print it
                           // only for rows from before schema 9 (no `duration`)
    Applicant applicant;
    QList<SubmittedDocument> documents;
    int sets = 1;
    Delivery delivery;
    QDateTime receivedAt;     // UTC
    QDateTime appointmentAt;  // UTC; invalid when the procedure has no fixed time ("theo thông báo")
    // The appointment in force (schema 14): the receipt's, or the latest reschedule's. Tracking
    // (due today, overdue) reads this; appointmentAt stays what the receipt promised.
    QDateTime dueAt;
    DossierStatus status = DossierStatus::Received;
    Money fee;
    Money charge;
    Money postage;
    // The fee line chosen at intake (FeeVariant::id and its Vietnamese condition, printed on the
    // receipt); both empty when the procedure has a single fee for everyone.
    QString feeVariantId;
    QString feeCondition;
    QString note;
    QString counterUnitId;
    int counterNumber = 0;
    int ledgerEntry = 0;
    QList<DossierEvent> events;
};

// One row of the queue view.
struct DossierSummary {
    qint64 id = 0;
    QString code;
    QString applicantName;
    QString procedureCode;
    QString procedureName;
    QDateTime receivedAt;
    QDateTime appointmentAt;  // what the receipt promised
    DossierStatus status = DossierStatus::Received;
    QDateTime dueAt;  // the appointment in force (after reschedules); the queue's filters use it
};

QString deliveryMethodKey(DeliveryMethod m);

}  // namespace pc

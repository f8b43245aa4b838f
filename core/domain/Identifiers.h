#pragma once
// Checks for identifiers typed or scanned at the counter (DESIGN §4). Reasons are in
// Vietnamese for the clerk.
#include <QDate>
#include <QString>
#include <QStringList>

namespace pc {

struct IdCheck {
    bool valid = false;
    QString reason;        // why not valid
    QStringList warnings;  // valid, but disagrees with the birth date or gender given
    QString kind;          // "cccd" | "cmnd" | "passport"
};

// CCCD (12 digits: province code, gender/century digit, 2-digit birth year, 6 digits; no check
// digit) or the old 9-digit CMND when allowOldId. Disagreement with birthDate/gender is a warning.
// today: the counter's local date (from a Clock), so a birth year after it is refused; an invalid
// today skips only that comparison (structure, province and the 1900 floor are still checked).
IdCheck checkPersonalId(const QString &number, const QDate &today, const QDate &birthDate = {}, const QString &gender = {},
                        bool allowOldId = true);
// A passport number of a foreign (or Vietnamese) applicant: 6 to 9 letters and digits with at
// least one digit. ICAO Doc 9303 gives the document-number field 9 characters; Vietnamese
// passports are one letter and 7 digits (e.g. C1234567), most others 8 or 9 characters.
IdCheck checkPassport(const QString &number);
// Identity document by type: "passport" → checkPassport; "" / "cccd" / "cmnd" → checkPersonalId.
IdCheck checkIdentityDocument(const QString &documentType, const QString &number, const QDate &today,
                              const QDate &birthDate = {}, const QString &gender = {});
bool isIdentityDocumentType(const QString &documentType);

// Empty when valid, else the reason. Only prefixes assigned by the 2018 numbering plan: mobiles
// 03[2-9], 05[2,5,6,8,9], 07[0,6-9], 08[1-9], 09[0-4,6-9] + 7 digits; landlines 02 + a real area
// code + subscriber number (11 digits). Written as 0…, +84… or 84… (spaces, dots allowed).
QString checkPhone(const QString &phone);
QString normalizePhone(const QString &phone);  // → 0xxxxxxxxx (mobile) or 02xxxxxxxxx (landline)
QString checkEmail(const QString &email);

// Vietnamese tax code (mã số thuế): 10 digits, 10 digits + "-" + 3 digits for a branch, or the
// 12-digit personal ID number, which is the tax code of individuals and household businesses
// (Law on Tax Administration 38/2019/QH14 art. 35(5); Circular 86/2024/TT-BTC from 01/07/2025 [mem]).
QString checkTaxCode(const QString &code);

// UPU S10: 2 letters, 8 digits, check digit, 2-letter country (VN here).
QString checkS10(const QString &id);
int s10CheckDigit(const QString &eightDigits);

}  // namespace pc

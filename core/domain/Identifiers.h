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
    QString kind;          // "cccd" | "cmnd"
};

// CCCD (12 digits: province code, gender/century digit, 2-digit birth year, 6 digits; no check
// digit) or the old 9-digit CMND when allowOldId. Disagreement with birthDate/gender is a warning.
IdCheck checkPersonalId(const QString &number, const QDate &birthDate = {}, const QString &gender = {}, bool allowOldId = true);
// The province of registration a CCCD starts with (e.g. "001" → "Hà Nội"); empty when unknown.
QString cccdProvinceName(const QString &threeDigits);

// Empty when valid, else the reason. Accepts 0xxxxxxxxx and +84xxxxxxxxx (spaces, dots allowed).
QString checkPhone(const QString &phone);
QString normalizePhone(const QString &phone);  // → 0xxxxxxxxx
QString checkEmail(const QString &email);

// Vietnamese tax code (mã số thuế): 10 digits, or 10 digits, a dash and 3 digits for a branch.
QString checkTaxCode(const QString &code);

// UPU S10: 2 letters, 8 digits, check digit, 2-letter country (VN here).
QString checkS10(const QString &id);
int s10CheckDigit(const QString &eightDigits);

}  // namespace pc

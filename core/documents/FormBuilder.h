#pragma once
// Fills the form templates (resources/templates) with a dossier's or a guidance record's data:
// receipt (form 01), supplement request (form 02), refusal slip (form 03) of Circular
// 03/2025/TT-VPCP, per paper layout. Everything printed is Vietnamese whatever the UI
// language: the words come from the templates and FormWording, never from tr().
#include "DocumentRenderer.h"
#include "domain/Dossier.h"
#include "domain/Guidance.h"
#include "domain/CounterIdentity.h"

#include <QHash>

namespace pc {

struct FormContext {
    CounterIdentity counter;
    QString governingBody;  // TÊN CƠ QUAN CHỦ QUẢN above the unit, e.g. "Bưu điện tỉnh Quảng Trị"; may be empty
    QString place;          // locality printed before the date, e.g. "Thanh Hóa"; may be empty
    QString lookupUrl;      // public look-up URL with {code}; empty = none
    QString receiverName;   // the clerk; empty leaves the line for a handwritten name
    QString contact;        // guidance contact (name, phone) for supplement requests
    QDateTime printedAtUtc;
};

class FormBuilder {
public:
    // Both copies: one for the applicant, one for the file. The date line is the day of receipt.
    static DocumentContent receipt(const Dossier &d, const FormContext &c, PaperLayout layout, bool reprint);
    // The date line is the record's own issue date.
    static DocumentContent supplement(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint);
    static DocumentContent refusal(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint);

    // "09 giờ 00 phút, ngày 07 tháng 12 năm 2026" (local time)
    static QString momentPhrase(const QDateTime &local);
    // "Thanh Hóa, ngày 28 tháng 11 năm 2026" or "Ngày 28 tháng 11 năm 2026"
    static QString placeDate(const QString &place, const QDate &d);
    // {{key}} → escaped value, {{{key}}} → raw HTML; unknown keys become empty.
    static QString fill(const QString &templateText, const QHash<QString, QString> &values);
    static QString templateText(const QString &name);  // from :/templates/<name>.html
    // TÊN CƠ QUAN CHỦ QUẢN above the unit, as HTML for the header's left column (every form).
    static QString headerUnitLines(const FormContext &c);
};

}  // namespace pc

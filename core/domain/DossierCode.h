#pragma once
// Dossier code {receiving unit e-identifier}-{yyMMdd}-{NNNN} (DESIGN §4).
#include <QDate>
#include <QString>
#include <optional>

namespace pc {

struct DossierCode {
    QString unitId;   // e.g. 000.00.16.H56
    QDate day;        // local receipt date
    int sequence = 0; // 1..9999, from this counter's range

    QString toString() const;
    static std::optional<DossierCode> parse(const QString &s);
};

// The receiving unit's e-identifier (mã định danh điện tử), e.g. 000.00.16.H56 or G22.xx.
bool isValidUnitId(const QString &unitId);

}  // namespace pc

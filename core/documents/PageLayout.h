#pragma once
// The three paper layouts a counter prints on.
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <optional>

namespace pc {

enum class PaperLayout { A4, A5, Thermal80 };

struct PaperSpec {
    PaperLayout layout;
    QString key;          // "a4" | "a5" | "thermal80"
    QPageSize pageSize;   // for thermal: 80 mm wide; the height is set from the content
    QMarginsF marginsMm;  // A4/A5 follow the margins of Decree 30/2020/NĐ-CP for administrative documents
    double baseFontPt;
    bool continuous;      // a roll: one page exactly as long as the content
};

PaperSpec paperSpec(PaperLayout layout);
std::optional<PaperLayout> paperLayoutFromKey(const QString &key);

}  // namespace pc

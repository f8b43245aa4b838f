#pragma once
// The paper layouts a counter prints on: three for the forms, one for postal address labels.
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <optional>

namespace pc {

// Label100x150 is the 100×150 mm thermal label of parcel printers ("A6" labels); it is not a
// choice for the forms, so paperLayoutFromKey does not offer it.
enum class PaperLayout { A4, A5, Thermal80, Label100x150 };

struct PaperSpec {
    PaperLayout layout;
    QString key;          // "a4" | "a5" | "thermal80" | "label100x150"
    QPageSize pageSize;   // for thermal: 80 mm wide; the height is set from the content
    QMarginsF marginsMm;  // A4/A5 follow the margins of Decree 30/2020/NĐ-CP for administrative documents
    double baseFontPt;
    bool continuous;      // a roll: one page exactly as long as the content
};

PaperSpec paperSpec(PaperLayout layout);
std::optional<PaperLayout> paperLayoutFromKey(const QString &key);

}  // namespace pc

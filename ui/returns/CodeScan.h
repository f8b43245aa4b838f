#pragma once
// What a scanner or the clerk typed into a dossier-code box: the code itself, the control
// sheet's or the receipt's QR (the code), or the receipt's look-up QR (a URL that carries the
// code). Returns the code found, upper-cased, or empty.
#include <QString>

namespace pc {

QString dossierCodeFromScan(const QString &typed);

}  // namespace pc

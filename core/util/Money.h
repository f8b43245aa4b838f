#pragma once
// Money in whole đồng (the đồng has no minor unit in use).
#include <QString>
#include <QtGlobal>

namespace pc {

struct Money {
    qint64 dong = 0;
    // "1.500.000 đ": dot thousands separators, as on Vietnamese forms.
    QString format() const;
    friend bool operator==(Money, Money) = default;
    Money operator+(Money o) const { return {dong + o.dong}; }
};

}  // namespace pc

#pragma once
// Who this counter is: the receiving unit and the counter's own dossier number range.
#include "util/Result.h"

#include <QString>

namespace pc {

struct CounterIdentity {
    QString unitId;     // receiving unit e-identifier, e.g. 000.00.16.H56
    QString unitName;
    int counterNumber = 1;
    int sequenceStart = 1001;  // counters of one office are offline from each other, so each
    int sequenceEnd = 1999;    // owns a disjoint range of daily sequence numbers (DESIGN §4)
    bool isSample = false;

    // Counter N issues N001–N999 per day (counter 0: 0001–0999).
    static CounterIdentity withDefaultRange(QString unitId, QString unitName, int counterNumber);
    static CounterIdentity sample();  // the clearly marked sample unit for the first start
    Status validate() const;
    // Refused while the counter still carries the sample unit: codes and slips issued under
    // it would collide with every other uninstalled counter's.
    Status requireRealUnit() const;
    static bool isSampleUnitId(const QString &unitId);
};

}  // namespace pc

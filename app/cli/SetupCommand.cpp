#include "Cli.h"

#include <QCoreApplication>

namespace pc::cli {

int runSetup(Context &c)
{
    const auto unitId = c.option(QStringLiteral("unit-id"));
    const auto unitName = c.option(QStringLiteral("unit-name"));
    const auto counter = c.option(QStringLiteral("counter"));
    const auto start = c.option(QStringLiteral("range-start"));
    const auto end = c.option(QStringLiteral("range-end"));
    if (!unitId || !unitName || !counter || !c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]"));
    bool ok = false;
    const int n = counter->toInt(&ok);
    if (!ok)
        return c.fail(Error::badInput(CliText::tr("Số quầy phải là số: %1").arg(*counter)));
    CounterIdentity id = CounterIdentity::withDefaultRange(*unitId, *unitName, n);
    if (start || end) {
        bool okA = false, okB = false;
        id.sequenceStart = start.value_or(QString::number(id.sequenceStart)).toInt(&okA);
        id.sequenceEnd = end.value_or(QString::number(id.sequenceEnd)).toInt(&okB);
        if (!okA || !okB)
            return c.fail(Error::badInput(CliText::tr("Dãy số hồ sơ phải là số.")));
    }
    if (auto v = id.validate(); !v)
        return c.fail(v.error());
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    if (auto r = s->changeIdentity(c.actor(), id); !r)
        return c.fail(r.error());
    c.out << CliText::tr("Đã thiết lập quầy %1 của %2 (%3), dãy số hồ sơ %4–%5 mỗi ngày.")
                 .arg(id.counterNumber).arg(id.unitName, id.unitId).arg(id.sequenceStart).arg(id.sequenceEnd)
          << '\n';
    return Ok;
}

}  // namespace pc::cli

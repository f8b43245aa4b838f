// settings get KEY | settings set KEY VALUE | settings list: the office settings printed on the
// forms, through the same owner (OfficeSettings) as the office settings screen.
#include "Cli.h"

namespace pc::cli {

int runSettings(Context &c)
{
    const QString usageText = CliText::tr("Cách dùng: settings get KHÓA | settings set KHÓA GIÁ_TRỊ | settings list\n"
                                          "Khóa: %1").arg(OfficeSettings::keys().join(QStringLiteral(", ")));
    if (c.args.isEmpty())
        return c.usage(usageText);
    const QString verb = c.args.takeFirst();
    if (verb == u"list" && c.args.isEmpty()) {
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        for (const QString &key : OfficeSettings::keys()) {
            auto v = s->office().get(key);
            if (!v)
                return c.fail(v.error());
            c.out << key << '\t' << *v << '\n';
        }
        return Ok;
    }
    if (verb == u"get" && c.args.size() == 1) {
        // The key is checked before the database is opened: a typo creates nothing.
        if (auto k = OfficeSettings::checkKey(c.args.first()); !k)
            return c.fail(k.error());
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        auto v = s->office().get(c.args.first());
        if (!v)
            return c.fail(v.error());
        c.out << *v << '\n';
        return Ok;
    }
    if (verb == u"set" && c.args.size() == 2) {
        if (auto v = OfficeSettings::normalize(c.args.at(0), c.args.at(1)); !v)
            return c.fail(v.error());
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        if (auto r = s->office().set(c.actor(), c.args.at(0), c.args.at(1)); !r)
            return c.fail(r.error());
        return Ok;
    }
    return c.usage(usageText);
}

}  // namespace pc::cli

#include "AdminUnits.h"

#include "util/TextFold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace pc {

const AdminUnits &AdminUnits::builtIn()
{
    static const AdminUnits units = [] {
        AdminUnits u;
        QFile f(QStringLiteral(":/admin-units/vn-units-2026-07-25.json"));
        if (!f.open(QIODevice::ReadOnly))
            return u;
        for (const QJsonValue &pv : QJsonDocument::fromJson(f.readAll()).array()) {
            const QJsonObject p = pv.toObject();
            const QString name = text::nfc(p.value(u"FullName").toString());
            u.m_provinces.append({p.value(u"Code").toString(), name, text::fold(name)});
            QList<AdminUnit> wards;
            for (const QJsonValue &wv : p.value(u"Wards").toArray()) {
                const QJsonObject w = wv.toObject();
                const QString wname = text::nfc(w.value(u"FullName").toString());
                wards.append({w.value(u"Code").toString(), wname, text::fold(wname)});
            }
            u.m_communes.append(wards);
        }
        return u;
    }();
    return units;
}

QList<AdminUnit> AdminUnits::communes(const QString &provinceCode) const
{
    for (qsizetype i = 0; i < m_provinces.size(); ++i)
        if (m_provinces[i].code == provinceCode)
            return m_communes[i];
    return {};
}

const AdminUnit *AdminUnits::province(const QString &code) const
{
    for (const AdminUnit &p : m_provinces)
        if (p.code == code)
            return &p;
    return nullptr;
}

QList<AdminUnit> AdminUnits::filter(const QList<AdminUnit> &units, const QString &query)
{
    const QStringList words = text::foldedWords(query);
    if (words.isEmpty())
        return units;
    QList<std::pair<int, AdminUnit>> ranked;
    for (const AdminUnit &u : units) {
        bool all = true;
        for (const QString &w : words)
            all = all && u.searchKey.contains(w);
        if (!all)
            continue;
        // "yen dinh" ranks "Xã Yên Định" above "Xã Định Yên": the name part starts with the query
        const QString bare = u.searchKey.section(u' ', 1);
        const int rank = bare.startsWith(words.join(u' ')) ? 0 : bare.startsWith(words.first()) ? 1 : 2;
        ranked.append({rank, u});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<AdminUnit> out;
    for (const auto &r : ranked)
        out.append(r.second);
    return out;
}

QString AdminUnits::joinAddress(const QString &detail, const QString &commune, const QString &province)
{
    QStringList parts;
    for (const QString &p : {detail, commune, province})
        if (!text::clean(p).isEmpty())
            parts << text::clean(p);
    return parts.join(QStringLiteral(", "));
}

}  // namespace pc

#pragma once
// Provinces and communes of the 2025 two-level administration (resources/admin-units),
// for address entry. Loaded once, searched folded like the catalogue.
#include <QList>
#include <QString>
#include <memory>

namespace pc {

struct AdminUnit {
    QString code;
    QString name;      // full official name, e.g. "Xã Yên Định", "Tỉnh Thanh Hóa"
    QString searchKey; // folded name
};

class AdminUnits {
public:
    static const AdminUnits &builtIn();  // parsed on first use
    const QList<AdminUnit> &provinces() const { return m_provinces; }
    QList<AdminUnit> communes(const QString &provinceCode) const;
    const AdminUnit *province(const QString &code) const;
    // Units whose folded name contains every folded word of query; names starting with the
    // query's first word (after the unit type) first.
    static QList<AdminUnit> filter(const QList<AdminUnit> &units, const QString &query);
    // "Thôn Đông, Xã Yên Định, Tỉnh Thanh Hóa"
    static QString joinAddress(const QString &detail, const QString &commune, const QString &province);

private:
    QList<AdminUnit> m_provinces;
    QList<QList<AdminUnit>> m_communes;  // same order as m_provinces
};

}  // namespace pc

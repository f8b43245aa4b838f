#pragma once
// Reference data that "arrives" in the one-source tests: a newer catalogue version in which the
// retail-liquor licence (2.000620) takes 12 working days instead of the built-in 8, and a
// 2027 holiday schedule: the statutory days off of 2027 (as the rules place them) plus Friday
// 19/03/2027, its only weekday off in March (a TEST FIXTURE, not an announced schedule). Expected moments, counted by hand in working-day blocks from a
// receipt on Monday 08/03/2027 at 09:00 (March 2027 has no statutory holiday: Tết 2027 is in
// February, Giỗ Tổ 10/3 lunar falls on 16/04/2027):
//   built-in catalogue, rules:  +8  → 09, 10, 11, 12, 15, 16, 17, 18      → Thu 18/03/2027 09:00
//   new catalogue, rules:       +12 → … 18, 19, 22, 23, 24                → Wed 24/03/2027 09:00
//   new catalogue and schedule: +12 → … 18, (19 off), 22, 23, 24, 25      → Thu 25/03/2027 09:00
#include "catalogue/Catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::test {

inline const QString kLiquorLicence = QStringLiteral("2.000620");

// The built-in catalogue with version `version` and 2.000620 lasting 12 working days.
inline QByteArray longerLiquorCatalogue(int version)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::builtInJson()).object();
    root[QStringLiteral("version")] = version;
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        QJsonObject p = procedures.at(i).toObject();
        if (p.value(QStringLiteral("code")).toString() == kLiquorLicence) {
            p[QStringLiteral("duration")] = QJsonObject{{QStringLiteral("working_days"), 12}};
            procedures[i] = p;
        }
    }
    root[QStringLiteral("procedures")] = procedures;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The built-in catalogue with version `version` and without 2.000620.
inline QByteArray catalogueWithoutLiquorLicence(int version)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::builtInJson()).object();
    root[QStringLiteral("version")] = version;
    QJsonArray kept;
    for (const QJsonValue &p : root.value(QStringLiteral("procedures")).toArray())
        if (p.toObject().value(QStringLiteral("code")).toString() != kLiquorLicence)
            kept.append(p);
    root[QStringLiteral("procedures")] = kept;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The built-in catalogue with version `version` and field "CT" renamed to `name`.
inline QByteArray catalogueRenamingField(int version, const QString &name)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::builtInJson()).object();
    root[QStringLiteral("version")] = version;
    QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject f = fields.at(i).toObject();
        if (f.value(QStringLiteral("code")).toString() == QStringLiteral("CT")) {
            f[QStringLiteral("name")] = name;
            fields[i] = f;
        }
    }
    root[QStringLiteral("fields")] = fields;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

inline QByteArray friday19MarchOffSchedule2027()
{
    return QByteArray(R"json({"format": "postcounter-holiday-schedule", "format_version": 1, "year": 2027,
        "source": "Lịch thử nghiệm (dữ liệu kiểm thử, không phải văn bản công bố)",
        "days_off": [{"date": "2027-01-01", "name": "Tết Dương lịch"},
                     {"date": "2027-02-04", "name": "Nghỉ bù Tết Nguyên Đán"},
                     {"date": "2027-02-05", "name": "Tết Nguyên Đán"},
                     {"date": "2027-02-08", "name": "Tết Nguyên Đán"},
                     {"date": "2027-02-09", "name": "Tết Nguyên Đán"},
                     {"date": "2027-02-10", "name": "Nghỉ bù Tết Nguyên Đán"},
                     {"date": "2027-03-19", "name": "Ngày nghỉ thử nghiệm"},
                     {"date": "2027-04-16", "name": "Giỗ Tổ Hùng Vương"},
                     {"date": "2027-04-30", "name": "Ngày Chiến thắng"},
                     {"date": "2027-05-03", "name": "Nghỉ bù Ngày Quốc tế Lao động"},
                     {"date": "2027-09-02", "name": "Quốc khánh"},
                     {"date": "2027-09-03", "name": "Quốc khánh"},
                     {"date": "2027-11-24", "name": "Ngày Văn hóa Việt Nam"}],
        "working_saturdays": []})json");
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace pc::test

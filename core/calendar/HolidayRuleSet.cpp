#include "HolidayRuleSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class RuleSetText {
    Q_DECLARE_TR_FUNCTIONS(pc::RuleSetText)
};

const QStringList kWeekdays{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s};

// Collects problems with the JSON path they concern, so the author of a rule file sees all of
// them at once.
class Checker {
public:
    QStringList problems;
    void add(const QString &path, const QString &what) { problems << u"%1: %2"_s.arg(path, what); }

    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            add(path + u'.' + key, RuleSetText::tr("phải là một chuỗi không rỗng."));
            return {};
        }
        return v.toString().trimmed();
    }
    int integer(const QJsonObject &o, const QString &key, const QString &path, int lo, int hi)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != int(d) || d < lo || d > hi) {
            add(path + u'.' + key, RuleSetText::tr("phải là số nguyên từ %1 đến %2.").arg(lo).arg(hi));
            return 0;
        }
        return int(d);
    }
    QDate date(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid() || v.toString().size() != 10)
            add(path + u'.' + key, RuleSetText::tr("phải là một ngày dạng YYYY-MM-DD."));
        return d;
    }
    void onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &path)
    {
        for (const QString &k : o.keys())
            if (!allowed.contains(k))
                add(path + u'.' + k, RuleSetText::tr("khóa không được biết (gõ nhầm?)."));
    }
};

HolidayRule::Kind kindFrom(const QString &k, bool &ok)
{
    ok = true;
    if (k == u"solar_fixed") return HolidayRule::Kind::SolarFixed;
    if (k == u"lunar_fixed") return HolidayRule::Kind::LunarFixed;
    if (k == u"tet_block") return HolidayRule::Kind::TetBlock;
    if (k == u"adjacent_day") return HolidayRule::Kind::AdjacentDay;
    ok = false;
    return HolidayRule::Kind::SolarFixed;
}

void readRule(Checker &c, const QJsonObject &o, const QString &path, HolidayRule &r)
{
    r.id = c.text(o, u"id"_s, path);
    if (!r.id.isEmpty() && !QRegularExpression(u"^[a-z0-9][a-z0-9-]*$"_s).match(r.id).hasMatch())
        c.add(path + u".id"_s, RuleSetText::tr("chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang."));
    r.name = c.text(o, u"name"_s, path);
    r.shortName = c.text(o, u"short_name"_s, path, false);
    if (r.shortName.isEmpty())
        r.shortName = r.name;
    r.legalBasis = c.text(o, u"legal_basis"_s, path);
    r.effectiveFrom = c.date(o, u"effective_from"_s, path, true);
    r.effectiveTo = c.date(o, u"effective_to"_s, path, false);
    if (r.effectiveFrom.isValid() && r.effectiveTo.isValid() && r.effectiveTo < r.effectiveFrom)
        c.add(path + u".effective_to"_s, RuleSetText::tr("trước effective_from."));
    const QString comp = o.value(u"compensation").toString();
    if (comp == u"next_working_day")
        r.compensation = HolidayRule::Compensation::NextWorkingDay;
    else if (comp == u"tet_practice")
        r.compensation = HolidayRule::Compensation::TetPractice;
    else
        c.add(path + u".compensation"_s, RuleSetText::tr("phải là \"next_working_day\" hoặc \"tet_practice\"."));

    bool kindOk = false;
    r.kind = kindFrom(o.value(u"kind").toString(), kindOk);
    QStringList allowed{u"id"_s, u"kind"_s, u"name"_s, u"short_name"_s, u"legal_basis"_s, u"effective_from"_s,
                        u"effective_to"_s, u"compensation"_s, u"note"_s};
    if (!kindOk) {
        c.add(path + u".kind"_s, RuleSetText::tr("phải là solar_fixed, lunar_fixed, tet_block hoặc adjacent_day."));
        return;
    }
    if (r.compensation == HolidayRule::Compensation::TetPractice && r.kind != HolidayRule::Kind::TetBlock)
        c.add(path + u".compensation"_s, RuleSetText::tr("\"tet_practice\" chỉ dùng cho quy tắc tet_block."));
    switch (r.kind) {
    case HolidayRule::Kind::SolarFixed:
    case HolidayRule::Kind::AdjacentDay:
        allowed << u"month"_s << u"day"_s;
        r.month = c.integer(o, u"month"_s, path, 1, 12);
        r.day = c.integer(o, u"day"_s, path, 1, 31);
        if (r.month && r.day && !QDate(2000, r.month, r.day).isValid())  // 2000: a leap year, so 29/2 passes
            c.add(path + u".day"_s, RuleSetText::tr("tháng %1 không có ngày %2.").arg(r.month).arg(r.day));
        break;
    case HolidayRule::Kind::LunarFixed:
        allowed << u"month"_s << u"day"_s;
        r.month = c.integer(o, u"month"_s, path, 1, 12);
        r.day = c.integer(o, u"day"_s, path, 1, 29);  // day 30 does not exist every year
        break;
    case HolidayRule::Kind::TetBlock:
        allowed << u"days"_s;
        r.tetDays = o.contains(u"days") ? c.integer(o, u"days"_s, path, 2, 9) : 5;
        break;
    }
    if (r.kind != HolidayRule::Kind::AdjacentDay) {
        c.onlyKeys(o, allowed, path);
        return;
    }
    allowed << u"adjacent_by_weekday"_s;
    c.onlyKeys(o, allowed, path);
    const QJsonObject table = o.value(u"adjacent_by_weekday").toObject();
    const QString tablePath = path + u".adjacent_by_weekday"_s;
    if (!o.value(u"adjacent_by_weekday").isObject()) {
        c.add(tablePath, RuleSetText::tr("phải là một đối tượng với 7 khóa monday … sunday."));
        return;
    }
    c.onlyKeys(table, kWeekdays, tablePath);
    for (int i = 0; i < 7; ++i) {
        const QString v = table.value(kWeekdays[i]).toString();
        if (v == u"before")
            r.adjacentByWeekday[i] = -1;
        else if (v == u"after")
            r.adjacentByWeekday[i] = 1;
        else
            c.add(tablePath + u'.' + kWeekdays[i], RuleSetText::tr("phải là \"before\" hoặc \"after\"."));
    }
}
}  // namespace

Result<HolidayRuleSet> HolidayRuleSet::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(RuleSetText::tr("Tệp quy tắc ngày nghỉ không phải JSON hợp lệ (vị trí %1: %2).").arg(err.offset).arg(err.errorString()));
    const QJsonObject o = doc.object();
    Checker c;
    if (o.value(u"format").toString() != u"postcounter-holiday-rules" || o.value(u"format_version").toInt() != 1)
        c.add(u"$"_s, RuleSetText::tr("không phải tệp quy tắc ngày nghỉ PostCounter (format postcounter-holiday-rules, format_version 1)."));
    HolidayRuleSet s;
    s.version = c.text(o, u"version"_s, u"$"_s);
    if (!s.version.isEmpty() && !QRegularExpression(u"^[0-9]{4}\\.[0-9]{1,4}$"_s).match(s.version).hasMatch())
        c.add(u"$.version"_s, RuleSetText::tr("phải có dạng NĂM.SỐ, ví dụ 2026.1."));
    s.source = c.text(o, u"source"_s, u"$"_s);
    c.onlyKeys(o, {u"format"_s, u"format_version"_s, u"version"_s, u"source"_s, u"rules"_s, u"note"_s}, u"$"_s);
    const QJsonArray rules = o.value(u"rules").toArray();
    if (!o.value(u"rules").isArray() || rules.isEmpty())
        c.add(u"$.rules"_s, RuleSetText::tr("phải là một danh sách quy tắc không rỗng."));
    QSet<QString> ids;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString path = u"$.rules[%1]"_s.arg(i);
        if (!rules.at(i).isObject()) {
            c.add(path, RuleSetText::tr("phải là một đối tượng."));
            continue;
        }
        HolidayRule r;
        readRule(c, rules.at(i).toObject(), path, r);
        if (!r.id.isEmpty() && ids.contains(r.id))
            c.add(path + u".id"_s, RuleSetText::tr("\"%1\" bị lặp.").arg(r.id));
        ids.insert(r.id);
        s.rules.append(r);
    }
    if (!c.problems.isEmpty())
        return Error::badInput(RuleSetText::tr("Tệp quy tắc ngày nghỉ có lỗi."), c.problems);
    s.document = json;
    return s;
}

std::shared_ptr<const HolidayRuleSet> HolidayRuleSet::builtIn()
{
    static const std::shared_ptr<const HolidayRuleSet> rules = [] {
        QFile f(u":/calendar/holiday-rules.json"_s);
        auto parsed = f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : Result<HolidayRuleSet>(Error::internal(QString()));
        // The shipped file is checked by a test; a broken one is a build defect, not a runtime state.
        Q_ASSERT(parsed);
        return std::make_shared<const HolidayRuleSet>(parsed ? parsed.value() : HolidayRuleSet{});
    }();
    return rules;
}

int HolidayRuleSet::compareVersions(const QString &a, const QString &b)
{
    const auto key = [](const QString &v) { return std::pair(v.section(u'.', 0, 0).toInt(), v.section(u'.', 1).toInt()); };
    const auto ka = key(a), kb = key(b);
    return ka < kb ? -1 : kb < ka ? 1 : 0;
}

}  // namespace pc

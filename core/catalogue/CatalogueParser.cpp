// Parses and validates the catalogue JSON (format "postcounter-catalogue", version 1).
// Collects every problem with its JSON path so whoever edits the file can fix them all at once.
#include "Catalogue.h"
#include "util/Result.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pc {

class CatalogueParser {
    Q_DECLARE_TR_FUNCTIONS(pc::CatalogueParser)
public:
    explicit CatalogueParser(Catalogue &c) : m_c(c) {}
    QStringList problems;

    void parse(const QJsonObject &root)
    {
        if (root.value(u"format").toString() != u"postcounter-catalogue")
            problem(QStringLiteral("format"), tr("không phải tệp danh mục PostCounter"));
        if (root.value(u"format_version").toInt() != 1)
            problem(QStringLiteral("format_version"), tr("phiên bản định dạng không được hỗ trợ (cần 1)"));
        m_c.m_version = root.value(u"version").toInt();
        if (m_c.m_version <= 0)
            problem(QStringLiteral("version"), tr("phải là số nguyên dương"));
        m_c.m_sample = root.value(u"sample").toBool();
        m_c.m_notice = root.value(u"notice").toString();

        const QJsonArray agencies = array(root, QStringLiteral("agencies"));
        for (qsizetype i = 0; i < agencies.size(); ++i) {
            const QString at = QStringLiteral("agencies[%1]").arg(i);
            const QJsonObject o = agencies.at(i).toObject();
            Agency a{string(o, at, QStringLiteral("code")), string(o, at, QStringLiteral("name")), o.value(u"level").toString()};
            if (!insertNew(agencyCodes, a.code))
                problem(at + QStringLiteral(".code"), tr("mã cơ quan bị trùng: %1").arg(a.code));
            m_c.m_agencies.append(a);
        }
        const QJsonArray fields = array(root, QStringLiteral("fields"));
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString at = QStringLiteral("fields[%1]").arg(i);
            const QJsonObject o = fields.at(i).toObject();
            Field f{string(o, at, QStringLiteral("code")), string(o, at, QStringLiteral("name")), string(o, at, QStringLiteral("agency"))};
            if (!insertNew(fieldCodes, f.code))
                problem(at + QStringLiteral(".code"), tr("mã lĩnh vực bị trùng: %1").arg(f.code));
            if (!f.agencyCode.isEmpty() && !agencyCodes.contains(f.agencyCode))
                problem(at + QStringLiteral(".agency"), tr("cơ quan không có trong danh mục: %1").arg(f.agencyCode));
            m_c.m_fields.append(f);
        }
        const QJsonArray procedures = array(root, QStringLiteral("procedures"));
        if (procedures.isEmpty())
            problem(QStringLiteral("procedures"), tr("danh mục không có thủ tục nào"));
        for (qsizetype i = 0; i < procedures.size(); ++i)
            parseProcedure(procedures.at(i).toObject(), QStringLiteral("procedures[%1]").arg(i));
    }

private:
    Catalogue &m_c;
    QSet<QString> agencyCodes, fieldCodes, procedureCodes;

    static bool insertNew(QSet<QString> &set, const QString &v)
    {
        if (set.contains(v))
            return false;
        set.insert(v);
        return true;
    }

    void problem(const QString &at, const QString &what) { problems.append(at + QStringLiteral(": ") + what); }

    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        if (!o.value(key).isArray()) {
            problem(key, tr("thiếu hoặc không phải mảng"));
            return {};
        }
        return o.value(key).toArray();
    }
    QString string(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QString v = text::clean(o.value(key).toString());
        if (v.isEmpty())
            problem(at + QLatin1Char('.') + key, tr("thiếu hoặc rỗng"));
        return v;
    }
    int count(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != static_cast<double>(v.toInt())) {
            problem(at + QLatin1Char('.') + key, tr("phải là số nguyên không âm"));
            return 0;
        }
        return v.toInt();
    }

    // "duration": null when the law fixes no total time ("theo thông báo"); {"same_day": true}
    // for same-day procedures (with their "cutoff"); else exactly one positive count.
    void parseDuration(const QJsonObject &o, const QString &at, Procedure &p)
    {
        const QJsonValue v = o.value(u"duration");
        if (v.isNull()) {
            p.duration = {Duration::Kind::ByNotice, 0};
            return;
        }
        const QJsonObject d = v.toObject();
        if (d.value(u"same_day").toBool() && d.size() == 1) {
            p.duration = {Duration::Kind::CalendarDays, 0};
            return;
        }
        static const std::pair<const char16_t *, Duration::Kind> kinds[] = {
            {u"working_days", Duration::Kind::WorkingDays},
            {u"working_hours", Duration::Kind::WorkingHours},
            {u"calendar_days", Duration::Kind::CalendarDays}};
        int found = 0;
        for (const auto &[key, kind] : kinds) {
            if (d.contains(QStringView(key))) {
                ++found;
                p.duration = {kind, count(d, at + QStringLiteral(".duration"), QString::fromUtf16(key))};
            }
        }
        if (!v.isObject() || found != 1 || d.size() != 1 || p.duration.value <= 0)
            problem(at + QStringLiteral(".duration"),
                    tr("cần null (theo thông báo), {\"same_day\": true} hoặc đúng một trong working_days, working_hours, "
                       "calendar_days với giá trị dương"));
    }

    // "fees": {fee, charge} for one amount for everyone, or "fee_variants": a list of
    // {id, condition, applicant_kind?, area?, fee, charge, source?}, never both.
    void parseFees(const QJsonObject &o, const QString &at, Procedure &p)
    {
        const bool hasVariants = o.contains(u"fee_variants");
        if (hasVariants && o.contains(u"fees"))
            problem(at, tr("chỉ dùng một trong fees hoặc fee_variants"));
        if (!hasVariants) {
            const QJsonObject fees = o.value(u"fees").toObject();
            p.fee = Money{count(fees, at + QStringLiteral(".fees"), QStringLiteral("fee"))};
            p.charge = Money{count(fees, at + QStringLiteral(".fees"), QStringLiteral("charge"))};
            p.feeVariants = {FeeVariant{QStringLiteral("chung"), QString(), QString(), QString(), p.fee, p.charge, p.source}};
            return;
        }
        const QJsonArray variants = o.value(u"fee_variants").toArray();
        if (variants.isEmpty())
            problem(at + QStringLiteral(".fee_variants"), tr("cần ít nhất một mức phí"));
        static const QStringList kinds{QString(), QStringLiteral("citizen"), QStringLiteral("household"),
                                       QStringLiteral("organisation"), QStringLiteral("enterprise")};
        static const QStringList areas{QString(), QStringLiteral("city"), QStringLiteral("other")};
        QSet<QString> ids;
        for (qsizetype j = 0; j < variants.size(); ++j) {
            const QString vat = at + QStringLiteral(".fee_variants[%1]").arg(j);
            const QJsonObject vj = variants.at(j).toObject();
            FeeVariant f;
            f.id = string(vj, vat, QStringLiteral("id"));
            f.condition = string(vj, vat, QStringLiteral("condition"));
            f.applicantKind = vj.value(u"applicant_kind").toString();
            f.area = vj.value(u"area").toString();
            f.fee = Money{count(vj, vat, QStringLiteral("fee"))};
            f.charge = Money{count(vj, vat, QStringLiteral("charge"))};
            f.source = vj.value(u"source").toString();
            if (!f.id.isEmpty() && !insertNew(ids, f.id))
                problem(vat + QStringLiteral(".id"), tr("mã mức phí bị trùng: %1").arg(f.id));
            if (!kinds.contains(f.applicantKind))
                problem(vat + QStringLiteral(".applicant_kind"),
                        tr("loại người nộp không hợp lệ: %1 (citizen, household, organisation, enterprise)").arg(f.applicantKind));
            if (!areas.contains(f.area))
                problem(vat + QStringLiteral(".area"), tr("khu vực không hợp lệ: %1 (city, other)").arg(f.area));
            p.feeVariants.append(f);
        }
        if (p.feeVariants.size() == 1) {
            p.fee = p.feeVariants.first().fee;
            p.charge = p.feeVariants.first().charge;
        }
    }

    void parseProcedure(const QJsonObject &o, const QString &at)
    {
        Procedure p;
        p.code = string(o, at, QStringLiteral("code"));
        p.name = string(o, at, QStringLiteral("name"));
        p.fieldCode = string(o, at, QStringLiteral("field"));
        p.level = o.value(u"level").toString();
        if (!p.code.isEmpty() && !insertNew(procedureCodes, p.code))
            problem(at + QStringLiteral(".code"), tr("mã thủ tục bị trùng: %1").arg(p.code));
        if (!p.fieldCode.isEmpty() && !fieldCodes.contains(p.fieldCode))
            problem(at + QStringLiteral(".field"), tr("lĩnh vực không có trong danh mục: %1").arg(p.fieldCode));
        p.agencyCode = o.value(u"agency").toString();
        if (p.agencyCode.isEmpty()) {
            for (const Field &f : m_c.m_fields)
                if (f.code == p.fieldCode)
                    p.agencyCode = f.agencyCode;
        } else if (!agencyCodes.contains(p.agencyCode)) {
            problem(at + QStringLiteral(".agency"), tr("cơ quan không có trong danh mục: %1").arg(p.agencyCode));
        }

        p.source = o.value(u"source").toString();
        parseDuration(o, at, p);

        if (o.contains(u"cutoff")) {
            p.cutoff = QTime::fromString(o.value(u"cutoff").toString(), QStringLiteral("HH:mm"));
            if (!p.cutoff.isValid())
                problem(at + QStringLiteral(".cutoff"), tr("giờ không hợp lệ (cần HH:mm)"));
        }
        parseFees(o, at, p);

        const QJsonArray docs = o.value(u"documents").toArray();
        if (docs.isEmpty())
            problem(at + QStringLiteral(".documents"), tr("thủ tục phải có ít nhất một thành phần hồ sơ"));
        for (qsizetype j = 0; j < docs.size(); ++j) {
            const QString dat = at + QStringLiteral(".documents[%1]").arg(j);
            const QJsonObject dj = docs.at(j).toObject();
            DocumentRequirement r{string(dj, dat, QStringLiteral("name")), count(dj, dat, QStringLiteral("originals")),
                                  count(dj, dat, QStringLiteral("copies")), dj.value(u"required").toBool(true)};
            if (r.originals + r.copies == 0)
                problem(dat, tr("cần ít nhất một bản chính hoặc bản sao"));
            p.documents.append(r);
        }
        for (const QJsonValue &v : o.value(u"delivery").toArray()) {
            const QString m = v.toString();
            if (m != u"counter" && m != u"post")
                problem(at + QStringLiteral(".delivery"), tr("cách trả kết quả không hợp lệ: %1").arg(m));
            p.delivery.append(m);
        }
        if (p.delivery.isEmpty())
            p.delivery = {QStringLiteral("counter")};
        p.note = o.value(u"note").toString();
        p.confidence = o.value(u"confidence").toString();
        for (const QJsonValue &v : o.value(u"unverified").toArray())
            p.unverified.append(v.toString());
        p.codeIsLocal = o.value(u"code_is_local").toBool();
        m_c.m_procedures.append(p);
    }
};

Result<std::shared_ptr<const Catalogue>> Catalogue::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(CatalogueParser::tr("Tệp danh mục không phải JSON hợp lệ (vị trí %1: %2).")
                                   .arg(err.offset).arg(err.errorString()));
    auto c = std::make_shared<Catalogue>();
    CatalogueParser parser(*c);
    parser.parse(doc.object());
    if (!parser.problems.isEmpty())
        return Error::badInput(CatalogueParser::tr("Tệp danh mục có %n lỗi.", nullptr,
                                                           static_cast<int>(parser.problems.size())),
                               parser.problems);
    for (qsizetype i = 0; i < c->m_procedures.size(); ++i) {
        const Procedure &p = c->m_procedures.at(i);
        c->m_byCode.insert(p.code, i);
        c->m_nameWords.append(text::foldedWords(p.name));
        QStringList extra;
        if (const Field *f = c->field(p.fieldCode))
            extra += text::foldedWords(f->name);
        if (const Agency *a = c->agency(p.agencyCode))
            extra += text::foldedWords(a->name);
        c->m_extraWords.append(extra);
    }
    return std::shared_ptr<const Catalogue>(std::move(c));
}

QByteArray Catalogue::builtInJson()
{
    QFile f(QStringLiteral(":/catalogue/default-catalogue.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

}  // namespace pc

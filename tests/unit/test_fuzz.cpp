// Random bytes into every parser: no crash, no hang, and a clear error for what is rejected.
#include "calendar/HolidaySchedule.h"
#include "calendar/WorkingHours.h"
#include "catalogue/Catalogue.h"
#include "domain/CccdQr.h"
#include "domain/DossierCode.h"
#include "domain/Identifiers.h"
#include "domain/TextRules.h"
#include "services/DossierJson.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace pc;

namespace {
QByteArray randomBytes(QRandomGenerator &rng, int maxLen)
{
    QByteArray b(rng.bounded(maxLen + 1), Qt::Uninitialized);
    for (char &c : b)
        c = static_cast<char>(rng.bounded(256));
    return b;
}
// Mutates a valid document: flips, deletes and duplicates bytes, so the fuzzing gets past the
// first '{' far more often than pure noise would.
QByteArray mutate(QRandomGenerator &rng, QByteArray b)
{
    const int edits = 1 + rng.bounded(8);
    for (int i = 0; i < edits && !b.isEmpty(); ++i) {
        const int at = rng.bounded(static_cast<int>(b.size()));
        switch (rng.bounded(3)) {
        case 0: b[at] = static_cast<char>(rng.bounded(256)); break;
        case 1: b.remove(at, 1 + rng.bounded(10)); break;
        default: b.insert(at, b.mid(rng.bounded(static_cast<int>(b.size())), 1 + rng.bounded(20))); break;
        }
    }
    return b;
}
const char *kDraft = R"({"procedure": "2.000620", "applicant": {"name": "Nguyễn Văn Đức", "id_number": "001089012345",
  "birth_date": "1989-05-02", "gender": "Nam"}, "documents": [{"name": "Đơn", "originals": 1}], "sets": 1,
  "delivery": {"method": "post", "address": "Hà Nội"}, "received_at": "2026-11-25T09:00"})";
const char *kSchedule = R"({"format": "postcounter-holiday-schedule", "format_version": 1, "year": 2025, "source": "x",
  "days_off": [{"date": "2025-01-27", "name": "Tết"}], "working_saturdays": ["2025-04-26"]})";
}  // namespace

TEST_CASE("fuzz: every parser survives random and mutated input", "[fuzz]")
{
    QRandomGenerator rng(20261128);  // fixed seed: a failure reproduces
    const QByteArray catalogue = Catalogue::builtInJson();
    for (int i = 0; i < 3000; ++i) {
        const QByteArray noise = randomBytes(rng, 200);
        const QString text = QString::fromUtf8(noise);
        if (auto r = draftFromJson(noise); !r) CHECK(!r.error().message.isEmpty());
        if (auto r = draftFromJson(mutate(rng, kDraft)); !r) CHECK(!r.error().message.isEmpty());
        if (auto r = HolidaySchedule::fromJson(mutate(rng, kSchedule)); !r) CHECK(!r.error().message.isEmpty());
        if (auto r = HolidaySchedule::fromJson(noise); !r) CHECK(!r.error().message.isEmpty());
        if (auto r = CccdQr::parse(text); !r) CHECK(!r.error().message.isEmpty());
        const QString qrish = QStringLiteral("001089012345|") + text;
        if (auto r = CccdQr::parse(qrish); !r) CHECK(!r.error().message.isEmpty());
        const IdCheck id = checkPersonalId(text, QDate(2026, 11, 28));
        CHECK((id.valid || !id.reason.isEmpty()));
        (void)checkS10(text);
        (void)checkPhone(text);
        (void)checkEmail(text);
        (void)DossierCode::parse(text);
        (void)WorkingHours::parse(text);
        (void)parseLocalOrOffsetTime(text);
        for (TextKind kind : {TextKind::Name, TextKind::Address, TextKind::Note, TextKind::DocumentName, TextKind::Email, TextKind::Identifier})
            (void)TextRules::check(text, kind, QStringLiteral("x"));
        (void)TextRules::excerpt(text);
        if (i % 30 == 0)
            if (auto r = Catalogue::fromJson(mutate(rng, catalogue)); !r)
                CHECK(!r.error().message.isEmpty());
    }
}

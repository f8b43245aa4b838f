#include "Catalogue.h"

#include "util/TextFold.h"

#include <QCoreApplication>
#include <algorithm>

namespace pc {

QString Duration::describe() const
{
    switch (kind) {
    case Kind::WorkingDays:
        return QCoreApplication::translate("Duration", "%n ngày làm việc", nullptr, value);
    case Kind::WorkingHours:
        return QCoreApplication::translate("Duration", "%n giờ làm việc", nullptr, value);
    case Kind::CalendarDays:
        if (value == 0)
            return QCoreApplication::translate("Duration", "trong ngày (tiếp nhận sau giờ hạn: ngày làm việc tiếp theo)");
        return QCoreApplication::translate("Duration", "%n ngày", nullptr, value);
    case Kind::ByNotice:
        return QCoreApplication::translate("Duration", "theo thông báo của cơ quan giải quyết");
    }
    return {};
}

const Procedure *Catalogue::procedure(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed());
    return it == m_byCode.cend() ? nullptr : &m_procedures.at(*it);
}

const Field *Catalogue::field(const QString &code) const
{
    for (const Field &f : m_fields)
        if (f.code == code)
            return &f;
    return nullptr;
}

const Agency *Catalogue::agency(const QString &code) const
{
    for (const Agency &a : m_agencies)
        if (a.code == code)
            return &a;
    return nullptr;
}

namespace {
// How well one query word matches a list of words: whole word, word prefix, or inside a word.
int wordScore(const QString &token, const QStringList &words, int whole, int prefix, int inside)
{
    int best = 0;
    for (const QString &w : words) {
        if (w == token)
            return whole;
        if (w.startsWith(token))
            best = std::max(best, prefix);
        else if (token.size() >= 3 && w.contains(token))
            best = std::max(best, inside);
    }
    return best;
}
}  // namespace

QList<SearchHit> Catalogue::search(const QString &query, int limit) const
{
    const QString folded = text::fold(query);
    const QStringList tokens = text::foldedWords(query);
    QList<SearchHit> hits;
    if (tokens.isEmpty())
        return hits;
    for (qsizetype i = 0; i < m_procedures.size(); ++i) {
        const Procedure &p = m_procedures.at(i);
        const QString code = text::fold(p.code);
        int score = 0;
        if (code == folded)
            score += 100000;
        else if (code.startsWith(folded))
            score += 50000;
        bool all = true;
        for (const QString &t : tokens) {
            const int s = std::max(wordScore(t, m_nameWords.at(i), 30, 20, 8),
                                   wordScore(t, m_extraWords.at(i), 10, 6, 2));
            if (s == 0 && !code.startsWith(t)) {
                all = false;
                break;
            }
            score += s;
        }
        if (!all && score < 50000)
            continue;
        // the words in the typed order, next to each other, rank above scattered ones
        if (tokens.size() > 1 && m_nameWords.at(i).join(QLatin1Char(' ')).contains(tokens.join(QLatin1Char(' '))))
            score += 40;
        hits.append({&p, score});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.procedure->name.size() < b.procedure->name.size();  // the more specific name first
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

}  // namespace pc

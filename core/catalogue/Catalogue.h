#pragma once
// An immutable, validated catalogue version and its ranked, folded search.
#include "Procedure.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <memory>

namespace pc {

template <typename T> class Result;

struct SearchHit {
    const Procedure *procedure = nullptr;
    int score = 0;
};

class Catalogue {
public:
    // Parses and validates a catalogue JSON document. Every problem is reported with its
    // place (e.g. "procedures[3].duration"), never a crash.
    static Result<std::shared_ptr<const Catalogue>> fromJson(const QByteArray &json);
    // The default catalogue built into the application.
    static QByteArray builtInJson();

    int version() const { return m_version; }
    bool isSample() const { return m_sample; }
    QString notice() const { return m_notice; }
    const QList<Field> &fields() const { return m_fields; }
    const QList<Agency> &agencies() const { return m_agencies; }
    const QList<Procedure> &procedures() const { return m_procedures; }

    const Procedure *procedure(const QString &code) const;
    const Field *field(const QString &code) const;
    const Agency *agency(const QString &code) const;

    // Best first. Words match folded (case, diacritics, đ → d); every word must match.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

private:
    friend class CatalogueParser;
    int m_version = 0;
    bool m_sample = false;
    QString m_notice;
    QList<Field> m_fields;
    QList<Agency> m_agencies;
    QList<Procedure> m_procedures;
    QHash<QString, qsizetype> m_byCode;
    QList<QStringList> m_nameWords;   // folded words of each procedure's name, same order
    QList<QStringList> m_extraWords;  // folded words of its field and agency
};

}  // namespace pc

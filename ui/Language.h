#pragma once
// UI language: Vietnamese by default, English second. Source strings are Vietnamese, so the
// Vietnamese UI never depends on a .qm file being found.
#include <QString>
#include <QStringList>

class QTranslator;

namespace pc {

class Language {
public:
    static QStringList supported() { return {QStringLiteral("vi"), QStringLiteral("en")}; }
    // Installs the translator for lang ("vi" | "en"); false when lang is unknown.
    static bool apply(const QString &lang);
    static QString current();
};

}  // namespace pc

#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pc {
namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString currentLang = QStringLiteral("vi");
}  // namespace

bool Language::apply(const QString &lang)
{
    if (!supported().contains(lang))
        return false;
    for (QTranslator **t : {&appTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    appTranslator = new QTranslator;
    if (appTranslator->load(QStringLiteral(":/i18n/postcounter_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(appTranslator);
    // Qt's own strings (dialog buttons, file and print dialogs, text context menus): the
    // system's catalogue when it has one, else the subset PostCounter carries (Debian 12 has
    // no Vietnamese qtbase). English needs none: Qt's sources are English.
    qtTranslator = new QTranslator;
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTranslator->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(qtTranslator);
    QLocale::setDefault(QLocale(lang == u"vi" ? QLocale::Vietnamese : QLocale::English, lang == u"vi" ? QLocale::Vietnam : QLocale::UnitedKingdom));
    currentLang = lang;
    return true;
}

QString Language::current() { return currentLang; }

}  // namespace pc

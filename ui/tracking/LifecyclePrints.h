#pragma once
// The printed forms of a dossier's life after the receipt, as the window asks for them: the
// handover manifest with a control sheet per dossier, the apology and new appointment, the
// return slip and the postal label. Each prepares the form through DocumentService and hands
// it to the DocumentPresenter (print preview); printing never undoes what was recorded.
#include "util/Result.h"

#include <QStringList>

namespace pc {

class CounterServices;
class DocumentPresenter;

class LifecyclePrints {
public:
    LifecyclePrints(CounterServices &services, DocumentPresenter &presenter) : m_services(services), m_presenter(presenter) {}
    // The manifest of `handoverNumber`, then one control sheet per dossier of `codes`; nothing
    // is shown unless every form could be prepared. Each returns the service's reason otherwise.
    Status handover(const QString &handoverNumber, const QStringList &codes);
    Status apology(const QString &code);
    Status returnSlip(const QString &code);
    Status postalLabel(const QString &code);

private:
    CounterServices &m_services;
    DocumentPresenter &m_presenter;
};

}  // namespace pc

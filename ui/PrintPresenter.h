#pragma once
// The real DocumentPresenter: a print preview on the configured printer and layout; Enter or
// Ctrl+P prints at once, Ctrl+E exports a PDF and says where it saved it. The print is logged
// only once it succeeded; only a paper print makes the next copy a reprint.
#include "CounterSeams.h"

class QWidget;

namespace pc {

class CounterServices;
class CurrentActor;

class PrintPresenter final : public DocumentPresenter {
public:
    PrintPresenter(CounterServices &services, QWidget *parent) : m_services(services), m_parent(parent) {}
    void present(const PreparedDocument &doc) override;
    // Who prints (audited): the window's signed-in clerk, set once the window exists.
    void setCurrentActor(const CurrentActor *actor) { m_actor = actor; }

private:
    CounterServices &m_services;
    QWidget *m_parent;
    const CurrentActor *m_actor = nullptr;
};

}  // namespace pc

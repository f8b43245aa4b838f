#pragma once
// The real DocumentPresenter: a print preview on the configured printer and layout; Enter or
// Ctrl+P prints at once, Ctrl+E exports a PDF and says where it saved it. The print is logged
// only once it succeeded; only a paper print makes the next copy a reprint.
#include "CounterSeams.h"

class QWidget;

namespace pc {

class CounterServices;

class PrintPresenter final : public DocumentPresenter {
public:
    PrintPresenter(CounterServices &services, QWidget *parent) : m_services(services), m_parent(parent) {}
    void present(const PreparedDocument &doc) override;

private:
    CounterServices &m_services;
    QWidget *m_parent;
};

}  // namespace pc

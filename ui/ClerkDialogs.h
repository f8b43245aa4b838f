#pragma once
// The real ClerkPrompts: modal questions the clerk answers with the keyboard (mnemonics,
// Enter for the safe default, Esc to go back), all in the UI language.
#include "CounterSeams.h"

class QWidget;

namespace pc {

class DialogPrompts final : public ClerkPrompts {
public:
    explicit DialogPrompts(QWidget *parent) : m_parent(parent) {}
    std::optional<RefusalAnswer> refusal(const QString &request, bool requestFromCatalogue) override;
    std::optional<QString> supplementReason(const QString &suggested) override;
    UnsavedAnswer unsavedWork(bool quitting) override;
    bool restoreDraft(const QString &summary) override;
    bool registerDuplicate(const QString &earlierCode, const QString &earlierTime) override;

private:
    QWidget *m_parent;
};

}  // namespace pc

#pragma once
// Test doubles for the counter's seams: documents are collected instead of shown, the refusal
// reason is scripted.
#include "CounterSeams.h"

#include <QList>

namespace pc::test {

class RecordingPresenter final : public DocumentPresenter {
public:
    void present(const PreparedDocument &doc) override { shown.append(doc); }
    QList<PreparedDocument> shown;
};

class ScriptedPrompts final : public ClerkPrompts {
public:
    std::optional<QString> refusalReason() override { return reason; }
    std::optional<QString> reason;
};

}  // namespace pc::test

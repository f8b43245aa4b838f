#pragma once
// What the counter screens ask of the outside world, passed in so tests can answer: showing a
// document (print preview and printer) and asking the clerk a question.
#include "services/DocumentService.h"

#include <QString>
#include <optional>

namespace pc {

class DocumentPresenter {
public:
    virtual ~DocumentPresenter() = default;
    // Shows the document for printing. Whatever happens there (printed, cancelled, printer
    // dead), nothing already registered is undone.
    virtual void present(const PreparedDocument &doc) = 0;
};

class ClerkPrompts {
public:
    virtual ~ClerkPrompts() = default;
    virtual std::optional<QString> refusalReason() = 0;
};

}  // namespace pc

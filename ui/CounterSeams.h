#pragma once
// What the counter screens ask of the outside world, passed in so tests can answer: showing a
// document (print preview and printer) and asking the clerk a question. The real questions
// (ClerkDialogs.h) are modal dialogs answered by keyboard; tests script the answers.
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

struct RefusalAnswer {
    QString request;  // "Nội dung yêu cầu": the procedure's name, or what the citizen asked for in words
    QString reason;
};

enum class UnsavedAnswer {
    Cancel,     // back to the dossier
    Discard,    // throw the half-typed dossier away
    KeepDraft,  // quit; the draft stays and is offered at the next start
};

class ClerkPrompts {
public:
    virtual ~ClerkPrompts() = default;
    // F11. `request` is the chosen procedure's name (fixed) or empty: then the clerk types it.
    virtual std::optional<RefusalAnswer> refusal(const QString &request, bool requestFromCatalogue) = 0;
    // F10: the reason printed on the supplement request, offered pre-filled.
    virtual std::optional<QString> supplementReason(const QString &suggested) = 0;
    // A half-typed dossier would be lost: Ctrl+N (quitting = false), Ctrl+Q or closing the window.
    virtual UnsavedAnswer unsavedWork(bool quitting) = 0;
    // At start: a dossier left half-typed by a crash or a power cut. True = restore it.
    virtual bool restoreDraft(const QString &summary) = 0;
    // The same applicant ID and procedure were registered earlier today. True = register anyway.
    virtual bool registerDuplicate(const QString &earlierCode, const QString &earlierTime) = 0;
};

}  // namespace pc

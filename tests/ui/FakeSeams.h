#pragma once
// Test doubles for the counter's seams: documents are collected instead of shown, the clerk's
// answers are scripted and every question asked is recorded.
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
    std::optional<RefusalAnswer> refusal(const QString &request, bool fromCatalogue) override
    {
        asked << QStringLiteral("refusal");
        refusalRequestShown = request;
        refusalRequestFixed = fromCatalogue;
        if (!reason)
            return std::nullopt;
        return RefusalAnswer{fromCatalogue || freeRequest.isEmpty() ? request : freeRequest, *reason};
    }
    std::optional<QString> supplementReason(const QString &suggested) override
    {
        asked << QStringLiteral("supplement");
        suggestedSupplementReason = suggested;
        if (cancelSupplement)
            return std::nullopt;
        return supplementReasonAnswer.value_or(suggested);
    }
    UnsavedAnswer unsavedWork(bool quitting) override
    {
        asked << (quitting ? QStringLiteral("unsaved-quit") : QStringLiteral("unsaved-new"));
        return unsaved;
    }
    bool restoreDraft(const QString &summary) override
    {
        asked << QStringLiteral("restore");
        draftSummary = summary;
        return restore;
    }
    bool registerDuplicate(const QString &earlierCode, const QString &) override
    {
        asked << QStringLiteral("duplicate");
        duplicateShown = earlierCode;
        return registerAnyway;
    }

    // answers
    std::optional<QString> reason;  // F11 reason; nullopt = the clerk cancels
    QString freeRequest;            // F11 "Nội dung yêu cầu" typed when no procedure was chosen
    std::optional<QString> supplementReasonAnswer;  // nullopt = accept the suggestion
    bool cancelSupplement = false;
    UnsavedAnswer unsaved = UnsavedAnswer::Cancel;
    bool restore = true;
    bool registerAnyway = false;
    // what was asked
    QStringList asked;
    QString refusalRequestShown;
    bool refusalRequestFixed = false;
    QString suggestedSupplementReason;
    QString draftSummary;
    QString duplicateShown;
};

}  // namespace pc::test

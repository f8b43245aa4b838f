#pragma once
// The intake screen: pick the procedure, take the applicant (typed or scanned from the ID
// card), tick the documents received, then F9 registers and prints the receipt; F10 prints a
// supplement request instead; F11 refuses with a reason. Keyboard first, every action has a key.
// What is being typed is kept as a draft in the database as the clerk types, so nothing is
// lost to Ctrl+N, a closed window, a crash or a power cut without the clerk saying so.
#include "domain/Guidance.h"
#include "services/DocumentService.h"
#include "services/ReferenceData.h"
#include "util/Result.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace pc {

class AddressEditor;
class ApplicantForm;
class ClerkPrompts;
class CounterServices;
class CurrentActor;
class DocumentChecklist;
class FeeVariantPicker;
class DocumentPresenter;
class ProcedurePicker;
class ScannerBurstFilter;
struct DossierDraft;

class IntakePage : public QWidget {
    Q_OBJECT
public:
    IntakePage(CounterServices &services, DocumentPresenter &presenter, ClerkPrompts &prompts, QWidget *parent = nullptr);

    // Who is at the counter (the window's CurrentActor): registrations and slips carry their name.
    void setCurrentActor(const CurrentActor *actor) { m_actor = actor; }

    void startNew();     // clears the form for the next citizen (no question) and focuses the procedure search
    bool requestNew();   // Ctrl+N: asks first when a dossier is half-typed; false = the clerk stayed
    bool confirmClose(); // the window is closing: asks when a dossier is half-typed; false = stay open
    void offerDraftRestore();  // at start: a draft left by a crash or power cut is offered back
    bool hasUnsavedWork() const;
    void saveDraftNow();
    bool save();             // F9
    bool printSupplement();  // F10
    bool refuse();           // F11

    ProcedurePicker *procedurePicker() const { return m_procedure; }
    ApplicantForm *applicantForm() const { return m_applicant; }
    DocumentChecklist *checklist() const { return m_documents; }
    QSpinBox *setsBox() const { return m_sets; }
    QComboBox *deliveryBox() const { return m_delivery; }
    AddressEditor *postalAddress() const { return m_postal; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *appointmentLabel() const { return m_appointment; }
    QLabel *feesLabel() const { return m_fees; }
    FeeVariantPicker *feeVariantPicker() const { return m_feeVariant; }

signals:
    void dossierRegistered(const QString &code);
    void guidanceRecorded(const QString &number);

protected:
    void changeEvent(QEvent *e) override;

private:
    Actor actor() const;
    const CurrentActor *m_actor = nullptr;
    DossierDraft draft() const;
    void restoreDraft(const DossierDraft &d);
    void commitPendingEdits();
    bool checkReadyForGuidance();
    bool finishGuidance(const Result<GuidanceRecord> &g, FormKind kind);
    void onProcedureChosen();
    void onScan(const QString &payload);
    void onReferenceChanged(ReferenceData::Changes what);
    void onFormChanged();
    void refreshPreview();
    // A message belongs to the dossier on screen: a success goes when the next one is begun;
    // an error goes as soon as `stillWrong` says it is resolved (or with the dossier).
    void showError(const QString &text, const QStringList &details = {}, std::function<bool()> stillWrong = {});
    void showSuccess(const QString &text, const QStringList &details = {});
    void showMessage(const QString &text, bool error, const QStringList &details);
    void clearMessage();
    void buildLayout();
    void setTabRoute();
    void retranslate();

    CounterServices &m_services;
    DocumentPresenter &m_presenter;
    ClerkPrompts &m_prompts;
    ProcedurePicker *m_procedure;
    ApplicantForm *m_applicant;
    DocumentChecklist *m_documents;
    QSpinBox *m_sets;
    QComboBox *m_delivery;
    AddressEditor *m_postal;
    QLabel *m_postalLabel;
    QLabel *m_fees;
    QLabel *m_appointment;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_supplement;
    QPushButton *m_refuse;
    QPushButton *m_new;
    QLabel *m_setsLabel;
    QLabel *m_deliveryLabel;
    QLabel *m_procedureTitle;
    QLabel *m_applicantTitle;
    QLabel *m_documentsTitle;
    ScannerBurstFilter *m_scanner;
    QTimer *m_clockTick;
    FeeVariantPicker *m_feeVariant;
    QTimer *m_draftTimer;
    QString m_checklistProcedure;  // the procedure whose checklist is shown
    enum class MessageKind { None, Success, Error } m_messageKind = MessageKind::None;
    std::function<bool()> m_errorStillWrong;
    bool m_loading = false;  // the form is being filled by the program, not typed
};

}  // namespace pc

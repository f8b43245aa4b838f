#include "IntakePage.h"
#include "CurrentActor.h"

#include "AddressEditor.h"
#include "ApplicantForm.h"
#include "FeeVariantPicker.h"
#include "CounterSeams.h"
#include "DocumentChecklist.h"
#include "ProcedurePicker.h"
#include "ScannerBurstFilter.h"
#include "UnitPicker.h"
#include "domain/CccdQr.h"
#include "services/CounterServices.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {
namespace {
QLabel *title()
{
    auto *l = new QLabel;
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QString timeText(const QDateTime &utc) { return toLocal(utc).toString(QStringLiteral("HH:mm dd/MM/yyyy")); }

bool isBlank(const Applicant &a)
{
    return a.name.isEmpty() && a.idNumber.isEmpty() && !a.birthDate.isValid() && a.phone.isEmpty() && a.email.isEmpty() &&
           a.address.isEmpty() && a.representative.isEmpty();
}
}  // namespace

IntakePage::IntakePage(CounterServices &services, DocumentPresenter &presenter, ClerkPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_services(services), m_presenter(presenter), m_prompts(prompts), m_procedure(new ProcedurePicker),
      m_applicant(new ApplicantForm), m_documents(new DocumentChecklist), m_sets(new QSpinBox), m_delivery(new QComboBox),
      m_postal(new AddressEditor), m_postalLabel(new QLabel), m_fees(new QLabel), m_appointment(new QLabel), m_message(new QLabel),
      m_save(new QPushButton), m_supplement(new QPushButton), m_refuse(new QPushButton), m_new(new QPushButton), m_setsLabel(new QLabel),
      m_deliveryLabel(new QLabel), m_procedureTitle(title()), m_applicantTitle(title()), m_documentsTitle(title()),
      m_scanner(new ScannerBurstFilter(this)), m_clockTick(new QTimer(this)), m_feeVariant(new FeeVariantPicker),
      m_draftTimer(new QTimer(this))
{
    m_procedure->setCatalogue(services.catalogue());
    m_sets->setRange(1, 99);
    m_delivery->addItems({QString(), QString()});
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_appointment->setTextFormat(Qt::RichText);
    m_appointment->setWordWrap(true);
    m_fees->setWordWrap(true);
    buildLayout();

    // QShortcut objects, not QAbstractButton::setShortcut: setText() on a button (every
    // language change) resets the button's own shortcut to its mnemonic.
    for (const auto &[key, button] : {std::pair{QKeySequence(Qt::Key_F9), m_save}, std::pair{QKeySequence(Qt::Key_F10), m_supplement},
                                      std::pair{QKeySequence(Qt::Key_F11), m_refuse}, std::pair{QKeySequence(Qt::CTRL | Qt::Key_N), m_new}}) {
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    // Ctrl+D from any field of the page, not only from the table.
    auto *addDocument = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(addDocument, &QShortcut::activated, m_documents, &DocumentChecklist::addUnlisted);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_supplement, &QPushButton::clicked, this, [this] { printSupplement(); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { refuse(); });
    connect(m_new, &QPushButton::clicked, this, [this] { requestNew(); });
    connect(m_procedure, &ProcedurePicker::procedureChosen, this, &IntakePage::onProcedureChosen);
    connect(m_scanner, &ScannerBurstFilter::payloadScanned, this, &IntakePage::onScan);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_postal->setVisible(i == 1);
        m_postalLabel->setVisible(i == 1);
        refreshPreview();
    });
    connect(m_documents, &DocumentChecklist::changed, this, &IntakePage::refreshPreview);
    // A catalogue version or a calendar change (by sync, or imported by the CLI) shows at once.
    connect(&services.reference(), &ReferenceData::changed, this, &IntakePage::onReferenceChanged);
    // Everything the clerk changes: messages of the previous state go, the draft is kept.
    connect(m_procedure->searchEdit(), &QLineEdit::textChanged, this, &IntakePage::onFormChanged);
    connect(m_applicant, &ApplicantForm::changed, this, &IntakePage::onFormChanged);
    connect(m_documents, &DocumentChecklist::changed, this, &IntakePage::onFormChanged);
    connect(m_sets, &QSpinBox::valueChanged, this, &IntakePage::onFormChanged);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, &IntakePage::onFormChanged);
    connect(m_postal, &AddressEditor::changed, this, &IntakePage::onFormChanged);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);  // a few keystrokes at a time, not one write per key
    connect(m_draftTimer, &QTimer::timeout, this, &IntakePage::saveDraftNow);
    m_clockTick->setInterval(30000);  // the preview follows the clock while the citizen waits
    connect(m_clockTick, &QTimer::timeout, this, &IntakePage::refreshPreview);
    m_clockTick->start();

    setTabRoute();
    m_postal->hide();
    m_postalLabel->hide();
    retranslate();
    refreshPreview();
}

void IntakePage::buildLayout()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(m_procedureTitle);
    v->addWidget(m_procedure);
    auto *middle = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_applicantTitle);
    left->addWidget(m_applicant);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_documentsTitle);
    right->addWidget(m_documents);
    middle->addLayout(left, 5);
    middle->addLayout(right, 6);
    v->addLayout(middle, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_setsLabel, 0, 0);
    grid->addWidget(m_sets, 0, 1);
    grid->addWidget(m_deliveryLabel, 0, 2);
    grid->addWidget(m_delivery, 0, 3);
    grid->addWidget(m_postalLabel, 1, 0);
    grid->addWidget(m_postal, 1, 1, 1, 4);
    grid->addWidget(m_fees, 0, 4);
    grid->addWidget(m_feeVariant, 2, 0, 1, 5);
    connect(m_feeVariant, &FeeVariantPicker::changed, this, &IntakePage::refreshPreview);
    connect(m_feeVariant, &FeeVariantPicker::changed, this, &IntakePage::onFormChanged);
    grid->setColumnStretch(4, 1);
    v->addLayout(grid);
    v->addWidget(m_appointment);
    v->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_supplement, m_refuse, m_new})
        buttons->addWidget(b);
    buttons->addStretch();
    v->addLayout(buttons);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void IntakePage::setTabRoute()
{
    // Reading order: procedure → applicant → documents (one stop) → sets → delivery → postal
    // address (when shown) → the action buttons.
    QList<QWidget *> route{m_procedure->searchEdit()};
    route << m_applicant->tabRoute();
    route << m_documents->table() << m_documents->addButton() << m_sets << m_delivery << m_postal->provincePicker()
          << m_postal->communePicker() << m_postal->detailEdit() << m_save << m_supplement << m_refuse << m_new;
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        setTabOrder(route[i], route[i + 1]);
}

void IntakePage::startNew()
{
    m_loading = true;
    m_procedure->clear();
    m_applicant->clear();
    m_documents->setProcedure(nullptr);
    m_checklistProcedure.clear();
    m_sets->setValue(1);
    m_delivery->setCurrentIndex(0);
    m_postal->clear();
    m_loading = false;
    m_draftTimer->stop();
    if (auto s = m_services.drafts().discard(); !s)
        showError(tr("Không xoá được bản nháp hồ sơ: %1").arg(s.error().message));
    else
        clearMessage();
    refreshPreview();
    m_procedure->searchEdit()->setFocus();
}

bool IntakePage::hasUnsavedWork() const
{
    return m_procedure->current() || !isBlank(m_applicant->applicant()) || !m_documents->documents().isEmpty();
}

bool IntakePage::requestNew()
{
    if (hasUnsavedWork() && m_prompts.unsavedWork(false) != UnsavedAnswer::Discard)
        return false;
    startNew();
    return true;
}

bool IntakePage::confirmClose()
{
    if (!hasUnsavedWork())
        return true;
    switch (m_prompts.unsavedWork(true)) {
    case UnsavedAnswer::Cancel:
        return false;
    case UnsavedAnswer::KeepDraft:
        saveDraftNow();
        return true;
    case UnsavedAnswer::Discard:
        startNew();
        return true;
    }
    return false;
}

void IntakePage::saveDraftNow()
{
    m_draftTimer->stop();
    const Status s = hasUnsavedWork() ? m_services.drafts().save(draft()) : m_services.drafts().discard();
    if (!s)
        showError(tr("Không lưu được bản nháp hồ sơ đang nhập: %1").arg(s.error().message));
}

void IntakePage::offerDraftRestore()
{
    auto saved = m_services.drafts().load();
    if (!saved) {
        showError(tr("Không đọc được bản nháp hồ sơ lần trước: %1").arg(saved.error().message));
        return;
    }
    if (!saved.value())
        return;
    const DossierDraft &d = saved.value()->draft;
    const Procedure *p = m_services.catalogue()->procedure(d.procedureCode);
    const QString summary = tr("%1 – %2 (lưu lúc %3)")
                                .arg(d.applicant.name.isEmpty() ? tr("(chưa có tên người nộp)") : d.applicant.name,
                                     p ? p->code + QStringLiteral(" ") + p->name : tr("(chưa chọn thủ tục)"), timeText(saved.value()->savedAt));
    if (!m_prompts.restoreDraft(summary)) {
        startNew();
        return;
    }
    restoreDraft(d);
    showSuccess(tr("Đã khôi phục hồ sơ đang nhập dở: %1").arg(summary));
}

void IntakePage::restoreDraft(const DossierDraft &d)
{
    m_loading = true;
    m_procedure->clear();
    if (!d.procedureCode.isEmpty())
        m_procedure->choose(d.procedureCode);
    m_applicant->setApplicant(d.applicant);
    m_documents->restore(d.documents);
    m_sets->setValue(d.sets);
    m_delivery->setCurrentIndex(d.delivery.method == DeliveryMethod::Post ? 1 : 0);
    m_postal->setFreeText(d.delivery.method == DeliveryMethod::Post ? d.delivery.address : QString());
    m_feeVariant->setProcedure(m_procedure->current());
    m_feeVariant->choose(d.feeVariant);
    m_loading = false;
    refreshPreview();
    m_applicant->nameEdit()->setFocus();
}

void IntakePage::onFormChanged()
{
    if (m_loading)
        return;
    if (m_messageKind == MessageKind::Success || (m_messageKind == MessageKind::Error && m_errorStillWrong && !m_errorStillWrong()))
        clearMessage();
    m_draftTimer->start();
}

void IntakePage::onProcedureChosen()
{
    const Procedure *p = m_procedure->current();
    // A language change re-announces the same procedure: the ticks stay.
    if (!p || p->code != m_checklistProcedure) {
        m_documents->setProcedure(p);
        m_checklistProcedure = p ? p->code : QString();
    }
    refreshPreview();
    onFormChanged();
    m_applicant->nameEdit()->setFocus();
}

void IntakePage::onReferenceChanged(ReferenceData::Changes what)
{
    if (what.testFlag(ReferenceData::Change::Catalogue)) {
        const Procedure *before = m_procedure->current();
        const QString code = before ? before->code : QString();
        if (!m_procedure->replaceCatalogue(m_services.catalogue())) {
            m_documents->setProcedure(nullptr);
            showError(tr("Danh mục thủ tục vừa được cập nhật và không còn thủ tục %1: hãy chọn lại thủ tục.").arg(code), {}, [this] { return !m_procedure->current(); });
        }
    }
    refreshPreview();
}

void IntakePage::onScan(const QString &payload)
{
    auto qr = CccdQr::parse(payload);
    if (!qr) {
        showError(tr("Không đọc được mã QR trên thẻ: %1").arg(qr.error().message));
        return;
    }
    m_applicant->fillFrom(qr.value());
    showSuccess(tr("Đã điền thông tin từ thẻ căn cước của %1.").arg(qr->name));
    m_applicant->phoneEdit()->setFocus();
}

DossierDraft IntakePage::draft() const
{
    DossierDraft d;
    if (const Procedure *p = m_procedure->current())
        d.procedureCode = p->code;
    d.applicant = m_applicant->applicant();
    d.documents = m_documents->documents();
    d.sets = m_sets->value();
    if (m_delivery->currentIndex() == 1) {
        d.delivery = {DeliveryMethod::Post, m_postal->address()};
        d.postage = m_services.office().postage();
    }
    d.feeVariant = m_feeVariant->chosenId();
    return d;
}

void IntakePage::commitPendingEdits()
{
    // A value typed without Enter (a count in the table, the number of sets) is what the clerk
    // means: write it before anything is saved or printed.
    m_documents->commitOpenEditor();
    m_sets->interpretText();
}

void IntakePage::refreshPreview()
{
    const Procedure *p = m_procedure->current();
    m_feeVariant->setProcedure(p);
    if (!p) {
        m_fees->clear();
        m_appointment->setText(tr("Chọn thủ tục để xem ngày hẹn trả kết quả."));
        return;
    }
    const DossierDraft d = draft();
    const FeeVariant *fee = m_feeVariant->chosen();
    if (fee)
        m_fees->setText(tr("Phí %1 · Lệ phí %2 · Cước bưu chính %3 · Tổng thu %4")
                            .arg(fee->fee.format(), fee->charge.format(), d.postage.format(), (fee->fee + fee->charge + d.postage).format()));
    else
        m_fees->setText(tr("Phí, lệ phí tùy người nộp: chọn mức phí bên dưới."));
    if (!p->duration.isFixed()) {
        m_appointment->setText(tr("Hẹn trả kết quả: theo thông báo của cơ quan giải quyết (thủ tục không có thời hạn cố định)."));
        return;
    }
    const QDateTime due = toLocal(m_services.intake().appointmentFor(*p, m_services.clock().nowUtc()));
    m_appointment->setText(tr("Nếu tiếp nhận bây giờ, hẹn trả kết quả: <b>%1</b> (%2)")
                               .arg(due.toString(QStringLiteral("HH:mm dd/MM/yyyy")), p->duration.describe()));
}

void IntakePage::showError(const QString &text, const QStringList &details, std::function<bool()> stillWrong)
{
    showMessage(text, true, details);
    m_messageKind = MessageKind::Error;
    m_errorStillWrong = std::move(stillWrong);
}

void IntakePage::showSuccess(const QString &text, const QStringList &details)
{
    showMessage(text, false, details);
    m_messageKind = MessageKind::Success;
    m_errorStillWrong = nullptr;
}

void IntakePage::showMessage(const QString &text, bool error, const QStringList &details)
{
    QString html = text.toHtmlEscaped();
    for (const QString &d : details)
        html += QStringLiteral("<br/>• ") + d.toHtmlEscaped();
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(html);
}

void IntakePage::clearMessage()
{
    m_message->clear();
    m_messageKind = MessageKind::None;
    m_errorStillWrong = nullptr;
}

bool IntakePage::save()
{
    commitPendingEdits();
    if (!m_procedure->current()) {
        showError(tr("Chưa chọn thủ tục (F2 hoặc gõ vào ô tìm thủ tục)."), {}, [this] { return !m_procedure->current(); });
        m_procedure->searchEdit()->setFocus();
        return false;
    }
    if (!m_applicant->validate()) {
        showError(tr("Thông tin người nộp còn lỗi: xem dòng đỏ dưới từng ô."), {}, [this] { return !m_applicant->validate(); });
        return false;
    }
    const QStringList missing = m_documents->missingRequired();
    if (!missing.isEmpty()) {
        showError(tr("Chưa tiếp nhận: hồ sơ còn thiếu giấy tờ bắt buộc. Nhấn F10 để in phiếu yêu cầu bổ sung."), missing,
                  [this] { return !m_documents->missingRequired().isEmpty(); });
        return false;
    }
    const DossierDraft request = draft();
    auto earlier = m_services.intake().earlierSameDay(request);
    if (!earlier) {
        showError(earlier.error().message, earlier.error().details);
        return false;
    }
    // A clerk who thinks a failed print means a failed save must not register the citizen twice.
    if (earlier.value() && !m_prompts.registerDuplicate(earlier.value()->code, timeText(earlier.value()->receivedAt))) {
        showSuccess(tr("Chưa tiếp nhận thêm. Hồ sơ đã tiếp nhận hôm nay: %1 – in lại giấy tiếp nhận từ danh sách hồ sơ (F3).")
                        .arg(earlier.value()->code));
        return false;
    }
    auto r = m_services.intake().registerDossier(actor(), request);
    if (!r) {
        showError(r.error().message, r.error().details, [this] { return !m_services.intake().check(draft()).ok(); });
        return false;
    }
    const Dossier &d = r->dossier;
    const PaperLayout layout = m_services.paperLayout();
    startNew();
    showSuccess(tr("Đã tiếp nhận hồ sơ %1, hẹn trả %2.")
                    .arg(d.code, d.appointmentAt.isValid() ? timeText(d.appointmentAt) : tr("theo thông báo của cơ quan giải quyết")),
                r->warnings);
    emit dossierRegistered(d.code);
    // Printing comes after the commit: a dead printer never undoes a registration.
    if (auto doc = m_services.documents().prepareReceipt(d.code, layout))
        m_presenter.present(doc.value());
    else
        showError(tr("Đã tiếp nhận hồ sơ %1 nhưng chưa in được giấy tiếp nhận: %2. In lại từ danh sách hồ sơ.").arg(d.code, doc.error().message));
    return true;
}

bool IntakePage::checkReadyForGuidance()
{
    if (m_applicant->applicant().name.isEmpty()) {
        m_applicant->validate();
        showError(tr("Cần họ tên người được hướng dẫn để in phiếu."), {}, [this] { return m_applicant->applicant().name.isEmpty(); });
        m_applicant->nameEdit()->setFocus();
        return false;
    }
    return true;
}

bool IntakePage::printSupplement()
{
    commitPendingEdits();
    if (!m_procedure->current()) {
        showError(tr("Chưa chọn thủ tục."), {}, [this] { return !m_procedure->current(); });
        m_procedure->searchEdit()->setFocus();
        return false;
    }
    if (!checkReadyForGuidance())
        return false;
    const QStringList missing = m_documents->missingRequired();
    const QList<DocumentDefect> defects = m_documents->defects();
    if (missing.isEmpty() && defects.isEmpty()) {
        showError(tr("Hồ sơ đã đủ giấy tờ bắt buộc. Giấy tờ nào chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): ghi vào cột "
                     "\"Cần bổ sung/sửa\" của giấy tờ đó rồi nhấn F10."),
                  {}, [this] { return m_documents->missingRequired().isEmpty() && m_documents->defects().isEmpty(); });
        m_documents->table()->setFocus();
        m_documents->table()->setCurrentCell(std::max(0, m_documents->table()->currentRow()), DocumentChecklist::Need);
        return false;
    }
    // The suggested reason is printed on the form: Vietnamese wording whatever the UI language.
    QStringList suggested;
    if (!missing.isEmpty())
        suggested << QStringLiteral("Hồ sơ chưa đủ thành phần theo quy định của thủ tục.");
    QList<DocumentRequirement> items;
    for (const DocumentDefect &d : defects) {
        suggested << QStringLiteral("%1: %2.").arg(d.name, d.need);
        items.append({QStringLiteral("%1 – %2").arg(d.name, d.need), d.originals, d.copies, true});
    }
    const auto reason = m_prompts.supplementReason(suggested.join(QLatin1Char('\n')));
    if (!reason)
        return false;
    return finishGuidance(m_services.guidance().recordSupplement(actor(), draft(), *reason, m_services.office().guidanceContact(), items),
                          FormKind::Supplement);
}

bool IntakePage::finishGuidance(const Result<GuidanceRecord> &g, FormKind kind)
{
    if (!g) {
        showError(g.error().message, g.error().details);
        return false;
    }
    startNew();
    showSuccess(kind == FormKind::Supplement ? tr("Đã lập phiếu yêu cầu bổ sung %1 (hồ sơ chưa được tiếp nhận).").arg(g->number())
                                             : tr("Đã lập phiếu từ chối tiếp nhận %1.").arg(g->number()));
    emit guidanceRecorded(g->number());
    if (auto doc = m_services.documents().prepareGuidance(g->id, kind, m_services.paperLayout()))
        m_presenter.present(doc.value());
    else
        showError(tr("Đã lập phiếu %1 nhưng chưa in được: %2").arg(g->number(), doc.error().message));
    return true;
}

bool IntakePage::refuse()
{
    commitPendingEdits();
    if (!checkReadyForGuidance())
        return false;
    // Without a catalogue procedure, what the clerk searched for is the first guess of the request.
    const Procedure *p = m_procedure->current();
    const auto answer = m_prompts.refusal(p ? p->name : m_procedure->searchEdit()->text().simplified(), p != nullptr);
    if (!answer)
        return false;
    return finishGuidance(m_services.guidance().recordRefusal(actor(), draft(), answer->reason, answer->request), FormKind::Refusal);
}

void IntakePage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void IntakePage::retranslate()
{
    m_procedureTitle->setText(tr("1. Thủ tục (F2)"));
    m_applicantTitle->setText(tr("2. Người nộp hồ sơ – quét mã QR trên thẻ căn cước để điền tự động"));
    m_documentsTitle->setText(tr("3. Thành phần hồ sơ"));
    m_setsLabel->setText(tr("&Số bộ:"));
    m_setsLabel->setBuddy(m_sets);
    m_deliveryLabel->setText(tr("Nhận &kết quả:"));
    m_deliveryLabel->setBuddy(m_delivery);
    m_delivery->setItemText(0, tr("Tại quầy"));
    m_delivery->setItemText(1, tr("Qua bưu chính công ích"));
    m_postalLabel->setText(tr("Đị&a chỉ nhận:"));
    m_postalLabel->setBuddy(m_postal->provincePicker());
    m_save->setText(tr("Lưu và in giấy tiếp nhận (F9)"));
    m_supplement->setText(tr("In phiếu yêu cầu bổ sung (F10)"));
    m_refuse->setText(tr("Từ chối tiếp nhận (F11)"));
    m_new->setText(tr("Hồ sơ mới (Ctrl+N)"));
    refreshPreview();
}

Actor IntakePage::actor() const
{
    // Without a window (some tests) nobody signed in: the placeholder leaves the receipt's name blank.
    return m_actor ? m_actor->actor() : CurrentActor().actor();
}

}  // namespace pc

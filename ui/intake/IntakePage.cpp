#include "IntakePage.h"

#include "AddressEditor.h"
#include "ApplicantForm.h"
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
}  // namespace

IntakePage::IntakePage(CounterServices &services, DocumentPresenter &presenter, ClerkPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_services(services), m_presenter(presenter), m_prompts(prompts), m_procedure(new ProcedurePicker),
      m_applicant(new ApplicantForm), m_documents(new DocumentChecklist), m_sets(new QSpinBox), m_delivery(new QComboBox),
      m_postal(new AddressEditor), m_postalLabel(new QLabel), m_fees(new QLabel), m_appointment(new QLabel), m_message(new QLabel),
      m_save(new QPushButton), m_supplement(new QPushButton), m_refuse(new QPushButton), m_new(new QPushButton), m_setsLabel(new QLabel),
      m_deliveryLabel(new QLabel), m_procedureTitle(title()), m_applicantTitle(title()), m_documentsTitle(title()),
      m_scanner(new ScannerBurstFilter(this)), m_clockTick(new QTimer(this))
{
    m_procedure->setCatalogue(services.catalogue());
    m_sets->setRange(1, 99);
    m_delivery->addItems({QString(), QString()});
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_appointment->setTextFormat(Qt::RichText);
    m_appointment->setWordWrap(true);
    m_fees->setWordWrap(true);

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
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // QShortcut objects, not QAbstractButton::setShortcut: setText() on a button (every
    // language change) resets the button's own shortcut to its mnemonic.
    for (const auto &[key, button] : {std::pair{QKeySequence(Qt::Key_F9), m_save}, std::pair{QKeySequence(Qt::Key_F10), m_supplement},
                                      std::pair{QKeySequence(Qt::Key_F11), m_refuse}, std::pair{QKeySequence(Qt::CTRL | Qt::Key_N), m_new}}) {
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_supplement, &QPushButton::clicked, this, [this] { printSupplement(); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { refuse(); });
    connect(m_new, &QPushButton::clicked, this, &IntakePage::startNew);
    connect(m_procedure, &ProcedurePicker::procedureChosen, this, &IntakePage::onProcedureChosen);
    connect(m_scanner, &ScannerBurstFilter::payloadScanned, this, &IntakePage::onScan);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_postal->setVisible(i == 1);
        m_postalLabel->setVisible(i == 1);
        refreshPreview();
    });
    connect(m_documents, &DocumentChecklist::changed, this, &IntakePage::refreshPreview);
    m_clockTick->setInterval(30000);  // the preview follows the clock while the citizen waits
    connect(m_clockTick, &QTimer::timeout, this, &IntakePage::refreshPreview);
    m_clockTick->start();

    // Keyboard path: procedure → applicant → documents → sets → delivery → postal address.
    setTabOrder(m_procedure->searchEdit(), m_applicant->kindBox());
    setTabOrder(m_applicant->lastField(), m_documents->table());
    setTabOrder(m_documents->table(), m_sets);
    setTabOrder(m_sets, m_delivery);
    setTabOrder(m_delivery, m_postal->provincePicker());
    m_postal->hide();
    m_postalLabel->hide();
    retranslate();
    refreshPreview();
}

void IntakePage::startNew()
{
    m_procedure->clear();
    m_applicant->clear();
    m_documents->setProcedure(nullptr);
    m_sets->setValue(1);
    m_delivery->setCurrentIndex(0);
    m_postal->clear();
    refreshPreview();
    m_procedure->searchEdit()->setFocus();
}

void IntakePage::onProcedureChosen()
{
    m_documents->setProcedure(m_procedure->current());
    refreshPreview();
    m_applicant->nameEdit()->setFocus();
}

void IntakePage::onScan(const QString &payload)
{
    auto qr = CccdQr::parse(payload);
    if (!qr) {
        showMessage(tr("Không đọc được mã QR trên thẻ: %1").arg(qr.error().message), true);
        return;
    }
    m_applicant->fillFrom(qr.value());
    showMessage(tr("Đã điền thông tin từ thẻ căn cước của %1.").arg(qr->name), false);
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
    return d;
}

void IntakePage::refreshPreview()
{
    const Procedure *p = m_procedure->current();
    if (!p) {
        m_fees->clear();
        m_appointment->setText(tr("Chọn thủ tục để xem ngày hẹn trả kết quả."));
        return;
    }
    const DossierDraft d = draft();
    const Money total = p->fee + p->charge + d.postage;
    m_fees->setText(tr("Phí %1 · Lệ phí %2 · Cước bưu chính %3 · Tổng thu %4")
                        .arg(p->fee.format(), p->charge.format(), d.postage.format(), total.format()));
    const QDateTime due = toLocal(m_services.intake().appointmentFor(*p, m_services.clock().nowUtc()));
    m_appointment->setText(tr("Nếu tiếp nhận bây giờ, hẹn trả kết quả: <b>%1</b> (%2)")
                               .arg(due.toString(QStringLiteral("HH:mm dd/MM/yyyy")), p->duration.describe()));
}

void IntakePage::showMessage(const QString &text, bool error, const QStringList &details)
{
    QString html = text.toHtmlEscaped();
    for (const QString &d : details)
        html += QStringLiteral("<br/>• ") + d.toHtmlEscaped();
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(html);
}

bool IntakePage::save()
{
    if (!m_procedure->current()) {
        showMessage(tr("Chưa chọn thủ tục (F2 hoặc gõ vào ô tìm thủ tục)."), true);
        m_procedure->searchEdit()->setFocus();
        return false;
    }
    if (!m_applicant->validate()) {
        showMessage(tr("Thông tin người nộp còn lỗi: xem dòng đỏ dưới từng ô."), true);
        return false;
    }
    const QStringList missing = m_documents->missingRequired();
    if (!missing.isEmpty()) {
        showMessage(tr("Chưa tiếp nhận: hồ sơ còn thiếu giấy tờ bắt buộc. Nhấn F10 để in phiếu yêu cầu bổ sung."), true, missing);
        return false;
    }
    auto r = m_services.intake().registerDossier(draft());
    if (!r) {
        showMessage(r.error().message, true, r.error().details);
        return false;
    }
    const Dossier &d = r->dossier;
    const PaperLayout layout = m_services.paperLayout();
    startNew();
    showMessage(tr("Đã tiếp nhận hồ sơ %1, hẹn trả %2.").arg(d.code, toLocal(d.appointmentAt).toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
                false, r->warnings);
    emit dossierRegistered(d.code);
    // Printing comes after the commit: a dead printer never undoes a registration.
    if (auto doc = m_services.documents().prepareReceipt(d.code, layout))
        m_presenter.present(doc.value());
    else
        showMessage(tr("Đã tiếp nhận hồ sơ %1 nhưng chưa in được giấy tiếp nhận: %2. In lại từ danh sách hồ sơ.").arg(d.code, doc.error().message), true);
    return true;
}

bool IntakePage::checkReadyForGuidance()
{
    if (!m_procedure->current()) {
        showMessage(tr("Chưa chọn thủ tục."), true);
        m_procedure->searchEdit()->setFocus();
        return false;
    }
    if (m_applicant->applicant().name.isEmpty()) {
        m_applicant->validate();
        showMessage(tr("Cần họ tên người được hướng dẫn để in phiếu."), true);
        return false;
    }
    return true;
}

bool IntakePage::printSupplement()
{
    if (!checkReadyForGuidance())
        return false;
    return finishGuidance(m_services.guidance().recordSupplement(draft(), QString(), m_services.office().guidanceContact()),
                          FormKind::Supplement);
}

bool IntakePage::finishGuidance(const Result<GuidanceRecord> &g, FormKind kind)
{
    if (!g) {
        showMessage(g.error().message, true, g.error().details);
        return false;
    }
    startNew();
    showMessage(kind == FormKind::Supplement ? tr("Đã lập phiếu yêu cầu bổ sung %1 (hồ sơ chưa được tiếp nhận).").arg(g->number())
                                             : tr("Đã lập phiếu từ chối tiếp nhận %1.").arg(g->number()),
                false);
    emit guidanceRecorded(g->number());
    if (auto doc = m_services.documents().prepareGuidance(g->id, kind, m_services.paperLayout()))
        m_presenter.present(doc.value());
    return true;
}

bool IntakePage::refuse()
{
    if (!checkReadyForGuidance())
        return false;
    const auto reason = m_prompts.refusalReason();
    if (!reason)
        return false;
    return finishGuidance(m_services.guidance().recordRefusal(draft(), *reason), FormKind::Refusal);
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
    m_setsLabel->setText(tr("Số bộ:"));
    m_deliveryLabel->setText(tr("Nhận kết quả:"));
    m_delivery->setItemText(0, tr("Tại quầy"));
    m_delivery->setItemText(1, tr("Qua bưu chính công ích"));
    m_postalLabel->setText(tr("Địa chỉ nhận:"));
    m_save->setText(tr("Lưu và in giấy tiếp nhận (F9)"));
    m_supplement->setText(tr("In phiếu yêu cầu bổ sung (F10)"));
    m_refuse->setText(tr("Từ chối tiếp nhận (F11)"));
    m_new->setText(tr("Hồ sơ mới (Ctrl+N)"));
    refreshPreview();
}

}  // namespace pc

#include "ReturnPage.h"

#include "PageMessage.h"
#include "CodeScan.h"
#include "CounterSeams.h"
#include "CurrentActor.h"
#include "SyncController.h"
#include "domain/CccdQr.h"
#include "domain/Identifiers.h"
#include "intake/ScannerBurstFilter.h"
#include "services/CounterServices.h"
#include "services/LifecycleService.h"
#include "tracking/LifecyclePrints.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pc {
namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }

// The centre's amount for a financial obligation (6), on the newest such event.
qint64 obligationOf(const Dossier &d)
{
    for (auto it = d.events.crbegin(); it != d.events.crend(); ++it) {
        if (it->status != DossierStatus::FinancialObligation)
            continue;
        for (const char *key : {"amount_dong", "amount"})
            if (const QJsonValue v = it->data.value(QLatin1String(key)); v.isDouble())
                return static_cast<qint64>(v.toDouble());
        return 0;
    }
    return 0;
}
}  // namespace

ReturnPage::ReturnPage(CounterServices &services, DocumentPresenter &presenter, CurrentActor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_presenter(presenter), m_actor(actor), m_scanner(new ScannerBurstFilter(this)),
      m_codeLabel(new QLabel), m_code(new QLineEdit), m_dossier(new QLabel), m_modes(new QTabWidget), m_who(new QButtonGroup(this)),
      m_byApplicant(new QRadioButton), m_byAuthorised(new QRadioButton), m_nameLabel(new QLabel), m_name(new QLineEdit), m_idLabel(new QLabel),
      m_id(new QLineEdit), m_authorisationLabel(new QLabel), m_authorisation(new QLineEdit), m_feeLabel(new QLabel), m_fee(new QSpinBox),
      m_return(new QPushButton), m_trackingLabel(new QLabel), m_tracking(new QLineEdit), m_trackingCheck(new QLabel), m_dispatch(new QPushButton),
      m_failureLabel(new QLabel), m_failure(new QLineEdit), m_failed(new QPushButton), m_withdrawLabel(new QLabel), m_withdrawReason(new QLineEdit),
      m_withdraw(new QPushButton), m_message(new QLabel)
{
    m_code->setClearButtonEnabled(true);
    m_dossier->setWordWrap(true);
    m_dossier->setTextFormat(Qt::RichText);
    m_dossier->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_dossier->setStyleSheet(QStringLiteral("padding: 6px; background: #f5f5f5;"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_who->addButton(m_byApplicant);
    m_who->addButton(m_byAuthorised);
    m_byApplicant->setChecked(true);
    m_fee->setRange(0, 2'000'000'000);
    m_fee->setSingleStep(1000);
    m_fee->setGroupSeparatorShown(true);
    m_fee->setSuffix(QStringLiteral(" đ"));
    m_tracking->setMaxLength(13);

    // At the counter
    auto *counter = new QWidget;
    auto *cg = new QGridLayout(counter);
    auto *who = new QHBoxLayout;
    who->addWidget(m_byApplicant);
    who->addWidget(m_byAuthorised);
    who->addStretch(1);
    cg->addLayout(who, 0, 0, 1, 2);
    cg->addWidget(m_nameLabel, 1, 0);
    cg->addWidget(m_name, 1, 1);
    cg->addWidget(m_idLabel, 2, 0);
    cg->addWidget(m_id, 2, 1);
    cg->addWidget(m_authorisationLabel, 3, 0);
    cg->addWidget(m_authorisation, 3, 1);
    cg->addWidget(m_feeLabel, 4, 0);
    cg->addWidget(m_fee, 4, 1, Qt::AlignLeft);
    cg->addWidget(m_return, 5, 1, Qt::AlignLeft);
    cg->setColumnStretch(1, 1);
    cg->setRowStretch(6, 1);
    m_nameLabel->setBuddy(m_name);
    m_idLabel->setBuddy(m_id);
    m_authorisationLabel->setBuddy(m_authorisation);
    m_feeLabel->setBuddy(m_fee);
    // By post
    auto *post = new QWidget;
    auto *pg = new QGridLayout(post);
    pg->addWidget(m_trackingLabel, 0, 0);
    pg->addWidget(m_tracking, 0, 1);
    pg->addWidget(m_trackingCheck, 1, 1);
    pg->addWidget(m_dispatch, 2, 1, Qt::AlignLeft);
    pg->addWidget(m_failureLabel, 3, 0);
    pg->addWidget(m_failure, 3, 1);
    pg->addWidget(m_failed, 4, 1, Qt::AlignLeft);
    pg->setColumnStretch(1, 1);
    pg->setRowStretch(5, 1);
    m_trackingLabel->setBuddy(m_tracking);
    m_failureLabel->setBuddy(m_failure);
    // Withdrawal
    auto *withdrawal = new QWidget;
    auto *wg = new QGridLayout(withdrawal);
    wg->addWidget(m_withdrawLabel, 0, 0);
    wg->addWidget(m_withdrawReason, 0, 1);
    wg->addWidget(m_withdraw, 1, 1, Qt::AlignLeft);
    wg->setColumnStretch(1, 1);
    wg->setRowStretch(2, 1);
    m_withdrawLabel->setBuddy(m_withdrawReason);
    m_modes->addTab(counter, QString());
    m_modes->addTab(post, QString());
    m_modes->addTab(withdrawal, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_codeLabel);
    top->addWidget(m_code, 1);
    m_codeLabel->setBuddy(m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_dossier);
    layout->addWidget(m_modes, 1);
    layout->addWidget(m_message);

    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (lookUp())
            (m_modes->currentIndex() == ByPost ? m_tracking : m_id)->setFocus();
    });
    connect(m_who, &QButtonGroup::buttonToggled, this, [this] { updateRecipientMode(); });
    connect(m_return, &QPushButton::clicked, this, [this] { returnAtCounter(); });
    connect(m_dispatch, &QPushButton::clicked, this, [this] { dispatchByPost(); });
    connect(m_failed, &QPushButton::clicked, this, [this] { deliveryFailed(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdraw(); });
    connect(m_tracking, &QLineEdit::textChanged, this, [this](const QString &t) {
        const QString s10 = t.trimmed().toUpper();
        const QString problem = s10.isEmpty() ? QString() : checkS10(s10);
        m_trackingCheck->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
        m_trackingCheck->setText(s10.isEmpty() ? QString() : problem.isEmpty() ? tr("Số hiệu bưu gửi hợp lệ (đúng chữ số kiểm tra).") : problem);
    });
    connect(m_tracking, &QLineEdit::returnPressed, this, [this] { dispatchByPost(); });
    for (QKeySequence key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(key, counter, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this] { returnAtCounter(); });
    }
    connect(m_scanner, &ScannerBurstFilter::payloadScanned, this, &ReturnPage::onIdCardScan);
    retranslate();
    updateRecipientMode();
    m_modes->setEnabled(false);  // until a dossier is shown
}

void ReturnPage::focusCode()
{
    m_code->setFocus();
    m_code->selectAll();
}

bool ReturnPage::open(const QString &code)
{
    m_code->setText(code);
    return lookUp();
}

bool ReturnPage::lookUp()
{
    const QString code = dossierCodeFromScan(m_code->text());
    m_current.clear();
    m_modes->setEnabled(false);
    if (code.isEmpty()) {
        m_dossier->clear();
        say(tr("“%1” không phải mã hồ sơ. Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ.").arg(m_code->text().trimmed()), true);
        return false;
    }
    m_code->setText(code);
    auto d = m_services.queue().dossier(code);
    if (!d || !d.value()) {
        m_dossier->clear();
        say(d ? tr("Không tìm thấy hồ sơ %1 tại quầy này.").arg(code) : withoutUntranslatedDetail(d.error().message), true);
        return false;
    }
    showDossier(**d);
    return true;
}

void ReturnPage::showDossier(const Dossier &x)
{
    m_current = x.code;
    m_applicantName = x.applicant.name;
    QString html = tr("<b>%1</b> – %2 · Trạng thái: <b>%3</b><br/>").arg(esc(x.code), esc(x.procedureName), statusName(x.status));
    html += tr("Người nộp: <b>%1</b> · Số định danh: <b>%2</b> · Điện thoại: %3<br/>")
                .arg(esc(x.applicant.name), esc(x.applicant.idNumber), esc(x.applicant.phone));
    // What to hand over: what the agency sent back, as recorded on its arrival.
    QStringList results;
    for (const DossierEvent &e : x.events) {
        if (e.type != QLatin1String("dossier.result_received"))
            continue;
        const QString what = e.data.value(QStringLiteral("what")).toString();
        const int count = e.data.value(QStringLiteral("count")).toInt(1);
        results << tr("%1 (%2 bản)").arg(esc(what.isEmpty() ? tr("Kết quả giải quyết hồ sơ") : what)).arg(count);
    }
    html += results.isEmpty() ? tr("Giao cho công dân: <b>kết quả giải quyết hồ sơ</b> (cơ quan chưa ghi chi tiết).<br/>")
                              : tr("Giao cho công dân: <b>%1</b><br/>").arg(results.join(QStringLiteral("; ")));
    html += tr("Phí, lệ phí đã thu khi tiếp nhận: %1").arg((x.fee + x.charge + x.postage).format());
    const qint64 owed = obligationOf(x);
    if (owed > 0)
        html += tr(" · <b>Nghĩa vụ tài chính phải nộp: %1</b>").arg(Money{owed}.format());
    if (x.delivery.method == DeliveryMethod::Post)
        html += tr("<br/>Đăng ký nhận kết quả <b>qua bưu chính công ích</b>: %1").arg(esc(x.delivery.address));
    m_dossier->setText(html);
    m_fee->setValue(static_cast<int>(std::min<qint64>(owed, m_fee->maximum())));
    m_byApplicant->setChecked(true);
    m_id->clear();
    m_authorisation->clear();
    m_tracking->clear();
    m_failure->clear();
    m_withdrawReason->clear();
    updateRecipientMode();
    m_modes->setEnabled(true);
    m_modes->setCurrentIndex(x.delivery.method == DeliveryMethod::Post && x.status != DossierStatus::Returned ? ByPost : AtCounter);
    if (x.status == DossierStatus::Returned && x.delivery.method == DeliveryMethod::Post)
        m_modes->setCurrentIndex(ByPost);  // a parcel came back: the failed-delivery line is there
    say(x.status == DossierStatus::Resolved ? tr("Kết quả đã có tại bưu cục: kiểm tra giấy tờ tùy thân của người nhận.")
                                            : tr("Hồ sơ đang ở trạng thái “%1”.").arg(statusName(x.status)),
        false);
}

void ReturnPage::updateRecipientMode()
{
    const bool authorised = m_byAuthorised->isChecked();
    m_authorisation->setEnabled(authorised);
    m_authorisationLabel->setEnabled(authorised);
    m_name->setReadOnly(!authorised);
    if (!authorised)
        m_name->setText(m_applicantName);
    else if (m_name->text() == m_applicantName)
        m_name->clear();
}

void ReturnPage::onIdCardScan(const QString &payload)
{
    auto card = CccdQr::parse(payload);
    if (!card) {
        say(withoutUntranslatedDetail(card.error().message), true);
        return;
    }
    // The applicant's own card takes the applicant's line; anybody else's is an authorised person.
    bool isApplicant = false;
    if (!m_current.isEmpty()) {
        auto d = m_services.queue().dossier(m_current);
        if (d && d.value()) {
            const QString &applicantId = d.value()->applicant.idNumber;
            isApplicant = applicantId == card->idNumber || (!card->oldIdNumber.isEmpty() && applicantId == card->oldIdNumber);
        }
    }
    (isApplicant ? m_byApplicant : m_byAuthorised)->setChecked(true);
    updateRecipientMode();
    if (!isApplicant)
        m_name->setText(card->name);
    m_id->setText(card->idNumber);
    (isApplicant ? static_cast<QWidget *>(m_return) : m_authorisation)->setFocus();
}

bool ReturnPage::returnAtCounter()
{
    if (m_current.isEmpty() && !lookUp())
        return false;
    ReturnRequest r;
    r.recipientName = m_name->text().trimmed();
    r.recipientId = m_id->text().trimmed();
    r.authorisation = m_byAuthorised->isChecked() ? m_authorisation->text().trimmed() : QString();
    r.feeCollected = Money{m_fee->value()};
    if (r.recipientId.isEmpty()) {
        say(tr("Nhập số định danh (CCCD) của người nhận kết quả, hoặc quét CCCD của họ."), true);
        m_id->setFocus();
        return false;
    }
    if (m_byAuthorised->isChecked() && (r.recipientName.isEmpty() || r.authorisation.isEmpty())) {
        say(tr("Người được ủy quyền: nhập họ tên và ghi rõ giấy ủy quyền."), true);
        (r.recipientName.isEmpty() ? m_name : m_authorisation)->setFocus();
        return false;
    }
    auto e = m_services.lifecycle().returnToApplicant(m_current, r, m_actor.actor());
    if (!e) {
        say(withoutUntranslatedDetail(e.error().message), true);  // nothing was recorded
        return false;
    }
    const QString code = m_current;
    const Status printed = LifecyclePrints(m_services, m_presenter).returnSlip(code);
    afterStep(printed ? tr("Đã trả kết quả hồ sơ %1 cho %2.").arg(code, r.recipientName)
                      : tr("Đã trả kết quả hồ sơ %1 cho %2, nhưng chưa in được phiếu: %3")
                            .arg(code, r.recipientName, withoutUntranslatedDetail(printed.error().message)));
    return true;
}

bool ReturnPage::dispatchByPost()
{
    if (m_current.isEmpty() && !lookUp())
        return false;
    const QString s10 = m_tracking->text().trimmed().toUpper();
    auto e = m_services.lifecycle().dispatchByPost(m_current, s10, m_actor.actor());
    if (!e) {
        say(withoutUntranslatedDetail(e.error().message), true);
        return false;
    }
    const QString code = m_current;
    const Status printed = LifecyclePrints(m_services, m_presenter).postalLabel(code);
    afterStep(printed ? tr("Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2.").arg(code, s10)
                      : tr("Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2, nhưng chưa in được nhãn: %3")
                            .arg(code, s10, withoutUntranslatedDetail(printed.error().message)));
    return true;
}

bool ReturnPage::deliveryFailed()
{
    if (m_current.isEmpty() && !lookUp())
        return false;
    if (m_failure->text().trimmed().isEmpty()) {
        say(tr("Nhập lý do bưu tá không giao được (ví dụ: không có người nhận)."), true);
        m_failure->setFocus();
        return false;
    }
    auto e = m_services.lifecycle().deliveryFailed(m_current, m_failure->text().trimmed(), m_actor.actor());
    if (!e) {
        say(withoutUntranslatedDetail(e.error().message), true);
        return false;
    }
    afterStep(tr("Hồ sơ %1: giao bưu chính không thành công, kết quả trở lại danh sách chờ trả.").arg(m_current));
    return true;
}

bool ReturnPage::withdraw()
{
    if (m_current.isEmpty() && !lookUp())
        return false;
    if (m_withdrawReason->text().trimmed().isEmpty()) {
        say(tr("Nhập lý do công dân rút hồ sơ (theo đơn đề nghị)."), true);
        m_withdrawReason->setFocus();
        return false;
    }
    auto e = m_services.lifecycle().withdraw(m_current, m_withdrawReason->text().trimmed(), m_actor.actor());
    if (!e) {
        say(withoutUntranslatedDetail(e.error().message), true);
        return false;
    }
    afterStep(tr("Đã ghi nhận công dân rút hồ sơ %1; trả lại hồ sơ cho công dân.").arg(m_current));
    return true;
}

void ReturnPage::afterStep(const QString &done)
{
    // Ready for the next citizen: the code box empty and focused for the next scan.
    m_current.clear();
    m_applicantName.clear();
    m_code->clear();
    m_dossier->clear();
    m_name->clear();
    m_id->clear();
    m_authorisation->clear();
    m_fee->setValue(0);
    m_tracking->clear();
    m_failure->clear();
    m_withdrawReason->clear();
    m_byApplicant->setChecked(true);
    m_modes->setEnabled(false);
    say(done, false);
    m_code->setFocus();
    emit changed();
}

void ReturnPage::say(const QString &text, bool problem)
{
    showPageMessage(m_message, text, problem);
}

void ReturnPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void ReturnPage::retranslate()
{
    m_codeLabel->setText(tr("&Mã hồ sơ:"));
    m_code->setPlaceholderText(tr("Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ, rồi Enter"));
    m_modes->setTabText(AtCounter, tr("Trả tại quầy"));
    m_modes->setTabText(ByPost, tr("Gửi qua bưu chính"));
    m_modes->setTabText(Withdrawal, tr("Rút hồ sơ"));
    m_byApplicant->setText(tr("Người nộp hồ sơ nhận"));
    m_byAuthorised->setText(tr("Người được ủy &quyền nhận"));
    m_nameLabel->setText(tr("Họ &tên người nhận:"));
    m_idLabel->setText(tr("Số đ&ịnh danh (CCCD):"));
    m_id->setPlaceholderText(tr("Gõ hoặc quét CCCD của người nhận"));
    m_authorisationLabel->setText(tr("Giấy ủ&y quyền:"));
    m_authorisation->setPlaceholderText(tr("Ví dụ: Giấy ủy quyền ngày 01/12/2026, chứng thực tại UBND xã Yên Định"));
    m_feeLabel->setText(tr("Th&u thêm khi trả:"));
    m_return->setText(tr("T&rả kết quả và in phiếu (Ctrl+Enter)"));
    m_trackingLabel->setText(tr("&Số hiệu bưu gửi (S10):"));
    m_tracking->setPlaceholderText(tr("Ví dụ: RR123456785VN"));
    m_dispatch->setText(tr("&Gửi bưu chính và in nhãn"));
    m_failureLabel->setText(tr("&Lý do không giao được:"));
    m_failed->setText(tr("Giao &không thành công – về chờ trả"));
    m_withdrawLabel->setText(tr("Lý do rút hồ &sơ:"));
    m_withdraw->setText(tr("Ghi nhận &rút hồ sơ"));
}

}  // namespace pc

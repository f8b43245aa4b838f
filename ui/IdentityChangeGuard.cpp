#include "IdentityChangeGuard.h"

#include "services/AccountRules.h"
#include "services/QueueService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace pc {
namespace {
QString range(const CounterIdentity &c)
{
    return QStringLiteral("%1–%2").arg(c.sequenceStart, 4, 10, QLatin1Char('0')).arg(c.sequenceEnd, 4, 10, QLatin1Char('0'));
}
}  // namespace

QString IdentityChangeGuard::warning(QueueService &queue, const std::optional<CounterIdentity> &from, const CounterIdentity &to)
{
    if (!from || from->isSample || CounterIdentity::isSampleUnitId(from->unitId))
        return {};  // first setup, or leaving the sample unit: nothing real was issued yet
    const bool unitChanged = from->unitId != to.unitId;
    const bool counterChanged = from->counterNumber != to.counterNumber;
    if (!unitChanged && !counterChanged)
        return {};
    const auto issued = queue.issuedBy(from->unitId, from->counterNumber);
    QStringList lines;
    lines << tr("Thay đổi này là thao tác của trưởng bưu cục.");
    if (issued)
        lines << tr("Quầy đã cấp %n mã hồ sơ theo %1 – quầy %2. Các mã này giữ nguyên; giấy hẹn đã in vẫn dùng được.", nullptr, *issued)
                     .arg(from->unitId).arg(from->counterNumber);
    else
        lines << issued.error().message;
    if (unitChanged)
        lines << tr("Mã định danh đơn vị đổi từ %1 sang %2: mọi mã hồ sơ mới sẽ bắt đầu bằng %2. Chỉ đổi khi tỉnh đã cấp mã mới.")
                     .arg(from->unitId, to.unitId);
    if (counterChanged)
        lines << tr("Số quầy đổi từ %1 sang %2: dãy số hồ sơ mỗi ngày đổi từ %3 sang %4. Hãy chắc chắn không quầy nào khác của bưu cục "
                    "đang dùng số quầy %2, nếu không hai quầy sẽ cấp trùng mã hồ sơ.")
                     .arg(from->counterNumber).arg(to.counterNumber).arg(range(*from), range(to));
    lines << tr("Vẫn đổi?");
    return lines.join(QStringLiteral("\n\n"));
}

std::optional<Actor> IdentityChangeGuard::supervisorApproves(QWidget *parent, AccountService accounts, const Actor &current)
{
    auto any = accounts.hasAccounts();
    if (!any) {
        QMessageBox::warning(parent, tr("Không kiểm tra được quyền"), any.error().message);
        return std::nullopt;
    }
    if (!*any || current.isAtLeast(Role::Supervisor))
        return current;
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Trưởng bưu cục xác nhận"));
    auto *note = new QLabel(tr("Đổi thông tin quầy là thao tác của trưởng bưu cục (tài khoản %1 là %2). Trưởng bưu cục đăng nhập "
                               "tại đây để xác nhận.").arg(current.username, roleName(current.role)));
    note->setWordWrap(true);
    auto *user = new QLineEdit;
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    auto *message = new QLabel;
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout;
    form->addRow(tr("Tên đăng nhập:"), user);
    form->addRow(tr("Mật khẩu:"), password);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    std::optional<Actor> approver;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto who = accounts.signIn(user->text(), password->text());
        password->clear();
        if (!who) {
            message->setText(who.error().message);
            return;
        }
        if (auto allowed = access::changeCounterIdentity(*who); !allowed) {
            message->setText(allowed.error().message);
            return;
        }
        approver = who.value();
        dialog.accept();
    });
    dialog.exec();
    return approver;
}

}  // namespace pc

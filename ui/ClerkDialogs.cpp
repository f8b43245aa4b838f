#include "ClerkDialogs.h"

#include "intake/ReasonDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace pc {
namespace {
QWidget *parentOr(QWidget *w) { return w ? w : QApplication::activeWindow(); }
}  // namespace

std::optional<RefusalAnswer> DialogPrompts::refusal(const QString &request, bool requestFromCatalogue)
{
    ReasonDialog dialog(ReasonDialog::Purpose::Refusal, request, requestFromCatalogue, parentOr(m_parent));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return RefusalAnswer{dialog.request(), dialog.reason()};
}

std::optional<QString> DialogPrompts::supplementReason(const QString &suggested)
{
    ReasonDialog dialog(ReasonDialog::Purpose::Supplement, QString(), false, parentOr(m_parent));
    dialog.setReason(suggested);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

UnsavedAnswer DialogPrompts::unsavedWork(bool quitting)
{
    QMessageBox box(QMessageBox::Question, QApplication::translate("pc::DialogPrompts", "Hồ sơ đang nhập dở"),
                    quitting ? QApplication::translate("pc::DialogPrompts",
                                                       "Hồ sơ đang nhập chưa được tiếp nhận. Thoát chương trình bây giờ?\n"
                                                       "Bản nháp được giữ lại và sẽ được đề nghị khôi phục ở lần mở sau.")
                             : QApplication::translate("pc::DialogPrompts", "Hồ sơ đang nhập chưa được tiếp nhận. Bỏ hồ sơ này để nhập hồ sơ mới?"),
                    QMessageBox::NoButton, parentOr(m_parent));
    QPushButton *back = box.addButton(QApplication::translate("pc::DialogPrompts", "&Quay lại nhập tiếp"), QMessageBox::RejectRole);
    QPushButton *keep = quitting ? box.addButton(QApplication::translate("pc::DialogPrompts", "&Thoát, giữ bản nháp"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *discard = box.addButton(QApplication::translate("pc::DialogPrompts", "&Bỏ hồ sơ đang nhập"), QMessageBox::DestructiveRole);
    box.setDefaultButton(back);  // Enter never loses work
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == discard)
        return UnsavedAnswer::Discard;
    if (keep && box.clickedButton() == keep)
        return UnsavedAnswer::KeepDraft;
    return UnsavedAnswer::Cancel;
}

bool DialogPrompts::restoreDraft(const QString &summary)
{
    QMessageBox box(QMessageBox::Question, QApplication::translate("pc::DialogPrompts", "Khôi phục hồ sơ đang nhập dở"),
                    QApplication::translate("pc::DialogPrompts", "Lần trước chương trình đóng khi còn một hồ sơ chưa tiếp nhận:\n%1\n\nKhôi phục để nhập tiếp?")
                        .arg(summary),
                    QMessageBox::NoButton, parentOr(m_parent));
    QPushButton *restore = box.addButton(QApplication::translate("pc::DialogPrompts", "&Khôi phục"), QMessageBox::AcceptRole);
    QPushButton *drop = box.addButton(QApplication::translate("pc::DialogPrompts", "&Bỏ bản nháp"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(restore);  // nothing is thrown away without an explicit choice
    box.exec();
    return box.clickedButton() != drop;
}

bool DialogPrompts::registerDuplicate(const QString &earlierCode, const QString &earlierTime)
{
    QMessageBox box(QMessageBox::Warning, QApplication::translate("pc::DialogPrompts", "Hồ sơ có thể bị tiếp nhận hai lần"),
                    QApplication::translate("pc::DialogPrompts",
                                            "Hôm nay người nộp này đã được tiếp nhận hồ sơ cùng thủ tục: mã %1 lúc %2.\n"
                                            "Nếu chỉ là in giấy tiếp nhận bị lỗi, hãy in lại từ danh sách hồ sơ (F3) thay vì tiếp nhận lần nữa.\n\n"
                                            "Vẫn tiếp nhận thêm một hồ sơ mới?")
                        .arg(earlierCode, earlierTime),
                    QMessageBox::NoButton, parentOr(m_parent));
    QPushButton *no = box.addButton(QApplication::translate("pc::DialogPrompts", "&Không tiếp nhận"), QMessageBox::RejectRole);
    QPushButton *yes = box.addButton(QApplication::translate("pc::DialogPrompts", "&Vẫn tiếp nhận hồ sơ mới"), QMessageBox::AcceptRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

}  // namespace pc

#include "AuditDialog.h"

#include "services/AccountRules.h"
#include "services/CounterServices.h"
#include "util/PrivateFile.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

AuditDialog::AuditDialog(CounterServices &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_user(new QLineEdit), m_action(new QLineEdit), m_byDate(new QCheckBox),
      m_from(new QDateEdit), m_to(new QDateEdit), m_table(new QTableWidget(0, 6)), m_status(new QLabel)
{
    setWindowTitle(tr("Nhật ký kiểm tra"));
    const QDate today = toLocal(services.clock().nowUtc()).date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
        d->setDate(today);
    }
    m_byDate->setText(tr("Từ ngày"));
    m_user->setPlaceholderText(tr("mọi người dùng"));
    m_action->setPlaceholderText(tr("mọi thao tác (ví dụ login, dossier.register)"));
    m_table->setHorizontalHeaderLabels({tr("STT"), tr("Thời điểm"), tr("Người dùng"), tr("Thao tác"), tr("Đối tượng"), tr("Chi tiết")});
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Người dùng:")));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Thao tác:")));
    filters->addWidget(m_action);
    filters->addWidget(m_byDate);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("đến")));
    filters->addWidget(m_to);
    auto *show = new QPushButton(tr("&Lọc"));
    filters->addWidget(show);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *check = buttons->addButton(tr("&Kiểm tra tính toàn vẹn"), QDialogButtonBox::ActionRole);
    QPushButton *csv = buttons->addButton(tr("&Xuất CSV…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, &AuditDialog::reload);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditDialog::reload);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditDialog::reload);
    connect(check, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Xuất nhật ký kiểm tra"), dir + QStringLiteral("/nhat-ky-kiem-tra.csv"),
                                                          tr("Tệp CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    resize(1000, 600);
    reload();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.username = m_user->text().trimmed();
    f.action = m_action->text().trimmed();
    if (m_byDate->isChecked()) {
        // The counter's local days; the end day is included.
        f.fromUtc = QDateTime(m_from->date(), QTime(0, 0), vietnamTime()).toUTC();
        f.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), vietnamTime()).toUTC();
    }
    return f;
}

void AuditDialog::reload()
{
    m_table->setRowCount(0);
    m_rows.clear();
    if (auto allowed = access::viewAudit(m_actor); !allowed) {
        m_status->setText(allowed.error().message);
        return;
    }
    auto rows = m_services.audit().list(filter());
    if (!rows) {
        m_status->setText(rows.error().message);
        return;
    }
    m_rows = rows.value();
    for (const AuditEntry &e : m_rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QString::number(e.seq), toLocal(e.at).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), e.username, e.action,
                                e.object, e.details};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_status->setText(tr("%n dòng.", nullptr, int(m_rows.size())));
}

void AuditDialog::verify()
{
    auto v = m_services.audit().verify();
    if (!v)
        m_status->setText(v.error().message);
    else if (v->intact)
        m_status->setText(tr("Nhật ký nguyên vẹn: %n dòng, chuỗi mã băm khớp.", nullptr, int(v->rows)));
    else
        m_status->setText(tr("Nhật ký bị can thiệp: dòng %1 %2. Báo bộ phận CNTT tỉnh.").arg(v->firstBrokenSeq).arg(v->reason));
}

bool AuditDialog::exportCsv(const QString &path)
{
    if (auto allowed = access::viewAudit(m_actor); !allowed) {
        m_status->setText(allowed.error().message);
        return false;
    }
    if (auto w = writePrivateFile(path, AuditLog::toCsv(m_rows), tr("tệp CSV")); !w) {
        m_status->setText(w.error().message);
        return false;
    }
    (void)m_services.audit().record(m_actor, QStringLiteral("audit.export"), QString(), QStringLiteral("%1 rows").arg(m_rows.size()));
    m_status->setText(tr("Đã xuất %n dòng ra %1.", nullptr, int(m_rows.size())).arg(path));
    return true;
}

}  // namespace pc

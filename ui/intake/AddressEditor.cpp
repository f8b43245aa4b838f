#include "AddressEditor.h"

#include "UnitPicker.h"
#include "catalogue/AdminUnits.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>

namespace pc {

AddressEditor::AddressEditor(QWidget *parent)
    : QWidget(parent), m_province(new UnitPicker), m_commune(new UnitPicker), m_detail(new QLineEdit)
{
    m_province->setUnits(AdminUnits::builtIn().provinces());
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_province, 0, 0);
    layout->addWidget(m_commune, 0, 1);
    layout->addWidget(m_detail, 1, 0, 1, 2);
    // The commune list follows the province; typing order is province, commune, detail.
    connect(m_province, &UnitPicker::unitChosen, this, [this](const QString &code) {
        m_commune->setUnits(AdminUnits::builtIn().communes(code));
        m_commune->setFocus();
        emit changed();
    });
    connect(m_commune, &UnitPicker::unitChosen, this, [this] {
        m_detail->setFocus();
        emit changed();
    });
    for (QLineEdit *e : {static_cast<QLineEdit *>(m_province), static_cast<QLineEdit *>(m_commune), m_detail})
        connect(e, &QLineEdit::textChanged, this, &AddressEditor::changed);
    setTabOrder(m_province, m_commune);
    setTabOrder(m_commune, m_detail);
    retranslate();
}

QString AddressEditor::address() const { return AdminUnits::joinAddress(m_detail->text(), m_commune->text(), m_province->text()); }

void AddressEditor::setFreeText(const QString &address)
{
    m_province->clear();
    m_commune->setUnits({});
    m_detail->setText(address);
}

void AddressEditor::clear() { setFreeText({}); }

void AddressEditor::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void AddressEditor::retranslate()
{
    m_province->setPlaceholderText(tr("Tỉnh/thành phố"));
    m_commune->setPlaceholderText(tr("Xã/phường/đặc khu"));
    m_detail->setPlaceholderText(tr("Số nhà, đường, thôn/xóm (hoặc địa chỉ cũ)"));
}

}  // namespace pc

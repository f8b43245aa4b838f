#include "FeeVariantPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace pc {

FeeVariantPicker::FeeVariantPicker(QWidget *parent) : QWidget(parent), m_label(new QLabel), m_combo(new QComboBox)
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_label);
    h->addWidget(m_combo, 1);
    m_label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FeeVariantPicker::changed);
    retranslate();
    hide();
}

void FeeVariantPicker::setProcedure(const Procedure *p)
{
    const QString code = p ? p->code : QString();
    const QList<FeeVariant> variants = p ? p->feeVariants : QList<FeeVariant>();
    bool same = code == m_procedureCode && variants.size() == m_variants.size();
    for (qsizetype i = 0; same && i < variants.size(); ++i)
        same = variants[i].id == m_variants[i].id && variants[i].fee == m_variants[i].fee && variants[i].charge == m_variants[i].charge;
    if (same)
        return;  // the refresh of an unchanged procedure keeps the clerk's choice
    const QSignalBlocker block(m_combo);
    m_procedureCode = code;
    m_variants = variants;
    m_combo->clear();
    for (const FeeVariant &v : m_variants)
        m_combo->addItem(itemText(v), v.id);
    // The only variant is preselected; among several, the clerk must choose (nothing is guessed).
    m_combo->setCurrentIndex(m_variants.size() == 1 ? 0 : -1);
    setVisible(m_variants.size() > 1);
    emit changed();
}

void FeeVariantPicker::choose(const QString &id)
{
    if (const int i = m_combo->findData(id); i >= 0)
        m_combo->setCurrentIndex(i);
}

QString FeeVariantPicker::chosenId() const { return m_combo->currentIndex() < 0 ? QString() : m_combo->currentData().toString(); }

const FeeVariant *FeeVariantPicker::chosen() const
{
    const int i = m_combo->currentIndex();
    return i >= 0 && i < m_variants.size() ? &m_variants.at(i) : nullptr;
}

QString FeeVariantPicker::itemText(const FeeVariant &v)
{
    return tr("%1 — phí %2, lệ phí %3").arg(v.condition.isEmpty() ? tr("Mức chung") : v.condition, v.fee.format(), v.charge.format());
}

bool FeeVariantPicker::needsChoice() const { return m_variants.size() > 1 && m_combo->currentIndex() < 0; }

void FeeVariantPicker::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void FeeVariantPicker::retranslate()
{
    m_label->setText(tr("Mức &phí, lệ phí:"));
    m_combo->setPlaceholderText(tr("— Chọn đối tượng, khu vực để tính phí —"));
    // Item texts carry the Vietnamese condition from the catalogue; rebuild their frame.
    for (int i = 0; i < m_combo->count() && i < m_variants.size(); ++i) {
        m_combo->setItemText(i, itemText(m_variants.at(i)));
    }
}

}  // namespace pc

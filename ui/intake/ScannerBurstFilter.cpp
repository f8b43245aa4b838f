#include "ScannerBurstFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace pc {

ScannerBurstFilter::ScannerBurstFilter(QWidget *page, int maxGapMs) : QObject(page), m_page(page), m_maxGapMs(maxGapMs)
{
    m_clock.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(150);  // a scanner that sends no Enter: the pause ends the payload
    connect(&m_idle, &QTimer::timeout, this, &ScannerBurstFilter::finish);
    qApp->installEventFilter(this);
}

ScannerBurstFilter::~ScannerBurstFilter() { qApp->removeEventFilter(this); }

bool ScannerBurstFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_page->isVisible() || (widget != m_page && !m_page->isAncestorOf(widget)))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock.elapsed();
    const qint64 gap = now - m_lastKeyMs;
    m_lastKeyMs = now;

    if (m_capturing) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            finish();
        } else {
            m_buffer += key->text();
            m_idle.start();
        }
        return true;  // the scan never reaches the focused field
    }
    if (gap > m_maxGapMs) {  // a person's pause: a new run starts
        m_pending.clear();
        m_before.clear();
    }
    auto *field = qobject_cast<QLineEdit *>(widget);
    m_before.append({field, field ? field->text() : QString(), field ? field->cursorPosition() : 0});
    m_pending += key->text();
    if (m_before.size() > 32) {  // only the last keys matter
        m_before.removeFirst();
        m_pending.remove(0, m_pending.size() - 31);
    }
    // The payload opens with the 12-digit ID number and '|': no person types that.
    static const QRegularExpression opening(QStringLiteral("\\d{12}\\|$"));
    if (m_pending.size() >= 13 && m_before.size() >= 13 && opening.match(m_pending).hasMatch()) {
        const Before &start = m_before.at(m_before.size() - 13);
        if (start.field) {
            start.field->setText(start.text);
            start.field->setCursorPosition(start.cursor);
        }
        m_capturing = true;
        m_buffer = m_pending.right(13);
        m_pending.clear();
        m_before.clear();
        m_idle.start();
        return true;
    }
    return false;
}

void ScannerBurstFilter::finish()
{
    if (!m_capturing)
        return;
    m_idle.stop();
    m_capturing = false;
    const QString payload = m_buffer;
    m_buffer.clear();
    m_pending.clear();
    m_before.clear();
    emit payloadScanned(payload);
}

}  // namespace pc

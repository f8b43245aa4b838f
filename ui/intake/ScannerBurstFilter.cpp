#include "ScannerBurstFilter.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

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

qint64 ScannerBurstFilter::gapMs(const QKeyEvent *key)
{
    const qint64 processed = m_clock.elapsed();
    const qint64 processedGap = processed - m_lastProcessedMs;
    m_lastProcessedMs = processed;
    const ulong stamp = key->timestamp();
    const ulong last = m_lastStamp;
    m_lastStamp = stamp;
    if (stamp == 0 || last == 0)
        return processedGap;  // no typing time on these events: the processing time is all there is
    if (stamp < last)
        return std::numeric_limits<qint64>::max();  // another clock or a wrap: treat as a pause
    return qint64(stamp - last);
}

ScannerBurstFilter::Snapshot ScannerBurstFilter::snapshot(QWidget *focus) const
{
    Snapshot s;
    s.widget = focus;
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        s.text = edit->text();
        s.cursor = edit->cursorPosition();
    } else if (auto *spin = qobject_cast<QSpinBox *>(focus)) {
        s.number = spin->value();
    } else if (auto *combo = qobject_cast<QComboBox *>(focus)) {
        s.number = combo->currentIndex();
    }
    // A table (or an editor inside one): its current cell, and whether a key opens an editor.
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            s.view = view;
            s.current = view->currentIndex();
            break;
        }
    }
    return s;
}

void ScannerBurstFilter::putBack(const Snapshot &s)
{
    QWidget *focus = QApplication::focusWidget();
    if (s.view && focus && focus != s.widget && s.view->viewport()->isAncestorOf(focus)) {
        // The run's first key opened a cell editor: close it without writing, as Esc does.
        m_putting = true;
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(focus, &escape);
        m_putting = false;
    }
    if (!s.widget)
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(s.widget.data())) {
        edit->setText(s.text);
        edit->setCursorPosition(s.cursor);
    } else if (auto *spin = qobject_cast<QSpinBox *>(s.widget.data())) {
        spin->setValue(s.number);
    } else if (auto *combo = qobject_cast<QComboBox *>(s.widget.data())) {
        combo->setCurrentIndex(s.number);
    }
    if (s.view && s.current.isValid())
        s.view->setCurrentIndex(s.current);
}

bool ScannerBurstFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_putting)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    auto inPage = [this](const QWidget *w) { return w && (w == m_page || m_page->isAncestorOf(w)); };
    if (!widget || !m_page->isVisible())
        return false;
    if (!inPage(widget)) {
        // A type-ahead list (the province/commune pickers' QCompleter popup) takes the keys while
        // its field keeps the focus, and hands them to the field behind every event filter.
        QWidget *focus = QApplication::focusWidget();
        if (widget->window()->windowType() != Qt::Popup || !inPage(focus))
            return false;
        widget = focus;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 gap = gapMs(key);

    if (m_capturing) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            finish();
        } else {
            m_buffer += key->text();
            m_idle.start();
        }
        return true;  // the scan never reaches the focused control
    }
    if (gap > m_maxGapMs || !m_runOpen) {  // a person's pause, or a scan just ended: a new run starts here
        m_run.clear();
        m_runOpen = true;
        m_before = snapshot(widget);
    }
    m_run += key->text();
    if (m_run.size() > 64)  // a run that long without an ID-card opening is no ID card
        m_run.remove(0, m_run.size() - 13);
    // The payload opens with the 12-digit ID number and '|': no person types that in 40 ms steps.
    static const QRegularExpression opening(QStringLiteral("\\d{12}\\|$"));
    if (m_run.size() >= 13 && opening.match(m_run).hasMatch()) {
        putBack(m_before);
        m_capturing = true;
        m_buffer = m_run.right(13);
        m_run.clear();
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
    m_run.clear();
    m_runOpen = false;  // whatever comes next starts a run of its own
    emit payloadScanned(payload);
}

}  // namespace pc

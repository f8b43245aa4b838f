#pragma once
// A USB QR scanner types like a keyboard, but far faster than a person. This filter watches the
// keystrokes that reach a page: when a fast burst starts with an ID-card payload
// (12 digits and '|'), it takes the rest of the burst for itself, puts back the text the burst
// had typed into the focused field, and hands over the payload when the burst ends (Enter or
// a pause).
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QWidget;

namespace pc {

class ScannerBurstFilter : public QObject {
    Q_OBJECT
public:
    // Watches key presses to `page` and its children, through the application's event filter.
    explicit ScannerBurstFilter(QWidget *page, int maxGapMs = 40);
    ~ScannerBurstFilter() override;

signals:
    void payloadScanned(const QString &payload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();
    QWidget *m_page;
    int m_maxGapMs;
    QElapsedTimer m_clock;
    qint64 m_lastKeyMs = -1'000'000;
    // The current fast run of keys, with the focused field as it was before each key, so that
    // when the run turns out to be a scan the field can be put back as it was before the scan.
    struct Before {
        QPointer<QLineEdit> field;
        QString text;
        int cursor = 0;
    };
    QString m_pending;
    QList<Before> m_before;
    QString m_buffer;  // the scan being captured
    bool m_capturing = false;
    QTimer m_idle;
};

}  // namespace pc

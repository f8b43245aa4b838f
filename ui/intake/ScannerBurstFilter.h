#pragma once
// A USB QR scanner types like a keyboard, but far faster than a person. This filter watches the
// keystrokes that reach a page, wherever its focus is (a line edit, the procedure search, a
// table or its cell editor, a combo box): when a fast run of keys opens with an ID-card payload
// (12 digits and '|'), it takes the rest of the run for itself, puts the focused control back
// as it was before the run's first key, and hands over the payload when the run ends (Enter
// or a pause).
//
// "Fast" is judged from the key events' own timestamps (when the keys were typed), not from
// when they are processed: on a busy PC the keys of a scan queue up and are processed late,
// far apart or all at once. Events without a timestamp (0, e.g. synthesised) fall back to
// the processing time.
#include <QElapsedTimer>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;
class QKeyEvent;
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
    // The focused control as it was before a run's first key, to put back when the run is a scan.
    struct Snapshot {
        QPointer<QWidget> widget;
        QString text;
        int cursor = 0;
        int number = 0;  // a spin box's value or a combo box's index
        QPointer<QAbstractItemView> view;
        QPersistentModelIndex current;
    };
    qint64 gapMs(const QKeyEvent *key);
    Snapshot snapshot(QWidget *focus) const;
    void putBack(const Snapshot &s);
    void finish();

    QWidget *m_page;
    int m_maxGapMs;
    QElapsedTimer m_clock;
    ulong m_lastStamp = 0;
    qint64 m_lastProcessedMs = -1'000'000;
    bool m_putting = false;  // our own Escape to a cell editor passes untouched
    QString m_run;           // the text of the current fast run of keys
    bool m_runOpen = false;
    Snapshot m_before;
    QString m_buffer;  // the scan being captured
    bool m_capturing = false;
    QTimer m_idle;
};

}  // namespace pc

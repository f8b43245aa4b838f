#pragma once
// F6 "Báo cáo": close of the day. A date or a range, the figures of the day report, the two
// charts, and buttons to print the day report and the ledger (Sổ theo dõi hồ sơ) and to export
// both as CSV for Excel. Everything is read through core's ReportOutput: no SQL here.
#include "services/ReportService.h"

#include <QWidget>
#include <functional>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

class CounterServices;
class CurrentActor;
struct ReportContent;

class ReportPage : public QWidget {
    Q_OBJECT
public:
    ReportPage(CounterServices &services, CurrentActor &actor, QWidget *parent = nullptr);

    // Seams the tests answer: where to save a file (empty = cancelled), and what printing a
    // report does (default: a print preview on the chosen printer).
    using FileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;
    using Printer = std::function<void(const ReportContent &content)>;
    void setFileChooser(FileChooser f) { m_chooseFile = std::move(f); }
    void setPrinter(Printer p) { m_print = std::move(p); }

    void setPeriod(const QDate &from, const QDate &to);  // and shows it
    void reload();
    const DayReport &report() const { return m_report; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *figures() const { return m_figures; }
    QLabel *message() const { return m_message; }
    QTableWidget *fieldTable() const { return m_fields; }
    QTableWidget *statusTable() const { return m_statuses; }
    QChartView *fieldChart() const { return m_fieldChart; }
    QChartView *onTimeChart() const { return m_onTimeChart; }
    QPushButton *printDayButton() const { return m_printDay; }
    QPushButton *printLedgerButton() const { return m_printLedger; }
    QPushButton *exportDayButton() const { return m_exportDay; }
    QPushButton *exportLedgerButton() const { return m_exportLedger; }

protected:
    void changeEvent(QEvent *e) override;
    void showEvent(QShowEvent *e) override;

private:
    void retranslate();
    void showReport();
    void printDay();
    void printLedger();
    void exportDay();
    void exportLedger();
    void say(const QString &text, bool problem);
    QString periodKey() const;

    CounterServices &m_services;
    CurrentActor &m_actor;
    DayReport m_report;
    bool m_loaded = false;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_today;
    QPushButton *m_show;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_figures;
    QLabel *m_message;
    QTableWidget *m_fields;
    QTableWidget *m_statuses;
    QChartView *m_fieldChart;
    QChartView *m_onTimeChart;
    QPushButton *m_printDay;
    QPushButton *m_printLedger;
    QPushButton *m_exportDay;
    QPushButton *m_exportLedger;
    FileChooser m_chooseFile;
    Printer m_print;
};

}  // namespace pc

#pragma once
// Shared fixture for the intake-screen tests: a main window on a temporary counter at
// 1366×768, a keyboard that types into whatever has the focus (and counts keys), and a
// keyboard-wedge scanner that posts key events with their own timestamps.
#include "FakeSeams.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "intake/FeeVariantPicker.h"
#include "intake/IntakePage.h"
#include "intake/ProcedurePicker.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>
#include <QWindow>

namespace pc::test {

// One key press and release carrying a character; QTest::keyClicks only takes Latin-1.
inline void typeChar(QWidget *w, QChar c)
{
    if (c.unicode() < 128 && c != u'|')
        QTest::keyClicks(w, QString(c));
    else
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

struct Keyboard {
    int count = 0;
    QWidget *target() const
    {
        QWidget *w = QApplication::focusWidget();
        if (!w)
            qFatal("no widget has the keyboard focus");
        return w;
    }
    void type(const QString &text)
    {
        for (QChar c : text) {
            typeChar(target(), c);
            ++count;
        }
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(target(), k, m);
        ++count;
    }
};

inline int keyFor(QChar c)
{
    if (c.isDigit())
        return Qt::Key_0 + c.digitValue();
    if (c.unicode() >= u'a' && c.unicode() <= u'z')
        return Qt::Key_A + (c.unicode() - u'a');
    if (c.unicode() >= u'A' && c.unicode() <= u'Z')
        return Qt::Key_A + (c.unicode() - u'A');
    if (c == u' ')
        return Qt::Key_Space;
    return Qt::Key_unknown;
}

// Posts a whole burst to the window before any of it is processed, as a scanner's keys
// queue up on a busy PC. Each key carries its own timestamp, `gapsMs` cycling (e.g. 3..8 ms);
// the window hands each event to whatever has the focus when the event is processed.
// Returns the timestamp after the last key.
inline ulong postKeys(QWidget *window, const QString &text, ulong startMs, const QList<int> &gapsMs, bool enter)
{
    QWindow *target = window->windowHandle();
    ulong ts = startMs;
    int i = 0;
    auto post = [&](int key, const QString &t) {
        auto *press = new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, t);
        press->setTimestamp(ts);
        QCoreApplication::postEvent(target, press);
        auto *release = new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, t);
        release->setTimestamp(ts + 1);
        QCoreApplication::postEvent(target, release);
        ts += ulong(gapsMs.at(i++ % gapsMs.size()));
    };
    for (QChar c : text)
        post(keyFor(c), QString(c));
    if (enter)
        post(Qt::Key_Return, QStringLiteral("\r"));
    return ts;
}

// 2.000620 has four fee lines since issue 8 (§4): as a clerk would, pick "household, city"
// (400.000 đ) right after the procedure, leaving the focus where the screen put it.
inline void pickHouseholdCityFee(IntakePage *intake)
{
    QObject::connect(intake->procedurePicker(), &ProcedurePicker::procedureChosen, intake, [intake] {
        if (intake->feeVariantPicker()->needsChoice())
            intake->feeVariantPicker()->choose(QStringLiteral("hkd-thanh-pho"));
    });
}

struct Screen {
    TempCounter t;
    RecordingPresenter presenter;
    ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
    IntakePage *intake = nullptr;
    explicit Screen(QSize size = {1366, 768})
    {
        t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
        window = std::make_unique<MainWindow>(*t.services, presenter, prompts);
        window->resize(size);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        intake = window->intakePage();
    }
    int dossiers() { return int(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers"))); }
};

}  // namespace pc::test

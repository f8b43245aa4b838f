#pragma once
// A page's lists are read from the database only while the page is on screen. At start-up
// (a million dossiers: 7,961 waiting for handover and their rows, issue 13) and after each step
// taken on another tab, a hidden page only notes that it is out of date, and reads when it is
// shown. Owned by the page: request() where it used to read, shown() from its showEvent().
#include <QWidget>
#include <functional>
#include <utility>

namespace pc {

class LoadWhenShown {
public:
    explicit LoadWhenShown(std::function<void()> load) : m_load(std::move(load)) {}
    // Reads now when `page` is visible, else at its next shown().
    void request(const QWidget &page)
    {
        m_stale = true;
        if (page.isVisible())
            shown();
    }
    void shown()
    {
        if (!m_stale)
            return;
        m_stale = false;
        m_load();
    }

private:
    std::function<void()> m_load;
    bool m_stale = true;
};

}  // namespace pc

#pragma once
// The one owner of "who is at the counter" in the window: the signed-in clerk. Pages ask it for
// the Actor they pass to core services and are told when the clerk changes (login, lock, switch).
#include "domain/Actor.h"

#include <QObject>

namespace pc {

class CurrentActor : public QObject {
    Q_OBJECT
public:
    explicit CurrentActor(QObject *parent = nullptr) : QObject(parent) {}
    const Actor &actor() const { return m_actor; }
    bool isSignedIn() const { return m_signedIn; }
    void signIn(const Actor &a);
    void signOut();

signals:
    void changed();

private:
    // Until someone signs in (accounts not set up yet): a clerk with no name, so the receipt's
    // NGƯỜI TIẾP NHẬN HỒ SƠ line stays blank for a handwritten name.
    Actor m_actor{QStringLiteral("counter"), QString(), Role::Clerk};
    bool m_signedIn = false;
};

}  // namespace pc

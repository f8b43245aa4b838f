#include "CurrentActor.h"

namespace pc {

void CurrentActor::signIn(const Actor &a)
{
    m_actor = a;
    m_signedIn = true;
    emit changed();
}

void CurrentActor::signOut()
{
    m_actor = Actor{QStringLiteral("counter"), QString(), Role::Clerk};
    m_signedIn = false;
    emit changed();
}

}  // namespace pc

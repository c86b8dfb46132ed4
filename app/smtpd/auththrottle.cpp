#include "auththrottle.h"

namespace RelayDesk {

AuthThrottle::AuthThrottle()
{
    m_clock.start();
}

int AuthThrottle::failed(const QHostAddress &client)
{
    if (m_entries.size() >= MaxEntries)
        expire();
    Entry &entry = m_entries[client];
    const qint64 now = m_clock.elapsed();
    if (entry.failures > 0 && now - entry.last > ForgetAfterMs)
        entry.failures = 0;
    entry.last = now;
    ++entry.failures;
    const int over = entry.failures - FreeFailures;
    if (over <= 0)
        return 0;
    qint64 delay = m_baseDelayMs;
    for (int i = 1; i < over && delay < MaxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, MaxDelayMs));
}

void AuthThrottle::succeeded(const QHostAddress &client)
{
    m_entries.remove(client);
}

int AuthThrottle::failures(const QHostAddress &client) const
{
    const auto it = m_entries.constFind(client);
    if (it == m_entries.cend() || m_clock.elapsed() - it->last > ForgetAfterMs)
        return 0;
    return it->failures;
}

void AuthThrottle::expire()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->last > ForgetAfterMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
    if (m_entries.size() >= MaxEntries)
        m_entries.clear(); // under a flood of addresses: start over rather than grow without end
}

} // namespace RelayDesk

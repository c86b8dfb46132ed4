#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

// Failed AUTH attempts per client address, for the growing delay before a 535 reply: none for
// the first three failures, then 1, 2, 4, … seconds up to MaxDelayMs. Counted per address, not
// per session, so that reconnecting does not reset it; forgotten after ForgetAfterMs without a
// failure, or on a success.
namespace RelayDesk {

class AuthThrottle final
{
public:
    static constexpr int FreeFailures = 3;
    static constexpr int MaxDelayMs = 30000;
    static constexpr qint64 ForgetAfterMs = 15 * 60 * 1000;
    static constexpr int MaxEntries = 10000;

    AuthThrottle();

    // Records a failure of `client` and returns how long to wait before answering it.
    int failed(const QHostAddress &client);
    void succeeded(const QHostAddress &client);
    int failures(const QHostAddress &client) const;

    // Tests: the base delay (1000 ms by default) of the first delayed failure.
    void setBaseDelay(int milliseconds) { m_baseDelayMs = milliseconds; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 last = 0;
    };
    void expire();

    QElapsedTimer m_clock;
    QHash<QHostAddress, Entry> m_entries;
    int m_baseDelayMs = 1000;
};

} // namespace RelayDesk

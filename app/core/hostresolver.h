#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace RelayDesk {

// Finds the forward-confirmed reverse DNS name of a client address: a PTR name of the
// address whose A/AAAA records include the address again. The relay policy's `domain`
// entries match on this name only, never on an unconfirmed PTR.
class HostNameResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostNameResolver)

public:
    using QObject::QObject;
    ~HostNameResolver() override;

    // Starts finding the confirmed name of `address`. Emits finished(address, name) exactly
    // once per call, always queued (never from inside lookup(), not even on a cache hit), so a
    // caller may connect after calling. `address` in the signal is the one passed here;
    // IPv4-mapped IPv6 addresses are looked up as IPv4. The name is lower case without a
    // trailing dot, or empty when none is confirmed (no PTR, no matching A/AAAA, timeout,
    // error). Nothing is emitted after the resolver is destroyed.
    virtual void lookup(const QHostAddress &address) = 0;

signals:
    void finished(const QHostAddress &address, const QString &verifiedName);

protected:
    // The form addresses are looked up and cached in: IPv4-mapped IPv6 as IPv4, no scope id.
    static QHostAddress normalizedAddress(const QHostAddress &address);
    // Lower case, without one trailing dot.
    static QString normalizedHostName(const QString &name);
    // Emits finished(address, name) from the event loop.
    void finishLater(const QHostAddress &address, const QString &verifiedName);
};

// Answers from a fixed table: for tests, and for `explain --client-name`, where the
// administrator states the name instead of asking DNS.
class StaticHostNameResolver final : public HostNameResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticHostNameResolver)

public:
    explicit StaticHostNameResolver(QObject *parent = nullptr);
    ~StaticHostNameResolver() override;

    // Sets the confirmed name of `address`; an empty name removes the entry.
    void setName(const QHostAddress &address, const QString &name);
    QString name(const QHostAddress &address) const;
    void clear();

    void lookup(const QHostAddress &address) override;

private:
    QHash<QHostAddress, QString> m_names;
};

} // namespace RelayDesk

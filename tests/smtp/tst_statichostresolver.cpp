#include "hostresolver.h"

#include <QSignalSpy>
#include <QTest>

using namespace RelayDesk;

class TestStaticHostResolver final : public QObject
{
    Q_OBJECT

private slots:
    void knownName();
    void unknownAddress();
    void mappedIpv4();
    void removeAndClear();
};

namespace {

// Returns the arguments of the one finished signal, checking it came from the event loop.
QList<QVariant> lookupOnce(HostNameResolver &resolver, const QHostAddress &address)
{
    QSignalSpy spy(&resolver, &HostNameResolver::finished);
    resolver.lookup(address);
    if (!spy.isEmpty())
        return {}; // emitted synchronously: a contract violation
    if (!spy.wait(1000) || spy.count() != 1)
        return {};
    return spy.first();
}

} // namespace

void TestStaticHostResolver::knownName()
{
    StaticHostNameResolver resolver;
    resolver.setName(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("Mail.Example.ORG."));
    const QList<QVariant> result = lookupOnce(resolver, QHostAddress(QStringLiteral("192.0.2.1")));
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).value<QHostAddress>(), QHostAddress(QStringLiteral("192.0.2.1")));
    QCOMPARE(result.at(1).toString(), QStringLiteral("mail.example.org"));
}

void TestStaticHostResolver::unknownAddress()
{
    StaticHostNameResolver resolver;
    const QList<QVariant> result = lookupOnce(resolver, QHostAddress(QStringLiteral("2001:db8::1")));
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(1).toString(), QString());
}

void TestStaticHostResolver::mappedIpv4()
{
    StaticHostNameResolver resolver;
    resolver.setName(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("mail.example.org"));
    const QHostAddress mapped(QStringLiteral("::ffff:192.0.2.1"));
    const QList<QVariant> result = lookupOnce(resolver, mapped);
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).value<QHostAddress>(), mapped);
    QCOMPARE(result.at(1).toString(), QStringLiteral("mail.example.org"));

    resolver.setName(QHostAddress(QStringLiteral("::ffff:198.51.100.7")),
                     QStringLiteral("relay.example.org"));
    QCOMPARE(resolver.name(QHostAddress(QStringLiteral("198.51.100.7"))),
             QStringLiteral("relay.example.org"));
}

void TestStaticHostResolver::removeAndClear()
{
    StaticHostNameResolver resolver;
    const QHostAddress a(QStringLiteral("192.0.2.1"));
    const QHostAddress b(QStringLiteral("192.0.2.2"));
    resolver.setName(a, QStringLiteral("a.example.org"));
    resolver.setName(b, QStringLiteral("b.example.org"));
    resolver.setName(a, QString());
    QCOMPARE(resolver.name(a), QString());
    QCOMPARE(resolver.name(b), QStringLiteral("b.example.org"));
    resolver.clear();
    QCOMPARE(resolver.name(b), QString());
}

QTEST_GUILESS_MAIN(TestStaticHostResolver)
#include "tst_statichostresolver.moc"

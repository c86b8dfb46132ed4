// libFuzzer target: a real Session with the input as the client's byte stream, over an
// in-memory transport and a spool stub that acknowledges from the event loop.
// Each input runs twice: all bytes at once (a client that pipelines everything) from a host that
// may relay, and one line at a time (a client that waits for its answers) from one that may not.
// Invariants, beyond no crash, leak or sanitizer report:
//  - the output is well-formed reply lines: "ddd-text\r\n" / "ddd text\r\n", 2xx to 5xx, printable
//    ASCII, at most 512 octets with the CRLF, continuation lines under one code;
//  - at most one reply per input line, plus the greeting and the 421 of the shutdown;
//  - nothing is answered after 221 or 421, and then the session closes the connection;
//  - one 250 2.6.0 per message the spool took, and no more messages than the connection limit;
//  - a stored message has CRLF line ends only, a Received header without a line of the client's
//    making, and an envelope without CR, LF or NUL (it becomes X-Sender/X-Receiver lines).
#include "auththrottle.h"
#include "corpdomain.h"
#include "memorytransport.h"
#include "passwordhash.h"
#include "relaypolicy.h"
#include "session.h"
#include "sessioncontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace RelayDesk;
using TestSupport::MemoryTransport;

namespace {

constexpr int MaxMessages = 3;
constexpr int MaxRecipients = 4;
constexpr int MaxMessageKb = 2;

[[noreturn]] void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_session: %s\n%s\n", what, detail.constData());
    std::abort();
}

Config makeConfig(bool requireTlsForAuth)
{
    Config config = Config::secureDefault();
    VirtualServer &vs = config.virtualServers[0];
    vs.fqdn = QStringLiteral("relay.test");
    vs.authentication.basicRequiresTls = requireTlsForAuth;
    AccessEntry trusted;
    trusted.address = QStringLiteral("127.0.0.5");
    vs.relayRestrictions.entries = {trusted};
    vs.messages.maxMessagesPerConnection = MaxMessages;
    vs.messages.maxRecipientsPerMessage = MaxRecipients;
    vs.messages.maxMessageSizeKb = MaxMessageKb;
    vs.messages.maxSessionSizeKb = 5;
    vs.delivery.maxHopCount = 3;
    TestSupport::addCorpDomain(config, QStringLiteral("app"),
                               PasswordHash::hash(QStringLiteral("secret"), 1)); // cheap: one iteration
    return config;
}

struct Fixture
{
    std::shared_ptr<const RelayPolicy> relaxed; // AUTH without TLS
    std::shared_ptr<const RelayPolicy> strict; // AUTH only after STARTTLS
};

const Fixture &fixture()
{
    static const Fixture f{std::make_shared<RelayPolicy>(makeConfig(false), 0),
                           std::make_shared<RelayPolicy>(makeConfig(true), 0)};
    return f;
}

bool isReplyText(char c)
{
    return c == '\t' || (c >= 32 && c <= 126);
}

// Checks the replies; returns how many complete replies there are, and the code of the last.
int checkReplies(const QByteArray &out, int *lastCode)
{
    int replies = 0;
    int group = 0; // code of an open multi-line reply, 0 when none
    qsizetype pos = 0;
    while (pos < out.size()) {
        const qsizetype end = out.indexOf("\r\n", pos);
        if (end < 0)
            fail("reply without CRLF", out.mid(pos));
        const QByteArray line = out.mid(pos, end - pos);
        pos = end + 2;
        if (line.size() + 2 > 512)
            fail("reply line over 512 octets", line);
        if (line.size() < 4 || line.at(0) < '2' || line.at(0) > '5' || line.at(1) < '0' || line.at(1) > '9'
            || line.at(2) < '0' || line.at(2) > '9' || (line.at(3) != ' ' && line.at(3) != '-'))
            fail("malformed reply line", line);
        for (const char c : line) {
            if (!isReplyText(c))
                fail("reply with a control or 8-bit character", line);
        }
        const int code = line.left(3).toInt();
        if (group != 0 && code != group)
            fail("code changes inside a multi-line reply", out);
        if (replies > 0 && (*lastCode == 221 || *lastCode == 421) && group == 0)
            fail("a reply after the session closed", out);
        if (line.at(3) == '-') {
            group = code;
            continue;
        }
        group = 0;
        ++replies;
        *lastCode = code;
    }
    if (group != 0)
        fail("unfinished multi-line reply", out);
    return replies;
}

bool hasBareCrOrLf(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n' && (i == 0 || text.at(i - 1) != '\r'))
            return true;
        if (text.at(i) == '\r' && (i + 1 == text.size() || text.at(i + 1) != '\n'))
            return true;
    }
    return false;
}

void checkAddress(const QString &address)
{
    for (const QChar c : address) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            fail("CR, LF or NUL in an envelope address", address.toUtf8());
    }
}

void checkMessage(const SpooledMessage &message)
{
    const int recipients = int(message.localRecipients.size() + message.relayRecipients.size());
    if (recipients < 1 || recipients > MaxRecipients)
        fail("stored message with a wrong number of recipients", QByteArray::number(recipients));
    if (message.data.size() > MaxMessageKb * 1024)
        fail("stored message over the size limit", QByteArray::number(message.data.size()));
    if (hasBareCrOrLf(message.data))
        fail("stored message with a bare CR or LF", message.data);
    const QByteArray &received = message.receivedHeader;
    if (!received.startsWith("Received: ") || !received.endsWith("\r\n") || hasBareCrOrLf(received))
        fail("malformed Received header", received);
    for (qsizetype i = received.indexOf("\r\n"); i >= 0 && i + 2 < received.size();
         i = received.indexOf("\r\n", i + 2)) {
        if (received.at(i + 2) != '\t' && received.at(i + 2) != ' ')
            fail("Received header starts a new header line", received);
    }
    checkAddress(message.sender);
    for (const QString &r : message.localRecipients + message.relayRecipients)
        checkAddress(r);
}

// Runs the session's pending work: spool acknowledgements, the TLS "handshake", a password check
// on the thread pool (the one wait that is not immediate).
void settle(const Session &session)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QCoreApplication::sendPostedEvents();
        const Session::State state = session.state();
        if (state != Session::State::AuthChecking && state != Session::State::Spooling
            && state != Session::State::TlsHandshake)
            return;
        if (clock.elapsed() > 10000)
            fail("the session does not settle", Session::stateName(state).toUtf8());
        if (state == Session::State::AuthChecking)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

void run(const QByteArray &input, bool lineByLine)
{
    const Fixture &f = fixture();
    auto server = std::make_shared<VirtualServerRuntime>();
    server->name = QStringLiteral("Default SMTP Virtual Server");
    server->policy = lineByLine ? f.strict : f.relaxed;
    server->hostName = server->policy->hostName();
    server->tlsAvailable = true;

    ListenerCounters counters;
    AuthThrottle throttle;
    throttle.setBaseDelay(0);
    int stored = 0;
    SessionContext context;
    context.counters = &counters;
    context.authThrottle = &throttle;
    context.store = [&stored](const SpooledMessage &message, Spool::Done done) {
        checkMessage(message);
        // now and then the disk is full; a message the spool could not keep gets 451 and does
        // not count towards the connection's message limit
        const bool ok = message.data.size() % 7 != 3;
        if (ok)
            ++stored;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done, ok] { done(ok, ok ? QString() : QStringLiteral("disk full")); }, Qt::QueuedConnection);
    };

    auto *transport = new MemoryTransport(
        QHostAddress(lineByLine ? QStringLiteral("127.0.0.1") : QStringLiteral("127.0.0.5")));
    auto session = std::make_unique<Session>(1, transport, server, &context);
    int finished = 0;
    QObject::connect(session.get(), &Session::finished, session.get(), [&finished] { ++finished; });
    session->start();
    settle(*session);

    if (lineByLine) {
        qsizetype pos = 0;
        while (pos < input.size() && transport->isConnected()) {
            const qsizetype end = input.indexOf('\n', pos);
            const qsizetype next = end < 0 ? input.size() : end + 1;
            transport->deliver(QByteArrayView(input).sliced(pos, next - pos));
            settle(*session);
            pos = next;
        }
    } else {
        transport->deliver(input);
        settle(*session);
    }
    session->shutdown();
    settle(*session);
    QCoreApplication::sendPostedEvents(); // the close

    const QByteArray out = transport->written();
    if (qEnvironmentVariableIsSet("FUZZ_SESSION_TRACE")) // to read what a reproducer did
        std::fprintf(stderr, "--- %s\n%s", lineByLine ? "line by line" : "all at once", out.constData());
    int lastCode = 0;
    const int replies = checkReplies(out, &lastCode);
    if (replies > int(input.count('\n')) + 2)
        fail("more replies than lines", out);
    if (lastCode != 221 && lastCode != 421)
        fail("the session ended without 221 or 421", out);
    if (!transport->closeRequested() || finished != 1)
        fail("the session did not close exactly once", out);
    if (int(out.count("\r\n250 2.6.0 <")) + int(out.startsWith("250 2.6.0 <")) > stored)
        fail("250 for a message the spool did not take", out);
    if (stored > MaxMessages)
        fail("more messages than the connection limit", out);
    if (counters.connections != 1)
        fail("connection counted wrongly", out);
    if (server->openSessions != 0)
        fail("open sessions miscounted", QByteArray::number(server->openSessions));
    session.reset();
    if (server->openSessions != 0)
        fail("open sessions miscounted after delete", QByteArray::number(server->openSessions));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("relaydesk.*=false")); // 451 warns on every stub failure
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    run(input, false);
    run(input, true);
    return 0;
}

#include "mailaddress.h"

#include <QtTest>

using namespace RelayDesk;

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

enum class Kind
{
    Reverse,
    Forward,
    Mailbox
};

MailPath parse(Kind kind, const QString &text)
{
    switch (kind) {
    case Kind::Reverse:
        return parseReversePath(text);
    case Kind::Forward:
        return parseForwardPath(text);
    case Kind::Mailbox:
        return parseMailbox(text);
    }
    return {};
}

QString repeated(const QString &unit, int count)
{
    return unit.repeated(count);
}

// A syntactically valid domain of exactly `length` characters (labels of at most 63).
QString domainOfLength(int length)
{
    QString result;
    while (length - result.size() > 63)
        result += repeated(QStringLiteral("d"), 62) + QLatin1Char('.');
    return result + repeated(QStringLiteral("e"), length - int(result.size()));
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestMailAddress : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void limits_data();
    void limits();
    void nullPath();
    void postmaster_data();
    void postmaster();
    void nonAscii_data();
    void nonAscii();
};

void TestMailAddress::valid_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("route");
    QTest::addColumn<bool>("senderRouted");
    QTest::addColumn<QString>("literal"); // empty: not an address literal

    const QStringList noRoute;
    QTest::newRow("plain reverse") << Kind::Reverse << "<user@example.com>"
                                   << "user"
                                   << "example.com"
                                   << "user@example.com" << noRoute << false << QString();
    QTest::newRow("plain forward") << Kind::Forward << "<user@example.com>"
                                   << "user"
                                   << "example.com"
                                   << "user@example.com" << noRoute << false << QString();
    QTest::newRow("plain mailbox") << Kind::Mailbox << "user@example.com"
                                   << "user"
                                   << "example.com"
                                   << "user@example.com" << noRoute << false << QString();
    QTest::newRow("case kept in local part, domain lowered")
        << Kind::Forward << "<User.Name+tag@Example.COM>"
        << "User.Name+tag"
        << "example.com"
        << "User.Name+tag@example.com" << noRoute << false << QString();
    QTest::newRow("trailing dot removed") << Kind::Mailbox << "USER@CORP.EXAMPLE."
                                          << "USER"
                                          << "corp.example"
                                          << "USER@corp.example" << noRoute << false << QString();
    QTest::newRow("trailing dot in path") << Kind::Forward << "<user@corp.example.>"
                                          << "user"
                                          << "corp.example"
                                          << "user@corp.example" << noRoute << false << QString();
    QTest::newRow("percent hack") << Kind::Forward << "<user%foreign.example@corp.example>"
                                  << "user%foreign.example"
                                  << "corp.example"
                                  << "user%foreign.example@corp.example" << noRoute << true << QString();
    QTest::newRow("bang path") << Kind::Forward << "<foreign.example!user@corp.example>"
                               << "foreign.example!user"
                               << "corp.example"
                               << "foreign.example!user@corp.example" << noRoute << true << QString();
    QTest::newRow("quoted at sign") << Kind::Forward << "<\"user@foreign.example\"@corp.example>"
                                    << "user@foreign.example"
                                    << "corp.example"
                                    << "\"user@foreign.example\"@corp.example" << noRoute << true
                                    << QString();
    QTest::newRow("source route") << Kind::Forward << "<@corp.example:user@foreign.example>"
                                  << "user"
                                  << "foreign.example"
                                  << "user@foreign.example" << QStringList{QStringLiteral("corp.example")}
                                  << false << QString();
    QTest::newRow("source route of two hops")
        << Kind::Reverse << "<@A.Example,@B.Example.:user@c.example>"
        << "user"
        << "c.example"
        << "user@c.example" << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")} << false
        << QString();
    QTest::newRow("quoted with space") << Kind::Forward << "<\"John Doe\"@example.com>"
                                       << "John Doe"
                                       << "example.com"
                                       << "\"John Doe\"@example.com" << noRoute << false << QString();
    QTest::newRow("quoted pairs") << Kind::Forward << "<\"a\\\"b\\\\c\"@example.com>"
                                  << "a\"b\\c"
                                  << "example.com"
                                  << "\"a\\\"b\\\\c\"@example.com" << noRoute << false << QString();
    QTest::newRow("needless quotes dropped") << Kind::Forward << "<\"abc\"@example.com>"
                                             << "abc"
                                             << "example.com"
                                             << "abc@example.com" << noRoute << false << QString();
    QTest::newRow("needless quoted pair") << Kind::Forward << "<\"a\\bc\"@example.com>"
                                          << "abc"
                                          << "example.com"
                                          << "abc@example.com" << noRoute << false << QString();
    QTest::newRow("quoted dots") << Kind::Forward << "<\"a..b\"@example.com>"
                                 << "a..b"
                                 << "example.com"
                                 << "\"a..b\"@example.com" << noRoute << false << QString();
    QTest::newRow("every atext") << Kind::Forward << "<!#$%&'*+-/=?^_`{|}~@example.com>"
                                 << "!#$%&'*+-/=?^_`{|}~"
                                 << "example.com"
                                 << "!#$%&'*+-/=?^_`{|}~@example.com" << noRoute << true << QString();
    QTest::newRow("utf-8 local part")
        << Kind::Forward << QStringLiteral("<J\u00fcrgen.\u5f20@example.com>")
        << QStringLiteral("J\u00fcrgen.\u5f20") << "example.com"
        << QStringLiteral("J\u00fcrgen.\u5f20@example.com") << noRoute << false << QString();
    // Look-alikes that NFKC turns into '@', '%' or '!': a percent hack or bang path in disguise.
    QTest::newRow("full-width at sign U+FF20")
        << Kind::Forward << QStringLiteral("<x\uff20foreign.example@legacy.corp.example>")
        << QStringLiteral("x\uff20foreign.example") << "legacy.corp.example"
        << QStringLiteral("x\uff20foreign.example@legacy.corp.example") << noRoute << true << QString();
    QTest::newRow("full-width percent U+FF05")
        << Kind::Forward << QStringLiteral("<x\uff05foreign.example@corp.example>")
        << QStringLiteral("x\uff05foreign.example") << "corp.example"
        << QStringLiteral("x\uff05foreign.example@corp.example") << noRoute << true << QString();
    QTest::newRow("full-width exclamation U+FF01")
        << Kind::Forward << QStringLiteral("<foreign.example\uff01x@corp.example>")
        << QStringLiteral("foreign.example\uff01x") << "corp.example"
        << QStringLiteral("foreign.example\uff01x@corp.example") << noRoute << true << QString();
    QTest::newRow("small at sign U+FE6B")
        << Kind::Reverse << QStringLiteral("<x\ufe6bforeign.example@corp.example>")
        << QStringLiteral("x\ufe6bforeign.example") << "corp.example"
        << QStringLiteral("x\ufe6bforeign.example@corp.example") << noRoute << true << QString();
    QTest::newRow("small percent U+FE6A")
        << Kind::Mailbox << QStringLiteral("x\ufe6aforeign.example@corp.example")
        << QStringLiteral("x\ufe6aforeign.example") << "corp.example"
        << QStringLiteral("x\ufe6aforeign.example@corp.example") << noRoute << true << QString();
    QTest::newRow("small exclamation U+FE57")
        << Kind::Forward << QStringLiteral("<foreign.example\ufe57x@legacy.corp.example>")
        << QStringLiteral("foreign.example\ufe57x") << "legacy.corp.example"
        << QStringLiteral("foreign.example\ufe57x@legacy.corp.example") << noRoute << true << QString();
    QTest::newRow("hyphens and digits") << Kind::Mailbox << "u@a-b--c.9x.123.example"
                                        << "u"
                                        << "a-b--c.9x.123.example"
                                        << "u@a-b--c.9x.123.example" << noRoute << false << QString();
    QTest::newRow("single label") << Kind::Forward << "<root@localhost>"
                                  << "root"
                                  << "localhost"
                                  << "root@localhost" << noRoute << false << QString();
    QTest::newRow("label of 63") << Kind::Mailbox << "u@"_q + repeated(QStringLiteral("x"), 63) + ".example"_q
                                 << "u" << repeated(QStringLiteral("x"), 63) + ".example"_q
                                 << "u@"_q + repeated(QStringLiteral("x"), 63) + ".example"_q << noRoute
                                 << false << QString();
    QTest::newRow("postmaster with domain") << Kind::Forward << "<Postmaster@Example.com>"
                                            << "Postmaster"
                                            << "example.com"
                                            << "Postmaster@example.com" << noRoute << false << QString();
    QTest::newRow("ipv4 literal") << Kind::Forward << "<user@[10.0.0.1]>"
                                  << "user"
                                  << "[10.0.0.1]"
                                  << "user@[10.0.0.1]" << noRoute << false << "10.0.0.1";
    QTest::newRow("ipv4 literal, leading zeros") << Kind::Forward << "<user@[010.000.0.255]>"
                                                 << "user"
                                                 << "[10.0.0.255]"
                                                 << "user@[10.0.0.255]" << noRoute << false << "10.0.0.255";
    QTest::newRow("ipv6 literal") << Kind::Forward << "<user@[IPv6:2001:DB8:0:0::1]>"
                                  << "user"
                                  << "[ipv6:2001:db8::1]"
                                  << "user@[ipv6:2001:db8::1]" << noRoute << false << "2001:db8::1";
    QTest::newRow("ipv6 literal, full form")
        << Kind::Mailbox << "user@[ipv6:2001:db8:0:0:0:0:0:2]"
        << "user"
        << "[ipv6:2001:db8::2]"
        << "user@[ipv6:2001:db8::2]" << noRoute << false << "2001:db8::2";
    QTest::newRow("ipv6v4 literal") << Kind::Forward << "<user@[IPv6:::ffff:192.0.2.1]>"
                                    << "user"
                                    << "[ipv6:::ffff:192.0.2.1]"
                                    << "user@[ipv6:::ffff:192.0.2.1]" << noRoute << false
                                    << "::ffff:192.0.2.1";
    QTest::newRow("quoted local part, literal") << Kind::Reverse << "<\"a b\"@[192.0.2.1]>"
                                                << "a b"
                                                << "[192.0.2.1]"
                                                << "\"a b\"@[192.0.2.1]" << noRoute << false << "192.0.2.1";
}

void TestMailAddress::valid()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    QFETCH(QString, address);
    QFETCH(QStringList, route);
    QFETCH(bool, senderRouted);
    QFETCH(QString, literal);

    const MailPath path = parse(kind, text);
    QVERIFY2(path.valid, qPrintable(path.error));
    QVERIFY(path.error.isEmpty());
    QCOMPARE(path.localPart, localPart);
    QCOMPARE(path.domain, domain);
    QCOMPARE(path.address(), address);
    QCOMPARE(path.sourceRoute, route);
    QCOMPARE(path.senderRouted, senderRouted);
    QVERIFY(!path.isNull);
    QVERIFY(!path.isPostmaster);
    QCOMPARE(path.isAddressLiteral, !literal.isEmpty());
    if (literal.isEmpty()) {
        QVERIFY(path.literal.isNull());
    } else {
        QCOMPARE(path.literal, QHostAddress(literal));
        QCOMPARE(path.literal.protocol(), QHostAddress(literal).protocol());
    }

    // The normalised address reads back as the same mailbox.
    const MailPath again = parseMailbox(path.address());
    QVERIFY2(again.valid, qPrintable(again.error));
    QCOMPARE(again.localPart, localPart);
    QCOMPARE(again.domain, domain);
    QCOMPARE(again.address(), address);
}

void TestMailAddress::invalid_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a fragment of the error

    QTest::newRow("null recipient") << Kind::Forward << "<>"
                                    << "null path";
    QTest::newRow("bare postmaster as sender") << Kind::Reverse << "<Postmaster>"
                                               << "no domain";
    QTest::newRow("bare postmaster as mailbox") << Kind::Mailbox << "postmaster"
                                                << "no domain";
    QTest::newRow("no brackets") << Kind::Forward << "user@example.com"
                                 << "angle brackets";
    QTest::newRow("no brackets, reverse") << Kind::Reverse << ""
                                          << "angle brackets";
    QTest::newRow("no closing bracket") << Kind::Forward << "<user@example.com"
                                        << "does not end with '>'";
    QTest::newRow("lone bracket") << Kind::Reverse << "<"
                                  << "does not end with '>'";
    QTest::newRow("trailing space") << Kind::Forward << "<user@example.com> "
                                    << "does not end with '>'";
    QTest::newRow("parameters left in") << Kind::Reverse << "<user@example.com> SIZE=100"
                                        << "does not end with '>'";
    QTest::newRow("space inside brackets") << Kind::Forward << "< user@example.com>"
                                           << "a space";
    QTest::newRow("space in local part") << Kind::Forward << "<us er@example.com>"
                                         << "a space";
    QTest::newRow("space in domain") << Kind::Forward << "<user@exa mple.com>"
                                     << "a space";
    QTest::newRow("space before bracket") << Kind::Forward << "<user@example.com >"
                                          << "a space";
    QTest::newRow("nul") << Kind::Forward
                         << QStringLiteral("<us") + QChar(0) + QStringLiteral("er@example.com>") << "U+0000";
    QTest::newRow("tab") << Kind::Mailbox << "us\ter@example.com"
                         << "U+0009";
    QTest::newRow("del") << Kind::Mailbox
                         << "us\x7f"
                            "er@example.com"
                         << "U+007F";
    QTest::newRow("c1 control") << Kind::Mailbox << QStringLiteral("us\u0085er@example.com") << "U+0085";
    QTest::newRow("zero width space")
        << Kind::Mailbox << QStringLiteral("us\u200ber@example.com") << "U+200B";
    QTest::newRow("right-to-left override")
        << Kind::Mailbox << QStringLiteral("us\u202eer@example.com") << "U+202E";
    QTest::newRow("noncharacter") << Kind::Mailbox << QStringLiteral("us\ufffeer@example.com") << "U+FFFE";
    QTest::newRow("no-break space") << Kind::Mailbox << QStringLiteral("us\u00a0er@example.com") << "U+00A0";
    QTest::newRow("control in quotes") << Kind::Forward
                                       << "<\"us\x01"
                                          "er\"@example.com>"
                                       << "U+0001";
    QTest::newRow("crlf in quotes") << Kind::Forward << "<\"us\r\ner\"@example.com>"
                                    << "U+000D";
    QTest::newRow("escaped control") << Kind::Forward << "<\"user\\\x01\"@example.com>"
                                     << "backslash";
    QTest::newRow("non-ascii in quotes")
        << Kind::Forward << QStringLiteral("<\"\u00fcser\"@example.com>") << QStringLiteral("'\u00fc'");
    QTest::newRow("non-ascii domain")
        << Kind::Forward << QStringLiteral("<user@ex\u00e4mple.com>") << QStringLiteral("'\u00e4'");
    QTest::newRow("lone surrogate") << Kind::Forward
                                    << QStringLiteral("<us") + QChar(0xd800) + QStringLiteral("er@x>")
                                    << "Unicode";
    QTest::newRow("two dots") << Kind::Forward << "<a..b@example.com>"
                              << "two dots";
    QTest::newRow("leading dot") << Kind::Forward << "<.a@example.com>"
                                 << "begins with a dot";
    QTest::newRow("trailing dot in local part") << Kind::Forward << "<a.@example.com>"
                                                << "ends with a dot";
    QTest::newRow("empty local part") << Kind::Mailbox << "@example.com"
                                      << "local part is empty";
    QTest::newRow("empty quoted local part") << Kind::Forward << "<\"\"@example.com>"
                                             << "local part is empty";
    QTest::newRow("stray quote") << Kind::Forward << "<a\"b\"@example.com>"
                                 << "'\"'";
    QTest::newRow("unclosed quote") << Kind::Forward << "<\"user@example.com>"
                                    << "no closing quote";
    QTest::newRow("text after quotes") << Kind::Forward << "<\"user\"x@example.com>"
                                       << "followed by '@'";
    QTest::newRow("quoted, no domain") << Kind::Forward << "<\"user\">"
                                       << "no domain";
    QTest::newRow("no at sign") << Kind::Forward << "<user>"
                                << "no domain";
    QTest::newRow("empty") << Kind::Mailbox << ""
                           << "empty";
    QTest::newRow("brackets on a mailbox") << Kind::Mailbox << "<user@example.com>"
                                           << "'<'";
    QTest::newRow("two at signs") << Kind::Forward << "<user@@example.com>"
                                  << "'@'";
    QTest::newRow("at sign in domain") << Kind::Forward << "<user@foreign.example@corp.example>"
                                       << "'@'";
    QTest::newRow("empty domain") << Kind::Forward << "<user@>"
                                  << "domain is empty";
    QTest::newRow("dot domain") << Kind::Forward << "<user@.>"
                                << "domain is empty";
    QTest::newRow("empty label") << Kind::Forward << "<user@a..b>"
                                 << "empty label";
    QTest::newRow("leading empty label") << Kind::Forward << "<user@.x>"
                                         << "empty label";
    QTest::newRow("two trailing dots") << Kind::Mailbox << "user@x.."
                                       << "empty label";
    QTest::newRow("leading hyphen") << Kind::Forward << "<user@-example.com>"
                                    << "hyphen";
    QTest::newRow("trailing hyphen") << Kind::Forward << "<user@example-.com>"
                                     << "hyphen";
    QTest::newRow("underscore") << Kind::Forward << "<user@exam_ple.com>"
                                << "'_'";
    QTest::newRow("label of 64") << Kind::Mailbox << "u@"_q + repeated(QStringLiteral("x"), 64) + ".example"_q
                                 << "longer than 63 octets";
    QTest::newRow("bare ip address") << Kind::Forward << "<user@192.0.2.1>"
                                     << "address literal";
    QTest::newRow("ipv4 literal out of range") << Kind::Forward << "<user@[1.2.3.256]>"
                                               << "not a valid IPv4";
    QTest::newRow("ipv4 literal too short") << Kind::Forward << "<user@[1.2.3]>"
                                            << "not a valid IPv4";
    QTest::newRow("ipv4 literal, four digits") << Kind::Forward << "<user@[1.2.3.0004]>"
                                               << "not a valid IPv4";
    QTest::newRow("unclosed literal") << Kind::Forward << "<user@[1.2.3.4>"
                                      << "closing ']'";
    QTest::newRow("ipv6 literal, bad digit") << Kind::Forward << "<user@[IPv6:2001:db8::g]>"
                                             << "not a valid IPv6";
    QTest::newRow("ipv6 literal, scope") << Kind::Forward << "<user@[IPv6:fe80::1%eth0]>"
                                         << "not a valid IPv6";
    QTest::newRow("ipv6 literal, ipv4 inside") << Kind::Forward << "<user@[IPv6:1.2.3.4]>"
                                               << "not a valid IPv6";
    QTest::newRow("ipv6 literal, empty") << Kind::Forward << "<user@[IPv6:]>"
                                         << "not a valid IPv6";
    QTest::newRow("ipv6 literal, too many groups") << Kind::Forward << "<user@[IPv6:1:2:3:4:5:6:7:8:9]>"
                                                   << "not a valid IPv6";
    QTest::newRow("general literal") << Kind::Forward << "<user@[x-tag:abc]>"
                                     << "not supported";
    QTest::newRow("ipv6 without tag") << Kind::Forward << "<user@[2001:db8::1]>"
                                      << "not supported";
    QTest::newRow("route hop without at") << Kind::Forward << "<@a.example,b.example:user@c.example>"
                                          << "must begin with '@'";
    QTest::newRow("route hop literal") << Kind::Forward << "<@[192.0.2.1]:user@c.example>"
                                       << "not an address literal";
    QTest::newRow("route without colon") << Kind::Forward << "<@a.example,@b.example>"
                                         << "not followed by ':'";
    QTest::newRow("route, bare at") << Kind::Forward << "<@example.com>"
                                    << "not followed by ':'";
    QTest::newRow("route hop empty label") << Kind::Forward << "<@a..example:user@c.example>"
                                           << "empty label";
    QTest::newRow("route hop empty") << Kind::Forward << "<@:user@c.example>"
                                     << "domain is empty";
    QTest::newRow("route, mailbox without domain") << Kind::Forward << "<@a.example:user>"
                                                   << "no domain";
    QTest::newRow("route on a mailbox") << Kind::Mailbox << "@a.example:user@c.example"
                                        << "local part is empty";
    QTest::newRow("route before postmaster") << Kind::Forward << "<@a.example:Postmaster>"
                                             << "no domain";
}

void TestMailAddress::invalid()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const MailPath path = parse(kind, text);
    QVERIFY(!path.valid);
    QVERIFY2(path.error.contains(reason), qPrintable(path.error));
    QVERIFY(path.localPart.isEmpty());
    QVERIFY(path.domain.isEmpty());
    QVERIFY(path.sourceRoute.isEmpty());
    QVERIFY(!path.isNull);
    QVERIFY(!path.isPostmaster);
    QVERIFY(!path.senderRouted);
    QVERIFY(!path.nonAscii);
    QVERIFY(!path.isAddressLiteral);
    QVERIFY(path.address().isEmpty());
}

void TestMailAddress::limits_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // empty: valid

    const QString a64 = repeated(QStringLiteral("a"), 64);
    const QString a65 = repeated(QStringLiteral("a"), 65);
    QTest::newRow("local part 64") << Kind::Mailbox << a64 + "@example.com"_q << QString();
    QTest::newRow("local part 65") << Kind::Mailbox << a65 + "@example.com"_q
                                   << "local part is longer than 64 octets";
    QTest::newRow("local part 65 in a path") << Kind::Forward << "<"_q + a65 + "@example.com>"_q
                                             << "local part is longer than 64 octets";
    // Octets, not characters: U+00E9 takes two octets in UTF-8.
    const QString e32 = repeated(QStringLiteral("\u00e9"), 32);
    QTest::newRow("utf-8 local part 64 octets") << Kind::Mailbox << e32 + "@example.com"_q << QString();
    QTest::newRow("utf-8 local part 65 octets") << Kind::Mailbox << e32 + "a@example.com"_q
                                                << "local part is longer than 64 octets";
    // The quoted local part counts as written, quotes included.
    QTest::newRow("quoted local part 64")
        << Kind::Mailbox << "\""_q + repeated(QStringLiteral("q"), 62) + "\"@example.com"_q << QString();
    QTest::newRow("quoted local part 65")
        << Kind::Mailbox << "\""_q + repeated(QStringLiteral("q"), 63) + "\"@example.com"_q
        << "local part is longer than 64 octets";

    // A domain of 255 passes the domain limit but no longer fits a path of 256.
    QTest::newRow("domain 255 in a path") << Kind::Forward << "<u@"_q + domainOfLength(255) + ">"_q
                                          << "path is longer than 256 octets";
    QTest::newRow("domain 255 and trailing dot in a path")
        << Kind::Forward << "<u@"_q + domainOfLength(255) + ".>"_q
        << "path is longer than 256 octets";
    QTest::newRow("domain 256 in a path") << Kind::Forward << "<u@"_q + domainOfLength(256) + ">"_q
                                          << "domain is longer than 255 octets";
    QTest::newRow("domain 255 as mailbox")
        << Kind::Mailbox << "u@"_q + domainOfLength(255) << "longer than 254 octets";
    QTest::newRow("domain 256 as mailbox")
        << Kind::Mailbox << "u@"_q + domainOfLength(256) << "domain is longer than 255 octets";

    // "<" 64 "@" 189 ">" = 256
    QTest::newRow("path 256") << Kind::Forward << "<"_q + a64 + "@"_q + domainOfLength(189) + ">"_q
                              << QString();
    QTest::newRow("path 256, reverse")
        << Kind::Reverse << "<"_q + a64 + "@"_q + domainOfLength(189) + ">"_q << QString();
    QTest::newRow("path 257") << Kind::Forward << "<"_q + a64 + "@"_q + domainOfLength(190) + ">"_q
                              << "path is longer than 256 octets";
    QTest::newRow("path 257 with trailing dot")
        << Kind::Forward << "<"_q + a64 + "@"_q + domainOfLength(189) + ".>"_q
        << "path is longer than 256 octets";
    // "<@" 10 ":" 64 "@" 177 ">" = 256
    const QString hop = domainOfLength(10);
    QTest::newRow("path 256 with source route")
        << Kind::Forward << "<@"_q + hop + ":"_q + a64 + "@"_q + domainOfLength(177) + ">"_q << QString();
    QTest::newRow("path 257 with source route")
        << Kind::Forward << "<@"_q + hop + ":"_q + a64 + "@"_q + domainOfLength(178) + ">"_q
        << "path is longer than 256 octets";
    QTest::newRow("mailbox 254") << Kind::Mailbox << a64 + "@"_q + domainOfLength(189) << QString();
    QTest::newRow("mailbox 255") << Kind::Mailbox << a64 + "@"_q + domainOfLength(190)
                                 << "longer than 254 octets";
}

void TestMailAddress::limits()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const MailPath path = parse(kind, text);
    if (reason.isEmpty()) {
        QVERIFY2(path.valid, qPrintable(path.error));
        QVERIFY(!path.address().isEmpty());
    } else {
        QVERIFY(!path.valid);
        QVERIFY2(path.error.contains(reason), qPrintable(path.error));
    }
}

void TestMailAddress::nullPath()
{
    const MailPath path = parseReversePath(u"<>");
    QVERIFY2(path.valid, qPrintable(path.error));
    QVERIFY(path.isNull);
    QVERIFY(!path.isPostmaster);
    QVERIFY(path.localPart.isEmpty());
    QVERIFY(path.domain.isEmpty());
    QCOMPARE(path.address(), QString());

    QVERIFY(!parseReversePath(u"< >").valid);
    QVERIFY(!parseMailbox(u"<>").valid);
}

void TestMailAddress::postmaster_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Postmaster") << "<Postmaster>";
    QTest::newRow("lower case") << "<postmaster>";
    QTest::newRow("upper case") << "<POSTMASTER>";
}

void TestMailAddress::postmaster()
{
    QFETCH(QString, text);

    const MailPath path = parseForwardPath(text);
    QVERIFY2(path.valid, qPrintable(path.error));
    QVERIFY(path.isPostmaster);
    QVERIFY(!path.isNull);
    QVERIFY(path.domain.isEmpty());
    QCOMPARE(path.localPart, text.mid(1, text.size() - 2));
    QCOMPARE(path.address(), QStringLiteral("Postmaster"));

    QVERIFY(!parseForwardPath(QString(text).insert(1, QLatin1Char(' '))).valid);
    QVERIFY(!parseForwardPath(QString(text).insert(text.size() - 1, QLatin1Char('x'))).valid);
}

void TestMailAddress::nonAscii_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nonAscii");
    QTest::addColumn<bool>("senderRouted");

    QTest::newRow("ascii") << Kind::Forward << QStringLiteral("<user@example.com>") << false << false;
    QTest::newRow("ascii percent hack")
        << Kind::Forward << QStringLiteral("<user%foreign.example@corp.example>") << false << true;
    QTest::newRow("ascii quoted at sign")
        << Kind::Forward << QStringLiteral("<\"user@foreign.example\"@corp.example>") << false << true;
    QTest::newRow("ascii literal") << Kind::Reverse << QStringLiteral("<user@[IPv6:2001:db8::1]>") << false
                                   << false;
    QTest::newRow("null path") << Kind::Reverse << QStringLiteral("<>") << false << false;
    QTest::newRow("bare postmaster") << Kind::Forward << QStringLiteral("<Postmaster>") << false << false;
    QTest::newRow("latin-1 letter") << Kind::Forward << QStringLiteral("<j\u00fcrgen@example.com>") << true
                                    << false;
    QTest::newRow("cjk") << Kind::Mailbox << QStringLiteral("\u5f20\u4f1f@example.com") << true << false;
    QTest::newRow("supplementary plane")
        << Kind::Mailbox << QStringLiteral("x\U0001F600@example.com") << true << false;
    // NFKC changes these, but not into a routing character.
    QTest::newRow("full-width letters")
        << Kind::Forward << QStringLiteral("<\uff41\uff4c\uff49\uff43\uff45@corp.example>") << true << false;
    QTest::newRow("ligature") << Kind::Forward << QStringLiteral("<\ufb01le@corp.example>") << true << false;
    QTest::newRow("sender route with non-ascii mailbox")
        << Kind::Forward << QStringLiteral("<@a.example:\u00e9@corp.example>") << true << false;
    // The look-alikes of the review, each alone.
    QTest::newRow("U+FF20 full-width at")
        << Kind::Forward << QStringLiteral("<a\uff20b@corp.example>") << true << true;
    QTest::newRow("U+FF05 full-width percent")
        << Kind::Forward << QStringLiteral("<a\uff05b@corp.example>") << true << true;
    QTest::newRow("U+FF01 full-width exclamation")
        << Kind::Forward << QStringLiteral("<a\uff01b@corp.example>") << true << true;
    QTest::newRow("U+FE6B small at") << Kind::Forward << QStringLiteral("<a\ufe6bb@corp.example>") << true
                                     << true;
    QTest::newRow("U+FE6A small percent")
        << Kind::Forward << QStringLiteral("<a\ufe6ab@corp.example>") << true << true;
    QTest::newRow("U+FE57 small exclamation")
        << Kind::Forward << QStringLiteral("<a\ufe57b@corp.example>") << true << true;
    // Not in the review's list, caught because the rule is NFKC and not a list of characters.
    QTest::newRow("U+203C double exclamation")
        << Kind::Forward << QStringLiteral("<a\u203cb@corp.example>") << true << true;
    QTest::newRow("U+FE15 vertical exclamation")
        << Kind::Reverse << QStringLiteral("<a\ufe15b@corp.example>") << true << true;
}

void TestMailAddress::nonAscii()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(bool, nonAscii);
    QFETCH(bool, senderRouted);

    const MailPath path = parse(kind, text);
    QVERIFY2(path.valid, qPrintable(path.error));
    QCOMPARE(path.nonAscii, nonAscii);
    QCOMPARE(path.senderRouted, senderRouted);
    // The normalised address keeps both properties.
    if (!path.isNull && !path.isPostmaster) {
        const MailPath again = parseMailbox(path.address());
        QVERIFY2(again.valid, qPrintable(again.error));
        QCOMPARE(again.nonAscii, nonAscii);
        QCOMPARE(again.senderRouted, senderRouted);
    }
}

QTEST_APPLESS_MAIN(TestMailAddress)
#include "tst_mailaddress.moc"

#include "passwordhash.h"

#include <QRegularExpression>
#include <QTest>

using namespace RelayDesk;

class TestPasswordHash final : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void roundTrip_data();
    void roundTrip();
    void defaultIterations();
    void wrongPassword();
    void tampered_data();
    void tampered();
    void malformed_data();
    void malformed();
    void saltIsRandom();
    void format();
    void invalidIterations();
};

// Known answers of PBKDF2-HMAC-SHA256, fed through verify(): the key is the first 32 bytes.
void TestPasswordHash::knownAnswers_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("encoded");

    // RFC 7914 §11, P = "passwd", S = "salt", c = 1 (first 32 of the 64 bytes).
    QTest::newRow("rfc7914-1") << QStringLiteral("passwd")
                               << QStringLiteral(
                                      "pbkdf2-sha256$1$c2FsdA==$"
                                      "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    // RFC 7914 §11, P = "Password", S = "NaCl", c = 80000.
    QTest::newRow("rfc7914-2") << QStringLiteral("Password")
                               << QStringLiteral(
                                      "pbkdf2-sha256$80000$TmFDbA==$"
                                      "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
    // Computed with Python's hashlib.pbkdf2_hmac("sha256", pw.encode("utf-8"), bytes(range(0xa0, 0xb0)),
    // 120000, 32): non-ASCII password, binary salt, the default iteration count.
    QTest::newRow("python-utf8") << QStringLiteral("p\u00e4ssw\u00f6rd \u2713")
                                 << QStringLiteral(
                                        "pbkdf2-sha256$120000$oKGio6SlpqeoqaqrrK2urw==$"
                                        "a3740408b1164c0a9dcd1ec4b463206061fc5853ab37bdd8ce72b7066d127127");
    // hashlib.pbkdf2_hmac("sha256", b"", b"relaydesk-salt!!", 1000, 32): the empty password.
    QTest::newRow("python-empty") << QString()
                                  << QStringLiteral(
                                         "pbkdf2-sha256$1000$cmVsYXlkZXNrLXNhbHQhIQ==$"
                                         "49729ac30ddd37719e97aab9828c29ab847116cadc1ae734aeb9e4cac5dd960d");
}

void TestPasswordHash::knownAnswers()
{
    QFETCH(QString, password);
    QFETCH(QString, encoded);
    QVERIFY(PasswordHash::isWellFormed(encoded));
    QVERIFY(PasswordHash::verify(password, encoded));
    QVERIFY(!PasswordHash::verify(password + QLatin1Char('x'), encoded));
}

void TestPasswordHash::roundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("\u043f\u0430\u0440\u043e\u043b\u044c \U0001F511");
    QTest::newRow("dollar") << QStringLiteral("a$b$c$d");
    QTest::newRow("long") << QString(500, QLatin1Char('z'));
}

void TestPasswordHash::roundTrip()
{
    QFETCH(QString, password);
    const QString encoded = PasswordHash::hash(password, 1000);
    QVERIFY(encoded.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    QVERIFY(PasswordHash::verify(password, encoded));
}

void TestPasswordHash::defaultIterations()
{
    const QString encoded = PasswordHash::hash(QStringLiteral("secret"));
    QCOMPARE(encoded.section(QLatin1Char('$'), 1, 1), QStringLiteral("120000"));
    QVERIFY(PasswordHash::verify(QStringLiteral("secret"), encoded));
}

void TestPasswordHash::wrongPassword()
{
    const QString encoded = PasswordHash::hash(QStringLiteral("secret"), 1000);
    QVERIFY(!PasswordHash::verify(QStringLiteral("Secret"), encoded));
    QVERIFY(!PasswordHash::verify(QStringLiteral("secret "), encoded));
    QVERIFY(!PasswordHash::verify(QString(), encoded));
}

void TestPasswordHash::tampered_data()
{
    QTest::addColumn<int>("field"); // 1 iterations, 2 salt, 3 key
    QTest::addColumn<QString>("replacement");

    // The known-answer hash of "passwd" with one field changed but still well formed.
    QTest::newRow("iterations") << 1 << QStringLiteral("2");
    QTest::newRow("salt") << 2 << QStringLiteral("c2FsdQ=="); // "salu"
    QTest::newRow("key-first") << 3
                               << QStringLiteral(
                                      "65ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    QTest::newRow("key-last") << 3
                              << QStringLiteral(
                                     "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbd");
}

void TestPasswordHash::tampered()
{
    QFETCH(int, field);
    QFETCH(QString, replacement);

    QStringList parts = QStringLiteral("pbkdf2-sha256$1$c2FsdA==$"
                                       "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
                            .split(QLatin1Char('$'));
    QVERIFY(PasswordHash::verify(QStringLiteral("passwd"), parts.join(QLatin1Char('$'))));
    parts[field] = replacement;
    const QString encoded = parts.join(QLatin1Char('$'));
    QVERIFY(PasswordHash::isWellFormed(encoded));
    QVERIFY(!PasswordHash::verify(QStringLiteral("passwd"), encoded));
}

void TestPasswordHash::malformed_data()
{
    QTest::addColumn<QString>("encoded");
    const QString key = QStringLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    const QString salt = QStringLiteral("c2FsdA==");

    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("passwd");
    QTest::newRow("scheme") << QStringLiteral("pbkdf2-sha1$1$") + salt + QLatin1Char('$') + key;
    QTest::newRow("scheme-case") << QStringLiteral("PBKDF2-SHA256$1$") + salt + QLatin1Char('$') + key;
    QTest::newRow("too-few") << QStringLiteral("pbkdf2-sha256$1$") + salt;
    QTest::newRow("too-many") << QStringLiteral("pbkdf2-sha256$1$") + salt + QLatin1Char('$') + key
            + QLatin1Char('$');
    QTest::newRow("iterations-zero") << QStringLiteral("pbkdf2-sha256$0$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-negative")
        << QStringLiteral("pbkdf2-sha256$-1$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-plus") << QStringLiteral("pbkdf2-sha256$+1$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-leading-zero")
        << QStringLiteral("pbkdf2-sha256$01$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-space") << QStringLiteral("pbkdf2-sha256$ 1$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-text") << QStringLiteral("pbkdf2-sha256$one$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-overflow")
        << QStringLiteral("pbkdf2-sha256$99999999999$") + salt + QLatin1Char('$') + key;
    QTest::newRow("iterations-over-limit")
        << QStringLiteral("pbkdf2-sha256$10000001$") + salt + QLatin1Char('$') + key;
    QTest::newRow("salt-empty") << QStringLiteral("pbkdf2-sha256$1$$") + key;
    QTest::newRow("salt-not-base64") << QStringLiteral("pbkdf2-sha256$1$c2F*dA==$") + key;
    QTest::newRow("salt-non-latin1") << QStringLiteral("pbkdf2-sha256$1$c2F\u4e00dA==$") + key;
    QTest::newRow("key-empty") << QStringLiteral("pbkdf2-sha256$1$") + salt + QLatin1Char('$');
    QTest::newRow("key-upper") << QStringLiteral("pbkdf2-sha256$1$") + salt + QLatin1Char('$')
            + key.toUpper();
    QTest::newRow("key-short") << QStringLiteral("pbkdf2-sha256$1$") + salt + QLatin1Char('$') + key.left(62);
    QTest::newRow("key-long") << QStringLiteral("pbkdf2-sha256$1$") + salt + QLatin1Char('$') + key
            + QStringLiteral("00");
    QTest::newRow("key-not-hex") << QStringLiteral("pbkdf2-sha256$1$") + salt + QLatin1Char('$')
            + key.left(63) + QLatin1Char('g');
}

void TestPasswordHash::malformed()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHash::isWellFormed(encoded));
    QVERIFY(!PasswordHash::verify(QStringLiteral("passwd"), encoded));
}

void TestPasswordHash::saltIsRandom()
{
    const QString first = PasswordHash::hash(QStringLiteral("same"), 1000);
    const QString second = PasswordHash::hash(QStringLiteral("same"), 1000);
    QVERIFY(first != second);
    QVERIFY(first.section(QLatin1Char('$'), 2, 2) != second.section(QLatin1Char('$'), 2, 2));
    QVERIFY(first.section(QLatin1Char('$'), 3, 3) != second.section(QLatin1Char('$'), 3, 3));
    QVERIFY(PasswordHash::verify(QStringLiteral("same"), first));
    QVERIFY(PasswordHash::verify(QStringLiteral("same"), second));
}

void TestPasswordHash::format()
{
    // 16 bytes of salt are 24 base64 characters with "==" padding; 32 bytes of key 64 hex digits.
    static const QRegularExpression shape(
        QStringLiteral("^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[0-9a-f]{64}$"));
    for (int i = 0; i < 20; ++i) {
        const QString encoded = PasswordHash::hash(QStringLiteral("pw"), 1000);
        QVERIFY2(shape.match(encoded).hasMatch(), qPrintable(encoded));
        const QByteArray salt = QByteArray::fromBase64(encoded.section(QLatin1Char('$'), 2, 2).toLatin1());
        QCOMPARE(salt.size(), PasswordHash::SaltLength);
    }
}

void TestPasswordHash::invalidIterations()
{
    QVERIFY(PasswordHash::hash(QStringLiteral("pw"), 0).isEmpty());
    QVERIFY(PasswordHash::hash(QStringLiteral("pw"), -5).isEmpty());
    QVERIFY(PasswordHash::hash(QStringLiteral("pw"), PasswordHash::MaxIterations + 1).isEmpty());
    QVERIFY(!PasswordHash::hash(QStringLiteral("pw"), 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"

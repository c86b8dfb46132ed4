#include "jsonduplicates.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace RelayDesk;

class TestJsonDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void duplicates_data();
    void duplicates();
    void severityIsError();
    void malformedInputDoesNotCrash();
    void deepNesting_data();
    void deepNesting();
    void largeDocument();

private:
    static QStringList strings(const QList<Problem> &problems);
};

QStringList TestJsonDuplicates::strings(const QList<Problem> &problems)
{
    QStringList result;
    for (const Problem &p : problems)
        result.append(p.toString());
    return result;
}

void TestJsonDuplicates::duplicates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no duplicates") << QByteArray(R"({
  "format": "relaydesk-config",
  "virtualServers": [
    {"name": "a", "relayRestrictions": {"mode": "onlyList", "entries": [{"address": "10.0.0.1"}]}},
    {"name": "b", "relayRestrictions": {"mode": "allExceptList", "entries": []}}
  ],
  "recipients": [],
  "empty": {}, "nested": [[], [{}], {"x": [1, -2.5e3, true, false, null, "s"]}]
})") << QStringList();
    QTest::newRow("empty object") << QByteArray("{}") << QStringList();

    QTest::newRow("top-level") << QByteArray("{\"a\": 1,\n \"b\": 2,\n \"a\": 3}")
                               << QStringList{QStringLiteral("a: field appears twice (lines 1 and 3)")};
    QTest::newRow("same line")
        << QByteArray(R"({"relayRestrictions":{"mode":"onlyList","mode":"allExceptList"}})")
        << QStringList{
               QStringLiteral("relayRestrictions.mode: field appears twice (line 1, columns 23 and 41)")};
    QTest::newRow("nested in array element") << QByteArray(R"({
  "virtualServers": [
    {"name": "a"},
    {"name": "b",
     "name": "c"}
  ]
})") << QStringList{QStringLiteral("virtualServers[1].name: field appears twice (lines 4 and 5)")};
    QTest::newRow("deeper path") << QByteArray(
        "{\"virtualServers\": [{}, {}, {\"relayRestrictions\": {\n"
        "\"entries\": [{\"mask\": 1}, {\"mask\": 2,\n\"mask\": 3}]}}]}")
                                 << QStringList{
                                        QStringLiteral("virtualServers[2].relayRestrictions.entries[1]."
                                                       "mask: field appears twice (lines 2 and 3)")};
    QTest::newRow("top-level array") << QByteArray("[1, {\"a\": 1,\n\"a\": 2}]")
                                     << QStringList{
                                            QStringLiteral("[1].a: field appears twice (lines 1 and 2)")};
    QTest::newRow("nested arrays") << QByteArray("{\"l\": [[1, {\"k\": 1,\n\"k\": 2}]]}")
                                   << QStringList{
                                          QStringLiteral("l[0][1].k: field appears twice (lines 1 and 2)")};

    QTest::newRow("escaped-equal keys")
        << QByteArray("{\"mode\": 1,\n\"\\u006dode\": 2}")
        << QStringList{QStringLiteral("mode: field appears twice (lines 1 and 2)")};
    QTest::newRow("escaped quote") << QByteArray("{\"a\\\"b\": 1,\n\"a\\u0022b\": 2}")
                                   << QStringList{
                                          QStringLiteral("a\"b: field appears twice (lines 1 and 2)")};
    QTest::newRow("other escapes") << QByteArray("{\"\\/\\t\\n\\\\\": 1,\n\"/\\u0009\\u000A\\u005c\": 2}")
                                   << QStringList{
                                          QStringLiteral("/\t\n\\: field appears twice (lines 1 and 2)")};
    QTest::newRow("surrogate pair") << QByteArray("{\"x\\ud83d\\ude00\": 1,\n\"x\xF0\x9F\x98\x80\": 2}")
                                    << QStringList{QString::fromUtf8("x\xF0\x9F\x98\x80")
                                                   + QStringLiteral(": field appears twice (lines 1 and 2)")};
    QTest::newRow("escapes that differ")
        << QByteArray(R"({"\u006dode": 1, "\u006Dodf": 2, "mod": 3})") << QStringList();

    QTest::newRow("sibling objects in an array") << QByteArray(R"([{"a": 1}, {"a": 2}])") << QStringList();
    QTest::newRow("sibling objects in an object")
        << QByteArray(R"({"x": {"a": 1}, "y": {"a": 1}, "a": {"a": {"a": 1}}})") << QStringList();
    QTest::newRow("key after a nested object")
        << QByteArray("{\"a\": {\"b\": 1},\n\"a\": 2}")
        << QStringList{QStringLiteral("a: field appears twice (lines 1 and 2)")};

    // One problem per duplicated key, naming every occurrence.
    QTest::newRow("three occurrences")
        << QByteArray("{\"a\": 1,\n\"a\": 2,\n\"a\": 3}")
        << QStringList{QStringLiteral("a: field appears 3 times (lines 1, 2 and 3)")};
    QTest::newRow("three on one line")
        << QByteArray(R"({"a":1,"a":2,"a":3})")
        << QStringList{QStringLiteral("a: field appears 3 times (line 1, columns 2, 8 and 14)")};
    QTest::newRow("some on one line")
        << QByteArray("{\"a\":1,\"a\":2,\n\"a\":3}")
        << QStringList{QStringLiteral("a: field appears 3 times (at 1:2, 1:8 and 2:1)")};
    // Ordered by the second occurrence.
    QTest::newRow("several problems")
        << QByteArray("{\"p\": 1, \"q\": 1,\n\"o\": {\"x\": 1,\n\"x\": 2},\n\"q\": 2,\n\"p\": 3}")
        << QStringList{QStringLiteral("o.x: field appears twice (lines 2 and 3)"),
                       QStringLiteral("q: field appears twice (lines 1 and 4)"),
                       QStringLiteral("p: field appears twice (lines 1 and 5)")};

    QTest::newRow("keys inside string values")
        << QByteArray(R"({"a": "\"a\": 1, \"a\": 2", "b": "{\"b\": 1}", "c": "\\", "d": "\\\"c\":"})")
        << QStringList();

    QByteArray many = "{";
    for (int i = 0; i < 20; ++i)
        many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",\n";
    many += "\"k3\": 0}";
    QTest::newRow("many keys") << many
                               << QStringList{QStringLiteral("k3: field appears twice (lines 4 and 21)")};

    // Columns count characters: ä and ö are two bytes each in UTF-8.
    QTest::newRow("columns in characters")
        << QByteArray("{\"\xC3\xA4\":\"\xC3\xB6\xC3\xB6\xC3\xB6\",\"\xC3\xA4\":1}")
        << QStringList{QString::fromUtf8("\xC3\xA4")
                       + QStringLiteral(": field appears twice (line 1, columns 2 and 12)")};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{\"a\":1,\"a\":2}")
                         << QStringList{QStringLiteral("a: field appears twice (line 1, columns 2 and 8)")};
    QTest::newRow("CRLF") << QByteArray("{\r\n\"a\": 1,\r\n  \"a\": 2\r\n}")
                          << QStringList{QStringLiteral("a: field appears twice (lines 2 and 3)")};
}

void TestJsonDuplicates::duplicates()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);

    // The precondition: QJsonDocument accepts every input of this table.
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    QCOMPARE(strings(findDuplicateKeys(json)), expected);
}

void TestJsonDuplicates::severityIsError()
{
    const QList<Problem> problems = findDuplicateKeys(R"({"mode":"onlyList","mode":"allExceptList"})");
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Error);
    QCOMPARE(problems.first().path, QStringLiteral("mode"));
}

void TestJsonDuplicates::malformedInputDoesNotCrash()
{
    // Every truncation of a document: whatever was found before the cut is reported.
    const QByteArray json =
        "{\"a\": [1, \"x\\u00e4\\\"\", {\"b\": true, \"b\": null}], \"\\u0061\": -1.5e+3}";
    const qsizetype secondB = json.indexOf("\"b\": null");
    const qsizetype secondA = json.indexOf("\"\\u0061\"");
    for (qsizetype length = 0; length <= json.size(); ++length) {
        const QList<Problem> problems = findDuplicateKeys(json.left(length));
        const qsizetype expected = (length > secondB + 2 ? 1 : 0) + (length > secondA + 7 ? 1 : 0);
        QVERIFY2(problems.size() == expected, json.left(length).constData());
    }

    // Garbage of all kinds.
    const QList<QByteArray> garbage{"",
                                    "   ",
                                    "\xEF\xBB",
                                    "\xEF\xBB\xBF",
                                    "}",
                                    "]",
                                    "{]",
                                    "[}",
                                    "{\"a\" 1}",
                                    "{\"a\":}",
                                    "{1: 2}",
                                    "{\"a\":1,,\"a\":2}",
                                    "[1,]",
                                    "tru",
                                    "\"a\"",
                                    "-1.5",
                                    "nul",
                                    "{\"\\u12\": 1}",
                                    "{\"\\uZZZZ\": 1}",
                                    "{\"\\q\": 1}",
                                    "{\"\\",
                                    "\"\\",
                                    "{\"a\":1,\"a\":2}}}}",
                                    "{\"a\":1,\"a\":2} trailing",
                                    "{\"\xFF\xFE\": 1, \"\xFF\xFE\": 2}"};
    for (const QByteArray &input : garbage)
        findDuplicateKeys(input);

    // Problems found before the error are kept.
    QCOMPARE(findDuplicateKeys("{\"a\":1,\"a\":2,\"b\" ]").size(), 1);
}

void TestJsonDuplicates::deepNesting_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("problems");
    QTest::addColumn<int>("pathLength");

    const int depth = 100000;
    QTest::newRow("arrays") << QByteArray(depth, '[') + QByteArray(depth, ']') << 0 << 0;
    QTest::newRow("unclosed arrays") << QByteArray(depth, '[') << 0 << 0;

    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    objects += "{\"b\":1,\"b\":2}" + QByteArray(depth, '}');
    // "a.a.a. … .a.b"
    QTest::newRow("objects") << objects << 1 << 2 * depth + 1;

    QByteArray mixed;
    for (int i = 0; i < depth / 2; ++i)
        mixed += "[{\"a\":";
    mixed += "{\"b\":1,\"b\":2}";
    for (int i = 0; i < depth / 2; ++i)
        mixed += "}]";
    // "[0].a[0].a … [0].a.b"
    QTest::newRow("mixed") << mixed << 1 << (depth / 2) * 5 + 2;
    mixed.chop(depth);
    QTest::newRow("unclosed mixed") << mixed << 1 << (depth / 2) * 5 + 2;
}

void TestJsonDuplicates::deepNesting()
{
    QFETCH(QByteArray, json);
    QFETCH(int, problems);
    QFETCH(int, pathLength);

    QElapsedTimer timer;
    timer.start();
    const QList<Problem> found = findDuplicateKeys(json);
    qInfo("%lld bytes nested 100,000 deep scanned in %lld ms", qlonglong(json.size()), timer.elapsed());

    QCOMPARE(found.size(), problems);
    if (problems > 0)
        QCOMPARE(found.first().path.size(), pathLength);
}

void TestJsonDuplicates::largeDocument()
{
    const int count = 100000;
    QByteArray json = "{\"format\": \"relaydesk-config\", \"items\": [\n";
    for (int i = 0; i < count; ++i) {
        json += "  {\"name\": \"server" + QByteArray::number(i)
            + "\", \"port\": 25, \"enabled\": true, \"mask\": null, \"tags\": [\"a\", \"b\"]";
        json += i == count - 1 ? ",\n   \"port\": 587}\n" : "},\n";
    }
    json += "]}\n";

    QElapsedTimer timer;
    timer.start();
    const QList<Problem> found = findDuplicateKeys(json);
    qInfo("%lld bytes, %d objects scanned in %lld ms", qlonglong(json.size()), count, timer.elapsed());

    QCOMPARE(strings(found),
             QStringList{QStringLiteral("items[99999].port: field appears twice (lines %1 and %2)")
                             .arg(count + 1)
                             .arg(count + 2)});
}

QTEST_APPLESS_MAIN(TestJsonDuplicates)
#include "tst_jsonduplicates.moc"

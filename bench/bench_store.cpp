// Import and export of a configuration with 100,000 relay entries through the SQLite store.
// Usage: bench_store [ENTRIES] [DATABASE]   (default 100000, a temporary file)

#include "configjson.h"
#include "configstore.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace RelayDesk;

namespace {

// Peak resident set size in KiB (VmHWM), -1 where /proc is missing.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // Files in /proc report size 0, so read to the end rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

Config bigConfig(int count)
{
    Config config = Config::secureDefault();
    QList<AccessEntry> &entries = config.virtualServers[0].relayRestrictions.entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        AccessEntry e;
        const QString net = QStringLiteral("10.%1.%2").arg((i >> 16) & 255).arg((i >> 8) & 255);
        if (i % 50 == 0) {
            e.type = AccessEntryType::Domain;
            e.name = QStringLiteral("host%1.apps.corp.example").arg(i);
        } else if (i % 10 == 0) {
            e.type = AccessEntryType::Group;
            e.address = net + QStringLiteral(".0");
            if (i % 20 == 0)
                e.mask = QStringLiteral("255.255.255.0");
            else
                e.prefixLength = 24;
        } else {
            e.type = AccessEntryType::Single;
            e.address = net + QLatin1Char('.') + QString::number(i & 255);
        }
        if (i % 3 == 0)
            e.comment = QStringLiteral("application server %1").arg(i);
        if (i % 7 == 0)
            e.expires = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
        entries.append(e);
    }
    return config;
}

void report(const char *what, qint64 ms, int entries)
{
    const double perSecond = ms > 0 ? entries * 1000.0 / double(ms) : 0.0;
    std::printf("%-40s %8lld ms %12.0f entries/s\n", what, ms, perSecond);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("relaydesk.sqlite"));
    std::printf("bench_store: %d relay entries, database %s\n", count, qPrintable(path));

    QElapsedTimer timer;
    timer.start();
    const Config config = bigConfig(count);
    report("generate", timer.restart(), count);

    const QList<Problem> problems = Validation::validate(config);
    if (hasErrors(problems))
        return fail(problems.first().toString());
    report("validate (part of commit)", timer.restart(), count);

    ConfigStore store;
    QString error;
    if (!store.open(path, &error))
        return fail(error);
    const int base = store.revision(&error);
    report("open (create + secure defaults)", timer.restart(), 0);

    int revision = 0;
    if (store.commit(config, base, ChangeInfo{QStringLiteral("bench_store"), QStringLiteral("import"), {}},
                     &revision, &error)
        != ConfigStore::Result::Ok)
        return fail(error);
    report("import: commit", timer.restart(), count);

    Config loaded;
    if (!store.load(&loaded, &revision, &error))
        return fail(error);
    const qint64 loadMs = timer.restart();
    report("export: load", loadMs, count);
    const QByteArray json = ConfigJson::write(loaded);
    const qint64 writeMs = timer.restart();
    report("export: ConfigJson::write", writeMs, count);
    report("export: total", loadMs + writeMs, count);
    if (!(loaded == config))
        return fail(QStringLiteral("the loaded configuration differs from the committed one"));

    // An administrator's everyday change: one entry of the big list.
    Config edited = loaded;
    edited.virtualServers[0].relayRestrictions.entries[count / 2].comment = QStringLiteral("edited");
    timer.restart();
    if (store.commit(edited, revision,
                     ChangeInfo{QStringLiteral("bench_store"), QStringLiteral("edit one"), {}}, &revision,
                     &error)
        != ConfigStore::Result::Ok)
        return fail(error);
    report("edit one entry: commit", timer.restart(), count);

    Config old;
    if (!store.configAt(revision - 1, &old, &error))
        return fail(error);
    report("configAt (snapshot)", timer.restart(), count);

    std::printf("export size %lld bytes, database %lld bytes (+ wal %lld bytes)\n", qint64(json.size()),
                QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
    std::printf("peak RSS (VmHWM) %lld KiB\n", peakRssKb());
    return 0;
}

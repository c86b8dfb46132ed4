// The child of tst_spoolcrash: stores messages in a loop through the spool, with several
// producers each waiting for its previous message (like SMTP sessions waiting for the 250), and
// prints "ok <id> <sequence>" for every message the spool reports durable. The test kills it.
//
// spoolcrash_child MAILROOT [PRODUCERS] [LIMIT]
#include "spool.h"
#include "spoolcrash_message.h"

#include <QCoreApplication>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace RelayDesk;

namespace {

void say(const QByteArray &line)
{
    // One write per line: under PIPE_BUF, so a line reaches the test whole even if we die next.
    const QByteArray text = line + '\n';
    qsizetype done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.constData() + done, size_t(text.size() - done));
        if (n <= 0)
            ::_exit(3);
        done += n;
    }
}

class Producers final : public QObject
{
public:
    Producers(Spool *spool, quint64 limit)
        : m_spool(spool)
        , m_limit(limit)
    { }

    void next()
    {
        if (m_sequence >= m_limit) {
            if (m_spool->pending() == 0)
                QCoreApplication::quit();
            return;
        }
        const quint64 n = m_sequence++;
        auto id = std::make_shared<QString>();
        *id = m_spool->store(SpoolCrash::message(n), [this, n, id](bool ok, const QString &error) {
            if (ok)
                say("ok " + id->toLatin1() + ' ' + QByteArray::number(n));
            else
                say("fail " + id->toLatin1() + ' ' + QByteArray::number(n) + ' ' + error.toUtf8());
            next();
        });
    }

private:
    Spool *m_spool;
    quint64 m_limit;
    quint64 m_sequence = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the test
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        say("usage: spoolcrash_child MAILROOT [PRODUCERS] [LIMIT]");
        return 2;
    }
    const int producers = args.size() > 2 ? args.at(2).toInt() : 16;
    const quint64 limit = args.size() > 3 ? args.at(3).toULongLong() : 1000000;

    Spool spool(args.at(1));
    QString error;
    if (!spool.prepare({1}, &error)) {
        say("error " + error.toUtf8());
        return 2;
    }
    Producers load(&spool, limit);
    for (int i = 0; i < producers; ++i)
        load.next();
    return app.exec();
}

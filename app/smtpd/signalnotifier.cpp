#include "signalnotifier.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

int g_pipe[2] = {-1, -1};

extern "C" void onSignal(int number)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace

SignalNotifier::SignalNotifier(QObject *parent)
    : QObject(parent)
{ }

SignalNotifier::~SignalNotifier()
{
    if (m_notifier) {
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = SIG_DFL;
        for (int number : {SIGTERM, SIGINT, SIGHUP})
            ::sigaction(number, &action, nullptr);
    }
}

bool SignalNotifier::install(QString *error)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_notifier = new QSocketNotifier(qintptr(g_pipe[0]), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalNotifier::readPipe);
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : {SIGTERM, SIGINT, SIGHUP}) {
        if (::sigaction(number, &action, nullptr) != 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    ::signal(SIGPIPE, SIG_IGN);
    return true;
}

void SignalNotifier::readPipe()
{
    unsigned char numbers[64];
    ssize_t n;
    while ((n = ::read(g_pipe[0], numbers, sizeof numbers)) > 0) {
        for (ssize_t i = 0; i < n; ++i) {
            if (numbers[i] == SIGHUP)
                emit reloadRequested();
            else
                emit terminateRequested();
        }
    }
}

} // namespace RelayDesk

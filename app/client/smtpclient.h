#pragma once

#include "smtpclientoptions.h"
#include "smtpclientresult.h"
#include "smtpreply.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace RelayDesk {

// An SMTP client for test-send, Explain's live check and the open-relay self-test. Asynchronous on
// the event loop: start() returns at once, every line of the conversation is emitted as it
// happens (transcriptLine), and finished() brings the result.
//
// The conversation: connect (from options.sourceAddress when set, bound before connecting), the
// 220 greeting, EHLO (HELO when EHLO is refused), STARTTLS as options.tls asks (then EHLO again),
// AUTH PLAIN or LOGIN when a user is given (PLAIN when the server offers it), MAIL FROM and the
// RCPTs (in one write when the server offers PIPELINING), then either DATA and the message, or in
// probe mode RSET; QUIT at the end. Every step has its time-out; cancel() stops at any moment.
// Passwords never reach the transcript: AUTH lines are shown as "AUTH PLAIN ****".
class SmtpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpClient)

public:
    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    // Starts a conversation; false when one is running. The work begins from the event loop, so
    // finished() is never emitted inside start().
    bool start(const SmtpClientOptions &options);
    // Ends the conversation at once (the connection is aborted) and emits finished() with the
    // outcome Cancelled before returning. Nothing happens when no conversation runs.
    void cancel();
    bool isRunning() const { return m_running; }
    // The result so far; complete once finished() was emitted.
    const SmtpClientResult &result() const { return m_result; }

    // Blocking convenience for command lines: start() and a local event loop until finished().
    // Connect transcriptLine (and whatever may call cancel()) before.
    SmtpClientResult exec(const SmtpClientOptions &options);
    // The same without an object of one's own; onLine sees each line as it happens.
    static SmtpClientResult run(const SmtpClientOptions &options,
                                const std::function<void(const TranscriptLine &)> &onLine = {});

signals:
    void transcriptLine(const RelayDesk::TranscriptLine &line);
    void finished(const RelayDesk::SmtpClientResult &result);

private:
    enum class Expect
    {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        AuthPlain,
        AuthLogin,
        AuthLoginUser,
        AuthLoginPassword,
        Mail,
        Rcpt,
        Data,
        Message,
        Rset,
        Quit
    };
    struct Pending
    {
        Expect expect;
        int index = 0; // Rcpt: which recipient
    };

    void begin();
    void note(TranscriptLine::Direction direction, const QString &text);
    void info(const QString &text) { note(TranscriptLine::Direction::Info, text); }
    // Writes command lines in one write; `shown` replaces a line in the transcript when not empty.
    void send(const QList<QByteArray> &lines, const QList<Pending> &expected,
              const QList<QString> &shown = {});
    void send(const QByteArray &line, Expect expect, const QString &shown = QString());
    void arm(int milliseconds);

    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onTimeout();
    void onReply(const Pending &pending, const SmtpReply &reply);

    void sendEhlo();
    void afterEhlo();
    void startAuth();
    void sendEnvelope();
    void sendRecipient(int index);
    void afterRecipients();
    void sendMessage();
    bool offers(QByteArrayView keyword) const;
    QByteArrayList authMechanisms() const;

    // The server refused: records the reply and ends with QUIT.
    void refuse(SmtpClientResult::Stage stage, const SmtpReply &reply, const QString &what = QString());
    // A failure without a usable conversation: the connection is aborted.
    void fail(const QString &error);
    // A failure in a conversation that still works: ends with QUIT.
    void failAndQuit(const QString &error);
    void quit();
    void finish();
    QString stageCommand() const;
    QString sourceAddressProblem(const QString &why) const;

    SmtpClientOptions m_options;
    SmtpClientResult m_result;
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    SmtpReplyParser m_parser;
    QList<Pending> m_pending;
    QByteArrayList m_extensions; // the EHLO keyword lines, upper-cased; empty after HELO
    int m_timeoutMs = 0;
    bool m_running = false;
    bool m_pipelining = false; // MAIL and RCPTs went in one write
    bool m_tlsDeclined = false; // STARTTLS was refused and options.tls is IfOffered
    bool m_quitting = false; // QUIT was sent (or is about to be): the outcome is decided
    bool m_handshaking = false;
};

} // namespace RelayDesk

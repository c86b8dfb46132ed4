#pragma once

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Reading the listener's logs (written by smtpd's EventLog and ProtocolLog), shared by
// `relaydeskctl log` and the console's Protocol Log.
namespace RelayDesk {

// <data>/logs/events.jsonl
QString eventLogPath(const QString &dataDirectory);
// <data>/logs/smtpsvc<index + 1>/ex<yyMMdd>.log: the protocol log of the virtual server at
// `serverIndex` for the UTC day `day`.
QString protocolLogPath(const QString &dataDirectory, int serverIndex, const QDate &day);
// The same for today (UTC): the file the listener writes now.
QString currentProtocolLogPath(const QString &dataDirectory, int serverIndex);

// Reads a log file incrementally: each call reads only the bytes appended since the last one and
// returns the complete lines among them (an unfinished last line waits for its end). When the
// file is truncated or replaced by a new one (a new day, a log removed by hand), reading starts
// over at its beginning and `restarted` says so.
class LogTail final
{
public:
    explicit LogTail(const QString &path = QString());
    LogTail(const LogTail &) = delete;
    LogTail &operator=(const LogTail &) = delete;

    QString path() const { return m_path; }
    // Another file (reading starts at its beginning).
    void setPath(const QString &path);
    // Starts over at the beginning of the file.
    void rewind();

    struct Chunk
    {
        QList<QByteArray> lines; // without the line ends
        bool restarted = false; // the file was truncated or replaced: lines read before are gone
        bool more = false; // maxBytes stopped the read: more bytes are waiting
    };
    // Reads at most maxBytes (0: everything there is).
    Chunk read(qint64 maxBytes = 0);
    // Whether the file exists and could be opened at the last read.
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    qint64 offset() const { return m_offset; }

private:
    QString m_path;
    QFile m_file;
    qint64 m_offset = 0;
    QByteArray m_pending;
    quint64 m_fileId = 0;
};

// One line of the event log, with the fields the console filters and links on.
struct ListenerEvent
{
    QString time; // as written, UTC ISO 8601
    QString event; // "relay-refused", "accepted", …
    QString virtualServer;
    QString client;
    QString sender; // relay-refused, accepted
    QString recipient; // relay-refused; accepted: the recipients joined with ", "
    QString user; // the authenticated user
    bool tls = false;
    QString reply; // the reply that refused, where the event records it
    QString rule; // the trace line that decided (relay-refused, connection-refused)
    QJsonObject fields; // everything the line holds

    bool isValid() const { return !event.isEmpty(); }
    // An empty (invalid) event for a line that is not a JSON object with an "event".
    static ListenerEvent parse(const QByteArray &line);
    // "2026-11-23 21:00:01  relay-refused  Default SMTP Virtual Server  10.0.0.7  recipient=… rule=…"
    static QString format(const QJsonObject &event);
};

// One line of a protocol log in W3C extended format.
struct ProtocolLogRecord
{
    QString date;
    QString time;
    QString client; // c-ip
    QString user; // cs-username
    QString site; // s-sitename
    QString serverAddress; // s-ip
    QString serverPort; // s-port
    QString method; // cs-method: EHLO, MAIL, RCPT, …
    QString argument; // cs-uri-query
    QString status; // sc-status: the reply code
    QString bytesSent;
    QString bytesReceived;
    QString timeTaken;

    // The fields of a "#Fields:" directive, in order.
    static QStringList parseFields(const QByteArray &directive);
    // A data line read with the given fields (those of the file's "#Fields:" directive; the
    // listener's own when empty). False for a directive or an empty line.
    static bool parse(const QByteArray &line, const QStringList &fields, ProtocolLogRecord *record);
    static QStringList defaultFields();
};

} // namespace RelayDesk

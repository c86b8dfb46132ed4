#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>

#include <memory>

namespace RelayDesk {

// The protocol log of one virtual server in W3C extended log file format, as IIS SMTP wrote
// it: logs/smtpsvc<n>/ex<yyMMdd>.log (a new file each UTC day), owner-only, with the
// "#Software", "#Version: 1.0", "#Date" and "#Fields" directives at the top of each file and
//   #Fields: date time c-ip cs-username s-sitename s-ip s-port cs-method cs-uri-query sc-status sc-bytes
//   cs-bytes time-taken
// one line per command: the verb in cs-method, its argument in cs-uri-query (AUTH
// credentials are never logged), the reply code in sc-status. Spaces in a field become '+',
// an empty field is '-'. Writes are buffered and flushed at least every second.
class ProtocolLog final
{
public:
    ProtocolLog();
    ~ProtocolLog();
    ProtocolLog(const ProtocolLog &) = delete;
    ProtocolLog &operator=(const ProtocolLog &) = delete;

    // directory: logs/smtpsvc<n>; siteName: "SMTPSVC<n>".
    bool open(const QString &directory, const QString &siteName, QString *error);

    struct Entry
    {
        QDateTime time; // UTC
        QHostAddress client;
        QString user; // authenticated user or empty
        QHostAddress serverAddress;
        quint16 serverPort = 0;
        QString method; // "EHLO", "MAIL", …, or "DATA" for the message
        QString argument;
        int status = 0;
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        qint64 milliseconds = 0;
    };
    void write(const Entry &entry);
    void flush();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace RelayDesk

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

// What SmtpClient is asked to do: where to connect from and to, how to secure and authenticate the
// session, the envelope and the message.
namespace RelayDesk {

enum class TlsMode
{
    Off, // never STARTTLS
    IfOffered, // STARTTLS when the server offers it, else go on in the clear
    Required // STARTTLS or stop before MAIL
};

struct SmtpClientTimeouts
{
    int connectMs = 30000; // the TCP connection (and the DNS lookup of a host name)
    int greetingMs = 60000; // the 220 greeting
    int commandMs = 60000; // the reply to each command (EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, RSET, QUIT)
    int tlsHandshakeMs = 30000; // the TLS handshake after 220 to STARTTLS
    int dataEndMs = 120000; // the reply to the end of the message (the server stores it first)
};

struct SmtpClientOptions
{
    QString host; // an IP address or a host name
    quint16 port = 25;
    QHostAddress sourceAddress; // bound before connecting; null: the system chooses
    QString heloName; // the EHLO/HELO argument; empty: this machine's host name

    TlsMode tls = TlsMode::IfOffered;
    bool acceptUntrustedCertificate = false; // relays often present self-signed certificates

    QString user; // AUTH when not empty (PLAIN or LOGIN, whichever the server offers)
    QString password; // never shown in the transcript

    QString from; // the reverse path without angle brackets; empty: the null sender <>
    QStringList to; // forward paths without angle brackets

    // The message (headers and body, LF or CRLF line ends); dot-stuffed by the client.
    QByteArray message;
    // Probe mode: stop after the RCPTs with RSET and QUIT; no message is sent.
    bool probe = false;

    SmtpClientTimeouts timeouts;
};

} // namespace RelayDesk

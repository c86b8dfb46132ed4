#include "protocollog.h"

#include "logfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

namespace RelayDesk {

namespace {

Q_LOGGING_CATEGORY(lcProtocolLog, "relaydesk.smtpd.protocollog")

// One field of a W3C line: it must not contain the separator or end the line. Control characters
// (CR and LF among them) and invisible format characters are removed, any other white space
// becomes '+', and an empty field is written as '-'.
QString field(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue;
        out += c.isSpace() ? QLatin1Char('+') : c;
    }
    return out.isEmpty() ? QStringLiteral("-") : out;
}

QString field(const QHostAddress &address)
{
    if (address.isNull())
        return QStringLiteral("-");
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4); // ::ffff:a.b.c.d is shown as a.b.c.d
    return field(isIpv4 ? QHostAddress(ipv4).toString() : address.toString());
}

// AUTH's argument is the mechanism and, for PLAIN, possibly the credentials: only the mechanism
// is ever written, whatever the caller passed.
QString loggedArgument(const QString &method, const QString &argument)
{
    if (method.trimmed().compare(QLatin1String("AUTH"), Qt::CaseInsensitive) != 0)
        return argument;
    return argument.simplified().section(QLatin1Char(' '), 0, 0);
}

} // namespace

class ProtocolLog::Private
{
public:
    // Switches to the file of `day` (never back to an earlier day: a late entry from just before
    // midnight goes into the new day's file). The caller holds the mutex.
    void useFileOf(const QDateTime &time)
    {
        const QDate day = time.date();
        if (file.isOpen() && day <= currentDay)
            return;
        currentDay = day;
        const QString name = QStringLiteral("ex%1.log").arg(day.toString(QStringLiteral("yyMMdd")));
        QString error;
        if (!file.open(QDir(directory).filePath(name), &error)) {
            qCWarning(lcProtocolLog, "%ls", qUtf16Printable(error));
            return;
        }
        if (file.size() == 0)
            file.append(directives(time));
    }

    QByteArray directives(const QDateTime &time) const
    {
        const QString text = QStringLiteral("#Software: RelayDesk SMTP listener ")
            + QLatin1String(RELAYDESK_VERSION) + QStringLiteral("\n#Version: 1.0\n#Date: ")
            + time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QStringLiteral("\n#Fields: date time c-ip cs-username s-sitename s-ip s-port cs-method "
                             "cs-uri-query sc-status sc-bytes cs-bytes time-taken\n");
        return text.toUtf8();
    }

    QMutex mutex;
    LogFile file;
    QString directory;
    QString siteName;
    QDate currentDay;
    bool opened = false;
};

ProtocolLog::ProtocolLog()
    : d(std::make_unique<Private>())
{ }

ProtocolLog::~ProtocolLog() = default;

bool ProtocolLog::open(const QString &directory, const QString &siteName, QString *error)
{
    const QMutexLocker locker(&d->mutex);
    d->opened = false;
    if (!LogFile::makePrivateDirectory(directory, error))
        return false;
    if (!QFileInfo(directory).isWritable()) {
        if (error)
            *error = QStringLiteral("cannot write to the directory %1").arg(directory);
        return false;
    }
    d->file.flush();
    d->directory = directory;
    d->siteName = siteName;
    d->currentDay = QDate();
    d->opened = true;
    // The day's file is opened with its first line; the flush timer belongs to this thread.
    d->file.startFlushTimer();
    return true;
}

void ProtocolLog::write(const Entry &entry)
{
    const QDateTime time = (entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc()).toUTC();
    const QMutexLocker locker(&d->mutex);
    if (!d->opened)
        return;
    const QString line = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
        + field(entry.client) + QLatin1Char(' ') + field(entry.user) + QLatin1Char(' ') + field(d->siteName)
        + QLatin1Char(' ') + field(entry.serverAddress) + QLatin1Char(' ') + QString::number(entry.serverPort)
        + QLatin1Char(' ') + field(entry.method) + QLatin1Char(' ')
        + field(loggedArgument(entry.method, entry.argument)) + QLatin1Char(' ')
        + QString::number(entry.status) + QLatin1Char(' ') + QString::number(entry.bytesSent)
        + QLatin1Char(' ') + QString::number(entry.bytesReceived) + QLatin1Char(' ')
        + QString::number(entry.milliseconds) + QLatin1Char('\n');
    d->useFileOf(time);
    d->file.append(line.toUtf8());
}

void ProtocolLog::flush()
{
    d->file.flush();
}

} // namespace RelayDesk

#include "listenerlog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace RelayDesk {

namespace {

// The identity of a file, to notice that the name now stands for another one; 0 when unknown.
quint64 fileIdOfPath(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return quint64(info.st_ino) ^ (quint64(info.st_dev) << 40);
#else
    Q_UNUSED(path)
#endif
    return 0;
}

quint64 fileIdOfHandle(int handle)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (handle >= 0 && ::fstat(handle, &info) == 0)
        return quint64(info.st_ino) ^ (quint64(info.st_dev) << 40);
#else
    Q_UNUSED(handle)
#endif
    return 0;
}

QString stringField(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toVariant().toString();
        return items.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

} // namespace

QString eventLogPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("logs/events.jsonl"));
}

QString protocolLogPath(const QString &dataDirectory, int serverIndex, const QDate &day)
{
    return QDir(dataDirectory)
        .filePath(QStringLiteral("logs/smtpsvc%1/ex%2.log")
                      .arg(serverIndex + 1)
                      .arg(day.toString(QStringLiteral("yyMMdd"))));
}

QString currentProtocolLogPath(const QString &dataDirectory, int serverIndex)
{
    return protocolLogPath(dataDirectory, serverIndex, QDateTime::currentDateTimeUtc().date());
}

LogTail::LogTail(const QString &path)
    : m_path(path)
{ }

void LogTail::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    rewind();
}

void LogTail::rewind()
{
    m_file.close();
    m_offset = 0;
    m_pending.clear();
    m_fileId = 0;
}

LogTail::Chunk LogTail::read(qint64 maxBytes)
{
    Chunk chunk;
    if (m_path.isEmpty())
        return chunk;
    if (m_file.isOpen()) {
        const quint64 idNow = fileIdOfPath(m_path);
        if (!QFileInfo::exists(m_path)) {
            m_file.close(); // removed: m_offset stays, so the next file counts as a restart
            return chunk;
        }
        if (idNow != 0 && m_fileId != 0 && idNow != m_fileId) {
            m_file.close(); // replaced by a new file of that name
        } else if (m_file.size() < m_offset) { // truncated
            m_offset = 0;
            m_pending.clear();
            chunk.restarted = true;
        }
    }
    if (!m_file.isOpen()) {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return chunk;
        m_fileId = fileIdOfHandle(m_file.handle());
        chunk.restarted = m_offset > 0 || !m_pending.isEmpty(); // lines of an earlier file were read
        m_offset = 0;
        m_pending.clear();
    }
    const qint64 size = m_file.size();
    qint64 toRead = size - m_offset;
    if (toRead <= 0)
        return chunk;
    if (maxBytes > 0 && toRead > maxBytes) {
        toRead = maxBytes;
        chunk.more = true;
    }
    if (m_file.pos() != m_offset)
        m_file.seek(m_offset);
    const QByteArray data = m_file.read(toRead);
    m_offset += data.size();
    m_pending += data;
    qsizetype start = 0;
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n', start)) >= 0) {
        qsizetype end = newline;
        if (end > start && m_pending.at(end - 1) == '\r')
            --end;
        chunk.lines.append(m_pending.mid(start, end - start));
        start = newline + 1;
    }
    m_pending.remove(0, start);
    return chunk;
}

ListenerEvent ListenerEvent::parse(const QByteArray &line)
{
    ListenerEvent e;
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    e.event = object.value(QStringLiteral("event")).toString();
    if (e.event.isEmpty())
        return e;
    e.fields = object;
    e.time = object.value(QStringLiteral("time")).toString();
    e.virtualServer = stringField(object, "virtualServer");
    e.client = stringField(object, "client");
    e.sender = stringField(object, "sender");
    e.recipient = object.contains(QStringLiteral("recipient")) ? stringField(object, "recipient")
                                                               : stringField(object, "recipients");
    e.user = stringField(object, "user");
    e.tls = object.value(QStringLiteral("tls")).toBool();
    e.reply = stringField(object, "reply");
    e.rule = stringField(object, "rule");
    return e;
}

QString ListenerEvent::format(const QJsonObject &event)
{
    QString time = event.value(QStringLiteral("time")).toString();
    time.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (time.endsWith(QLatin1Char('Z')))
        time.chop(1);
    QStringList parts{time.left(19), event.value(QStringLiteral("event")).toString()};
    for (const char *key : {"virtualServer", "client"}) {
        const QString value = event.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            parts << value;
    }
    static const QStringList shown{QStringLiteral("time"), QStringLiteral("event"),
                                   QStringLiteral("virtualServer"), QStringLiteral("client")};
    for (auto it = event.begin(); it != event.end(); ++it) {
        if (shown.contains(it.key()))
            continue;
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items << item.toVariant().toString();
            value = items.join(QLatin1Char(','));
        } else {
            value = it.value().toVariant().toString();
        }
        parts << it.key() + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral("  "));
}

QStringList ProtocolLogRecord::defaultFields()
{
    return {QStringLiteral("date"),        QStringLiteral("time"),       QStringLiteral("c-ip"),
            QStringLiteral("cs-username"), QStringLiteral("s-sitename"), QStringLiteral("s-ip"),
            QStringLiteral("s-port"),      QStringLiteral("cs-method"),  QStringLiteral("cs-uri-query"),
            QStringLiteral("sc-status"),   QStringLiteral("sc-bytes"),   QStringLiteral("cs-bytes"),
            QStringLiteral("time-taken")};
}

QStringList ProtocolLogRecord::parseFields(const QByteArray &directive)
{
    if (!directive.startsWith("#Fields:"))
        return {};
    return QString::fromUtf8(directive.mid(8)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ProtocolLogRecord::parse(const QByteArray &line, const QStringList &fields, ProtocolLogRecord *record)
{
    if (line.isEmpty() || line.startsWith('#'))
        return false;
    const QStringList names = fields.isEmpty() ? defaultFields() : fields;
    const QList<QByteArray> values = line.split(' ');
    ProtocolLogRecord r;
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i) {
        const QByteArray &raw = values.at(i);
        const QString value = raw == "-" ? QString() : QString::fromUtf8(raw);
        const QString &name = names.at(i);
        if (name == QLatin1String("date"))
            r.date = value;
        else if (name == QLatin1String("time"))
            r.time = value;
        else if (name == QLatin1String("c-ip"))
            r.client = value;
        else if (name == QLatin1String("cs-username"))
            r.user = value;
        else if (name == QLatin1String("s-sitename"))
            r.site = value;
        else if (name == QLatin1String("s-ip"))
            r.serverAddress = value;
        else if (name == QLatin1String("s-port"))
            r.serverPort = value;
        else if (name == QLatin1String("cs-method"))
            r.method = value;
        else if (name == QLatin1String("cs-uri-query"))
            r.argument = value;
        else if (name == QLatin1String("sc-status"))
            r.status = value;
        else if (name == QLatin1String("sc-bytes"))
            r.bytesSent = value;
        else if (name == QLatin1String("cs-bytes"))
            r.bytesReceived = value;
        else if (name == QLatin1String("time-taken"))
            r.timeTaken = value;
    }
    *record = r;
    return true;
}

} // namespace RelayDesk

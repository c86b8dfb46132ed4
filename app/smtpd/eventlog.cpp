#include "eventlog.h"

#include "logfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace RelayDesk {

namespace {

// A string as a JSON value: quoted, with quotes, backslashes and control characters escaped.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip "[" and "]"
}

} // namespace

class EventLog::Private
{
public:
    LogFile file;
};

EventLog::EventLog()
    : d(std::make_unique<Private>())
{ }

EventLog::~EventLog() = default;

bool EventLog::open(const QString &path, QString *error)
{
    return d->file.open(path, error);
}

// {"time":…,"event":…} come first, so a person reading the file sees them at the start of each
// line; the fields follow. A field named "time" or "event" cannot override them.
void EventLog::write(const QString &event, const QJsonObject &fields)
{
    if (!d->file.isOpen())
        return;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject rest = fields;
    rest.remove(QStringLiteral("time"));
    rest.remove(QStringLiteral("event"));

    QByteArray line = "{\"time\":" + jsonString(time) + ",\"event\":" + jsonString(event);
    if (!rest.isEmpty()) {
        // Compact JSON escapes every control character, so no field can break the line.
        const QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        line += ',' + tail.mid(1); // the fields without their "{", with their "}"
    } else {
        line += '}';
    }
    line += '\n';
    d->file.append(line);
}

void EventLog::flush()
{
    d->file.flush();
}

} // namespace RelayDesk

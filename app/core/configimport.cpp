#include "configimport.h"

#include "configjson.h"
#include "validation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RelayDesk::ConfigImport {

namespace {

// Replaces the item of `into` with the same key, or appends it.
template <typename T, typename Key>
void mergeByKey(QList<T> &into, const QList<T> &from, Key key)
{
    for (const T &item : from) {
        bool replaced = false;
        for (T &existing : into) {
            if (key(existing).compare(key(item), Qt::CaseInsensitive) == 0) {
                existing = item;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            into.append(item);
    }
}

} // namespace

bool read(const QByteArray &json, bool merge, Document *document, QList<Problem> *problems)
{
    Config imported;
    Config partial;
    const bool readable = ConfigJson::read(json, &imported, problems, &partial);
    if (!merge || !readable) {
        for (const Problem &p : Validation::validate(readable ? imported : partial)) {
            if (!problems->contains(p))
                problems->append(p);
        }
    }
    if (!readable || hasErrors(*problems))
        return false;
    document->config = imported;
    document->hasOrganization =
        merge && QJsonDocument::fromJson(json).object().contains(QStringLiteral("organization"));
    return true;
}

Config apply(const Config &current, const Document &document, bool merge)
{
    if (!merge)
        return document.config;
    Config config = current;
    const Config &imported = document.config;
    if (document.hasOrganization)
        config.organization = imported.organization;
    mergeByKey(config.virtualServers, imported.virtualServers, [](const VirtualServer &v) { return v.name; });
    mergeByKey(config.recipientPolicies, imported.recipientPolicies,
               [](const RecipientPolicy &p) { return p.name; });
    mergeByKey(config.recipients, imported.recipients, [](const Recipient &r) { return r.address; });
    mergeByKey(config.smtpUsers, imported.smtpUsers, [](const SmtpUser &u) { return u.name; });
    return config;
}

} // namespace RelayDesk::ConfigImport

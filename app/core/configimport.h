#pragma once

#include "config.h"
#include "problem.h"

#include <QByteArray>

namespace RelayDesk {

// Importing a configuration file (config format v1), shared by `relaydeskctl import` and the
// console's File ▸ Import: read it reporting every problem at once, then replace the current
// configuration with it or merge it in.
namespace ConfigImport {

struct Document
{
    Config config;
    bool hasOrganization = false; // the file names an organization (a merge takes it only then)
};

// Parses and validates. Replace mode validates the file as a whole configuration; merge mode
// leaves that to the merged result (a file with only SMTP users is a fine merge). False with
// every problem in *problems (warnings may be there on success too).
bool read(const QByteArray &json, bool merge, Document *document, QList<Problem> *problems);

// The configuration after the import: `document` itself (replace), or `current` with every item
// of the file replacing the item of the same name (address for recipients, case-insensitive) and
// the others appended (merge).
Config apply(const Config &current, const Document &document, bool merge);

} // namespace ConfigImport
} // namespace RelayDesk

#pragma once

#include "config.h"
#include "problem.h"

#include <QByteArray>
#include <QJsonObject>

namespace RelayDesk {

// Reader and writer of the configuration format "relaydesk-config", version 1
// (docs/config-format.md). The reader is strict: unknown fields, wrong types, a wrong
// "format", an unsupported "version" and malformed JSON are errors naming where they are.
namespace ConfigJson {

// Parses a document. On failure returns false and appends every problem found to *problems
// (malformed JSON: one problem whose path is "line L, column C"). Missing optional fields take
// the defaults of config.h. Semantic validation is separate (Validation::validate). *config is
// set only on success; *partial, when given, receives what could be read even when fields had
// errors (not for malformed JSON or another format or version), so that validation can report
// the remaining problems too.
bool read(const QByteArray &json, Config *config, QList<Problem> *problems, Config *partial = nullptr);

QJsonObject toJson(const Config &config);
// Indented JSON, stable field order, newline at the end. write(read(x)) keeps every field.
QByteArray write(const Config &config);

// The listener's snapshot (listener/config.json): the same document with one more top-level
// field, "revision", the store revision it was rendered from. The listener reports that
// revision and the SHA-256 of the file's bytes, so sync can compare both with the database.
QByteArray writeSnapshot(const Config &config, int revision);
bool readSnapshot(const QByteArray &json, Config *config, int *revision, QList<Problem> *problems);

} // namespace ConfigJson
} // namespace RelayDesk

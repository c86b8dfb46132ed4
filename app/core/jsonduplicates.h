#pragma once

#include "problem.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk {

// QJsonDocument silently keeps only the last of duplicate keys, so
// {"mode":"onlyList","mode":"allExceptList"} would import as allExceptList without a word.
// findDuplicateKeys() scans the raw text and reports every key that appears more than once in the
// same JSON object (keys are compared after unescaping, so "mode" and "\u006dode" are the same key;
// the same key in sibling or nested objects is not a duplicate).
//
// One Problem (Severity::Error) per duplicated key of an object, however often it repeats. Its path
// is the key's path in the config-path style, "virtualServers[0].relayRestrictions.mode" (array
// indices in brackets, object keys joined with '.', a top-level key is just its name), and its
// message, translated in the "ConfigJson" context, names every occurrence (line and column are
// 1-based, columns count characters, not bytes):
//   "field appears twice (lines 3 and 7)"
//   "field appears twice (line 1, columns 23 and 41)"     both on the same line
//   "field appears 3 times (lines 3, 7 and 9)"
//   "field appears 3 times (at 1:2, 1:8 and 2:1)"         some, not all, share a line
// Problems are ordered by the position of the key's second occurrence.
//
// Meant for text that QJsonDocument already parsed without error; on malformed input it returns
// whatever it found before the first error, without crashing. A UTF-8 byte order mark is skipped.
// One linear pass without recursion (any nesting depth); memory grows with the nesting depth and
// the keys of the objects still open; time is linear in the input plus the size of the reported paths.
QList<Problem> findDuplicateKeys(const QByteArray &json);

} // namespace RelayDesk

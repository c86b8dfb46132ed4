#pragma once

#include <QString>

// Password hashes in the one format RelayDesk stores:
//   pbkdf2-sha256$<iterations>$<salt, base64>$<key, lower-case hex>
// PBKDF2-HMAC-SHA256 over the UTF-8 bytes of the password, 16 random bytes of salt,
// a 32-byte derived key. Plain passwords never leave the process that received them.
namespace RelayDesk::PasswordHash {

inline constexpr int DefaultIterations = 120000;
// verify() refuses hashes that ask for more work than this, so a tampered or
// hostile hash cannot stall the caller.
inline constexpr int MaxIterations = 10000000;
inline constexpr int SaltLength = 16;
inline constexpr int KeyLength = 32;

// A new hash of `password` with a fresh random salt (QRandomGenerator::system()).
// Returns an empty string when iterations is outside 1..MaxIterations.
QString hash(const QString &password, int iterations = DefaultIterations);

// True when `encoded` is a well-formed hash and `password` derives the same key.
// The keys are compared in constant time. False for anything malformed: wrong scheme,
// iterations < 1 or > MaxIterations or not plain decimal, salt that is not base64 or empty,
// a key that is not 64 lower-case hex digits.
bool verify(const QString &password, const QString &encoded);

// True when `encoded` has the shape of a hash (does not check any password).
bool isWellFormed(const QString &encoded);

} // namespace RelayDesk::PasswordHash

#pragma once

// Private to the spool: the file work of one batch, run on the spool's writer thread.

#include "spool.h"

#include <atomic>
#include <vector>

namespace RelayDesk {

// One message on its way to disk: what store() accepted and what became of it.
struct SpoolJob
{
    QString id;
    SpooledMessage message;
    Spool::Done done;
    bool ok = true;
    QString error; // why the message could not be stored, when !ok
};

// Writes every job of the batch that is still ok under mailroot/vsi-<n>/{Drop,Queue}: each file to
// ".tmp-<id>.eml" with its length in SpoolSizeAttribute, the renames to "<id>.eml" (never over an
// existing file), then one durability barrier for the whole batch (see Spool::SyncMode; Adaptive
// decides on the number of files of the batch: fsync per file or one syncfs), then one fsync of
// every directory that received a file. Spool::WriteOrder::SyncFirst syncs the data before the
// renames instead (two journal commits a batch). A job stays ok only
// when all of its files and their directory entries are durable; a job that fails leaves none of its files
// under a final name. `order` is the spool's write order: read once per batch, and set to SyncFirst
// (for this batch and the following ones) when the file system refuses the size attribute.
void writeSpoolBatch(const QByteArray &mailroot, std::vector<SpoolJob> &batch, Spool::SyncMode mode,
                     std::atomic<Spool::WriteOrder> &order);

// The extended attribute that holds a spool file's length in bytes, written before the file takes its
// final name (the default order: rename first, then one sync).
inline constexpr char SpoolSizeAttribute[] = "user.relaydesk.size";
// False for a final-named file whose length differs from its size attribute: the data of a
// message that was never acknowledged did not reach the disk before a crash.
bool spoolIsComplete(const QByteArray &path);

// "X-Sender: <sender>\r\n" ("<>" for the null sender) and one "X-Receiver: <rcpt>\r\n" per recipient.
QByteArray spoolEnvelopeLines(const QString &sender, const QStringList &recipients);

// Empty when the message can be written as it is, else why not (CR, LF or NUL in an address, no
// recipient, an instance number below 1, a chosen id that is no plain file name).
QString spoolEnvelopeProblem(const SpooledMessage &message);

} // namespace RelayDesk

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace RelayDesk {

// One accepted message as the session hands it to the spool.
struct SpooledMessage
{
    int virtualServerInstance = 1; // n of mailroot/vsi-<n>
    QString sender; // reverse-path without brackets; empty for <>
    QStringList localRecipients; // delivered to Drop/
    QStringList relayRecipients; // queued in Queue/ for outbound delivery
    QByteArray receivedHeader; // "Received: from ...\r\n" (folded, CRLF-terminated), prepended by the spool
    QByteArray data; // the message as received: headers and body, dot-unstuffed, CRLF line ends,
                     // without the terminating <CRLF>.<CRLF>
    QHostAddress client;
    QDateTime received; // UTC
    QString id; // the id the session chose (newMessageId(), named in its Received header); empty: store()
                // makes one
};

// The durable spool under <data dir>/mailroot. A message is handed over with store(); the
// callback runs (on the spool owner's thread) only after every file of the message is on stable
// storage under a name that survives a crash (its final name, or the name of a pre-created file
// that prepare() gives its final name after a crash: see WriteOrder), so the session may then
// answer 250. Files are written under another name in the same directory and renamed; a crash
// leaves for an unacknowledged message at most a file that prepare() recognises as incomplete
// (WriteOrder); leftovers of temporary files are removed at start.
//
// Drop/<id>.eml (local recipients): IIS style, "X-Sender: <sender>\r\n", one
// "X-Receiver: <rcpt>\r\n" per local recipient, then the Received header, then the message.
// Queue/<id>.eml (relay recipients): the same layout with the relay recipients, for the outbound
// delivery service. A message with both kinds of recipient produces both files.
//
// Several messages that arrive close together share one flush (group commit).
class Spool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Spool)

public:
    explicit Spool(const QString &mailroot, QObject *parent = nullptr);
    ~Spool() override;

    // Creates mailroot/vsi-<n>/{Drop,Queue,Pickup,Badmail} (0700) and finishes what an earlier
    // crash left: removes temporary leftovers, gives complete pre-created files their final names
    // and removes the others, moves incomplete final-named files to Badmail; then, in the
    // SyncFirst order, fills the pools of pre-created files of Drop and Queue. False with a reason
    // when the directories cannot be made.
    bool prepare(const QList<int> &instances, QString *error);

    // id: a new unique message id (also in the file names); done(ok, error) is called exactly
    // once, after the message is durable (ok) or could not be stored (error says why).
    using Done = std::function<void(bool ok, const QString &error)>;
    QString store(const SpooledMessage &message, Done done);
    // A new unique message id, for a caller that needs it before store() (the Received header).
    static QString newMessageId();

    // How the writer makes a batch's files durable: one fdatasync(2) per file (fsync(2) for a file
    // whose metadata must be durable too), one syncfs(2) per file system the batch touched, or
    // (Adaptive, the default) per file for small batches and syncfs from AdaptiveSyncfsFiles
    // files on. In every mode the renames of temporary files are then made durable by one fsync(2)
    // per touched directory before 250 (renames out of the pool need none, see WriteOrder). The
    // environment variable RELAYDESK_SPOOL_SYNC=file|filesystem|auto overrides the default at
    // construction.
    enum class SyncMode
    {
        PerFile,
        PerFilesystem,
        Adaptive,
    };
    Q_ENUM(SyncMode)
    static constexpr int AdaptiveSyncfsFiles = 4;
    void setSyncMode(SyncMode mode);
    SyncMode syncMode() const;

    // The order of a batch's steps. RenameFirst: each file is written under its temporary name
    // with its length in the extended attribute user.relaydesk.size and renamed at once, then one
    // sync (above) makes data, names and directories durable together: one journal commit a batch.
    // A crash before that sync can leave a final-named file shorter than its attribute (never for
    // an acknowledged message); prepare() moves such files to Badmail. That relies on the file
    // system growing a file's on-disk length only after its data is written, which holds for XFS
    // and for ext4 with a journal in data=ordered or data=journal mode. SyncFirst: nothing assumed
    // about the file system. The writer keeps in each message directory a pool of empty files
    // whose names were made durable ahead of time (spoolwriter.h); a batch that the pools can
    // serve is written into pooled files, each marked with its length, checksum and final name
    // (user.relaydesk.pool), synced (one sync a batch), renamed, and acknowledged: the message is
    // durable under its pooled name, and prepare() gives a complete pooled file its final name
    // after a crash. The renames are made durable later, with the next refill of the pool or
    // after a moment without work. A batch too large for the pools (or on a file system without
    // extended attributes) is written to temporary files, synced, renamed, and its directories
    // synced before 250 (two commits a batch). RELAYDESK_SPOOL_ORDER=fast|safe|auto overrides
    // the default, auto: prepare() chooses RenameFirst on the file systems named above and
    // SyncFirst elsewhere (SyncFirst until then). A spool whose file system refuses the attribute
    // falls back to SyncFirst and says so once.
    enum class WriteOrder
    {
        RenameFirst,
        SyncFirst,
    };
    Q_ENUM(WriteOrder)
    // Fixes the order (no automatic choice in prepare()).
    void setWriteOrder(WriteOrder order);
    WriteOrder writeOrder() const;
    // Whether the file system that holds `path` keeps RenameFirst crash-safe (see above); `why`
    // names the file system and the reason.
    static bool renameFirstIsSafeOn(const QString &path, QString *why);

    // Messages handed over and not yet reported durable.
    int pending() const;
    // Blocks until every pending message is durable or failed (for shutdown). The spool's
    // destructor also makes the last renames durable and removes the spare pre-created files.
    void flush();

    QString mailroot() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace RelayDesk

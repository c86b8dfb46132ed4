<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessList</name>
    <message>
        <location filename="../app/core/accesslist.cpp" line="25"/>
        <source>&quot;%1&quot; is not a valid IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="27"/>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="28"/>
        <source>a domain entry has no network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="31"/>
        <source>a group has both a mask and a prefix length; give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="33"/>
        <source>a group needs a mask or a prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="36"/>
        <source>a netmask applies to IPv4 addresses only; use a prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="40"/>
        <source>&quot;%1&quot; is not a contiguous IPv4 netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="44"/>
        <source>the prefix length %1 is out of range (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="20"/>
        <source>Use the data directory DIR (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="24"/>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="26"/>
        <source>Do not push a change to the running listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="50"/>
        <source>no configuration database at %1; run &quot;relaydeskctl init&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="61"/>
        <source>cannot open the configuration database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="94"/>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="59"/>
        <source>Show what the virtual server answers to an envelope from a client, and the rules that decide it. Exit 1 when a recipient is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="67"/>
        <source>Virtual server NAME (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="70"/>
        <source>Client address IP (IPv4 or IPv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="73"/>
        <source>The session authenticated as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="76"/>
        <source>The session uses TLS (STARTTLS done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="78"/>
        <source>Sender ADDR (&lt;&gt; for the null sender; default &lt;&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="81"/>
        <source>Recipient ADDR; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="85"/>
        <source>The client&apos;s forward-confirmed reverse DNS NAME, for domain entries (no DNS query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="90"/>
        <source>Look up the client&apos;s forward-confirmed reverse DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="92"/>
        <source>DNS server IP for --resolve (port 53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="96"/>
        <source>Decide as at TIME (ISO 8601 UTC), for expiring entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="103"/>
        <source>explain needs --ip IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="106"/>
        <source>--ip %1 is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="110"/>
        <source>explain needs at least one --to ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="119"/>
        <source>--at %1 is not a UTC time such as 2027-02-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="139"/>
        <source>there is no virtual server &quot;%1&quot; (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="144"/>
        <source>there are %1 virtual servers: name one with --vs NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="186"/>
        <source>%1 (revision %2), client %3%4%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="194"/>
        <source>, not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="195"/>
        <source>, authenticated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="197"/>
        <source>, TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="198"/>
        <source>, no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="200"/>
        <source>(connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="206"/>
        <source>Verdict: refused — see the replies above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="207"/>
        <source>Verdict: every recipient is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="12"/>
        <source>Write the configuration as config JSON v1 to FILE or standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="20"/>
        <source>Output file; - or none: standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="28"/>
        <source>export takes at most one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="47"/>
        <location filename="../app/cli/cmd_export.cpp" line="52"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="54"/>
        <source>Exported revision %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="12"/>
        <source>List the revisions of the configuration, newest first, with what each one changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="20"/>
        <source>Show at most N revisions (default 20; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="30"/>
        <source>--limit %1 is not a number of revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="53"/>
        <source>revision %1  %2  %3 (%4)  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="67"/>
        <source>Make the configuration of REVISION current again, as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="74"/>
        <source>The revision to return to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="77"/>
        <location filename="../app/cli/cmd_import.cpp" line="53"/>
        <source>Show the change, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="86"/>
        <source>rollback needs one REVISION number (see &quot;relaydeskctl history&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="97"/>
        <source>there is no revision %1: the newest is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="107"/>
        <source>roll back to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="37"/>
        <source>Validate a config JSON v1 file, show the change and apply it as one revision. Replaces the configuration unless --merge is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="45"/>
        <source>Input file; - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="49"/>
        <source>Merge into the current configuration: items with the same name (address for recipients) are replaced, others added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="61"/>
        <source>import needs exactly one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="63"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="71"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="110"/>
        <source>in the merged configuration: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="116"/>
        <source>import --merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="117"/>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="12"/>
        <source>Create the configuration database with secure defaults (idempotent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="21"/>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="33"/>
        <source>%1 is already initialised (revision %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="38"/>
        <source>Created %1 with the secure defaults (revision %2): one virtual server on 127.0.0.1:2525 that relays for no one but authenticated users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="14"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="14"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="19"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="31"/>
        <source>(the list is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="39"/>
        <location filename="../app/cli/cmd_show.cpp" line="163"/>
        <location filename="../app/cli/cmd_user.cpp" line="73"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="43"/>
        <source>(All Unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="46"/>
        <source>IP address and port: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="48"/>
        <source>FQDN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="49"/>
        <source>(this host&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="50"/>
        <source>Connections: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="51"/>
        <source>, time-out </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="52"/>
        <source> min, logging </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="54"/>
        <source>Authentication: anonymous </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="55"/>
        <source>, basic </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="56"/>
        <source> (requires TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="59"/>
        <source>Certificate: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="60"/>
        <location filename="../app/cli/cmd_show.cpp" line="98"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="61"/>
        <source>, secure channel required </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="63"/>
        <source>Connection control: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="64"/>
        <source>only the list below may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="65"/>
        <source>all except the list below may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="68"/>
        <source>Relay restrictions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="69"/>
        <source>only the list below may relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="70"/>
        <source>all except the list below may relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="74"/>
        <source>Authenticated computers may relay regardless of the list: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="77"/>
        <source>Messages: size </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="78"/>
        <location filename="../app/cli/cmd_show.cpp" line="80"/>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="79"/>
        <source>, session </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="81"/>
        <source>, per connection </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="82"/>
        <source>, recipients </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="84"/>
        <source>Send copy of non-delivery report to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="87"/>
        <source>Forward mail with unresolved recipients to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="93"/>
        <source>Delivery: retry </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="94"/>
        <source> min, delay notification </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="95"/>
        <source> min, expiration </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="96"/>
        <source> min, hop count </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="97"/>
        <source>Smart host: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="101"/>
        <source> (direct delivery first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="104"/>
        <source>Masquerade domain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="106"/>
        <source>Reverse DNS lookup on incoming messages: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="114"/>
        <source>Show the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="134"/>
        <source>RelayDesk (%1), revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="140"/>
        <source>Recipient Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="142"/>
        <source> (priority %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="145"/>
        <source> primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="146"/>
        <source> — authoritative (this organization is responsible for all mail delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="148"/>
        <source> — not authoritative (forwarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="152"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="158"/>
        <source> → forwards to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="161"/>
        <source>SMTP Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="27"/>
        <source>Manage the SMTP users that may authenticate (and relay, when authenticated relay is allowed). Passwords are stored only as salted PBKDF2 hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="36"/>
        <source>add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="38"/>
        <source>The user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="42"/>
        <source>Read the password from the first line of standard input (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="46"/>
        <source>With add: create the account disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="55"/>
        <source>user list takes no NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="80"/>
        <source>user needs add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="82"/>
        <source>user %1 needs one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="89"/>
        <source>there is no SMTP user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="93"/>
        <source>remove SMTP user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="99"/>
        <source>user add reads the password from standard input: give --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="106"/>
        <source>the password read from standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="116"/>
        <source>set the password of SMTP user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="119"/>
        <source>add SMTP user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="48"/>
        <location filename="../app/cli/command.cpp" line="73"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="49"/>
        <location filename="../app/cli/command.cpp" line="74"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="77"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="125"/>
        <source>No change: the configuration already says this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="129"/>
        <source>Dry run: nothing was changed (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="134"/>
        <source>Committed as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="140"/>
        <source>the configuration kept changing under this command; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../app/core/config.cpp" line="166"/>
        <source>(expires %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <location filename="../app/core/configdiff.cpp" line="69"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="70"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="76"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="96"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="140"/>
        <source>%1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="146"/>
        <source>%1: added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="151"/>
        <source>%1: removed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="168"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="174"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="201"/>
        <source>%1: order of entries changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="209"/>
        <location filename="../app/core/configdiff.cpp" line="213"/>
        <source>IP address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="216"/>
        <source>%1: order of IP addresses changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="223"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="232"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="238"/>
        <source>Secure Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="246"/>
        <source>Connection Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="250"/>
        <source>Relay Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="256"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="266"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="288"/>
        <source>SMTP Virtual Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="300"/>
        <location filename="../app/core/configdiff.cpp" line="364"/>
        <location filename="../app/core/configdiff.cpp" line="387"/>
        <location filename="../app/core/configdiff.cpp" line="414"/>
        <source>%1: order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="312"/>
        <source>(responsible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="314"/>
        <source>(primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="328"/>
        <location filename="../app/core/configdiff.cpp" line="336"/>
        <source>address space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="347"/>
        <source>%1: order of address spaces changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="352"/>
        <source>Recipient Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="369"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="392"/>
        <source>SMTP Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="409"/>
        <source>%1: password of %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="422"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigJson</name>
    <message>
        <location filename="../app/core/configjson.cpp" line="29"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="31"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="33"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="35"/>
        <location filename="../app/core/configjson.cpp" line="70"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="37"/>
        <location filename="../app/core/configjson.cpp" line="134"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="39"/>
        <location filename="../app/core/configjson.cpp" line="118"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="43"/>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="82"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="102"/>
        <source>%1 is not a whole number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="103"/>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="146"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="162"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="170"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="193"/>
        <location filename="../app/core/configjson.cpp" line="278"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="210"/>
        <source>&quot;%1&quot; is not a list mode (expected &quot;onlyList&quot; or &quot;allExceptList&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="229"/>
        <source>a group needs &quot;mask&quot; or &quot;prefixLength&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="231"/>
        <source>a group has either &quot;mask&quot; or &quot;prefixLength&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="238"/>
        <source>&quot;%1&quot; is not an entry type (expected &quot;single&quot;, &quot;group&quot; or &quot;domain&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="247"/>
        <source>&quot;%1&quot; is not a UTC date and time in ISO 8601 form (2027-01-31T00:00:00Z; a zone offset such as +01:00 is also accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="404"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="510"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="515"/>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="526"/>
        <source>&quot;%1&quot; is not a RelayDesk configuration (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="534"/>
        <source>version %1 is not supported (this RelayDesk reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="76"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="77"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="99"/>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="103"/>
        <source>line %1, columns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="107"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="111"/>
        <source>field appears twice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/jsonduplicates.cpp" line="112"/>
        <source>field appears %n times (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <location filename="../app/store/configstore.cpp" line="55"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="71"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="76"/>
        <source>Cannot make %1 readable only by its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="99"/>
        <source>The configuration database is damaged: no result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="120"/>
        <location filename="../app/store/configstore.cpp" line="189"/>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="122"/>
        <source>Revision %1 was made by %2 with %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="145"/>
        <source>The configuration database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="167"/>
        <source>Cannot switch %1 to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="191"/>
        <source>The configuration changed while you were editing it: your change is based on revision %1, but the database is at revision %2. %3. Reload and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="229"/>
        <source>Cannot store the configuration in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="255"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="268"/>
        <location filename="../app/store/configstore.cpp" line="273"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="336"/>
        <source>Cannot read the configuration from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="355"/>
        <source>The configuration has errors and was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="410"/>
        <source>There is no revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="417"/>
        <source>the stored snapshot is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="423"/>
        <source>The snapshot of revision %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configtables.cpp" line="18"/>
        <source>The configuration database is damaged: %1 in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/configtables.cpp" line="135"/>
        <source>a row without parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="164"/>
        <source>%1 is not a RelayDesk configuration database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="180"/>
        <source>%1 has no valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="202"/>
        <source>%1 has schema version %2, but this RelayDesk understands version %3 at most; use a newer RelayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="218"/>
        <source>Cannot migrate %1 from schema version %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlutil.cpp" line="11"/>
        <location filename="../app/store/sqlutil.cpp" line="43"/>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleDetails</name>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="71"/>
        <source>RelayDesk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <location filename="../app/gui/consoledetails.cpp" line="137"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <location filename="../app/gui/consoledetails.cpp" line="112"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="73"/>
        <source>Recipient Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="74"/>
        <source>Address spaces; authoritative or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="77"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="77"/>
        <source>Local mailboxes of authoritative domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="79"/>
        <source>SMTP Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="79"/>
        <source>Accounts for authenticated relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="81"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="82"/>
        <source>%1 and its SMTP virtual servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="84"/>
        <location filename="../app/gui/consoledetails.cpp" line="111"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="84"/>
        <source>Test Send, Explain, Open Relay Self-Test, Protocol Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="86"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="87"/>
        <source>Revisions, newest first; revision %1 is current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="96"/>
        <source>Send a test message through a virtual server and watch the SMTP conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="98"/>
        <source>Ask why a client, sender and recipient would be relayed or refused, rule by rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="100"/>
        <source>Try the usual open-relay tricks against a virtual server and report what got through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="102"/>
        <source>Read the listener&apos;s protocol and event logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="112"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="113"/>
        <source>Test Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="114"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="115"/>
        <source>Open Relay Self-Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="117"/>
        <source>Protocol Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="129"/>
        <source>This tool is not part of this version of the console yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="138"/>
        <source>%1 is no longer in the configuration. Refresh the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWarnings</name>
    <message>
        <location filename="../app/gui/consolewarnings.cpp" line="16"/>
        <source>Open relay: &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consolewarnings.cpp" line="17"/>
        <source>Open relay once started: &quot;%1&quot; (disabled): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../app/gui/datadirectory.cpp" line="25"/>
        <source>%1 exists but is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/datadirectory.cpp" line="30"/>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/datadirectory.cpp" line="35"/>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="8"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>E-Mail Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>Display Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>Forward To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="18"/>
        <source>There are no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="25"/>
        <source>SMTP Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Password Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="28"/>
        <source>Accounts that may authenticate, and relay where the virtual server allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="30"/>
        <source>Only a salted hash of the password is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="34"/>
        <location filename="../app/gui/directorydetails.cpp" line="35"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="34"/>
        <location filename="../app/gui/directorydetails.cpp" line="35"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="39"/>
        <source>There are no SMTP users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="10"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="12"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="24"/>
        <source>No change has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="27"/>
        <source>Only the newest %n revisions are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="132"/>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="135"/>
        <source>the invisible character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="148"/>
        <source>a backslash in the quoted local part must be followed by a printable ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="156"/>
        <source>the quoted local part contains %1, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="161"/>
        <source>the quoted local part has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="166"/>
        <location filename="../app/core/mailaddress.cpp" line="198"/>
        <source>the local part is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="170"/>
        <location filename="../app/core/mailaddress.cpp" line="206"/>
        <source>the address has no domain (there is no &apos;@&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="174"/>
        <source>the quoted local part must be followed by &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="185"/>
        <source>the local part begins with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="189"/>
        <source>the local part contains two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="193"/>
        <source>the local part contains %1, which is not allowed outside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="202"/>
        <source>the local part ends with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="219"/>
        <source>the domain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="224"/>
        <source>the domain contains %1, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="232"/>
        <source>the domain contains an empty label (a dot at its start or two dots in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="236"/>
        <source>the domain label &quot;%1&quot; is longer than 63 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="241"/>
        <source>the domain label &quot;%1&quot; begins or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="247"/>
        <source>an IP address must be written as an address literal in brackets, as in [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="257"/>
        <source>the address literal has no closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="275"/>
        <source>the address literal %1 is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="284"/>
        <source>the address literal tag &quot;%1&quot; is not supported; only IPv4 and IPv6 literals are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="290"/>
        <source>the address literal %1 is not a valid IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="301"/>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="316"/>
        <source>the local part is longer than 64 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="320"/>
        <source>the domain is longer than 255 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="343"/>
        <source>every hop of the source route must begin with &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="347"/>
        <source>a source route hop must be a domain name, not an address literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="361"/>
        <source>the path is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="363"/>
        <source>the path must be enclosed in angle brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="365"/>
        <source>the path does not end with &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="371"/>
        <source>the null path &lt;&gt; is not allowed as a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="385"/>
        <source>the source route is not followed by &apos;:&apos; and a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="395"/>
        <source>the path is longer than 256 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="403"/>
        <source>the address is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="411"/>
        <source>the address is longer than 254 octets (a path of 256 octets with its angle brackets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDetails</name>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Recipient Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="11"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="11"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="11"/>
        <source>E-Mail Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="11"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="13"/>
        <source>0 is the highest priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="16"/>
        <source>This organization is responsible for all mail delivery to these addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="20"/>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="23"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="24"/>
        <source>(all recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="30"/>
        <source>There are no recipient policies: no domain is delivered locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="40"/>
        <location filename="../app/gui/policydetails.cpp" line="58"/>
        <location filename="../app/gui/policydetails.cpp" line="59"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="42"/>
        <location filename="../app/gui/policydetails.cpp" line="58"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="43"/>
        <source>Partly (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="49"/>
        <source>Recipient Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="50"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="50"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="50"/>
        <source>Authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="50"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="52"/>
        <source>This organization is responsible for all mail delivery to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="53"/>
        <source>The address new recipients get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="62"/>
        <source>Not authoritative: any local part is accepted and forwarded to the virtual server&apos;s forward-unresolved host or smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="67"/>
        <source>This policy has no e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleTreeModel</name>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="26"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="30"/>
        <source>RelayDesk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="34"/>
        <source>Recipient Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="38"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="39"/>
        <source>SMTP Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="42"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="48"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="50"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="51"/>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="52"/>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="54"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="58"/>
        <source>Current Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="65"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="66"/>
        <source>Test Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="67"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="68"/>
        <source>Open Relay Self-Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="69"/>
        <source>Protocol Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayDesk::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%1 - RelayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>Revision %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Could not read the configuration from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>About RelayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>&lt;h3&gt;RelayDesk %1&lt;/h3&gt;&lt;p&gt;A console for SMTP relay configuration.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayPolicy</name>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="127"/>
        <source>entry %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="139"/>
        <source>client %1 matches connection %2: only the list may connect → connection allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="144"/>
        <source>client %1 matches no connection entry and only the list may connect → access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="150"/>
        <source>client %1 matches connection %2: all except the list may connect → access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="156"/>
        <source>client %1 is not on the connection list: all except the list may connect → connection allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="173"/>
        <source>%1 connections are open and the limit is %2 → try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="207"/>
        <source>%1 is not an enabled SMTP user of this configuration → treated as not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="212"/>
        <source>AUTH is not offered in this session (%1) → treated as not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="213"/>
        <source>basic authentication requires TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="214"/>
        <source>basic authentication is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="234"/>
        <source>the virtual server requires a secure channel and the session is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="238"/>
        <source>anonymous access is off and the session did not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="243"/>
        <source>the sender %1 is not a valid path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="246"/>
        <source>the sender %1 has non-ASCII characters and the client did not ask for SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="256"/>
        <source>the declared size %1 bytes is over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="262"/>
        <source>null sender &lt;&gt; (a delivery report) → sender accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="263"/>
        <source>sender %1 → sender accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="289"/>
        <source>the recipient %1 is not a valid path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="296"/>
        <source>the recipient %1 has non-ASCII characters and the client did not ask for SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="306"/>
        <source>%1 recipients were already accepted and the limit is %2 → too many recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="314"/>
        <source>source route @%1 ignored; the recipient is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="324"/>
        <source>&lt;Postmaster&gt; is always accepted → local delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="334"/>
        <source>the local part &quot;%1&quot; carries %, ! or @: the sender chose the route, so the address is never local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="339"/>
        <source>the local part &quot;%1&quot; carries a look-alike of %, ! or @ (NFKC reads it as &quot;%2&quot;): the sender chose the route, so the address is never local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="344"/>
        <source>%1 is an address literal: never a local domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="348"/>
        <source>%1 is not in any recipient policy → relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="357"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot;, not authoritative → accepted and forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="369"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot; (authoritative) and %4 is a known recipient → local delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="381"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot; (authoritative) but %4 is not a recipient → user unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="393"/>
        <source>client %1 has no forward-confirmed reverse DNS name: domain entries cannot match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="399"/>
        <source>client %1 matches relay %2 → relay allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="403"/>
        <source>client %1 matches no relay entry (only the list may relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="406"/>
        <source>client %1 matches relay %2 (all except the list may relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="409"/>
        <source>client %1 is not on the relay list: all except the list may relay → relay allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="416"/>
        <source>the session authenticated as %1 and authenticated relay is allowed → relay allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="421"/>
        <source>the session authenticated as %1 but authenticated relay is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="424"/>
        <source>the session did not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="433"/>
        <source>→ relay refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDetails</name>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="9"/>
        <source>Not known: this version of the console does not connect to the listener yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="15"/>
        <source>(All Unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="22"/>
        <source>Only the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="22"/>
        <source>All except the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="23"/>
        <source>%1 (open relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="29"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="30"/>
        <location filename="../app/gui/serverdetails.cpp" line="64"/>
        <location filename="../app/gui/serverdetails.cpp" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="30"/>
        <source>Virtual Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="30"/>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="41"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="41"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="42"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="43"/>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="44"/>
        <source>Configuration database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="45"/>
        <source>Configuration revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="46"/>
        <source>Listener state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="47"/>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="54"/>
        <source>Queues on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="55"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="55"/>
        <source>Virtual Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="55"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="55"/>
        <location filename="../app/gui/serverdetails.cpp" line="73"/>
        <location filename="../app/gui/serverdetails.cpp" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="63"/>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="64"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="65"/>
        <location filename="../app/gui/serverdetails.cpp" line="72"/>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="65"/>
        <source>The SMTP virtual servers of this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="73"/>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="73"/>
        <source>TCP Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="74"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="74"/>
        <source>Relay Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="74"/>
        <source>Authenticated Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="79"/>
        <source>Which computers may relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="81"/>
        <source>Whether computers that authenticate may relay regardless of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="91"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="91"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="96"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="96"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="98"/>
        <source>Open relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="104"/>
        <source>There are no SMTP virtual servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="111"/>
        <source>Current Sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="112"/>
        <source>Connected From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="112"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="112"/>
        <source>Connected Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="45"/>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="55"/>
        <source>the text contains the control character U+%1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="63"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="116"/>
        <location filename="../app/core/validation.cpp" line="121"/>
        <location filename="../app/core/validation.cpp" line="165"/>
        <source>%1 is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="129"/>
        <source>%1 is not a prefix length for %2 (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="131"/>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="131"/>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="135"/>
        <source>a dotted netmask applies only to IPv4; use prefixLength for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="138"/>
        <source>%1 is not a contiguous netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="144"/>
        <location filename="../app/core/validation.cpp" line="180"/>
        <location filename="../app/core/validation.cpp" line="227"/>
        <source>&quot;%1&quot; is not a DNS domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="153"/>
        <location filename="../app/core/validation.cpp" line="332"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="159"/>
        <source>an enabled virtual server needs at least one IP address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="169"/>
        <source>%1 port %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="173"/>
        <source>&quot;%1&quot; is not a fully-qualified domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="187"/>
        <source>a certificate needs its private key, and a private key its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="190"/>
        <source>a secure channel cannot be required without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="202"/>
        <source>the session size limit (%1 KB) is smaller than the message size limit (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="209"/>
        <location filename="../app/core/validation.cpp" line="372"/>
        <location filename="../app/core/validation.cpp" line="383"/>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="213"/>
        <location filename="../app/core/validation.cpp" line="230"/>
        <source>&quot;%1&quot; is not a host name or an address in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="218"/>
        <source>expected 4 intervals (first, second, third, subsequent), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="234"/>
        <source>there is no smart host to fall back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="268"/>
        <source>every computer whose name ends in .%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="275"/>
        <source>more than a /8 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="280"/>
        <source>more than a /8 network of IPv4 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="281"/>
        <source>more than a /32 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="299"/>
        <source>another virtual server is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="314"/>
        <source>%1 port %2 is already used by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="335"/>
        <source>another recipient policy is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="346"/>
        <source>&quot;%1&quot; is not a supported address type (only &quot;SMTP&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="350"/>
        <source>&quot;%1&quot; is not an SMTP address space (expected @domain or @*.domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="354"/>
        <source>%1 is already in a recipient policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="361"/>
        <source>only one SMTP address can be primary, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="374"/>
        <source>an address literal cannot be a local mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="377"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="385"/>
        <source>a recipient cannot forward to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="396"/>
        <source>&quot;%1&quot; is not a user name (1 to 64 letters, digits and . _ @ + -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="398"/>
        <source>another SMTP user is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="413"/>
        <source>relay is allowed for all computers (all except the list, and the list is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/validation.cpp" line="414"/>
        <source>relay is allowed for all computers except the %n on the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="422"/>
        <source>relay entry %1 (%2) admits %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="436"/>
        <source>there is no virtual server: nothing will accept mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="442"/>
        <source>open relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="447"/>
        <source>%1 admits %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="455"/>
        <source>basic authentication is offered without TLS: passwords cross the network in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="461"/>
        <source>basic authentication requires TLS but there is no certificate: AUTH is never offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="468"/>
        <source>%1 has expired and no longer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="484"/>
        <source>open relay: %1 accepts mail for every domain under .%2 from any client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="492"/>
        <source>mail for %1 is accepted from any client, but %2 has no host to forward it to (Forward all mail with unresolved recipients to host, or a smart host): it would be relayed to the domain&apos;s own servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="508"/>
        <source>%1 is authoritative but has no recipients: every message to it except postmaster is refused with 550 5.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="526"/>
        <source>not a PBKDF2 hash (expected pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;key&gt;); plain passwords are never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="532"/>
        <source>the hash uses %1 iterations; at least 120000 are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="536"/>
        <source>the salt is not base64 of at least 8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="539"/>
        <source>the key is not 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtualServerDetails</name>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="15"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="15"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="26"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="28"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="28"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="28"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="31"/>
        <source>TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="33"/>
        <source>Fully-qualified domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="34"/>
        <source>(this computer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="35"/>
        <source>Limit number of connections to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="36"/>
        <source>Connection time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="37"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="43"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="44"/>
        <source>Anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="45"/>
        <source>Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="46"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="125"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="46"/>
        <source>Yes, only over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="46"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="125"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="47"/>
        <source>Default domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="50"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="51"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="52"/>
        <source>Require secure channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="54"/>
        <source>Connection control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="55"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="58"/>
        <source>Relay restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="59"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="60"/>
        <source>Allow all computers which successfully authenticate to relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="64"/>
        <source>Open relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="77"/>
        <source>%1 [expired]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="78"/>
        <source>Expired on %1: this entry no longer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="80"/>
        <source>Expires on %1 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="86"/>
        <source>(the list is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="91"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="92"/>
        <source>Limit message size to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="92"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="93"/>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="93"/>
        <source>Limit session size to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="95"/>
        <source>Limit number of messages per connection to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="97"/>
        <source>Limit number of recipients per message to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="98"/>
        <source>Send copy of Non-Delivery Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="100"/>
        <source>Forward all mail with unresolved recipients to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="105"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="106"/>
        <source>First retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="106"/>
        <source>Second retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="107"/>
        <source>Third retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="107"/>
        <source>Subsequent retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="110"/>
        <source>Delay notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="111"/>
        <source>Expiration time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="112"/>
        <source>Maximum hop count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="113"/>
        <source>Masquerade domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="114"/>
        <source>Smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="116"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="137"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="117"/>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="118"/>
        <source>Attempt direct delivery before sending to smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="120"/>
        <source>Perform reverse DNS lookup on incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="132"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/virtualserverdetails.cpp" line="142"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="148"/>
        <source>Only the list below may relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="149"/>
        <source>All except the list below may relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="151"/>
        <source>Only the list below may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="152"/>
        <source>All except the list below may connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>RelayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>The RelayDesk console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Use the data directory DIR (default: RELAYDESK_DATA_DIR, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Cannot use the data directory %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Cannot open the configuration database %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

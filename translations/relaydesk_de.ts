<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessEntryDialog</name>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="6"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="12"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="18"/>
        <source>&amp;Single computer</source>
        <translation>&amp;Einzelner Computer</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="28"/>
        <source>&amp;Group of computers</source>
        <translation>&amp;Gruppe von Computern</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="35"/>
        <source>&amp;Domain</source>
        <translation>&amp;Domäne</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="47"/>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="57"/>
        <source>10.20.0.15 or 2001:db8::15</source>
        <translation>10.20.0.15 oder 2001:db8::15</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="64"/>
        <source>Subnet &amp;mask or prefix length:</source>
        <translation>Subnetz&amp;maske oder Präfixlänge:</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="74"/>
        <source>255.255.255.0 or /24</source>
        <translation>255.255.255.0 oder /24</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="81"/>
        <source>Domai&amp;n name:</source>
        <translation>Domänen&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="91"/>
        <source>apps.corp.example</source>
        <translation>apps.corp.example</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="98"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="115"/>
        <source>&amp;Expires (UTC):</source>
        <translation>Gültig &amp;bis (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="128"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="140"/>
        <source>A domain entry matches a client whose address has a reverse DNS name in the domain that resolves back to the same address. Every such connection costs DNS lookups.</source>
        <translation>Ein Domäneneintrag trifft auf einen Client zu, dessen Adresse einen Reverse-DNS-Namen in der Domäne hat, der wieder in dieselbe Adresse aufgelöst wird. Jede solche Verbindung kostet DNS-Abfragen.</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="153"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>AccessList</name>
    <message>
        <location filename="../app/core/accesslist.cpp" line="25"/>
        <source>&quot;%1&quot; is not a valid IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="27"/>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="28"/>
        <source>a domain entry has no network address</source>
        <translation>ein Domäneneintrag hat keine Netzwerkadresse</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="31"/>
        <source>a group has both a mask and a prefix length; give one of them</source>
        <translation>eine Gruppe hat sowohl eine Maske als auch eine Präfixlänge; geben Sie nur eines davon an</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="33"/>
        <source>a group needs a mask or a prefix length</source>
        <translation>eine Gruppe benötigt eine Maske oder eine Präfixlänge</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="36"/>
        <source>a netmask applies to IPv4 addresses only; use a prefix length</source>
        <translation>eine Netzmaske gilt nur für IPv4-Adressen; verwenden Sie eine Präfixlänge</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="40"/>
        <source>&quot;%1&quot; is not a contiguous IPv4 netmask</source>
        <translation>„%1“ ist keine zusammenhängende IPv4-Netzmaske</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="44"/>
        <source>the prefix length %1 is out of range (0 to %2)</source>
        <translation>die Präfixlänge %1 liegt außerhalb des zulässigen Bereichs (0 bis %2)</translation>
    </message>
</context>
<context>
    <name>AccessListDialog</name>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="14"/>
        <source>Relay Restrictions</source>
        <translation>Weitergabeeinschränkungen</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="20"/>
        <source>Select which computer may relay through this virtual server:</source>
        <translation>Wählen Sie aus, welche Computer über diesen virtuellen Server weitergeben dürfen:</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="27"/>
        <source>&amp;Only the list below</source>
        <translation>&amp;Nur die Liste unten</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="37"/>
        <source>&amp;All except the list below</source>
        <translation>&amp;Alle außer der Liste unten</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="47"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="54"/>
        <source>Filter the list (address, domain or comment)</source>
        <translation>Liste filtern (Adresse, Domäne oder Kommentar)</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="66"/>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="93"/>
        <source>A&amp;dd...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="100"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="128"/>
        <source>Allow all computers which successfully a&amp;uthenticate to relay, regardless of the list above</source>
        <translation>Unabhängig von der obigen Liste allen Computern, die sich erfolgreich a&amp;uthentifizieren, die Weitergabe erlauben</translation>
    </message>
</context>
<context>
    <name>AddressSpaceDialog</name>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="6"/>
        <source>SMTP Address</source>
        <translation>SMTP-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="14"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="24"/>
        <source>@corp.example</source>
        <translation>@corp.example</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="33"/>
        <source>&amp;This organization is responsible for all mail delivery to this address</source>
        <translation>&amp;Diese Organisation ist für die gesamte E-Mail-Übermittlung an diese Adresse verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="40"/>
        <source>Responsible (authoritative): mail for this domain is delivered here and unknown recipients are refused. Otherwise mail for unknown recipients is forwarded to the smart host or the forwarding host of the virtual server.</source>
        <translation>Verantwortlich (autorisierend): E-Mails für diese Domäne werden hier zugestellt, und unbekannte Empfänger werden abgelehnt. Andernfalls werden E-Mails für unbekannte Empfänger an den Smarthost oder den Weiterleitungshost des virtuellen Servers weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="53"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>AuthenticationDialog</name>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="6"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="12"/>
        <source>&amp;Anonymous access</source>
        <translation>&amp;Anonymer Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="19"/>
        <source>No user name or password required.</source>
        <translation>Kein Benutzername bzw. Kennwort erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="29"/>
        <source>&amp;Basic authentication (password is sent in clear text)</source>
        <translation>&amp;Standardauthentifizierung (Kennwort wird als Klartext gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="36"/>
        <source>Requires &amp;TLS encryption</source>
        <translation>&amp;TLS-Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="45"/>
        <source>&amp;Default domain:</source>
        <translation>Standar&amp;ddomäne:</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="60"/>
        <source>The accounts that may authenticate are the SMTP Users of the console tree.</source>
        <translation>Die Konten, die sich authentifizieren dürfen, sind die SMTP-Benutzer der Konsolenstruktur.</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="73"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.ui" line="6"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="12"/>
        <source>The certificate (PEM) and its unencrypted private key (PEM) that STARTTLS presents. Relative paths are relative to the data directory. Without a certificate, STARTTLS is not offered.</source>
        <translation>Das Zertifikat (PEM) und sein unverschlüsselter privater Schlüssel (PEM), die STARTTLS vorlegt. Relative Pfade beziehen sich auf das Datenverzeichnis. Ohne Zertifikat wird STARTTLS nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="24"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Zertifikatdatei:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="36"/>
        <source>tls/relay.pem</source>
        <translation>tls/relay.pem</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="43"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="52"/>
        <source>&amp;Private key file:</source>
        <translation>Datei des &amp;privaten Schlüssels:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="64"/>
        <source>tls/relay.key</source>
        <translation>tls/relay.key</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="71"/>
        <source>B&amp;rowse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="85"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="21"/>
        <source>Use the data directory DIR (default: %1).</source>
        <translation>Das Datenverzeichnis DIR verwenden (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="25"/>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="27"/>
        <source>Do not push a change to the running listener.</source>
        <translation>Eine Änderung nicht an den laufenden Listener übertragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="50"/>
        <source>no configuration database at %1; run &quot;relaydeskctl init&quot; first</source>
        <translation>keine Konfigurationsdatenbank unter %1; führen Sie zuerst „relaydeskctl init“ aus</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="61"/>
        <source>cannot open the configuration database %1: %2</source>
        <translation>die Konfigurationsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="vanished">das Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="65"/>
        <source>Show what the virtual server answers to an envelope from a client, and the rules that decide it. Exit 1 when a recipient is refused.</source>
        <translation>Zeigt, was der virtuelle Server einem Client auf einen Umschlag antwortet, und die Regeln, die darüber entscheiden. Exitcode 1, wenn ein Empfänger abgelehnt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="73"/>
        <source>Virtual server NAME (default: the only one).</source>
        <translation>Virtueller Server NAME (Standard: der einzige vorhandene).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="76"/>
        <source>Client address IP (IPv4 or IPv6).</source>
        <translation>Client-Adresse IP (IPv4 oder IPv6).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="79"/>
        <source>The session authenticated as USER.</source>
        <translation>Die Sitzung ist als USER authentifiziert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="82"/>
        <source>The session uses TLS (STARTTLS done).</source>
        <translation>Die Sitzung verwendet TLS (STARTTLS ausgeführt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="84"/>
        <source>Sender ADDR (&lt;&gt; for the null sender; default &lt;&gt;).</source>
        <translation>Absender ADDR (&lt;&gt; für den leeren Absender; Standard &lt;&gt;).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="87"/>
        <source>Recipient ADDR; repeat for several.</source>
        <translation>Empfänger ADDR; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="91"/>
        <source>The client&apos;s forward-confirmed reverse DNS NAME, for domain entries (no DNS query).</source>
        <translation>Der vorwärts bestätigte Reverse-DNS-Name NAME des Clients, für Domäneneinträge (keine DNS-Abfrage).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="96"/>
        <source>Look up the client&apos;s forward-confirmed reverse DNS name.</source>
        <translation>Den vorwärts bestätigten Reverse-DNS-Namen des Clients nachschlagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="98"/>
        <source>DNS server IP for --resolve (port 53).</source>
        <translation>DNS-Server IP für --resolve (Port 53).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="102"/>
        <source>Decide as at TIME (ISO 8601 UTC), for expiring entries.</source>
        <translation>Entscheidung zum Zeitpunkt TIME (ISO 8601 UTC), für ablaufende Einträge.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="106"/>
        <source>Also run the envelope against the running listener from --ip (up to RCPT, then RSET: no message is sent) and say whether it agrees with the database. Exit 1 when it does not.</source>
        <translation>Den Umschlag zusätzlich von --ip aus gegen den laufenden Listener prüfen (bis RCPT, dann RSET: es wird keine Nachricht gesendet) und angeben, ob das Ergebnis mit der Datenbank übereinstimmt. Exitcode 1, wenn nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="112"/>
        <source>With --check-listener and --auth: the password of USER, from standard input.</source>
        <translation>Mit --check-listener und --auth: das Kennwort von USER, von der Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="119"/>
        <source>explain needs --ip IP</source>
        <translation>explain benötigt --ip IP</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="122"/>
        <source>--ip %1 is not an IPv4 or IPv6 address</source>
        <translation>--ip %1 ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="126"/>
        <source>explain needs at least one --to ADDR</source>
        <translation>explain benötigt mindestens ein --to ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="133"/>
        <source>--check-listener with --auth needs the password (--password-stdin): the live check really authenticates</source>
        <translation>--check-listener mit --auth benötigt das Kennwort (--password-stdin): die Live-Prüfung authentifiziert sich tatsächlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="148"/>
        <source>--at %1 is not a UTC time such as 2027-02-01T00:00:00Z</source>
        <translation>--at %1 ist keine UTC-Zeit wie 2027-02-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/clientsupport.cpp" line="26"/>
        <location filename="../app/cli/cmd_explain.cpp" line="164"/>
        <source>there is no virtual server &quot;%1&quot; (there are: %2)</source>
        <translation>es gibt keinen virtuellen Server „%1“ (vorhanden sind: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clientsupport.cpp" line="14"/>
        <location filename="../app/cli/cmd_explain.cpp" line="169"/>
        <source>there are %1 virtual servers: name one with --vs NAME</source>
        <translation>es gibt %1 virtuelle Server: geben Sie einen mit --vs NAME an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="209"/>
        <source>%1 (revision %2), client %3%4%5%6</source>
        <translation>%1 (Revision %2), Client %3%4%5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="217"/>
        <source>, not authenticated</source>
        <translation>, nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="218"/>
        <source>, authenticated as %1</source>
        <translation>, authentifiziert als %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="220"/>
        <source>, TLS</source>
        <translation>, TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="221"/>
        <source>, no TLS</source>
        <translation>, kein TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="225"/>
        <source>(connect)</source>
        <translation>(Verbindung)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="228"/>
        <source>Verdict: refused — see the replies above.</source>
        <translation>Ergebnis: abgelehnt – siehe die Antworten oben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="229"/>
        <source>Verdict: every recipient is accepted.</source>
        <translation>Ergebnis: alle Empfänger werden angenommen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="12"/>
        <source>Write the configuration as config JSON v1 to FILE or standard output.</source>
        <translation>Die Konfiguration als config JSON v1 in die Datei FILE oder auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="20"/>
        <source>Output file; - or none: standard output.</source>
        <translation>Ausgabedatei; - oder keine: Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="28"/>
        <source>export takes at most one file</source>
        <translation>export akzeptiert höchstens eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="44"/>
        <source>Exported revision %1 to %2.</source>
        <translation>Revision %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="12"/>
        <source>List the revisions of the configuration, newest first, with what each one changed.</source>
        <translation>Die Revisionen der Konfiguration auflisten, neueste zuerst, mit den jeweiligen Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="20"/>
        <source>Show at most N revisions (default 20; 0: all).</source>
        <translation>Höchstens N Revisionen anzeigen (Standard 20; 0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="30"/>
        <source>--limit %1 is not a number of revisions</source>
        <translation>--limit %1 ist keine Anzahl von Revisionen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="53"/>
        <source>revision %1  %2  %3 (%4)  %5</source>
        <translation>Revision %1  %2  %3 (%4)  %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="67"/>
        <source>Make the configuration of REVISION current again, as a new revision.</source>
        <translation>Die Konfiguration von REVISION wieder aktuell machen, als neue Revision.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="74"/>
        <source>The revision to return to.</source>
        <translation>Die Revision, zu der zurückgekehrt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="77"/>
        <location filename="../app/cli/cmd_import.cpp" line="31"/>
        <source>Show the change, change nothing.</source>
        <translation>Die Änderung anzeigen, nichts ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="86"/>
        <source>rollback needs one REVISION number (see &quot;relaydeskctl history&quot;)</source>
        <translation>rollback benötigt genau eine REVISION-Nummer (siehe „relaydeskctl history“)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="97"/>
        <source>there is no revision %1: the newest is %2</source>
        <translation>es gibt keine Revision %1: die neueste ist %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="107"/>
        <source>roll back to revision %1</source>
        <translation>Zurücksetzen auf Revision %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="15"/>
        <source>Validate a config JSON v1 file, show the change and apply it as one revision. Replaces the configuration unless --merge is given.</source>
        <translation>Eine config-JSON-v1-Datei prüfen, die Änderung anzeigen und sie als eine Revision übernehmen. Ersetzt die Konfiguration, sofern nicht --merge angegeben ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="23"/>
        <source>Input file; - for standard input.</source>
        <translation>Eingabedatei; - für die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="27"/>
        <source>Merge into the current configuration: items with the same name (address for recipients) are replaced, others added.</source>
        <translation>In die aktuelle Konfiguration einfügen: Elemente mit demselben Namen (bei Empfängern: Adresse) werden ersetzt, andere hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="39"/>
        <source>import needs exactly one FILE (or - for standard input)</source>
        <translation>import benötigt genau eine FILE (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="41"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="49"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="69"/>
        <source>in the merged configuration: </source>
        <translation>in der zusammengeführten Konfiguration: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="73"/>
        <source>import --merge %1</source>
        <translation>import --merge %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="74"/>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="12"/>
        <source>Create the configuration database with secure defaults (idempotent).</source>
        <translation>Die Konfigurationsdatenbank mit sicheren Standardwerten erstellen (idempotent).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="21"/>
        <source>init takes no arguments</source>
        <translation>init akzeptiert keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="33"/>
        <source>%1 is already initialised (revision %2).</source>
        <translation>%1 ist bereits initialisiert (Revision %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="38"/>
        <source>Created %1 with the secure defaults (revision %2): one virtual server on 127.0.0.1:2525 that relays for no one but authenticated users.</source>
        <translation>%1 mit den sicheren Standardwerten erstellt (Revision %2): ein virtueller Server auf 127.0.0.1:2525, der die Weitergabe nur für authentifizierte Benutzer zulässt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="15"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="15"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="20"/>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="33"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="35"/>
        <source>opportunistic (STARTTLS when offered)</source>
        <translation>opportunistisch (STARTTLS, wenn angeboten)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="37"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="45"/>
        <source>(the list is empty)</source>
        <translation>(die Liste ist leer)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="53"/>
        <location filename="../app/cli/cmd_show.cpp" line="187"/>
        <location filename="../app/cli/cmd_user.cpp" line="69"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="57"/>
        <source>(All Unassigned)</source>
        <translation>(Alle nicht zugewiesen)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="60"/>
        <source>IP address and port: </source>
        <translation>IP-Adresse und Port: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="62"/>
        <source>FQDN: </source>
        <translation>FQDN: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="63"/>
        <source>(this host&apos;s name)</source>
        <translation>(Name dieses Hosts)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="64"/>
        <source>Connections: </source>
        <translation>Verbindungen: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="65"/>
        <source>, time-out </source>
        <translation>, Timeout </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="66"/>
        <source> min, logging </source>
        <translation> Min., Protokollierung </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="68"/>
        <source>Authentication: anonymous </source>
        <translation>Authentifizierung: anonym </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="69"/>
        <source>, basic </source>
        <translation>, Standard </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="70"/>
        <source> (requires TLS)</source>
        <translation> (erfordert TLS)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="73"/>
        <source>Certificate: </source>
        <translation>Zertifikat: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="74"/>
        <location filename="../app/cli/cmd_show.cpp" line="112"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="75"/>
        <source>, secure channel required </source>
        <translation>, sicherer Kanal erforderlich </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="77"/>
        <source>Connection control: </source>
        <translation>Verbindungssteuerung: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="78"/>
        <source>only the list below may connect</source>
        <translation>nur die Liste unten darf eine Verbindung herstellen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="79"/>
        <source>all except the list below may connect</source>
        <translation>alle außer der Liste unten dürfen eine Verbindung herstellen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="82"/>
        <source>Relay restrictions: </source>
        <translation>Weitergabeeinschränkungen: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="83"/>
        <source>only the list below may relay</source>
        <translation>nur die Liste unten darf weitergeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="84"/>
        <source>all except the list below may relay</source>
        <translation>alle außer der Liste unten dürfen weitergeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="88"/>
        <source>Authenticated computers may relay regardless of the list: </source>
        <translation>Authentifizierte Computer dürfen unabhängig von der Liste weitergeben: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="91"/>
        <source>Messages: size </source>
        <translation>Nachrichten: Größe </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="92"/>
        <location filename="../app/cli/cmd_show.cpp" line="94"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="93"/>
        <source>, session </source>
        <translation>, Sitzung </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="95"/>
        <source>, per connection </source>
        <translation>, pro Verbindung </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="96"/>
        <source>, recipients </source>
        <translation>, Empfänger </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="98"/>
        <source>Send copy of non-delivery report to: </source>
        <translation>Kopie des Unzustellbarkeitsberichts senden an: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="101"/>
        <source>Forward mail with unresolved recipients to: </source>
        <translation>Nachrichten mit nicht aufgelösten Empfängern weiterleiten an: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="107"/>
        <source>Delivery: retry </source>
        <translation>Übermittlung: Wiederholung </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="108"/>
        <source> min, delay notification </source>
        <translation> Min., Verzögerungsbenachrichtigung </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="109"/>
        <source> min, expiration </source>
        <translation> Min., Ablauf </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="110"/>
        <source> min, hop count </source>
        <translation> Min., Hopanzahl </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="111"/>
        <source>Smart host: </source>
        <translation>Smarthost: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="115"/>
        <source> (direct delivery first)</source>
        <translation> (zuerst direkte Übermittlung)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="118"/>
        <source>Masquerade domain: </source>
        <translation>Maskierungsdomäne: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="120"/>
        <source>Reverse DNS lookup on incoming messages: </source>
        <translation>Reverse-DNS-Lookup für eingehende Nachrichten: </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="126"/>
        <source>Outbound security: basic authentication as %1 (%2), TLS %3</source>
        <translation>Ausgehende Sicherheit: Standardauthentifizierung als %1 (%2), TLS %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="130"/>
        <source>password set</source>
        <translation>Kennwort festgelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="131"/>
        <source>no password</source>
        <translation>kein Kennwort</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="133"/>
        <source>Outbound security: anonymous, TLS %1</source>
        <translation>Ausgehende Sicherheit: anonym, TLS %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="142"/>
        <source>Show the configuration.</source>
        <translation>Die Konfiguration anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="158"/>
        <source>RelayDesk (%1), revision %2</source>
        <translation>RelayDesk (%1), Revision %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="164"/>
        <source>Recipient Policies</source>
        <translation>Empfängerrichtlinien</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="166"/>
        <source> (priority %1)</source>
        <translation> (Priorität %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="169"/>
        <source> primary</source>
        <translation> primär</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="170"/>
        <source> — authoritative (this organization is responsible for all mail delivery)</source>
        <translation> — autorisierend (diese Organisation ist für die gesamte E-Mail-Übermittlung verantwortlich)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="172"/>
        <source> — not authoritative (forwarded)</source>
        <translation> — nicht autorisierend (weitergeleitet)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="176"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="182"/>
        <source> → forwards to </source>
        <translation> → leitet weiter an </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="185"/>
        <source>SMTP Users</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="27"/>
        <source>Manage the SMTP users that may authenticate (and relay, when authenticated relay is allowed). Passwords are stored only as salted PBKDF2 hashes.</source>
        <translation>Die SMTP-Benutzer verwalten, die sich authentifizieren dürfen (und weitergeben dürfen, wenn die Weitergabe für Authentifizierte zugelassen ist). Kennwörter werden nur als gesalzene PBKDF2-Hashes gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="36"/>
        <source>add, remove or list</source>
        <translation>add, remove oder list</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="38"/>
        <source>The user name.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="12"/>
        <source>Set or remove the password the delivery agent sends to the smart host (Delivery ▸ Outbound Security, basic authentication). It is kept outside the configuration, in a file only its owner can read: never in the database, its history, an export or the listener&apos;s snapshot.</source>
        <translation>Das Kennwort festlegen oder entfernen, das der Übermittlungsagent an den Smarthost sendet (Übermittlung ▸ Ausgehende Sicherheit, Standardauthentifizierung). Es wird außerhalb der Konfiguration in einer Datei aufbewahrt, die nur ihr Besitzer lesen kann: niemals in der Datenbank, ihrem Verlauf, einem Export oder dem Snapshot des Listeners.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="22"/>
        <source>The virtual server.</source>
        <translation>Der virtuelle Server.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="26"/>
        <location filename="../app/cli/cmd_user.cpp" line="42"/>
        <source>Read the password from the first line of standard input (never from the command line).</source>
        <translation>Das Kennwort aus der ersten Zeile der Standardeingabe lesen (niemals von der Befehlszeile).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="30"/>
        <source>Forget the virtual server&apos;s password.</source>
        <translation>Das Kennwort des virtuellen Servers verwerfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="37"/>
        <source>smarthost-password takes no arguments besides its options</source>
        <translation>smarthost-password akzeptiert außer seinen Optionen keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="41"/>
        <source>smarthost-password needs either --password-stdin or --remove</source>
        <translation>smarthost-password benötigt entweder --password-stdin oder --remove</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="44"/>
        <source>smarthost-password needs the virtual server: give --vs NAME</source>
        <translation>smarthost-password benötigt den virtuellen Server: geben Sie --vs NAME an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="61"/>
        <source>there is no virtual server &quot;%1&quot;</source>
        <translation>es gibt keinen virtuellen Server „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="68"/>
        <source>Removed the smart host password of %1.</source>
        <translation>Das Smarthost-Kennwort von %1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="79"/>
        <source>the password read from standard input: %1</source>
        <translation>das von der Standardeingabe gelesene Kennwort: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="86"/>
        <source>Set the smart host password of %1.</source>
        <translation>Das Smarthost-Kennwort von %1 wurde festgelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="88"/>
        <source>Note: %1 uses anonymous access to the smart host; the password is sent once basic authentication is chosen.</source>
        <translation>Hinweis: %1 verwendet anonymen Zugriff auf den Smarthost; das Kennwort wird gesendet, sobald Standardauthentifizierung gewählt ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="46"/>
        <source>With add: create the account disabled.</source>
        <translation>Mit add: das Konto deaktiviert erstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="55"/>
        <source>user list takes no NAME</source>
        <translation>user list akzeptiert keinen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="76"/>
        <source>user needs add, remove or list</source>
        <translation>user benötigt add, remove oder list</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="78"/>
        <source>user %1 needs one NAME</source>
        <translation>user %1 benötigt genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="85"/>
        <source>there is no SMTP user &quot;%1&quot;</source>
        <translation>es gibt keinen SMTP-Benutzer „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="89"/>
        <source>remove SMTP user %1</source>
        <translation>SMTP-Benutzer %1 entfernen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="95"/>
        <source>user add reads the password from standard input: give --password-stdin</source>
        <translation>user add liest das Kennwort von der Standardeingabe: geben Sie --password-stdin an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="102"/>
        <source>the password read from standard input is empty</source>
        <translation>das von der Standardeingabe gelesene Kennwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="112"/>
        <source>set the password of SMTP user %1</source>
        <translation>Kennwort des SMTP-Benutzers %1 festlegen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="115"/>
        <source>add SMTP user %1</source>
        <translation>SMTP-Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="50"/>
        <location filename="../app/cli/command.cpp" line="75"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="51"/>
        <location filename="../app/cli/command.cpp" line="76"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="79"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="140"/>
        <source>No change: the configuration already says this.</source>
        <translation>Keine Änderung: die Konfiguration enthält dies bereits.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="144"/>
        <source>Dry run: nothing was changed (revision %1).</source>
        <translation>Probelauf: es wurde nichts geändert (Revision %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="149"/>
        <source>Committed as revision %1.</source>
        <translation>Als Revision %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="155"/>
        <source>the configuration kept changing under this command; try again</source>
        <translation>die Konfiguration wurde während dieses Befehls fortlaufend geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="163"/>
        <source>No listener is running; it will enforce revision %1 when it starts.</source>
        <translation>Es läuft kein Listener; er setzt Revision %1 durch, sobald er startet.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="171"/>
        <source>The listener enforces revision %1.</source>
        <translation>Der Listener setzt Revision %1 durch.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="179"/>
        <source>To fix it: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="27"/>
        <source>The open-relay self-test: classic relay attempts against the running listener, each in its own session from an address that is not on the relay list; never sends a message. Exit 0 when every attempt is refused, 1 when any relay got through, 3 when the listener cannot be reached.</source>
        <translation>Der Selbsttest auf offene Weitergabe: klassische Weitergabeversuche gegen den laufenden Listener, jeder in einer eigenen Sitzung von einer Adresse, die nicht in der Weitergabeliste steht; sendet nie eine Nachricht. Exitcode 0, wenn jeder Versuch abgelehnt wird, 1, wenn eine Weitergabe durchkam, 3, wenn der Listener nicht erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="43"/>
        <source>Send a test message and show the conversation as it happens, then the verdict; a refusal by a virtual server of this database is explained. Exit 1 when a recipient or the message is refused, 3 when the server cannot be reached.</source>
        <translation>Eine Testnachricht senden und den Dialog live anzeigen, danach das Ergebnis; eine Ablehnung durch einen virtuellen Server dieser Datenbank wird erklärt. Exitcode 1, wenn ein Empfänger oder die Nachricht abgelehnt wird, 3, wenn der Server nicht erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="136"/>
        <source>%n message(s) will be attempted now.</source>
        <translation>
            <numerusform>Für %n Nachricht wird die Zustellung jetzt versucht.</numerusform>
            <numerusform>Für %n Nachrichten wird die Zustellung jetzt versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="138"/>
        <source>%n message(s) frozen: they are not attempted until unfrozen.</source>
        <translation>
            <numerusform>%n Nachricht fixiert: sie wird erst nach Aufheben der Fixierung zugestellt.</numerusform>
            <numerusform>%n Nachrichten fixiert: sie werden erst nach Aufheben der Fixierung zugestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="141"/>
        <source>%n message(s) unfrozen.</source>
        <translation>
            <numerusform>Fixierung von %n Nachricht aufgehoben.</numerusform>
            <numerusform>Fixierung von %n Nachrichten aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="143"/>
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n Nachricht gelöscht.</numerusform>
            <numerusform>%n Nachrichten gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_sync.cpp" line="58"/>
        <source>Queues:    %n message(s) waiting for delivery</source>
        <translation>
            <numerusform>Warteschlangen: %n Nachricht wartet auf Übermittlung</numerusform>
            <numerusform>Warteschlangen: %n Nachrichten warten auf Übermittlung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="16"/>
        <source>Usage: relaydeskctl [--data-dir DIR] [--json] COMMAND [options]</source>
        <translation>Verwendung: relaydeskctl [--data-dir DIR] [--json] COMMAND [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="19"/>
        <source>The command line of RelayDesk, the SMTP relay configuration manager.</source>
        <translation>Die Befehlszeile von RelayDesk, dem Konfigurationsmanager für SMTP-Weitergabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>&quot;relaydeskctl COMMAND --help&quot; describes a command&apos;s options. Exit codes: 0 success, 1 negative answer, 2 bad usage or input, 3 environment failure.</source>
        <translation>„relaydeskctl COMMAND --help“ beschreibt die Optionen eines Befehls. Exitcodes: 0 Erfolg, 1 negative Antwort, 2 falsche Verwendung oder Eingabe, 3 Fehler der Umgebung.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="80"/>
        <source>unknown command &quot;%1&quot;; see relaydeskctl --help</source>
        <translation>unbekannter Befehl „%1“; siehe relaydeskctl --help</translation>
    </message>
</context>
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../ui/communicationdialog.ui" line="6"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.ui" line="12"/>
        <source>&amp;Require secure channel (TLS)</source>
        <translation>&amp;Sicheren Kanal verlangen (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.ui" line="19"/>
        <source>Clients must issue STARTTLS before MAIL FROM; others get 530 5.7.0. Needs a certificate.</source>
        <translation>Clients müssen vor MAIL FROM STARTTLS senden; andere erhalten 530 5.7.0. Erfordert ein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.ui" line="32"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../app/core/config.cpp" line="212"/>
        <source>(expires %1)</source>
        <translation>(läuft ab %1)</translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <location filename="../app/core/configdiff.cpp" line="69"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="70"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="76"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="106"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="150"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="156"/>
        <source>%1: added %2</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="161"/>
        <source>%1: removed %2</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="178"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="184"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="211"/>
        <source>%1: order of entries changed</source>
        <translation>%1: Reihenfolge der Einträge geändert</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="219"/>
        <location filename="../app/core/configdiff.cpp" line="223"/>
        <source>IP address %1</source>
        <translation>IP-Adresse %1</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="226"/>
        <source>%1: order of IP addresses changed</source>
        <translation>%1: Reihenfolge der IP-Adressen geändert</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="242"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="251"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="257"/>
        <source>Secure Communication</source>
        <translation>Sichere Kommunikation</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="265"/>
        <source>Connection Control</source>
        <translation>Verbindungssteuerung</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="269"/>
        <source>Relay Restrictions</source>
        <translation>Weitergabeeinschränkungen</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="275"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="285"/>
        <source>Delivery</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="298"/>
        <source>Outbound Security</source>
        <translation>Ausgehende Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="309"/>
        <source>SMTP Virtual Servers</source>
        <translation>Virtuelle SMTP-Server</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="321"/>
        <location filename="../app/core/configdiff.cpp" line="385"/>
        <location filename="../app/core/configdiff.cpp" line="408"/>
        <location filename="../app/core/configdiff.cpp" line="435"/>
        <source>%1: order changed</source>
        <translation>%1: Reihenfolge geändert</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="333"/>
        <source>(responsible)</source>
        <translation>(verantwortlich)</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="335"/>
        <source>(primary)</source>
        <translation>(primär)</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="349"/>
        <location filename="../app/core/configdiff.cpp" line="357"/>
        <source>address space %1</source>
        <translation>Adressraum %1</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="368"/>
        <source>%1: order of address spaces changed</source>
        <translation>%1: Reihenfolge der Adressräume geändert</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="373"/>
        <source>Recipient Policies</source>
        <translation>Empfängerrichtlinien</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="390"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="413"/>
        <source>SMTP Users</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="430"/>
        <source>%1: password of %2 changed</source>
        <translation>%1: Kennwort von %2 geändert</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="443"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ConfigJson</name>
    <message>
        <location filename="../app/core/configjson.cpp" line="29"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="31"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="33"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="35"/>
        <location filename="../app/core/configjson.cpp" line="70"/>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="37"/>
        <location filename="../app/core/configjson.cpp" line="134"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="39"/>
        <location filename="../app/core/configjson.cpp" line="118"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="43"/>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="82"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="102"/>
        <source>%1 is not a whole number in range</source>
        <translation>%1 ist keine ganze Zahl im zulässigen Bereich</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="103"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="153"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="169"/>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="177"/>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="200"/>
        <location filename="../app/core/configjson.cpp" line="311"/>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="217"/>
        <source>&quot;%1&quot; is not a list mode (expected &quot;onlyList&quot; or &quot;allExceptList&quot;)</source>
        <translation>„%1“ ist kein Listenmodus (erwartet: &quot;onlyList&quot; oder &quot;allExceptList&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="236"/>
        <source>a group needs &quot;mask&quot; or &quot;prefixLength&quot;</source>
        <translation>eine Gruppe benötigt &quot;mask&quot; oder &quot;prefixLength&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="238"/>
        <source>a group has either &quot;mask&quot; or &quot;prefixLength&quot;, not both</source>
        <translation>eine Gruppe hat entweder &quot;mask&quot; oder &quot;prefixLength&quot;, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="245"/>
        <source>&quot;%1&quot; is not an entry type (expected &quot;single&quot;, &quot;group&quot; or &quot;domain&quot;)</source>
        <translation>„%1“ ist kein Eintragstyp (erwartet: &quot;single&quot;, &quot;group&quot; oder &quot;domain&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="254"/>
        <source>&quot;%1&quot; is not a UTC date and time in ISO 8601 form (2027-01-31T00:00:00Z; a zone offset such as +01:00 is also accepted)</source>
        <translation>„%1“ ist kein UTC-Datum mit Uhrzeit im ISO-8601-Format (2027-01-31T00:00:00Z; ein Zonenversatz wie +01:00 wird ebenfalls akzeptiert)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="280"/>
        <source>&quot;%1&quot; is not an outbound authentication (expected &quot;anonymous&quot; or &quot;basic&quot;)</source>
        <translation>„%1“ ist keine ausgehende Authentifizierung (erwartet: &quot;anonymous&quot; oder &quot;basic&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="286"/>
        <source>the smart host password is not part of the configuration; set it in the console (Delivery ▸ Outbound Security…) or with relaydeskctl smarthost-password</source>
        <translation>das Smarthost-Kennwort ist nicht Teil der Konfiguration; legen Sie es in der Konsole (Übermittlung ▸ Ausgehende Sicherheit…) oder mit relaydeskctl smarthost-password fest</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="292"/>
        <source>&quot;%1&quot; is not a TLS mode (expected &quot;off&quot;, &quot;opportunistic&quot; or &quot;required&quot;)</source>
        <translation>„%1“ ist kein TLS-Modus (erwartet: &quot;off&quot;, &quot;opportunistic&quot; oder &quot;required&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="438"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="556"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="561"/>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="572"/>
        <source>&quot;%1&quot; is not a RelayDesk configuration (expected &quot;%2&quot;)</source>
        <translation>„%1“ ist keine RelayDesk-Konfiguration (erwartet: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="580"/>
        <source>version %1 is not supported (this RelayDesk reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses RelayDesk liest Version %2)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="696"/>
        <source>expected a revision number, found %1</source>
        <translation>Revisionsnummer erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="76"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="77"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="99"/>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="103"/>
        <source>line %1, columns %2</source>
        <translation>Zeile %1, Spalten %2</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="107"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="111"/>
        <source>field appears twice (%1)</source>
        <translation>Feld kommt zweimal vor (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/jsonduplicates.cpp" line="112"/>
        <source>field appears %n times (%1)</source>
        <translation>
            <numerusform>Feld kommt %n-mal vor (%1)</numerusform>
            <numerusform>Feld kommt %n-mal vor (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <location filename="../app/store/configstore.cpp" line="55"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="71"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="76"/>
        <source>Cannot make %1 readable only by its owner: %2</source>
        <translation>%1 kann nicht auf „nur für den Besitzer lesbar“ gesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="99"/>
        <source>The configuration database is damaged: no result for %1</source>
        <translation>Die Konfigurationsdatenbank ist beschädigt: kein Ergebnis für %1</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="120"/>
        <location filename="../app/store/configstore.cpp" line="190"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="122"/>
        <source>Revision %1 was made by %2 with %3 at %4</source>
        <translation>Revision %1 wurde von %2 mit %3 am %4 erstellt</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="145"/>
        <source>The configuration database is not open</source>
        <translation>Die Konfigurationsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="167"/>
        <source>Cannot switch %1 to write-ahead logging</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="192"/>
        <source>The configuration changed while you were editing it: your change is based on revision %1, but the database is at revision %2. %3. Reload and apply your change again.</source>
        <translation>Die Konfiguration wurde geändert, während Sie sie bearbeitet haben: Ihre Änderung beruht auf Revision %1, die Datenbank ist aber bei Revision %2. %3. Laden Sie neu und übernehmen Sie Ihre Änderung erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="230"/>
        <source>Cannot store the configuration in %1: %2</source>
        <translation>Die Konfiguration kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="256"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="269"/>
        <location filename="../app/store/configstore.cpp" line="274"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="337"/>
        <source>Cannot read the configuration from %1: %2</source>
        <translation>Die Konfiguration kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="356"/>
        <source>The configuration has errors and was not stored</source>
        <translation>Die Konfiguration enthält Fehler und wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="411"/>
        <source>There is no revision %1</source>
        <translation>Es gibt keine Revision %1</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="418"/>
        <source>the stored snapshot is damaged</source>
        <translation>der gespeicherte Snapshot ist beschädigt</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="424"/>
        <source>The snapshot of revision %1 cannot be read: %2</source>
        <translation>Der Snapshot von Revision %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/configtables.cpp" line="18"/>
        <source>The configuration database is damaged: %1 in table %2</source>
        <translation>Die Konfigurationsdatenbank ist beschädigt: %1 in Tabelle %2</translation>
    </message>
    <message>
        <location filename="../app/store/configtables.cpp" line="145"/>
        <source>a row without parent %1</source>
        <translation>eine Zeile ohne übergeordnetes Element %1</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="181"/>
        <source>%1 is not a RelayDesk configuration database</source>
        <translation>%1 ist keine RelayDesk-Konfigurationsdatenbank</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="197"/>
        <source>%1 has no valid schema version</source>
        <translation>%1 hat keine gültige Schemaversion</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="225"/>
        <source>%1 has schema version %2, but this RelayDesk understands version %3 at most; use a newer RelayDesk</source>
        <translation>%1 hat die Schemaversion %2, dieses RelayDesk versteht aber höchstens Version %3; verwenden Sie ein neueres RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="241"/>
        <source>Cannot migrate %1 from schema version %2 to %3: %4</source>
        <translation>%1 kann nicht von Schemaversion %2 auf %3 migriert werden: %4</translation>
    </message>
    <message>
        <location filename="../app/store/sqlutil.cpp" line="11"/>
        <location filename="../app/store/sqlutil.cpp" line="43"/>
        <source>%1 (in: %2)</source>
        <translation>%1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>ConsoleDetails</name>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="66"/>
        <source>RelayDesk (%1)</source>
        <translation>RelayDesk (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="67"/>
        <location filename="../app/gui/consoledetails.cpp" line="157"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="67"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="67"/>
        <location filename="../app/gui/consoledetails.cpp" line="137"/>
        <location filename="../app/gui/consoledetails.cpp" line="147"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="68"/>
        <source>Recipient Policies</source>
        <translation>Empfängerrichtlinien</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="69"/>
        <source>Address spaces; authoritative or not</source>
        <translation>Adressräume; autorisierend oder nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <source>Local mailboxes of authoritative domains</source>
        <translation>Lokale Postfächer autorisierender Domänen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="74"/>
        <source>SMTP Users</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="74"/>
        <source>Accounts for authenticated relay</source>
        <translation>Konten für authentifizierte Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="76"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="77"/>
        <source>%1 and its SMTP virtual servers</source>
        <translation>%1 und seine virtuellen SMTP-Server</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="79"/>
        <location filename="../app/gui/consoledetails.cpp" line="136"/>
        <source>Tools</source>
        <translation>Extras</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="79"/>
        <source>Test Send, Explain, Open Relay Self-Test, Protocol Log</source>
        <translation>Testversand, Erklären, Selbsttest auf offene Weitergabe, SMTP-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="81"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="82"/>
        <source>Revisions, newest first; revision %1 is current</source>
        <translation>Revisionen, neueste zuerst; Revision %1 ist aktuell</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="91"/>
        <source>Send a test message through a virtual server and watch the SMTP conversation.</source>
        <translation>Eine Testnachricht über einen virtuellen Server senden und den SMTP-Dialog verfolgen.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="93"/>
        <source>Ask why a client, sender and recipient would be relayed or refused, rule by rule.</source>
        <translation>Regel für Regel ermitteln, warum ein Client, Absender und Empfänger weitergegeben oder abgelehnt würde.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="95"/>
        <source>Try the usual open-relay tricks against a virtual server and report what got through.</source>
        <translation>Die üblichen Tricks für offene Weitergabe gegen einen virtuellen Server ausprobieren und melden, was durchkam.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="97"/>
        <source>Read the listener&apos;s protocol and event logs.</source>
        <translation>Die SMTP-Protokolle und das Ereignisprotokoll des Listeners lesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="137"/>
        <location filename="../app/gui/consoledetails.cpp" line="147"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="149"/>
        <source>Press Enter or double-click to open it (also in the Tools menu).</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um es zu öffnen (auch im Menü „Extras“).</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="121"/>
        <source>Test Send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="123"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="125"/>
        <source>Open Relay Self-Test</source>
        <translation>Selbsttest auf offene Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="127"/>
        <source>Protocol Log</source>
        <translation>SMTP-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="158"/>
        <source>%1 is no longer in the configuration. Refresh the console.</source>
        <translation>%1 ist nicht mehr in der Konfiguration vorhanden. Aktualisieren Sie die Konsole.</translation>
    </message>
</context>
<context>
    <name>ConsoleWarnings</name>
    <message>
        <location filename="../app/gui/consolewarnings.cpp" line="16"/>
        <source>Open relay: &quot;%1&quot;: %2.</source>
        <translation>Offene Weitergabe: „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/consolewarnings.cpp" line="17"/>
        <source>Open relay once started: &quot;%1&quot; (disabled): %2.</source>
        <translation>Offene Weitergabe nach dem Start: „%1“ (deaktiviert): %2.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../app/core/datadirectory.cpp" line="25"/>
        <source>%1 exists but is not a directory</source>
        <translation>%1 existiert, ist aber kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/core/datadirectory.cpp" line="30"/>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/core/datadirectory.cpp" line="36"/>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>DeliveryAdvancedDialog</name>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="6"/>
        <source>Advanced Delivery</source>
        <translation>Erweiterte Übermittlung</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="14"/>
        <source>&amp;Maximum hop count:</source>
        <translation>&amp;Maximale Anzahl an Hops:</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="34"/>
        <source>Masquerade &amp;domain:</source>
        <translation>Maskierungs&amp;domäne:</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="47"/>
        <source>&amp;Fully-qualified domain name:</source>
        <translation>&amp;Vollqualifizierter Domänenname:</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="57"/>
        <source>relay.corp.example</source>
        <translation>relay.corp.example</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="64"/>
        <source>&amp;Smart host:</source>
        <translation>&amp;Smarthost:</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="74"/>
        <source>smtp.provider.example or [192.0.2.25]</source>
        <translation>smtp.provider.example oder [192.0.2.25]</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="81"/>
        <source>Smart host &amp;port:</source>
        <translation>Smarthost-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="101"/>
        <source>&amp;Attempt direct delivery before sending to smart host</source>
        <translation>Direkte Übermittlung vor dem Senden an Smarthost v&amp;ersuchen</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="108"/>
        <source>Perform &amp;reverse DNS lookup on incoming messages</source>
        <translation>&amp;Reverse-DNS-Lookup für eingehende Nachrichten ausführen</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="120"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DeliveryReport</name>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="263"/>
        <source>The server %1 answered: %2</source>
        <translation>Der Server %1 antwortete: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="265"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="268"/>
        <source>No reason was given (status %1).</source>
        <translation>Es wurde kein Grund angegeben (Status %1).</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="271"/>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="274"/>
        <source>Delivery will be attempted until %1.</source>
        <translation>Die Übermittlung wird bis %1 versucht.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="286"/>
        <source>This is the mail system at %1.</source>
        <translation>Dies ist das Mailsystem auf %1.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="288"/>
        <source>Your message could not be delivered to the following recipients. The mail system has given up; sending the message again will fail the same way unless the problem below is solved.</source>
        <translation>Ihre Nachricht konnte an die folgenden Empfänger nicht übermittelt werden. Das Mailsystem hat aufgegeben; ein erneutes Senden der Nachricht schlägt auf dieselbe Weise fehl, solange das unten genannte Problem nicht behoben ist.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="297"/>
        <source>Your message has not been delivered yet to the following recipients. The mail system keeps trying; you do not need to send the message again.</source>
        <translation>Ihre Nachricht wurde an die folgenden Empfänger noch nicht übermittelt. Das Mailsystem versucht es weiter; Sie müssen die Nachricht nicht erneut senden.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="305"/>
        <source>The mail system received your message on %1.</source>
        <translation>Das Mailsystem hat Ihre Nachricht am %1 empfangen.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="307"/>
        <source>The headers of your message are attached below the technical details, which your mail administrator can use to find out more.</source>
        <translation>Die Kopfzeilen Ihrer Nachricht sind unterhalb der technischen Details angefügt, mit denen Ihr E-Mail-Administrator mehr herausfinden kann.</translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="8"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>E-Mail Address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>Display Name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>Forward To</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="18"/>
        <source>There are no recipients.</source>
        <translation>Es gibt keine Empfänger.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="25"/>
        <source>SMTP Users</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Password Set</source>
        <translation>Kennwort festgelegt</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="28"/>
        <source>Accounts that may authenticate, and relay where the virtual server allows it</source>
        <translation>Konten, die sich authentifizieren und, wo der virtuelle Server es zulässt, weitergeben dürfen</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="30"/>
        <source>Only a salted hash of the password is stored</source>
        <translation>Es wird nur ein gesalzener Hash des Kennworts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="34"/>
        <location filename="../app/gui/directorydetails.cpp" line="35"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="34"/>
        <location filename="../app/gui/directorydetails.cpp" line="35"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="40"/>
        <source>There are no SMTP users.</source>
        <translation>Es gibt keine SMTP-Benutzer.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../ui/explaindialog.ui" line="6"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="22"/>
        <source>&amp;Virtual server:</source>
        <translation>&amp;Virtueller Server:</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="35"/>
        <source>&amp;Client address:</source>
        <translation>&amp;Client-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="45"/>
        <source>10.20.0.77 or 127.0.0.9</source>
        <translation>10.20.0.77 oder 127.0.0.9</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="52"/>
        <source>Client &amp;host name:</source>
        <translation>&amp;Hostname des Clients:</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="62"/>
        <source>Its forward-confirmed reverse DNS name, for domain entries (optional)</source>
        <translation>Sein vorwärts bestätigter Reverse-DNS-Name, für Domäneneinträge (optional)</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="69"/>
        <source>&amp;Authenticated as:</source>
        <translation>&amp;Authentifiziert als:</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="94"/>
        <source>Authenticated user</source>
        <translation>Authentifizierter Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="104"/>
        <source>Password, for the live check only</source>
        <translation>Kennwort, nur für die Live-Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="107"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="117"/>
        <source>The session uses &amp;TLS (STARTTLS done)</source>
        <translation>Die Sitzung verwendet &amp;TLS (STARTTLS erfolgt)</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="124"/>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="134"/>
        <source>Empty: the null sender &lt;&gt;</source>
        <translation>Leer: leerer Absender &lt;&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="141"/>
        <source>T&amp;o:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="160"/>
        <source>One address per line, or separated by commas</source>
        <translation>Eine Adresse pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="179"/>
        <source>Decision per stage</source>
        <translation>Entscheidung pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="210"/>
        <source>Chec&amp;k Against the Running Listener</source>
        <translation>Gegen den laufenden Listener &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="217"/>
        <source>&amp;Stop</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="246"/>
        <source>Live check transcript</source>
        <translation>Protokoll der Live-Prüfung</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="6"/>
        <source>Export Configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="12"/>
        <source>The &amp;whole configuration</source>
        <translation>Die &amp;gesamte Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="22"/>
        <source>&amp;Chosen virtual servers (import the file with Merge to add or replace them elsewhere):</source>
        <translation>&amp;Ausgewählte virtuelle Server (importieren Sie die Datei mit „Zusammenführen“, um sie anderswo hinzuzufügen oder zu ersetzen):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="32"/>
        <source>Virtual servers</source>
        <translation>Virtuelle Server</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="41"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="54"/>
        <source>&amp;Browse...</source>
        <translation>Durch&amp;suchen...</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="63"/>
        <source>The file holds the SMTP users&apos; password hashes; it is written readable by you only.</source>
        <translation>Die Datei enthält die Kennwort-Hashes der SMTP-Benutzer; sie wird so geschrieben, dass nur Sie sie lesen können.</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="10"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="12"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="25"/>
        <source>No change has been recorded yet.</source>
        <translation>Es wurde noch keine Änderung aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="28"/>
        <source>Only the newest %n revisions are shown.</source>
        <translation>
            <numerusform>Nur die neueste %n Revision wird angezeigt.</numerusform>
            <numerusform>Nur die neuesten %n Revisionen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="40"/>
        <source>… and %n more changes</source>
        <translation>
            <numerusform>… und %n weitere Änderung</numerusform>
            <numerusform>… und %n weitere Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="6"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="12"/>
        <source>The IP addresses and ports this virtual server listens on. 0.0.0.0 and :: stand for (All Unassigned).</source>
        <translation>Die IP-Adressen und Ports, auf denen dieser virtuelle Server lauscht. 0.0.0.0 und :: stehen für (Alle nicht zugewiesen).</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="37"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="42"/>
        <source>TCP port</source>
        <translation>TCP-Port</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="52"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="59"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="80"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.ui" line="14"/>
        <source>Import Configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="22"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="35"/>
        <source>&amp;Browse...</source>
        <translation>Durch&amp;suchen...</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="44"/>
        <source>&amp;Replace the whole configuration with the file</source>
        <translation>Die gesamte Konfiguration durch die Datei &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="54"/>
        <source>&amp;Merge: items of the file replace those with the same name, the others are added</source>
        <translation>&amp;Zusammenführen: Elemente der Datei ersetzen die gleichnamigen, die übrigen werden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="88"/>
        <source>What the import changes</source>
        <translation>Was der Import ändert</translation>
    </message>
</context>
<context>
    <name>ListenerCheck</name>
    <message>
        <location filename="../app/client/listenercheck.cpp" line="52"/>
        <source>the listener did not answer</source>
        <translation>der Listener hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/client/listenercheck.cpp" line="62"/>
        <source>(connect)</source>
        <translation>(Verbindung)</translation>
    </message>
</context>
<context>
    <name>ListenerCommand</name>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="136"/>
        <source>Start, stop or restart the listener of this data directory; rebuild deletes its copy of the configuration, renders it again from the database and restarts it.</source>
        <translation>Den Listener dieses Datenverzeichnisses starten, beenden oder neu starten; rebuild löscht seine Kopie der Konfiguration, erzeugt sie neu aus der Datenbank und startet ihn neu.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="142"/>
        <source>start, stop, restart or rebuild</source>
        <translation>start, stop, restart oder rebuild</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="152"/>
        <source>listener needs one action: start, stop, restart or rebuild</source>
        <translation>listener benötigt genau eine Aktion: start, stop, restart oder rebuild</translation>
    </message>
</context>
<context>
    <name>ListenerControl</name>
    <message>
        <location filename="../app/smtpd/listenercontrol.cpp" line="20"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation>„%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="26"/>
        <source>The listener&apos;s event log (relay refused with the rule that decided, authentication failures, accepted messages, reloads), or with --protocol a virtual server&apos;s protocol log.</source>
        <translation>Das Ereignisprotokoll des Listeners (abgelehnte Weitergabe mit der entscheidenden Regel, Authentifizierungsfehler, angenommene Nachrichten, Neuladen) oder mit --protocol das SMTP-Protokoll eines virtuellen Servers.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="33"/>
        <source>Keep printing new lines as they are written (Ctrl+C ends).</source>
        <translation>Neue Zeilen fortlaufend ausgeben, sobald sie geschrieben werden (Strg+C beendet).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="35"/>
        <source>Only the events of the virtual server NAME.</source>
        <translation>Nur die Ereignisse des virtuellen Servers NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="37"/>
        <source>The protocol log (W3C extended format) of today for the virtual server of --vs.</source>
        <translation>Das heutige SMTP-Protokoll (erweitertes W3C-Format) des virtuellen Servers von --vs.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="38"/>
        <source>Print the last N lines first (default 50; 0: all).</source>
        <translation>Zuerst die letzten N Zeilen ausgeben (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="45"/>
        <source>log takes no arguments</source>
        <translation>log akzeptiert keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="49"/>
        <source>--limit needs a number of lines, 0 or more</source>
        <translation>--limit benötigt eine Anzahl von Zeilen, 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="56"/>
        <source>--protocol needs --vs NAME: each virtual server has its own log</source>
        <translation>--protocol benötigt --vs NAME: jeder virtuelle Server hat sein eigenes SMTP-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="63"/>
        <source>no virtual server is named &quot;%1&quot;</source>
        <translation>kein virtueller Server heißt „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="74"/>
        <source>cannot read %1: %2 (has the listener run with this data directory?)</source>
        <translation>%1 kann nicht gelesen werden: %2 (lief der Listener bereits mit diesem Datenverzeichnis?)</translation>
    </message>
</context>
<context>
    <name>LogViewerDialog</name>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="14"/>
        <source>Protocol Log</source>
        <translation>SMTP-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="22"/>
        <source>&amp;Virtual server:</source>
        <translation>&amp;Virtueller Server:</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="35"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="45"/>
        <source>address or its start</source>
        <translation>Adresse oder ihr Anfang</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="55"/>
        <source>Reply &amp;code:</source>
        <translation>&amp;Antwortcode:</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="65"/>
        <source>550, 5…</source>
        <translation>550, 5…</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="78"/>
        <source>Deciding &amp;rule:</source>
        <translation>Entscheidende Re&amp;gel:</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="88"/>
        <source>text of the rule</source>
        <translation>Text der Regel</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="91"/>
        <source>The event log records the rule that refused a connection or a relay; the protocol log does not, so this filter leaves it as it is.</source>
        <translation>Das Ereignisprotokoll zeichnet die Regel auf, die eine Verbindung oder eine Weitergabe abgelehnt hat; das SMTP-Protokoll nicht, daher lässt dieser Filter es unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="104"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="110"/>
        <source>Listener events</source>
        <translation>Listener-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="130"/>
        <source>&amp;Protocol</source>
        <translation>SMTP-&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="136"/>
        <source>SMTP commands and replies</source>
        <translation>SMTP-Befehle und -Antworten</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="161"/>
        <source>&amp;Follow new lines</source>
        <translation>&amp;Neue Zeilen verfolgen</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="174"/>
        <source>E&amp;xplain…</source>
        <translation>E&amp;rklären…</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="177"/>
        <source>Select a refused relay in the event log to ask Explain why the listener refused it.</source>
        <translation>Wählen Sie im Ereignisprotokoll eine abgelehnte Weitergabe aus, um mit „Erklären“ zu ermitteln, warum der Listener sie abgelehnt hat.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="132"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="135"/>
        <source>the invisible character U+%1</source>
        <translation>das unsichtbare Zeichen U+%1</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="148"/>
        <source>a backslash in the quoted local part must be followed by a printable ASCII character</source>
        <translation>auf einen Backslash im lokalen Teil in Anführungszeichen muss ein druckbares ASCII-Zeichen folgen</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="156"/>
        <source>the quoted local part contains %1, which is not allowed</source>
        <translation>der lokale Teil in Anführungszeichen enthält %1, was nicht zulässig ist</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="161"/>
        <source>the quoted local part has no closing quote</source>
        <translation>dem lokalen Teil in Anführungszeichen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="166"/>
        <location filename="../app/core/mailaddress.cpp" line="198"/>
        <source>the local part is empty</source>
        <translation>der lokale Teil ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="170"/>
        <location filename="../app/core/mailaddress.cpp" line="206"/>
        <source>the address has no domain (there is no &apos;@&apos;)</source>
        <translation>die Adresse hat keine Domäne (es gibt kein „@“)</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="174"/>
        <source>the quoted local part must be followed by &apos;@&apos;</source>
        <translation>auf den lokalen Teil in Anführungszeichen muss „@“ folgen</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="185"/>
        <source>the local part begins with a dot</source>
        <translation>der lokale Teil beginnt mit einem Punkt</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="189"/>
        <source>the local part contains two dots in a row</source>
        <translation>der lokale Teil enthält zwei Punkte hintereinander</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="193"/>
        <source>the local part contains %1, which is not allowed outside quotes</source>
        <translation>der lokale Teil enthält %1, was außerhalb von Anführungszeichen nicht zulässig ist</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="202"/>
        <source>the local part ends with a dot</source>
        <translation>der lokale Teil endet mit einem Punkt</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="219"/>
        <source>the domain is empty</source>
        <translation>die Domäne ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="224"/>
        <source>the domain contains %1, which is not allowed</source>
        <translation>die Domäne enthält %1, was nicht zulässig ist</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="232"/>
        <source>the domain contains an empty label (a dot at its start or two dots in a row)</source>
        <translation>die Domäne enthält ein leeres Label (ein Punkt am Anfang oder zwei Punkte hintereinander)</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="236"/>
        <source>the domain label &quot;%1&quot; is longer than 63 octets</source>
        <translation>das Domänenlabel „%1“ ist länger als 63 Oktette</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="241"/>
        <source>the domain label &quot;%1&quot; begins or ends with a hyphen</source>
        <translation>das Domänenlabel „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="247"/>
        <source>an IP address must be written as an address literal in brackets, as in [%1]</source>
        <translation>eine IP-Adresse muss als Adressliteral in eckigen Klammern geschrieben werden, wie in [%1]</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="257"/>
        <source>the address literal has no closing &apos;]&apos;</source>
        <translation>dem Adressliteral fehlt die schließende „]“</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="275"/>
        <source>the address literal %1 is not a valid IPv6 address</source>
        <translation>das Adressliteral %1 ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="284"/>
        <source>the address literal tag &quot;%1&quot; is not supported; only IPv4 and IPv6 literals are</source>
        <translation>das Adressliteral-Tag „%1“ wird nicht unterstützt; nur IPv4- und IPv6-Literale werden unterstützt</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="290"/>
        <source>the address literal %1 is not a valid IPv4 address</source>
        <translation>das Adressliteral %1 ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="301"/>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="316"/>
        <source>the local part is longer than 64 octets</source>
        <translation>der lokale Teil ist länger als 64 Oktette</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="320"/>
        <source>the domain is longer than 255 octets</source>
        <translation>die Domäne ist länger als 255 Oktette</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="343"/>
        <source>every hop of the source route must begin with &apos;@&apos;</source>
        <translation>jeder Hop der Quellroute muss mit „@“ beginnen</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="347"/>
        <source>a source route hop must be a domain name, not an address literal</source>
        <translation>ein Hop der Quellroute muss ein Domänenname sein, kein Adressliteral</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="361"/>
        <source>the path is not valid Unicode text</source>
        <translation>der Pfad ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="363"/>
        <source>the path must be enclosed in angle brackets</source>
        <translation>der Pfad muss in spitze Klammern eingeschlossen sein</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="365"/>
        <source>the path does not end with &apos;&gt;&apos;</source>
        <translation>der Pfad endet nicht mit „&gt;“</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="371"/>
        <source>the null path &lt;&gt; is not allowed as a recipient</source>
        <translation>der leere Pfad &lt;&gt; ist als Empfänger nicht zulässig</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="385"/>
        <source>the source route is not followed by &apos;:&apos; and a mailbox</source>
        <translation>auf die Quellroute folgen nicht „:“ und ein Postfach</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="395"/>
        <source>the path is longer than 256 octets</source>
        <translation>der Pfad ist länger als 256 Oktette</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="403"/>
        <source>the address is not valid Unicode text</source>
        <translation>die Adresse ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="411"/>
        <source>the address is longer than 254 octets (a path of 256 octets with its angle brackets)</source>
        <translation>die Adresse ist länger als 254 Oktette (ein Pfad von 256 Oktetten mit seinen spitzen Klammern)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="40"/>
        <source>Console tree</source>
        <translation>Konsolenstruktur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="88"/>
        <source>Open relay warning</source>
        <translation>Warnung vor offener Weitergabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="117"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>Toolbar</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="207"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="210"/>
        <source>Read the configuration from the database again (F5)</source>
        <translation>Die Konfiguration erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="213"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="226"/>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;erweitern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;reduzieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="242"/>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="247"/>
        <source>&amp;About RelayDesk</source>
        <translation>&amp;Info über RelayDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="255"/>
        <source>About &amp;Qt</source>
        <translation>Info über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>OutboundSecrets</name>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="38"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="45"/>
        <source>%1 is not a JSON object of passwords</source>
        <translation>%1 ist kein JSON-Objekt mit Kennwörtern</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="56"/>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="62"/>
        <source>cannot make the directory %1 private</source>
        <translation>das Verzeichnis %1 kann nicht privat gemacht werden</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="124"/>
        <source>the password is empty</source>
        <translation>das Kennwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="126"/>
        <source>the password is %1 characters long; at most 256 are allowed</source>
        <translation>das Kennwort ist %1 Zeichen lang; höchstens 256 sind zulässig</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="131"/>
        <source>the password contains a control character at position %1</source>
        <translation>das Kennwort enthält ein Steuerzeichen an Position %1</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="148"/>
        <source>basic authentication for virtual server %1 but no password is set (set it in the console or with relaydeskctl smarthost-password)</source>
        <translation>Standardauthentifizierung für den virtuellen Server %1, aber es ist kein Kennwort festgelegt (legen Sie es in der Konsole oder mit relaydeskctl smarthost-password fest)</translation>
    </message>
</context>
<context>
    <name>OutboundSecurityDialog</name>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="6"/>
        <source>Outbound Security</source>
        <translation>Ausgehende Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="12"/>
        <source>Authentication to the smart host</source>
        <translation>Authentifizierung am Smarthost</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="18"/>
        <source>&amp;Anonymous access</source>
        <translation>&amp;Anonymer Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="25"/>
        <source>No user name or password is sent.</source>
        <translation>Es werden weder Benutzername noch Kennwort gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="35"/>
        <source>&amp;Basic authentication (AUTH PLAIN or LOGIN)</source>
        <translation>&amp;Standardauthentifizierung (AUTH PLAIN oder LOGIN)</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="44"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="57"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="74"/>
        <source>Co&amp;nfirm password:</source>
        <translation>Kennwort bes&amp;tätigen:</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="103"/>
        <source>TLS encryption</source>
        <translation>TLS-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="109"/>
        <source>O&amp;ff: never use STARTTLS</source>
        <translation>A&amp;us: STARTTLS nie verwenden</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="116"/>
        <source>Oppor&amp;tunistic: use STARTTLS whenever the remote server offers it</source>
        <translation>&amp;Opportunistisch: STARTTLS verwenden, wann immer der Remoteserver es anbietet</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="123"/>
        <source>&amp;Required: deliver only over TLS with a valid certificate</source>
        <translation>&amp;Erforderlich: nur über TLS mit gültigem Zertifikat übermitteln</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="136"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="146"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PickupMessage</name>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="130"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="174"/>
        <source>a comment has no closing parenthesis</source>
        <translation>einem Kommentar fehlt die schließende Klammer</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="192"/>
        <source>a quoted string has no closing quote</source>
        <translation>einer Zeichenfolge in Anführungszeichen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="193"/>
        <source>a domain literal has no closing bracket</source>
        <translation>einem Domänenliteral fehlt die schließende Klammer</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="219"/>
        <source>the angle bracket of &quot;%1&quot; is not closed</source>
        <translation>die spitze Klammer von „%1“ ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="233"/>
        <source>a group cannot contain another group</source>
        <translation>eine Gruppe kann keine andere Gruppe enthalten</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="295"/>
        <source>Line %1 contains a carriage return that does not end the line.</source>
        <translation>Zeile %1 enthält einen Wagenrücklauf, der die Zeile nicht beendet.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="299"/>
        <source>Line %1 contains a NUL character.</source>
        <translation>Zeile %1 enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="303"/>
        <source>Line %1 is %2 octets long; a line may have at most %3.</source>
        <translation>Zeile %1 ist %2 Oktette lang; eine Zeile darf höchstens %3 haben.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="327"/>
        <source>Line %1: the X-Receiver line has no address.</source>
        <translation>Zeile %1: die X-Receiver-Zeile hat keine Adresse.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="331"/>
        <source>Line %1: the %2 address &quot;%3&quot; is not valid UTF-8.</source>
        <translation>Zeile %1: die %2-Adresse „%3“ ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="336"/>
        <source>Line %1: the %2 address &quot;%3&quot; is not valid: %4.</source>
        <translation>Zeile %1: die %2-Adresse „%3“ ist ungültig: %4.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="354"/>
        <source>Line %1 continues a header field, but no header field precedes it.</source>
        <translation>Zeile %1 setzt ein Kopfzeilenfeld fort, aber ihr geht kein Kopfzeilenfeld voraus.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="367"/>
        <source>Line %1 is neither a header field (&quot;Name: value&quot;) nor the empty line that ends the header section.</source>
        <translation>Zeile %1 ist weder ein Kopfzeilenfeld („Name: Wert“) noch die Leerzeile, die den Kopfbereich beendet.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="384"/>
        <source>Line %1: the %2 header cannot be read: %3.</source>
        <translation>Zeile %1: die Kopfzeile %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="389"/>
        <source>Line %1: the address &quot;%2&quot; in the %3 header is not valid UTF-8.</source>
        <translation>Zeile %1: die Adresse „%2“ in der Kopfzeile %3 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="396"/>
        <source>Line %1: the address &quot;%2&quot; in the %3 header is not valid: %4.</source>
        <translation>Zeile %1: die Adresse „%2“ in der Kopfzeile %3 ist ungültig: %4.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="410"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="427"/>
        <source>Line %1 is a second X-Sender line.</source>
        <translation>Zeile %1 ist eine zweite X-Sender-Zeile.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="440"/>
        <source>The file has no message after its X-Sender and X-Receiver lines.</source>
        <translation>Die Datei enthält nach ihren X-Sender- und X-Receiver-Zeilen keine Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="468"/>
        <source>The message has no sender: there is no X-Sender line and no address in a Sender or From header.</source>
        <translation>Die Nachricht hat keinen Absender: es gibt keine X-Sender-Zeile und keine Adresse in einer Sender- oder From-Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="493"/>
        <source>The message has no recipients: there is no X-Receiver line and no address in a To, Cc or Bcc header.</source>
        <translation>Die Nachricht hat keine Empfänger: es gibt keine X-Receiver-Zeile und keine Adresse in einer To-, Cc- oder Bcc-Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="511"/>
        <source>The message is %1 octets long, more than the limit of %2 octets.</source>
        <translation>Die Nachricht ist %1 Oktette lang, mehr als die Grenze von %2 Oktetten.</translation>
    </message>
</context>
<context>
    <name>PolicyDetails</name>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="8"/>
        <source>Recipient Policies</source>
        <translation>Empfängerrichtlinien</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="14"/>
        <source>0 is the highest priority</source>
        <translation>0 ist die höchste Priorität</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="28"/>
        <source>(all recipients)</source>
        <translation>(alle Empfänger)</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="47"/>
        <source>There are no recipient policies: no domain is delivered locally.</source>
        <translation>Es gibt keine Empfängerrichtlinien: keine Domäne wird lokal zugestellt.</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="40"/>
        <location filename="../app/gui/policydetails.cpp" line="41"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="27"/>
        <source>0 (highest)</source>
        <translation>0 (höchste)</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="33"/>
        <source>(no e-mail addresses)</source>
        <translation>(keine E-Mail-Adressen)</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="40"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Authoritative</source>
        <translation>Autorisierend</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="12"/>
        <source>This organization is responsible for all mail delivery to this address</source>
        <translation>Diese Organisation ist für die gesamte E-Mail-Übermittlung an diese Adresse verantwortlich</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="19"/>
        <source>The address new recipients get</source>
        <translation>Die Adresse, die neue Empfänger erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="21"/>
        <source>Not authoritative: any local part is accepted and forwarded to the virtual server&apos;s forward-unresolved host or smart host</source>
        <translation>Nicht autorisierend: jeder lokale Teil wird angenommen und an den Host für nicht aufgelöste Empfänger oder den Smarthost des virtuellen Servers weitergeleitet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="56"/>
        <source>Configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="57"/>
        <source>The configuration was changed by another program while this dialog was open (%1). Nothing was saved: the console shows the current configuration now; make the change again there.</source>
        <translation>Die Konfiguration wurde von einem anderen Programm geändert, während dieses Dialogfeld geöffnet war (%1). Es wurde nichts gespeichert: die Konsole zeigt jetzt die aktuelle Konfiguration; nehmen Sie die Änderung dort erneut vor.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="63"/>
        <location filename="../app/gui/directorydialogs.cpp" line="68"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="64"/>
        <location filename="../app/gui/directorydialogs.cpp" line="69"/>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="154"/>
        <source>The listener&apos;s outbound queues: list them with their messages, retry a message or a whole queue now, freeze and unfreeze, delete (with --ndr the senders get non-delivery reports).</source>
        <translation>Die ausgehenden Warteschlangen des Listeners: mit ihren Nachrichten auflisten, eine Nachricht oder eine ganze Warteschlange jetzt wiederholen, fixieren und Fixierung aufheben, löschen (mit --ndr erhalten die Absender Unzustellbarkeitsberichte).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="161"/>
        <source>list, retry, freeze, unfreeze or delete</source>
        <translation>list, retry, freeze, unfreeze oder delete</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="163"/>
        <source>The id of a queued message (see queue list).</source>
        <translation>Die ID einer Nachricht in der Warteschlange (siehe queue list).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="166"/>
        <source>list: only the queues of the virtual server NAME; with --destination: the queue of that virtual server.</source>
        <translation>list: nur die Warteschlangen des virtuellen Servers NAME; mit --destination: die Warteschlange dieses virtuellen Servers.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="170"/>
        <source>Every message of the queue D (a smart host &quot;host:port&quot; or a domain, as queue list shows it).</source>
        <translation>Jede Nachricht der Warteschlange D (ein Smarthost „host:port“ oder eine Domäne, wie queue list sie anzeigt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="173"/>
        <source>delete: send each sender a non-delivery report first.</source>
        <translation>delete: jedem Absender zuerst einen Unzustellbarkeitsbericht senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="186"/>
        <source>queue list takes no ID</source>
        <translation>queue list akzeptiert keine ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="188"/>
        <source>queue list takes only --vs NAME</source>
        <translation>queue list akzeptiert nur --vs NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="219"/>
        <source>queue needs list, retry, freeze, unfreeze or delete</source>
        <translation>queue benötigt list, retry, freeze, unfreeze oder delete</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="222"/>
        <source>--ndr goes with queue delete only</source>
        <translation>--ndr gehört nur zu queue delete</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="230"/>
        <source>--destination needs the queue&apos;s destination, as queue list shows it</source>
        <translation>--destination benötigt das Ziel der Warteschlange, wie queue list es anzeigt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="233"/>
        <source>queue %1 needs a message ID, or --vs NAME and --destination D for a whole queue</source>
        <translation>queue %1 benötigt eine Nachrichten-ID oder --vs NAME und --destination D für eine ganze Warteschlange</translation>
    </message>
</context>
<context>
    <name>QueueMessagesDialog</name>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="14"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="27"/>
        <source>Find messages (id, sender, recipient, error)</source>
        <translation>Nachrichten suchen (ID, Absender, Empfänger, Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="52"/>
        <source>Queued messages</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="77"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="80"/>
        <source>Attempt the selected messages now (a frozen message is unfrozen)</source>
        <translation>Die ausgewählten Nachrichten jetzt zustellen (bei fixierten Nachrichten wird die Fixierung aufgehoben)</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="87"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="90"/>
        <source>Stop attempting the selected messages until they are unfrozen</source>
        <translation>Die ausgewählten Nachrichten nicht mehr zustellen, bis ihre Fixierung aufgehoben wird</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="97"/>
        <source>&amp;Unfreeze</source>
        <translation>Fixierung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="118"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../ui/recipientdialog.ui" line="6"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="14"/>
        <source>E-mail &amp;address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="24"/>
        <source>alice@corp.example</source>
        <translation>alice@corp.example</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="31"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="44"/>
        <source>&amp;Forward to:</source>
        <translation>&amp;Weiterleiten an:</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="54"/>
        <source>alice@partner.example</source>
        <translation>alice@partner.example</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="63"/>
        <source>A recipient is a local mailbox of a domain that this organization is responsible for; mail to it lands in the Drop folder of the virtual server, or goes to the forwarding address.</source>
        <translation>Ein Empfänger ist ein lokales Postfach einer Domäne, für die diese Organisation verantwortlich ist; E-Mails an ihn landen im Drop-Ordner des virtuellen Servers oder gehen an die Weiterleitungsadresse.</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RecipientPolicyProperties</name>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="14"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="21"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="42"/>
        <source>&amp;Filter rules:</source>
        <translation>&amp;Filterregeln:</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="52"/>
        <source>(mailnickname=*)</source>
        <translation>(mailnickname=*)</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="59"/>
        <source>&amp;Priority (0 is the highest):</source>
        <translation>&amp;Priorität (0 ist die höchste):</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="89"/>
        <source>E-Mail Addresses (Policy)</source>
        <translation>E-Mail-Adressen (Richtlinie)</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="95"/>
        <source>Generation rules: the SMTP address spaces of this policy. The primary address space is marked.</source>
        <translation>Generierungsregeln: die SMTP-Adressräume dieser Richtlinie. Der primäre Adressraum ist markiert.</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="124"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="129"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="134"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="144"/>
        <source>Ne&amp;w...</source>
        <translation>Ne&amp;u...</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="151"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="158"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="165"/>
        <source>&amp;Set as Primary</source>
        <translation>Als pri&amp;mär festlegen</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="181"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RefusalExplainer</name>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="80"/>
        <source>(connect)</source>
        <translation>(Verbindung)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="119"/>
        <source>%1 is not on the relay list of %2</source>
        <translation>%1 steht nicht in der Weitergabeliste von %2</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="120"/>
        <source>%1 is on the relay list of %2, which names the computers that may not relay</source>
        <translation>%1 steht in der Weitergabeliste von %2, die die Computer nennt, die nicht weitergeben dürfen</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="124"/>
        <source>the session did not authenticate</source>
        <translation>die Sitzung hat sich nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="126"/>
        <source>%1 is not an enabled SMTP user</source>
        <translation>%1 ist kein aktivierter SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="128"/>
        <source>authentication does not count in this session (%1)</source>
        <translation>die Authentifizierung zählt in dieser Sitzung nicht (%1)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="129"/>
        <source>basic authentication requires TLS</source>
        <translation>Standardauthentifizierung erfordert TLS</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="130"/>
        <source>basic authentication is off</source>
        <translation>Standardauthentifizierung ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="132"/>
        <source>relay for authenticated sessions is off (the session authenticated as %1)</source>
        <translation>die Weitergabe für authentifizierte Sitzungen ist deaktiviert (die Sitzung hat sich als %1 authentifiziert)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="134"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="137"/>
        <source> (the local part carries %, ! or @: the sender chose the route, so the address is never local)</source>
        <translation> (der lokale Teil enthält %, ! oder @: der Absender hat die Route gewählt, daher ist die Adresse nie lokal)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="140"/>
        <source> (an address literal is never a local domain)</source>
        <translation> (ein Adressliteral ist nie eine lokale Domäne)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="144"/>
        <source>connection control of %1 does not let %2 connect</source>
        <translation>die Verbindungssteuerung von %1 lässt keine Verbindung von %2 zu</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="146"/>
        <source>%1 is in an authoritative domain of this organization but is not one of its recipients</source>
        <translation>%1 liegt in einer autorisierenden Domäne dieser Organisation, ist aber keiner ihrer Empfänger</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="150"/>
        <source>%1 requires a secure channel and the session is not encrypted</source>
        <translation>%1 erfordert einen sicheren Kanal, und die Sitzung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="153"/>
        <source>anonymous access is off on %1 and the session did not authenticate</source>
        <translation>anonymer Zugriff ist auf %1 deaktiviert, und die Sitzung hat sich nicht authentifiziert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/refusalexplainer.cpp" line="156"/>
        <source>%1 takes at most %n recipient(s) per message</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Empfänger pro Nachricht an</numerusform>
            <numerusform>%1 nimmt höchstens %n Empfänger pro Nachricht an</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk</name>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="43"/>
        <source>cannot reach the listener at %1: %2</source>
        <translation>der Listener unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="48"/>
        <source>cannot send to the listener at %1: %2</source>
        <translation>an den Listener unter %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="60"/>
        <source>the listener at %1 sent an answer longer than %2 bytes</source>
        <translation>der Listener unter %1 hat eine Antwort gesendet, die länger als %2 Byte ist</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="64"/>
        <source>the listener at %1 did not answer within %2 ms</source>
        <translation>der Listener unter %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="69"/>
        <source>the listener at %1 closed the connection without answering</source>
        <translation>der Listener unter %1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="78"/>
        <source>the listener at %1 sent an answer that is not a JSON object</source>
        <translation>der Listener unter %1 hat eine Antwort gesendet, die kein JSON-Objekt ist</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="22"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="25"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="31"/>
        <source>Database:  revision %1 (%2)</source>
        <translation>Datenbank: Revision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="33"/>
        <source>Listener:  not running</source>
        <translation>Listener:  läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="36"/>
        <source>Listener:  running, pid %1, up %2, revision %3</source>
        <translation>Listener:  läuft, PID %1, seit %2, Revision %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="41"/>
        <source> (systemd service)</source>
        <translation> (systemd-Dienst)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="61"/>
        <source> (delivery held: --hold-queue)</source>
        <translation> (Übermittlung angehalten: --hold-queue)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="63"/>
        <source> (relaydeskctl queue list)</source>
        <translation> (relaydeskctl queue list)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="67"/>
        <source>Sync:      %1 — %2</source>
        <translation>Sync:      %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="69"/>
        <source>To fix:    %1</source>
        <translation>Behebung:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="72"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="38"/>
        <source>the live check connects from the client address, so --ip must be an address of this machine (any 127.x.y.z works on Linux); %1 is not. Explain without --check-listener works for any address.</source>
        <translation>die Live-Prüfung verbindet sich von der Client-Adresse aus, daher muss --ip eine Adresse dieses Computers sein (unter Linux funktioniert jede 127.x.y.z); %1 ist keine. Erklären ohne --check-listener funktioniert mit jeder Adresse.</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="59"/>
        <source>Live check: the same envelope against the listener on %1 port %2 (probe: up to RCPT, then RSET; no message is sent)</source>
        <translation>Live-Prüfung: derselbe Umschlag gegen den Listener auf %1 Port %2 (Probe: bis RCPT, dann RSET; es wird keine Nachricht gesendet)</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="68"/>
        <source>The listener cannot be reached: %1</source>
        <translation>Der Listener ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="69"/>
        <source>Is it running? relaydeskctl status</source>
        <translation>Läuft er? relaydeskctl status</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="74"/>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="75"/>
        <source>listener: %1</source>
        <translation>Listener: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="75"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="76"/>
        <source>  (agrees)</source>
        <translation>  (stimmt überein)</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="76"/>
        <source>  ← DISAGREES</source>
        <translation>  ← WEICHT AB</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="80"/>
        <source>The listener agrees with the database (revision %1).</source>
        <translation>Der Listener stimmt mit der Datenbank überein (Revision %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="82"/>
        <source>The listener disagrees with the database on %1 answer(s): it may enforce another revision than %2. See relaydeskctl status; relaydeskctl sync or listener rebuild fixes it.</source>
        <translation>Der Listener weicht bei %1 Antwort(en) von der Datenbank ab: er setzt möglicherweise eine andere Revision als %2 durch. Siehe relaydeskctl status; relaydeskctl sync oder listener rebuild behebt das.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="39"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="41"/>
        <source>retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="43"/>
        <source>delivering</source>
        <translation>wird übermittelt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="45"/>
        <source>frozen</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="89"/>
        <source>No message waits for outbound delivery.</source>
        <translation>Keine Nachricht wartet auf ausgehende Übermittlung.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="103"/>
        <source>Queues:</source>
        <translation>Warteschlangen:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <source>VIRTUAL SERVER</source>
        <translation>VIRTUELLER SERVER</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <source>OLDEST</source>
        <translation>ÄLTESTE</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>NEXT RETRY</source>
        <translation>NÄCHSTER VERSUCH</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="106"/>
        <location filename="../app/cli/cmd_queue.cpp" line="128"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="106"/>
        <location filename="../app/cli/cmd_queue.cpp" line="128"/>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="125"/>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>RECIPIENTS</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="84"/>
        <source>%1: permission denied — ports below 1024 need privileges (run as root or grant CAP_NET_BIND_SERVICE), or choose a port above 1023</source>
        <translation>%1: Zugriff verweigert — Ports unter 1024 erfordern Berechtigungen (als root ausführen oder CAP_NET_BIND_SERVICE gewähren), oder wählen Sie einen Port über 1023</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="88"/>
        <source>%1: address already in use — another program (or another listener) listens there</source>
        <translation>%1: Adresse wird bereits verwendet — ein anderes Programm (oder ein anderer Listener) lauscht dort</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="91"/>
        <source>%1: address not available — it is not an address of this machine</source>
        <translation>%1: Adresse nicht verfügbar — sie ist keine Adresse dieses Computers</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="93"/>
        <source>%1: cannot listen: %2</source>
        <translation>%1: Lauschen nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="107"/>
        <source>cannot read the certificate %1: %2</source>
        <translation>das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="112"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="118"/>
        <source>cannot read the private key %1: %2</source>
        <translation>der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="129"/>
        <source>%1 holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessEntryDialog</name>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="109"/>
        <source>Subnet &amp;address:</source>
        <translation>Subnetz&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="109"/>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="120"/>
        <source>Enter the domain name.</source>
        <translation>Geben Sie den Domänennamen ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="122"/>
        <source>Enter the subnet address.</source>
        <translation>Geben Sie die Subnetzadresse ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="122"/>
        <source>Enter the IP address.</source>
        <translation>Geben Sie die IP-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="124"/>
        <source>Enter the subnet mask (255.255.255.0) or the prefix length (/24).</source>
        <translation>Geben Sie die Subnetzmaske (255.255.255.0) oder die Präfixlänge (/24) ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="126"/>
        <source>The expiry is in the past: the entry would never match.</source>
        <translation>Das Ablaufdatum liegt in der Vergangenheit: der Eintrag würde nie zutreffen.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessEntryModel</name>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="54"/>
        <source>Single computer</source>
        <translation>Einzelner Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="56"/>
        <source>Group of computers</source>
        <translation>Gruppe von Computern</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="58"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="173"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="177"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="183"/>
        <source>This entry expired on %1 and no longer matches.</source>
        <translation>Dieser Eintrag ist am %1 abgelaufen und trifft nicht mehr zu.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="186"/>
        <source>This entry stops matching on %1.</source>
        <translation>Dieser Eintrag trifft ab %1 nicht mehr zu.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="207"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="209"/>
        <source>IP address (mask) / domain name</source>
        <translation>IP-Adresse (Maske) / Domänenname</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="211"/>
        <source>Subnet mask</source>
        <translation>Subnetzmaske</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="213"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="215"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessListDialog</name>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="25"/>
        <source>Connection - %1</source>
        <translation>Verbindung - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="26"/>
        <source>Select which computers may access this virtual server:</source>
        <translation>Wählen Sie aus, welche Computer auf diesen virtuellen Server zugreifen dürfen:</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="29"/>
        <source>Relay Restrictions - %1</source>
        <translation>Weitergabeeinschränkungen - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="114"/>
        <source>Add Computer</source>
        <translation>Computer hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="123"/>
        <source>%1 is already on the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="136"/>
        <source>Edit Computer</source>
        <translation>Computer bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accesslistdialog.cpp" line="159"/>
        <source>%n computer(s) on the list</source>
        <translation>
            <numerusform>%n Computer in der Liste</numerusform>
            <numerusform>%n Computer in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accesslistdialog.cpp" line="160"/>
        <source>%1 of %n computer(s) shown</source>
        <translation>
            <numerusform>%1 von %n Computer angezeigt</numerusform>
            <numerusform>%1 von %n Computern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="168"/>
        <source>Open relay: %1. Anyone on the Internet who can reach this server could send mail through it.</source>
        <translation>Offene Weitergabe: %1. Jeder im Internet, der diesen Server erreichen kann, könnte E-Mails über ihn senden.</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="172"/>
        <source>No computer can connect: the list is empty and only the list may connect.</source>
        <translation>Kein Computer kann eine Verbindung herstellen: die Liste ist leer, und nur die Liste darf eine Verbindung herstellen.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AddressSpaceDialog</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="269"/>
        <source>Type the address space, for example @corp.example.</source>
        <translation>Geben Sie den Adressraum ein, zum Beispiel @corp.example.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AuthenticationDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="100"/>
        <source>With neither anonymous access nor basic authentication no client can send mail.</source>
        <translation>Ohne anonymen Zugriff und ohne Standardauthentifizierung kann kein Client E-Mails senden.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificateDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="139"/>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="139"/>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="140"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="155"/>
        <source>Name the certificate file that belongs to the private key.</source>
        <translation>Geben Sie die Zertifikatdatei an, die zum privaten Schlüssel gehört.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="156"/>
        <source>Name the private key file of the certificate.</source>
        <translation>Geben Sie die Datei des privaten Schlüssels des Zertifikats an.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ChildLauncher</name>
    <message>
        <location filename="../app/sync/childlauncher.cpp" line="64"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CommunicationDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="194"/>
        <source>A secure channel needs a certificate: set one with Certificate... first.</source>
        <translation>Ein sicherer Kanal benötigt ein Zertifikat: legen Sie zuerst eines mit „Zertifikat...“ fest.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleEditor</name>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="43"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="52"/>
        <source>SMTP &amp;Virtual Server...</source>
        <translation>&amp;Virtueller SMTP-Server...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="54"/>
        <source>Recipient &amp;Policy...</source>
        <translation>Empfänger&amp;richtlinie...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="57"/>
        <source>&amp;Recipient...</source>
        <translation>&amp;Empfänger...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="58"/>
        <source>SMTP &amp;User...</source>
        <translation>SMTP-&amp;Benutzer...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="63"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="65"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="67"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="69"/>
        <source>Enable the virtual server: the listener serves it</source>
        <translation>Den virtuellen Server aktivieren: der Listener bedient ihn</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="71"/>
        <source>S&amp;top</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="73"/>
        <source>Disable the virtual server: the listener stops serving it</source>
        <translation>Den virtuellen Server deaktivieren: der Listener bedient ihn nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="75"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="78"/>
        <source>New connections get 421 until Resume; open sessions go on (until the listener restarts)</source>
        <translation>Neue Verbindungen erhalten 421 bis „Fortsetzen“; offene Sitzungen laufen weiter (bis der Listener neu startet)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="80"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="83"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="84"/>
        <source>&amp;Export...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="176"/>
        <source>Relay Restrictions</source>
        <translation>Weitergabeeinschränkungen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="211"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="212"/>
        <location filename="../app/gui/consoleeditor.cpp" line="261"/>
        <location filename="../app/gui/consoleeditor.cpp" line="427"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="222"/>
        <source>edit recipient %1</source>
        <translation>Empfänger %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="231"/>
        <source>edit SMTP user %1</source>
        <translation>SMTP-Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="261"/>
        <location filename="../app/gui/consoleeditor.cpp" line="313"/>
        <location filename="../app/gui/consoleeditor.cpp" line="322"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="274"/>
        <source>Delete the virtual server %1? The listener stops serving its addresses; mail already in its folders stays on disk.</source>
        <translation>Den virtuellen Server %1 löschen? Der Listener bedient seine Adressen nicht mehr; E-Mails, die sich bereits in seinen Ordnern befinden, bleiben auf dem Datenträger.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="277"/>
        <source>delete virtual server %1</source>
        <translation>virtuellen Server %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="285"/>
        <source>Delete the recipient policy %1? Its domains are no longer delivered here.</source>
        <translation>Die Empfängerrichtlinie %1 löschen? Ihre Domänen werden dann nicht mehr hier zugestellt.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="286"/>
        <source>delete recipient policy %1</source>
        <translation>Empfängerrichtlinie %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="294"/>
        <source>Delete the recipient %1? Mail to it is refused from then on.</source>
        <translation>Den Empfänger %1 löschen? E-Mails an ihn werden ab dann abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="295"/>
        <source>delete recipient %1</source>
        <translation>Empfänger %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="304"/>
        <source>Delete the SMTP user %1? Applications that authenticate as it can no longer relay.</source>
        <translation>Den SMTP-Benutzer %1 löschen? Anwendungen, die sich als dieser Benutzer authentifizieren, können dann nicht mehr weitergeben.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="305"/>
        <source>delete SMTP user %1</source>
        <translation>SMTP-Benutzer %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="323"/>
        <source>The smart host password of %1 could not be removed: %2</source>
        <translation>Das Smarthost-Kennwort von %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="342"/>
        <source>start virtual server %1</source>
        <translation>virtuellen Server %1 starten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="343"/>
        <source>stop virtual server %1</source>
        <translation>virtuellen Server %1 beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="360"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="360"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="361"/>
        <source>The listener did not %1 %2: %3</source>
        <translation>Der Listener konnte %2 nicht %1: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="362"/>
        <source>pause</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="362"/>
        <source>resume</source>
        <translation>fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="366"/>
        <source>%1 is paused: new connections get 421 until Resume.</source>
        <translation>%1 ist angehalten: neue Verbindungen erhalten 421 bis „Fortsetzen“.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="367"/>
        <source>%1 accepts connections again.</source>
        <translation>%1 nimmt wieder Verbindungen an.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="394"/>
        <source>add recipient %1</source>
        <translation>Empfänger %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="409"/>
        <source>add SMTP user %1</source>
        <translation>SMTP-Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="427"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="434"/>
        <source>Exported revision %1.</source>
        <translation>Revision %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleTools</name>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="38"/>
        <source>&amp;Test Send…</source>
        <translation>&amp;Testversand…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="39"/>
        <source>&amp;Explain…</source>
        <translation>&amp;Erklären…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="40"/>
        <source>Open &amp;Relay Self-Test…</source>
        <translation>Selbsttest auf offene &amp;Weitergabe…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="41"/>
        <source>&amp;Protocol Log…</source>
        <translation>SMTP-&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="48"/>
        <source>Send a test message through a virtual server and watch the SMTP conversation.</source>
        <translation>Eine Testnachricht über einen virtuellen Server senden und den SMTP-Dialog verfolgen.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="50"/>
        <source>Ask why a client, sender and recipient would be relayed or refused, rule by rule.</source>
        <translation>Regel für Regel ermitteln, warum ein Client, Absender und Empfänger weitergegeben oder abgelehnt würde.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="51"/>
        <source>Try the usual open-relay tricks against a virtual server.</source>
        <translation>Die üblichen Tricks für offene Weitergabe gegen einen virtuellen Server ausprobieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="52"/>
        <source>Read the listener&apos;s protocol and event logs as they grow.</source>
        <translation>Die SMTP-Protokolle und das Ereignisprotokoll des Listeners laufend mitlesen.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleTreeModel</name>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="72"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="76"/>
        <source>RelayDesk (%1)</source>
        <translation>RelayDesk (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="80"/>
        <source>Recipient Policies</source>
        <translation>Empfängerrichtlinien</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="81"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="82"/>
        <source>SMTP Users</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="85"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="91"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="93"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="94"/>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="95"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="97"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="101"/>
        <source>Current Sessions</source>
        <translation>Aktuelle Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="108"/>
        <source>Tools</source>
        <translation>Extras</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="109"/>
        <source>Test Send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="110"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="111"/>
        <source>Open Relay Self-Test</source>
        <translation>Selbsttest auf offene Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="112"/>
        <source>Protocol Log</source>
        <translation>SMTP-Protokoll</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DeliveryAgent</name>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="295"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="581"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="582"/>
        <source>the virtual server is not running</source>
        <translation>der virtuelle Server läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="651"/>
        <source>no host to deliver to</source>
        <translation>kein Host für die Übermittlung</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="689"/>
        <source>no password is set for authentication to the smart host (relaydeskctl smarthost-password)</source>
        <translation>für die Authentifizierung am Smarthost ist kein Kennwort festgelegt (relaydeskctl smarthost-password)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="710"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="712"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="729"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="751"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="762"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="768"/>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="749"/>
        <source>%1 answered MAIL FROM with %2</source>
        <translation>%1 beantwortete MAIL FROM mit %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="759"/>
        <source>%1 did not answer RCPT TO</source>
        <translation>%1 hat auf RCPT TO nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="830"/>
        <source>The message expired: it could not be delivered within %1 minutes. The last error was: %2</source>
        <translation>Die Nachricht ist abgelaufen: sie konnte nicht innerhalb von %1 Minuten übermittelt werden. Der letzte Fehler war: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="844"/>
        <source>The message was deleted from the queue by the administrator.</source>
        <translation>Die Nachricht wurde vom Administrator aus der Warteschlange gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="924"/>
        <source>The message from the null sender &lt;&gt; could not be delivered, and no report goes to &lt;&gt;:
%1</source>
        <translation>Die Nachricht vom leeren Absender &lt;&gt; konnte nicht übermittelt werden, und an &lt;&gt; geht kein Bericht:
%1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="994"/>
        <source>no report to %1: %2</source>
        <translation>kein Bericht an %1: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="998"/>
        <source>delay notice</source>
        <translation>Verzögerungsbenachrichtigung</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="998"/>
        <source>non-delivery report</source>
        <translation>Unzustellbarkeitsbericht</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1003"/>
        <source>The %1 for message %2 has no recipient it can go to (%3).</source>
        <translation>Für die/den %1 zu Nachricht %2 gibt es keinen erreichbaren Empfänger (%3).</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1030"/>
        <source>the report %1 could not be stored: %2</source>
        <translation>der Bericht %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1050"/>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1111"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1225"/>
        <source>no queued message has the id &quot;%1&quot;</source>
        <translation>keine Nachricht in der Warteschlange hat die ID „%1“</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1231"/>
        <source>name the message (&quot;id&quot;) or the queue (&quot;virtualServer&quot; and &quot;destination&quot;)</source>
        <translation>geben Sie die Nachricht (&quot;id&quot;) oder die Warteschlange (&quot;virtualServer&quot; und &quot;destination&quot;) an</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1246"/>
        <source>no queue &quot;%1&quot; on virtual server &quot;%2&quot;</source>
        <translation>keine Warteschlange „%1“ auf dem virtuellen Server „%2“</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1291"/>
        <source>unknown queue command &quot;%1&quot;</source>
        <translation>unbekannter Warteschlangenbefehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1362"/>
        <source>Pickup/%1 cannot be sent: %2</source>
        <translation>Pickup/%1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1402"/>
        <source>no recipient of this message is known, and no report goes to &lt;&gt;</source>
        <translation>kein Empfänger dieser Nachricht ist bekannt, und an &lt;&gt; geht kein Bericht</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1429"/>
        <source>Pickup/%1 could not be queued: %2</source>
        <translation>Pickup/%1 konnte nicht in die Warteschlange gestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DetachedLauncher</name>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="117"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::EventLogModel</name>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="100"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="101"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="102"/>
        <source>Configuration loaded</source>
        <translation>Konfiguration geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="103"/>
        <source>Configuration load failed</source>
        <translation>Laden der Konfiguration fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="104"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="105"/>
        <source>Too many connections</source>
        <translation>Zu viele Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="106"/>
        <source>Relay refused</source>
        <translation>Weitergabe abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="107"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="108"/>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="109"/>
        <source>Message accepted</source>
        <translation>Nachricht angenommen</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="110"/>
        <source>Session error</source>
        <translation>Sitzungsfehler</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="185"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="187"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="189"/>
        <source>Virtual Server</source>
        <translation>Virtueller Server</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="191"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="193"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="195"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="197"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="199"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="201"/>
        <source>Deciding Rule</source>
        <translation>Entscheidende Regel</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ExplainDialog</name>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="42"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Database&apos;s reply</source>
        <translation>Antwort der Datenbank</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Listener&apos;s reply</source>
        <translation>Antwort des Listeners</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Listener agrees</source>
        <translation>Listener stimmt überein</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="90"/>
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="163"/>
        <source>The configuration has no virtual server.</source>
        <translation>Die Konfiguration enthält keinen virtuellen Server.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="168"/>
        <source>Enter the client&apos;s IP address.</source>
        <translation>Geben Sie die IP-Adresse des Clients ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="170"/>
        <source>Client address: %1.</source>
        <translation>Client-Adresse: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="179"/>
        <source>From: %1 is not a valid address: %2.</source>
        <translation>Von: %1 ist keine gültige Adresse: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="184"/>
        <source>Enter at least one recipient in To.</source>
        <translation>Geben Sie unter „An“ mindestens einen Empfänger ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="224"/>
        <source>(connect)</source>
        <translation>(Verbindung)</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="243"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="244"/>
        <source>Every recipient is accepted.</source>
        <translation>Alle Empfänger werden angenommen.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="253"/>
        <source>Complete the question first.</source>
        <translation>Vervollständigen Sie zuerst die Frage.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="256"/>
        <source>The live check connects from the client address, so it must be an address of this computer (any 127.x.y.z works); %1 is not. The decision above does not need it.</source>
        <translation>Die Live-Prüfung verbindet sich von der Client-Adresse aus, daher muss diese eine Adresse dieses Computers sein (jede 127.x.y.z funktioniert); %1 ist keine. Die obige Entscheidung benötigt sie nicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="260"/>
        <source>%1 has no IP address and port to connect to.</source>
        <translation>%1 hat keine IP-Adresse und keinen Port für die Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="262"/>
        <source>The live check really authenticates: enter the password of %1.</source>
        <translation>Die Live-Prüfung authentifiziert sich tatsächlich: geben Sie das Kennwort von %1 ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="297"/>
        <source>Checking against the listener on %1 port %2 (up to RCPT, then RSET: no message is sent)…</source>
        <translation>Prüfung gegen den Listener auf %1 Port %2 (bis RCPT, dann RSET: es wird keine Nachricht gesendet)…</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="335"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="337"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="337"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="347"/>
        <source>The live check was stopped.</source>
        <translation>Die Live-Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="349"/>
        <source>The listener cannot be reached: %1. Is it running? The status bar shows its state.</source>
        <translation>Der Listener ist nicht erreichbar: %1. Läuft er? Die Statusleiste zeigt seinen Zustand.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="352"/>
        <source>The listener agrees with the database (revision %1).</source>
        <translation>Der Listener stimmt mit der Datenbank überein (Revision %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/explaindialog.cpp" line="355"/>
        <source>The listener disagrees with the database on %n answer(s): it enforces another revision than the database&apos;s (revision %1). Sync now, or Rebuild and restart, fixes it.</source>
        <translation>
            <numerusform>Der Listener weicht bei %n Antwort von der Datenbank ab: er setzt eine andere Revision durch als die der Datenbank (Revision %1). „Jetzt synchronisieren“ oder „Neu erstellen und neu starten“ behebt das.</numerusform>
            <numerusform>Der Listener weicht bei %n Antworten von der Datenbank ab: er setzt eine andere Revision durch als die der Datenbank (Revision %1). „Jetzt synchronisieren“ oder „Neu erstellen und neu starten“ behebt das.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="23"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="37"/>
        <source>Export Configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="37"/>
        <source>RelayDesk configuration (*.json)</source>
        <translation>RelayDesk-Konfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="88"/>
        <source>Name the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="94"/>
        <source>Choose at least one virtual server.</source>
        <translation>Wählen Sie mindestens einen virtuellen Server aus.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HelpDocs</name>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="35"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="37"/>
        <source>A&amp;dministrator&apos;s Guide</source>
        <translation>&amp;Administratorhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="39"/>
        <source>Coming from &amp;Exchange</source>
        <translation>Umstieg von &amp;Exchange</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="41"/>
        <source>&amp;Troubleshooting</source>
        <translation>&amp;Problembehandlung</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="50"/>
        <source>The console: tree, property sheets, sync state, history and the Tools.</source>
        <translation>Die Konsole: Konsolenstruktur, Eigenschaftenseiten, Synchronisierungsstatus, Verlauf und die Extras.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="52"/>
        <source>The listener as a service, port 25, certificates, backups, upgrades and logs.</source>
        <translation>Der Listener als Dienst, Port 25, Zertifikate, Sicherungen, Upgrades und Protokolle.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="54"/>
        <source>Where each setting of Exchange System Manager is in RelayDesk.</source>
        <translation>Wo sich jede Einstellung des Exchange-System-Managers in RelayDesk befindet.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="56"/>
        <source>From &quot;550 5.7.1 Unable to relay&quot; and other errors to the tool that explains them.</source>
        <translation>Von „550 5.7.1 Unable to relay“ und anderen Fehlern zu dem Tool, das sie erklärt.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="122"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="124"/>
        <source>Administrator&apos;s Guide</source>
        <translation>Administratorhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="126"/>
        <source>Coming from Exchange</source>
        <translation>Umstieg von Exchange</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="128"/>
        <source>Troubleshooting</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="167"/>
        <source>Document Not Found</source>
        <translation>Dokument nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="168"/>
        <source>The %1 is not installed. RelayDesk looked for it in:

%2

Install the RelayDesk documentation, or read docs/%3 in RelayDesk&apos;s source.</source>
        <translation>Das Dokument „%1“ ist nicht installiert. RelayDesk hat es hier gesucht:

%2

Installieren Sie die RelayDesk-Dokumentation, oder lesen Sie docs/%3 im Quellcode von RelayDesk.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="176"/>
        <source>Cannot Open Document</source>
        <translation>Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="177"/>
        <source>No program could open the %1. Open this file with a text editor or a Markdown viewer:

%2</source>
        <translation>Kein Programm konnte das Dokument „%1“ öffnen. Öffnen Sie diese Datei mit einem Texteditor oder einem Markdown-Viewer:

%2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::IdentitiesDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="436"/>
        <source>Add at least one IP address and port.</source>
        <translation>Fügen Sie mindestens eine IP-Adresse mit Port hinzu.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="34"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="37"/>
        <source>Choose a configuration file (format relaydesk-config, version 1).</source>
        <translation>Wählen Sie eine Konfigurationsdatei (Format relaydesk-config, Version 1).</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="76"/>
        <source>Import Configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="77"/>
        <source>RelayDesk configuration (*.json);;All files (*)</source>
        <translation>RelayDesk-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="96"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Reading and checking %1...</source>
        <translation>%1 wird gelesen und geprüft...</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="112"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="149"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="149"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="153"/>
        <source>The file cannot be imported: %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>Die Datei kann nicht importiert werden: %n Problem. Es wurde nichts geändert.</numerusform>
            <numerusform>Die Datei kann nicht importiert werden: %n Probleme. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="159"/>
        <source>The configuration already says what the file says: nothing to import.</source>
        <translation>Die Konfiguration enthält bereits, was die Datei enthält: nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="162"/>
        <source>Import makes %n change(s) as one revision:</source>
        <translation>
            <numerusform>Der Import nimmt %n Änderung als eine Revision vor:</numerusform>
            <numerusform>Der Import nimmt %n Änderungen als eine Revision vor:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="180"/>
        <source>import (merge) %1</source>
        <translation>Import (Zusammenführen) %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="180"/>
        <source>import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="190"/>
        <source>The configuration was changed by another program since the preview (%1). The preview is made again; check it and import again.</source>
        <translation>Die Konfiguration wurde seit der Vorschau von einem anderen Programm geändert (%1). Die Vorschau wird neu erstellt; prüfen Sie sie und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="198"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="11"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="18"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="33"/>
        <source>Set by the environment variable RELAYDESK_LANGUAGE</source>
        <translation>Durch die Umgebungsvariable RELAYDESK_LANGUAGE festgelegt</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="40"/>
        <location filename="../app/gui/languagemenu.cpp" line="45"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="41"/>
        <source>The choice could not be saved in %1.</source>
        <translation>Die Auswahl konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="46"/>
        <source>RelayDesk, relaydeskctl and the listener use the new language when they start again.</source>
        <translation>RelayDesk, relaydeskctl und der Listener verwenden die neue Sprache, sobald sie neu gestartet werden.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::Listener</name>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="182"/>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="206"/>
        <source>The event log cannot be opened: %1</source>
        <translation>Das Ereignisprotokoll kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="232"/>
        <source>cannot open the control socket %1: %2</source>
        <translation>der Steuerungssocket %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="267"/>
        <source>cannot read the snapshot %1: %2</source>
        <translation>der Snapshot %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="276"/>
        <location filename="../app/smtpd/listener.cpp" line="282"/>
        <source>the snapshot %1 is not valid: %2</source>
        <translation>der Snapshot %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="340"/>
        <source>cannot prepare the mail directories: %1</source>
        <translation>die Mailverzeichnisse können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="397"/>
        <source>enforcing revision %1 (sha256 %2) from %3</source>
        <translation>Revision %1 (sha256 %2) aus %3 wird durchgesetzt</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="407"/>
        <source>no longer listening on %1</source>
        <translation>lauscht nicht mehr auf %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="437"/>
        <source>listening on %1 for &quot;%2&quot;</source>
        <translation>lauscht auf %1 für „%2“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/smtpd/listener.cpp" line="489"/>
        <source>stopping: %n open session(s) get 421</source>
        <translation>
            <numerusform>wird beendet: %n offene Sitzung erhält 421</numerusform>
            <numerusform>wird beendet: %n offene Sitzungen erhalten 421</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="634"/>
        <location filename="../app/smtpd/listener.cpp" line="645"/>
        <source>no running virtual server is named &quot;%1&quot;</source>
        <translation>kein laufender virtueller Server heißt „%1“</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="662"/>
        <location filename="../app/smtpd/listener.cpp" line="670"/>
        <source>the delivery agent is not running</source>
        <translation>der Übermittlungsagent läuft nicht</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ListenerMenu</name>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="13"/>
        <source>&amp;Listener</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="19"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="21"/>
        <source>Push the current revision to the listener and verify what it enforces</source>
        <translation>Die aktuelle Revision an den Listener übertragen und prüfen, was er durchsetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="24"/>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="26"/>
        <source>St&amp;op</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="28"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="29"/>
        <source>Re&amp;build and Restart</source>
        <translation>Neu &amp;erstellen und neu starten</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="32"/>
        <source>Delete the listener&apos;s copy of the configuration, render it again from the database and restart</source>
        <translation>Die Kopie der Konfiguration des Listeners löschen, sie neu aus der Datenbank erzeugen und neu starten</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="35"/>
        <source>&amp;Automatic Sync</source>
        <translation>&amp;Automatische Synchronisierung</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="39"/>
        <source>Push every committed change to the listener, whichever program made it</source>
        <translation>Jede gespeicherte Änderung an den Listener übertragen, egal welches Programm sie vorgenommen hat</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="45"/>
        <source>Start Listener with the &amp;Console</source>
        <translation>Listener mit der &amp;Konsole starten</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="50"/>
        <source>When the console starts and no listener runs for its data directory, start one</source>
        <translation>Wenn die Konsole startet und für ihr Datenverzeichnis kein Listener läuft, einen starten</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LogViewerDialog</name>
    <message>
        <location filename="../app/gui/logviewerdialog.cpp" line="32"/>
        <source>All virtual servers</source>
        <translation>Alle virtuellen Server</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewerdialog.cpp" line="81"/>
        <source>E&amp;xplain…</source>
        <translation>E&amp;rklären…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/logviewerdialog.cpp" line="176"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/logviewerdialog.cpp" line="177"/>
        <source>%1 of %n command(s)</source>
        <translation>
            <numerusform>%1 von %n Befehl</numerusform>
            <numerusform>%1 von %n Befehlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/logviewerdialog.cpp" line="179"/>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="145"/>
        <source>Filter the list (any column)</source>
        <translation>Liste filtern (beliebige Spalte)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="264"/>
        <source>The listener is not running (%1).</source>
        <translation>Der Listener läuft nicht (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="294"/>
        <source>&amp;Action</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="312"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="363"/>
        <source>%1 - RelayDesk</source>
        <translation>%1 - RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="414"/>
        <source>Revision %1 · %2</source>
        <translation>Revision %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="420"/>
        <source>Could not read the configuration from %1: %2</source>
        <translation>Die Konfiguration konnte nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="435"/>
        <source>About RelayDesk</source>
        <translation>Info über RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="436"/>
        <source>&lt;h3&gt;RelayDesk %1&lt;/h3&gt;&lt;p&gt;A console for SMTP relay configuration.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RelayDesk %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für die Konfiguration der SMTP-Weitergabe.&lt;/p&gt;&lt;p&gt;Datenverzeichnis: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MxLookup</name>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="38"/>
        <source>no answer from DNS for %1 within %2 seconds</source>
        <translation>keine Antwort vom DNS für %1 innerhalb von %2 Sekunden</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="54"/>
        <source>the domain %1 does not exist (DNS: %2)</source>
        <translation>die Domäne %1 existiert nicht (DNS: %2)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="60"/>
        <source>DNS lookup of MX %1 failed: %2</source>
        <translation>DNS-Abfrage von MX %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="67"/>
        <source>the domain %1 accepts no mail (null MX, RFC 7505)</source>
        <translation>die Domäne %1 nimmt keine E-Mails an (Null-MX, RFC 7505)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="143"/>
        <source>DNS lookup of the mail exchangers of %1 failed</source>
        <translation>DNS-Abfrage der Mail Exchanger von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="145"/>
        <source>no mail exchanger of %1 has an address</source>
        <translation>kein Mail Exchanger von %1 hat eine Adresse</translation>
    </message>
</context>
<context>
    <name>RelayDesk::OutboundSecurityDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="327"/>
        <source>A password is stored. Leave both password fields empty to keep it, or type a new one twice.</source>
        <translation>Ein Kennwort ist gespeichert. Lassen Sie beide Kennwortfelder leer, um es beizubehalten, oder geben Sie zweimal ein neues ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="329"/>
        <source>Type the password twice.</source>
        <translation>Geben Sie das Kennwort zweimal ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="337"/>
        <source>The password and its confirmation differ.</source>
        <translation>Das Kennwort und seine Bestätigung stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="342"/>
        <source>Basic authentication needs a password.</source>
        <translation>Standardauthentifizierung benötigt ein Kennwort.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PrivateFile</name>
    <message>
        <location filename="../app/core/privatefile.cpp" line="13"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ProtocolLogModel</name>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="334"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="336"/>
        <source>Virtual Server</source>
        <translation>Virtueller Server</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="338"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="340"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="342"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="344"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="346"/>
        <source>Reply Code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="348"/>
        <source>Bytes Sent</source>
        <translation>Gesendete Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="350"/>
        <source>Bytes Received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="352"/>
        <source>Time Taken (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueActions</name>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="19"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="20"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="21"/>
        <source>&amp;Unfreeze</source>
        <translation>Fixierung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="22"/>
        <source>&amp;Delete All Messages…</source>
        <translation>Alle Nachrichten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="23"/>
        <source>Find &amp;Messages…</source>
        <translation>Nachrichten &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="30"/>
        <source>Attempt every message of the queue now (frozen ones too)</source>
        <translation>Jede Nachricht der Warteschlange jetzt zustellen (auch fixierte)</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="31"/>
        <source>Stop attempting the queue&apos;s messages until it is unfrozen</source>
        <translation>Die Nachrichten der Warteschlange nicht mehr zustellen, bis die Fixierung aufgehoben wird</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="32"/>
        <source>Attempt the queue&apos;s messages again at their next retry</source>
        <translation>Die Nachrichten der Warteschlange beim nächsten Wiederholungszeitpunkt wieder zustellen</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="33"/>
        <source>Remove every message of the queue, with or without non-delivery reports</source>
        <translation>Jede Nachricht der Warteschlange entfernen, mit oder ohne Unzustellbarkeitsberichte</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="34"/>
        <source>List the queue&apos;s messages to retry, freeze or delete some of them</source>
        <translation>Die Nachrichten der Warteschlange auflisten, um einzelne zu wiederholen, zu fixieren oder zu löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="90"/>
        <source>retry</source>
        <translation>wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="92"/>
        <source>freeze</source>
        <translation>fixieren</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="94"/>
        <source>unfreeze</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="96"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="111"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="112"/>
        <source>The listener did not %1 the queue for %2 on %3: %4</source>
        <translation>Der Listener konnte die Warteschlange für %2 auf %3 nicht %1: %4</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="114"/>
        <source>The listener is not running, so the queue for %1 cannot be changed (%2).</source>
        <translation>Der Listener läuft nicht, daher kann die Warteschlange für %1 nicht geändert werden (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="122"/>
        <source>%n message(s) for %1 will be attempted now.</source>
        <translation>
            <numerusform>Für %n Nachricht an %1 wird die Zustellung jetzt versucht.</numerusform>
            <numerusform>Für %n Nachrichten an %1 wird die Zustellung jetzt versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="125"/>
        <source>%n message(s) for %1 frozen.</source>
        <translation>
            <numerusform>%n Nachricht an %1 fixiert.</numerusform>
            <numerusform>%n Nachrichten an %1 fixiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="128"/>
        <source>%n message(s) for %1 unfrozen.</source>
        <translation>
            <numerusform>Fixierung von %n Nachricht an %1 aufgehoben.</numerusform>
            <numerusform>Fixierung von %n Nachrichten an %1 aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="131"/>
        <source>%n message(s) for %1 deleted; the senders get non-delivery reports.</source>
        <translation>
            <numerusform>%n Nachricht an %1 gelöscht; die Absender erhalten Unzustellbarkeitsberichte.</numerusform>
            <numerusform>%n Nachrichten an %1 gelöscht; die Absender erhalten Unzustellbarkeitsberichte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="133"/>
        <source>%n message(s) for %1 deleted.</source>
        <translation>
            <numerusform>%n Nachricht an %1 gelöscht.</numerusform>
            <numerusform>%n Nachrichten an %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="145"/>
        <source>Send each sender a non-delivery report, or delete without telling them? This cannot be undone.</source>
        <translation>Jedem Absender einen Unzustellbarkeitsbericht senden oder ohne Benachrichtigung löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="148"/>
        <source>Delete and Send &amp;NDRs</source>
        <translation>Löschen und &amp;Unzustellbarkeitsberichte senden</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="148"/>
        <source>Delete &amp;Without NDRs</source>
        <translation>Löschen &amp;ohne Unzustellbarkeitsberichte</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="159"/>
        <source>Delete All Messages</source>
        <translation>Alle Nachrichten löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="160"/>
        <source>Delete all %n message(s) queued for %1 on %2?</source>
        <translation>
            <numerusform>Die %n Nachricht in der Warteschlange für %1 auf %2 löschen?</numerusform>
            <numerusform>Alle %n Nachrichten in der Warteschlange für %1 auf %2 löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueControl</name>
    <message>
        <location filename="../app/sync/queuecontrol.cpp" line="55"/>
        <source>the listener refused &quot;%1&quot; without saying why</source>
        <translation>der Listener hat „%1“ ohne Begründung abgelehnt</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueMessageModel</name>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="110"/>
        <source>&lt;&gt; (null sender)</source>
        <translation>&lt;&gt; (leerer Absender)</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="137"/>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="139"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="141"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="143"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="145"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="147"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="149"/>
        <source>Next Retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="151"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="153"/>
        <source>Last Error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueMessagesDialog</name>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="35"/>
        <source>Messages Queued for %1</source>
        <translation>Nachrichten in der Warteschlange für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="86"/>
        <source>The listener did not list its queues: %1</source>
        <translation>Der Listener hat seine Warteschlangen nicht aufgelistet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="87"/>
        <source>The listener is not running (%1).</source>
        <translation>Der Listener läuft nicht (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="90"/>
        <source>Messages queued for %1 on %2: not known.</source>
        <translation>Nachrichten in der Warteschlange für %1 auf %2: unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="107"/>
        <source>No message is queued for %1 on %2.</source>
        <translation>Für %1 auf %2 ist keine Nachricht in der Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queuemessagesdialog.cpp" line="108"/>
        <source>%n message(s) queued for %1 on %2.</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange für %1 auf %2.</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange für %1 auf %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="144"/>
        <source>Select one or more messages first</source>
        <translation>Wählen Sie zuerst eine oder mehrere Nachrichten aus</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="169"/>
        <source>Delete message %1 from the queue for %2?</source>
        <translation>Nachricht %1 aus der Warteschlange für %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queuemessagesdialog.cpp" line="170"/>
        <source>Delete the %n selected message(s) from the queue for %1?</source>
        <translation>
            <numerusform>Die %n ausgewählte Nachricht aus der Warteschlange für %1 löschen?</numerusform>
            <numerusform>Die %n ausgewählten Nachrichten aus der Warteschlange für %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="173"/>
        <source>Delete Messages</source>
        <translation>Nachrichten löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="195"/>
        <source>the listener is not running (%1)</source>
        <translation>der Listener läuft nicht (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="204"/>
        <source>The listener did not %1 every selected message: %2</source>
        <translation>Der Listener konnte nicht jede ausgewählte Nachricht %1: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RecipientDialog</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="184"/>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="189"/>
        <source>New Recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="222"/>
        <source>Type the e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RecipientPolicyProperties</name>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="45"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="54"/>
        <source>No recipient policy is named &quot;%1&quot; any more.</source>
        <translation>Es gibt keine Empfängerrichtlinie „%1“ mehr.</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="61"/>
        <source>New Policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="74"/>
        <source>New Recipient Policy</source>
        <translation>Neue Empfängerrichtlinie</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="74"/>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="239"/>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="93"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="93"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="99"/>
        <source>Primary address space</source>
        <translation>Primärer Adressraum</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="160"/>
        <source>New SMTP Address</source>
        <translation>Neue SMTP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="224"/>
        <source>create recipient policy %1</source>
        <translation>Empfängerrichtlinie %1 erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="225"/>
        <source>edit recipient policy %1</source>
        <translation>Empfängerrichtlinie %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestDialog</name>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="61"/>
        <source>Case %1 of %2</source>
        <translation>Fall %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="152"/>
        <source>The configuration has no virtual server to test.</source>
        <translation>Die Konfiguration enthält keinen virtuellen Server, der getestet werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="161"/>
        <source>%1 has no IP address and port to test.</source>
        <translation>%1 hat keine IP-Adresse und keinen Port zum Testen.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="165"/>
        <source>Enter the client address to test from.</source>
        <translation>Geben Sie die Client-Adresse ein, von der aus getestet wird.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="166"/>
        <source>There is no client address to test from: %1</source>
        <translation>Es gibt keine Client-Adresse, von der aus getestet werden kann: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="168"/>
        <source>%1 is not an IPv4 or IPv6 address.</source>
        <translation>%1 ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="174"/>
        <source>%1 is not an address of this computer: the test binds it as the client&apos;s address (any 127.x.y.z works on Linux).</source>
        <translation>%1 ist keine Adresse dieses Computers: der Test bindet sie als Adresse des Clients (unter Linux funktioniert jede 127.x.y.z).</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="179"/>
        <source>%1 is on the relay list of %2, so it may relay and the test would prove nothing. Choose an address the relay list does not admit.</source>
        <translation>%1 steht in der Weitergabeliste von %2, darf also weitergeben, und der Test würde nichts beweisen. Wählen Sie eine Adresse, die die Weitergabeliste nicht zulässt.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="185"/>
        <source>The relay restrictions of %1 let %2 relay without authenticating: expect the relay attempts to get through.</source>
        <translation>Die Weitergabeeinschränkungen von %1 erlauben %2 die Weitergabe ohne Authentifizierung: die Weitergabeversuche werden voraussichtlich durchkommen.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="190"/>
        <source>The foreign domain must be a domain name such as relaytest.invalid.</source>
        <translation>Die fremde Domäne muss ein Domänenname wie relaytest.invalid sein.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="200"/>
        <source>The test is running.</source>
        <translation>Der Test läuft.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="226"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="227"/>
        <source>Testing %1 on %2 port %3 from %4…</source>
        <translation>%1 wird auf %2 Port %3 von %4 aus getestet…</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="265"/>
        <source>%1 (RCPT TO:&lt;%2&gt;)</source>
        <translation>%1 (RCPT TO:&lt;%2&gt;)</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="268"/>
        <source>Relayed: %1</source>
        <translation>Weitergegeben: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="270"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="278"/>
        <source>Cancelled after %1 of %2</source>
        <translation>Abgebrochen nach %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="279"/>
        <source>%1 of %2 cases</source>
        <translation>%1 von %2 Fällen</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="303"/>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML-Bericht (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="305"/>
        <source>Export Self-Test Report</source>
        <translation>Selbsttestbericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="306"/>
        <source>Text report (*.txt)</source>
        <translation>Textbericht (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="311"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestModel</name>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="129"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="129"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="142"/>
        <source>The database&apos;s relay rules answer: %1</source>
        <translation>Die Weitergaberegeln der Datenbank antworten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="144"/>
        <source>The listener answered differently from the database.</source>
        <translation>Der Listener hat anders geantwortet als die Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="170"/>
        <source>Relay attempt</source>
        <translation>Weitergabeversuch</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="172"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="174"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="176"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="178"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestRunner</name>
    <message>
        <location filename="../app/client/relaytest.cpp" line="42"/>
        <source>refused (pass)</source>
        <translation>abgelehnt (bestanden)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="44"/>
        <source>RELAYED (fail)</source>
        <translation>WEITERGEGEBEN (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="46"/>
        <source>inconclusive</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="166"/>
        <source>RCPT was accepted: the server takes this message for relay (a later bounce does not make it safe).</source>
        <translation>RCPT wurde angenommen: der Server übernimmt diese Nachricht zur Weitergabe (ein späterer Bounce macht das nicht sicher).</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="170"/>
        <location filename="../app/client/relaytest.cpp" line="197"/>
        <source>Refused at RCPT.</source>
        <translation>Bei RCPT abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="174"/>
        <source>Only a temporary refusal at RCPT: the server may accept the message on a later try.</source>
        <translation>Nur eine vorübergehende Ablehnung bei RCPT: der Server nimmt die Nachricht bei einem späteren Versuch eventuell an.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="177"/>
        <source>RCPT was not answered.</source>
        <translation>RCPT wurde nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="186"/>
        <source>Only a temporary refusal at %1: the server may accept the message on a later try.</source>
        <translation>Nur eine vorübergehende Ablehnung im Schritt „%1“: der Server nimmt die Nachricht bei einem späteren Versuch eventuell an.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="190"/>
        <source>Refused at connect: this client may not connect at all, so the relay rules were not reached. Test from an address that connection control lets in.</source>
        <translation>Beim Verbindungsaufbau abgelehnt: dieser Client darf überhaupt keine Verbindung herstellen, daher wurden die Weitergaberegeln nicht erreicht. Testen Sie von einer Adresse aus, die die Verbindungssteuerung zulässt.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="194"/>
        <source>Refused already at MAIL FROM.</source>
        <translation>Bereits bei MAIL FROM abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="201"/>
        <source>The session ended at %1, before RCPT.</source>
        <translation>Die Sitzung endete im Schritt „%1“, vor RCPT.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="210"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="234"/>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="236"/>
        <source>OPEN RELAY: %1 of %2 relay attempts got through.</source>
        <translation>OFFENE WEITERGABE: %1 von %2 Weitergabeversuchen kamen durch.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="240"/>
        <source>Cancelled after %1 of %2 cases; so far every case was refused.</source>
        <translation>Abgebrochen nach %1 von %2 Fällen; bisher wurde jeder Fall abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/relaytest.cpp" line="244"/>
        <source>No relay got through, but %n case(s) were inconclusive.</source>
        <translation>
            <numerusform>Keine Weitergabe kam durch, aber %n Fall war nicht eindeutig.</numerusform>
            <numerusform>Keine Weitergabe kam durch, aber %n Fälle waren nicht eindeutig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/relaytest.cpp" line="246"/>
        <source>Closed: all %n relay attempts were refused.</source>
        <translation>
            <numerusform>Geschlossen: der %n Weitergabeversuch wurde abgelehnt.</numerusform>
            <numerusform>Geschlossen: alle %n Weitergabeversuche wurden abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RevisionDialog</name>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="19"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="20"/>
        <source>Revision %1, %2, by %3 with %4: %5</source>
        <translation>Revision %1, %2, von %3 mit %4: %5</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="24"/>
        <source>(no change recorded)</source>
        <translation>(keine Änderung aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="27"/>
        <source>&amp;Roll Back to This Revision</source>
        <translation>Auf diese Revision &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="29"/>
        <source>Makes the configuration of revision %1 current again, as a new revision.</source>
        <translation>Macht die Konfiguration von Revision %1 wieder aktuell, als neue Revision.</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="51"/>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="58"/>
        <source>The configuration is already what it was at revision %1.</source>
        <translation>Die Konfiguration entspricht bereits dem Stand von Revision %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/revisiondialog.cpp" line="63"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weitere</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="66"/>
        <source>Roll back to revision %1? This makes a new revision with these changes:

%2</source>
        <translation>Auf Revision %1 zurücksetzen? Dadurch entsteht eine neue Revision mit diesen Änderungen:

%2</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="76"/>
        <source>Nothing was rolled back: %1</source>
        <translation>Es wurde nichts zurückgesetzt: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SmtpClient</name>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="98"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="99"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="143"/>
        <source>Connecting to %1 port %2 from %3 …</source>
        <translation>Verbindung zu %1 Port %2 von %3 aus wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="148"/>
        <source>Connecting to %1 port %2 …</source>
        <translation>Verbindung zu %1 Port %2 wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="193"/>
        <source>Connected to %1 port %2 from %3 port %4.</source>
        <translation>Verbunden mit %1 Port %2 von %3 Port %4.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="208"/>
        <source>the server sent a line longer than %1 octets</source>
        <translation>der Server hat eine Zeile gesendet, die länger als %1 Oktette ist</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="220"/>
        <source>the server&apos;s answer is not an SMTP reply: %1</source>
        <translation>die Antwort des Servers ist keine SMTP-Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="226"/>
        <source>the server closed the session</source>
        <translation>der Server hat die Sitzung geschlossen</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="229"/>
        <source>The server sent a reply to no command; it is ignored.</source>
        <translation>Der Server hat eine Antwort ohne Befehl gesendet; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="254"/>
        <location filename="../app/client/smtpclient.cpp" line="342"/>
        <source>the server closes the session</source>
        <translation>der Server schließt die Sitzung</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="271"/>
        <source>The server does not take EHLO; trying HELO.</source>
        <translation>Der Server akzeptiert EHLO nicht; HELO wird versucht.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="292"/>
        <source>Starting the TLS handshake (server name %1) …</source>
        <translation>TLS-Handshake wird gestartet (Servername %1) …</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="296"/>
        <source>TLS is required and the server refused STARTTLS</source>
        <translation>TLS ist erforderlich, und der Server hat STARTTLS abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="299"/>
        <source>The server refused STARTTLS; going on without TLS.</source>
        <translation>Der Server hat STARTTLS abgelehnt; es wird ohne TLS fortgefahren.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="307"/>
        <source>Authenticated as %1.</source>
        <translation>Authentifiziert als %1.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="310"/>
        <location filename="../app/client/smtpclient.cpp" line="317"/>
        <location filename="../app/client/smtpclient.cpp" line="324"/>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="330"/>
        <location filename="../app/client/smtpclient.cpp" line="502"/>
        <source>the sender was refused</source>
        <translation>der Absender wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="356"/>
        <source>DATA was refused</source>
        <translation>DATA wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="365"/>
        <source>the message was refused</source>
        <translation>die Nachricht wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="422"/>
        <source>TLS is required and the server does not offer STARTTLS</source>
        <translation>TLS ist erforderlich, und der Server bietet STARTTLS nicht an</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="425"/>
        <source>The server does not offer STARTTLS; going on without TLS.</source>
        <translation>Der Server bietet STARTTLS nicht an; es wird ohne TLS fortgefahren.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="446"/>
        <source>the server offers only AUTH %1; this client knows PLAIN and LOGIN</source>
        <translation>der Server bietet nur AUTH %1 an; dieser Client beherrscht PLAIN und LOGIN</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="449"/>
        <source>the server does not offer AUTH in this session; servers often offer it only after STARTTLS</source>
        <translation>der Server bietet in dieser Sitzung kein AUTH an; Server bieten es oft erst nach STARTTLS an</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="452"/>
        <source>the server does not offer AUTH</source>
        <translation>der Server bietet kein AUTH an</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclient.cpp" line="480"/>
        <source>The server offers PIPELINING: MAIL and %n RCPT(s) go in one write.</source>
        <translation>
            <numerusform>Der Server bietet PIPELINING an: MAIL und %n RCPT werden in einem Schreibvorgang gesendet.</numerusform>
            <numerusform>Der Server bietet PIPELINING an: MAIL und %n RCPTs werden in einem Schreibvorgang gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="498"/>
        <source>no recipient was given</source>
        <translation>es wurde kein Empfänger angegeben</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="506"/>
        <source>Probe: no message is sent.</source>
        <translation>Probe: es wird keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="513"/>
        <source>no recipient was accepted</source>
        <translation>kein Empfänger wurde angenommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclient.cpp" line="534"/>
        <source>… %n more line(s) of the message</source>
        <translation>
            <numerusform>… %n weitere Zeile der Nachricht</numerusform>
            <numerusform>… %n weitere Zeilen der Nachricht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="556"/>
        <location filename="../app/client/smtpclient.cpp" line="564"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="586"/>
        <source>TLS is on: %1, cipher %2 (%3 bits).</source>
        <translation>TLS ist aktiv: %1, Verschlüsselung %2 (%3 Bit).</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="592"/>
        <source>Server certificate: %1, issued by %2, valid until %3.</source>
        <translation>Serverzertifikat: %1, ausgestellt von %2, gültig bis %3.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="604"/>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatproblem: %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="606"/>
        <source>Accepting the certificate anyway, as asked (the server is not verified).</source>
        <translation>Das Zertifikat wird trotzdem akzeptiert, wie gewünscht (der Server ist nicht verifiziert).</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="620"/>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="623"/>
        <source>the connection to %1 was refused: nothing listens there</source>
        <translation>die Verbindung zu %1 wurde abgelehnt: dort lauscht nichts</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="629"/>
        <location filename="../app/client/smtpclient.cpp" line="649"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="632"/>
        <source>the host %1 was not found</source>
        <translation>der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="636"/>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="637"/>
        <source>the TLS handshake failed: %1. If the server&apos;s certificate is self-signed, accept unverified certificates to test anyway.</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1. Wenn das Zertifikat des Servers selbstsigniert ist, akzeptieren Sie nicht verifizierte Zertifikate, um trotzdem zu testen.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="644"/>
        <source>the connection to %1 failed: %2</source>
        <translation>die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="646"/>
        <source>the server closed the connection while the client waited for %1</source>
        <translation>der Server hat die Verbindung geschlossen, während der Client im Schritt „%1“ auf eine Antwort wartete</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="659"/>
        <source>No answer to QUIT within %1 s; closing.</source>
        <translation>Keine Antwort auf QUIT innerhalb von %1 s; Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="664"/>
        <source>no connection to %1 port %2 within %3 s</source>
        <translation>keine Verbindung zu %1 Port %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="669"/>
        <source>the TLS handshake did not finish within %1 s</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="671"/>
        <source>no answer to %1 within %2 s</source>
        <translation>keine Antwort im Schritt „%1“ innerhalb von %2 s</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="676"/>
        <source>cannot use %1 as the source address: %2. Only an address of this machine can be bound (on Linux any 127.x.y.z).</source>
        <translation>%1 kann nicht als Quelladresse verwendet werden: %2. Nur eine Adresse dieses Computers kann gebunden werden (unter Linux jede 127.x.y.z).</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="684"/>
        <source>the greeting</source>
        <translation>Begrüßung</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SmtpUserDialog</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="86"/>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="89"/>
        <location filename="../app/gui/directorydialogs.cpp" line="90"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="92"/>
        <source>New SMTP User</source>
        <translation>Neuer SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="140"/>
        <source>Type the password, twice.</source>
        <translation>Geben Sie das Kennwort zweimal ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="142"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="160"/>
        <source>A password of fewer than 8 characters is easy to guess.</source>
        <translation>Ein Kennwort mit weniger als 8 Zeichen ist leicht zu erraten.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncMonitor</name>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="128"/>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="130"/>
        <source>Starting the listener…</source>
        <translation>Listener wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="132"/>
        <source>Stopping the listener…</source>
        <translation>Listener wird beendet…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="134"/>
        <source>Restarting the listener…</source>
        <translation>Listener wird neu gestartet…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="136"/>
        <source>Rebuilding and restarting…</source>
        <translation>Neu erstellen und neu starten…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="137"/>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncService</name>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="278"/>
        <source>%1 is an open relay: %2</source>
        <translation>%1 ist für offene Weitergabe konfiguriert: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="288"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="299"/>
        <source>%1 is not a valid snapshot: %2</source>
        <translation>%1 ist kein gültiger Snapshot: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="330"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="362"/>
        <location filename="../app/sync/syncservice.cpp" line="417"/>
        <location filename="../app/sync/syncservice.cpp" line="481"/>
        <location filename="../app/sync/syncservice.cpp" line="514"/>
        <location filename="../app/sync/syncservice.cpp" line="566"/>
        <source>Another program is syncing this data directory (%1); try again.</source>
        <translation>Ein anderes Programm synchronisiert gerade dieses Datenverzeichnis (%1); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="368"/>
        <location filename="../app/sync/syncservice.cpp" line="427"/>
        <location filename="../app/sync/syncservice.cpp" line="519"/>
        <source>The configuration database cannot be read: %1</source>
        <translation>Die Konfigurationsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="382"/>
        <source>Revision %1 is written to %2, but no listener is running to load it.</source>
        <translation>Revision %1 wurde nach %2 geschrieben, aber es läuft kein Listener, der sie laden könnte.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="397"/>
        <source>The listener refused revision %1: %2</source>
        <translation>Der Listener hat Revision %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="403"/>
        <source>after the reload the listener reports revision %1 (sha256 %2)</source>
        <translation>nach dem Neuladen meldet der Listener Revision %1 (sha256 %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="406"/>
        <source>The listener did not load revision %1 as written.</source>
        <translation>Der Listener hat Revision %1 nicht wie geschrieben geladen.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="409"/>
        <source>The listener enforces revision %1.</source>
        <translation>Der Listener setzt Revision %1 durch.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="422"/>
        <source>The listener is already running (pid %1).</source>
        <translation>Der Listener läuft bereits (PID %1).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="438"/>
        <source>relaydesk-smtpd was not found beside this program or on PATH; install it or name it in RELAYDESK_SMTPD</source>
        <translation>relaydesk-smtpd wurde weder neben diesem Programm noch im PATH gefunden; installieren Sie es oder geben Sie es in RELAYDESK_SMTPD an</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="455"/>
        <source>The listener started (pid %1) and enforces revision %2.</source>
        <translation>Der Listener wurde gestartet (PID %1) und setzt Revision %2 durch.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="462"/>
        <source>it exited without saying why</source>
        <translation>er wurde ohne Begründung beendet</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="464"/>
        <location filename="../app/sync/syncservice.cpp" line="471"/>
        <source>The listener did not start: %1</source>
        <translation>Der Listener wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="467"/>
        <source>it did not answer on %1 within %2 seconds</source>
        <translation>er hat nicht innerhalb von %2 Sekunden auf %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="490"/>
        <source>The listener is not running.</source>
        <translation>Der Listener läuft nicht.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="495"/>
        <source>The listener did not accept the stop: %1</source>
        <translation>Der Listener hat das Beenden nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="503"/>
        <source>The listener (pid %1) did not stop within %2 seconds.</source>
        <translation>Der Listener (PID %1) wurde nicht innerhalb von %2 Sekunden beendet.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="506"/>
        <source>The listener (pid %1) stopped.</source>
        <translation>Der Listener (PID %1) wurde beendet.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="533"/>
        <source>The listener did not accept the restart: %1</source>
        <translation>Der Listener hat den Neustart nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="542"/>
        <source>systemd did not start the listener again</source>
        <translation>systemd hat den Listener nicht wieder gestartet</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="544"/>
        <source>The listener stopped for a restart, but systemd did not start it again (see &quot;journalctl -u relaydesk-smtpd&quot;).</source>
        <translation>Der Listener wurde für einen Neustart beendet, aber systemd hat ihn nicht wieder gestartet (siehe „journalctl -u relaydesk-smtpd“).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="549"/>
        <source>systemd restarted the listener (pid %1).</source>
        <translation>systemd hat den Listener neu gestartet (PID %1).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="568"/>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncStatus</name>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="98"/>
        <source>The configuration database cannot be read: %1</source>
        <translation>Die Konfigurationsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="104"/>
        <source>The listener is not running. Its last start failed: %1</source>
        <translation>Der Listener läuft nicht. Sein letzter Start ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="108"/>
        <source>The listener is not running, and its copy of the configuration is missing. Starting it renders revision %1 from the database.</source>
        <translation>Der Listener läuft nicht, und seine Kopie der Konfiguration fehlt. Beim Start wird Revision %1 aus der Datenbank erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="111"/>
        <source>The listener is not running.</source>
        <translation>Der Listener läuft nicht.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="124"/>
        <source>The listener refused revision %1 and still enforces revision %2: %3</source>
        <translation>Der Listener hat Revision %1 abgelehnt und setzt weiterhin Revision %2 durch: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="131"/>
        <source>The listener&apos;s copy of the configuration (listener/config.json) is missing. The listener enforces revision %1 from memory and would not start again.</source>
        <translation>Die Kopie der Konfiguration des Listeners (listener/config.json) fehlt. Der Listener setzt Revision %1 aus dem Arbeitsspeicher durch und würde nicht erneut starten.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="136"/>
        <source>The listener&apos;s copy of the configuration is damaged: %1</source>
        <translation>Die Kopie der Konfiguration des Listeners ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="141"/>
        <source>listener/config.json holds revision %1, but the listener still enforces revision %2: the process did not load the newer snapshot.</source>
        <translation>listener/config.json enthält Revision %1, aber der Listener setzt noch Revision %2 durch: der Prozess hat den neueren Snapshot nicht geladen.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="146"/>
        <source>The listener enforces a configuration (revision %1) that differs from listener/config.json (revision %2).</source>
        <translation>Der Listener setzt eine Konfiguration (Revision %1) durch, die von listener/config.json (Revision %2) abweicht.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="153"/>
        <source>listener/config.json was changed outside RelayDesk: it is not what the database holds for revision %1, yet the listener enforces it.</source>
        <translation>listener/config.json wurde außerhalb von RelayDesk geändert: sie entspricht nicht dem, was die Datenbank für Revision %1 enthält, und dennoch setzt der Listener sie durch.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="158"/>
        <source>The listener enforces revision %1, newer than the database&apos;s revision %2 (was the database restored from a backup?).</source>
        <translation>Der Listener setzt Revision %1 durch, die neuer ist als die Revision %2 der Datenbank (wurde die Datenbank aus einer Sicherung wiederhergestellt?).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="166"/>
        <source>Revision %1 was pushed to the listener at %2, but it enforces the older revision %3 (was it restarted with an old copy?).</source>
        <translation>Revision %1 wurde am %2 an den Listener übertragen, aber er setzt die ältere Revision %3 durch (wurde er mit einer alten Kopie neu gestartet?).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="172"/>
        <source>The database holds revision %1; the listener enforces revision %2.</source>
        <translation>Die Datenbank enthält Revision %1; der Listener setzt Revision %2 durch.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="180"/>
        <source>The listener enforces revision %1 but cannot serve every virtual server: %2</source>
        <translation>Der Listener setzt Revision %1 durch, kann aber nicht jeden virtuellen Server bedienen: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="186"/>
        <source>The listener enforces revision %1, the database&apos;s current revision.</source>
        <translation>Der Listener setzt Revision %1 durch, die aktuelle Revision der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="212"/>
        <source>Listener: checking…</source>
        <translation>Listener: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="214"/>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="216"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="218"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="220"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="222"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="250"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="252"/>
        <source>Start listener</source>
        <translation>Listener starten</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="254"/>
        <source>Restart listener</source>
        <translation>Listener neu starten</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="256"/>
        <source>Rebuild and restart</source>
        <translation>Neu erstellen und neu starten</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncStatusWidget</name>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="130"/>
        <source>Listener: %1</source>
        <translation>Listener: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="133"/>
        <source>The sync state is being checked.</source>
        <translation>Der Synchronisierungsstatus wird geprüft.</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="135"/>
        <source>The listener said: %1</source>
        <translation>Der Listener meldete: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="145"/>
        <source>Wait until the listener action finishes.</source>
        <translation>Warten Sie, bis die Listener-Aktion abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncWorker</name>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="63"/>
        <source>The configuration database %1 cannot be opened: %2</source>
        <translation>Die Konfigurationsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="167"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="285"/>
        <source>The listener (pid %1) ended abnormally.</source>
        <translation>Der Listener (PID %1) wurde abnormal beendet.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="287"/>
        <source>The listener (pid %1) exited with code %2.</source>
        <translation>Der Listener (PID %1) wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="289"/>
        <source>The listener (pid %1) was stopped by another program.</source>
        <translation>Der Listener (PID %1) wurde von einem anderen Programm beendet.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="292"/>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/syncworker.cpp" line="312"/>
        <source>It is started again in %n second(s).</source>
        <translation>
            <numerusform>Er wird in %n Sekunde erneut gestartet.</numerusform>
            <numerusform>Er wird in %n Sekunden erneut gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="332"/>
        <source>The listener could not be started again. %1</source>
        <translation>Der Listener konnte nicht erneut gestartet werden. %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestSendDialog</name>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="36"/>
        <source>%1 (%2 port %3)</source>
        <translation>%1 (%2 Port %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="37"/>
        <source>%1 (no binding)</source>
        <translation>%1 (keine Bindung)</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="40"/>
        <source>Other host…</source>
        <translation>Anderer Host…</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="67"/>
        <source>Test Send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="71"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="72"/>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="73"/>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="75"/>
        <source>RelayDesk test message</source>
        <translation>RelayDesk-Testnachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="190"/>
        <source>%1 has no IP address and port to connect to.</source>
        <translation>%1 hat keine IP-Adresse und keinen Port für die Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="195"/>
        <source>Enter the host name or IP address of the server.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="204"/>
        <source>Source address: %1.</source>
        <translation>Quelladresse: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="206"/>
        <source>Source address: %1 is not an address of this computer. The test connects from the source address, so it must be one of this computer&apos;s (any 127.x.y.z works).</source>
        <translation>Quelladresse: %1 ist keine Adresse dieses Computers. Der Test verbindet sich von der Quelladresse aus, daher muss sie eine Adresse dieses Computers sein (jede 127.x.y.z funktioniert).</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="215"/>
        <source>Enter the user name to authenticate as.</source>
        <translation>Geben Sie den Benutzernamen für die Authentifizierung ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="219"/>
        <source>Enter the password of %1.</source>
        <translation>Geben Sie das Kennwort von %1 ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="228"/>
        <source>From: %1 is not a valid address: %2.</source>
        <translation>Von: %1 ist keine gültige Adresse: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="235"/>
        <source>Enter at least one recipient in To.</source>
        <translation>Geben Sie unter „An“ mindestens einen Empfänger ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="239"/>
        <source>To: %1 is not a valid address: %2.</source>
        <translation>An: %1 ist keine gültige Adresse: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="279"/>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung zu %1 Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="307"/>
        <source>Allowed after a test send</source>
        <translation>Nach einem Testversand zugelassen</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="338"/>
        <source>Accepted &lt;%1&gt;: %2</source>
        <translation>Angenommen &lt;%1&gt;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="338"/>
        <source>Refused &lt;%1&gt;: %2</source>
        <translation>Abgelehnt &lt;%1&gt;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="353"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="356"/>
        <source>%1: the server answered %2, but the database (revision %3) says: %4. The listener enforces another revision than the database; Sync now or Rebuild and restart fixes it.</source>
        <translation>%1: der Server antwortete %2, aber die Datenbank (Revision %3) sagt: %4. Der Listener setzt eine andere Revision durch als die Datenbank; „Jetzt synchronisieren“ oder „Neu erstellen und neu starten“ behebt das.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="359"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="371"/>
        <source>The server is not a virtual server of this configuration, so its reasons are its own: see its replies above.</source>
        <translation>Der Server ist kein virtueller Server dieser Konfiguration, daher sind seine Gründe seine eigenen: siehe seine Antworten oben.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TranscriptView</name>
    <message>
        <location filename="../app/gui/transcriptview.cpp" line="117"/>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
</context>
<context>
    <name>RelayDesk::VirtualServerProperties</name>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="41"/>
        <source>(All Unassigned)</source>
        <translation>(Alle nicht zugewiesen)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="42"/>
        <source>(All Unassigned, IPv4 and IPv6)</source>
        <translation>(Alle nicht zugewiesen, IPv4 und IPv6)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="106"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="111"/>
        <source>No virtual server is named &quot;%1&quot; any more.</source>
        <translation>Es gibt keinen virtuellen Server „%1“ mehr.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="120"/>
        <location filename="../app/gui/virtualserverproperties.cpp" line="122"/>
        <source>SMTP Virtual Server #%1</source>
        <translation>Virtueller SMTP-Server #%1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="161"/>
        <source>The smart host password could not be saved: %1</source>
        <translation>Das Smarthost-Kennwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="172"/>
        <source>New SMTP Virtual Server</source>
        <translation>Neuer virtueller SMTP-Server</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="172"/>
        <location filename="../app/gui/virtualserverproperties.cpp" line="424"/>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/virtualserverproperties.cpp" line="310"/>
        <source>This virtual server listens on %n addresses; Advanced... lists them.</source>
        <translation>
            <numerusform>Dieser virtuelle Server lauscht auf %n Adresse; „Erweitert...“ listet sie auf.</numerusform>
            <numerusform>Dieser virtuelle Server lauscht auf %n Adressen; „Erweitert...“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="339"/>
        <source>Open relay: %1.</source>
        <translation>Offene Weitergabe: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="343"/>
        <source>%1 &lt;a href=&quot;#problem&quot;&gt;Show&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;#problem&quot;&gt;Anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="385"/>
        <source>create virtual server %1</source>
        <translation>virtuellen Server %1 erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="386"/>
        <source>edit virtual server %1</source>
        <translation>virtuellen Server %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="398"/>
        <source>The configuration was changed by another program since this dialog was opened (%1).

Reload the dialog with the current configuration? Your changes in this dialog will be lost. Choose Cancel to keep them on screen; Apply will refuse them until you reload.</source>
        <translation>Die Konfiguration wurde von einem anderen Programm geändert, seit dieses Dialogfeld geöffnet wurde (%1).

Das Dialogfeld mit der aktuellen Konfiguration neu laden? Ihre Änderungen in diesem Dialogfeld gehen dann verloren. Wählen Sie „Abbrechen“, um sie auf dem Bildschirm zu behalten; „Übernehmen“ lehnt sie ab, bis Sie neu laden.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="415"/>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RelayPolicy</name>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="131"/>
        <source>entry %1 %2</source>
        <translation>Eintrag %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="143"/>
        <source>client %1 matches connection %2: only the list may connect → connection allowed</source>
        <translation>Client %1 passt zu %2 der Verbindungsliste: nur die Liste darf eine Verbindung herstellen → Verbindung erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="148"/>
        <source>client %1 matches no connection entry and only the list may connect → access denied</source>
        <translation>Client %1 passt zu keinem Eintrag der Verbindungsliste, und nur die Liste darf eine Verbindung herstellen → Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="154"/>
        <source>client %1 matches connection %2: all except the list may connect → access denied</source>
        <translation>Client %1 passt zu %2 der Verbindungsliste: alle außer der Liste dürfen eine Verbindung herstellen → Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="160"/>
        <source>client %1 is not on the connection list: all except the list may connect → connection allowed</source>
        <translation>Client %1 steht nicht in der Verbindungsliste: alle außer der Liste dürfen eine Verbindung herstellen → Verbindung erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="177"/>
        <source>%1 connections are open and the limit is %2 → try later</source>
        <translation>%1 Verbindungen sind offen, und die Grenze ist %2 → später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="211"/>
        <source>%1 is not an enabled SMTP user of this configuration → treated as not authenticated</source>
        <translation>%1 ist kein aktivierter SMTP-Benutzer dieser Konfiguration → als nicht authentifiziert behandelt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="216"/>
        <source>AUTH is not offered in this session (%1) → treated as not authenticated</source>
        <translation>AUTH wird in dieser Sitzung nicht angeboten (%1) → als nicht authentifiziert behandelt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="217"/>
        <source>basic authentication requires TLS</source>
        <translation>Standardauthentifizierung erfordert TLS</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="218"/>
        <source>basic authentication is off</source>
        <translation>Standardauthentifizierung ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="238"/>
        <source>the virtual server requires a secure channel and the session is not encrypted</source>
        <translation>der virtuelle Server erfordert einen sicheren Kanal, und die Sitzung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="242"/>
        <source>anonymous access is off and the session did not authenticate</source>
        <translation>anonymer Zugriff ist deaktiviert, und die Sitzung hat sich nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="247"/>
        <source>the sender %1 is not a valid path: %2</source>
        <translation>der Absender %1 ist kein gültiger Pfad: %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="250"/>
        <source>the sender %1 has non-ASCII characters and the client did not ask for SMTPUTF8</source>
        <translation>der Absender %1 enthält Nicht-ASCII-Zeichen, und der Client hat kein SMTPUTF8 angefordert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="260"/>
        <source>the declared size %1 bytes is over the limit of %2 bytes</source>
        <translation>die angegebene Größe von %1 Byte überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="266"/>
        <source>null sender &lt;&gt; (a delivery report) → sender accepted</source>
        <translation>leerer Absender &lt;&gt; (ein Übermittlungsbericht) → Absender angenommen</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="267"/>
        <source>sender %1 → sender accepted</source>
        <translation>Absender %1 → Absender angenommen</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="293"/>
        <source>the recipient %1 is not a valid path: %2</source>
        <translation>der Empfänger %1 ist kein gültiger Pfad: %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="300"/>
        <source>the recipient %1 has non-ASCII characters and the client did not ask for SMTPUTF8</source>
        <translation>der Empfänger %1 enthält Nicht-ASCII-Zeichen, und der Client hat kein SMTPUTF8 angefordert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="310"/>
        <source>%1 recipients were already accepted and the limit is %2 → too many recipients</source>
        <translation>%1 Empfänger wurden bereits angenommen, und die Grenze ist %2 → zu viele Empfänger</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="318"/>
        <source>source route @%1 ignored; the recipient is %2</source>
        <translation>Quellroute @%1 ignoriert; der Empfänger ist %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="328"/>
        <source>&lt;Postmaster&gt; is always accepted → local delivery</source>
        <translation>&lt;Postmaster&gt; wird immer angenommen → lokale Zustellung</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="338"/>
        <source>the local part &quot;%1&quot; carries %, ! or @: the sender chose the route, so the address is never local</source>
        <translation>der lokale Teil „%1“ enthält %, ! oder @: der Absender hat die Route gewählt, daher ist die Adresse nie lokal</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="343"/>
        <source>the local part &quot;%1&quot; carries a look-alike of %, ! or @ (NFKC reads it as &quot;%2&quot;): the sender chose the route, so the address is never local</source>
        <translation>der lokale Teil „%1“ enthält ein Zeichen, das wie %, ! oder @ aussieht (NFKC liest es als „%2“): der Absender hat die Route gewählt, daher ist die Adresse nie lokal</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="348"/>
        <source>%1 is an address literal: never a local domain</source>
        <translation>%1 ist ein Adressliteral: nie eine lokale Domäne</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="352"/>
        <source>%1 is not in any recipient policy → relay</source>
        <translation>%1 steht in keiner Empfängerrichtlinie → Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="362"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot;, not authoritative → accepted and forwarded</source>
        <translation>%1 passt zu @%2 der Empfängerrichtlinie „%3“, nicht autorisierend → angenommen und weitergeleitet</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="374"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot; (authoritative) and %4 is a known recipient → local delivery</source>
        <translation>%1 passt zu @%2 der Empfängerrichtlinie „%3“ (autorisierend), und %4 ist ein bekannter Empfänger → lokale Zustellung</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="386"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot; (authoritative) but %4 is not a recipient → user unknown</source>
        <translation>%1 passt zu @%2 der Empfängerrichtlinie „%3“ (autorisierend), aber %4 ist kein Empfänger → Benutzer unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="398"/>
        <source>client %1 has no forward-confirmed reverse DNS name: domain entries cannot match</source>
        <translation>Client %1 hat keinen vorwärts bestätigten Reverse-DNS-Namen: Domäneneinträge können nicht zutreffen</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="404"/>
        <source>client %1 matches relay %2 → relay allowed</source>
        <translation>Client %1 passt zu %2 der Weitergabeliste → Weitergabe erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="408"/>
        <source>client %1 matches no relay entry (only the list may relay)</source>
        <translation>Client %1 passt zu keinem Eintrag der Weitergabeliste (nur die Liste darf weitergeben)</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="411"/>
        <source>client %1 matches relay %2 (all except the list may relay)</source>
        <translation>Client %1 passt zu %2 der Weitergabeliste (alle außer der Liste dürfen weitergeben)</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="414"/>
        <source>client %1 is not on the relay list: all except the list may relay → relay allowed</source>
        <translation>Client %1 steht nicht in der Weitergabeliste: alle außer der Liste dürfen weitergeben → Weitergabe erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="421"/>
        <source>the session authenticated as %1 and authenticated relay is allowed → relay allowed</source>
        <translation>die Sitzung hat sich als %1 authentifiziert, und Weitergabe für Authentifizierte ist zugelassen → Weitergabe erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="426"/>
        <source>the session authenticated as %1 but authenticated relay is off</source>
        <translation>die Sitzung hat sich als %1 authentifiziert, aber Weitergabe für Authentifizierte ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="429"/>
        <source>the session did not authenticate</source>
        <translation>die Sitzung hat sich nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="438"/>
        <source>→ relay refused</source>
        <translation>→ Weitergabe abgelehnt</translation>
    </message>
</context>
<context>
    <name>RelayTest</name>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="74"/>
        <source>Foreign sender to a foreign recipient</source>
        <translation>Fremder Absender an einen fremden Empfänger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="75"/>
        <source>Local-domain sender to a foreign recipient</source>
        <translation>Absender der lokalen Domäne an einen fremden Empfänger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="76"/>
        <source>Null sender &lt;&gt; to a foreign recipient</source>
        <translation>Leerer Absender &lt;&gt; an einen fremden Empfänger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="77"/>
        <source>The local postmaster as sender</source>
        <translation>Der lokale Postmaster als Absender</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="79"/>
        <source>Sender at the server&apos;s own address literal</source>
        <translation>Absender am eigenen Adressliteral des Servers</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="81"/>
        <source>Postmaster of a foreign domain</source>
        <translation>Postmaster einer fremden Domäne</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="84"/>
        <source>Percent hack: user%foreign@local</source>
        <translation>Prozent-Hack: user%foreign@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="86"/>
        <source>Percent hack via the server&apos;s address literal</source>
        <translation>Prozent-Hack über das Adressliteral des Servers</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="88"/>
        <source>Percent hack with the local domain and a trailing dot</source>
        <translation>Prozent-Hack mit der lokalen Domäne und einem abschließenden Punkt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="90"/>
        <source>Percent hack in upper case</source>
        <translation>Prozent-Hack in Großbuchstaben</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="92"/>
        <source>Quoted percent hack: &quot;user%foreign&quot;@local</source>
        <translation>Prozent-Hack in Anführungszeichen: &quot;user%foreign&quot;@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="94"/>
        <source>Percent hack from the null sender</source>
        <translation>Prozent-Hack vom leeren Absender</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="96"/>
        <source>Unqualified percent hack: user%foreign</source>
        <translation>Unqualifizierter Prozent-Hack: user%foreign</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="98"/>
        <source>Full-width percent sign (a look-alike of %)</source>
        <translation>Prozentzeichen voller Breite (sieht aus wie %)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="101"/>
        <source>Bang path: foreign!user@local</source>
        <translation>Bang-Pfad: foreign!user@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="103"/>
        <source>Bang path via the server&apos;s address literal</source>
        <translation>Bang-Pfad über das Adressliteral des Servers</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="105"/>
        <source>Bang path with the local domain and a trailing dot</source>
        <translation>Bang-Pfad mit der lokalen Domäne und einem abschließenden Punkt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="107"/>
        <source>Unqualified bang path: foreign!user</source>
        <translation>Unqualifizierter Bang-Pfad: foreign!user</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="110"/>
        <source>Quoted local part: &quot;user@foreign&quot;@local</source>
        <translation>Lokaler Teil in Anführungszeichen: &quot;user@foreign&quot;@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="112"/>
        <source>Quoted address alone: &quot;user@foreign&quot;</source>
        <translation>Adresse allein in Anführungszeichen: &quot;user@foreign&quot;</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="114"/>
        <source>Two @ signs: user@foreign@local</source>
        <translation>Zwei @-Zeichen: user@foreign@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="116"/>
        <source>Escaped @ in the local part: user\@foreign@local</source>
        <translation>Maskiertes @ im lokalen Teil: user\@foreign@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="119"/>
        <source>Source route: @local:user@foreign</source>
        <translation>Quellroute: @local:user@foreign</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="121"/>
        <source>Source route via the server&apos;s address literal</source>
        <translation>Quellroute über das Adressliteral des Servers</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="123"/>
        <source>Source route through local and foreign hops</source>
        <translation>Quellroute über lokale und fremde Hops</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="126"/>
        <source>Foreign IPv4 literal: user@[192.0.2.1]</source>
        <translation>Fremdes IPv4-Literal: user@[192.0.2.1]</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="128"/>
        <source>Foreign IPv6 literal: user@[IPv6:2001:db8::1]</source>
        <translation>Fremdes IPv6-Literal: user@[IPv6:2001:db8::1]</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="131"/>
        <source>Foreign domain with a trailing dot</source>
        <translation>Fremde Domäne mit einem abschließenden Punkt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="133"/>
        <source>Foreign address in upper case with a trailing dot</source>
        <translation>Fremde Adresse in Großbuchstaben mit einem abschließenden Punkt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="136"/>
        <source>Local domain as the prefix of a foreign one</source>
        <translation>Lokale Domäne als Präfix einer fremden</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="138"/>
        <source>Local domain as the end of a foreign label</source>
        <translation>Lokale Domäne als Ende eines fremden Labels</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="140"/>
        <source>Local domain glued to a foreign one with a hyphen</source>
        <translation>Lokale Domäne mit Bindestrich an eine fremde angehängt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="143"/>
        <source>Unqualified recipient: user</source>
        <translation>Unqualifizierter Empfänger: user</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="147"/>
        <source>Percent hack through a second local domain</source>
        <translation>Prozent-Hack über eine zweite lokale Domäne</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="217"/>
        <source>every loopback address that connection control lets in is on the relay list of %1: the test needs a client the list does not admit</source>
        <translation>jede Loopback-Adresse, die die Verbindungssteuerung zulässt, steht in der Weitergabeliste von %1: der Test benötigt einen Client, den die Liste nicht zulässt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="220"/>
        <source>connection control of %1 lets no loopback address in</source>
        <translation>die Verbindungssteuerung von %1 lässt keine Loopback-Adresse zu</translation>
    </message>
</context>
<context>
    <name>RelayTestCommand</name>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="38"/>
        <source>Virtual server NAME (default: the only one).</source>
        <translation>Virtueller Server NAME (Standard: der einzige vorhandene).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="40"/>
        <source>Test from IP, a local address that the relay list does not admit (default: a 127.0.0.x address chosen with the relay rules).</source>
        <translation>Von IP aus testen, einer lokalen Adresse, die die Weitergabeliste nicht zulässt (Standard: eine anhand der Weitergaberegeln gewählte 127.0.0.x-Adresse).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="44"/>
        <source>Write the report with every transcript to FILE (HTML for .html/.htm, else text).</source>
        <translation>Den Bericht mit jedem Protokoll in FILE schreiben (HTML für .html/.htm, sonst Text).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="47"/>
        <source>The foreign DOMAIN of the relay attempts (default relaytest.invalid).</source>
        <translation>Die fremde Domäne DOMAIN der Weitergabeversuche (Standard relaytest.invalid).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="49"/>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="60"/>
        <source>--timeout takes 1 to 3600 seconds</source>
        <translation>--timeout akzeptiert 1 bis 3600 Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="66"/>
        <source>--foreign-domain needs a domain name such as relaytest.invalid</source>
        <translation>--foreign-domain benötigt einen Domänennamen wie relaytest.invalid</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="80"/>
        <source>the virtual server &quot;%1&quot; has no binding</source>
        <translation>der virtuelle Server „%1“ hat keine Bindung</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="90"/>
        <source>--source-address %1 is not an IPv4 or IPv6 address</source>
        <translation>--source-address %1 ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="96"/>
        <source>--source-address %1 is not an address of this machine: the test binds it as the client&apos;s address (any 127.x.y.z works on Linux)</source>
        <translation>--source-address %1 ist keine Adresse dieses Computers: der Test bindet sie als Adresse des Clients (unter Linux funktioniert jede 127.x.y.z)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="101"/>
        <source>%1 may relay through %2 (the relay restrictions admit it), so the test would prove nothing: choose an address the relay list does not admit, or leave --source-address out</source>
        <translation>%1 darf über %2 weitergeben (die Weitergabeeinschränkungen lassen es zu), daher würde der Test nichts beweisen: wählen Sie eine Adresse, die die Weitergabeliste nicht zulässt, oder lassen Sie --source-address weg</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="110"/>
        <source>no client address to test from: %1</source>
        <translation>keine Client-Adresse, von der aus getestet werden kann: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="115"/>
        <source>warning: the relay restrictions of %1 let %2 relay without authenticating: expect the attempts to get through</source>
        <translation>Warnung: die Weitergabeeinschränkungen von %1 erlauben %2 die Weitergabe ohne Authentifizierung: die Versuche werden voraussichtlich durchkommen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="122"/>
        <source>Open-relay self-test of %1 (%2 port %3, revision %4) from %5: %6 relay attempts, each in its own session; no message is sent.</source>
        <translation>Selbsttest auf offene Weitergabe von %1 (%2 Port %3, Revision %4) von %5 aus: %6 Weitergabeversuche, jeder in einer eigenen Sitzung; es wird keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="169"/>
        <source>relayed: %1 (%2): RCPT TO:&lt;%3&gt; → %4</source>
        <translation>weitergegeben: %1 (%2): RCPT TO:&lt;%3&gt; → %4</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="173"/>
        <source>inconclusive: %1 (%2): %3</source>
        <translation>nicht eindeutig: %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="177"/>
        <source>%1: the database says %2, the listener answered %3 (see relaydeskctl status)</source>
        <translation>%1: die Datenbank sagt %2, der Listener antwortete %3 (siehe relaydeskctl status)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="182"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
</context>
<context>
    <name>RelayTestDialog</name>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="14"/>
        <source>Open Relay Self-Test</source>
        <translation>Selbsttest auf offene Weitergabe</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="20"/>
        <source>Classic relay attempts against the running listener, each in its own session from a client address that is not on the relay list. A case passes only when the relay is refused at RCPT. No message is sent.</source>
        <translation>Klassische Weitergabeversuche gegen den laufenden Listener, jeder in einer eigenen Sitzung von einer Client-Adresse aus, die nicht in der Weitergabeliste steht. Ein Fall gilt nur dann als bestanden, wenn die Weitergabe bei RCPT abgelehnt wird. Es wird keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="32"/>
        <source>&amp;Virtual server:</source>
        <translation>&amp;Virtueller Server:</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="45"/>
        <source>&amp;Test from client address:</source>
        <translation>&amp;Testen von Client-Adresse aus:</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="55"/>
        <source>An address of this computer that connection control lets in and the relay list does not admit (any 127.x.y.z works on Linux).</source>
        <translation>Eine Adresse dieses Computers, die die Verbindungssteuerung durchlässt, die Weitergabeliste aber nicht zulässt (unter Linux funktioniert jede 127.x.y.z).</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="62"/>
        <source>&amp;Foreign domain:</source>
        <translation>&amp;Fremde Domäne:</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="72"/>
        <source>relaytest.invalid</source>
        <translation>relaytest.invalid</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="75"/>
        <source>A domain that is certainly not local, the destination of the relay attempts (optional).</source>
        <translation>Eine Domäne, die sicher nicht lokal ist, als Ziel der Weitergabeversuche (optional).</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="93"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="106"/>
        <source>&amp;Cancel Test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="126"/>
        <source>Relay attempts</source>
        <translation>Weitergabeversuche</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="140"/>
        <source>Transcript of the selected case</source>
        <translation>Protokoll des ausgewählten Falls</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="169"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>RelayTestReport</name>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="30"/>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="33"/>
        <source>%1 (%2)</source>
        <comment>virtual server (host port)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="38"/>
        <source>%1 refused, %2 relayed, %3 inconclusive, %4 of %5 cases run</source>
        <translation>%1 abgelehnt, %2 weitergegeben, %3 nicht eindeutig, %4 von %5 Fällen ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="64"/>
        <location filename="../app/client/relaytestreport.cpp" line="105"/>
        <location filename="../app/client/relaytestreport.cpp" line="111"/>
        <source>RelayDesk open-relay self-test</source>
        <translation>RelayDesk-Selbsttest auf offene Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="65"/>
        <source>Server:   %1</source>
        <translation>Server:   %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="66"/>
        <source>Client:   %1</source>
        <translation>Client:   %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="67"/>
        <location filename="../app/client/relaytestreport.cpp" line="118"/>
        <source>(chosen by the system)</source>
        <translation>(vom System gewählt)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="69"/>
        <source>Started:  %1</source>
        <translation>Start:    %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="70"/>
        <source>Finished: %1</source>
        <translation>Ende:     %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="71"/>
        <source>Result:   %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="72"/>
        <source>          %1</source>
        <translation>          %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="79"/>
        <source>   MAIL FROM:%1  RCPT TO:%2</source>
        <translation>   MAIL FROM:%1  RCPT TO:%2</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="81"/>
        <source>   Reply:    %1</source>
        <translation>   Antwort:   %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="81"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="84"/>
        <source>   Database: %1%2</source>
        <translation>   Datenbank: %1%2</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="86"/>
        <source>  ← the server answered differently</source>
        <translation>  ← der Server hat anders geantwortet</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="117"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="118"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="119"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="120"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="121"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="122"/>
        <location filename="../app/client/relaytestreport.cpp" line="123"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="124"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="125"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="126"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="127"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="138"/>
        <source>Transcripts</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="148"/>
        <source>The database says %1; the server answered %2.</source>
        <translation>Die Datenbank sagt %1; der Server antwortete %2.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="198"/>
        <location filename="../app/client/relaytestreport.cpp" line="204"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../ui/revisiondialog.ui" line="14"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/revisiondialog.ui" line="33"/>
        <source>The change in words</source>
        <translation>Die Änderung in Worten</translation>
    </message>
</context>
<context>
    <name>ServerDetails</name>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="34"/>
        <source>(All Unassigned)</source>
        <translation>(Alle nicht zugewiesen)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="41"/>
        <source>Only the list</source>
        <translation>Nur die Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="41"/>
        <source>All except the list</source>
        <translation>Alle außer der Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="42"/>
        <source>%1 (open relay)</source>
        <translation>%1 (offene Weitergabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="48"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="49"/>
        <location filename="../app/gui/serverdetails.cpp" line="189"/>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="49"/>
        <source>Virtual Servers</source>
        <translation>Virtuelle Server</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="49"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="60"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="60"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="62"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="63"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="64"/>
        <source>Configuration database</source>
        <translation>Konfigurationsdatenbank</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="65"/>
        <source>Configuration revision</source>
        <translation>Konfigurationsrevision</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="66"/>
        <source>Listener state</source>
        <translation>Listener-Status</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="67"/>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="108"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="110"/>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="112"/>
        <source>Delivering</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="114"/>
        <source>Frozen</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="121"/>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="123"/>
        <source>Forward unresolved</source>
        <translation>Weiterleitung (nicht aufgelöst)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="125"/>
        <source>Direct (MX)</source>
        <translation>Direkt (MX)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="138"/>
        <source>Queues on %1</source>
        <translation>Warteschlangen auf %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <source>Virtual Server</source>
        <translation>Virtueller Server</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <location filename="../app/gui/serverdetails.cpp" line="238"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <location filename="../app/gui/serverdetails.cpp" line="238"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <source>Next Retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <source>Last Error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="142"/>
        <source>The smart host or forwarding host (host:port), or the recipients&apos; domain</source>
        <translation>Der Smarthost oder Weiterleitungshost (host:port) oder die Domäne der Empfänger</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="145"/>
        <source>When the oldest message of the queue was received</source>
        <translation>Wann die älteste Nachricht der Warteschlange empfangen wurde</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="146"/>
        <source>When the listener attempts the queue next</source>
        <translation>Wann der Listener die Warteschlange als Nächstes versucht</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="148"/>
        <source>The remote server&apos;s reply or the connection error of the last attempt</source>
        <translation>Die Antwort des Remoteservers oder der Verbindungsfehler des letzten Versuchs</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="168"/>
        <source>%1 (%2 frozen)</source>
        <translation>%1 (%2 fixiert)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="13"/>
        <source>Not known yet: the console is asking the listener</source>
        <translation>Noch unbekannt: die Konsole fragt den Listener ab</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="22"/>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="23"/>
        <source>Running, pid %1, revision %2</source>
        <translation>Läuft, PID %1, Revision %2</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="27"/>
        <source> (systemd service)</source>
        <translation> (systemd-Dienst)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="69"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="73"/>
        <source>Connections since start</source>
        <translation>Verbindungen seit dem Start</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="75"/>
        <source>Messages accepted</source>
        <translation>Angenommene Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="79"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="181"/>
        <source>No message waits for outbound delivery.</source>
        <translation>Keine Nachricht wartet auf ausgehende Übermittlung.</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="188"/>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="189"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="190"/>
        <location filename="../app/gui/serverdetails.cpp" line="197"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="190"/>
        <source>The SMTP virtual servers of this host</source>
        <translation>Die virtuellen SMTP-Server dieses Hosts</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <source>TCP Port</source>
        <translation>TCP-Port</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="199"/>
        <source>Relay</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="199"/>
        <source>Relay Entries</source>
        <translation>Weitergabeeinträge</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="199"/>
        <source>Authenticated Relay</source>
        <translation>Authentifizierte Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="204"/>
        <source>Which computers may relay</source>
        <translation>Welche Computer weitergeben dürfen</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="206"/>
        <source>Whether computers that authenticate may relay regardless of the list</source>
        <translation>Ob Computer, die sich authentifizieren, unabhängig von der Liste weitergeben dürfen</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="216"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="216"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="221"/>
        <location filename="../app/gui/serverdetails.cpp" line="256"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="221"/>
        <location filename="../app/gui/serverdetails.cpp" line="256"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="223"/>
        <source>Open relay: %1</source>
        <translation>Offene Weitergabe: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="229"/>
        <source>There are no SMTP virtual servers.</source>
        <translation>Es gibt keine virtuellen SMTP-Server.</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="236"/>
        <source>Current Sessions of %1</source>
        <translation>Aktuelle Sitzungen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="237"/>
        <source>Connected From</source>
        <translation>Verbunden von</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="237"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="237"/>
        <source>Connected Since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="238"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="261"/>
        <source>No client is connected.</source>
        <translation>Es ist kein Client verbunden.</translation>
    </message>
</context>
<context>
    <name>SmtpClientResult</name>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="92"/>
        <source>the connection</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="94"/>
        <source>the greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="96"/>
        <source>EHLO/HELO</source>
        <translation>EHLO/HELO</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="98"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="100"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="102"/>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="104"/>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="106"/>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="108"/>
        <source>the end of the message</source>
        <translation>Ende der Nachricht</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="110"/>
        <source>the end of the conversation</source>
        <translation>Ende des Dialogs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="122"/>
        <source>Delivered: the server queued the message for %n recipient(s).</source>
        <translation>
            <numerusform>Zugestellt: der Server hat die Nachricht für %n Empfänger in die Warteschlange gestellt.</numerusform>
            <numerusform>Zugestellt: der Server hat die Nachricht für %n Empfänger in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="123"/>
        <source>Partly delivered: the server queued the message for %1 and refused %2.</source>
        <translation>Teilweise zugestellt: der Server hat die Nachricht für %1 in die Warteschlange gestellt und %2 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="124"/>
        <location filename="../app/client/smtpclientresult.cpp" line="134"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="127"/>
        <source>Refused: the server accepted none of the recipients; no message was sent.</source>
        <translation>Abgelehnt: der Server hat keinen der Empfänger angenommen; es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="128"/>
        <source>Refused at %1: %2</source>
        <translation>Abgelehnt im Schritt „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="131"/>
        <source>Probed: the server would accept every recipient (%n); no message was sent.</source>
        <translation>
            <numerusform>Probe: der Server würde den Empfänger annehmen (%n); es wurde keine Nachricht gesendet.</numerusform>
            <numerusform>Probe: der Server würde alle Empfänger annehmen (%n); es wurde keine Nachricht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="133"/>
        <source>Probed: the server would accept %1 and refuses %2; no message was sent.</source>
        <translation>Probe: der Server würde %1 annehmen und lehnt %2 ab; es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="136"/>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen im Schritt „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="138"/>
        <source>Cancelled at %1.</source>
        <translation>Abgebrochen im Schritt „%1“.</translation>
    </message>
</context>
<context>
    <name>SmtpUserDialog</name>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="6"/>
        <source>SMTP User</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="14"/>
        <source>User &amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="24"/>
        <source>crm-app</source>
        <translation>crm-app</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="31"/>
        <source>&amp;Enabled: may authenticate</source>
        <translation>&amp;Aktiviert: darf sich authentifizieren</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="55"/>
        <source>&amp;Confirm password:</source>
        <translation>Kennwort bes&amp;tätigen:</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="74"/>
        <source>Only a salted PBKDF2 hash of the password is kept; nobody can read the password back.</source>
        <translation>Es wird nur ein gesalzener PBKDF2-Hash des Kennworts gespeichert; niemand kann das Kennwort daraus zurückgewinnen.</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="87"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="79"/>
        <source>The database revision, the listener&apos;s state and revision, whether they are in sync (exit 1 when not), and open-relay warnings.</source>
        <translation>Die Datenbankrevision, Status und Revision des Listeners, ob sie synchron sind (Exitcode 1, wenn nicht), und Warnungen zu offener Weitergabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="88"/>
        <source>status takes no arguments</source>
        <translation>status akzeptiert keine Argumente</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="102"/>
        <source>Push the current revision to the running listener and wait until it enforces it.</source>
        <translation>Die aktuelle Revision an den laufenden Listener übertragen und warten, bis er sie durchsetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="110"/>
        <source>sync takes no arguments</source>
        <translation>sync akzeptiert keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="124"/>
        <location filename="../app/cli/cmd_sync.cpp" line="130"/>
        <source>To fix it: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <location filename="../app/client/testmessage.cpp" line="133"/>
        <source>RelayDesk test message</source>
        <translation>RelayDesk-Testnachricht</translation>
    </message>
    <message>
        <location filename="../app/client/testmessage.cpp" line="143"/>
        <source>This is a test message sent by RelayDesk at %1.
</source>
        <translation>Dies ist eine Testnachricht, die RelayDesk am %1 gesendet hat.
</translation>
    </message>
</context>
<context>
    <name>TestSendCommand</name>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="53"/>
        <source>The server H (an address or a host name).</source>
        <translation>Der Server H (eine Adresse oder ein Hostname).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="54"/>
        <source>The port P (default 25).</source>
        <translation>Der Port P (Standard 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="57"/>
        <source>Test the virtual server NAME of this database (its first binding; instead of --host).</source>
        <translation>Den virtuellen Server NAME dieser Datenbank testen (seine erste Bindung; statt --host).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="60"/>
        <source>Connect from IP, an address of this machine (any 127.x.y.z on Linux).</source>
        <translation>Von IP aus verbinden, einer Adresse dieses Computers (unter Linux jede 127.x.y.z).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="62"/>
        <source>Use STARTTLS when the server offers it.</source>
        <translation>STARTTLS verwenden, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="64"/>
        <source>Use STARTTLS; stop if the server does not offer it.</source>
        <translation>STARTTLS verwenden; abbrechen, wenn der Server es nicht anbietet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="66"/>
        <source>Accept a server certificate that cannot be verified (self-signed).</source>
        <translation>Ein Serverzertifikat akzeptieren, das nicht verifiziert werden kann (selbstsigniert).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="68"/>
        <source>Authenticate as U (AUTH PLAIN or LOGIN).</source>
        <translation>Als U authentifizieren (AUTH PLAIN oder LOGIN).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="70"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Kennwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="72"/>
        <source>Sender ADDR (&lt;&gt; for the null sender).</source>
        <translation>Absender ADDR (&lt;&gt; für den leeren Absender).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="74"/>
        <source>Recipient ADDR; repeat for several.</source>
        <translation>Empfänger ADDR; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="75"/>
        <source>Subject S.</source>
        <translation>Betreff S.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="77"/>
        <source>The body from file F (UTF-8 text).</source>
        <translation>Der Nachrichtentext aus Datei F (UTF-8-Text).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="78"/>
        <source>The EHLO/HELO NAME (default: this machine&apos;s name).</source>
        <translation>Der EHLO/HELO-Name NAME (Standard: der Name dieses Computers).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="80"/>
        <source>Stop after RCPT with RSET: no message is sent.</source>
        <translation>Nach RCPT mit RSET aufhören: es wird keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="81"/>
        <source>Seconds to wait for each answer (default 60).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (Standard 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="89"/>
        <source>test-send needs either --host H or --vs NAME</source>
        <translation>test-send benötigt entweder --host H oder --vs NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="91"/>
        <source>test-send needs --from ADDR (&lt;&gt; for the null sender)</source>
        <translation>test-send benötigt --from ADDR (&lt;&gt; für den leeren Absender)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="94"/>
        <source>test-send needs at least one --to ADDR</source>
        <translation>test-send benötigt mindestens ein --to ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="96"/>
        <source>--starttls and --require-tls exclude each other</source>
        <translation>--starttls und --require-tls schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="98"/>
        <source>--user U needs --password-stdin (and the other way round)</source>
        <translation>--user U benötigt --password-stdin (und umgekehrt)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="110"/>
        <source>--source-address %1 is not an IPv4 or IPv6 address</source>
        <translation>--source-address %1 ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="112"/>
        <source>--source-address %1 is not an address of this computer: a test can only be sent from a loopback address (any 127.x.y.z) or an address of one of its interfaces</source>
        <translation>--source-address %1 ist keine Adresse dieses Computers: ein Test kann nur von einer Loopback-Adresse (jede 127.x.y.z) oder einer Adresse einer seiner Schnittstellen gesendet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="121"/>
        <source>--timeout takes 1 to 3600 seconds</source>
        <translation>--timeout akzeptiert 1 bis 3600 Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="134"/>
        <source>--password-stdin: standard input has no password</source>
        <translation>--password-stdin: die Standardeingabe enthält kein Kennwort</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="149"/>
        <source>the virtual server &quot;%1&quot; has no binding</source>
        <translation>der virtuelle Server „%1“ hat keine Bindung</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="161"/>
        <source>--port %1 is not a port number (1-65535)</source>
        <translation>--port %1 ist keine Portnummer (1-65535)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="183"/>
        <source>cannot read --body-file %1: %2</source>
        <translation>--body-file %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="245"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="245"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="256"/>
        <source>The server answered: %1</source>
        <translation>Der Server antwortete: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="256"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="258"/>
        <source>The database says:  %1</source>
        <translation>Die Datenbank sagt:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="260"/>
        <source>They disagree: the listener may enforce another revision than the database (see relaydeskctl status).</source>
        <translation>Sie weichen voneinander ab: der Listener setzt möglicherweise eine andere Revision durch als die Datenbank (siehe relaydeskctl status).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="266"/>
        <source>The server is not a virtual server of this database, so its reasons are its own: see its replies above.</source>
        <translation>Der Server ist kein virtueller Server dieser Datenbank, daher sind seine Gründe seine eigenen: siehe seine Antworten oben.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <location filename="../ui/testsenddialog.ui" line="6"/>
        <source>Test Send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="22"/>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="35"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="60"/>
        <source>mail.example.com or 192.0.2.10</source>
        <translation>mail.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="63"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="70"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="96"/>
        <source>S&amp;ource address:</source>
        <translation>&amp;Quelladresse:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="106"/>
        <source>Chosen by the system</source>
        <translation>Vom System gewählt</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="113"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="141"/>
        <source>Accept an &amp;untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges &amp;Zertifikat akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="158"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="180"/>
        <source>&amp;Authenticate as</source>
        <translation>&amp;Authentifizieren als</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="187"/>
        <location filename="../ui/testsenddialog.ui" line="190"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="200"/>
        <location filename="../ui/testsenddialog.ui" line="203"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="213"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="223"/>
        <source>Empty: the null sender &lt;&gt;</source>
        <translation>Leer: leerer Absender &lt;&gt;</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="230"/>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="249"/>
        <source>One address per line, or separated by commas</source>
        <translation>Eine Adresse pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="256"/>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="269"/>
        <source>Bod&amp;y:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="288"/>
        <source>Empty: a short text naming the time and the program</source>
        <translation>Leer: ein kurzer Text mit Uhrzeit und Programmname</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="309"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="319"/>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="333"/>
        <source>&amp;Copy Transcript</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="342"/>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="377"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="384"/>
        <source>A&amp;llow this computer to relay…</source>
        <translation>Diesem Computer die &amp;Weitergabe erlauben…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="45"/>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>der Text ist %1 Zeichen lang; höchstens %2 sind zulässig</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="55"/>
        <source>the text contains the control character U+%1 at position %2</source>
        <translation>der Text enthält das Steuerzeichen U+%1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="63"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="116"/>
        <location filename="../app/core/validation.cpp" line="121"/>
        <location filename="../app/core/validation.cpp" line="180"/>
        <source>%1 is not an IPv4 or IPv6 address</source>
        <translation>%1 ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="129"/>
        <source>%1 is not a prefix length for %2 (0 to %3)</source>
        <translation>%1 ist keine Präfixlänge für %2 (0 bis %3)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="131"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="131"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="135"/>
        <source>a dotted netmask applies only to IPv4; use prefixLength for %1</source>
        <translation>eine Netzmaske in Punktschreibweise gilt nur für IPv4; verwenden Sie prefixLength für %1</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="138"/>
        <source>%1 is not a contiguous netmask</source>
        <translation>%1 ist keine zusammenhängende Netzmaske</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="144"/>
        <location filename="../app/core/validation.cpp" line="195"/>
        <location filename="../app/core/validation.cpp" line="242"/>
        <source>&quot;%1&quot; is not a DNS domain name</source>
        <translation>„%1“ ist kein DNS-Domänenname</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="158"/>
        <source>basic authentication needs a user name</source>
        <translation>Standardauthentifizierung benötigt einen Benutzernamen</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="162"/>
        <source>anonymous access sends no user name; leave it empty</source>
        <translation>anonymer Zugriff sendet keinen Benutzernamen; lassen Sie ihn leer</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="168"/>
        <location filename="../app/core/validation.cpp" line="374"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="174"/>
        <source>an enabled virtual server needs at least one IP address and port</source>
        <translation>ein aktivierter virtueller Server benötigt mindestens eine IP-Adresse mit Port</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="184"/>
        <source>%1 port %2 is listed twice</source>
        <translation>%1 Port %2 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="188"/>
        <source>&quot;%1&quot; is not a fully-qualified domain name</source>
        <translation>„%1“ ist kein vollqualifizierter Domänenname</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="202"/>
        <source>a certificate needs its private key, and a private key its certificate</source>
        <translation>ein Zertifikat benötigt seinen privaten Schlüssel und ein privater Schlüssel sein Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="205"/>
        <source>a secure channel cannot be required without a certificate</source>
        <translation>ein sicherer Kanal kann ohne Zertifikat nicht erforderlich gemacht werden</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="217"/>
        <source>the session size limit (%1 KB) is smaller than the message size limit (%2 KB)</source>
        <translation>die Begrenzung der Sitzungsgröße (%1 KB) ist kleiner als die Begrenzung der Nachrichtengröße (%2 KB)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="224"/>
        <location filename="../app/core/validation.cpp" line="414"/>
        <location filename="../app/core/validation.cpp" line="425"/>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>„%1“ ist keine E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="228"/>
        <location filename="../app/core/validation.cpp" line="245"/>
        <source>&quot;%1&quot; is not a host name or an address in brackets</source>
        <translation>„%1“ ist weder ein Hostname noch eine Adresse in eckigen Klammern</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="233"/>
        <source>expected 4 intervals (first, second, third, subsequent), found %1</source>
        <translation>4 Intervalle erwartet (erstes, zweites, drittes, nachfolgende), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="249"/>
        <source>there is no smart host to fall back to</source>
        <translation>es gibt keinen Smarthost als Ausweichmöglichkeit</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="284"/>
        <source>every computer whose name ends in .%1</source>
        <translation>jeden Computer, dessen Name auf .%1 endet</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="291"/>
        <source>more than a /8 network</source>
        <translation>mehr als ein /8-Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="296"/>
        <source>more than a /8 network of IPv4 clients</source>
        <translation>mehr als ein /8-Netzwerk von IPv4-Clients</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="297"/>
        <source>more than a /32 network</source>
        <translation>mehr als ein /32-Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="308"/>
        <source>basic authentication to the smart host without TLS: the password crosses the network in clear text</source>
        <translation>Standardauthentifizierung am Smarthost ohne TLS: das Kennwort wird im Klartext über das Netzwerk übertragen</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="312"/>
        <source>basic authentication to the smart host with opportunistic TLS: if the smart host does not offer STARTTLS (or an attacker removes it) the password crosses the network in clear text; choose TLS required</source>
        <translation>Standardauthentifizierung am Smarthost mit opportunistischem TLS: wenn der Smarthost STARTTLS nicht anbietet (oder ein Angreifer es entfernt), wird das Kennwort im Klartext über das Netzwerk übertragen; wählen Sie „TLS erforderlich“</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="317"/>
        <source>basic authentication is set but there is no smart host: the credentials are sent to no one (they are never sent to other domains&apos; mail servers)</source>
        <translation>Standardauthentifizierung ist festgelegt, aber es gibt keinen Smarthost: die Anmeldeinformationen werden an niemanden gesendet (sie werden nie an die Mailserver anderer Domänen gesendet)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="341"/>
        <source>another virtual server is already named &quot;%1&quot;</source>
        <translation>ein anderer virtueller Server heißt bereits „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="356"/>
        <source>%1 port %2 is already used by %3</source>
        <translation>%1 Port %2 wird bereits von %3 verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="377"/>
        <source>another recipient policy is already named &quot;%1&quot;</source>
        <translation>eine andere Empfängerrichtlinie heißt bereits „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="388"/>
        <source>&quot;%1&quot; is not a supported address type (only &quot;SMTP&quot;)</source>
        <translation>„%1“ ist kein unterstützter Adresstyp (nur &quot;SMTP&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="392"/>
        <source>&quot;%1&quot; is not an SMTP address space (expected @domain or @*.domain)</source>
        <translation>„%1“ ist kein SMTP-Adressraum (erwartet: @domain oder @*.domain)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="396"/>
        <source>%1 is already in a recipient policy</source>
        <translation>%1 ist bereits in einer Empfängerrichtlinie enthalten</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="403"/>
        <source>only one SMTP address can be primary, found %1</source>
        <translation>nur eine SMTP-Adresse kann primär sein, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="416"/>
        <source>an address literal cannot be a local mailbox</source>
        <translation>ein Adressliteral kann kein lokales Postfach sein</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="419"/>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="427"/>
        <source>a recipient cannot forward to itself</source>
        <translation>ein Empfänger kann nicht an sich selbst weiterleiten</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="438"/>
        <source>&quot;%1&quot; is not a user name (1 to 64 letters, digits and . _ @ + -)</source>
        <translation>„%1“ ist kein Benutzername (1 bis 64 Buchstaben, Ziffern und . _ @ + -)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="440"/>
        <source>another SMTP user is already named &quot;%1&quot;</source>
        <translation>ein anderer SMTP-Benutzer heißt bereits „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="455"/>
        <source>relay is allowed for all computers (all except the list, and the list is empty)</source>
        <translation>Weitergabe ist für alle Computer zugelassen (alle außer der Liste, und die Liste ist leer)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/validation.cpp" line="456"/>
        <source>relay is allowed for all computers except the %n on the list</source>
        <translation>
            <numerusform>Weitergabe ist für alle Computer außer dem %n in der Liste zugelassen</numerusform>
            <numerusform>Weitergabe ist für alle Computer außer den %n in der Liste zugelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="464"/>
        <source>relay entry %1 (%2) admits %3</source>
        <translation>Weitergabeeintrag %1 (%2) umfasst %3</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="478"/>
        <source>there is no virtual server: nothing will accept mail</source>
        <translation>es gibt keinen virtuellen Server: nichts wird E-Mails annehmen</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="484"/>
        <source>open relay: %1</source>
        <translation>offene Weitergabe: %1</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="489"/>
        <source>%1 admits %2</source>
        <translation>%1 umfasst %2</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="497"/>
        <source>basic authentication is offered without TLS: passwords cross the network in clear text</source>
        <translation>Standardauthentifizierung wird ohne TLS angeboten: Kennwörter werden im Klartext über das Netzwerk übertragen</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="503"/>
        <source>basic authentication requires TLS but there is no certificate: AUTH is never offered</source>
        <translation>Standardauthentifizierung erfordert TLS, aber es gibt kein Zertifikat: AUTH wird nie angeboten</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="511"/>
        <source>%1 has expired and no longer matches</source>
        <translation>%1 ist abgelaufen und trifft nicht mehr zu</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="527"/>
        <source>open relay: %1 accepts mail for every domain under .%2 from any client</source>
        <translation>offene Weitergabe: %1 nimmt von jedem Client E-Mails für jede Domäne unter .%2 an</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="535"/>
        <source>mail for %1 is accepted from any client, but %2 has no host to forward it to (Forward all mail with unresolved recipients to host, or a smart host): it would be relayed to the domain&apos;s own servers</source>
        <translation>E-Mails für %1 werden von jedem Client angenommen, aber %2 hat keinen Host, an den sie weitergeleitet werden können („Alle E-Mails mit nicht aufgelösten Empfängern weiterleiten an Host“ oder ein Smarthost): sie würden an die eigenen Server der Domäne weitergegeben</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="551"/>
        <source>%1 is authoritative but has no recipients: every message to it except postmaster is refused with 550 5.1.1</source>
        <translation>%1 ist autorisierend, hat aber keine Empfänger: jede Nachricht dorthin außer an postmaster wird mit 550 5.1.1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="569"/>
        <source>not a PBKDF2 hash (expected pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;key&gt;); plain passwords are never stored</source>
        <translation>kein PBKDF2-Hash (erwartet: pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;key&gt;); Kennwörter im Klartext werden nie gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="575"/>
        <source>the hash uses %1 iterations; at least 120000 are required</source>
        <translation>der Hash verwendet %1 Iterationen; mindestens 120000 sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="579"/>
        <source>the salt is not base64 of at least 8 bytes</source>
        <translation>das Salt ist kein Base64 von mindestens 8 Byte</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="582"/>
        <source>the key is not 64 lower-case hexadecimal digits</source>
        <translation>der Schlüssel besteht nicht aus 64 hexadezimalen Ziffern in Kleinbuchstaben</translation>
    </message>
</context>
<context>
    <name>VirtualServerDetails</name>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="16"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="16"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="28"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="37"/>
        <source>Fully-qualified domain name</source>
        <translation>Vollqualifizierter Domänenname</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="38"/>
        <source>(this computer: %1)</source>
        <translation>(dieser Computer: %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="39"/>
        <source>Limit number of connections to</source>
        <translation>Anzahl der Verbindungen begrenzen auf</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="40"/>
        <source>Connection time-out</source>
        <translation>Verbindungstimeout</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="41"/>
        <source>Enable logging</source>
        <translation>Protokollierung aktivieren</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="47"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="48"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="129"/>
        <source>Anonymous access</source>
        <translation>Anonymer Zugriff</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="49"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="129"/>
        <source>Basic authentication</source>
        <translation>Standardauthentifizierung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="174"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="174"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="51"/>
        <source>Default domain</source>
        <translation>Standarddomäne</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="32"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="36"/>
        <source>IP address and TCP port</source>
        <translation>IP-Adresse und TCP-Port</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="36"/>
        <source>(none: the server does not listen)</source>
        <translation>(keine: der Server lauscht nicht)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="50"/>
        <source>Basic authentication requires TLS</source>
        <translation>Standardauthentifizierung erfordert TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="54"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="55"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="56"/>
        <source>Require secure channel</source>
        <translation>Sicheren Kanal erforderlich</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="58"/>
        <source>Connection control</source>
        <translation>Verbindungssteuerung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="59"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="62"/>
        <source>Relay restrictions</source>
        <translation>Weitergabeeinschränkungen</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="63"/>
        <source>Relay</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="64"/>
        <source>Allow all computers which successfully authenticate to relay</source>
        <translation>Unabhängig von der obigen Liste allen Computern, die sich erfolgreich authentifizieren, die Weitergabe erlauben</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="68"/>
        <source>Open relay</source>
        <translation>Offene Weitergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="81"/>
        <source>%1 [expired]</source>
        <translation>%1 [abgelaufen]</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="82"/>
        <source>Expired on %1: this entry no longer matches</source>
        <translation>Abgelaufen am %1: dieser Eintrag trifft nicht mehr zu</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="84"/>
        <source>Expires on %1 (local time)</source>
        <translation>Läuft ab am %1 (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="90"/>
        <source>(the list is empty)</source>
        <translation>(die Liste ist leer)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="95"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="96"/>
        <source>Limit message size to</source>
        <translation>Nachrichtengröße begrenzen auf</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="96"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="97"/>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="97"/>
        <source>Limit session size to</source>
        <translation>Sitzungsgröße begrenzen auf</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="99"/>
        <source>Limit number of messages per connection to</source>
        <translation>Anzahl der Nachrichten pro Verbindung begrenzen auf</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="101"/>
        <source>Limit number of recipients per message to</source>
        <translation>Anzahl der Empfänger pro Nachricht begrenzen auf</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="102"/>
        <source>Send copy of Non-Delivery Report to</source>
        <translation>Kopie des Unzustellbarkeitsberichts senden an</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="104"/>
        <source>Forward all mail with unresolved recipients to host</source>
        <translation>Alle E-Mails mit nicht aufgelösten Empfängern weiterleiten an Host</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="110"/>
        <source>Delivery</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="111"/>
        <source>First retry interval</source>
        <translation>Erstes Wiederholungsintervall</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="111"/>
        <source>Second retry interval</source>
        <translation>Zweites Wiederholungsintervall</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="112"/>
        <source>Third retry interval</source>
        <translation>Drittes Wiederholungsintervall</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="112"/>
        <source>Subsequent retry interval</source>
        <translation>Nachfolgendes Wiederholungsintervall</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="115"/>
        <source>Delay notification</source>
        <translation>Verzögerungsbenachrichtigung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="116"/>
        <source>Expiration time-out</source>
        <translation>Ablauftimeout</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="117"/>
        <source>Maximum hop count</source>
        <translation>Maximale Anzahl an Hops</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="118"/>
        <source>Masquerade domain</source>
        <translation>Maskierungsdomäne</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="119"/>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="120"/>
        <source>Smart host port</source>
        <translation>Smarthost-Port</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="129"/>
        <source>Outbound authentication</source>
        <translation>Ausgehende Authentifizierung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="130"/>
        <source>Outbound user name</source>
        <translation>Ausgehender Benutzername</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="186"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="33"/>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="121"/>
        <source>Attempt direct delivery before sending to smart host</source>
        <translation>Direkte Übermittlung vor dem Senden an Smarthost versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="123"/>
        <source>Perform reverse DNS lookup on incoming messages</source>
        <translation>Reverse-DNS-Lookup für eingehende Nachrichten ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <source>Outbound password</source>
        <translation>Ausgehendes Kennwort</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <source>(set)</source>
        <translation>(festgelegt)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="135"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="138"/>
        <source>Opportunistic (STARTTLS when offered)</source>
        <translation>Opportunistisch (STARTTLS, wenn angeboten)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="141"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="144"/>
        <source>Outbound TLS encryption</source>
        <translation>Ausgehende TLS-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="165"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="167"/>
        <source>%1 (expires %2 UTC)</source>
        <translation>%1 (läuft ab %2 UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="180"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="181"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/virtualserverdetails.cpp" line="191"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="197"/>
        <source>Only the list below may relay</source>
        <translation>Nur die Liste unten darf weitergeben</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="198"/>
        <source>All except the list below may relay</source>
        <translation>Alle außer der Liste unten dürfen weitergeben</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="200"/>
        <source>Only the list below may connect</source>
        <translation>Nur die Liste unten darf eine Verbindung herstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="201"/>
        <source>All except the list below may connect</source>
        <translation>Alle außer der Liste unten dürfen eine Verbindung herstellen</translation>
    </message>
</context>
<context>
    <name>VirtualServerProperties</name>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="14"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="21"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="42"/>
        <source>&amp;Enabled: the listener serves this virtual server</source>
        <translation>&amp;Aktiviert: der Listener bedient diesen virtuellen Server</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="49"/>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="74"/>
        <location filename="../ui/virtualserverproperties.ui" line="560"/>
        <source>Ad&amp;vanced...</source>
        <translation>&amp;Erweitert...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="83"/>
        <source>TCP &amp;port:</source>
        <translation>TCP-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="110"/>
        <source>&amp;Limit number of connections to:</source>
        <translation>Anzahl der &amp;Verbindungen begrenzen auf:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="127"/>
        <source>Connection &amp;time-out (minutes):</source>
        <translation>Verbindungs&amp;timeout (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="147"/>
        <source>Enable lo&amp;gging (protocol log in W3C extended format)</source>
        <translation>Protokollierung a&amp;ktivieren (SMTP-Protokoll im erweiterten W3C-Format)</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="164"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="170"/>
        <source>Access control</source>
        <translation>Zugriffssteuerung</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="176"/>
        <source>Choose whether clients may connect without a password and how SMTP users sign in.</source>
        <translation>Legt fest, ob sich Clients ohne Kennwort verbinden dürfen und wie sich SMTP-Benutzer anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="186"/>
        <source>&amp;Authentication...</source>
        <translation>&amp;Authentifizierung...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="196"/>
        <source>Secure communication</source>
        <translation>Sichere Kommunikation</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="202"/>
        <source>Choose this virtual server&apos;s TLS certificate and whether clients must encrypt the connection.</source>
        <translation>Legt das TLS-Zertifikat dieses virtuellen Servers fest und ob Clients die Verbindung verschlüsseln müssen.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="212"/>
        <source>&amp;Certificate...</source>
        <translation>&amp;Zertifikat...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="219"/>
        <source>C&amp;ommunication...</source>
        <translation>&amp;Kommunikation...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="229"/>
        <source>Connection control</source>
        <translation>Verbindungssteuerung</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="235"/>
        <source>Decide which computers may connect: single addresses, networks or domain names.</source>
        <translation>Legt fest, welche Computer sich verbinden dürfen: einzelne Adressen, Netzwerke oder Domänennamen.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="245"/>
        <source>Co&amp;nnection...</source>
        <translation>&amp;Verbindung...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="255"/>
        <source>Relay restrictions</source>
        <translation>Weitergabeeinschränkungen</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="261"/>
        <source>Decide which computers may send mail for outside domains through this virtual server.</source>
        <translation>Legt fest, welche Computer über diesen virtuellen Server E-Mail an fremde Domänen senden dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="271"/>
        <source>&amp;Relay...</source>
        <translation>&amp;Weitergabe...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="289"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="297"/>
        <source>Limit message si&amp;ze to (KB):</source>
        <translation>&amp;Nachrichtengröße begrenzen auf (KB):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="314"/>
        <source>Limit &amp;session size to (KB):</source>
        <translation>&amp;Sitzungsgröße begrenzen auf (KB):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="331"/>
        <source>Limit number of &amp;messages per connection to:</source>
        <translation>Anzahl der Nachrichten &amp;pro Verbindung begrenzen auf:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="348"/>
        <source>Limit number of &amp;recipients per message to:</source>
        <translation>Anzahl der &amp;Empfänger pro Nachricht begrenzen auf:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="365"/>
        <source>Send cop&amp;y of Non-Delivery Report to:</source>
        <translation>&amp;Kopie des Unzustellbarkeitsberichts senden an:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="375"/>
        <source>postmaster@corp.example</source>
        <translation>postmaster@corp.example</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="382"/>
        <source>&amp;Forward all mail with unresolved recipients to host:</source>
        <translation>Alle E-Mails mit nicht aufgelösten Empfängern &amp;weiterleiten an Host:</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="392"/>
        <source>mail.corp.example</source>
        <translation>mail.corp.example</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="409"/>
        <source>Delivery</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="415"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="421"/>
        <source>&amp;First retry interval (minutes):</source>
        <translation>E&amp;rstes Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="441"/>
        <source>S&amp;econd retry interval (minutes):</source>
        <translation>&amp;Zweites Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="461"/>
        <source>&amp;Third retry interval (minutes):</source>
        <translation>&amp;Drittes Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="481"/>
        <source>S&amp;ubsequent retry interval (minutes):</source>
        <translation>&amp;Nachfolgendes Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="501"/>
        <source>&amp;Delay notification (minutes):</source>
        <translation>&amp;Verzögerungsbenachrichtigung (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="521"/>
        <source>E&amp;xpiration timeout (minutes):</source>
        <translation>&amp;Ablauftimeout (Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="553"/>
        <source>Outbound &amp;Security...</source>
        <translation>Ausgehende &amp;Sicherheit...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="583"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>The RelayDesk console.</source>
        <translation>Die RelayDesk-Konsole.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Use the data directory DIR (default: RELAYDESK_DATA_DIR, else %1).</source>
        <translation>Das Datenverzeichnis DIR verwenden (Standard: RELAYDESK_DATA_DIR, sonst %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Cannot use the data directory %1:
%2</source>
        <translation>Das Datenverzeichnis %1 kann nicht verwendet werden:
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Cannot open the configuration database %1:
%2</source>
        <translation>Die Konfigurationsdatenbank %1 kann nicht geöffnet werden:
%2</translation>
    </message>
</context>
</TS>

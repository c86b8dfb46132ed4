<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessEntryDialog</name>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="6"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="12"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="18"/>
        <source>&amp;Single computer</source>
        <translation>&amp;Un seul ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="28"/>
        <source>&amp;Group of computers</source>
        <translation>&amp;Groupe d&apos;ordinateurs</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="35"/>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="47"/>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP :</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="57"/>
        <source>10.20.0.15 or 2001:db8::15</source>
        <translation>10.20.0.15 ou 2001:db8::15</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="64"/>
        <source>Subnet &amp;mask or prefix length:</source>
        <translation>&amp;Masque de sous-réseau ou longueur de préfixe :</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="74"/>
        <source>255.255.255.0 or /24</source>
        <translation>255.255.255.0 ou /24</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="81"/>
        <source>Domai&amp;n name:</source>
        <translation>&amp;Nom de domaine :</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="91"/>
        <source>apps.corp.example</source>
        <translation>apps.corp.example</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="98"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="115"/>
        <source>&amp;Expires (UTC):</source>
        <translation>&amp;Expire le (UTC) :</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="128"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="140"/>
        <source>A domain entry matches a client whose address has a reverse DNS name in the domain that resolves back to the same address. Every such connection costs DNS lookups.</source>
        <translation>Une entrée de domaine correspond à un client dont l&apos;adresse a un nom DNS inversé dans le domaine, nom qui se résout à son tour en cette même adresse. Chaque connexion de ce type entraîne des recherches DNS.</translation>
    </message>
    <message>
        <location filename="../ui/accessentrydialog.ui" line="153"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>AccessList</name>
    <message>
        <location filename="../app/core/accesslist.cpp" line="25"/>
        <source>&quot;%1&quot; is not a valid IPv4 or IPv6 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv4 ou IPv6 valide</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="27"/>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="28"/>
        <source>a domain entry has no network address</source>
        <translation>une entrée de domaine n&apos;a pas d&apos;adresse réseau</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="31"/>
        <source>a group has both a mask and a prefix length; give one of them</source>
        <translation>un groupe a à la fois un masque et une longueur de préfixe ; indiquez l&apos;un des deux</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="33"/>
        <source>a group needs a mask or a prefix length</source>
        <translation>un groupe nécessite un masque ou une longueur de préfixe</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="36"/>
        <source>a netmask applies to IPv4 addresses only; use a prefix length</source>
        <translation>un masque de réseau ne s&apos;applique qu&apos;aux adresses IPv4 ; utilisez une longueur de préfixe</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="40"/>
        <source>&quot;%1&quot; is not a contiguous IPv4 netmask</source>
        <translation>&quot;%1&quot; n&apos;est pas un masque de réseau IPv4 contigu</translation>
    </message>
    <message>
        <location filename="../app/core/accesslist.cpp" line="44"/>
        <source>the prefix length %1 is out of range (0 to %2)</source>
        <translation>la longueur de préfixe %1 est hors limites (0 à %2)</translation>
    </message>
</context>
<context>
    <name>AccessListDialog</name>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="14"/>
        <source>Relay Restrictions</source>
        <translation>Restrictions de relais</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="20"/>
        <source>Select which computer may relay through this virtual server:</source>
        <translation>Sélectionnez les ordinateurs qui peuvent relayer par l&apos;intermédiaire de ce serveur virtuel :</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="27"/>
        <source>&amp;Only the list below</source>
        <translation>Seu&amp;lement la liste ci-dessous</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="37"/>
        <source>&amp;All except the list below</source>
        <translation>&amp;Tous sauf la liste ci-dessous</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="47"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="54"/>
        <source>Filter the list (address, domain or comment)</source>
        <translation>Filtrer la liste (adresse, domaine ou commentaire)</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="66"/>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="93"/>
        <source>A&amp;dd...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="100"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/accesslistdialog.ui" line="128"/>
        <source>Allow all computers which successfully a&amp;uthenticate to relay, regardless of the list above</source>
        <translation>Autoriser tous les ordinateurs qui s&apos;a&amp;uthentifient correctement à relayer, quelle que soit la liste ci-dessus</translation>
    </message>
</context>
<context>
    <name>AddressSpaceDialog</name>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="6"/>
        <source>SMTP Address</source>
        <translation>Adresse SMTP</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="14"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="24"/>
        <source>@corp.example</source>
        <translation>@corp.example</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="33"/>
        <source>&amp;This organization is responsible for all mail delivery to this address</source>
        <translation>&amp;Cette organisation est responsable de toute la remise du courrier pour cette adresse</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="40"/>
        <source>Responsible (authoritative): mail for this domain is delivered here and unknown recipients are refused. Otherwise mail for unknown recipients is forwarded to the smart host or the forwarding host of the virtual server.</source>
        <translation>Responsable (faisant autorité) : le courrier pour ce domaine est remis ici et les destinataires inconnus sont refusés. Sinon, le courrier pour les destinataires inconnus est transféré à l&apos;hôte actif ou à l&apos;hôte de transfert du serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../ui/addressspacedialog.ui" line="53"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>AuthenticationDialog</name>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="6"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="12"/>
        <source>&amp;Anonymous access</source>
        <translation>Accès &amp;anonyme</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="19"/>
        <source>No user name or password required.</source>
        <translation>Aucun nom d&apos;utilisateur ni mot de passe n&apos;est requis.</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="29"/>
        <source>&amp;Basic authentication (password is sent in clear text)</source>
        <translation>Authentification de &amp;base (le mot de passe est envoyé en texte clair)</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="36"/>
        <source>Requires &amp;TLS encryption</source>
        <translation>Nécessite le chiffrement &amp;TLS</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="45"/>
        <source>&amp;Default domain:</source>
        <translation>&amp;Domaine par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="60"/>
        <source>The accounts that may authenticate are the SMTP Users of the console tree.</source>
        <translation>Les comptes qui peuvent s&apos;authentifier sont les utilisateurs SMTP de l&apos;arborescence de la console.</translation>
    </message>
    <message>
        <location filename="../ui/authenticationdialog.ui" line="73"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.ui" line="6"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="12"/>
        <source>The certificate (PEM) and its unencrypted private key (PEM) that STARTTLS presents. Relative paths are relative to the data directory. Without a certificate, STARTTLS is not offered.</source>
        <translation>Le certificat (PEM) et sa clé privée non chiffrée (PEM) que présente STARTTLS. Les chemins relatifs le sont par rapport au répertoire de données. Sans certificat, STARTTLS n&apos;est pas proposé.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="24"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Fichier de certificat :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="36"/>
        <source>tls/relay.pem</source>
        <translation>tls/relay.pem</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="43"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="52"/>
        <source>&amp;Private key file:</source>
        <translation>Fichier de &amp;clé privée :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="64"/>
        <source>tls/relay.key</source>
        <translation>tls/relay.key</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="71"/>
        <source>B&amp;rowse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.ui" line="85"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="21"/>
        <source>Use the data directory DIR (default: %1).</source>
        <translation>Utiliser le répertoire de données DIR (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="25"/>
        <source>Machine-readable JSON output.</source>
        <translation>Sortie JSON lisible par une machine.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="27"/>
        <source>Do not push a change to the running listener.</source>
        <translation>Ne pas transmettre la modification au service d&apos;écoute en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="50"/>
        <source>no configuration database at %1; run &quot;relaydeskctl init&quot; first</source>
        <translation>aucune base de données de configuration dans %1 ; exécutez d&apos;abord &quot;relaydeskctl init&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="61"/>
        <source>cannot open the configuration database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données de configuration %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="vanished">impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="65"/>
        <source>Show what the virtual server answers to an envelope from a client, and the rules that decide it. Exit 1 when a recipient is refused.</source>
        <translation>Afficher ce que le serveur virtuel répond à une enveloppe provenant d&apos;un client, et les règles qui en décident. Code de sortie 1 lorsqu&apos;un destinataire est refusé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="73"/>
        <source>Virtual server NAME (default: the only one).</source>
        <translation>Serveur virtuel NAME (par défaut : le seul existant).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="76"/>
        <source>Client address IP (IPv4 or IPv6).</source>
        <translation>Adresse IP du client (IPv4 ou IPv6).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="79"/>
        <source>The session authenticated as USER.</source>
        <translation>La session s&apos;est authentifiée en tant que USER.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="82"/>
        <source>The session uses TLS (STARTTLS done).</source>
        <translation>La session utilise TLS (STARTTLS effectué).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="84"/>
        <source>Sender ADDR (&lt;&gt; for the null sender; default &lt;&gt;).</source>
        <translation>Expéditeur ADDR (&lt;&gt; pour l&apos;expéditeur nul ; par défaut &lt;&gt;).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="87"/>
        <source>Recipient ADDR; repeat for several.</source>
        <translation>Destinataire ADDR ; à répéter pour plusieurs destinataires.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="91"/>
        <source>The client&apos;s forward-confirmed reverse DNS NAME, for domain entries (no DNS query).</source>
        <translation>Le nom DNS inverse confirmé (forward-confirmed) NAME du client, pour les entrées de domaine (aucune requête DNS).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="96"/>
        <source>Look up the client&apos;s forward-confirmed reverse DNS name.</source>
        <translation>Rechercher le nom DNS inverse confirmé (forward-confirmed) du client.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="98"/>
        <source>DNS server IP for --resolve (port 53).</source>
        <translation>Adresse IP du serveur DNS pour --resolve (port 53).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="102"/>
        <source>Decide as at TIME (ISO 8601 UTC), for expiring entries.</source>
        <translation>Décider comme à la date TIME (ISO 8601 UTC), pour les entrées qui expirent.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="106"/>
        <source>Also run the envelope against the running listener from --ip (up to RCPT, then RSET: no message is sent) and say whether it agrees with the database. Exit 1 when it does not.</source>
        <translation>Soumettre aussi l&apos;enveloppe au service d&apos;écoute en cours d&apos;exécution depuis --ip (jusqu&apos;à RCPT, puis RSET : aucun message n&apos;est envoyé) et indiquer s&apos;il est d&apos;accord avec la base de données. Code de sortie 1 s&apos;il ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="112"/>
        <source>With --check-listener and --auth: the password of USER, from standard input.</source>
        <translation>Avec --check-listener et --auth : le mot de passe de USER, lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="119"/>
        <source>explain needs --ip IP</source>
        <translation>explain nécessite --ip IP</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="122"/>
        <source>--ip %1 is not an IPv4 or IPv6 address</source>
        <translation>--ip %1 n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="126"/>
        <source>explain needs at least one --to ADDR</source>
        <translation>explain nécessite au moins un --to ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="133"/>
        <source>--check-listener with --auth needs the password (--password-stdin): the live check really authenticates</source>
        <translation>--check-listener avec --auth nécessite le mot de passe (--password-stdin) : la vérification en direct s&apos;authentifie réellement</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="148"/>
        <source>--at %1 is not a UTC time such as 2027-02-01T00:00:00Z</source>
        <translation>--at %1 n&apos;est pas une heure UTC telle que 2027-02-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/clientsupport.cpp" line="26"/>
        <location filename="../app/cli/cmd_explain.cpp" line="164"/>
        <source>there is no virtual server &quot;%1&quot; (there are: %2)</source>
        <translation>il n&apos;existe pas de serveur virtuel &quot;%1&quot; (serveurs existants : %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clientsupport.cpp" line="14"/>
        <location filename="../app/cli/cmd_explain.cpp" line="169"/>
        <source>there are %1 virtual servers: name one with --vs NAME</source>
        <translation>il existe %1 serveurs virtuels : désignez-en un avec --vs NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="209"/>
        <source>%1 (revision %2), client %3%4%5%6</source>
        <translation>%1 (révision %2), client %3%4%5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="217"/>
        <source>, not authenticated</source>
        <translation>, non authentifié</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="218"/>
        <source>, authenticated as %1</source>
        <translation>, authentifié en tant que %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="220"/>
        <source>, TLS</source>
        <translation>, TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="221"/>
        <source>, no TLS</source>
        <translation>, sans TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="225"/>
        <source>(connect)</source>
        <translation>(connexion)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="228"/>
        <source>Verdict: refused — see the replies above.</source>
        <translation>Verdict : refusé — voir les réponses ci-dessus.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_explain.cpp" line="229"/>
        <source>Verdict: every recipient is accepted.</source>
        <translation>Verdict : tous les destinataires sont acceptés.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="12"/>
        <source>Write the configuration as config JSON v1 to FILE or standard output.</source>
        <translation>Écrire la configuration au format config JSON v1 dans FILE ou sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="20"/>
        <source>Output file; - or none: standard output.</source>
        <translation>Fichier de sortie ; - ou aucun : sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="28"/>
        <source>export takes at most one file</source>
        <translation>export accepte au plus un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="44"/>
        <source>Exported revision %1 to %2.</source>
        <translation>Révision %1 exportée vers %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="12"/>
        <source>List the revisions of the configuration, newest first, with what each one changed.</source>
        <translation>Lister les révisions de la configuration, de la plus récente à la plus ancienne, avec ce que chacune a modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="20"/>
        <source>Show at most N revisions (default 20; 0: all).</source>
        <translation>Afficher au plus N révisions (par défaut 20 ; 0 : toutes).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="30"/>
        <source>--limit %1 is not a number of revisions</source>
        <translation>--limit %1 n&apos;est pas un nombre de révisions</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="53"/>
        <source>revision %1  %2  %3 (%4)  %5</source>
        <translation>révision %1  %2  %3 (%4)  %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="67"/>
        <source>Make the configuration of REVISION current again, as a new revision.</source>
        <translation>Rendre à nouveau courante la configuration de REVISION, sous la forme d&apos;une nouvelle révision.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="74"/>
        <source>The revision to return to.</source>
        <translation>La révision à laquelle revenir.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="77"/>
        <location filename="../app/cli/cmd_import.cpp" line="31"/>
        <source>Show the change, change nothing.</source>
        <translation>Afficher la modification, sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="86"/>
        <source>rollback needs one REVISION number (see &quot;relaydeskctl history&quot;)</source>
        <translation>rollback nécessite un numéro de révision REVISION (voir &quot;relaydeskctl history&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="97"/>
        <source>there is no revision %1: the newest is %2</source>
        <translation>il n&apos;existe pas de révision %1 : la plus récente est la %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_history.cpp" line="107"/>
        <source>roll back to revision %1</source>
        <translation>retour à la révision %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="15"/>
        <source>Validate a config JSON v1 file, show the change and apply it as one revision. Replaces the configuration unless --merge is given.</source>
        <translation>Valider un fichier config JSON v1, afficher la modification et l&apos;appliquer en une seule révision. Remplace la configuration, sauf si --merge est indiqué.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="23"/>
        <source>Input file; - for standard input.</source>
        <translation>Fichier d&apos;entrée ; - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="27"/>
        <source>Merge into the current configuration: items with the same name (address for recipients) are replaced, others added.</source>
        <translation>Fusionner dans la configuration actuelle : les éléments portant le même nom (la même adresse pour les destinataires) sont remplacés, les autres sont ajoutés.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="39"/>
        <source>import needs exactly one FILE (or - for standard input)</source>
        <translation>import nécessite exactement un fichier FILE (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="41"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="49"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="69"/>
        <source>in the merged configuration: </source>
        <translation>dans la configuration fusionnée : </translation>
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
        <translation>Créer la base de données de configuration avec des paramètres par défaut sécurisés (idempotent).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="21"/>
        <source>init takes no arguments</source>
        <translation>init n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="33"/>
        <source>%1 is already initialised (revision %2).</source>
        <translation>%1 est déjà initialisé (révision %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="38"/>
        <source>Created %1 with the secure defaults (revision %2): one virtual server on 127.0.0.1:2525 that relays for no one but authenticated users.</source>
        <translation>%1 créé avec les paramètres par défaut sécurisés (révision %2) : un serveur virtuel sur 127.0.0.1:2525 qui ne relaie que pour les utilisateurs authentifiés.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="15"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="15"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="20"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="33"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="35"/>
        <source>opportunistic (STARTTLS when offered)</source>
        <translation>opportuniste (STARTTLS s&apos;il est proposé)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="37"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="45"/>
        <source>(the list is empty)</source>
        <translation>(la liste est vide)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="53"/>
        <location filename="../app/cli/cmd_show.cpp" line="187"/>
        <location filename="../app/cli/cmd_user.cpp" line="69"/>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="57"/>
        <source>(All Unassigned)</source>
        <translation>(Toutes non attribuées)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="60"/>
        <source>IP address and port: </source>
        <translation>Adresse IP et port : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="62"/>
        <source>FQDN: </source>
        <translation>Nom de domaine complet (FQDN) : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="63"/>
        <source>(this host&apos;s name)</source>
        <translation>(le nom de cet hôte)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="64"/>
        <source>Connections: </source>
        <translation>Connexions : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="65"/>
        <source>, time-out </source>
        <translation>, délai d&apos;expiration </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="66"/>
        <source> min, logging </source>
        <translation> min, journalisation </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="68"/>
        <source>Authentication: anonymous </source>
        <translation>Authentification : accès anonyme </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="69"/>
        <source>, basic </source>
        <translation>, authentification de base </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="70"/>
        <source> (requires TLS)</source>
        <translation> (nécessite TLS)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="73"/>
        <source>Certificate: </source>
        <translation>Certificat : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="74"/>
        <location filename="../app/cli/cmd_show.cpp" line="112"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="75"/>
        <source>, secure channel required </source>
        <translation>, canal sécurisé requis </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="77"/>
        <source>Connection control: </source>
        <translation>Contrôle de connexion : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="78"/>
        <source>only the list below may connect</source>
        <translation>seule la liste ci-dessous peut se connecter</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="79"/>
        <source>all except the list below may connect</source>
        <translation>tous peuvent se connecter, sauf la liste ci-dessous</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="82"/>
        <source>Relay restrictions: </source>
        <translation>Restrictions de relais : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="83"/>
        <source>only the list below may relay</source>
        <translation>seule la liste ci-dessous peut relayer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="84"/>
        <source>all except the list below may relay</source>
        <translation>tous peuvent relayer, sauf la liste ci-dessous</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="88"/>
        <source>Authenticated computers may relay regardless of the list: </source>
        <translation>Les ordinateurs authentifiés peuvent relayer quelle que soit la liste : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="91"/>
        <source>Messages: size </source>
        <translation>Messages : taille </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="92"/>
        <location filename="../app/cli/cmd_show.cpp" line="94"/>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="93"/>
        <source>, session </source>
        <translation>, session </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="95"/>
        <source>, per connection </source>
        <translation>, par connexion </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="96"/>
        <source>, recipients </source>
        <translation>, destinataires </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="98"/>
        <source>Send copy of non-delivery report to: </source>
        <translation>Envoyer une copie du rapport de non-remise à : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="101"/>
        <source>Forward mail with unresolved recipients to: </source>
        <translation>Transférer tout le courrier avec destinataires non résolus vers l&apos;hôte : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="107"/>
        <source>Delivery: retry </source>
        <translation>Remise : nouvelle tentative </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="108"/>
        <source> min, delay notification </source>
        <translation> min, notification de retard </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="109"/>
        <source> min, expiration </source>
        <translation> min, expiration </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="110"/>
        <source> min, hop count </source>
        <translation> min, nombre de sauts </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="111"/>
        <source>Smart host: </source>
        <translation>Hôte actif : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="115"/>
        <source> (direct delivery first)</source>
        <translation> (remise directe d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="118"/>
        <source>Masquerade domain: </source>
        <translation>Domaine de masquage : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="120"/>
        <source>Reverse DNS lookup on incoming messages: </source>
        <translation>Recherche DNS inversée sur les messages entrants : </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="126"/>
        <source>Outbound security: basic authentication as %1 (%2), TLS %3</source>
        <translation>Sécurité sortante : authentification de base en tant que %1 (%2), TLS %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="130"/>
        <source>password set</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="131"/>
        <source>no password</source>
        <translation>aucun mot de passe</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="133"/>
        <source>Outbound security: anonymous, TLS %1</source>
        <translation>Sécurité sortante : accès anonyme, TLS %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="142"/>
        <source>Show the configuration.</source>
        <translation>Afficher la configuration.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="158"/>
        <source>RelayDesk (%1), revision %2</source>
        <translation>RelayDesk (%1), révision %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="164"/>
        <source>Recipient Policies</source>
        <translation>Stratégies de destinataire</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="166"/>
        <source> (priority %1)</source>
        <translation> (priorité %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="169"/>
        <source> primary</source>
        <translation> principal</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="170"/>
        <source> — authoritative (this organization is responsible for all mail delivery)</source>
        <translation> — faisant autorité (cette organisation est responsable de toute la remise du courrier)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="172"/>
        <source> — not authoritative (forwarded)</source>
        <translation> — ne faisant pas autorité (transféré)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="176"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="182"/>
        <source> → forwards to </source>
        <translation> → transfère à </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_show.cpp" line="185"/>
        <source>SMTP Users</source>
        <translation>Utilisateurs SMTP</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="27"/>
        <source>Manage the SMTP users that may authenticate (and relay, when authenticated relay is allowed). Passwords are stored only as salted PBKDF2 hashes.</source>
        <translation>Gérer les utilisateurs SMTP qui peuvent s&apos;authentifier (et relayer, lorsque le relais authentifié est autorisé). Les mots de passe ne sont stockés que sous forme de hachages PBKDF2 salés.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="36"/>
        <source>add, remove or list</source>
        <translation>add, remove ou list</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="38"/>
        <source>The user name.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="12"/>
        <source>Set or remove the password the delivery agent sends to the smart host (Delivery ▸ Outbound Security, basic authentication). It is kept outside the configuration, in a file only its owner can read: never in the database, its history, an export or the listener&apos;s snapshot.</source>
        <translation>Définir ou supprimer le mot de passe que l&apos;agent de remise envoie à l&apos;hôte actif (Remise ▸ Sécurité sortante, authentification de base). Il est conservé hors de la configuration, dans un fichier que seul son propriétaire peut lire : jamais dans la base de données, son historique, une exportation ou l&apos;instantané du service d&apos;écoute.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="22"/>
        <source>The virtual server.</source>
        <translation>Le serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="26"/>
        <location filename="../app/cli/cmd_user.cpp" line="42"/>
        <source>Read the password from the first line of standard input (never from the command line).</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="30"/>
        <source>Forget the virtual server&apos;s password.</source>
        <translation>Oublier le mot de passe du serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="37"/>
        <source>smarthost-password takes no arguments besides its options</source>
        <translation>smarthost-password n&apos;accepte aucun argument en dehors de ses options</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="41"/>
        <source>smarthost-password needs either --password-stdin or --remove</source>
        <translation>smarthost-password nécessite --password-stdin ou --remove</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="44"/>
        <source>smarthost-password needs the virtual server: give --vs NAME</source>
        <translation>smarthost-password nécessite le serveur virtuel : indiquez --vs NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="61"/>
        <source>there is no virtual server &quot;%1&quot;</source>
        <translation>il n&apos;existe pas de serveur virtuel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="68"/>
        <source>Removed the smart host password of %1.</source>
        <translation>Mot de passe de l&apos;hôte actif de %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="79"/>
        <source>the password read from standard input: %1</source>
        <translation>le mot de passe lu sur l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="86"/>
        <source>Set the smart host password of %1.</source>
        <translation>Mot de passe de l&apos;hôte actif de %1 défini.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_smarthostpassword.cpp" line="88"/>
        <source>Note: %1 uses anonymous access to the smart host; the password is sent once basic authentication is chosen.</source>
        <translation>Remarque : %1 utilise l&apos;accès anonyme auprès de l&apos;hôte actif ; le mot de passe sera envoyé dès que l&apos;authentification de base sera choisie.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="46"/>
        <source>With add: create the account disabled.</source>
        <translation>Avec add : créer le compte désactivé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="55"/>
        <source>user list takes no NAME</source>
        <translation>user list n&apos;accepte pas de NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="76"/>
        <source>user needs add, remove or list</source>
        <translation>user nécessite add, remove ou list</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="78"/>
        <source>user %1 needs one NAME</source>
        <translation>user %1 nécessite un NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="85"/>
        <source>there is no SMTP user &quot;%1&quot;</source>
        <translation>il n&apos;existe pas d&apos;utilisateur SMTP &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="89"/>
        <source>remove SMTP user %1</source>
        <translation>suppression de l&apos;utilisateur SMTP %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="95"/>
        <source>user add reads the password from standard input: give --password-stdin</source>
        <translation>user add lit le mot de passe sur l&apos;entrée standard : indiquez --password-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="102"/>
        <source>the password read from standard input is empty</source>
        <translation>le mot de passe lu sur l&apos;entrée standard est vide</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="112"/>
        <source>set the password of SMTP user %1</source>
        <translation>définition du mot de passe de l&apos;utilisateur SMTP %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_user.cpp" line="115"/>
        <source>add SMTP user %1</source>
        <translation>ajout de l&apos;utilisateur SMTP %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="50"/>
        <location filename="../app/cli/command.cpp" line="75"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="51"/>
        <location filename="../app/cli/command.cpp" line="76"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="79"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="140"/>
        <source>No change: the configuration already says this.</source>
        <translation>Aucune modification : la configuration indique déjà cela.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="144"/>
        <source>Dry run: nothing was changed (revision %1).</source>
        <translation>Simulation : rien n&apos;a été modifié (révision %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="149"/>
        <source>Committed as revision %1.</source>
        <translation>Validé en tant que révision %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="155"/>
        <source>the configuration kept changing under this command; try again</source>
        <translation>la configuration n&apos;a cessé de changer pendant cette commande ; réessayez</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="163"/>
        <source>No listener is running; it will enforce revision %1 when it starts.</source>
        <translation>Aucun service d&apos;écoute n&apos;est en cours d&apos;exécution ; il appliquera la révision %1 à son démarrage.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="171"/>
        <source>The listener enforces revision %1.</source>
        <translation>Le service d&apos;écoute applique la révision %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="179"/>
        <source>To fix it: %1</source>
        <translation>Pour corriger : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="27"/>
        <source>The open-relay self-test: classic relay attempts against the running listener, each in its own session from an address that is not on the relay list; never sends a message. Exit 0 when every attempt is refused, 1 when any relay got through, 3 when the listener cannot be reached.</source>
        <translation>L&apos;autotest de relais ouvert : des tentatives de relais classiques contre le service d&apos;écoute en cours d&apos;exécution, chacune dans sa propre session, depuis une adresse qui ne figure pas dans la liste de relais ; n&apos;envoie jamais de message. Code de sortie 0 lorsque chaque tentative est refusée, 1 lorsqu&apos;un relais a abouti, 3 lorsque le service d&apos;écoute est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="43"/>
        <source>Send a test message and show the conversation as it happens, then the verdict; a refusal by a virtual server of this database is explained. Exit 1 when a recipient or the message is refused, 3 when the server cannot be reached.</source>
        <translation>Envoyer un message de test et afficher la conversation au fur et à mesure, puis le verdict ; un refus par un serveur virtuel de cette base de données est expliqué. Code de sortie 1 lorsqu&apos;un destinataire ou le message est refusé, 3 lorsque le serveur est injoignable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="136"/>
        <source>%n message(s) will be attempted now.</source>
        <translation>
            <numerusform>%n message va être tenté maintenant.</numerusform>
            <numerusform>%n messages vont être tentés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="138"/>
        <source>%n message(s) frozen: they are not attempted until unfrozen.</source>
        <translation>
            <numerusform>%n message gelé : il ne sera pas tenté avant d&apos;être dégelé.</numerusform>
            <numerusform>%n messages gelés : ils ne seront pas tentés avant d&apos;être dégelés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="141"/>
        <source>%n message(s) unfrozen.</source>
        <translation>
            <numerusform>%n message dégelé.</numerusform>
            <numerusform>%n messages dégelés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="143"/>
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message supprimé.</numerusform>
            <numerusform>%n messages supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_sync.cpp" line="58"/>
        <source>Queues:    %n message(s) waiting for delivery</source>
        <translation>
            <numerusform>Files d&apos;attente :  %n message en attente de remise</numerusform>
            <numerusform>Files d&apos;attente :  %n messages en attente de remise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="16"/>
        <source>Usage: relaydeskctl [--data-dir DIR] [--json] COMMAND [options]</source>
        <translation>Utilisation : relaydeskctl [--data-dir DIR] [--json] COMMAND [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="19"/>
        <source>The command line of RelayDesk, the SMTP relay configuration manager.</source>
        <translation>La ligne de commande de RelayDesk, le gestionnaire de configuration de relais SMTP.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>&quot;relaydeskctl COMMAND --help&quot; describes a command&apos;s options. Exit codes: 0 success, 1 negative answer, 2 bad usage or input, 3 environment failure.</source>
        <translation>&quot;relaydeskctl COMMAND --help&quot; décrit les options d&apos;une commande. Codes de sortie : 0 succès, 1 réponse négative, 2 utilisation ou entrée incorrecte, 3 échec de l&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="80"/>
        <source>unknown command &quot;%1&quot;; see relaydeskctl --help</source>
        <translation>commande inconnue &quot;%1&quot; ; voir relaydeskctl --help</translation>
    </message>
</context>
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../ui/communicationdialog.ui" line="6"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.ui" line="12"/>
        <source>&amp;Require secure channel (TLS)</source>
        <translation>&amp;Exiger un canal sécurisé (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.ui" line="19"/>
        <source>Clients must issue STARTTLS before MAIL FROM; others get 530 5.7.0. Needs a certificate.</source>
        <translation>Les clients doivent envoyer STARTTLS avant MAIL FROM ; les autres reçoivent 530 5.7.0. Nécessite un certificat.</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.ui" line="32"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../app/core/config.cpp" line="212"/>
        <source>(expires %1)</source>
        <translation>(expire le %1)</translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <location filename="../app/core/configdiff.cpp" line="69"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="70"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="76"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="106"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="150"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1 : %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="156"/>
        <source>%1: added %2</source>
        <translation>%1 : ajout de %2</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="161"/>
        <source>%1: removed %2</source>
        <translation>%1 : suppression de %2</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="178"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="184"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="211"/>
        <source>%1: order of entries changed</source>
        <translation>%1 : ordre des entrées modifié</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="219"/>
        <location filename="../app/core/configdiff.cpp" line="223"/>
        <source>IP address %1</source>
        <translation>Adresse IP %1</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="226"/>
        <source>%1: order of IP addresses changed</source>
        <translation>%1 : ordre des adresses IP modifié</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="242"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="251"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="257"/>
        <source>Secure Communication</source>
        <translation>Communication sécurisée</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="265"/>
        <source>Connection Control</source>
        <translation>Contrôle de connexion</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="269"/>
        <source>Relay Restrictions</source>
        <translation>Restrictions de relais</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="275"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="285"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="298"/>
        <source>Outbound Security</source>
        <translation>Sécurité sortante</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="309"/>
        <source>SMTP Virtual Servers</source>
        <translation>Serveurs virtuels SMTP</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="321"/>
        <location filename="../app/core/configdiff.cpp" line="385"/>
        <location filename="../app/core/configdiff.cpp" line="408"/>
        <location filename="../app/core/configdiff.cpp" line="435"/>
        <source>%1: order changed</source>
        <translation>%1 : ordre modifié</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="333"/>
        <source>(responsible)</source>
        <translation>(responsable)</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="335"/>
        <source>(primary)</source>
        <translation>(principal)</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="349"/>
        <location filename="../app/core/configdiff.cpp" line="357"/>
        <source>address space %1</source>
        <translation>espace d&apos;adressage %1</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="368"/>
        <source>%1: order of address spaces changed</source>
        <translation>%1 : ordre des espaces d&apos;adressage modifié</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="373"/>
        <source>Recipient Policies</source>
        <translation>Stratégies de destinataire</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="390"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="413"/>
        <source>SMTP Users</source>
        <translation>Utilisateurs SMTP</translation>
    </message>
    <message>
        <location filename="../app/core/configdiff.cpp" line="430"/>
        <source>%1: password of %2 changed</source>
        <translation>%1 : mot de passe de %2 modifié</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="33"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="35"/>
        <location filename="../app/core/configjson.cpp" line="70"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="37"/>
        <location filename="../app/core/configjson.cpp" line="134"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="39"/>
        <location filename="../app/core/configjson.cpp" line="118"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="43"/>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="82"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="102"/>
        <source>%1 is not a whole number in range</source>
        <translation>%1 n&apos;est pas un nombre entier dans la plage autorisée</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="103"/>
        <source>expected a whole number, found %1</source>
        <translation>un nombre entier était attendu, %1 trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="153"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="169"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="177"/>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="200"/>
        <location filename="../app/core/configjson.cpp" line="311"/>
        <source>expected an object, found %1</source>
        <translation>un objet était attendu, %1 trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="217"/>
        <source>&quot;%1&quot; is not a list mode (expected &quot;onlyList&quot; or &quot;allExceptList&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un mode de liste (attendu : &quot;onlyList&quot; ou &quot;allExceptList&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="236"/>
        <source>a group needs &quot;mask&quot; or &quot;prefixLength&quot;</source>
        <translation>un groupe nécessite &quot;mask&quot; ou &quot;prefixLength&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="238"/>
        <source>a group has either &quot;mask&quot; or &quot;prefixLength&quot;, not both</source>
        <translation>un groupe a soit &quot;mask&quot;, soit &quot;prefixLength&quot;, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="245"/>
        <source>&quot;%1&quot; is not an entry type (expected &quot;single&quot;, &quot;group&quot; or &quot;domain&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type d&apos;entrée (attendu : &quot;single&quot;, &quot;group&quot; ou &quot;domain&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="254"/>
        <source>&quot;%1&quot; is not a UTC date and time in ISO 8601 form (2027-01-31T00:00:00Z; a zone offset such as +01:00 is also accepted)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure UTC au format ISO 8601 (2027-01-31T00:00:00Z ; un décalage de fuseau tel que +01:00 est également accepté)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="280"/>
        <source>&quot;%1&quot; is not an outbound authentication (expected &quot;anonymous&quot; or &quot;basic&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une authentification sortante (attendu : &quot;anonymous&quot; ou &quot;basic&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="286"/>
        <source>the smart host password is not part of the configuration; set it in the console (Delivery ▸ Outbound Security…) or with relaydeskctl smarthost-password</source>
        <translation>le mot de passe de l&apos;hôte actif ne fait pas partie de la configuration ; définissez-le dans la console (Remise ▸ Sécurité sortante…) ou avec relaydeskctl smarthost-password</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="292"/>
        <source>&quot;%1&quot; is not a TLS mode (expected &quot;off&quot;, &quot;opportunistic&quot; or &quot;required&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un mode TLS (attendu : &quot;off&quot;, &quot;opportunistic&quot; ou &quot;required&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="438"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="556"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="561"/>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="572"/>
        <source>&quot;%1&quot; is not a RelayDesk configuration (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une configuration RelayDesk (attendu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="580"/>
        <source>version %1 is not supported (this RelayDesk reads version %2)</source>
        <translation>la version %1 n&apos;est pas prise en charge (ce RelayDesk lit la version %2)</translation>
    </message>
    <message>
        <location filename="../app/core/configjson.cpp" line="696"/>
        <source>expected a revision number, found %1</source>
        <translation>un numéro de révision était attendu, %1 trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="76"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="77"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="99"/>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="103"/>
        <source>line %1, columns %2</source>
        <translation>ligne %1, colonnes %2</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="107"/>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../app/core/jsonduplicates.cpp" line="111"/>
        <source>field appears twice (%1)</source>
        <translation>le champ apparaît deux fois (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/jsonduplicates.cpp" line="112"/>
        <source>field appears %n times (%1)</source>
        <translation>
            <numerusform>le champ apparaît %n fois (%1)</numerusform>
            <numerusform>le champ apparaît %n fois (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <location filename="../app/store/configstore.cpp" line="55"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="71"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="76"/>
        <source>Cannot make %1 readable only by its owner: %2</source>
        <translation>Impossible de rendre %1 lisible uniquement par son propriétaire : %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="99"/>
        <source>The configuration database is damaged: no result for %1</source>
        <translation>La base de données de configuration est endommagée : aucun résultat pour %1</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="120"/>
        <location filename="../app/store/configstore.cpp" line="190"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="122"/>
        <source>Revision %1 was made by %2 with %3 at %4</source>
        <translation>La révision %1 a été créée par %2 avec %3 le %4</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="145"/>
        <source>The configuration database is not open</source>
        <translation>La base de données de configuration n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="167"/>
        <source>Cannot switch %1 to write-ahead logging</source>
        <translation>Impossible de passer %1 en journalisation anticipée (write-ahead logging)</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="192"/>
        <source>The configuration changed while you were editing it: your change is based on revision %1, but the database is at revision %2. %3. Reload and apply your change again.</source>
        <translation>La configuration a été modifiée pendant que vous la modifiiez : votre modification repose sur la révision %1, mais la base de données est à la révision %2. %3. Rechargez et appliquez de nouveau votre modification.</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="230"/>
        <source>Cannot store the configuration in %1: %2</source>
        <translation>Impossible d&apos;enregistrer la configuration dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="256"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="269"/>
        <location filename="../app/store/configstore.cpp" line="274"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="337"/>
        <source>Cannot read the configuration from %1: %2</source>
        <translation>Impossible de lire la configuration depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="356"/>
        <source>The configuration has errors and was not stored</source>
        <translation>La configuration contient des erreurs et n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="411"/>
        <source>There is no revision %1</source>
        <translation>Il n&apos;existe pas de révision %1</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="418"/>
        <source>the stored snapshot is damaged</source>
        <translation>l&apos;instantané enregistré est endommagé</translation>
    </message>
    <message>
        <location filename="../app/store/configstore.cpp" line="424"/>
        <source>The snapshot of revision %1 cannot be read: %2</source>
        <translation>L&apos;instantané de la révision %1 est illisible : %2</translation>
    </message>
    <message>
        <location filename="../app/store/configtables.cpp" line="18"/>
        <source>The configuration database is damaged: %1 in table %2</source>
        <translation>La base de données de configuration est endommagée : %1 dans la table %2</translation>
    </message>
    <message>
        <location filename="../app/store/configtables.cpp" line="145"/>
        <source>a row without parent %1</source>
        <translation>une ligne sans parent %1</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="181"/>
        <source>%1 is not a RelayDesk configuration database</source>
        <translation>%1 n&apos;est pas une base de données de configuration RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="197"/>
        <source>%1 has no valid schema version</source>
        <translation>%1 n&apos;a pas de version de schéma valide</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="225"/>
        <source>%1 has schema version %2, but this RelayDesk understands version %3 at most; use a newer RelayDesk</source>
        <translation>%1 a la version de schéma %2, mais ce RelayDesk comprend au plus la version %3 ; utilisez un RelayDesk plus récent</translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="241"/>
        <source>Cannot migrate %1 from schema version %2 to %3: %4</source>
        <translation>Impossible de migrer %1 de la version de schéma %2 à la version %3 : %4</translation>
    </message>
    <message>
        <location filename="../app/store/sqlutil.cpp" line="11"/>
        <location filename="../app/store/sqlutil.cpp" line="43"/>
        <source>%1 (in: %2)</source>
        <translation>%1 (dans : %2)</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="67"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="67"/>
        <location filename="../app/gui/consoledetails.cpp" line="137"/>
        <location filename="../app/gui/consoledetails.cpp" line="147"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="68"/>
        <source>Recipient Policies</source>
        <translation>Stratégies de destinataire</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="69"/>
        <source>Address spaces; authoritative or not</source>
        <translation>Espaces d&apos;adressage ; faisant autorité ou non</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="72"/>
        <source>Local mailboxes of authoritative domains</source>
        <translation>Boîtes aux lettres locales des domaines faisant autorité</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="74"/>
        <source>SMTP Users</source>
        <translation>Utilisateurs SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="74"/>
        <source>Accounts for authenticated relay</source>
        <translation>Comptes pour le relais authentifié</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="76"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="77"/>
        <source>%1 and its SMTP virtual servers</source>
        <translation>%1 et ses serveurs virtuels SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="79"/>
        <location filename="../app/gui/consoledetails.cpp" line="136"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="79"/>
        <source>Test Send, Explain, Open Relay Self-Test, Protocol Log</source>
        <translation>Envoi de test, Expliquer, Autotest de relais ouvert, Journal de protocole</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="81"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="82"/>
        <source>Revisions, newest first; revision %1 is current</source>
        <translation>Révisions, de la plus récente à la plus ancienne ; la révision %1 est la révision actuelle</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="91"/>
        <source>Send a test message through a virtual server and watch the SMTP conversation.</source>
        <translation>Envoyer un message de test par un serveur virtuel et suivre la conversation SMTP.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="93"/>
        <source>Ask why a client, sender and recipient would be relayed or refused, rule by rule.</source>
        <translation>Demander pourquoi un client, un expéditeur et un destinataire seraient relayés ou refusés, règle par règle.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="95"/>
        <source>Try the usual open-relay tricks against a virtual server and report what got through.</source>
        <translation>Essayer les astuces habituelles de relais ouvert contre un serveur virtuel et signaler ce qui est passé.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="97"/>
        <source>Read the listener&apos;s protocol and event logs.</source>
        <translation>Lire les journaux de protocole et d&apos;événements du service d&apos;écoute.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="137"/>
        <location filename="../app/gui/consoledetails.cpp" line="147"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="149"/>
        <source>Press Enter or double-click to open it (also in the Tools menu).</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour l&apos;ouvrir (également dans le menu Outils).</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="121"/>
        <source>Test Send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="123"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="125"/>
        <source>Open Relay Self-Test</source>
        <translation>Autotest de relais ouvert</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="127"/>
        <source>Protocol Log</source>
        <translation>Journal de protocole</translation>
    </message>
    <message>
        <location filename="../app/gui/consoledetails.cpp" line="158"/>
        <source>%1 is no longer in the configuration. Refresh the console.</source>
        <translation>%1 ne figure plus dans la configuration. Actualisez la console.</translation>
    </message>
</context>
<context>
    <name>ConsoleWarnings</name>
    <message>
        <location filename="../app/gui/consolewarnings.cpp" line="16"/>
        <source>Open relay: &quot;%1&quot;: %2.</source>
        <translation>Relais ouvert : &quot;%1&quot; : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/consolewarnings.cpp" line="17"/>
        <source>Open relay once started: &quot;%1&quot; (disabled): %2.</source>
        <translation>Relais ouvert une fois démarré : &quot;%1&quot; (désactivé) : %2.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../app/core/datadirectory.cpp" line="25"/>
        <source>%1 exists but is not a directory</source>
        <translation>%1 existe mais n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <location filename="../app/core/datadirectory.cpp" line="30"/>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location filename="../app/core/datadirectory.cpp" line="36"/>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
</context>
<context>
    <name>DeliveryAdvancedDialog</name>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="6"/>
        <source>Advanced Delivery</source>
        <translation>Remise avancée</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="14"/>
        <source>&amp;Maximum hop count:</source>
        <translation>Nombre &amp;maximal de sauts :</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="34"/>
        <source>Masquerade &amp;domain:</source>
        <translation>&amp;Domaine de masquage :</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="47"/>
        <source>&amp;Fully-qualified domain name:</source>
        <translation>&amp;Nom de domaine complet (FQDN) :</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="57"/>
        <source>relay.corp.example</source>
        <translation>relay.corp.example</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="64"/>
        <source>&amp;Smart host:</source>
        <translation>&amp;Hôte actif :</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="74"/>
        <source>smtp.provider.example or [192.0.2.25]</source>
        <translation>smtp.provider.example ou [192.0.2.25]</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="81"/>
        <source>Smart host &amp;port:</source>
        <translation>&amp;Port de l&apos;hôte actif :</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="101"/>
        <source>&amp;Attempt direct delivery before sending to smart host</source>
        <translation>&amp;Tenter une remise directe avant l&apos;envoi à l&apos;hôte actif</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="108"/>
        <source>Perform &amp;reverse DNS lookup on incoming messages</source>
        <translation>Effectuer une &amp;recherche DNS inversée sur les messages entrants</translation>
    </message>
    <message>
        <location filename="../ui/deliveryadvanceddialog.ui" line="120"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>DeliveryReport</name>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="263"/>
        <source>The server %1 answered: %2</source>
        <translation>Le serveur %1 a répondu : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="265"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="268"/>
        <source>No reason was given (status %1).</source>
        <translation>Aucun motif n&apos;a été indiqué (état %1).</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="271"/>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="274"/>
        <source>Delivery will be attempted until %1.</source>
        <translation>La remise sera tentée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="286"/>
        <source>This is the mail system at %1.</source>
        <translation>Ceci est le système de messagerie de %1.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="288"/>
        <source>Your message could not be delivered to the following recipients. The mail system has given up; sending the message again will fail the same way unless the problem below is solved.</source>
        <translation>Votre message n&apos;a pas pu être remis aux destinataires suivants. Le système de messagerie a abandonné ; renvoyer le message échouera de la même façon tant que le problème ci-dessous n&apos;est pas résolu.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="297"/>
        <source>Your message has not been delivered yet to the following recipients. The mail system keeps trying; you do not need to send the message again.</source>
        <translation>Votre message n&apos;a pas encore été remis aux destinataires suivants. Le système de messagerie continue d&apos;essayer ; vous n&apos;avez pas besoin de renvoyer le message.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="305"/>
        <source>The mail system received your message on %1.</source>
        <translation>Le système de messagerie a reçu votre message le %1.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryreport.cpp" line="307"/>
        <source>The headers of your message are attached below the technical details, which your mail administrator can use to find out more.</source>
        <translation>Les en-têtes de votre message sont joints sous les détails techniques, que votre administrateur de messagerie peut utiliser pour en savoir plus.</translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="8"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>E-Mail Address</source>
        <translation>Adresse de messagerie</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>Display Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="9"/>
        <source>Forward To</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="18"/>
        <source>There are no recipients.</source>
        <translation>Il n&apos;y a aucun destinataire.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="25"/>
        <source>SMTP Users</source>
        <translation>Utilisateurs SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="26"/>
        <source>Password Set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="28"/>
        <source>Accounts that may authenticate, and relay where the virtual server allows it</source>
        <translation>Comptes qui peuvent s&apos;authentifier, et relayer là où le serveur virtuel l&apos;autorise</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="30"/>
        <source>Only a salted hash of the password is stored</source>
        <translation>Seul un hachage salé du mot de passe est stocké</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="34"/>
        <location filename="../app/gui/directorydetails.cpp" line="35"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="34"/>
        <location filename="../app/gui/directorydetails.cpp" line="35"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydetails.cpp" line="40"/>
        <source>There are no SMTP users.</source>
        <translation>Il n&apos;y a aucun utilisateur SMTP.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../ui/explaindialog.ui" line="6"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="22"/>
        <source>&amp;Virtual server:</source>
        <translation>Serveur &amp;virtuel :</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="35"/>
        <source>&amp;Client address:</source>
        <translation>Adresse du &amp;client :</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="45"/>
        <source>10.20.0.77 or 127.0.0.9</source>
        <translation>10.20.0.77 ou 127.0.0.9</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="52"/>
        <source>Client &amp;host name:</source>
        <translation>Nom d&apos;&amp;hôte du client :</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="62"/>
        <source>Its forward-confirmed reverse DNS name, for domain entries (optional)</source>
        <translation>Son nom DNS inversé confirmé par résolution directe, pour les entrées de domaine (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="69"/>
        <source>&amp;Authenticated as:</source>
        <translation>&amp;Authentifié en tant que :</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="94"/>
        <source>Authenticated user</source>
        <translation>Utilisateur authentifié</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="104"/>
        <source>Password, for the live check only</source>
        <translation>Mot de passe, pour la vérification en direct uniquement</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="107"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="117"/>
        <source>The session uses &amp;TLS (STARTTLS done)</source>
        <translation>La session utilise &amp;TLS (STARTTLS effectué)</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="124"/>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="134"/>
        <source>Empty: the null sender &lt;&gt;</source>
        <translation>Vide : l&apos;expéditeur nul &lt;&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="141"/>
        <source>T&amp;o:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="160"/>
        <source>One address per line, or separated by commas</source>
        <translation>Une adresse par ligne, ou séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="179"/>
        <source>Decision per stage</source>
        <translation>Décision par étape</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="210"/>
        <source>Chec&amp;k Against the Running Listener</source>
        <translation>Vérifier auprès du service d&apos;écoute dé&amp;marré</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="217"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../ui/explaindialog.ui" line="246"/>
        <source>Live check transcript</source>
        <translation>Transcription de la vérification en direct</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="6"/>
        <source>Export Configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="12"/>
        <source>The &amp;whole configuration</source>
        <translation>&amp;Toute la configuration</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="22"/>
        <source>&amp;Chosen virtual servers (import the file with Merge to add or replace them elsewhere):</source>
        <translation>Les serveurs virtuels &amp;choisis (importez le fichier avec Fusionner pour les ajouter ou les remplacer ailleurs) :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="32"/>
        <source>Virtual servers</source>
        <translation>Serveurs virtuels</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="41"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="54"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="63"/>
        <source>The file holds the SMTP users&apos; password hashes; it is written readable by you only.</source>
        <translation>Le fichier contient les hachages des mots de passe des utilisateurs SMTP ; il est écrit de sorte que vous seul puissiez le lire.</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="10"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="11"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="12"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../app/gui/historydetails.cpp" line="25"/>
        <source>No change has been recorded yet.</source>
        <translation>Aucune modification n&apos;a encore été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="28"/>
        <source>Only the newest %n revisions are shown.</source>
        <translation>
            <numerusform>Seule la révision la plus récente (%n) est affichée.</numerusform>
            <numerusform>Seules les %n révisions les plus récentes sont affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="40"/>
        <source>… and %n more changes</source>
        <translation>
            <numerusform>… et %n autre modification</numerusform>
            <numerusform>… et %n autres modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="6"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="12"/>
        <source>The IP addresses and ports this virtual server listens on. 0.0.0.0 and :: stand for (All Unassigned).</source>
        <translation>Les adresses IP et les ports sur lesquels ce serveur virtuel écoute. 0.0.0.0 et :: signifient (Toutes non attribuées).</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="37"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="42"/>
        <source>TCP port</source>
        <translation>Port TCP</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="52"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="59"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/identitiesdialog.ui" line="80"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.ui" line="14"/>
        <source>Import Configuration</source>
        <translation>Importer la configuration</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="22"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="35"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="44"/>
        <source>&amp;Replace the whole configuration with the file</source>
        <translation>&amp;Remplacer toute la configuration par le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="54"/>
        <source>&amp;Merge: items of the file replace those with the same name, the others are added</source>
        <translation>F&amp;usionner : les éléments du fichier remplacent ceux qui portent le même nom, les autres sont ajoutés</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="88"/>
        <source>What the import changes</source>
        <translation>Ce que l&apos;importation modifie</translation>
    </message>
</context>
<context>
    <name>ListenerCheck</name>
    <message>
        <location filename="../app/client/listenercheck.cpp" line="52"/>
        <source>the listener did not answer</source>
        <translation>le service d&apos;écoute n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../app/client/listenercheck.cpp" line="62"/>
        <source>(connect)</source>
        <translation>(connexion)</translation>
    </message>
</context>
<context>
    <name>ListenerCommand</name>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="136"/>
        <source>Start, stop or restart the listener of this data directory; rebuild deletes its copy of the configuration, renders it again from the database and restarts it.</source>
        <translation>Démarrer, arrêter ou redémarrer le service d&apos;écoute de ce répertoire de données ; rebuild supprime sa copie de la configuration, la régénère à partir de la base de données et le redémarre.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="142"/>
        <source>start, stop, restart or rebuild</source>
        <translation>start, stop, restart ou rebuild</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="152"/>
        <source>listener needs one action: start, stop, restart or rebuild</source>
        <translation>listener nécessite une action : start, stop, restart ou rebuild</translation>
    </message>
</context>
<context>
    <name>ListenerControl</name>
    <message>
        <location filename="../app/smtpd/listenercontrol.cpp" line="20"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation>&quot;%1&quot; n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="26"/>
        <source>The listener&apos;s event log (relay refused with the rule that decided, authentication failures, accepted messages, reloads), or with --protocol a virtual server&apos;s protocol log.</source>
        <translation>Le journal des événements du service d&apos;écoute (relais refusé avec la règle qui en a décidé, échecs d&apos;authentification, messages acceptés, rechargements) ou, avec --protocol, le journal de protocole d&apos;un serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="33"/>
        <source>Keep printing new lines as they are written (Ctrl+C ends).</source>
        <translation>Continuer d&apos;afficher les nouvelles lignes au fur et à mesure de leur écriture (Ctrl+C pour terminer).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="35"/>
        <source>Only the events of the virtual server NAME.</source>
        <translation>Seulement les événements du serveur virtuel NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="37"/>
        <source>The protocol log (W3C extended format) of today for the virtual server of --vs.</source>
        <translation>Le journal de protocole (format étendu W3C) du jour pour le serveur virtuel de --vs.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="38"/>
        <source>Print the last N lines first (default 50; 0: all).</source>
        <translation>Afficher d&apos;abord les N dernières lignes (par défaut 50 ; 0 : toutes).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="45"/>
        <source>log takes no arguments</source>
        <translation>log n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="49"/>
        <source>--limit needs a number of lines, 0 or more</source>
        <translation>--limit nécessite un nombre de lignes, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="56"/>
        <source>--protocol needs --vs NAME: each virtual server has its own log</source>
        <translation>--protocol nécessite --vs NAME : chaque serveur virtuel a son propre journal</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="63"/>
        <source>no virtual server is named &quot;%1&quot;</source>
        <translation>aucun serveur virtuel ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_log.cpp" line="74"/>
        <source>cannot read %1: %2 (has the listener run with this data directory?)</source>
        <translation>impossible de lire %1 : %2 (le service d&apos;écoute a-t-il fonctionné avec ce répertoire de données ?)</translation>
    </message>
</context>
<context>
    <name>LogViewerDialog</name>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="14"/>
        <source>Protocol Log</source>
        <translation>Journal de protocole</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="22"/>
        <source>&amp;Virtual server:</source>
        <translation>Serveur &amp;virtuel :</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="35"/>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="45"/>
        <source>address or its start</source>
        <translation>adresse ou son début</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="55"/>
        <source>Reply &amp;code:</source>
        <translation>&amp;Code de réponse :</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="65"/>
        <source>550, 5…</source>
        <translation>550, 5…</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="78"/>
        <source>Deciding &amp;rule:</source>
        <translation>&amp;Règle décisive :</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="88"/>
        <source>text of the rule</source>
        <translation>texte de la règle</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="91"/>
        <source>The event log records the rule that refused a connection or a relay; the protocol log does not, so this filter leaves it as it is.</source>
        <translation>Le journal des événements enregistre la règle qui a refusé une connexion ou un relais ; le journal de protocole ne l&apos;enregistre pas, ce filtre le laisse donc tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="104"/>
        <source>&amp;Events</source>
        <translation>Évé&amp;nements</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="110"/>
        <source>Listener events</source>
        <translation>Événements du service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="130"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocole</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="136"/>
        <source>SMTP commands and replies</source>
        <translation>Commandes et réponses SMTP</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="161"/>
        <source>&amp;Follow new lines</source>
        <translation>&amp;Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="174"/>
        <source>E&amp;xplain…</source>
        <translation>E&amp;xpliquer…</translation>
    </message>
    <message>
        <location filename="../ui/logviewerdialog.ui" line="177"/>
        <source>Select a refused relay in the event log to ask Explain why the listener refused it.</source>
        <translation>Sélectionnez un relais refusé dans le journal des événements pour demander à Expliquer pourquoi le service d&apos;écoute l&apos;a refusé.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="132"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="135"/>
        <source>the invisible character U+%1</source>
        <translation>le caractère invisible U+%1</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="148"/>
        <source>a backslash in the quoted local part must be followed by a printable ASCII character</source>
        <translation>une barre oblique inverse dans la partie locale entre guillemets doit être suivie d&apos;un caractère ASCII imprimable</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="156"/>
        <source>the quoted local part contains %1, which is not allowed</source>
        <translation>la partie locale entre guillemets contient %1, ce qui n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="161"/>
        <source>the quoted local part has no closing quote</source>
        <translation>la partie locale entre guillemets n&apos;a pas de guillemet fermant</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="166"/>
        <location filename="../app/core/mailaddress.cpp" line="198"/>
        <source>the local part is empty</source>
        <translation>la partie locale est vide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="170"/>
        <location filename="../app/core/mailaddress.cpp" line="206"/>
        <source>the address has no domain (there is no &apos;@&apos;)</source>
        <translation>l&apos;adresse n&apos;a pas de domaine (il n&apos;y a pas de &apos;@&apos;)</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="174"/>
        <source>the quoted local part must be followed by &apos;@&apos;</source>
        <translation>la partie locale entre guillemets doit être suivie de &apos;@&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="185"/>
        <source>the local part begins with a dot</source>
        <translation>la partie locale commence par un point</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="189"/>
        <source>the local part contains two dots in a row</source>
        <translation>la partie locale contient deux points consécutifs</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="193"/>
        <source>the local part contains %1, which is not allowed outside quotes</source>
        <translation>la partie locale contient %1, ce qui n&apos;est pas autorisé hors des guillemets</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="202"/>
        <source>the local part ends with a dot</source>
        <translation>la partie locale se termine par un point</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="219"/>
        <source>the domain is empty</source>
        <translation>le domaine est vide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="224"/>
        <source>the domain contains %1, which is not allowed</source>
        <translation>le domaine contient %1, ce qui n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="232"/>
        <source>the domain contains an empty label (a dot at its start or two dots in a row)</source>
        <translation>le domaine contient une étiquette vide (un point au début ou deux points consécutifs)</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="236"/>
        <source>the domain label &quot;%1&quot; is longer than 63 octets</source>
        <translation>l&apos;étiquette de domaine &quot;%1&quot; dépasse 63 octets</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="241"/>
        <source>the domain label &quot;%1&quot; begins or ends with a hyphen</source>
        <translation>l&apos;étiquette de domaine &quot;%1&quot; commence ou se termine par un trait d&apos;union</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="247"/>
        <source>an IP address must be written as an address literal in brackets, as in [%1]</source>
        <translation>une adresse IP doit être écrite sous forme de littéral d&apos;adresse entre crochets, comme [%1]</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="257"/>
        <source>the address literal has no closing &apos;]&apos;</source>
        <translation>le littéral d&apos;adresse n&apos;a pas de &apos;]&apos; fermant</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="275"/>
        <source>the address literal %1 is not a valid IPv6 address</source>
        <translation>le littéral d&apos;adresse %1 n&apos;est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="284"/>
        <source>the address literal tag &quot;%1&quot; is not supported; only IPv4 and IPv6 literals are</source>
        <translation>la balise de littéral d&apos;adresse &quot;%1&quot; n&apos;est pas prise en charge ; seuls les littéraux IPv4 et IPv6 le sont</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="290"/>
        <source>the address literal %1 is not a valid IPv4 address</source>
        <translation>le littéral d&apos;adresse %1 n&apos;est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="301"/>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="316"/>
        <source>the local part is longer than 64 octets</source>
        <translation>la partie locale dépasse 64 octets</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="320"/>
        <source>the domain is longer than 255 octets</source>
        <translation>le domaine dépasse 255 octets</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="343"/>
        <source>every hop of the source route must begin with &apos;@&apos;</source>
        <translation>chaque saut de l&apos;itinéraire source doit commencer par &apos;@&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="347"/>
        <source>a source route hop must be a domain name, not an address literal</source>
        <translation>un saut d&apos;itinéraire source doit être un nom de domaine, pas un littéral d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="361"/>
        <source>the path is not valid Unicode text</source>
        <translation>le chemin n&apos;est pas un texte Unicode valide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="363"/>
        <source>the path must be enclosed in angle brackets</source>
        <translation>le chemin doit être placé entre chevrons</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="365"/>
        <source>the path does not end with &apos;&gt;&apos;</source>
        <translation>le chemin ne se termine pas par &apos;&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="371"/>
        <source>the null path &lt;&gt; is not allowed as a recipient</source>
        <translation>le chemin nul &lt;&gt; n&apos;est pas autorisé comme destinataire</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="385"/>
        <source>the source route is not followed by &apos;:&apos; and a mailbox</source>
        <translation>l&apos;itinéraire source n&apos;est pas suivi de &apos;:&apos; et d&apos;une boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="395"/>
        <source>the path is longer than 256 octets</source>
        <translation>le chemin dépasse 256 octets</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="403"/>
        <source>the address is not valid Unicode text</source>
        <translation>l&apos;adresse n&apos;est pas un texte Unicode valide</translation>
    </message>
    <message>
        <location filename="../app/core/mailaddress.cpp" line="411"/>
        <source>the address is longer than 254 octets (a path of 256 octets with its angle brackets)</source>
        <translation>l&apos;adresse dépasse 254 octets (un chemin de 256 octets avec ses chevrons)</translation>
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
        <translation>Arborescence de la console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="88"/>
        <source>Open relay warning</source>
        <translation>Avertissement de relais ouvert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="117"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="168"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="177"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="207"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="210"/>
        <source>Read the configuration from the database again (F5)</source>
        <translation>Relire la configuration depuis la base de données (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="213"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="226"/>
        <source>&amp;Expand All</source>
        <translation>&amp;Développer tout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Réduire tout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="242"/>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barre d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="247"/>
        <source>&amp;About RelayDesk</source>
        <translation>À &amp;propos de RelayDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="255"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>OutboundSecrets</name>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="38"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="45"/>
        <source>%1 is not a JSON object of passwords</source>
        <translation>%1 n&apos;est pas un objet JSON de mots de passe</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="56"/>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="62"/>
        <source>cannot make the directory %1 private</source>
        <translation>impossible de rendre le répertoire %1 privé</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="124"/>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="126"/>
        <source>the password is %1 characters long; at most 256 are allowed</source>
        <translation>le mot de passe comporte %1 caractères ; 256 au maximum sont autorisés</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="131"/>
        <source>the password contains a control character at position %1</source>
        <translation>le mot de passe contient un caractère de contrôle à la position %1</translation>
    </message>
    <message>
        <location filename="../app/core/outboundsecrets.cpp" line="148"/>
        <source>basic authentication for virtual server %1 but no password is set (set it in the console or with relaydeskctl smarthost-password)</source>
        <translation>authentification de base pour le serveur virtuel %1, mais aucun mot de passe n&apos;est défini (définissez-le dans la console ou avec relaydeskctl smarthost-password)</translation>
    </message>
</context>
<context>
    <name>OutboundSecurityDialog</name>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="6"/>
        <source>Outbound Security</source>
        <translation>Sécurité sortante</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="12"/>
        <source>Authentication to the smart host</source>
        <translation>Authentification auprès de l&apos;hôte actif</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="18"/>
        <source>&amp;Anonymous access</source>
        <translation>Accès &amp;anonyme</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="25"/>
        <source>No user name or password is sent.</source>
        <translation>Aucun nom d&apos;utilisateur ni mot de passe n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="35"/>
        <source>&amp;Basic authentication (AUTH PLAIN or LOGIN)</source>
        <translation>Authentification de &amp;base (AUTH PLAIN ou LOGIN)</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="44"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="57"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="74"/>
        <source>Co&amp;nfirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="103"/>
        <source>TLS encryption</source>
        <translation>Chiffrement TLS</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="109"/>
        <source>O&amp;ff: never use STARTTLS</source>
        <translation>&amp;Désactivé : ne jamais utiliser STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="116"/>
        <source>Oppor&amp;tunistic: use STARTTLS whenever the remote server offers it</source>
        <translation>Oppor&amp;tuniste : utiliser STARTTLS chaque fois que le serveur distant le propose</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="123"/>
        <source>&amp;Required: deliver only over TLS with a valid certificate</source>
        <translation>Obli&amp;gatoire : remettre uniquement via TLS avec un certificat valide</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="136"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/outboundsecuritydialog.ui" line="146"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PickupMessage</name>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="130"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="174"/>
        <source>a comment has no closing parenthesis</source>
        <translation>un commentaire n&apos;a pas de parenthèse fermante</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="192"/>
        <source>a quoted string has no closing quote</source>
        <translation>une chaîne entre guillemets n&apos;a pas de guillemet fermant</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="193"/>
        <source>a domain literal has no closing bracket</source>
        <translation>un littéral de domaine n&apos;a pas de crochet fermant</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="219"/>
        <source>the angle bracket of &quot;%1&quot; is not closed</source>
        <translation>le chevron de &quot;%1&quot; n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="233"/>
        <source>a group cannot contain another group</source>
        <translation>un groupe ne peut pas contenir un autre groupe</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="295"/>
        <source>Line %1 contains a carriage return that does not end the line.</source>
        <translation>La ligne %1 contient un retour chariot qui ne termine pas la ligne.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="299"/>
        <source>Line %1 contains a NUL character.</source>
        <translation>La ligne %1 contient un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="303"/>
        <source>Line %1 is %2 octets long; a line may have at most %3.</source>
        <translation>La ligne %1 fait %2 octets ; une ligne peut en comporter au plus %3.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="327"/>
        <source>Line %1: the X-Receiver line has no address.</source>
        <translation>Ligne %1 : la ligne X-Receiver n&apos;a pas d&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="331"/>
        <source>Line %1: the %2 address &quot;%3&quot; is not valid UTF-8.</source>
        <translation>Ligne %1 : l&apos;adresse %2 &quot;%3&quot; n&apos;est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="336"/>
        <source>Line %1: the %2 address &quot;%3&quot; is not valid: %4.</source>
        <translation>Ligne %1 : l&apos;adresse %2 &quot;%3&quot; n&apos;est pas valide : %4.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="354"/>
        <source>Line %1 continues a header field, but no header field precedes it.</source>
        <translation>La ligne %1 prolonge un champ d&apos;en-tête, mais aucun champ d&apos;en-tête ne la précède.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="367"/>
        <source>Line %1 is neither a header field (&quot;Name: value&quot;) nor the empty line that ends the header section.</source>
        <translation>La ligne %1 n&apos;est ni un champ d&apos;en-tête (&quot;Name: value&quot;) ni la ligne vide qui termine la section d&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="384"/>
        <source>Line %1: the %2 header cannot be read: %3.</source>
        <translation>Ligne %1 : l&apos;en-tête %2 est illisible : %3.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="389"/>
        <source>Line %1: the address &quot;%2&quot; in the %3 header is not valid UTF-8.</source>
        <translation>Ligne %1 : l&apos;adresse &quot;%2&quot; dans l&apos;en-tête %3 n&apos;est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="396"/>
        <source>Line %1: the address &quot;%2&quot; in the %3 header is not valid: %4.</source>
        <translation>Ligne %1 : l&apos;adresse &quot;%2&quot; dans l&apos;en-tête %3 n&apos;est pas valide : %4.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="410"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="427"/>
        <source>Line %1 is a second X-Sender line.</source>
        <translation>La ligne %1 est une deuxième ligne X-Sender.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="440"/>
        <source>The file has no message after its X-Sender and X-Receiver lines.</source>
        <translation>Le fichier ne contient aucun message après ses lignes X-Sender et X-Receiver.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="468"/>
        <source>The message has no sender: there is no X-Sender line and no address in a Sender or From header.</source>
        <translation>Le message n&apos;a pas d&apos;expéditeur : il n&apos;y a ni ligne X-Sender ni adresse dans un en-tête Sender ou From.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="493"/>
        <source>The message has no recipients: there is no X-Receiver line and no address in a To, Cc or Bcc header.</source>
        <translation>Le message n&apos;a pas de destinataire : il n&apos;y a ni ligne X-Receiver ni adresse dans un en-tête To, Cc ou Bcc.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/pickupmessage.cpp" line="511"/>
        <source>The message is %1 octets long, more than the limit of %2 octets.</source>
        <translation>Le message fait %1 octets, ce qui dépasse la limite de %2 octets.</translation>
    </message>
</context>
<context>
    <name>PolicyDetails</name>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="8"/>
        <source>Recipient Policies</source>
        <translation>Stratégies de destinataire</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="14"/>
        <source>0 is the highest priority</source>
        <translation>0 est la priorité la plus élevée</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="28"/>
        <source>(all recipients)</source>
        <translation>(tous les destinataires)</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="47"/>
        <source>There are no recipient policies: no domain is delivered locally.</source>
        <translation>Il n&apos;existe aucune stratégie de destinataire : aucun domaine n&apos;est remis localement.</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="40"/>
        <location filename="../app/gui/policydetails.cpp" line="41"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="27"/>
        <source>0 (highest)</source>
        <translation>0 (la plus élevée)</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="33"/>
        <source>(no e-mail addresses)</source>
        <translation>(aucune adresse de messagerie)</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="40"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="9"/>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Authoritative</source>
        <translation>Faisant autorité</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="10"/>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="12"/>
        <source>This organization is responsible for all mail delivery to this address</source>
        <translation>Cette organisation est responsable de toute la remise du courrier pour cette adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="19"/>
        <source>The address new recipients get</source>
        <translation>L&apos;adresse attribuée aux nouveaux destinataires</translation>
    </message>
    <message>
        <location filename="../app/gui/policydetails.cpp" line="21"/>
        <source>Not authoritative: any local part is accepted and forwarded to the virtual server&apos;s forward-unresolved host or smart host</source>
        <translation>Ne faisant pas autorité : toute partie locale est acceptée et transférée à l&apos;hôte de transfert des destinataires non résolus ou à l&apos;hôte actif du serveur virtuel</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="56"/>
        <source>Configuration changed</source>
        <translation>Configuration modifiée</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="57"/>
        <source>The configuration was changed by another program while this dialog was open (%1). Nothing was saved: the console shows the current configuration now; make the change again there.</source>
        <translation>La configuration a été modifiée par un autre programme pendant que cette boîte de dialogue était ouverte (%1). Rien n&apos;a été enregistré : la console affiche maintenant la configuration actuelle ; effectuez de nouveau la modification à partir de celle-ci.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="63"/>
        <location filename="../app/gui/directorydialogs.cpp" line="68"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="64"/>
        <location filename="../app/gui/directorydialogs.cpp" line="69"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="154"/>
        <source>The listener&apos;s outbound queues: list them with their messages, retry a message or a whole queue now, freeze and unfreeze, delete (with --ndr the senders get non-delivery reports).</source>
        <translation>Les files d&apos;attente sortantes du service d&apos;écoute : les lister avec leurs messages, réessayer maintenant un message ou toute une file, geler et dégeler, supprimer (avec --ndr, les expéditeurs reçoivent des rapports de non-remise).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="161"/>
        <source>list, retry, freeze, unfreeze or delete</source>
        <translation>list, retry, freeze, unfreeze ou delete</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="163"/>
        <source>The id of a queued message (see queue list).</source>
        <translation>L&apos;identifiant d&apos;un message en file d&apos;attente (voir queue list).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="166"/>
        <source>list: only the queues of the virtual server NAME; with --destination: the queue of that virtual server.</source>
        <translation>list : uniquement les files d&apos;attente du serveur virtuel NAME ; avec --destination : la file d&apos;attente de ce serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="170"/>
        <source>Every message of the queue D (a smart host &quot;host:port&quot; or a domain, as queue list shows it).</source>
        <translation>Tous les messages de la file d&apos;attente D (un hôte actif &quot;host:port&quot; ou un domaine, tel que queue list l&apos;affiche).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="173"/>
        <source>delete: send each sender a non-delivery report first.</source>
        <translation>delete : envoyer d&apos;abord un rapport de non-remise à chaque expéditeur.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="186"/>
        <source>queue list takes no ID</source>
        <translation>queue list n&apos;accepte pas d&apos;ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="188"/>
        <source>queue list takes only --vs NAME</source>
        <translation>queue list n&apos;accepte que --vs NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="219"/>
        <source>queue needs list, retry, freeze, unfreeze or delete</source>
        <translation>queue nécessite list, retry, freeze, unfreeze ou delete</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="222"/>
        <source>--ndr goes with queue delete only</source>
        <translation>--ndr ne s&apos;utilise qu&apos;avec queue delete</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="230"/>
        <source>--destination needs the queue&apos;s destination, as queue list shows it</source>
        <translation>--destination nécessite la destination de la file d&apos;attente, telle que queue list l&apos;affiche</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="233"/>
        <source>queue %1 needs a message ID, or --vs NAME and --destination D for a whole queue</source>
        <translation>queue %1 nécessite un ID de message, ou --vs NAME et --destination D pour toute une file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>QueueMessagesDialog</name>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="14"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="27"/>
        <source>Find messages (id, sender, recipient, error)</source>
        <translation>Rechercher des messages (ID, expéditeur, destinataire, erreur)</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="52"/>
        <source>Queued messages</source>
        <translation>Messages en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="77"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="80"/>
        <source>Attempt the selected messages now (a frozen message is unfrozen)</source>
        <translation>Tenter maintenant les messages sélectionnés (un message gelé est dégelé)</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="87"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Geler</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="90"/>
        <source>Stop attempting the selected messages until they are unfrozen</source>
        <translation>Cesser de tenter les messages sélectionnés jusqu&apos;à ce qu&apos;ils soient dégelés</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="97"/>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Dégeler</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/queuemessagesdialog.ui" line="118"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../ui/recipientdialog.ui" line="6"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="14"/>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresse de messagerie :</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="24"/>
        <source>alice@corp.example</source>
        <translation>alice@corp.example</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="31"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="44"/>
        <source>&amp;Forward to:</source>
        <translation>&amp;Transférer à :</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="54"/>
        <source>alice@partner.example</source>
        <translation>alice@partner.example</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="63"/>
        <source>A recipient is a local mailbox of a domain that this organization is responsible for; mail to it lands in the Drop folder of the virtual server, or goes to the forwarding address.</source>
        <translation>Un destinataire est une boîte aux lettres locale d&apos;un domaine dont cette organisation est responsable ; le courrier qui lui est adressé arrive dans le dossier Drop du serveur virtuel, ou part vers l&apos;adresse de transfert.</translation>
    </message>
    <message>
        <location filename="../ui/recipientdialog.ui" line="76"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>RecipientPolicyProperties</name>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="14"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="21"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="42"/>
        <source>&amp;Filter rules:</source>
        <translation>&amp;Règles de filtre :</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="52"/>
        <source>(mailnickname=*)</source>
        <translation>(mailnickname=*)</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="59"/>
        <source>&amp;Priority (0 is the highest):</source>
        <translation>&amp;Priorité (0 est la plus élevée) :</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="89"/>
        <source>E-Mail Addresses (Policy)</source>
        <translation>Adresses de messagerie (stratégie)</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="95"/>
        <source>Generation rules: the SMTP address spaces of this policy. The primary address space is marked.</source>
        <translation>Règles de génération : les espaces d&apos;adressage SMTP de cette stratégie. L&apos;espace d&apos;adressage principal est signalé.</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="124"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="129"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="134"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="144"/>
        <source>Ne&amp;w...</source>
        <translation>&amp;Nouveau...</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="151"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="158"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="165"/>
        <source>&amp;Set as Primary</source>
        <translation>Définir comme &amp;principale</translation>
    </message>
    <message>
        <location filename="../ui/recipientpolicyproperties.ui" line="181"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>RefusalExplainer</name>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="80"/>
        <source>(connect)</source>
        <translation>(connexion)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="119"/>
        <source>%1 is not on the relay list of %2</source>
        <translation>%1 ne figure pas dans la liste de relais de %2</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="120"/>
        <source>%1 is on the relay list of %2, which names the computers that may not relay</source>
        <translation>%1 figure dans la liste de relais de %2, qui désigne les ordinateurs qui ne peuvent pas relayer</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="124"/>
        <source>the session did not authenticate</source>
        <translation>la session ne s&apos;est pas authentifiée</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="126"/>
        <source>%1 is not an enabled SMTP user</source>
        <translation>%1 n&apos;est pas un utilisateur SMTP activé</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="128"/>
        <source>authentication does not count in this session (%1)</source>
        <translation>l&apos;authentification ne compte pas dans cette session (%1)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="129"/>
        <source>basic authentication requires TLS</source>
        <translation>l&apos;authentification de base nécessite TLS</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="130"/>
        <source>basic authentication is off</source>
        <translation>l&apos;authentification de base est désactivée</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="132"/>
        <source>relay for authenticated sessions is off (the session authenticated as %1)</source>
        <translation>le relais pour les sessions authentifiées est désactivé (la session s&apos;est authentifiée en tant que %1)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="134"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="137"/>
        <source> (the local part carries %, ! or @: the sender chose the route, so the address is never local)</source>
        <translation> (la partie locale contient %, ! ou @ : l&apos;expéditeur a choisi l&apos;itinéraire, l&apos;adresse n&apos;est donc jamais locale)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="140"/>
        <source> (an address literal is never a local domain)</source>
        <translation> (un littéral d&apos;adresse n&apos;est jamais un domaine local)</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="144"/>
        <source>connection control of %1 does not let %2 connect</source>
        <translation>le contrôle de connexion de %1 n&apos;autorise pas %2 à se connecter</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="146"/>
        <source>%1 is in an authoritative domain of this organization but is not one of its recipients</source>
        <translation>%1 appartient à un domaine faisant autorité de cette organisation, mais n&apos;est pas l&apos;un de ses destinataires</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="150"/>
        <source>%1 requires a secure channel and the session is not encrypted</source>
        <translation>%1 exige un canal sécurisé et la session n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <location filename="../app/client/refusalexplainer.cpp" line="153"/>
        <source>anonymous access is off on %1 and the session did not authenticate</source>
        <translation>l&apos;accès anonyme est désactivé sur %1 et la session ne s&apos;est pas authentifiée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/refusalexplainer.cpp" line="156"/>
        <source>%1 takes at most %n recipient(s) per message</source>
        <translation>
            <numerusform>%1 accepte au plus %n destinataire par message</numerusform>
            <numerusform>%1 accepte au plus %n destinataires par message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk</name>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="43"/>
        <source>cannot reach the listener at %1: %2</source>
        <translation>impossible de joindre le service d&apos;écoute à %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="48"/>
        <source>cannot send to the listener at %1: %2</source>
        <translation>impossible d&apos;envoyer au service d&apos;écoute à %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="60"/>
        <source>the listener at %1 sent an answer longer than %2 bytes</source>
        <translation>le service d&apos;écoute à %1 a envoyé une réponse de plus de %2 octets</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="64"/>
        <source>the listener at %1 did not answer within %2 ms</source>
        <translation>le service d&apos;écoute à %1 n&apos;a pas répondu dans les %2 ms</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="69"/>
        <source>the listener at %1 closed the connection without answering</source>
        <translation>le service d&apos;écoute à %1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <location filename="../app/sync/controlrequest.cpp" line="78"/>
        <source>the listener at %1 sent an answer that is not a JSON object</source>
        <translation>le service d&apos;écoute à %1 a envoyé une réponse qui n&apos;est pas un objet JSON</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="31"/>
        <source>Database:  revision %1 (%2)</source>
        <translation>Base de données :  révision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="33"/>
        <source>Listener:  not running</source>
        <translation>Service d&apos;écoute : non démarré</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="36"/>
        <source>Listener:  running, pid %1, up %2, revision %3</source>
        <translation>Service d&apos;écoute : démarré, pid %1, actif depuis %2, révision %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="41"/>
        <source> (systemd service)</source>
        <translation> (service systemd)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="61"/>
        <source> (delivery held: --hold-queue)</source>
        <translation> (remise suspendue : --hold-queue)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="63"/>
        <source> (relaydeskctl queue list)</source>
        <translation> (relaydeskctl queue list)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="67"/>
        <source>Sync:      %1 — %2</source>
        <translation>Synchronisation :  %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="69"/>
        <source>To fix:    %1</source>
        <translation>Pour corriger :    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="72"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="38"/>
        <source>the live check connects from the client address, so --ip must be an address of this machine (any 127.x.y.z works on Linux); %1 is not. Explain without --check-listener works for any address.</source>
        <translation>la vérification en direct se connecte depuis l&apos;adresse du client, --ip doit donc être une adresse de cette machine (toute adresse 127.x.y.z convient sous Linux) ; %1 n&apos;en est pas une. Explain sans --check-listener fonctionne pour toute adresse.</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="59"/>
        <source>Live check: the same envelope against the listener on %1 port %2 (probe: up to RCPT, then RSET; no message is sent)</source>
        <translation>Vérification en direct : la même enveloppe soumise au service d&apos;écoute sur %1 port %2 (sonde : jusqu&apos;à RCPT, puis RSET ; aucun message n&apos;est envoyé)</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="68"/>
        <source>The listener cannot be reached: %1</source>
        <translation>Le service d&apos;écoute est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="69"/>
        <source>Is it running? relaydeskctl status</source>
        <translation>Est-il démarré ? relaydeskctl status</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="74"/>
        <source>database: %1</source>
        <translation>base de données : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="75"/>
        <source>listener: %1</source>
        <translation>service d&apos;écoute : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="75"/>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="76"/>
        <source>  (agrees)</source>
        <translation>  (d&apos;accord)</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="76"/>
        <source>  ← DISAGREES</source>
        <translation>  ← DÉSACCORD</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="80"/>
        <source>The listener agrees with the database (revision %1).</source>
        <translation>Le service d&apos;écoute est d&apos;accord avec la base de données (révision %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/explainlive.cpp" line="82"/>
        <source>The listener disagrees with the database on %1 answer(s): it may enforce another revision than %2. See relaydeskctl status; relaydeskctl sync or listener rebuild fixes it.</source>
        <translation>Le service d&apos;écoute n&apos;est pas d&apos;accord avec la base de données sur %1 réponse(s) : il applique peut-être une autre révision que la %2. Voir relaydeskctl status ; relaydeskctl sync ou listener rebuild corrige le problème.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="39"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="41"/>
        <source>retry</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="43"/>
        <source>delivering</source>
        <translation>remise en cours</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="45"/>
        <source>frozen</source>
        <translation>gelé</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="89"/>
        <source>No message waits for outbound delivery.</source>
        <translation>Aucun message n&apos;attend de remise sortante.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="103"/>
        <source>Queues:</source>
        <translation>Files d&apos;attente :</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <source>VIRTUAL SERVER</source>
        <translation>SERVEUR VIRTUEL</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <source>OLDEST</source>
        <translation>PLUS ANCIEN</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="105"/>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>NEXT RETRY</source>
        <translation>PROCHAINE TENTATIVE</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="106"/>
        <location filename="../app/cli/cmd_queue.cpp" line="128"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="106"/>
        <location filename="../app/cli/cmd_queue.cpp" line="128"/>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="125"/>
        <source>Messages:</source>
        <translation>Messages :</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>SENDER</source>
        <translation>EXPÉDITEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>RECIPIENTS</source>
        <translation>DESTINATAIRES</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_queue.cpp" line="127"/>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="84"/>
        <source>%1: permission denied — ports below 1024 need privileges (run as root or grant CAP_NET_BIND_SERVICE), or choose a port above 1023</source>
        <translation>%1 : autorisation refusée — les ports inférieurs à 1024 nécessitent des privilèges (exécutez en tant que root ou accordez CAP_NET_BIND_SERVICE), ou choisissez un port supérieur à 1023</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="88"/>
        <source>%1: address already in use — another program (or another listener) listens there</source>
        <translation>%1 : adresse déjà utilisée — un autre programme (ou un autre service d&apos;écoute) y écoute</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="91"/>
        <source>%1: address not available — it is not an address of this machine</source>
        <translation>%1 : adresse non disponible — ce n&apos;est pas une adresse de cette machine</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="93"/>
        <source>%1: cannot listen: %2</source>
        <translation>%1 : impossible d&apos;écouter : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="107"/>
        <source>cannot read the certificate %1: %2</source>
        <translation>impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="112"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="118"/>
        <source>cannot read the private key %1: %2</source>
        <translation>impossible de lire la clé privée %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="129"/>
        <source>%1 holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée (RSA, EC ou DSA)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessEntryDialog</name>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="109"/>
        <source>Subnet &amp;address:</source>
        <translation>&amp;Adresse du sous-réseau :</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="109"/>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP :</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="120"/>
        <source>Enter the domain name.</source>
        <translation>Entrez le nom de domaine.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="122"/>
        <source>Enter the subnet address.</source>
        <translation>Entrez l&apos;adresse du sous-réseau.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="122"/>
        <source>Enter the IP address.</source>
        <translation>Entrez l&apos;adresse IP.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="124"/>
        <source>Enter the subnet mask (255.255.255.0) or the prefix length (/24).</source>
        <translation>Entrez le masque de sous-réseau (255.255.255.0) ou la longueur de préfixe (/24).</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrydialog.cpp" line="126"/>
        <source>The expiry is in the past: the entry would never match.</source>
        <translation>La date d&apos;expiration est passée : l&apos;entrée ne correspondrait jamais.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessEntryModel</name>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="54"/>
        <source>Single computer</source>
        <translation>Un seul ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="56"/>
        <source>Group of computers</source>
        <translation>Groupe d&apos;ordinateurs</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="58"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="173"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="177"/>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="183"/>
        <source>This entry expired on %1 and no longer matches.</source>
        <translation>Cette entrée a expiré le %1 et ne correspond plus.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="186"/>
        <source>This entry stops matching on %1.</source>
        <translation>Cette entrée cesse de correspondre le %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="207"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="209"/>
        <source>IP address (mask) / domain name</source>
        <translation>Adresse IP (masque) / nom de domaine</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="211"/>
        <source>Subnet mask</source>
        <translation>Masque de sous-réseau</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="213"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/gui/accessentrymodel.cpp" line="215"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessListDialog</name>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="25"/>
        <source>Connection - %1</source>
        <translation>Connexion - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="26"/>
        <source>Select which computers may access this virtual server:</source>
        <translation>Sélectionnez les ordinateurs qui peuvent accéder à ce serveur virtuel :</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="29"/>
        <source>Relay Restrictions - %1</source>
        <translation>Restrictions de relais - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="114"/>
        <source>Add Computer</source>
        <translation>Ajouter un ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="123"/>
        <source>%1 is already on the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="136"/>
        <source>Edit Computer</source>
        <translation>Modifier l&apos;ordinateur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accesslistdialog.cpp" line="159"/>
        <source>%n computer(s) on the list</source>
        <translation>
            <numerusform>%n ordinateur dans la liste</numerusform>
            <numerusform>%n ordinateurs dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accesslistdialog.cpp" line="160"/>
        <source>%1 of %n computer(s) shown</source>
        <translation>
            <numerusform>%1 sur %n ordinateur affiché</numerusform>
            <numerusform>%1 sur %n ordinateurs affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="168"/>
        <source>Open relay: %1. Anyone on the Internet who can reach this server could send mail through it.</source>
        <translation>Relais ouvert : %1. N&apos;importe qui sur Internet pouvant joindre ce serveur pourrait envoyer du courrier par son intermédiaire.</translation>
    </message>
    <message>
        <location filename="../app/gui/accesslistdialog.cpp" line="172"/>
        <source>No computer can connect: the list is empty and only the list may connect.</source>
        <translation>Aucun ordinateur ne peut se connecter : la liste est vide et seule la liste peut se connecter.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AddressSpaceDialog</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="269"/>
        <source>Type the address space, for example @corp.example.</source>
        <translation>Tapez l&apos;espace d&apos;adressage, par exemple @corp.example.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AuthenticationDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="100"/>
        <source>With neither anonymous access nor basic authentication no client can send mail.</source>
        <translation>Sans accès anonyme ni authentification de base, aucun client ne peut envoyer de courrier.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificateDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="139"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="139"/>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="140"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="155"/>
        <source>Name the certificate file that belongs to the private key.</source>
        <translation>Indiquez le fichier de certificat correspondant à la clé privée.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="156"/>
        <source>Name the private key file of the certificate.</source>
        <translation>Indiquez le fichier de clé privée du certificat.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ChildLauncher</name>
    <message>
        <location filename="../app/sync/childlauncher.cpp" line="64"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CommunicationDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="194"/>
        <source>A secure channel needs a certificate: set one with Certificate... first.</source>
        <translation>Un canal sécurisé nécessite un certificat : définissez-en d&apos;abord un avec le bouton Certificat...</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleEditor</name>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="43"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="52"/>
        <source>SMTP &amp;Virtual Server...</source>
        <translation>Serveur &amp;virtuel SMTP...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="54"/>
        <source>Recipient &amp;Policy...</source>
        <translation>&amp;Stratégie de destinataire...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="57"/>
        <source>&amp;Recipient...</source>
        <translation>&amp;Destinataire...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="58"/>
        <source>SMTP &amp;User...</source>
        <translation>&amp;Utilisateur SMTP...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="63"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="65"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="67"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="69"/>
        <source>Enable the virtual server: the listener serves it</source>
        <translation>Activer le serveur virtuel : le service d&apos;écoute le dessert</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="71"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="73"/>
        <source>Disable the virtual server: the listener stops serving it</source>
        <translation>Désactiver le serveur virtuel : le service d&apos;écoute cesse de le desservir</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="75"/>
        <source>&amp;Pause</source>
        <translation>S&amp;uspendre</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="78"/>
        <source>New connections get 421 until Resume; open sessions go on (until the listener restarts)</source>
        <translation>Les nouvelles connexions reçoivent 421 jusqu&apos;à la reprise ; les sessions ouvertes continuent (jusqu&apos;au redémarrage du service d&apos;écoute)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="80"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="83"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="84"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="176"/>
        <source>Relay Restrictions</source>
        <translation>Restrictions de relais</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="211"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="212"/>
        <location filename="../app/gui/consoleeditor.cpp" line="261"/>
        <location filename="../app/gui/consoleeditor.cpp" line="427"/>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="222"/>
        <source>edit recipient %1</source>
        <translation>modification du destinataire %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="231"/>
        <source>edit SMTP user %1</source>
        <translation>modification de l&apos;utilisateur SMTP %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="261"/>
        <location filename="../app/gui/consoleeditor.cpp" line="313"/>
        <location filename="../app/gui/consoleeditor.cpp" line="322"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="274"/>
        <source>Delete the virtual server %1? The listener stops serving its addresses; mail already in its folders stays on disk.</source>
        <translation>Supprimer le serveur virtuel %1 ? Le service d&apos;écoute cesse de desservir ses adresses ; le courrier déjà présent dans ses dossiers reste sur le disque.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="277"/>
        <source>delete virtual server %1</source>
        <translation>suppression du serveur virtuel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="285"/>
        <source>Delete the recipient policy %1? Its domains are no longer delivered here.</source>
        <translation>Supprimer la stratégie de destinataire %1 ? Ses domaines ne sont plus remis ici.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="286"/>
        <source>delete recipient policy %1</source>
        <translation>suppression de la stratégie de destinataire %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="294"/>
        <source>Delete the recipient %1? Mail to it is refused from then on.</source>
        <translation>Supprimer le destinataire %1 ? Le courrier qui lui est adressé sera désormais refusé.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="295"/>
        <source>delete recipient %1</source>
        <translation>suppression du destinataire %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="304"/>
        <source>Delete the SMTP user %1? Applications that authenticate as it can no longer relay.</source>
        <translation>Supprimer l&apos;utilisateur SMTP %1 ? Les applications qui s&apos;authentifient sous ce nom ne pourront plus relayer.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="305"/>
        <source>delete SMTP user %1</source>
        <translation>suppression de l&apos;utilisateur SMTP %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="323"/>
        <source>The smart host password of %1 could not be removed: %2</source>
        <translation>Le mot de passe de l&apos;hôte actif de %1 n&apos;a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="342"/>
        <source>start virtual server %1</source>
        <translation>démarrage du serveur virtuel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="343"/>
        <source>stop virtual server %1</source>
        <translation>arrêt du serveur virtuel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="360"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="360"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="361"/>
        <source>The listener did not %1 %2: %3</source>
        <translation>Le service d&apos;écoute n&apos;a pas pu %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="362"/>
        <source>pause</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="362"/>
        <source>resume</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="366"/>
        <source>%1 is paused: new connections get 421 until Resume.</source>
        <translation>%1 est suspendu : les nouvelles connexions reçoivent 421 jusqu&apos;à la reprise.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="367"/>
        <source>%1 accepts connections again.</source>
        <translation>%1 accepte de nouveau les connexions.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="394"/>
        <source>add recipient %1</source>
        <translation>ajout du destinataire %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="409"/>
        <source>add SMTP user %1</source>
        <translation>ajout de l&apos;utilisateur SMTP %1</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="427"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/gui/consoleeditor.cpp" line="434"/>
        <source>Exported revision %1.</source>
        <translation>Révision %1 exportée.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleTools</name>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="38"/>
        <source>&amp;Test Send…</source>
        <translation>&amp;Envoi de test…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="39"/>
        <source>&amp;Explain…</source>
        <translation>E&amp;xpliquer…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="40"/>
        <source>Open &amp;Relay Self-Test…</source>
        <translation>Autotest de &amp;relais ouvert…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="41"/>
        <source>&amp;Protocol Log…</source>
        <translation>&amp;Journal de protocole…</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="48"/>
        <source>Send a test message through a virtual server and watch the SMTP conversation.</source>
        <translation>Envoyer un message de test par un serveur virtuel et suivre la conversation SMTP.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="50"/>
        <source>Ask why a client, sender and recipient would be relayed or refused, rule by rule.</source>
        <translation>Demander pourquoi un client, un expéditeur et un destinataire seraient relayés ou refusés, règle par règle.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="51"/>
        <source>Try the usual open-relay tricks against a virtual server.</source>
        <translation>Essayer les astuces habituelles de relais ouvert contre un serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletools.cpp" line="52"/>
        <source>Read the listener&apos;s protocol and event logs as they grow.</source>
        <translation>Lire les journaux de protocole et d&apos;événements du service d&apos;écoute au fur et à mesure qu&apos;ils s&apos;allongent.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConsoleTreeModel</name>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="72"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="76"/>
        <source>RelayDesk (%1)</source>
        <translation>RelayDesk (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="80"/>
        <source>Recipient Policies</source>
        <translation>Stratégies de destinataire</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="81"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="82"/>
        <source>SMTP Users</source>
        <translation>Utilisateurs SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="85"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="91"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="93"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="94"/>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="95"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="97"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="101"/>
        <source>Current Sessions</source>
        <translation>Sessions en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="108"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="109"/>
        <source>Test Send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="110"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="111"/>
        <source>Open Relay Self-Test</source>
        <translation>Autotest de relais ouvert</translation>
    </message>
    <message>
        <location filename="../app/gui/consoletreemodel.cpp" line="112"/>
        <source>Protocol Log</source>
        <translation>Journal de protocole</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DeliveryAgent</name>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="295"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="581"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="582"/>
        <source>the virtual server is not running</source>
        <translation>le serveur virtuel n&apos;est pas démarré</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="651"/>
        <source>no host to deliver to</source>
        <translation>aucun hôte auquel remettre</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="689"/>
        <source>no password is set for authentication to the smart host (relaydeskctl smarthost-password)</source>
        <translation>aucun mot de passe n&apos;est défini pour l&apos;authentification auprès de l&apos;hôte actif (relaydeskctl smarthost-password)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="710"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="712"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="729"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="751"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="762"/>
        <location filename="../app/smtpd/deliveryagent.cpp" line="768"/>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="749"/>
        <source>%1 answered MAIL FROM with %2</source>
        <translation>%1 a répondu à MAIL FROM par %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="759"/>
        <source>%1 did not answer RCPT TO</source>
        <translation>%1 n&apos;a pas répondu à RCPT TO</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="830"/>
        <source>The message expired: it could not be delivered within %1 minutes. The last error was: %2</source>
        <translation>Le message a expiré : il n&apos;a pas pu être remis dans un délai de %1 minutes. La dernière erreur était : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="844"/>
        <source>The message was deleted from the queue by the administrator.</source>
        <translation>Le message a été supprimé de la file d&apos;attente par l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="924"/>
        <source>The message from the null sender &lt;&gt; could not be delivered, and no report goes to &lt;&gt;:
%1</source>
        <translation>Le message de l&apos;expéditeur nul &lt;&gt; n&apos;a pas pu être remis, et aucun rapport n&apos;est envoyé à &lt;&gt; :
%1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="994"/>
        <source>no report to %1: %2</source>
        <translation>aucun rapport à %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="998"/>
        <source>delay notice</source>
        <translation>notification de retard</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="998"/>
        <source>non-delivery report</source>
        <translation>rapport de non-remise</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1003"/>
        <source>The %1 for message %2 has no recipient it can go to (%3).</source>
        <translation>Pour le message %2, %1 : aucun destinataire possible (%3).</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1030"/>
        <source>the report %1 could not be stored: %2</source>
        <translation>le rapport %1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1050"/>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1111"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1225"/>
        <source>no queued message has the id &quot;%1&quot;</source>
        <translation>aucun message en file d&apos;attente n&apos;a l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1231"/>
        <source>name the message (&quot;id&quot;) or the queue (&quot;virtualServer&quot; and &quot;destination&quot;)</source>
        <translation>désignez le message (&quot;id&quot;) ou la file d&apos;attente (&quot;virtualServer&quot; et &quot;destination&quot;)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1246"/>
        <source>no queue &quot;%1&quot; on virtual server &quot;%2&quot;</source>
        <translation>aucune file d&apos;attente &quot;%1&quot; sur le serveur virtuel &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1291"/>
        <source>unknown queue command &quot;%1&quot;</source>
        <translation>commande de file d&apos;attente inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1362"/>
        <source>Pickup/%1 cannot be sent: %2</source>
        <translation>Pickup/%1 ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1402"/>
        <source>no recipient of this message is known, and no report goes to &lt;&gt;</source>
        <translation>aucun destinataire de ce message n&apos;est connu, et aucun rapport n&apos;est envoyé à &lt;&gt;</translation>
    </message>
    <message>
        <location filename="../app/smtpd/deliveryagent.cpp" line="1429"/>
        <source>Pickup/%1 could not be queued: %2</source>
        <translation>Pickup/%1 n&apos;a pas pu être mis en file d&apos;attente : %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DetachedLauncher</name>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="117"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::EventLogModel</name>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="100"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="101"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="102"/>
        <source>Configuration loaded</source>
        <translation>Configuration chargée</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="103"/>
        <source>Configuration load failed</source>
        <translation>Échec du chargement de la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="104"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="105"/>
        <source>Too many connections</source>
        <translation>Trop de connexions</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="106"/>
        <source>Relay refused</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="107"/>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="108"/>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="109"/>
        <source>Message accepted</source>
        <translation>Message accepté</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="110"/>
        <source>Session error</source>
        <translation>Erreur de session</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="185"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="187"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="189"/>
        <source>Virtual Server</source>
        <translation>Serveur virtuel</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="191"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="193"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="195"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="197"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="199"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="201"/>
        <source>Deciding Rule</source>
        <translation>Règle décisive</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ExplainDialog</name>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="42"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Database&apos;s reply</source>
        <translation>Réponse de la base de données</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Listener&apos;s reply</source>
        <translation>Réponse du service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="47"/>
        <source>Listener agrees</source>
        <translation>Service d&apos;écoute d&apos;accord</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="90"/>
        <source>Not authenticated</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="163"/>
        <source>The configuration has no virtual server.</source>
        <translation>La configuration ne contient aucun serveur virtuel.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="168"/>
        <source>Enter the client&apos;s IP address.</source>
        <translation>Entrez l&apos;adresse IP du client.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="170"/>
        <source>Client address: %1.</source>
        <translation>Adresse du client : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="179"/>
        <source>From: %1 is not a valid address: %2.</source>
        <translation>De : %1 n&apos;est pas une adresse valide : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="184"/>
        <source>Enter at least one recipient in To.</source>
        <translation>Entrez au moins un destinataire dans À.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="224"/>
        <source>(connect)</source>
        <translation>(connexion)</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="243"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="244"/>
        <source>Every recipient is accepted.</source>
        <translation>Tous les destinataires sont acceptés.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="253"/>
        <source>Complete the question first.</source>
        <translation>Complétez d&apos;abord la question.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="256"/>
        <source>The live check connects from the client address, so it must be an address of this computer (any 127.x.y.z works); %1 is not. The decision above does not need it.</source>
        <translation>La vérification en direct se connecte depuis l&apos;adresse du client, qui doit donc être une adresse de cet ordinateur (toute adresse 127.x.y.z convient) ; %1 n&apos;en est pas une. La décision ci-dessus n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="260"/>
        <source>%1 has no IP address and port to connect to.</source>
        <translation>%1 n&apos;a ni adresse IP ni port auquel se connecter.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="262"/>
        <source>The live check really authenticates: enter the password of %1.</source>
        <translation>La vérification en direct s&apos;authentifie réellement : entrez le mot de passe de %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="297"/>
        <source>Checking against the listener on %1 port %2 (up to RCPT, then RSET: no message is sent)…</source>
        <translation>Vérification auprès du service d&apos;écoute sur %1 port %2 (jusqu&apos;à RCPT, puis RSET : aucun message n&apos;est envoyé)…</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="335"/>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="337"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="337"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="347"/>
        <source>The live check was stopped.</source>
        <translation>La vérification en direct a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="349"/>
        <source>The listener cannot be reached: %1. Is it running? The status bar shows its state.</source>
        <translation>Le service d&apos;écoute est injoignable : %1. Est-il démarré ? La barre d&apos;état indique son état.</translation>
    </message>
    <message>
        <location filename="../app/gui/explaindialog.cpp" line="352"/>
        <source>The listener agrees with the database (revision %1).</source>
        <translation>Le service d&apos;écoute est d&apos;accord avec la base de données (révision %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/explaindialog.cpp" line="355"/>
        <source>The listener disagrees with the database on %n answer(s): it enforces another revision than the database&apos;s (revision %1). Sync now, or Rebuild and restart, fixes it.</source>
        <translation>
            <numerusform>Le service d&apos;écoute n&apos;est pas d&apos;accord avec la base de données sur %n réponse : il applique une autre révision que celle de la base de données (révision %1). Synchroniser maintenant, ou Reconstruire et redémarrer, corrige le problème.</numerusform>
            <numerusform>Le service d&apos;écoute n&apos;est pas d&apos;accord avec la base de données sur %n réponses : il applique une autre révision que celle de la base de données (révision %1). Synchroniser maintenant, ou Reconstruire et redémarrer, corrige le problème.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="23"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="37"/>
        <source>Export Configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="37"/>
        <source>RelayDesk configuration (*.json)</source>
        <translation>Configuration RelayDesk (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="88"/>
        <source>Name the file to write.</source>
        <translation>Indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="94"/>
        <source>Choose at least one virtual server.</source>
        <translation>Choisissez au moins un serveur virtuel.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HelpDocs</name>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="35"/>
        <source>&amp;User Guide</source>
        <translation>Guide de l&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="37"/>
        <source>A&amp;dministrator&apos;s Guide</source>
        <translation>Guide de l&apos;&amp;administrateur</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="39"/>
        <source>Coming from &amp;Exchange</source>
        <translation>Passer d&apos;&amp;Exchange à RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="41"/>
        <source>&amp;Troubleshooting</source>
        <translation>&amp;Dépannage</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="50"/>
        <source>The console: tree, property sheets, sync state, history and the Tools.</source>
        <translation>La console : arborescence, feuilles de propriétés, état de la synchronisation, historique et Outils.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="52"/>
        <source>The listener as a service, port 25, certificates, backups, upgrades and logs.</source>
        <translation>Le service d&apos;écoute comme service système, le port 25, les certificats, les sauvegardes, les mises à niveau et les journaux.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="54"/>
        <source>Where each setting of Exchange System Manager is in RelayDesk.</source>
        <translation>Où se trouve dans RelayDesk chaque paramètre du Gestionnaire système Exchange.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="56"/>
        <source>From &quot;550 5.7.1 Unable to relay&quot; and other errors to the tool that explains them.</source>
        <translation>De &quot;550 5.7.1 Unable to relay&quot; et d&apos;autres erreurs à l&apos;outil qui les explique.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="122"/>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="124"/>
        <source>Administrator&apos;s Guide</source>
        <translation>Guide de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="126"/>
        <source>Coming from Exchange</source>
        <translation>Passer d&apos;Exchange à RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="128"/>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="167"/>
        <source>Document Not Found</source>
        <translation>Document introuvable</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="168"/>
        <source>The %1 is not installed. RelayDesk looked for it in:

%2

Install the RelayDesk documentation, or read docs/%3 in RelayDesk&apos;s source.</source>
        <translation>Le document « %1 » n&apos;est pas installé. RelayDesk l&apos;a cherché dans :

%2

Installez la documentation de RelayDesk, ou lisez docs/%3 dans les sources de RelayDesk.</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="176"/>
        <source>Cannot Open Document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <location filename="../app/gui/helpdocs.cpp" line="177"/>
        <source>No program could open the %1. Open this file with a text editor or a Markdown viewer:

%2</source>
        <translation>Aucun programme n&apos;a pu ouvrir le document « %1 ». Ouvrez ce fichier avec un éditeur de texte ou une visionneuse Markdown :

%2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::IdentitiesDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="436"/>
        <source>Add at least one IP address and port.</source>
        <translation>Ajoutez au moins une adresse IP et un port.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="34"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="37"/>
        <source>Choose a configuration file (format relaydesk-config, version 1).</source>
        <translation>Choisissez un fichier de configuration (format relaydesk-config, version 1).</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="76"/>
        <source>Import Configuration</source>
        <translation>Importer la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="77"/>
        <source>RelayDesk configuration (*.json);;All files (*)</source>
        <translation>Configuration RelayDesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="96"/>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Reading and checking %1...</source>
        <translation>Lecture et vérification de %1...</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="112"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="149"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="149"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="153"/>
        <source>The file cannot be imported: %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>Le fichier ne peut pas être importé : %n problème. Rien n&apos;a été modifié.</numerusform>
            <numerusform>Le fichier ne peut pas être importé : %n problèmes. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="159"/>
        <source>The configuration already says what the file says: nothing to import.</source>
        <translation>La configuration indique déjà ce que dit le fichier : rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="162"/>
        <source>Import makes %n change(s) as one revision:</source>
        <translation>
            <numerusform>L&apos;importation effectue %n modification en une seule révision :</numerusform>
            <numerusform>L&apos;importation effectue %n modifications en une seule révision :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="180"/>
        <source>import (merge) %1</source>
        <translation>importation (fusion) %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="180"/>
        <source>import %1</source>
        <translation>importation %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="190"/>
        <source>The configuration was changed by another program since the preview (%1). The preview is made again; check it and import again.</source>
        <translation>La configuration a été modifiée par un autre programme depuis l&apos;aperçu (%1). L&apos;aperçu est refait ; vérifiez-le et importez de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="198"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="11"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="18"/>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="33"/>
        <source>Set by the environment variable RELAYDESK_LANGUAGE</source>
        <translation>Défini par la variable d&apos;environnement RELAYDESK_LANGUAGE</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="40"/>
        <location filename="../app/gui/languagemenu.cpp" line="45"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="41"/>
        <source>The choice could not be saved in %1.</source>
        <translation>Le choix n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="46"/>
        <source>RelayDesk, relaydeskctl and the listener use the new language when they start again.</source>
        <translation>RelayDesk, relaydeskctl et le service d&apos;écoute utiliseront la nouvelle langue à leur prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::Listener</name>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="182"/>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="206"/>
        <source>The event log cannot be opened: %1</source>
        <translation>Le journal des événements ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="232"/>
        <source>cannot open the control socket %1: %2</source>
        <translation>impossible d&apos;ouvrir le socket de contrôle %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="267"/>
        <source>cannot read the snapshot %1: %2</source>
        <translation>impossible de lire l&apos;instantané %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="276"/>
        <location filename="../app/smtpd/listener.cpp" line="282"/>
        <source>the snapshot %1 is not valid: %2</source>
        <translation>l&apos;instantané %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="340"/>
        <source>cannot prepare the mail directories: %1</source>
        <translation>impossible de préparer les répertoires de courrier : %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="397"/>
        <source>enforcing revision %1 (sha256 %2) from %3</source>
        <translation>application de la révision %1 (sha256 %2) depuis %3</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="407"/>
        <source>no longer listening on %1</source>
        <translation>n&apos;écoute plus sur %1</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="437"/>
        <source>listening on %1 for &quot;%2&quot;</source>
        <translation>écoute sur %1 pour &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/smtpd/listener.cpp" line="489"/>
        <source>stopping: %n open session(s) get 421</source>
        <translation>
            <numerusform>arrêt : %n session ouverte reçoit 421</numerusform>
            <numerusform>arrêt : %n sessions ouvertes reçoivent 421</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="634"/>
        <location filename="../app/smtpd/listener.cpp" line="645"/>
        <source>no running virtual server is named &quot;%1&quot;</source>
        <translation>aucun serveur virtuel démarré ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/smtpd/listener.cpp" line="662"/>
        <location filename="../app/smtpd/listener.cpp" line="670"/>
        <source>the delivery agent is not running</source>
        <translation>l&apos;agent de remise n&apos;est pas démarré</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ListenerMenu</name>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="13"/>
        <source>&amp;Listener</source>
        <translation>&amp;Service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="19"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="21"/>
        <source>Push the current revision to the listener and verify what it enforces</source>
        <translation>Transmettre la révision actuelle au service d&apos;écoute et vérifier ce qu&apos;il applique</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="24"/>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="26"/>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="28"/>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="29"/>
        <source>Re&amp;build and Restart</source>
        <translation>Reco&amp;nstruire et redémarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="32"/>
        <source>Delete the listener&apos;s copy of the configuration, render it again from the database and restart</source>
        <translation>Supprimer la copie de la configuration du service d&apos;écoute, la régénérer à partir de la base de données et redémarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="35"/>
        <source>&amp;Automatic Sync</source>
        <translation>Synchronisation a&amp;utomatique</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="39"/>
        <source>Push every committed change to the listener, whichever program made it</source>
        <translation>Transmettre au service d&apos;écoute chaque modification validée, quel que soit le programme qui l&apos;a faite</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="45"/>
        <source>Start Listener with the &amp;Console</source>
        <translation>Démarrer le service d&apos;écoute avec la &amp;console</translation>
    </message>
    <message>
        <location filename="../app/gui/listenermenu.cpp" line="50"/>
        <source>When the console starts and no listener runs for its data directory, start one</source>
        <translation>Au démarrage de la console, si aucun service d&apos;écoute n&apos;est démarré pour son répertoire de données, en démarrer un</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LogViewerDialog</name>
    <message>
        <location filename="../app/gui/logviewerdialog.cpp" line="32"/>
        <source>All virtual servers</source>
        <translation>Tous les serveurs virtuels</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewerdialog.cpp" line="81"/>
        <source>E&amp;xplain…</source>
        <translation>E&amp;xpliquer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/logviewerdialog.cpp" line="176"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/logviewerdialog.cpp" line="177"/>
        <source>%1 of %n command(s)</source>
        <translation>
            <numerusform>%1 sur %n commande</numerusform>
            <numerusform>%1 sur %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/logviewerdialog.cpp" line="179"/>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="145"/>
        <source>Filter the list (any column)</source>
        <translation>Filtrer la liste (toutes les colonnes)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="264"/>
        <source>The listener is not running (%1).</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="294"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="312"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="363"/>
        <source>%1 - RelayDesk</source>
        <translation>%1 - RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="414"/>
        <source>Revision %1 · %2</source>
        <translation>Révision %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="420"/>
        <source>Could not read the configuration from %1: %2</source>
        <translation>Impossible de lire la configuration depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="435"/>
        <source>About RelayDesk</source>
        <translation>À propos de RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="436"/>
        <source>&lt;h3&gt;RelayDesk %1&lt;/h3&gt;&lt;p&gt;A console for SMTP relay configuration.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RelayDesk %1&lt;/h3&gt;&lt;p&gt;Une console pour la configuration de relais SMTP.&lt;/p&gt;&lt;p&gt;Répertoire de données : %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MxLookup</name>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="38"/>
        <source>no answer from DNS for %1 within %2 seconds</source>
        <translation>aucune réponse du DNS pour %1 dans un délai de %2 secondes</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="54"/>
        <source>the domain %1 does not exist (DNS: %2)</source>
        <translation>le domaine %1 n&apos;existe pas (DNS : %2)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="60"/>
        <source>DNS lookup of MX %1 failed: %2</source>
        <translation>la recherche DNS de MX %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="67"/>
        <source>the domain %1 accepts no mail (null MX, RFC 7505)</source>
        <translation>le domaine %1 n&apos;accepte aucun courrier (MX nul, RFC 7505)</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="143"/>
        <source>DNS lookup of the mail exchangers of %1 failed</source>
        <translation>la recherche DNS des serveurs de messagerie (MX) de %1 a échoué</translation>
    </message>
    <message>
        <location filename="../app/smtpd/mxlookup.cpp" line="145"/>
        <source>no mail exchanger of %1 has an address</source>
        <translation>aucun serveur de messagerie (MX) de %1 n&apos;a d&apos;adresse</translation>
    </message>
</context>
<context>
    <name>RelayDesk::OutboundSecurityDialog</name>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="327"/>
        <source>A password is stored. Leave both password fields empty to keep it, or type a new one twice.</source>
        <translation>Un mot de passe est enregistré. Laissez les deux champs de mot de passe vides pour le conserver, ou tapez deux fois un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="329"/>
        <source>Type the password twice.</source>
        <translation>Tapez deux fois le mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="337"/>
        <source>The password and its confirmation differ.</source>
        <translation>Le mot de passe et sa confirmation diffèrent.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdialogs.cpp" line="342"/>
        <source>Basic authentication needs a password.</source>
        <translation>L&apos;authentification de base nécessite un mot de passe.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PrivateFile</name>
    <message>
        <location filename="../app/core/privatefile.cpp" line="13"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ProtocolLogModel</name>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="334"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="336"/>
        <source>Virtual Server</source>
        <translation>Serveur virtuel</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="338"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="340"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="342"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="344"/>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="346"/>
        <source>Reply Code</source>
        <translation>Code de réponse</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="348"/>
        <source>Bytes Sent</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="350"/>
        <source>Bytes Received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <location filename="../app/gui/logviewermodels.cpp" line="352"/>
        <source>Time Taken (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueActions</name>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="19"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="20"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Geler</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="21"/>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Dégeler</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="22"/>
        <source>&amp;Delete All Messages…</source>
        <translation>&amp;Supprimer tous les messages…</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="23"/>
        <source>Find &amp;Messages…</source>
        <translation>Rechercher des &amp;messages…</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="30"/>
        <source>Attempt every message of the queue now (frozen ones too)</source>
        <translation>Tenter maintenant tous les messages de la file d&apos;attente (y compris ceux qui sont gelés)</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="31"/>
        <source>Stop attempting the queue&apos;s messages until it is unfrozen</source>
        <translation>Cesser de tenter les messages de la file d&apos;attente jusqu&apos;à ce qu&apos;elle soit dégelée</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="32"/>
        <source>Attempt the queue&apos;s messages again at their next retry</source>
        <translation>Tenter de nouveau les messages de la file d&apos;attente à leur prochaine tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="33"/>
        <source>Remove every message of the queue, with or without non-delivery reports</source>
        <translation>Supprimer tous les messages de la file d&apos;attente, avec ou sans rapport de non-remise</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="34"/>
        <source>List the queue&apos;s messages to retry, freeze or delete some of them</source>
        <translation>Lister les messages de la file d&apos;attente pour en réessayer, geler ou supprimer certains</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="90"/>
        <source>retry</source>
        <translation>réessayer</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="92"/>
        <source>freeze</source>
        <translation>geler</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="94"/>
        <source>unfreeze</source>
        <translation>dégeler</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="96"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="111"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="112"/>
        <source>The listener did not %1 the queue for %2 on %3: %4</source>
        <translation>Le service d&apos;écoute n&apos;a pas pu %1 la file d&apos;attente de %2 sur %3 : %4</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="114"/>
        <source>The listener is not running, so the queue for %1 cannot be changed (%2).</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré : la file d&apos;attente de %1 ne peut donc pas être modifiée (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="122"/>
        <source>%n message(s) for %1 will be attempted now.</source>
        <translation>
            <numerusform>%n message pour %1 va être tenté maintenant.</numerusform>
            <numerusform>%n messages pour %1 vont être tentés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="125"/>
        <source>%n message(s) for %1 frozen.</source>
        <translation>
            <numerusform>%n message pour %1 gelé.</numerusform>
            <numerusform>%n messages pour %1 gelés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="128"/>
        <source>%n message(s) for %1 unfrozen.</source>
        <translation>
            <numerusform>%n message pour %1 dégelé.</numerusform>
            <numerusform>%n messages pour %1 dégelés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="131"/>
        <source>%n message(s) for %1 deleted; the senders get non-delivery reports.</source>
        <translation>
            <numerusform>%n message pour %1 supprimé ; les expéditeurs reçoivent des rapports de non-remise.</numerusform>
            <numerusform>%n messages pour %1 supprimés ; les expéditeurs reçoivent des rapports de non-remise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="133"/>
        <source>%n message(s) for %1 deleted.</source>
        <translation>
            <numerusform>%n message pour %1 supprimé.</numerusform>
            <numerusform>%n messages pour %1 supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="145"/>
        <source>Send each sender a non-delivery report, or delete without telling them? This cannot be undone.</source>
        <translation>Envoyer un rapport de non-remise à chaque expéditeur, ou supprimer sans les prévenir ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="148"/>
        <source>Delete and Send &amp;NDRs</source>
        <translation>Supprimer et envoyer des rapports de &amp;non-remise</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="148"/>
        <source>Delete &amp;Without NDRs</source>
        <translation>Supprimer &amp;sans rapport de non-remise</translation>
    </message>
    <message>
        <location filename="../app/gui/queueactions.cpp" line="159"/>
        <source>Delete All Messages</source>
        <translation>Supprimer tous les messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="160"/>
        <source>Delete all %n message(s) queued for %1 on %2?</source>
        <translation>
            <numerusform>Supprimer le message (%n) en file d&apos;attente pour %1 sur %2 ?</numerusform>
            <numerusform>Supprimer les %n messages en file d&apos;attente pour %1 sur %2 ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueControl</name>
    <message>
        <location filename="../app/sync/queuecontrol.cpp" line="55"/>
        <source>the listener refused &quot;%1&quot; without saying why</source>
        <translation>le service d&apos;écoute a refusé &quot;%1&quot; sans en indiquer la raison</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueMessageModel</name>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="110"/>
        <source>&lt;&gt; (null sender)</source>
        <translation>&lt;&gt; (expéditeur nul)</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="137"/>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="139"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="141"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="143"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="145"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="147"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="149"/>
        <source>Next Retry</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="151"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagemodel.cpp" line="153"/>
        <source>Last Error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueMessagesDialog</name>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="35"/>
        <source>Messages Queued for %1</source>
        <translation>Messages en file d&apos;attente pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="86"/>
        <source>The listener did not list its queues: %1</source>
        <translation>Le service d&apos;écoute n&apos;a pas listé ses files d&apos;attente : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="87"/>
        <source>The listener is not running (%1).</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="90"/>
        <source>Messages queued for %1 on %2: not known.</source>
        <translation>Messages en file d&apos;attente pour %1 sur %2 : inconnu.</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="107"/>
        <source>No message is queued for %1 on %2.</source>
        <translation>Aucun message n&apos;est en file d&apos;attente pour %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queuemessagesdialog.cpp" line="108"/>
        <source>%n message(s) queued for %1 on %2.</source>
        <translation>
            <numerusform>%n message en file d&apos;attente pour %1 sur %2.</numerusform>
            <numerusform>%n messages en file d&apos;attente pour %1 sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="144"/>
        <source>Select one or more messages first</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs messages</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="169"/>
        <source>Delete message %1 from the queue for %2?</source>
        <translation>Supprimer le message %1 de la file d&apos;attente de %2 ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queuemessagesdialog.cpp" line="170"/>
        <source>Delete the %n selected message(s) from the queue for %1?</source>
        <translation>
            <numerusform>Supprimer le message sélectionné (%n) de la file d&apos;attente de %1 ?</numerusform>
            <numerusform>Supprimer les %n messages sélectionnés de la file d&apos;attente de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="173"/>
        <source>Delete Messages</source>
        <translation>Supprimer des messages</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="195"/>
        <source>the listener is not running (%1)</source>
        <translation>le service d&apos;écoute n&apos;est pas démarré (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/queuemessagesdialog.cpp" line="204"/>
        <source>The listener did not %1 every selected message: %2</source>
        <translation>Le service d&apos;écoute n&apos;a pas pu %1 tous les messages sélectionnés : %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RecipientDialog</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="184"/>
        <source>%1 Properties</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="189"/>
        <source>New Recipient</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="222"/>
        <source>Type the e-mail address.</source>
        <translation>Tapez l&apos;adresse de messagerie.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RecipientPolicyProperties</name>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="45"/>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="54"/>
        <source>No recipient policy is named &quot;%1&quot; any more.</source>
        <translation>Aucune stratégie de destinataire ne s&apos;appelle plus &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="61"/>
        <source>New Policy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="74"/>
        <source>New Recipient Policy</source>
        <translation>Nouvelle stratégie de destinataire</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="74"/>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="239"/>
        <source>%1 Properties</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="93"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="93"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="99"/>
        <source>Primary address space</source>
        <translation>Espace d&apos;adressage principal</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="160"/>
        <source>New SMTP Address</source>
        <translation>Nouvelle adresse SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="224"/>
        <source>create recipient policy %1</source>
        <translation>création de la stratégie de destinataire %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recipientpolicyproperties.cpp" line="225"/>
        <source>edit recipient policy %1</source>
        <translation>modification de la stratégie de destinataire %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestDialog</name>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="61"/>
        <source>Case %1 of %2</source>
        <translation>Cas %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="152"/>
        <source>The configuration has no virtual server to test.</source>
        <translation>La configuration ne contient aucun serveur virtuel à tester.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="161"/>
        <source>%1 has no IP address and port to test.</source>
        <translation>%1 n&apos;a ni adresse IP ni port à tester.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="165"/>
        <source>Enter the client address to test from.</source>
        <translation>Entrez l&apos;adresse du client depuis laquelle tester.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="166"/>
        <source>There is no client address to test from: %1</source>
        <translation>Il n&apos;y a aucune adresse de client depuis laquelle tester : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="168"/>
        <source>%1 is not an IPv4 or IPv6 address.</source>
        <translation>%1 n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="174"/>
        <source>%1 is not an address of this computer: the test binds it as the client&apos;s address (any 127.x.y.z works on Linux).</source>
        <translation>%1 n&apos;est pas une adresse de cet ordinateur : le test la lie comme adresse du client (toute adresse 127.x.y.z convient sous Linux).</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="179"/>
        <source>%1 is on the relay list of %2, so it may relay and the test would prove nothing. Choose an address the relay list does not admit.</source>
        <translation>%1 figure dans la liste de relais de %2 : elle peut donc relayer et le test ne prouverait rien. Choisissez une adresse que la liste de relais n&apos;admet pas.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="185"/>
        <source>The relay restrictions of %1 let %2 relay without authenticating: expect the relay attempts to get through.</source>
        <translation>Les restrictions de relais de %1 permettent à %2 de relayer sans s&apos;authentifier : attendez-vous à ce que les tentatives de relais aboutissent.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="190"/>
        <source>The foreign domain must be a domain name such as relaytest.invalid.</source>
        <translation>Le domaine étranger doit être un nom de domaine tel que relaytest.invalid.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="200"/>
        <source>The test is running.</source>
        <translation>Le test est en cours.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="226"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="227"/>
        <source>Testing %1 on %2 port %3 from %4…</source>
        <translation>Test de %1 sur %2 port %3 depuis %4…</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="265"/>
        <source>%1 (RCPT TO:&lt;%2&gt;)</source>
        <translation>%1 (RCPT TO:&lt;%2&gt;)</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="268"/>
        <source>Relayed: %1</source>
        <translation>Relayé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="270"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="278"/>
        <source>Cancelled after %1 of %2</source>
        <translation>Annulé après %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="279"/>
        <source>%1 of %2 cases</source>
        <translation>%1 cas sur %2</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="303"/>
        <source>HTML report (*.html *.htm)</source>
        <translation>Rapport HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="305"/>
        <source>Export Self-Test Report</source>
        <translation>Exporter le rapport d&apos;autotest</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="306"/>
        <source>Text report (*.txt)</source>
        <translation>Rapport texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestdialog.cpp" line="311"/>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestModel</name>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="129"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="129"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="142"/>
        <source>The database&apos;s relay rules answer: %1</source>
        <translation>Les règles de relais de la base de données répondent : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="144"/>
        <source>The listener answered differently from the database.</source>
        <translation>Le service d&apos;écoute a répondu différemment de la base de données.</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="170"/>
        <source>Relay attempt</source>
        <translation>Tentative de relais</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="172"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="174"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="176"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../app/gui/relaytestmodel.cpp" line="178"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestRunner</name>
    <message>
        <location filename="../app/client/relaytest.cpp" line="42"/>
        <source>refused (pass)</source>
        <translation>refusé (réussi)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="44"/>
        <source>RELAYED (fail)</source>
        <translation>RELAYÉ (échec)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="46"/>
        <source>inconclusive</source>
        <translation>non concluant</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="166"/>
        <source>RCPT was accepted: the server takes this message for relay (a later bounce does not make it safe).</source>
        <translation>RCPT a été accepté : le serveur prend ce message en charge pour le relayer (un rejet ultérieur ne le rend pas sûr).</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="170"/>
        <location filename="../app/client/relaytest.cpp" line="197"/>
        <source>Refused at RCPT.</source>
        <translation>Refusé à RCPT.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="174"/>
        <source>Only a temporary refusal at RCPT: the server may accept the message on a later try.</source>
        <translation>Seulement un refus temporaire à RCPT : le serveur pourrait accepter le message lors d&apos;un essai ultérieur.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="177"/>
        <source>RCPT was not answered.</source>
        <translation>RCPT n&apos;a pas reçu de réponse.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="186"/>
        <source>Only a temporary refusal at %1: the server may accept the message on a later try.</source>
        <translation>Seulement un refus temporaire à l&apos;étape %1 : le serveur pourrait accepter le message lors d&apos;un essai ultérieur.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="190"/>
        <source>Refused at connect: this client may not connect at all, so the relay rules were not reached. Test from an address that connection control lets in.</source>
        <translation>Refusé à la connexion : ce client ne peut pas du tout se connecter, les règles de relais n&apos;ont donc pas été atteintes. Testez depuis une adresse que le contrôle de connexion laisse entrer.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="194"/>
        <source>Refused already at MAIL FROM.</source>
        <translation>Refusé dès MAIL FROM.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="201"/>
        <source>The session ended at %1, before RCPT.</source>
        <translation>La session s&apos;est terminée à l&apos;étape %1, avant RCPT.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="210"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="234"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="236"/>
        <source>OPEN RELAY: %1 of %2 relay attempts got through.</source>
        <translation>RELAIS OUVERT : %1 tentatives de relais sur %2 ont abouti.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytest.cpp" line="240"/>
        <source>Cancelled after %1 of %2 cases; so far every case was refused.</source>
        <translation>Annulé après %1 cas sur %2 ; jusqu&apos;ici, tous les cas ont été refusés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/relaytest.cpp" line="244"/>
        <source>No relay got through, but %n case(s) were inconclusive.</source>
        <translation>
            <numerusform>Aucun relais n&apos;a abouti, mais %n cas n&apos;a pas été concluant.</numerusform>
            <numerusform>Aucun relais n&apos;a abouti, mais %n cas n&apos;ont pas été concluants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/relaytest.cpp" line="246"/>
        <source>Closed: all %n relay attempts were refused.</source>
        <translation>
            <numerusform>Fermé : la tentative de relais (%n) a été refusée.</numerusform>
            <numerusform>Fermé : les %n tentatives de relais ont toutes été refusées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RevisionDialog</name>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="19"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="20"/>
        <source>Revision %1, %2, by %3 with %4: %5</source>
        <translation>Révision %1, %2, par %3 avec %4 : %5</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="24"/>
        <source>(no change recorded)</source>
        <translation>(aucune modification enregistrée)</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="27"/>
        <source>&amp;Roll Back to This Revision</source>
        <translation>&amp;Revenir à cette révision</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="29"/>
        <source>Makes the configuration of revision %1 current again, as a new revision.</source>
        <translation>Rend à nouveau courante la configuration de la révision %1, sous la forme d&apos;une nouvelle révision.</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="51"/>
        <source>The history cannot be read: %1</source>
        <translation>L&apos;historique est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="58"/>
        <source>The configuration is already what it was at revision %1.</source>
        <translation>La configuration est déjà celle de la révision %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/revisiondialog.cpp" line="63"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="66"/>
        <source>Roll back to revision %1? This makes a new revision with these changes:

%2</source>
        <translation>Revenir à la révision %1 ? Une nouvelle révision sera créée avec ces modifications :

%2</translation>
    </message>
    <message>
        <location filename="../app/gui/revisiondialog.cpp" line="76"/>
        <source>Nothing was rolled back: %1</source>
        <translation>Aucun retour arrière n&apos;a été effectué : %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SmtpClient</name>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="98"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="99"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="143"/>
        <source>Connecting to %1 port %2 from %3 …</source>
        <translation>Connexion à %1 port %2 depuis %3 …</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="148"/>
        <source>Connecting to %1 port %2 …</source>
        <translation>Connexion à %1 port %2 …</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="193"/>
        <source>Connected to %1 port %2 from %3 port %4.</source>
        <translation>Connecté à %1 port %2 depuis %3 port %4.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="208"/>
        <source>the server sent a line longer than %1 octets</source>
        <translation>le serveur a envoyé une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="220"/>
        <source>the server&apos;s answer is not an SMTP reply: %1</source>
        <translation>la réponse du serveur n&apos;est pas une réponse SMTP : %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="226"/>
        <source>the server closed the session</source>
        <translation>le serveur a fermé la session</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="229"/>
        <source>The server sent a reply to no command; it is ignored.</source>
        <translation>Le serveur a envoyé une réponse qui ne correspond à aucune commande ; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="254"/>
        <location filename="../app/client/smtpclient.cpp" line="342"/>
        <source>the server closes the session</source>
        <translation>le serveur ferme la session</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="271"/>
        <source>The server does not take EHLO; trying HELO.</source>
        <translation>Le serveur n&apos;accepte pas EHLO ; essai de HELO.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="292"/>
        <source>Starting the TLS handshake (server name %1) …</source>
        <translation>Début de la négociation TLS (nom du serveur %1) …</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="296"/>
        <source>TLS is required and the server refused STARTTLS</source>
        <translation>TLS est obligatoire et le serveur a refusé STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="299"/>
        <source>The server refused STARTTLS; going on without TLS.</source>
        <translation>Le serveur a refusé STARTTLS ; poursuite sans TLS.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="307"/>
        <source>Authenticated as %1.</source>
        <translation>Authentifié en tant que %1.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="310"/>
        <location filename="../app/client/smtpclient.cpp" line="317"/>
        <location filename="../app/client/smtpclient.cpp" line="324"/>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="330"/>
        <location filename="../app/client/smtpclient.cpp" line="502"/>
        <source>the sender was refused</source>
        <translation>l&apos;expéditeur a été refusé</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="356"/>
        <source>DATA was refused</source>
        <translation>DATA a été refusé</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="365"/>
        <source>the message was refused</source>
        <translation>le message a été refusé</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="422"/>
        <source>TLS is required and the server does not offer STARTTLS</source>
        <translation>TLS est obligatoire et le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="425"/>
        <source>The server does not offer STARTTLS; going on without TLS.</source>
        <translation>Le serveur ne propose pas STARTTLS ; poursuite sans TLS.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="446"/>
        <source>the server offers only AUTH %1; this client knows PLAIN and LOGIN</source>
        <translation>le serveur ne propose que AUTH %1 ; ce client connaît PLAIN et LOGIN</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="449"/>
        <source>the server does not offer AUTH in this session; servers often offer it only after STARTTLS</source>
        <translation>le serveur ne propose pas AUTH dans cette session ; les serveurs ne le proposent souvent qu&apos;après STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="452"/>
        <source>the server does not offer AUTH</source>
        <translation>le serveur ne propose pas AUTH</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclient.cpp" line="480"/>
        <source>The server offers PIPELINING: MAIL and %n RCPT(s) go in one write.</source>
        <translation>
            <numerusform>Le serveur propose PIPELINING : MAIL et %n RCPT partent en une seule écriture.</numerusform>
            <numerusform>Le serveur propose PIPELINING : MAIL et %n RCPT partent en une seule écriture.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="498"/>
        <source>no recipient was given</source>
        <translation>aucun destinataire n&apos;a été indiqué</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="506"/>
        <source>Probe: no message is sent.</source>
        <translation>Sonde : aucun message n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="513"/>
        <source>no recipient was accepted</source>
        <translation>aucun destinataire n&apos;a été accepté</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclient.cpp" line="534"/>
        <source>… %n more line(s) of the message</source>
        <translation>
            <numerusform>… %n ligne de plus du message</numerusform>
            <numerusform>… %n lignes de plus du message</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="556"/>
        <location filename="../app/client/smtpclient.cpp" line="564"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="586"/>
        <source>TLS is on: %1, cipher %2 (%3 bits).</source>
        <translation>TLS est actif : %1, chiffrement %2 (%3 bits).</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="592"/>
        <source>Server certificate: %1, issued by %2, valid until %3.</source>
        <translation>Certificat du serveur : %1, émis par %2, valide jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="604"/>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat : %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="606"/>
        <source>Accepting the certificate anyway, as asked (the server is not verified).</source>
        <translation>Le certificat est accepté malgré tout, comme demandé (le serveur n&apos;est pas vérifié).</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="620"/>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="623"/>
        <source>the connection to %1 was refused: nothing listens there</source>
        <translation>la connexion à %1 a été refusée : rien n&apos;y écoute</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="629"/>
        <location filename="../app/client/smtpclient.cpp" line="649"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="632"/>
        <source>the host %1 was not found</source>
        <translation>l&apos;hôte %1 est introuvable</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="636"/>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="637"/>
        <source>the TLS handshake failed: %1. If the server&apos;s certificate is self-signed, accept unverified certificates to test anyway.</source>
        <translation>la négociation TLS a échoué : %1. Si le certificat du serveur est auto-signé, acceptez les certificats non vérifiés pour tester malgré tout.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="644"/>
        <source>the connection to %1 failed: %2</source>
        <translation>la connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="646"/>
        <source>the server closed the connection while the client waited for %1</source>
        <translation>le serveur a fermé la connexion pendant que le client attendait la réponse à l&apos;étape %1</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="659"/>
        <source>No answer to QUIT within %1 s; closing.</source>
        <translation>Aucune réponse à QUIT dans un délai de %1 s ; fermeture.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="664"/>
        <source>no connection to %1 port %2 within %3 s</source>
        <translation>aucune connexion à %1 port %2 dans un délai de %3 s</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="669"/>
        <source>the TLS handshake did not finish within %1 s</source>
        <translation>la négociation TLS ne s&apos;est pas terminée dans un délai de %1 s</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="671"/>
        <source>no answer to %1 within %2 s</source>
        <translation>aucune réponse à l&apos;étape %1 dans un délai de %2 s</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="676"/>
        <source>cannot use %1 as the source address: %2. Only an address of this machine can be bound (on Linux any 127.x.y.z).</source>
        <translation>impossible d&apos;utiliser %1 comme adresse source : %2. Seule une adresse de cette machine peut être liée (sous Linux, toute adresse 127.x.y.z).</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclient.cpp" line="684"/>
        <source>the greeting</source>
        <translation>accueil</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SmtpUserDialog</name>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="86"/>
        <source>%1 Properties</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="89"/>
        <location filename="../app/gui/directorydialogs.cpp" line="90"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="92"/>
        <source>New SMTP User</source>
        <translation>Nouvel utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="140"/>
        <source>Type the password, twice.</source>
        <translation>Tapez le mot de passe, deux fois.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="142"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../app/gui/directorydialogs.cpp" line="160"/>
        <source>A password of fewer than 8 characters is easy to guess.</source>
        <translation>Un mot de passe de moins de 8 caractères est facile à deviner.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncMonitor</name>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="128"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="130"/>
        <source>Starting the listener…</source>
        <translation>Démarrage du service d&apos;écoute…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="132"/>
        <source>Stopping the listener…</source>
        <translation>Arrêt du service d&apos;écoute…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="134"/>
        <source>Restarting the listener…</source>
        <translation>Redémarrage du service d&apos;écoute…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="136"/>
        <source>Rebuilding and restarting…</source>
        <translation>Reconstruction et redémarrage…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncmonitor.cpp" line="137"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncService</name>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="278"/>
        <source>%1 is an open relay: %2</source>
        <translation>%1 est un relais ouvert : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="288"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="299"/>
        <source>%1 is not a valid snapshot: %2</source>
        <translation>%1 n&apos;est pas un instantané valide : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="330"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="362"/>
        <location filename="../app/sync/syncservice.cpp" line="417"/>
        <location filename="../app/sync/syncservice.cpp" line="481"/>
        <location filename="../app/sync/syncservice.cpp" line="514"/>
        <location filename="../app/sync/syncservice.cpp" line="566"/>
        <source>Another program is syncing this data directory (%1); try again.</source>
        <translation>Un autre programme synchronise ce répertoire de données (%1) ; réessayez.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="368"/>
        <location filename="../app/sync/syncservice.cpp" line="427"/>
        <location filename="../app/sync/syncservice.cpp" line="519"/>
        <source>The configuration database cannot be read: %1</source>
        <translation>La base de données de configuration est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="382"/>
        <source>Revision %1 is written to %2, but no listener is running to load it.</source>
        <translation>La révision %1 est écrite dans %2, mais aucun service d&apos;écoute n&apos;est démarré pour la charger.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="397"/>
        <source>The listener refused revision %1: %2</source>
        <translation>Le service d&apos;écoute a refusé la révision %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="403"/>
        <source>after the reload the listener reports revision %1 (sha256 %2)</source>
        <translation>après le rechargement, le service d&apos;écoute indique la révision %1 (sha256 %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="406"/>
        <source>The listener did not load revision %1 as written.</source>
        <translation>Le service d&apos;écoute n&apos;a pas chargé la révision %1 telle qu&apos;elle a été écrite.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="409"/>
        <source>The listener enforces revision %1.</source>
        <translation>Le service d&apos;écoute applique la révision %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="422"/>
        <source>The listener is already running (pid %1).</source>
        <translation>Le service d&apos;écoute est déjà démarré (pid %1).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="438"/>
        <source>relaydesk-smtpd was not found beside this program or on PATH; install it or name it in RELAYDESK_SMTPD</source>
        <translation>relaydesk-smtpd est introuvable à côté de ce programme ou dans le PATH ; installez-le ou indiquez-le dans RELAYDESK_SMTPD</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="455"/>
        <source>The listener started (pid %1) and enforces revision %2.</source>
        <translation>Le service d&apos;écoute a démarré (pid %1) et applique la révision %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="462"/>
        <source>it exited without saying why</source>
        <translation>il s&apos;est arrêté sans en indiquer la raison</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="464"/>
        <location filename="../app/sync/syncservice.cpp" line="471"/>
        <source>The listener did not start: %1</source>
        <translation>Le service d&apos;écoute n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="467"/>
        <source>it did not answer on %1 within %2 seconds</source>
        <translation>il n&apos;a pas répondu sur %1 dans un délai de %2 secondes</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="490"/>
        <source>The listener is not running.</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="495"/>
        <source>The listener did not accept the stop: %1</source>
        <translation>Le service d&apos;écoute n&apos;a pas accepté l&apos;arrêt : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="503"/>
        <source>The listener (pid %1) did not stop within %2 seconds.</source>
        <translation>Le service d&apos;écoute (pid %1) ne s&apos;est pas arrêté dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="506"/>
        <source>The listener (pid %1) stopped.</source>
        <translation>Le service d&apos;écoute (pid %1) s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="533"/>
        <source>The listener did not accept the restart: %1</source>
        <translation>Le service d&apos;écoute n&apos;a pas accepté le redémarrage : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="542"/>
        <source>systemd did not start the listener again</source>
        <translation>systemd n&apos;a pas redémarré le service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="544"/>
        <source>The listener stopped for a restart, but systemd did not start it again (see &quot;journalctl -u relaydesk-smtpd&quot;).</source>
        <translation>Le service d&apos;écoute s&apos;est arrêté pour un redémarrage, mais systemd ne l&apos;a pas redémarré (voir &quot;journalctl -u relaydesk-smtpd&quot;).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="549"/>
        <source>systemd restarted the listener (pid %1).</source>
        <translation>systemd a redémarré le service d&apos;écoute (pid %1).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncservice.cpp" line="568"/>
        <source>cannot delete %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncStatus</name>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="98"/>
        <source>The configuration database cannot be read: %1</source>
        <translation>La base de données de configuration est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="104"/>
        <source>The listener is not running. Its last start failed: %1</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré. Son dernier démarrage a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="108"/>
        <source>The listener is not running, and its copy of the configuration is missing. Starting it renders revision %1 from the database.</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré, et sa copie de la configuration est absente. Son démarrage régénérera la révision %1 à partir de la base de données.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="111"/>
        <source>The listener is not running.</source>
        <translation>Le service d&apos;écoute n&apos;est pas démarré.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="124"/>
        <source>The listener refused revision %1 and still enforces revision %2: %3</source>
        <translation>Le service d&apos;écoute a refusé la révision %1 et applique toujours la révision %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="131"/>
        <source>The listener&apos;s copy of the configuration (listener/config.json) is missing. The listener enforces revision %1 from memory and would not start again.</source>
        <translation>La copie de la configuration du service d&apos;écoute (listener/config.json) est absente. Le service d&apos;écoute applique la révision %1 depuis la mémoire et ne pourrait pas redémarrer.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="136"/>
        <source>The listener&apos;s copy of the configuration is damaged: %1</source>
        <translation>La copie de la configuration du service d&apos;écoute est endommagée : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="141"/>
        <source>listener/config.json holds revision %1, but the listener still enforces revision %2: the process did not load the newer snapshot.</source>
        <translation>listener/config.json contient la révision %1, mais le service d&apos;écoute applique toujours la révision %2 : le processus n&apos;a pas chargé l&apos;instantané plus récent.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="146"/>
        <source>The listener enforces a configuration (revision %1) that differs from listener/config.json (revision %2).</source>
        <translation>Le service d&apos;écoute applique une configuration (révision %1) qui diffère de listener/config.json (révision %2).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="153"/>
        <source>listener/config.json was changed outside RelayDesk: it is not what the database holds for revision %1, yet the listener enforces it.</source>
        <translation>listener/config.json a été modifié en dehors de RelayDesk : il ne correspond pas à ce que la base de données contient pour la révision %1, et pourtant le service d&apos;écoute l&apos;applique.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="158"/>
        <source>The listener enforces revision %1, newer than the database&apos;s revision %2 (was the database restored from a backup?).</source>
        <translation>Le service d&apos;écoute applique la révision %1, plus récente que la révision %2 de la base de données (la base de données a-t-elle été restaurée à partir d&apos;une sauvegarde ?).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="166"/>
        <source>Revision %1 was pushed to the listener at %2, but it enforces the older revision %3 (was it restarted with an old copy?).</source>
        <translation>La révision %1 a été transmise au service d&apos;écoute le %2, mais il applique l&apos;ancienne révision %3 (a-t-il été redémarré avec une ancienne copie ?).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="172"/>
        <source>The database holds revision %1; the listener enforces revision %2.</source>
        <translation>La base de données contient la révision %1 ; le service d&apos;écoute applique la révision %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="180"/>
        <source>The listener enforces revision %1 but cannot serve every virtual server: %2</source>
        <translation>Le service d&apos;écoute applique la révision %1 mais ne peut pas desservir tous les serveurs virtuels : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="186"/>
        <source>The listener enforces revision %1, the database&apos;s current revision.</source>
        <translation>Le service d&apos;écoute applique la révision %1, la révision actuelle de la base de données.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="212"/>
        <source>Listener: checking…</source>
        <translation>Service d&apos;écoute : vérification…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="214"/>
        <source>In sync</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="216"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="218"/>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="220"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="222"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="250"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="252"/>
        <source>Start listener</source>
        <translation>Démarrer le service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="254"/>
        <source>Restart listener</source>
        <translation>Redémarrer le service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="256"/>
        <source>Rebuild and restart</source>
        <translation>Reconstruire et redémarrer</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncStatusWidget</name>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="130"/>
        <source>Listener: %1</source>
        <translation>Service d&apos;écoute : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="133"/>
        <source>The sync state is being checked.</source>
        <translation>L&apos;état de synchronisation est en cours de vérification.</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="135"/>
        <source>The listener said: %1</source>
        <translation>Le service d&apos;écoute a indiqué : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="145"/>
        <source>Wait until the listener action finishes.</source>
        <translation>Attendez la fin de l&apos;action du service d&apos;écoute.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncWorker</name>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="63"/>
        <source>The configuration database %1 cannot be opened: %2</source>
        <translation>La base de données de configuration %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="167"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Action inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="285"/>
        <source>The listener (pid %1) ended abnormally.</source>
        <translation>Le service d&apos;écoute (pid %1) s&apos;est terminé anormalement.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="287"/>
        <source>The listener (pid %1) exited with code %2.</source>
        <translation>Le service d&apos;écoute (pid %1) s&apos;est terminé avec le code %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="289"/>
        <source>The listener (pid %1) was stopped by another program.</source>
        <translation>Le service d&apos;écoute (pid %1) a été arrêté par un autre programme.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="292"/>
        <source>It said: %1</source>
        <translation>Il a indiqué : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/syncworker.cpp" line="312"/>
        <source>It is started again in %n second(s).</source>
        <translation>
            <numerusform>Il redémarre dans %n seconde.</numerusform>
            <numerusform>Il redémarre dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="332"/>
        <source>The listener could not be started again. %1</source>
        <translation>Le service d&apos;écoute n&apos;a pas pu être redémarré. %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestSendDialog</name>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="36"/>
        <source>%1 (%2 port %3)</source>
        <translation>%1 (%2 port %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="37"/>
        <source>%1 (no binding)</source>
        <translation>%1 (aucune liaison)</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="40"/>
        <source>Other host…</source>
        <translation>Autre hôte…</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="67"/>
        <source>Test Send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="71"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="72"/>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS s&apos;il est proposé</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="73"/>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="75"/>
        <source>RelayDesk test message</source>
        <translation>Message de test RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="190"/>
        <source>%1 has no IP address and port to connect to.</source>
        <translation>%1 n&apos;a ni adresse IP ni port auquel se connecter.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="195"/>
        <source>Enter the host name or IP address of the server.</source>
        <translation>Entrez le nom d&apos;hôte ou l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="204"/>
        <source>Source address: %1.</source>
        <translation>Adresse source : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="206"/>
        <source>Source address: %1 is not an address of this computer. The test connects from the source address, so it must be one of this computer&apos;s (any 127.x.y.z works).</source>
        <translation>Adresse source : %1 n&apos;est pas une adresse de cet ordinateur. Le test se connecte depuis l&apos;adresse source, qui doit donc être l&apos;une de celles de cet ordinateur (toute adresse 127.x.y.z convient).</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="215"/>
        <source>Enter the user name to authenticate as.</source>
        <translation>Entrez le nom d&apos;utilisateur sous lequel s&apos;authentifier.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="219"/>
        <source>Enter the password of %1.</source>
        <translation>Entrez le mot de passe de %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="228"/>
        <source>From: %1 is not a valid address: %2.</source>
        <translation>De : %1 n&apos;est pas une adresse valide : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="235"/>
        <source>Enter at least one recipient in To.</source>
        <translation>Entrez au moins un destinataire dans À.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="239"/>
        <source>To: %1 is not a valid address: %2.</source>
        <translation>À : %1 n&apos;est pas une adresse valide : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="279"/>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1 port %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="307"/>
        <source>Allowed after a test send</source>
        <translation>Autorisé après un envoi de test</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="338"/>
        <source>Accepted &lt;%1&gt;: %2</source>
        <translation>Accepté &lt;%1&gt; : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="338"/>
        <source>Refused &lt;%1&gt;: %2</source>
        <translation>Refusé &lt;%1&gt; : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="353"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="356"/>
        <source>%1: the server answered %2, but the database (revision %3) says: %4. The listener enforces another revision than the database; Sync now or Rebuild and restart fixes it.</source>
        <translation>%1 : le serveur a répondu %2, mais la base de données (révision %3) indique : %4. Le service d&apos;écoute applique une autre révision que la base de données ; Synchroniser maintenant ou Reconstruire et redémarrer corrige le problème.</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="359"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../app/gui/testsenddialog.cpp" line="371"/>
        <source>The server is not a virtual server of this configuration, so its reasons are its own: see its replies above.</source>
        <translation>Le serveur n&apos;est pas un serveur virtuel de cette configuration : ses raisons lui sont propres ; voir ses réponses ci-dessus.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TranscriptView</name>
    <message>
        <location filename="../app/gui/transcriptview.cpp" line="117"/>
        <source>Copy &amp;All</source>
        <translation>Copier &amp;tout</translation>
    </message>
</context>
<context>
    <name>RelayDesk::VirtualServerProperties</name>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="41"/>
        <source>(All Unassigned)</source>
        <translation>(Toutes non attribuées)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="42"/>
        <source>(All Unassigned, IPv4 and IPv6)</source>
        <translation>(Toutes non attribuées, IPv4 et IPv6)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="106"/>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration est illisible : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="111"/>
        <source>No virtual server is named &quot;%1&quot; any more.</source>
        <translation>Aucun serveur virtuel ne s&apos;appelle plus &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="120"/>
        <location filename="../app/gui/virtualserverproperties.cpp" line="122"/>
        <source>SMTP Virtual Server #%1</source>
        <translation>Serveur virtuel SMTP n°%1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="161"/>
        <source>The smart host password could not be saved: %1</source>
        <translation>Le mot de passe de l&apos;hôte actif n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="172"/>
        <source>New SMTP Virtual Server</source>
        <translation>Nouveau serveur virtuel SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="172"/>
        <location filename="../app/gui/virtualserverproperties.cpp" line="424"/>
        <source>%1 Properties</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/virtualserverproperties.cpp" line="310"/>
        <source>This virtual server listens on %n addresses; Advanced... lists them.</source>
        <translation>
            <numerusform>Ce serveur virtuel écoute sur %n adresse ; Avancé... la liste.</numerusform>
            <numerusform>Ce serveur virtuel écoute sur %n adresses ; Avancé... les liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="339"/>
        <source>Open relay: %1.</source>
        <translation>Relais ouvert : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="343"/>
        <source>%1 &lt;a href=&quot;#problem&quot;&gt;Show&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;#problem&quot;&gt;Afficher&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="385"/>
        <source>create virtual server %1</source>
        <translation>création du serveur virtuel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="386"/>
        <source>edit virtual server %1</source>
        <translation>modification du serveur virtuel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="398"/>
        <source>The configuration was changed by another program since this dialog was opened (%1).

Reload the dialog with the current configuration? Your changes in this dialog will be lost. Choose Cancel to keep them on screen; Apply will refuse them until you reload.</source>
        <translation>La configuration a été modifiée par un autre programme depuis l&apos;ouverture de cette boîte de dialogue (%1).

Recharger la boîte de dialogue avec la configuration actuelle ? Vos modifications dans cette boîte de dialogue seront perdues. Choisissez Annuler pour les conserver à l&apos;écran ; Appliquer les refusera tant que vous n&apos;aurez pas rechargé.</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverproperties.cpp" line="415"/>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>RelayPolicy</name>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="131"/>
        <source>entry %1 %2</source>
        <translation>entrée %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="143"/>
        <source>client %1 matches connection %2: only the list may connect → connection allowed</source>
        <translation>le client %1 correspond à la connexion %2 : seule la liste peut se connecter → connexion autorisée</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="148"/>
        <source>client %1 matches no connection entry and only the list may connect → access denied</source>
        <translation>le client %1 ne correspond à aucune entrée de connexion et seule la liste peut se connecter → accès refusé</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="154"/>
        <source>client %1 matches connection %2: all except the list may connect → access denied</source>
        <translation>le client %1 correspond à la connexion %2 : tous sauf la liste peuvent se connecter → accès refusé</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="160"/>
        <source>client %1 is not on the connection list: all except the list may connect → connection allowed</source>
        <translation>le client %1 ne figure pas dans la liste de connexion : tous sauf la liste peuvent se connecter → connexion autorisée</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="177"/>
        <source>%1 connections are open and the limit is %2 → try later</source>
        <translation>%1 connexions sont ouvertes et la limite est de %2 → réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="211"/>
        <source>%1 is not an enabled SMTP user of this configuration → treated as not authenticated</source>
        <translation>%1 n&apos;est pas un utilisateur SMTP activé de cette configuration → traité comme non authentifié</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="216"/>
        <source>AUTH is not offered in this session (%1) → treated as not authenticated</source>
        <translation>AUTH n&apos;est pas proposé dans cette session (%1) → traité comme non authentifié</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="217"/>
        <source>basic authentication requires TLS</source>
        <translation>l&apos;authentification de base nécessite TLS</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="218"/>
        <source>basic authentication is off</source>
        <translation>l&apos;authentification de base est désactivée</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="238"/>
        <source>the virtual server requires a secure channel and the session is not encrypted</source>
        <translation>le serveur virtuel exige un canal sécurisé et la session n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="242"/>
        <source>anonymous access is off and the session did not authenticate</source>
        <translation>l&apos;accès anonyme est désactivé et la session ne s&apos;est pas authentifiée</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="247"/>
        <source>the sender %1 is not a valid path: %2</source>
        <translation>l&apos;expéditeur %1 n&apos;est pas un chemin valide : %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="250"/>
        <source>the sender %1 has non-ASCII characters and the client did not ask for SMTPUTF8</source>
        <translation>l&apos;expéditeur %1 contient des caractères non ASCII et le client n&apos;a pas demandé SMTPUTF8</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="260"/>
        <source>the declared size %1 bytes is over the limit of %2 bytes</source>
        <translation>la taille déclarée de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="266"/>
        <source>null sender &lt;&gt; (a delivery report) → sender accepted</source>
        <translation>expéditeur nul &lt;&gt; (un rapport de remise) → expéditeur accepté</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="267"/>
        <source>sender %1 → sender accepted</source>
        <translation>expéditeur %1 → expéditeur accepté</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="293"/>
        <source>the recipient %1 is not a valid path: %2</source>
        <translation>le destinataire %1 n&apos;est pas un chemin valide : %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="300"/>
        <source>the recipient %1 has non-ASCII characters and the client did not ask for SMTPUTF8</source>
        <translation>le destinataire %1 contient des caractères non ASCII et le client n&apos;a pas demandé SMTPUTF8</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="310"/>
        <source>%1 recipients were already accepted and the limit is %2 → too many recipients</source>
        <translation>%1 destinataires ont déjà été acceptés et la limite est de %2 → trop de destinataires</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="318"/>
        <source>source route @%1 ignored; the recipient is %2</source>
        <translation>itinéraire source @%1 ignoré ; le destinataire est %2</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="328"/>
        <source>&lt;Postmaster&gt; is always accepted → local delivery</source>
        <translation>&lt;Postmaster&gt; est toujours accepté → remise locale</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="338"/>
        <source>the local part &quot;%1&quot; carries %, ! or @: the sender chose the route, so the address is never local</source>
        <translation>la partie locale &quot;%1&quot; contient %, ! ou @ : l&apos;expéditeur a choisi l&apos;itinéraire, l&apos;adresse n&apos;est donc jamais locale</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="343"/>
        <source>the local part &quot;%1&quot; carries a look-alike of %, ! or @ (NFKC reads it as &quot;%2&quot;): the sender chose the route, so the address is never local</source>
        <translation>la partie locale &quot;%1&quot; contient un caractère semblable à %, ! ou @ (NFKC le lit comme &quot;%2&quot;) : l&apos;expéditeur a choisi l&apos;itinéraire, l&apos;adresse n&apos;est donc jamais locale</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="348"/>
        <source>%1 is an address literal: never a local domain</source>
        <translation>%1 est un littéral d&apos;adresse : jamais un domaine local</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="352"/>
        <source>%1 is not in any recipient policy → relay</source>
        <translation>%1 ne figure dans aucune stratégie de destinataire → relais</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="362"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot;, not authoritative → accepted and forwarded</source>
        <translation>%1 correspond à @%2 de la stratégie de destinataire &quot;%3&quot;, ne faisant pas autorité → accepté et transféré</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="374"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot; (authoritative) and %4 is a known recipient → local delivery</source>
        <translation>%1 correspond à @%2 de la stratégie de destinataire &quot;%3&quot; (faisant autorité) et %4 est un destinataire connu → remise locale</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="386"/>
        <source>%1 matches @%2 of recipient policy &quot;%3&quot; (authoritative) but %4 is not a recipient → user unknown</source>
        <translation>%1 correspond à @%2 de la stratégie de destinataire &quot;%3&quot; (faisant autorité) mais %4 n&apos;est pas un destinataire → utilisateur inconnu</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="398"/>
        <source>client %1 has no forward-confirmed reverse DNS name: domain entries cannot match</source>
        <translation>le client %1 n&apos;a pas de nom DNS inverse confirmé (forward-confirmed) : les entrées de domaine ne peuvent pas correspondre</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="404"/>
        <source>client %1 matches relay %2 → relay allowed</source>
        <translation>le client %1 correspond au relais %2 → relais autorisé</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="408"/>
        <source>client %1 matches no relay entry (only the list may relay)</source>
        <translation>le client %1 ne correspond à aucune entrée de relais (seule la liste peut relayer)</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="411"/>
        <source>client %1 matches relay %2 (all except the list may relay)</source>
        <translation>le client %1 correspond au relais %2 (tous sauf la liste peuvent relayer)</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="414"/>
        <source>client %1 is not on the relay list: all except the list may relay → relay allowed</source>
        <translation>le client %1 ne figure pas dans la liste de relais : tous sauf la liste peuvent relayer → relais autorisé</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="421"/>
        <source>the session authenticated as %1 and authenticated relay is allowed → relay allowed</source>
        <translation>la session s&apos;est authentifiée en tant que %1 et le relais authentifié est autorisé → relais autorisé</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="426"/>
        <source>the session authenticated as %1 but authenticated relay is off</source>
        <translation>la session s&apos;est authentifiée en tant que %1 mais le relais authentifié est désactivé</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="429"/>
        <source>the session did not authenticate</source>
        <translation>la session ne s&apos;est pas authentifiée</translation>
    </message>
    <message>
        <location filename="../app/core/relaypolicy.cpp" line="438"/>
        <source>→ relay refused</source>
        <translation>→ relais refusé</translation>
    </message>
</context>
<context>
    <name>RelayTest</name>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="74"/>
        <source>Foreign sender to a foreign recipient</source>
        <translation>Expéditeur étranger vers un destinataire étranger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="75"/>
        <source>Local-domain sender to a foreign recipient</source>
        <translation>Expéditeur du domaine local vers un destinataire étranger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="76"/>
        <source>Null sender &lt;&gt; to a foreign recipient</source>
        <translation>Expéditeur nul &lt;&gt; vers un destinataire étranger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="77"/>
        <source>The local postmaster as sender</source>
        <translation>Le postmaster local comme expéditeur</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="79"/>
        <source>Sender at the server&apos;s own address literal</source>
        <translation>Expéditeur sur le littéral d&apos;adresse du serveur lui-même</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="81"/>
        <source>Postmaster of a foreign domain</source>
        <translation>Postmaster d&apos;un domaine étranger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="84"/>
        <source>Percent hack: user%foreign@local</source>
        <translation>Astuce du pourcentage : user%foreign@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="86"/>
        <source>Percent hack via the server&apos;s address literal</source>
        <translation>Astuce du pourcentage via le littéral d&apos;adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="88"/>
        <source>Percent hack with the local domain and a trailing dot</source>
        <translation>Astuce du pourcentage avec le domaine local et un point final</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="90"/>
        <source>Percent hack in upper case</source>
        <translation>Astuce du pourcentage en majuscules</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="92"/>
        <source>Quoted percent hack: &quot;user%foreign&quot;@local</source>
        <translation>Astuce du pourcentage entre guillemets : &quot;user%foreign&quot;@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="94"/>
        <source>Percent hack from the null sender</source>
        <translation>Astuce du pourcentage depuis l&apos;expéditeur nul</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="96"/>
        <source>Unqualified percent hack: user%foreign</source>
        <translation>Astuce du pourcentage non qualifiée : user%foreign</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="98"/>
        <source>Full-width percent sign (a look-alike of %)</source>
        <translation>Signe pourcentage pleine chasse (un caractère semblable à %)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="101"/>
        <source>Bang path: foreign!user@local</source>
        <translation>Chemin bang : foreign!user@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="103"/>
        <source>Bang path via the server&apos;s address literal</source>
        <translation>Chemin bang via le littéral d&apos;adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="105"/>
        <source>Bang path with the local domain and a trailing dot</source>
        <translation>Chemin bang avec le domaine local et un point final</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="107"/>
        <source>Unqualified bang path: foreign!user</source>
        <translation>Chemin bang non qualifié : foreign!user</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="110"/>
        <source>Quoted local part: &quot;user@foreign&quot;@local</source>
        <translation>Partie locale entre guillemets : &quot;user@foreign&quot;@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="112"/>
        <source>Quoted address alone: &quot;user@foreign&quot;</source>
        <translation>Adresse entre guillemets seule : &quot;user@foreign&quot;</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="114"/>
        <source>Two @ signs: user@foreign@local</source>
        <translation>Deux signes @ : user@foreign@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="116"/>
        <source>Escaped @ in the local part: user\@foreign@local</source>
        <translation>@ échappé dans la partie locale : user\\@foreign@local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="119"/>
        <source>Source route: @local:user@foreign</source>
        <translation>Itinéraire source : @local:user@foreign</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="121"/>
        <source>Source route via the server&apos;s address literal</source>
        <translation>Itinéraire source via le littéral d&apos;adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="123"/>
        <source>Source route through local and foreign hops</source>
        <translation>Itinéraire source par des sauts locaux et étrangers</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="126"/>
        <source>Foreign IPv4 literal: user@[192.0.2.1]</source>
        <translation>Littéral IPv4 étranger : user@[192.0.2.1]</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="128"/>
        <source>Foreign IPv6 literal: user@[IPv6:2001:db8::1]</source>
        <translation>Littéral IPv6 étranger : user@[IPv6:2001:db8::1]</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="131"/>
        <source>Foreign domain with a trailing dot</source>
        <translation>Domaine étranger avec un point final</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="133"/>
        <source>Foreign address in upper case with a trailing dot</source>
        <translation>Adresse étrangère en majuscules avec un point final</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="136"/>
        <source>Local domain as the prefix of a foreign one</source>
        <translation>Domaine local comme préfixe d&apos;un domaine étranger</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="138"/>
        <source>Local domain as the end of a foreign label</source>
        <translation>Domaine local comme fin d&apos;une étiquette étrangère</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="140"/>
        <source>Local domain glued to a foreign one with a hyphen</source>
        <translation>Domaine local accolé à un domaine étranger par un trait d&apos;union</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="143"/>
        <source>Unqualified recipient: user</source>
        <translation>Destinataire non qualifié : user</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="147"/>
        <source>Percent hack through a second local domain</source>
        <translation>Astuce du pourcentage via un second domaine local</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="217"/>
        <source>every loopback address that connection control lets in is on the relay list of %1: the test needs a client the list does not admit</source>
        <translation>chaque adresse de bouclage que le contrôle de connexion laisse entrer figure dans la liste de relais de %1 : le test nécessite un client que la liste n&apos;admet pas</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestcase.cpp" line="220"/>
        <source>connection control of %1 lets no loopback address in</source>
        <translation>le contrôle de connexion de %1 ne laisse entrer aucune adresse de bouclage</translation>
    </message>
</context>
<context>
    <name>RelayTestCommand</name>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="38"/>
        <source>Virtual server NAME (default: the only one).</source>
        <translation>Serveur virtuel NAME (par défaut : le seul existant).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="40"/>
        <source>Test from IP, a local address that the relay list does not admit (default: a 127.0.0.x address chosen with the relay rules).</source>
        <translation>Tester depuis IP, une adresse locale que la liste de relais n&apos;admet pas (par défaut : une adresse 127.0.0.x choisie d&apos;après les règles de relais).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="44"/>
        <source>Write the report with every transcript to FILE (HTML for .html/.htm, else text).</source>
        <translation>Écrire le rapport avec toutes les transcriptions dans FILE (HTML pour .html/.htm, texte sinon).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="47"/>
        <source>The foreign DOMAIN of the relay attempts (default relaytest.invalid).</source>
        <translation>Le domaine étranger DOMAIN des tentatives de relais (par défaut relaytest.invalid).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="49"/>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Secondes d&apos;attente pour chaque réponse (par défaut 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="60"/>
        <source>--timeout takes 1 to 3600 seconds</source>
        <translation>--timeout accepte de 1 à 3600 secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="66"/>
        <source>--foreign-domain needs a domain name such as relaytest.invalid</source>
        <translation>--foreign-domain nécessite un nom de domaine tel que relaytest.invalid</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="80"/>
        <source>the virtual server &quot;%1&quot; has no binding</source>
        <translation>le serveur virtuel &quot;%1&quot; n&apos;a aucune liaison</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="90"/>
        <source>--source-address %1 is not an IPv4 or IPv6 address</source>
        <translation>--source-address %1 n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="96"/>
        <source>--source-address %1 is not an address of this machine: the test binds it as the client&apos;s address (any 127.x.y.z works on Linux)</source>
        <translation>--source-address %1 n&apos;est pas une adresse de cette machine : le test la lie comme adresse du client (toute adresse 127.x.y.z convient sous Linux)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="101"/>
        <source>%1 may relay through %2 (the relay restrictions admit it), so the test would prove nothing: choose an address the relay list does not admit, or leave --source-address out</source>
        <translation>%1 peut relayer par %2 (les restrictions de relais l&apos;admettent), le test ne prouverait donc rien : choisissez une adresse que la liste de relais n&apos;admet pas, ou omettez --source-address</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="110"/>
        <source>no client address to test from: %1</source>
        <translation>aucune adresse de client depuis laquelle tester : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="115"/>
        <source>warning: the relay restrictions of %1 let %2 relay without authenticating: expect the attempts to get through</source>
        <translation>avertissement : les restrictions de relais de %1 permettent à %2 de relayer sans s&apos;authentifier : attendez-vous à ce que les tentatives aboutissent</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="122"/>
        <source>Open-relay self-test of %1 (%2 port %3, revision %4) from %5: %6 relay attempts, each in its own session; no message is sent.</source>
        <translation>Autotest de relais ouvert de %1 (%2 port %3, révision %4) depuis %5 : %6 tentatives de relais, chacune dans sa propre session ; aucun message n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="169"/>
        <source>relayed: %1 (%2): RCPT TO:&lt;%3&gt; → %4</source>
        <translation>relayé : %1 (%2) : RCPT TO:&lt;%3&gt; → %4</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="173"/>
        <source>inconclusive: %1 (%2): %3</source>
        <translation>non concluant : %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="177"/>
        <source>%1: the database says %2, the listener answered %3 (see relaydeskctl status)</source>
        <translation>%1 : la base de données indique %2, le service d&apos;écoute a répondu %3 (voir relaydeskctl status)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_relaytest.cpp" line="182"/>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
</context>
<context>
    <name>RelayTestDialog</name>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="14"/>
        <source>Open Relay Self-Test</source>
        <translation>Autotest de relais ouvert</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="20"/>
        <source>Classic relay attempts against the running listener, each in its own session from a client address that is not on the relay list. A case passes only when the relay is refused at RCPT. No message is sent.</source>
        <translation>Tentatives de relais classiques contre le service d&apos;écoute démarré, chacune dans sa propre session, depuis une adresse de client qui ne figure pas dans la liste de relais. Un cas n&apos;est réussi que si le relais est refusé à RCPT. Aucun message n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="32"/>
        <source>&amp;Virtual server:</source>
        <translation>Serveur &amp;virtuel :</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="45"/>
        <source>&amp;Test from client address:</source>
        <translation>&amp;Tester depuis l&apos;adresse du client :</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="55"/>
        <source>An address of this computer that connection control lets in and the relay list does not admit (any 127.x.y.z works on Linux).</source>
        <translation>Une adresse de cet ordinateur que le contrôle de connexion laisse entrer et que la liste de relais n&apos;admet pas (toute adresse 127.x.y.z convient sous Linux).</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="62"/>
        <source>&amp;Foreign domain:</source>
        <translation>&amp;Domaine étranger :</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="72"/>
        <source>relaytest.invalid</source>
        <translation>relaytest.invalid</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="75"/>
        <source>A domain that is certainly not local, the destination of the relay attempts (optional).</source>
        <translation>Un domaine qui n&apos;est assurément pas local, destination des tentatives de relais (facultatif).</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="93"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="106"/>
        <source>&amp;Cancel Test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="126"/>
        <source>Relay attempts</source>
        <translation>Tentatives de relais</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="140"/>
        <source>Transcript of the selected case</source>
        <translation>Transcription du cas sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/relaytestdialog.ui" line="169"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
</context>
<context>
    <name>RelayTestReport</name>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="30"/>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
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
        <translation>%1 refusés, %2 relayés, %3 non concluants, %4 cas exécutés sur %5</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="64"/>
        <location filename="../app/client/relaytestreport.cpp" line="105"/>
        <location filename="../app/client/relaytestreport.cpp" line="111"/>
        <source>RelayDesk open-relay self-test</source>
        <translation>Autotest de relais ouvert RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="65"/>
        <source>Server:   %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="66"/>
        <source>Client:   %1</source>
        <translation>Client :  %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="67"/>
        <location filename="../app/client/relaytestreport.cpp" line="118"/>
        <source>(chosen by the system)</source>
        <translation>(choisie par le système)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="69"/>
        <source>Started:  %1</source>
        <translation>Début :   %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="70"/>
        <source>Finished: %1</source>
        <translation>Fin :     %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="71"/>
        <source>Result:   %1</source>
        <translation>Bilan :   %1</translation>
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
        <translation>   Réponse :         %1</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="81"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="84"/>
        <source>   Database: %1%2</source>
        <translation>   Base de données : %1%2</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="86"/>
        <source>  ← the server answered differently</source>
        <translation>  ← le serveur a répondu différemment</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="117"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="118"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="119"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="120"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="121"/>
        <source>Result</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="122"/>
        <location filename="../app/client/relaytestreport.cpp" line="123"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="124"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="125"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="126"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="127"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="138"/>
        <source>Transcripts</source>
        <translation>Transcriptions</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="148"/>
        <source>The database says %1; the server answered %2.</source>
        <translation>La base de données indique %1 ; le serveur a répondu %2.</translation>
    </message>
    <message>
        <location filename="../app/client/relaytestreport.cpp" line="198"/>
        <location filename="../app/client/relaytestreport.cpp" line="204"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../ui/revisiondialog.ui" line="14"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../ui/revisiondialog.ui" line="33"/>
        <source>The change in words</source>
        <translation>La modification en toutes lettres</translation>
    </message>
</context>
<context>
    <name>ServerDetails</name>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="34"/>
        <source>(All Unassigned)</source>
        <translation>(Toutes non attribuées)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="41"/>
        <source>Only the list</source>
        <translation>Seulement la liste</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="41"/>
        <source>All except the list</source>
        <translation>Tous sauf la liste</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="42"/>
        <source>%1 (open relay)</source>
        <translation>%1 (relais ouvert)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="48"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="49"/>
        <location filename="../app/gui/serverdetails.cpp" line="189"/>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="49"/>
        <source>Virtual Servers</source>
        <translation>Serveurs virtuels</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="49"/>
        <source>Listener</source>
        <translation>Service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="60"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="60"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="62"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="63"/>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="64"/>
        <source>Configuration database</source>
        <translation>Base de données de configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="65"/>
        <source>Configuration revision</source>
        <translation>Révision de la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="66"/>
        <source>Listener state</source>
        <translation>État du service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="67"/>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="108"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="110"/>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="112"/>
        <source>Delivering</source>
        <translation>Remise en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="114"/>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="121"/>
        <source>Smart host</source>
        <translation>Hôte actif</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="123"/>
        <source>Forward unresolved</source>
        <translation>Transfert des non résolus</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="125"/>
        <source>Direct (MX)</source>
        <translation>Directe (MX)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="138"/>
        <source>Queues on %1</source>
        <translation>Files d&apos;attente sur %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <source>Virtual Server</source>
        <translation>Serveur virtuel</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <location filename="../app/gui/serverdetails.cpp" line="238"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="139"/>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <location filename="../app/gui/serverdetails.cpp" line="238"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <source>Oldest</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <source>Next Retry</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="140"/>
        <source>Last Error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="142"/>
        <source>The smart host or forwarding host (host:port), or the recipients&apos; domain</source>
        <translation>L&apos;hôte actif ou l&apos;hôte de transfert (hôte:port), ou le domaine des destinataires</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="145"/>
        <source>When the oldest message of the queue was received</source>
        <translation>Date de réception du message le plus ancien de la file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="146"/>
        <source>When the listener attempts the queue next</source>
        <translation>Date de la prochaine tentative de la file d&apos;attente par le service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="148"/>
        <source>The remote server&apos;s reply or the connection error of the last attempt</source>
        <translation>La réponse du serveur distant ou l&apos;erreur de connexion de la dernière tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="168"/>
        <source>%1 (%2 frozen)</source>
        <translation>%1 (%2 gelés)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="13"/>
        <source>Not known yet: the console is asking the listener</source>
        <translation>Pas encore connu : la console interroge le service d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="22"/>
        <source>Not running</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="23"/>
        <source>Running, pid %1, revision %2</source>
        <translation>Démarré, pid %1, révision %2</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="27"/>
        <source> (systemd service)</source>
        <translation> (service systemd)</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="69"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="73"/>
        <source>Connections since start</source>
        <translation>Connexions depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="75"/>
        <source>Messages accepted</source>
        <translation>Messages acceptés</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="79"/>
        <source>Refused: %1</source>
        <translation>Refusés : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="181"/>
        <source>No message waits for outbound delivery.</source>
        <translation>Aucun message n&apos;attend de remise sortante.</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="188"/>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="189"/>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Les serveurs virtuels SMTP de cet hôte</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <source>IP Address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="198"/>
        <source>TCP Port</source>
        <translation>Port TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="199"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="199"/>
        <source>Relay Entries</source>
        <translation>Entrées de relais</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="199"/>
        <source>Authenticated Relay</source>
        <translation>Relais authentifié</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="204"/>
        <source>Which computers may relay</source>
        <translation>Les ordinateurs qui peuvent relayer</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="206"/>
        <source>Whether computers that authenticate may relay regardless of the list</source>
        <translation>Si les ordinateurs qui s&apos;authentifient peuvent relayer quelle que soit la liste</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="216"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="216"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="221"/>
        <location filename="../app/gui/serverdetails.cpp" line="256"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="221"/>
        <location filename="../app/gui/serverdetails.cpp" line="256"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="223"/>
        <source>Open relay: %1</source>
        <translation>Relais ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="229"/>
        <source>There are no SMTP virtual servers.</source>
        <translation>Il n&apos;existe aucun serveur virtuel SMTP.</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="236"/>
        <source>Current Sessions of %1</source>
        <translation>Sessions en cours de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="237"/>
        <source>Connected From</source>
        <translation>Connecté à partir de</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="237"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="237"/>
        <source>Connected Since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="238"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/serverdetails.cpp" line="261"/>
        <source>No client is connected.</source>
        <translation>Aucun client n&apos;est connecté.</translation>
    </message>
</context>
<context>
    <name>SmtpClientResult</name>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="92"/>
        <source>the connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="94"/>
        <source>the greeting</source>
        <translation>accueil</translation>
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
        <translation>fin du message</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="110"/>
        <source>the end of the conversation</source>
        <translation>fin de la conversation</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="122"/>
        <source>Delivered: the server queued the message for %n recipient(s).</source>
        <translation>
            <numerusform>Remis : le serveur a mis le message en file d&apos;attente pour %n destinataire.</numerusform>
            <numerusform>Remis : le serveur a mis le message en file d&apos;attente pour %n destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="123"/>
        <source>Partly delivered: the server queued the message for %1 and refused %2.</source>
        <translation>Partiellement remis : le serveur a mis le message en file d&apos;attente pour %1 et a refusé %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="124"/>
        <location filename="../app/client/smtpclientresult.cpp" line="134"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="127"/>
        <source>Refused: the server accepted none of the recipients; no message was sent.</source>
        <translation>Refusé : le serveur n&apos;a accepté aucun des destinataires ; aucun message n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="128"/>
        <source>Refused at %1: %2</source>
        <translation>Refusé à l&apos;étape %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="131"/>
        <source>Probed: the server would accept every recipient (%n); no message was sent.</source>
        <translation>
            <numerusform>Sondé : le serveur accepterait le destinataire (%n) ; aucun message n&apos;a été envoyé.</numerusform>
            <numerusform>Sondé : le serveur accepterait tous les destinataires (%n) ; aucun message n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="133"/>
        <source>Probed: the server would accept %1 and refuses %2; no message was sent.</source>
        <translation>Sondé : le serveur accepterait %1 et refuse %2 ; aucun message n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="136"/>
        <source>Failed at %1: %2</source>
        <translation>Échec à l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/client/smtpclientresult.cpp" line="138"/>
        <source>Cancelled at %1.</source>
        <translation>Annulé à l&apos;étape %1.</translation>
    </message>
</context>
<context>
    <name>SmtpUserDialog</name>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="6"/>
        <source>SMTP User</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="14"/>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="24"/>
        <source>crm-app</source>
        <translation>crm-app</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="31"/>
        <source>&amp;Enabled: may authenticate</source>
        <translation>&amp;Activé : peut s&apos;authentifier</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="55"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="74"/>
        <source>Only a salted PBKDF2 hash of the password is kept; nobody can read the password back.</source>
        <translation>Seul un hachage PBKDF2 salé du mot de passe est conservé ; personne ne peut relire le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/smtpuserdialog.ui" line="87"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="79"/>
        <source>The database revision, the listener&apos;s state and revision, whether they are in sync (exit 1 when not), and open-relay warnings.</source>
        <translation>La révision de la base de données, l&apos;état et la révision du service d&apos;écoute, s&apos;ils sont synchronisés (code de sortie 1 sinon), et les avertissements de relais ouvert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="88"/>
        <source>status takes no arguments</source>
        <translation>status n&apos;accepte aucun argument</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="102"/>
        <source>Push the current revision to the running listener and wait until it enforces it.</source>
        <translation>Transmettre la révision actuelle au service d&apos;écoute en cours d&apos;exécution et attendre qu&apos;il l&apos;applique.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="110"/>
        <source>sync takes no arguments</source>
        <translation>sync n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="124"/>
        <location filename="../app/cli/cmd_sync.cpp" line="130"/>
        <source>To fix it: %1</source>
        <translation>Pour corriger : %1</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <location filename="../app/client/testmessage.cpp" line="133"/>
        <source>RelayDesk test message</source>
        <translation>Message de test RelayDesk</translation>
    </message>
    <message>
        <location filename="../app/client/testmessage.cpp" line="143"/>
        <source>This is a test message sent by RelayDesk at %1.
</source>
        <translation>Ceci est un message de test envoyé par RelayDesk le %1.
</translation>
    </message>
</context>
<context>
    <name>TestSendCommand</name>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="53"/>
        <source>The server H (an address or a host name).</source>
        <translation>Le serveur H (une adresse ou un nom d&apos;hôte).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="54"/>
        <source>The port P (default 25).</source>
        <translation>Le port P (par défaut 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="57"/>
        <source>Test the virtual server NAME of this database (its first binding; instead of --host).</source>
        <translation>Tester le serveur virtuel NAME de cette base de données (sa première liaison ; à la place de --host).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="60"/>
        <source>Connect from IP, an address of this machine (any 127.x.y.z on Linux).</source>
        <translation>Se connecter depuis IP, une adresse de cette machine (toute adresse 127.x.y.z sous Linux).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="62"/>
        <source>Use STARTTLS when the server offers it.</source>
        <translation>Utiliser STARTTLS lorsque le serveur le propose.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="64"/>
        <source>Use STARTTLS; stop if the server does not offer it.</source>
        <translation>Utiliser STARTTLS ; s&apos;arrêter si le serveur ne le propose pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="66"/>
        <source>Accept a server certificate that cannot be verified (self-signed).</source>
        <translation>Accepter un certificat de serveur qui ne peut pas être vérifié (auto-signé).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="68"/>
        <source>Authenticate as U (AUTH PLAIN or LOGIN).</source>
        <translation>S&apos;authentifier en tant que U (AUTH PLAIN ou LOGIN).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="70"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="72"/>
        <source>Sender ADDR (&lt;&gt; for the null sender).</source>
        <translation>Expéditeur ADDR (&lt;&gt; pour l&apos;expéditeur nul).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="74"/>
        <source>Recipient ADDR; repeat for several.</source>
        <translation>Destinataire ADDR ; à répéter pour plusieurs destinataires.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="75"/>
        <source>Subject S.</source>
        <translation>Objet S.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="77"/>
        <source>The body from file F (UTF-8 text).</source>
        <translation>Le corps du message lu dans le fichier F (texte UTF-8).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="78"/>
        <source>The EHLO/HELO NAME (default: this machine&apos;s name).</source>
        <translation>Le nom NAME pour EHLO/HELO (par défaut : le nom de cette machine).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="80"/>
        <source>Stop after RCPT with RSET: no message is sent.</source>
        <translation>S&apos;arrêter après RCPT avec RSET : aucun message n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="81"/>
        <source>Seconds to wait for each answer (default 60).</source>
        <translation>Secondes d&apos;attente pour chaque réponse (par défaut 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="89"/>
        <source>test-send needs either --host H or --vs NAME</source>
        <translation>test-send nécessite --host H ou --vs NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="91"/>
        <source>test-send needs --from ADDR (&lt;&gt; for the null sender)</source>
        <translation>test-send nécessite --from ADDR (&lt;&gt; pour l&apos;expéditeur nul)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="94"/>
        <source>test-send needs at least one --to ADDR</source>
        <translation>test-send nécessite au moins un --to ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="96"/>
        <source>--starttls and --require-tls exclude each other</source>
        <translation>--starttls et --require-tls s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="98"/>
        <source>--user U needs --password-stdin (and the other way round)</source>
        <translation>--user U nécessite --password-stdin (et inversement)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="110"/>
        <source>--source-address %1 is not an IPv4 or IPv6 address</source>
        <translation>--source-address %1 n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="112"/>
        <source>--source-address %1 is not an address of this computer: a test can only be sent from a loopback address (any 127.x.y.z) or an address of one of its interfaces</source>
        <translation>--source-address %1 n&apos;est pas une adresse de cet ordinateur : un test ne peut être envoyé que depuis une adresse de bouclage (toute adresse 127.x.y.z) ou une adresse de l&apos;une de ses interfaces</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="121"/>
        <source>--timeout takes 1 to 3600 seconds</source>
        <translation>--timeout accepte de 1 à 3600 secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="134"/>
        <source>--password-stdin: standard input has no password</source>
        <translation>--password-stdin : l&apos;entrée standard ne contient aucun mot de passe</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="149"/>
        <source>the virtual server &quot;%1&quot; has no binding</source>
        <translation>le serveur virtuel &quot;%1&quot; n&apos;a aucune liaison</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="161"/>
        <source>--port %1 is not a port number (1-65535)</source>
        <translation>--port %1 n&apos;est pas un numéro de port (1-65535)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="183"/>
        <source>cannot read --body-file %1: %2</source>
        <translation>impossible de lire --body-file %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="245"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="245"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="256"/>
        <source>The server answered: %1</source>
        <translation>Le serveur a répondu :       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="256"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="258"/>
        <source>The database says:  %1</source>
        <translation>La base de données indique : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="260"/>
        <source>They disagree: the listener may enforce another revision than the database (see relaydeskctl status).</source>
        <translation>Ils sont en désaccord : le service d&apos;écoute applique peut-être une autre révision que la base de données (voir relaydeskctl status).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_testsend.cpp" line="266"/>
        <source>The server is not a virtual server of this database, so its reasons are its own: see its replies above.</source>
        <translation>Le serveur n&apos;est pas un serveur virtuel de cette base de données : ses raisons lui sont propres ; voir ses réponses ci-dessus.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <location filename="../ui/testsenddialog.ui" line="6"/>
        <source>Test Send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="22"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="35"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="60"/>
        <source>mail.example.com or 192.0.2.10</source>
        <translation>mail.example.com ou 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="63"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="70"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="96"/>
        <source>S&amp;ource address:</source>
        <translation>Adresse s&amp;ource :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="106"/>
        <source>Chosen by the system</source>
        <translation>Choisie par le système</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="113"/>
        <source>S&amp;ecurity:</source>
        <translation>Sécur&amp;ité :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="141"/>
        <source>Accept an &amp;untrusted certificate</source>
        <translation>Accepter un certificat &amp;non approuvé</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="158"/>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="180"/>
        <source>&amp;Authenticate as</source>
        <translation>S&apos;&amp;authentifier en tant que</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="187"/>
        <location filename="../ui/testsenddialog.ui" line="190"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="200"/>
        <location filename="../ui/testsenddialog.ui" line="203"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="213"/>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="223"/>
        <source>Empty: the null sender &lt;&gt;</source>
        <translation>Vide : l&apos;expéditeur nul &lt;&gt;</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="230"/>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="249"/>
        <source>One address per line, or separated by commas</source>
        <translation>Une adresse par ligne, ou séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="256"/>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="269"/>
        <source>Bod&amp;y:</source>
        <translation>Co&amp;rps :</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="288"/>
        <source>Empty: a short text naming the time and the program</source>
        <translation>Vide : un court texte indiquant l&apos;heure et le programme</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="309"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="319"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="333"/>
        <source>&amp;Copy Transcript</source>
        <translation>&amp;Copier la transcription</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="342"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="377"/>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <location filename="../ui/testsenddialog.ui" line="384"/>
        <source>A&amp;llow this computer to relay…</source>
        <translation>Autoriser cet ordinateur à re&amp;layer…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="45"/>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>le texte comporte %1 caractères ; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="55"/>
        <source>the text contains the control character U+%1 at position %2</source>
        <translation>le texte contient le caractère de contrôle U+%1 à la position %2</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="63"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (%2 à %3)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="116"/>
        <location filename="../app/core/validation.cpp" line="121"/>
        <location filename="../app/core/validation.cpp" line="180"/>
        <source>%1 is not an IPv4 or IPv6 address</source>
        <translation>%1 n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="129"/>
        <source>%1 is not a prefix length for %2 (0 to %3)</source>
        <translation>%1 n&apos;est pas une longueur de préfixe pour %2 (0 à %3)</translation>
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
        <translation>un masque de réseau en notation décimale pointée ne s&apos;applique qu&apos;à IPv4 ; utilisez prefixLength pour %1</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="138"/>
        <source>%1 is not a contiguous netmask</source>
        <translation>%1 n&apos;est pas un masque de réseau contigu</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="144"/>
        <location filename="../app/core/validation.cpp" line="195"/>
        <location filename="../app/core/validation.cpp" line="242"/>
        <source>&quot;%1&quot; is not a DNS domain name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de domaine DNS</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="158"/>
        <source>basic authentication needs a user name</source>
        <translation>l&apos;authentification de base nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="162"/>
        <source>anonymous access sends no user name; leave it empty</source>
        <translation>l&apos;accès anonyme n&apos;envoie aucun nom d&apos;utilisateur ; laissez-le vide</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="168"/>
        <location filename="../app/core/validation.cpp" line="374"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="174"/>
        <source>an enabled virtual server needs at least one IP address and port</source>
        <translation>un serveur virtuel activé nécessite au moins une adresse IP et un port</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="184"/>
        <source>%1 port %2 is listed twice</source>
        <translation>%1 port %2 figure deux fois</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="188"/>
        <source>&quot;%1&quot; is not a fully-qualified domain name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de domaine complet (FQDN)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="202"/>
        <source>a certificate needs its private key, and a private key its certificate</source>
        <translation>un certificat nécessite sa clé privée, et une clé privée son certificat</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="205"/>
        <source>a secure channel cannot be required without a certificate</source>
        <translation>un canal sécurisé ne peut pas être exigé sans certificat</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="217"/>
        <source>the session size limit (%1 KB) is smaller than the message size limit (%2 KB)</source>
        <translation>la limite de taille de session (%1 Ko) est inférieure à la limite de taille des messages (%2 Ko)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="224"/>
        <location filename="../app/core/validation.cpp" line="414"/>
        <location filename="../app/core/validation.cpp" line="425"/>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse de messagerie : %2</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="228"/>
        <location filename="../app/core/validation.cpp" line="245"/>
        <source>&quot;%1&quot; is not a host name or an address in brackets</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse entre crochets</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="233"/>
        <source>expected 4 intervals (first, second, third, subsequent), found %1</source>
        <translation>4 intervalles attendus (premier, deuxième, troisième, suivants), %1 trouvé(s)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="249"/>
        <source>there is no smart host to fall back to</source>
        <translation>il n&apos;y a aucun hôte actif de repli</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="284"/>
        <source>every computer whose name ends in .%1</source>
        <translation>tout ordinateur dont le nom se termine par .%1</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="291"/>
        <source>more than a /8 network</source>
        <translation>plus qu&apos;un réseau /8</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="296"/>
        <source>more than a /8 network of IPv4 clients</source>
        <translation>plus qu&apos;un réseau /8 de clients IPv4</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="297"/>
        <source>more than a /32 network</source>
        <translation>plus qu&apos;un réseau /32</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="308"/>
        <source>basic authentication to the smart host without TLS: the password crosses the network in clear text</source>
        <translation>authentification de base auprès de l&apos;hôte actif sans TLS : le mot de passe circule en clair sur le réseau</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="312"/>
        <source>basic authentication to the smart host with opportunistic TLS: if the smart host does not offer STARTTLS (or an attacker removes it) the password crosses the network in clear text; choose TLS required</source>
        <translation>authentification de base auprès de l&apos;hôte actif avec TLS opportuniste : si l&apos;hôte actif ne propose pas STARTTLS (ou si un attaquant le supprime), le mot de passe circule en clair sur le réseau ; choisissez TLS obligatoire</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="317"/>
        <source>basic authentication is set but there is no smart host: the credentials are sent to no one (they are never sent to other domains&apos; mail servers)</source>
        <translation>l&apos;authentification de base est définie mais il n&apos;y a pas d&apos;hôte actif : les informations d&apos;identification ne sont envoyées à personne (elles ne sont jamais envoyées aux serveurs de messagerie d&apos;autres domaines)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="341"/>
        <source>another virtual server is already named &quot;%1&quot;</source>
        <translation>un autre serveur virtuel s&apos;appelle déjà &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="356"/>
        <source>%1 port %2 is already used by %3</source>
        <translation>%1 port %2 est déjà utilisé par %3</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="377"/>
        <source>another recipient policy is already named &quot;%1&quot;</source>
        <translation>une autre stratégie de destinataire s&apos;appelle déjà &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="388"/>
        <source>&quot;%1&quot; is not a supported address type (only &quot;SMTP&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type d&apos;adresse pris en charge (uniquement &quot;SMTP&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="392"/>
        <source>&quot;%1&quot; is not an SMTP address space (expected @domain or @*.domain)</source>
        <translation>&quot;%1&quot; n&apos;est pas un espace d&apos;adressage SMTP (attendu : @domaine ou @*.domaine)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="396"/>
        <source>%1 is already in a recipient policy</source>
        <translation>%1 figure déjà dans une stratégie de destinataire</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="403"/>
        <source>only one SMTP address can be primary, found %1</source>
        <translation>une seule adresse SMTP peut être principale, %1 trouvées</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="416"/>
        <source>an address literal cannot be a local mailbox</source>
        <translation>un littéral d&apos;adresse ne peut pas être une boîte aux lettres locale</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="419"/>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="427"/>
        <source>a recipient cannot forward to itself</source>
        <translation>un destinataire ne peut pas transférer vers lui-même</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="438"/>
        <source>&quot;%1&quot; is not a user name (1 to 64 letters, digits and . _ @ + -)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;utilisateur (1 à 64 lettres, chiffres et . _ @ + -)</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="440"/>
        <source>another SMTP user is already named &quot;%1&quot;</source>
        <translation>un autre utilisateur SMTP s&apos;appelle déjà &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="455"/>
        <source>relay is allowed for all computers (all except the list, and the list is empty)</source>
        <translation>le relais est autorisé pour tous les ordinateurs (tous sauf la liste, et la liste est vide)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/validation.cpp" line="456"/>
        <source>relay is allowed for all computers except the %n on the list</source>
        <translation>
            <numerusform>le relais est autorisé pour tous les ordinateurs sauf celui de la liste (%n)</numerusform>
            <numerusform>le relais est autorisé pour tous les ordinateurs sauf les %n de la liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="464"/>
        <source>relay entry %1 (%2) admits %3</source>
        <translation>l&apos;entrée de relais %1 (%2) admet %3</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="478"/>
        <source>there is no virtual server: nothing will accept mail</source>
        <translation>il n&apos;y a aucun serveur virtuel : rien n&apos;acceptera de courrier</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="484"/>
        <source>open relay: %1</source>
        <translation>relais ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="489"/>
        <source>%1 admits %2</source>
        <translation>%1 admet %2</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="497"/>
        <source>basic authentication is offered without TLS: passwords cross the network in clear text</source>
        <translation>l&apos;authentification de base est proposée sans TLS : les mots de passe circulent en clair sur le réseau</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="503"/>
        <source>basic authentication requires TLS but there is no certificate: AUTH is never offered</source>
        <translation>l&apos;authentification de base nécessite TLS mais il n&apos;y a pas de certificat : AUTH n&apos;est jamais proposé</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="511"/>
        <source>%1 has expired and no longer matches</source>
        <translation>%1 a expiré et ne correspond plus</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="527"/>
        <source>open relay: %1 accepts mail for every domain under .%2 from any client</source>
        <translation>relais ouvert : %1 accepte le courrier pour tous les domaines sous .%2 depuis n&apos;importe quel client</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="535"/>
        <source>mail for %1 is accepted from any client, but %2 has no host to forward it to (Forward all mail with unresolved recipients to host, or a smart host): it would be relayed to the domain&apos;s own servers</source>
        <translation>le courrier pour %1 est accepté depuis n&apos;importe quel client, mais %2 n&apos;a aucun hôte vers lequel le transférer (Transférer tout le courrier avec destinataires non résolus vers l&apos;hôte, ou un hôte actif) : il serait relayé vers les propres serveurs du domaine</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="551"/>
        <source>%1 is authoritative but has no recipients: every message to it except postmaster is refused with 550 5.1.1</source>
        <translation>%1 fait autorité mais n&apos;a aucun destinataire : tout message qui lui est adressé, sauf à postmaster, est refusé avec 550 5.1.1</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="569"/>
        <source>not a PBKDF2 hash (expected pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;key&gt;); plain passwords are never stored</source>
        <translation>ce n&apos;est pas un hachage PBKDF2 (attendu : pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;key&gt;) ; les mots de passe en clair ne sont jamais stockés</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="575"/>
        <source>the hash uses %1 iterations; at least 120000 are required</source>
        <translation>le hachage utilise %1 itérations ; au moins 120000 sont requises</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="579"/>
        <source>the salt is not base64 of at least 8 bytes</source>
        <translation>le sel n&apos;est pas du base64 d&apos;au moins 8 octets</translation>
    </message>
    <message>
        <location filename="../app/core/validation.cpp" line="582"/>
        <source>the key is not 64 lower-case hexadecimal digits</source>
        <translation>la clé n&apos;est pas composée de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
</context>
<context>
    <name>VirtualServerDetails</name>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="16"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="16"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="28"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="30"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="37"/>
        <source>Fully-qualified domain name</source>
        <translation>Nom de domaine complet (FQDN)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="38"/>
        <source>(this computer: %1)</source>
        <translation>(cet ordinateur : %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="39"/>
        <source>Limit number of connections to</source>
        <translation>Limiter le nombre de connexions à</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="40"/>
        <source>Connection time-out</source>
        <translation>Délai d&apos;expiration de connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="41"/>
        <source>Enable logging</source>
        <translation>Activer la journalisation</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="47"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="48"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="129"/>
        <source>Anonymous access</source>
        <translation>Accès anonyme</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="49"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="129"/>
        <source>Basic authentication</source>
        <translation>Authentification de base</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="174"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="174"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="51"/>
        <source>Default domain</source>
        <translation>Domaine par défaut</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="32"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="36"/>
        <source>IP address and TCP port</source>
        <translation>Adresse IP et port TCP</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="36"/>
        <source>(none: the server does not listen)</source>
        <translation>(aucune : le serveur n&apos;écoute pas)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="50"/>
        <source>Basic authentication requires TLS</source>
        <translation>L&apos;authentification de base nécessite TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="54"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="55"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="56"/>
        <source>Require secure channel</source>
        <translation>Exiger un canal sécurisé</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="58"/>
        <source>Connection control</source>
        <translation>Contrôle de connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="59"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="62"/>
        <source>Relay restrictions</source>
        <translation>Restrictions de relais</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="63"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="64"/>
        <source>Allow all computers which successfully authenticate to relay</source>
        <translation>Autoriser tous les ordinateurs qui s&apos;authentifient correctement à relayer</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="68"/>
        <source>Open relay</source>
        <translation>Relais ouvert</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="81"/>
        <source>%1 [expired]</source>
        <translation>%1 [expirée]</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="82"/>
        <source>Expired on %1: this entry no longer matches</source>
        <translation>Expirée le %1 : cette entrée ne correspond plus</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="84"/>
        <source>Expires on %1 (local time)</source>
        <translation>Expire le %1 (heure locale)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="90"/>
        <source>(the list is empty)</source>
        <translation>(la liste est vide)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="95"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="96"/>
        <source>Limit message size to</source>
        <translation>Limiter la taille des messages à</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="96"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="97"/>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="97"/>
        <source>Limit session size to</source>
        <translation>Limiter la taille de session à</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="99"/>
        <source>Limit number of messages per connection to</source>
        <translation>Limiter le nombre de messages par connexion à</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="101"/>
        <source>Limit number of recipients per message to</source>
        <translation>Limiter le nombre de destinataires par message à</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="102"/>
        <source>Send copy of Non-Delivery Report to</source>
        <translation>Envoyer une copie du rapport de non-remise à</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="104"/>
        <source>Forward all mail with unresolved recipients to host</source>
        <translation>Transférer tout le courrier avec destinataires non résolus vers l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="110"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="111"/>
        <source>First retry interval</source>
        <translation>Premier intervalle avant nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="111"/>
        <source>Second retry interval</source>
        <translation>Deuxième intervalle avant nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="112"/>
        <source>Third retry interval</source>
        <translation>Troisième intervalle avant nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="112"/>
        <source>Subsequent retry interval</source>
        <translation>Intervalles suivants avant nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="115"/>
        <source>Delay notification</source>
        <translation>Notification de retard</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="116"/>
        <source>Expiration time-out</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="117"/>
        <source>Maximum hop count</source>
        <translation>Nombre maximal de sauts</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="118"/>
        <source>Masquerade domain</source>
        <translation>Domaine de masquage</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="119"/>
        <source>Smart host</source>
        <translation>Hôte actif</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="120"/>
        <source>Smart host port</source>
        <translation>Port de l&apos;hôte actif</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="129"/>
        <source>Outbound authentication</source>
        <translation>Authentification sortante</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="130"/>
        <source>Outbound user name</source>
        <translation>Nom d&apos;utilisateur sortant</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <location filename="../app/gui/virtualserverdetails.cpp" line="186"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="33"/>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="121"/>
        <source>Attempt direct delivery before sending to smart host</source>
        <translation>Tenter une remise directe avant l&apos;envoi à l&apos;hôte actif</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="123"/>
        <source>Perform reverse DNS lookup on incoming messages</source>
        <translation>Effectuer une recherche DNS inversée sur les messages entrants</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <source>Outbound password</source>
        <translation>Mot de passe sortant</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="131"/>
        <source>(set)</source>
        <translation>(défini)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="135"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="138"/>
        <source>Opportunistic (STARTTLS when offered)</source>
        <translation>Opportuniste (STARTTLS s&apos;il est proposé)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="141"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="144"/>
        <source>Outbound TLS encryption</source>
        <translation>Chiffrement TLS sortant</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="165"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="167"/>
        <source>%1 (expires %2 UTC)</source>
        <translation>%1 (expire le %2 UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="180"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
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
        <translation>Seule la liste ci-dessous peut relayer</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="198"/>
        <source>All except the list below may relay</source>
        <translation>Tous sauf la liste ci-dessous peuvent relayer</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="200"/>
        <source>Only the list below may connect</source>
        <translation>Seule la liste ci-dessous peut se connecter</translation>
    </message>
    <message>
        <location filename="../app/gui/virtualserverdetails.cpp" line="201"/>
        <source>All except the list below may connect</source>
        <translation>Tous sauf la liste ci-dessous peuvent se connecter</translation>
    </message>
</context>
<context>
    <name>VirtualServerProperties</name>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="14"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="21"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="42"/>
        <source>&amp;Enabled: the listener serves this virtual server</source>
        <translation>&amp;Activé : le service d&apos;écoute dessert ce serveur virtuel</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="49"/>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="74"/>
        <location filename="../ui/virtualserverproperties.ui" line="560"/>
        <source>Ad&amp;vanced...</source>
        <translation>A&amp;vancé...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="83"/>
        <source>TCP &amp;port:</source>
        <translation>&amp;Port TCP :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="110"/>
        <source>&amp;Limit number of connections to:</source>
        <translation>&amp;Limiter le nombre de connexions à :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="127"/>
        <source>Connection &amp;time-out (minutes):</source>
        <translation>&amp;Délai d&apos;expiration de connexion (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="147"/>
        <source>Enable lo&amp;gging (protocol log in W3C extended format)</source>
        <translation>Activer la &amp;journalisation (journal de protocole au format étendu W3C)</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="164"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="170"/>
        <source>Access control</source>
        <translation>Contrôle d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="176"/>
        <source>Choose whether clients may connect without a password and how SMTP users sign in.</source>
        <translation>Indique si les clients peuvent se connecter sans mot de passe et comment les utilisateurs SMTP s&apos;identifient.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="186"/>
        <source>&amp;Authentication...</source>
        <translation>&amp;Authentification...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="196"/>
        <source>Secure communication</source>
        <translation>Communication sécurisée</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="202"/>
        <source>Choose this virtual server&apos;s TLS certificate and whether clients must encrypt the connection.</source>
        <translation>Choisit le certificat TLS de ce serveur virtuel et indique si les clients doivent chiffrer la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="212"/>
        <source>&amp;Certificate...</source>
        <translation>&amp;Certificat...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="219"/>
        <source>C&amp;ommunication...</source>
        <translation>C&amp;ommunication...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="229"/>
        <source>Connection control</source>
        <translation>Contrôle de connexion</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="235"/>
        <source>Decide which computers may connect: single addresses, networks or domain names.</source>
        <translation>Détermine quels ordinateurs peuvent se connecter : adresses uniques, réseaux ou noms de domaine.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="245"/>
        <source>Co&amp;nnection...</source>
        <translation>Co&amp;nnexion...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="255"/>
        <source>Relay restrictions</source>
        <translation>Restrictions de relais</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="261"/>
        <source>Decide which computers may send mail for outside domains through this virtual server.</source>
        <translation>Détermine quels ordinateurs peuvent envoyer par ce serveur virtuel du courrier vers des domaines extérieurs.</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="271"/>
        <source>&amp;Relay...</source>
        <translation>&amp;Relais...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="289"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="297"/>
        <source>Limit message si&amp;ze to (KB):</source>
        <translation>Limiter la &amp;taille des messages à (Ko) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="314"/>
        <source>Limit &amp;session size to (KB):</source>
        <translation>Limiter la taille de &amp;session à (Ko) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="331"/>
        <source>Limit number of &amp;messages per connection to:</source>
        <translation>Limiter le nombre de &amp;messages par connexion à :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="348"/>
        <source>Limit number of &amp;recipients per message to:</source>
        <translation>Limiter le nombre de &amp;destinataires par message à :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="365"/>
        <source>Send cop&amp;y of Non-Delivery Report to:</source>
        <translation>Envoyer une &amp;copie du rapport de non-remise à :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="375"/>
        <source>postmaster@corp.example</source>
        <translation>postmaster@corp.example</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="382"/>
        <source>&amp;Forward all mail with unresolved recipients to host:</source>
        <translation>Trans&amp;férer tout le courrier avec destinataires non résolus vers l&apos;hôte :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="392"/>
        <source>mail.corp.example</source>
        <translation>mail.corp.example</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="409"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="415"/>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="421"/>
        <source>&amp;First retry interval (minutes):</source>
        <translation>&amp;Premier intervalle avant nouvelle tentative (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="441"/>
        <source>S&amp;econd retry interval (minutes):</source>
        <translation>D&amp;euxième intervalle avant nouvelle tentative (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="461"/>
        <source>&amp;Third retry interval (minutes):</source>
        <translation>&amp;Troisième intervalle avant nouvelle tentative (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="481"/>
        <source>S&amp;ubsequent retry interval (minutes):</source>
        <translation>Intervalles s&amp;uivants avant nouvelle tentative (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="501"/>
        <source>&amp;Delay notification (minutes):</source>
        <translation>&amp;Notification de retard (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="521"/>
        <source>E&amp;xpiration timeout (minutes):</source>
        <translation>&amp;Délai d&apos;expiration (minutes) :</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="553"/>
        <source>Outbound &amp;Security...</source>
        <translation>&amp;Sécurité sortante...</translation>
    </message>
    <message>
        <location filename="../ui/virtualserverproperties.ui" line="583"/>
        <source>Problem</source>
        <translation>Problème</translation>
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
        <translation>La console RelayDesk.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Use the data directory DIR (default: RELAYDESK_DATA_DIR, else %1).</source>
        <translation>Utiliser le répertoire de données DIR (par défaut : RELAYDESK_DATA_DIR, sinon %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Cannot use the data directory %1:
%2</source>
        <translation>Impossible d&apos;utiliser le répertoire de données %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Cannot open the configuration database %1:
%2</source>
        <translation>Impossible d&apos;ouvrir la base de données de configuration %1 :
%2</translation>
    </message>
</context>
</TS>

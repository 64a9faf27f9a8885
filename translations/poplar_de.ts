<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../ui/MessageHtml.cpp" line="+59"/>
        <source>Attached message</source>
        <translation>Angehängte Nachricht</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>Poplar::Account::AccountSettings</name>
    <message>
        <location filename="../core/account/Account.cpp" line="+52"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autoconfig</name>
    <message>
        <location filename="../core/account/autodetect/Autoconfig.cpp" line="+107"/>
        <source>a POP3 server without a host name was skipped</source>
        <translation>ein POP3-Server ohne Hostnamen wurde übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the POP3 server &quot;%1&quot; was skipped: not a valid host name</source>
        <translation>der POP3-Server „%1“ wurde übersprungen: kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the POP3 server %1 was skipped: &quot;%2&quot; is not a valid port</source>
        <translation>der POP3-Server %1 wurde übersprungen: „%2“ ist kein gültiger Port</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the POP3 server %1 was skipped: unknown socket type &quot;%2&quot;</source>
        <translation>der POP3-Server %1 wurde übersprungen: unbekannter Socket-Typ „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the POP3 server %1 was skipped: it only allows %2, which Poplar cannot do</source>
        <translation>der POP3-Server %1 wurde übersprungen: er erlaubt nur %2, was Poplar nicht beherrscht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the POP3 server %1 was skipped: its user name contains control characters</source>
        <translation>der POP3-Server %1 wurde übersprungen: sein Benutzername enthält Steuerzeichen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The autoconfig file is empty.</source>
        <translation>Die Autoconfig-Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The autoconfig file is too large (%1 bytes).</source>
        <translation>Die Autoconfig-Datei ist zu groß (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a Mozilla autoconfig file: its root element is &lt;%1&gt;, not &lt;clientConfig&gt;.</source>
        <translation>Dies ist keine Mozilla-Autoconfig-Datei: Ihr Wurzelelement ist &lt;%1&gt;, nicht &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The autoconfig file is not valid XML (line %1, column %2): %3</source>
        <translation>Die Autoconfig-Datei ist kein gültiges XML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The autoconfig file describes no e-mail provider (no &lt;emailProvider&gt; element).</source>
        <translation>Die Autoconfig-Datei beschreibt keinen E-Mail-Anbieter (kein &lt;emailProvider&gt;-Element).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POP3 server in the autoconfig file can be used: %1.</source>
        <translation>Kein POP3-Server aus der Autoconfig-Datei ist verwendbar: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server (only %1).</source>
        <translation>Die Autoconfig-Datei des Anbieters nennt keinen POP3-Server (nur %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server.</source>
        <translation>Die Autoconfig-Datei des Anbieters nennt keinen POP3-Server.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::AutoconfigFetcher</name>
    <message>
        <location filename="../core/account/autodetect/AutoconfigFetcher.cpp" line="+97"/>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autodetector</name>
    <message>
        <location filename="../core/account/autodetect/Autodetector.cpp" line="+40"/>
        <source>The search took too long; stopping with what was found.</source>
        <translation>Die Suche hat zu lange gedauert; sie endet mit dem, was bisher gefunden wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching the provider&apos;s settings from %1…</source>
        <translation>Die Einstellungen des Anbieters werden von %1 abgerufen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-222"/>
        <source>%1: %2 lists %n POP3 server(s).</source>
        <translation>
            <numerusform>%1: %2 nennt %n POP3-Server.</numerusform>
            <numerusform>%1: %2 nennt %n POP3-Server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is not an e-mail address, so there is nothing to look up.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, daher gibt es nichts nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the POP3 server of %1…</source>
        <translation>Der POP3-Server von %1 wird gesucht …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking up the DNS SRV record %1…</source>
        <translation>Der DNS-SRV-Eintrag %1 wird abgefragt …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the lookup failed: %2</source>
        <translation>%1: Die Abfrage ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such record.</source>
        <translation>%1: Kein solcher Eintrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points to %2 port %3.</source>
        <translation>%1 verweist auf %2, Port %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Trying %1…</source>
        <translation>%1 wird versucht …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, encrypted, with a trusted certificate; login methods: %2.</source>
        <translation>%1 antwortet verschlüsselt mit einem vertrauenswürdigen Zertifikat; Anmeldeverfahren: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers, but its certificate is not trusted.</source>
        <translation>%1 antwortet, aber sein Zertifikat ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2 answers, but offers no encryption (%3).</source>
        <translation>%1:%2 antwortet, bietet aber keine Verschlüsselung an (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Best choice: %1.</source>
        <translation>Beste Wahl: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No POP3 server was found. Enter the server settings by hand.</source>
        <translation>Es wurde kein POP3-Server gefunden. Geben Sie die Servereinstellungen von Hand ein.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Candidate</name>
    <message>
        <location filename="../core/account/autodetect/Candidate.cpp" line="+70"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>encrypted from the first byte, certificate trusted</source>
        <translation>verschlüsselt ab dem ersten Byte, Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted after STLS, certificate trusted</source>
        <translation>verschlüsselt nach STLS, Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypted, but its certificate is not trusted (%1): you will be asked whether to trust it</source>
        <translation>verschlüsselt, aber sein Zertifikat ist nicht vertrauenswürdig (%1): Sie werden gefragt, ob Sie ihm vertrauen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this server offers no encryption: the password and every message would cross the network readable by anyone on the way. It is used only if you explicitly agree</source>
        <translation>dieser Server bietet keine Verschlüsselung an: Das Passwort und jede Nachricht wären unterwegs für jeden lesbar. Er wird nur verwendet, wenn Sie ausdrücklich zustimmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked: the search ended before it answered</source>
        <translation>nicht geprüft: Die Suche endete, bevor er antwortete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its certificate is trusted</source>
        <translation>sein Zertifikat ist vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it offers encryption</source>
        <translation>er bietet Verschlüsselung an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS from the first byte is preferred over STLS</source>
        <translation>TLS ab dem ersten Byte wird STLS vorgezogen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it offers a stronger login (%1 rather than %2)</source>
        <translation>er bietet eine stärkere Anmeldung an (%1 statt %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more sources name it</source>
        <translation>mehr Quellen nennen ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it comes earlier in the search order (DNS SRV records, the provider&apos;s settings, then the usual host names)</source>
        <translation>er steht in der Suchreihenfolge weiter vorn (DNS-SRV-Einträge, die Einstellungen des Anbieters, dann die üblichen Hostnamen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS</source>
        <translation>STLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS SRV record</source>
        <translation>DNS-SRV-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (https)</source>
        <translation>Autoconfig des Anbieters (https)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (plain http, unauthenticated)</source>
        <translation>Autoconfig des Anbieters (einfaches http, nicht authentifiziert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual host name</source>
        <translation>üblicher Hostname</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Found by: %1.</source>
        <translation>Gefunden durch: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1. %2</source>
        <translation>Verworfen: %1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known once the certificate is trusted</source>
        <translation>bekannt, sobald dem Zertifikat vertraut wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1; best login it offers: %2. %3</source>
        <translation>Gewählt: %1; stärkste angebotene Anmeldung: %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not chosen: %1 is preferred because %2. This one is %3. %4</source>
        <translation>Nicht gewählt: %1 wird vorgezogen, weil %2. Dieser ist %3. %4</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::ServerProbe</name>
    <message>
        <location filename="../core/account/autodetect/ServerProbe.cpp" line="+111"/>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::SrvResolver</name>
    <message>
        <location filename="../core/account/autodetect/SrvResolver.cpp" line="+44"/>
        <source>The DNS lookup timed out.</source>
        <translation>Die DNS-Abfrage hat das Zeitlimit überschritten.</translation>
    </message>
</context>
<context>
    <name>Poplar::Display</name>
    <message>
        <location filename="../core/display/DataSize.cpp" line="+20"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>Poplar::Import</name>
    <message>
        <location filename="../core/account/import/Importer.cpp" line="+30"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no state file %1: every message on the server will be new</source>
        <translation>keine Zustandsdatei %1: jede Nachricht auf dem Server wird neu sein</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n UIDL(s) of %1 on %2 in %3</source>
        <translation>
            <numerusform>%n UIDL(s) von %1 auf %2 in %3</numerusform>
            <numerusform>%n UIDL(s) von %1 auf %2 in %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no POP3 account for them in the configuration</source>
        <translation>kein POP3-Konto dafür in der Konfiguration</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Thunderbird profile found</source>
        <translation>kein Thunderbird-Profil gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Thunderbird profile (profiles.ini or prefs.js) in %1</source>
        <translation>kein Thunderbird-Profil (profiles.ini oder prefs.js) in %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no mpop configuration found</source>
        <translation>keine mpop-Konfiguration gefunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no fetchmail configuration found (%1)</source>
        <translation>keine fetchmail-Konfiguration gefunden (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no getmailrc found</source>
        <translation>keine getmailrc gefunden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no POP3 account found</source>
        <translation>kein POP3-Konto gefunden</translation>
    </message>
    <message>
        <location filename="../core/account/import/ImportFormats.cpp" line="+37"/>
        <source>account %1 on %2</source>
        <translation>Konto %1 auf %2</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>an account of type %1, not POP3</source>
        <translation>ein Konto vom Typ %1, nicht POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server name in prefs.js</source>
        <translation>kein Servername in prefs.js</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>popstate.dat line %1</source>
        <translation>popstate.dat Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UIDL before any &quot;*host user&quot; line</source>
        <translation>eine UIDL vor jeder „*host user“-Zeile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a &quot;flag UIDL time&quot; line</source>
        <translation>keine „Flag UIDL Zeit“-Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thunderbird has only the headers of this message</source>
        <translation>Thunderbird hat nur die Kopfzeilen dieser Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>mpop account %1</source>
        <translation>mpop-Konto %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>UIDLs file line %1</source>
        <translation>UIDL-Datei Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an mpop UIDL list</source>
        <translation>keine mpop-UIDL-Liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UIDL list of %1 on %2</source>
        <translation>UIDL-Liste von %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n UIDL(s) missing at the end of the file</source>
        <translation>
            <numerusform>%n UIDL(s) fehlen am Ende der Datei</numerusform>
            <numerusform>%n UIDL(s) fehlen am Ende der Datei</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a &quot;skip&quot; entry: fetchmail does not poll it</source>
        <translation>ein „skip“-Eintrag: fetchmail fragt ihn nicht ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protocol %1, not POP3</source>
        <translation>Protokoll %1, nicht POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no user name given</source>
        <translation>kein Benutzername angegeben</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>.fetchids line %1</source>
        <translation>.fetchids Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a &quot;user@host UIDL&quot; line</source>
        <translation>keine „user@host UIDL“-Zeile</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no [retriever] type</source>
        <translation>kein [retriever]-Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server has no usable UIDLs</source>
        <translation>%1: der Server hat keine brauchbaren UIDLs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a POP3 retriever</source>
        <translation>%1 ist kein POP3-Retriever</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server or user name</source>
        <translation>kein Server- oder Benutzername</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>oldmail line %1</source>
        <translation>oldmail Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no NUL between UIDL and time</source>
        <translation>kein NUL zwischen UIDL und Zeit</translation>
    </message>
</context>
<context>
    <name>Poplar::Mime::ReplyLink</name>
    <message>
        <location filename="../core/mime/ReplyLink.cpp" line="+217"/>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
</context>
<context>
    <name>Poplar::Model::MessageListModel</name>
    <message>
        <location filename="../core/model/MessageListModel.cpp" line="+25"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pending</source>
        <translation>Löschen vorgemerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone from server</source>
        <translation>Nicht mehr auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <extracomment>Message status: new on the server (a short adjective, in the Status column)</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored copy is missing or damaged: Download fetches it again while the server still has it</source>
        <translation>Die gespeicherte Kopie fehlt oder ist beschädigt: Herunterladen holt sie erneut, solange der Server sie noch hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be deleted on the server at the next check (Undo to keep it)</source>
        <translation>Wird beim nächsten Abruf auf dem Server gelöscht (Rückgängig behält sie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on the server and never downloaded</source>
        <translation>Nicht mehr auf dem Server und nie heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger than the account&apos;s size limit: only the headers were fetched</source>
        <translation>Größer als die Größengrenze des Kontos: Nur die Kopfzeilen wurden abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New on the server: only the headers and first lines were fetched</source>
        <translation>Neu auf dem Server: Nur die Kopfzeilen und ersten Zeilen wurden abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server: only the headers and first lines were fetched</source>
        <translation>Auf dem Server: Nur die Kopfzeilen und ersten Zeilen wurden abgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and stored locally; the server still has it</source>
        <translation>Heruntergeladen und lokal gespeichert; der Server hat sie noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded and stored locally; no longer on the server</source>
        <translation>Heruntergeladen und lokal gespeichert; nicht mehr auf dem Server</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Has attachments</source>
        <translation>Hat Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server listed this message; its headers are on their way</source>
        <translation>Der Server hat diese Nachricht aufgelistet; ihre Kopfzeilen werden gerade geholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server listed this message, but its headers were not fetched: download it to see it</source>
        <translation>Der Server hat diese Nachricht aufgelistet, ihre Kopfzeilen wurden aber nicht geholt: Laden Sie sie herunter, um sie zu sehen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fetching headers…</source>
        <translation>Kopfzeilen werden geholt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(headers not fetched)</source>
        <translation>(Kopfzeilen nicht geholt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::ProxySettings</name>
    <message>
        <location filename="../core/net/Proxy.cpp" line="+48"/>
        <source>The proxy must be system, none, socks5://HOST:PORT or http://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Der Proxy muss system, none, socks5://HOST:PORT oder http://HOST:PORT sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy password is never part of the proxy&apos;s address: give socks5://USER@HOST:PORT and keep the password in the keychain (poplar-sync account set-proxy-password NAME).</source>
        <translation>Ein Proxy-Passwort gehört nie in die Adresse des Proxys: Geben Sie socks5://USER@HOST:PORT an und bewahren Sie das Passwort im Schlüsselbund auf (poplar-sync account set-proxy-password NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy must be socks5://HOST:PORT or http://HOST:PORT, without a path.</source>
        <translation>Der Proxy muss socks5://HOST:PORT oder http://HOST:PORT sein, ohne Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy &quot;%1&quot; has no port.</source>
        <translation>Der Proxy „%1“ hat keinen Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid proxy host name.</source>
        <translation>„%1“ ist kein gültiger Proxy-Hostname.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user name must not contain line breaks.</source>
        <translation>Der Proxy-Benutzername darf keine Zeilenumbrüche enthalten.</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::SslTransport</name>
    <message>
        <location filename="../core/net/SslTransport.cpp" line="+55"/>
        <source>Cannot bind local port %1: %2</source>
        <translation>Der lokale Port %1 kann nicht gebunden werden: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The proxy refused the user name and password (%1).</source>
        <translation>Der Proxy hat Benutzername und Passwort abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy asks for a user name and password (%1): set them in the account&apos;s proxy settings.</source>
        <translation>Der Proxy verlangt Benutzername und Passwort (%1): Legen Sie sie in den Proxy-Einstellungen des Kontos fest.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AccessTokenSource</name>
    <message>
        <location filename="../core/account/oauth/AccessTokenSource.cpp" line="+28"/>
        <source>The sign-in for %1 is no longer valid (it was revoked or has expired). Sign in again: Edit Account in Poplar, or poplar-sync account authorize %1.</source>
        <translation>Die Anmeldung für %1 ist nicht mehr gültig (sie wurde widerrufen oder ist abgelaufen). Melden Sie sich erneut an: Bearbeiten Sie das Konto in Poplar, oder verwenden Sie poplar-sync account authorize %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The renewed sign-in could not be stored: %1</source>
        <translation>Die erneuerte Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AuthorizationFlow</name>
    <message>
        <location filename="../core/account/oauth/AuthorizationFlow.cpp" line="+62"/>
        <source>The browser did not come back from the sign-in in time.</source>
        <translation>Der Browser ist nicht rechtzeitig von der Anmeldung zurückgekehrt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>Kein lokaler Port ist frei, über den die Anmeldung zurückkehren könnte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This request was ignored: it does not belong to the sign-in Poplar is waiting for.</source>
        <translation>Diese Anfrage wurde ignoriert: Sie gehört nicht zu der Anmeldung, auf die Poplar wartet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Poplar has your sign-in. You can close this page.</source>
        <translation>Poplar hat Ihre Anmeldung erhalten. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access was not granted in the browser.</source>
        <translation>Der Zugriff wurde im Browser nicht gewährt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in failed (%1).</source>
        <translation>Die Anmeldung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in came back without a usable code.</source>
        <translation>Die Anmeldung kam ohne verwendbaren Code zurück.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in server gave no refresh token, so Poplar could not stay signed in.</source>
        <translation>Der Anmeldeserver hat kein Aktualisierungstoken geliefert, daher konnte Poplar nicht angemeldet bleiben.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Grant</name>
    <message>
        <location filename="../core/account/oauth/Grant.cpp" line="+92"/>
        <source>The sign-in server sent an answer that is far too long.</source>
        <translation>Der Anmeldeserver hat eine viel zu lange Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server&apos;s answer is not valid JSON.</source>
        <translation>Die Antwort des Anmeldeservers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in is no longer valid (it was revoked or has expired). Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig (sie wurde widerrufen oder ist abgelaufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in server refused the request (%1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in server&apos;s answer has no usable access token.</source>
        <translation>Die Antwort des Anmeldeservers enthält kein verwendbares Zugriffstoken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in server&apos;s refresh token is unusable.</source>
        <translation>Das Aktualisierungstoken des Anmeldeservers ist unbrauchbar.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Provider</name>
    <message>
        <location filename="../core/account/oauth/Provider.cpp" line="+91"/>
        <source>No OAuth client id is set for %1: set POPLAR_OAUTH_%2_CLIENT_ID or OAuth/%3/clientId in Poplar.conf.</source>
        <translation>Für %1 ist keine OAuth-Client-ID festgelegt: Setzen Sie POPLAR_OAUTH_%2_CLIENT_ID oder OAuth/%3/clientId in Poplar.conf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sign-in endpoints must use https.</source>
        <translation>Die Anmelde-Endpunkte von %1 müssen https verwenden.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::TokenClient</name>
    <message>
        <location filename="../core/account/oauth/TokenClient.cpp" line="+79"/>
        <source>The token endpoint must use https.</source>
        <translation>Der Token-Endpunkt muss https verwenden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <source>The sign-in server did not answer in time.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server cannot be reached: %1</source>
        <translation>Der Anmeldeserver ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::ErrorCatalogue</name>
    <message>
        <location filename="../core/pop3/ErrorCatalogue.cpp" line="+16"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS</source>
        <translation>STLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1, %2</source>
        <translation>Port %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, login method %2</source>
        <translation>%1, Anmeldeverfahren %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password refused</source>
        <translation>Passwort abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the user name or the password. Check both; some providers want a separate “app password” for POP3.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie beides; manche Anbieter verlangen für POP3 ein eigenes „App-Passwort“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted, so Poplar did not send your password. You can look at the certificate and decide whether to trust it.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, daher hat Poplar Ihr Passwort nicht gesendet. Sie können sich das Zertifikat ansehen und entscheiden, ob Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS offered</source>
        <translation>Kein TLS angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers no TLS, so your password could only be sent unencrypted. Ask your provider for secure settings, or choose “None” as security only if you accept that risk.</source>
        <translation>Der Server bietet kein TLS an, Ihr Passwort könnte also nur unverschlüsselt gesendet werden. Fragen Sie Ihren Anbieter nach sicheren Einstellungen, oder wählen Sie „Keine“ als Sicherheit nur, wenn Sie dieses Risiko in Kauf nehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS connection could be set up with %1 port %2. The port and the security setting may not match (995 usually means TLS from the start, 110 means STLS).</source>
        <translation>Mit %1, Port %2 konnte keine TLS-Verbindung aufgebaut werden. Port und Sicherheitseinstellung passen womöglich nicht zusammen (995 bedeutet meist TLS von Anfang an, 110 bedeutet STLS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name %1 could not be found. Check its spelling and your network connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused connections on port %2. Check the port and the security setting.</source>
        <translation>%1 hat Verbindungen auf Port %2 abgelehnt. Prüfen Sie den Port und die Sicherheitseinstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time. Check the server name, the port and your network.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie den Servernamen, den Port und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login method unavailable</source>
        <translation>Anmeldeverfahren nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen login method cannot be used with this server: %1</source>
        <translation>Das gewählte Anmeldeverfahren kann mit diesem Server nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox in use</source>
        <translation>Postfach in Benutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox is in use by another program. Try again in a few minutes.</source>
        <translation>Das Postfach wird von einem anderen Programm benutzt. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too soon</source>
        <translation>Zu früh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>Der Server erlaubt eine Anmeldung nur alle paar Minuten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary server trouble</source>
        <translation>Vorübergehendes Serverproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is not about your password; try again later.</source>
        <translation>Der Server %1 (Port %2) kann Sie vorübergehend nicht anmelden oder das Postfach nicht bereitstellen. Das liegt nicht an Ihrem Passwort; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox problem</source>
        <translation>Problem mit dem Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.</source>
        <translation>Der Server %1 (Port %2) meldet ein dauerhaftes Problem mit diesem Postfach. Wenden Sie sich an Ihren Anbieter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (port %2): %3 Check your network connection, then try again.</source>
        <translation>%1 (Port %2): %3 Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings incomplete</source>
        <translation>Einstellungen unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy in another program</source>
        <translation>In einem anderen Programm beschäftigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::ResponseParser</name>
    <message>
        <location filename="../core/pop3/ResponseParser.cpp" line="+116"/>
        <location line="+6"/>
        <source>response line longer than %1 bytes</source>
        <translation>Antwortzeile länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>response line contains a NUL byte</source>
        <translation>Antwortzeile enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected response: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SaslMechanism</name>
    <message>
        <location filename="../core/pop3/SaslMechanism.cpp" line="+77"/>
        <source>The server&apos;s SCRAM iteration count is not a number Poplar can accept.</source>
        <translation>Die SCRAM-Iterationszahl des Servers ist keine Zahl, die Poplar annehmen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks for %1 SCRAM iterations, more than this account allows (%2). If you trust the server, raise the account&apos;s SCRAM iteration limit: poplar-sync account set NAME --scram-max-iterations N.</source>
        <translation>Der Server verlangt %1 SCRAM-Iterationen, mehr als dieses Konto erlaubt (%2). Wenn Sie dem Server vertrauen, erhöhen Sie die SCRAM-Iterationsgrenze des Kontos: poplar-sync account set NAME --scram-max-iterations N.</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+41"/>
        <source>Connecting to the server timed out.</source>
        <translation>Die Verbindung zum Server hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake timed out.</source>
        <translation>Der TLS-Handshake hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password contains a line break or NUL character.</source>
        <translation>Das Passwort enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+51"/>
        <location line="+564"/>
        <location filename="../core/pop3/SessionStop.cpp" line="+34"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server does not offer STLS, and this account requires TLS.</source>
        <translation>Der Server bietet kein STLS an, aber dieses Konto verlangt TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not list its capabilities, so it cannot be asked for TLS, which this account requires.</source>
        <translation>Der Server nennt seine Fähigkeiten nicht, daher kann er nicht nach TLS gefragt werden, das dieses Konto verlangt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to start TLS.</source>
        <translation>Der Server hat den Start von TLS abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent data after agreeing to start TLS.</source>
        <translation>Der Server hat nach der Zusage, TLS zu starten, Daten gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server closed the connection before confirming QUIT; deletions may not have taken effect.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er QUIT bestätigt hat; Löschungen sind möglicherweise nicht wirksam geworden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The server took more than %1 seconds over one reply.</source>
        <translation>Der Server hat für eine Antwort länger als %1 Sekunden gebraucht.</translation>
    </message>
    <message>
        <location filename="../core/pop3/SessionLogin.cpp" line="+95"/>
        <source>The server does not offer %1 authentication.</source>
        <translation>Der Server bietet keine %1-Authentifizierung an.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The server&apos;s greeting carries no valid APOP timestamp, so APOP cannot be used.</source>
        <translation>Die Begrüßung des Servers enthält keinen gültigen APOP-Zeitstempel, daher kann APOP nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server refused the %1 login (tried in turn: %2).</source>
        <translation>Der Server hat die Anmeldung mit %1 abgelehnt (nacheinander versucht: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the %1 login.</source>
        <translation>Der Server hat die Anmeldung mit %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 authentication was cancelled: %2</source>
        <translation>Die %1-Authentifizierung wurde abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poplar did not go on to send the password unencrypted. Check the password, or if this network is trusted choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Poplar hat das Passwort danach nicht unverschlüsselt gesendet. Prüfen Sie das Passwort, oder wählen Sie USER/PASS, wenn Sie diesem Netz vertrauen (poplar-sync: --auth user).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user name and password.</source>
        <translation>Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Prüfen Sie das Passwort, oder wählen Sie USER/PASS (poplar-sync: --auth user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose automatic login (poplar-sync: --auth auto) or USER/PASS (--auth user).</source>
        <translation>Prüfen Sie das Passwort, oder wählen Sie die automatische Anmeldung (poplar-sync: --auth auto) oder USER/PASS (--auth user).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 authentication is not available: %2</source>
        <translation>%1-Authentifizierung ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 authentication could not start: %2</source>
        <translation>%1-Authentifizierung konnte nicht starten: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server sent a challenge before its last one was answered.</source>
        <translation>Der Server hat eine Challenge gesendet, bevor seine letzte beantwortet war.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server kept the authentication exchange going.</source>
        <translation>Der Server hat den Authentifizierungsaustausch nicht beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>die Challenge des Servers ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server accepted the login without proving it knows the password; it may be an impostor.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt; er könnte ein Betrüger sein.</translation>
    </message>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+33"/>
        <source>The server sent data nobody asked for.</source>
        <translation>Der Server hat Daten gesendet, nach denen niemand gefragt hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server broke the protocol: %1.</source>
        <translation>Der Server hat das Protokoll verletzt: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server&apos;s reply is larger than %1 bytes.</source>
        <translation>Die Antwort des Servers ist größer als %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SessionSettings</name>
    <message>
        <location filename="../core/pop3/SessionSettings.cpp" line="+105"/>
        <source>No server name is set.</source>
        <translation>Es ist kein Servername angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name contains a line break or NUL character.</source>
        <translation>Der Servername enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, hyphens and dots, as in pop.example.org or bücher.example.</source>
        <translation>„%1“ ist kein gültiger Servername: verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte, wie in pop.example.org oder bücher.example.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No port is set.</source>
        <translation>Es ist kein Port angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user name is set.</source>
        <translation>Es ist kein Benutzername angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>Der Benutzername enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a space, which this login method cannot send.</source>
        <translation>Der Benutzername enthält ein Leerzeichen, das dieses Anmeldeverfahren nicht senden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeouts and pipeline limits must be positive.</source>
        <translation>Zeitlimits und Pipeline-Grenzen müssen positiv sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCRAM iteration limit must be positive.</source>
        <translation>Die SCRAM-Iterationsgrenze muss positiv sein.</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::AccountLock</name>
    <message>
        <location filename="../core/store/AccountLock.cpp" line="+47"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder of account locks in the profile</source>
        <translation>der Ordner für die Kontosperren im Profil kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the account&apos;s lock: %1</source>
        <translation>die Sperre des Kontos kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot lock the account: %1</source>
        <translation>das Konto kann nicht gesperrt werden: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Backup</name>
    <message>
        <location filename="../core/store/Backup.cpp" line="+116"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy the database: %1</source>
        <translation>die Datenbank kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot archive %1</source>
        <translation>%1 kann nicht archiviert werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not empty: restore only into a new or empty folder</source>
        <translation>%1 ist nicht leer: nur in einen neuen oder leeren Ordner wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is not a Poplar backup or is damaged</source>
        <translation>%1 ist keine Poplar-Sicherung oder ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+407"/>
        <source>the database has no readable schema version</source>
        <translation>die Datenbank hat keine lesbare Schemaversion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database was written by a newer Poplar (schema %1, this build reads %2)</source>
        <translation>die Datenbank wurde von einem neueren Poplar geschrieben (Schema %1, diese Version liest %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile is read-only and was written by an older Poplar: open it once where it can be written</source>
        <translation>das Profil ist schreibgeschützt und wurde von einem älteren Poplar geschrieben: Öffnen Sie es einmal dort, wo es beschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Export</name>
    <message>
        <location filename="../core/store/Export.cpp" line="+222"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Integrity</name>
    <message>
        <location filename="../core/store/Integrity.cpp" line="+124"/>
        <source>sound</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>gespeicherte Datei fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file truncated or grown</source>
        <translation>gespeicherte Datei gekürzt oder verlängert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file altered</source>
        <translation>gespeicherte Datei verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>damaged message: subject (what is wrong)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::MessageStore</name>
    <message>
        <location filename="../core/store/MessageStore.cpp" line="+93"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+25"/>
        <source>download of %1 not finished</source>
        <translation>der Download von %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot move %1 into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+80"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+482"/>
        <source>cannot sync %1</source>
        <translation>%1 kann nicht synchronisiert werden</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Profile</name>
    <message>
        <location filename="../core/store/Profile.cpp" line="+27"/>
        <source>cannot create the profile directory %1</source>
        <translation>das Profilverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the profile is read-only (its folder or database cannot be written): nothing can be changed in it</source>
        <translation>das Profil ist schreibgeschützt (sein Ordner oder seine Datenbank kann nicht beschrieben werden): darin kann nichts geändert werden</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::PasswordCommand</name>
    <message>
        <location filename="../core/sync/PasswordCommand.cpp" line="+20"/>
        <source>the password command printed more than %1 bytes</source>
        <translation>der Passwortbefehl hat mehr als %1 Bytes ausgegeben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the password command did not finish in time</source>
        <translation>der Passwortbefehl wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+53"/>
        <source>the password command failed</source>
        <translation>der Passwortbefehl ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::RetentionWarning</name>
    <message>
        <location filename="../core/sync/RetentionWarning.cpp" line="+22"/>
        <source>The server deletes messages as soon as they are retrieved (EXPIRE 0), although this account keeps them on the server.</source>
        <translation>Der Server löscht Nachrichten, sobald sie abgerufen wurden (EXPIRE 0), obwohl dieses Konto sie auf dem Server behält.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account keeps them on the server.</source>
        <translation>
            <numerusform>Der Server löscht abgerufene Nachrichten nach %n Tag (EXPIRE), früher als dieses Konto sie auf dem Server behält.</numerusform>
            <numerusform>Der Server löscht abgerufene Nachrichten nach %n Tagen (EXPIRE), früher als dieses Konto sie auf dem Server behält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::Runner</name>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+65"/>
        <source>The proxy&apos;s password could not be read from the keychain: %1. Enter it in the account&apos;s proxy settings (poplar-sync: account set-proxy-password).</source>
        <translation>Das Passwort des Proxys konnte nicht aus dem Schlüsselbund gelesen werden: %1. Geben Sie es in den Proxy-Einstellungen des Kontos ein (poplar-sync: account set-proxy-password).</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-383"/>
        <source>busy: %1 is writing this account</source>
        <translation>belegt: %1 schreibt gerade in dieses Konto</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+75"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+116"/>
        <location filename="../core/sync/SyncService.cpp" line="+203"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+68"/>
        <source>The server refused to list its messages.</source>
        <translation>Der Server hat sich geweigert, seine Nachrichten aufzulisten.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>cannot write the downloaded message to disk</source>
        <translation>die heruntergeladene Nachricht kann nicht auf die Festplatte geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncService</name>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="+106"/>
        <source>The profile is not open.</source>
        <translation>Das Profil ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Classifier</name>
    <message>
        <location filename="../core/triage/Classifier.cpp" line="+207"/>
        <source>no spam classifier is set up</source>
        <translation>kein Spamfilter eingerichtet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bogofilter failed to learn (exit status %1)</source>
        <translation>bogofilter konnte nicht lernen (Exit-Status %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training command is set up</source>
        <translation>kein Trainingsbefehl eingerichtet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the training command failed (exit status %1)</source>
        <translation>der Trainingsbefehl ist fehlgeschlagen (Exit-Status %1)</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Rule</name>
    <message>
        <location filename="../core/triage/Rule.cpp" line="+110"/>
        <source>Mark as spam</source>
        <translation>Als Spam markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete on the server at once</source>
        <translation>Sofort auf dem Server löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark for deletion on the server</source>
        <translation>Zum Löschen auf dem Server markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never download (keep on the server, hidden)</source>
        <translation>Nie herunterladen (auf dem Server lassen, ausgeblendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always download</source>
        <translation>Immer herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download now</source>
        <translation>Jetzt herunterladen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>„%1“ ist kein Kopfzeilenname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;is yes&quot; or &quot;is no&quot;</source>
        <translation>%1 erwartet „is yes“ oder „is no“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>greater and less compare size or score</source>
        <translation>greater und less vergleichen Größe oder Punktzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is compared with is, greater or less</source>
        <translation>%1 wird mit is, greater oder less verglichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is longer than %1 characters</source>
        <translation>das Muster ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is not valid: %1</source>
        <translation>das Muster ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern repeats a group that repeats itself, which can take very long to match</source>
        <translation>das Muster wiederholt eine Gruppe, die sich selbst wiederholt; der Vergleich kann sehr lange dauern</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::RuleFile</name>
    <message>
        <location filename="../core/triage/RuleFile.cpp" line="+90"/>
        <source>a condition is: [not] FIELD contains|is|matches|greater|less VALUE</source>
        <translation>eine Bedingung lautet: [not] FELD contains|is|matches|greater|less WERT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unbekannter Operator „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected: rule &quot;NAME&quot;</source>
        <translation>erwartet: rule &quot;NAME&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delete-on-server may be followed by without-review</source>
        <translation>nur auf delete-on-server darf without-review folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule &quot;%1&quot; has no condition</source>
        <translation>die Regel „%1“ hat keine Bedingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule &quot;%1&quot; has no action (then ...)</source>
        <translation>die Regel „%1“ hat keine Aktion (then ...)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartet: „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule &quot;%1&quot; has no end</source>
        <translation>die Regel „%1“ hat kein end</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::SpamHints</name>
    <message>
        <location filename="../core/triage/SpamHints.cpp" line="+58"/>
        <source>The provider marked it as spam (X-Spam-Flag).</source>
        <translation>Der Anbieter hat sie als Spam markiert (X-Spam-Flag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s filter rated it spam (X-Spam-Status).</source>
        <translation>Der Filter des Anbieters hält sie für Spam (X-Spam-Status).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (%1).</source>
        <translation>Rspamd hält sie für Spam (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (X-Spamd-Result).</source>
        <translation>Rspamd hält sie für Spam (X-Spamd-Result).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider marked it as spam (X-Spam).</source>
        <translation>Der Anbieter hat sie als Spam markiert (X-Spam).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DMARC failed for the sender&apos;s domain %1.</source>
        <translation>DMARC ist für die Absenderdomain %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPF failed: the sending server may not send for %1.</source>
        <translation>SPF fehlgeschlagen: Der sendende Server darf nicht für %1 senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its DKIM signature for %1 did not verify.</source>
        <translation>Ihre DKIM-Signatur für %1 ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SPF soft-failed for %1 (Received-SPF).</source>
        <translation>SPF ist für %1 weich fehlgeschlagen (Received-SPF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF failed for %1 (Received-SPF).</source>
        <translation>SPF ist für %1 fehlgeschlagen (Received-SPF).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies would go to %1, not to the sender&apos;s domain %2.</source>
        <translation>Antworten gingen an %1, nicht an die Absenderdomain %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name shown is the address %1, but it was sent from %2.</source>
        <translation>Der angezeigte Name ist die Adresse %1, gesendet wurde aber von %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Its Message-ID comes from %1, unrelated to the sender&apos;s domain %2.</source>
        <translation>Ihre Message-ID stammt von %1, ohne Bezug zur Absenderdomain %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It has no date.</source>
        <translation>Sie hat kein Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its date cannot be read.</source>
        <translation>Ihr Datum ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated in the future (%1).</source>
        <translation>Sie ist in die Zukunft datiert (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated long ago (%1).</source>
        <translation>Sie ist vor langer Zeit datiert (%1).</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::TriageStore</name>
    <message>
        <location filename="../core/triage/TriageStore.cpp" line="+97"/>
        <source>no account named %1</source>
        <translation>kein Konto namens %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Triager</name>
    <message>
        <location filename="../core/triage/Triager.cpp" line="+27"/>
        <source>The classifier (%1) rates it spam (%2).</source>
        <translation>Der Filter (%1) hält sie für Spam (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) is unsure (%2).</source>
        <translation>Der Filter (%1) ist unsicher (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) rates it not spam (%2).</source>
        <translation>Der Filter (%1) hält sie nicht für Spam (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sender is on your blocklist.</source>
        <translation>Der Absender steht auf Ihrer Sperrliste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is a friend: never spam.</source>
        <translation>Der Absender ist ein Freund: nie Spam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You marked it as spam.</source>
        <translation>Sie haben sie als Spam markiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You marked it as not spam.</source>
        <translation>Sie haben sie als kein Spam markiert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rule &quot;%1&quot;: %2.</source>
        <translation>Regel „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountList</name>
    <message>
        <location filename="../ui/AccountList.cpp" line="+103"/>
        <source>Checking…</source>
        <translation>Wird abgerufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Checked %1</source>
        <translation>Zuletzt abgerufen: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+44"/>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit Account %1</source>
        <translation>Konto %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This account would send your password unencrypted, and you have not agreed to that. Go back to the server settings.</source>
        <translation>Dieses Konto würde Ihr Passwort unverschlüsselt senden, und dem haben Sie nicht zugestimmt. Gehen Sie zurück zu den Servereinstellungen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already an account named “%1”. Go back and choose another name.</source>
        <translation>Es gibt bereits ein Konto namens „%1“. Gehen Sie zurück und wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password Not Remembered</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is saved, but no keychain is available to keep its password (%2).

Poplar never writes passwords to its own files, so it will ask you for this one when it checks the account, unless you let it remember the password until it quits. To have it remembered for good, run a Secret Service (such as GNOME Keyring or KWallet) and enter the password again under File &gt; Account Settings.</source>
        <translation>Das Konto %1 ist gespeichert, aber es gibt keinen Schlüsselbund für sein Passwort (%2).

Poplar schreibt Passwörter nie in eigene Dateien, daher fragt es beim Abrufen des Kontos danach, außer Sie lassen es sich das Passwort merken, bis es beendet wird. Damit es dauerhaft gemerkt wird, starten Sie einen Secret Service (etwa GNOME Keyring oder KWallet) und geben Sie das Passwort unter Datei &gt; Kontoeinstellungen erneut ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember Until Poplar Quits</source>
        <translation>&amp;Merken, bis Poplar beendet wird</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountsDialog</name>
    <message>
        <location filename="../ui/wizard/AccountsDialog.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2 on %3:%4 (%5)</source>
        <translation>%1 — %2 auf %3:%4 (%5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” (%2 on %3)?

Its password is removed from the keychain, and its messages disappear from Poplar&apos;s list. Messages on the server are not touched.

Also delete the messages downloaded from this account from this computer?</source>
        <translation>Das Konto „%1“ (%2 auf %3) entfernen?

Sein Passwort wird aus dem Schlüsselbund entfernt, und seine Nachrichten verschwinden aus der Liste von Poplar. Nachrichten auf dem Server bleiben unberührt.

Sollen auch die von diesem Konto heruntergeladenen Nachrichten von diesem Computer gelöscht werden?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove and &amp;Delete Messages</source>
        <translation>Entfernen und Nachrichten &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove, &amp;Keep Messages</source>
        <translation>Entfernen, Nachrichten &amp;behalten</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::CertificateDialog</name>
    <message>
        <location filename="../ui/wizard/CertificateDialog.cpp" line="+37"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1 port %2 presented a certificate Poplar cannot verify.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could be pretending to be it. Trust this certificate only if you can confirm its SHA-256 fingerprint another way (your provider&apos;s web page, your administrator). Only this exact certificate will be trusted, only for this server and port; if it ever changes, Poplar asks again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1, Port %2 hat ein Zertifikat vorgelegt, das Poplar nicht überprüfen kann.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jemand zwischen Ihnen und dem Server könnte sich als dieser ausgeben. Vertrauen Sie diesem Zertifikat nur, wenn Sie seinen SHA-256-Fingerabdruck auf anderem Weg bestätigen können (Webseite Ihres Anbieters, Ihr Administrator). Nur genau dieses Zertifikat wird als vertrauenswürdig gespeichert, nur für diesen Server und Port; ändert es sich jemals, fragt Poplar erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1:%2</source>
        <translation>Server: %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not yet valid)</source>
        <translation> (noch nicht gültig)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Chain (%n certificate(s), server&apos;s first):</source>
        <translation>
            <numerusform>Kette (%n Zertifikat, das des Servers zuerst):</numerusform>
            <numerusform>Kette (%n Zertifikate, das des Servers zuerst):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trust This Certificate for %1:%2</source>
        <translation>Diesem Zertifikat für %1:%2 &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/ConnectionTestPage.cpp" line="+27"/>
        <source>Test &amp;Again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Certificate…</source>
        <translation>&amp;Zertifikat anzeigen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings even though the test did not succeed</source>
        <translation>Diese Einstellungen speichern, obwohl der Test nicht erfolgreich war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing the Connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar logs in once with these settings; no message is downloaded or deleted.</source>
        <translation>Poplar meldet sich einmal mit diesen Einstellungen an; keine Nachricht wird heruntergeladen oder gelöscht.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung zu %1, Port %2 …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password was typed, and the stored one could not be read (%1). Go back and type it to test the connection.</source>
        <translation>Es wurde kein Passwort eingegeben, und das gespeicherte konnte nicht gelesen werden (%1). Gehen Sie zurück und geben Sie es ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account would send the password unencrypted, which you have not agreed to.</source>
        <translation>Dieses Konto würde das Passwort unverschlüsselt senden, und dem haben Sie nicht zugestimmt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected; asking the server what it offers…</source>
        <translation>Verbunden; der Server wird nach seinen Fähigkeiten gefragt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Anmeldung …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login worked.</source>
        <translation>Die Anmeldung hat funktioniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1 with %2.</source>
        <translation>Angemeldet als %1 mit %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: NOT encrypted. The password and your mail crossed the network readable.</source>
        <translation>Verbindung: NICHT verschlüsselt. Passwort und Nachrichten waren unterwegs lesbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted from the start (TLS).</source>
        <translation>Verbindung: von Anfang an verschlüsselt (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted after STLS.</source>
        <translation>Verbindung: verschlüsselt nach STLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: trusted because you chose to trust this one (SHA-256 %1).</source>
        <translation>Zertifikat: vertrauenswürdig, weil Sie diesem vertraut haben (SHA-256 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting: %1</source>
        <translation>Begrüßung des Servers: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not announced</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server software: %1</source>
        <translation>Serversoftware: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server does not offer UIDL, which Poplar needs to recognise messages it has already seen.</source>
        <translation>Warnung: Der Server bietet kein UIDL an, das Poplar braucht, um bereits gesehene Nachrichten wiederzuerkennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the server does not offer TOP, so previews need the whole message.</source>
        <translation>Hinweis: Der Server bietet kein TOP an, daher braucht die Vorschau die ganze Nachricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server deletes messages as soon as they are downloaded (EXPIRE 0), whatever Poplar is set to do.</source>
        <translation>Warnung: Der Server löscht Nachrichten, sobald sie heruntergeladen sind (EXPIRE 0), ganz gleich, was in Poplar eingestellt ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).</source>
        <translation>
            <numerusform>Hinweis: Der Server löscht Nachrichten %n Tag nach dem Herunterladen (EXPIRE).</numerusform>
            <numerusform>Hinweis: Der Server löscht Nachrichten %n Tage nach dem Herunterladen (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server allows a login only every %n minute(s).</source>
        <translation>
            <numerusform>Hinweis: Der Server erlaubt eine Anmeldung nur jede Minute.</numerusform>
            <numerusform>Hinweis: Der Server erlaubt eine Anmeldung nur alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What happened: %1</source>
        <translation>Was geschehen ist: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DeletedDialog</name>
    <message>
        <location filename="../ui/DeletedDialog.cpp" line="+24"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>Absender zu &amp;Freunden hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on Server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sender, subject, headers or rule</source>
        <translation>Absender, Betreff, Kopfzeilen oder Regel suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account policy</source>
        <translation>Kontorichtlinie</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DetectPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="+38"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, trusted</source>
        <translation>verschlüsselt, vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, certificate not trusted</source>
        <translation>verschlüsselt, Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT encrypted</source>
        <translation>NICHT verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Use this server without encryption. I accept that my password and my mail can be read by anyone on the network path.</source>
        <translation>Diesen Server ohne Verschlüsselung verwenden. Ich nehme in Kauf, dass mein Passwort und meine Nachrichten unterwegs von jedem gelesen werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review or change the settings by hand</source>
        <translation>Einstellungen von Hand prüfen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search &amp;Again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding Your Server</source>
        <translation>Ihr Server wird gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS records, your provider&apos;s published settings and the usual server names are tried at once.</source>
        <translation>DNS-Einträge, die veröffentlichten Einstellungen Ihres Anbieters und die üblichen Servernamen werden gleichzeitig versucht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Looking for the server of %1…</source>
        <translation>Der Server von %1 wird gesucht …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — chosen</source>
        <translation>%1 — gewählt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP3 server was found for %1. Next lets you enter the settings yourself.</source>
        <translation>Für %1 wurde kein POP3-Server gefunden. Mit „Weiter“ können Sie die Einstellungen selbst eingeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found %1.</source>
        <translation>%1 gefunden.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DocumentationDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="+68"/>
        <source>Poplar Documentation</source>
        <translation>Poplar-Dokumentation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The documentation is missing from this build.</source>
        <translation>Die Dokumentation fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorBar</name>
    <message>
        <location filename="../ui/ErrorBar.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorRecovery</name>
    <message>
        <location filename="../ui/ErrorRecovery.cpp" line="+23"/>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local store failed</source>
        <translation>Lokaler Speicher fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign In Again...</source>
        <translation>Erneut &amp;anmelden …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter &amp;Password Again...</source>
        <translation>&amp;Passwort erneut eingeben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Account...</source>
        <translation>Konto &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust Certificate...</source>
        <translation>Zertifikat &amp;vertrauen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the password for %1 on %2. Type it again; Poplar keeps it in memory until it quits.</source>
        <translation>Der Server hat das Passwort für %1 auf %2 abgelehnt. Geben Sie es erneut ein; Poplar behält es im Speicher, bis es beendet wird.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="-226"/>
        <source>I will enter the server settings myself</source>
        <translation>Ich gebe die Servereinstellungen selbst ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your e-mail address and password; Poplar looks up the rest.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein; Poplar ermittelt den Rest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Work (the address if left empty)</source>
        <translation>z. B. Arbeit (ohne Angabe die Adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>sie@beispiel.de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change what you need; the server settings follow on the next pages.</source>
        <translation>Ändern Sie, was nötig ist; die Servereinstellungen folgen auf den nächsten Seiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the password empty to keep the one stored in the keychain. Type an address and untick the box above to look the server up again.</source>
        <translation>Lassen Sie das Passwort leer, um das im Schlüsselbund gespeicherte zu behalten. Geben Sie eine Adresse ein und entfernen Sie das Häkchen oben, um den Server erneut zu suchen.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+22"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Another Program</source>
        <translation>Aus einem anderen Programm importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its usual places</source>
        <translation>Seine üblichen Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already fetched</source>
        <translation>Bereits abgeholt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the Other Program</source>
        <translation>Ordner des anderen Programms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poplar reads the other program&apos;s settings and the list of messages it already fetched, so those are not downloaded again. It never reads passwords and never changes the other program&apos;s files.</source>
        <translation>Poplar liest die Einstellungen des anderen Programms und die Liste der Nachrichten, die es bereits abgeholt hat, damit diese nicht noch einmal heruntergeladen werden. Passwörter liest es nie, und die Dateien des anderen Programms ändert es nie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no record found</source>
        <translation>keine Aufzeichnung gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>%n Konto gefunden.</numerusform>
            <numerusform>%n Konten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: added; %n message(s) already fetched will not be downloaded again.</source>
        <translation>
            <numerusform>%1: hinzugefügt; %n bereits abgeholte Nachricht wird nicht noch einmal heruntergeladen.</numerusform>
            <numerusform>%1: hinzugefügt; %n bereits abgeholte Nachrichten werden nicht noch einmal heruntergeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: already in Poplar, settings kept; %n message(s) recorded as fetched.</source>
        <translation>
            <numerusform>%1: bereits in Poplar, Einstellungen beibehalten; %n Nachricht als abgeholt vermerkt.</numerusform>
            <numerusform>%1: bereits in Poplar, Einstellungen beibehalten; %n Nachrichten als abgeholt vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are never imported: Poplar asks for each new account&apos;s password at its first check, or set it under Account Settings.</source>
        <translation>Passwörter werden nie importiert: Poplar fragt beim ersten Abruf jedes neuen Kontos nach seinem Passwort, oder Sie legen es unter Kontoeinstellungen fest.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="+30"/>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing messages…</source>
        <translation>Nachrichten werden aufgelistet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching headers…</source>
        <translation>Kopfzeilen werden abgerufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server…</source>
        <translation>Wird auf dem Server gelöscht …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching headers %1 of %2</source>
        <translation>Kopfzeilen werden abgerufen: %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1 of %2</source>
        <translation>Herunterladen: %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server %1 of %2</source>
        <translation>Löschen auf dem Server: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <location line="+384"/>
        <location line="+170"/>
        <location line="+1"/>
        <source>Poplar</source>
        <translation>Poplar</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>Could not save a change: %1</source>
        <translation>Eine Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account could not be removed: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/MessageExport.cpp" line="+93"/>
        <source>The messages could not be read from the profile: %1</source>
        <translation>Die Nachrichten konnten nicht aus dem Profil gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The profile could not be opened: %1</source>
        <translation>Das Profil konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet. Add one with File &gt; Add Account.</source>
        <translation>Noch keine Konten. Fügen Sie eines über Datei &gt; Konto hinzufügen hinzu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Check</source>
        <extracomment>Verb: check the selected account for new mail (menu and toolbar)</extracomment>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected account for new messages (F5)</source>
        <translation>Das ausgewählte Konto auf neue Nachrichten prüfen (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All</source>
        <extracomment>Verb: check every account for new mail</extracomment>
        <translation>Alle abru&amp;fen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the selected messages (Ctrl+D)</source>
        <translation>Die ausgewählten Nachrichten herunterladen (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete on Server...</source>
        <translation>Auf dem Server &amp;löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected messages on the server at the next check (Shift+Del)</source>
        <translation>Die ausgewählten Nachrichten beim nächsten Abruf auf dem Server löschen (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Selected...</source>
        <translation>Auswahl &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages to Folder</source>
        <translation>Nachrichten in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Selected as &amp;mbox...</source>
        <translation>Auswahl als &amp;mbox exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages as mbox</source>
        <translation>Nachrichten als mbox exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation>mbox-Dateien (*.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify Stored Messages...</source>
        <translation>Gespeicherte Nachrichten &amp;prüfen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;Log</source>
        <translation>Server&amp;protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview &amp;Below List</source>
        <translation>Vorschau &amp;unter der Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Account...</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Another Program...</source>
        <translation>Aus anderem Programm &amp;importieren...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Settings...</source>
        <translation>Kontoein&amp;stellungen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove Account...</source>
        <translation>Konto ent&amp;fernen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mail</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Poplar</source>
        <translation>Ü&amp;ber Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Poplar</source>
        <translation>Über Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar %1: check, preview and download mail from POP3 servers.</source>
        <translation>Poplar %1: Nachrichten von POP3-Servern abrufen, ansehen und herunterladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+26"/>
        <source>Select a message to see it here.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie hier zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n Nachricht ausgewählt.</numerusform>
            <numerusform>%n Nachrichten ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>Die Nachricht konnte nicht aus dem Profil gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete on Server</source>
        <translation>Auf dem Server löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) on the server at the next check? Until then, Undo keeps them.</source>
        <translation>
            <numerusform>%n Nachricht beim nächsten Abruf auf dem Server löschen? Bis dahin lässt sie sich mit „Rückgängig“ behalten.</numerusform>
            <numerusform>%n Nachrichten beim nächsten Abruf auf dem Server löschen? Bis dahin lassen sie sich mit „Rückgängig“ behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) will be deleted on the server at the next check.</source>
        <translation>
            <numerusform>%n Nachricht wird beim nächsten Abruf auf dem Server gelöscht.</numerusform>
            <numerusform>%n Nachrichten werden beim nächsten Abruf auf dem Server gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="+73"/>
        <source> · %1 of %2</source>
        <comment>bytes done of total</comment>
        <translation> · %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · %1:%2 left</source>
        <translation> · noch %1:%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; trying again in a minute</source>
        <translation>%1; neuer Versuch in einer Minute</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+28"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n heruntergeladen</numerusform>
            <numerusform>%n heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n auf dem Server gelöscht</numerusform>
            <numerusform>%n auf dem Server gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n neue Nachricht in %1</numerusform>
            <numerusform>%n neue Nachrichten in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2.
It could not be read from the keychain (%3), so Poplar keeps it in memory until it quits.</source>
        <translation>Passwort für %1 auf %2.
Es konnte nicht aus dem Schlüsselbund gelesen werden (%3), daher behält Poplar es im Speicher, bis es beendet wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageExport.cpp" line="-47"/>
        <source>Downloading %n message(s) from the server…</source>
        <translation>
            <numerusform>%n Nachricht wird vom Server heruntergeladen …</numerusform>
            <numerusform>%n Nachrichten werden vom Server heruntergeladen …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/StoredMessageDialogs.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n message(s) not downloaded yet: downloading them now; drag them again once they are.</source>
        <translation>
            <numerusform>%n Nachricht ist noch nicht heruntergeladen: sie wird jetzt heruntergeladen; ziehen Sie sie danach erneut.</numerusform>
            <numerusform>%n Nachrichten sind noch nicht heruntergeladen: sie werden jetzt heruntergeladen; ziehen Sie sie danach erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the messages could not be downloaded: %1</source>
        <translation>die Nachrichten konnten nicht heruntergeladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/StoredMessageDialogs.cpp" line="-14"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) not exported: the stored file is missing or damaged.</source>
        <translation>
            <numerusform>%n Nachricht nicht exportiert: die gespeicherte Datei fehlt oder ist beschädigt.</numerusform>
            <numerusform>%n Nachrichten nicht exportiert: die gespeicherte Datei fehlt oder ist beschädigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking stored messages…</source>
        <translation>Gespeicherte Nachrichten werden geprüft…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verify Stored Messages</source>
        <translation>Gespeicherte Nachrichten prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n stored message(s) are sound.</source>
        <translation>
            <numerusform>Die %n gespeicherte Nachricht ist intakt.</numerusform>
            <numerusform>Alle %n gespeicherten Nachrichten sind intakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stored message(s) are missing or damaged. Download fetches them again while the server still has them.</source>
        <translation>
            <numerusform>%n gespeicherte Nachricht fehlt oder ist beschädigt. Herunterladen holt sie erneut, solange der Server sie noch hat.</numerusform>
            <numerusform>%n gespeicherte Nachrichten fehlen oder sind beschädigt. Herunterladen holt sie erneut, solange der Server sie noch hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+65"/>
        <source>Poplar: %n new message(s)</source>
        <translation>
            <numerusform>Poplar: %n neue Nachricht</numerusform>
            <numerusform>Poplar: %n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Poplar (%n new)</source>
        <comment>window title</comment>
        <translation>
            <numerusform>Poplar (%n neu)</numerusform>
            <numerusform>Poplar (%n neu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ManualPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+34"/>
        <source>I accept that my password and my mail cross the network unencrypted, readable by anyone on the way.</source>
        <translation>Ich nehme in Kauf, dass mein Passwort und meine Nachrichten unverschlüsselt übertragen werden und unterwegs von jedem gelesen werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a refused secure login method (such as APOP), also send the password unencrypted</source>
        <translation>Nach einem abgelehnten sicheren Anmeldeverfahren (etwa APOP) das Passwort auch unverschlüsselt senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server Settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming (POP3) server, as your provider documents it.</source>
        <translation>Der Posteingangsserver (POP3), wie Ihr Anbieter ihn angibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS from the start (usually port 995)</source>
        <translation>TLS von Anfang an (meist Port 995)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS: TLS after connecting (usually port 110)</source>
        <translation>STLS: TLS nach dem Verbinden (meist Port 110)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: password and mail unencrypted</source>
        <translation>Keine: Passwort und Nachrichten unverschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: the strongest the server offers</source>
        <translation>Automatisch: das stärkste, das der Server anbietet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>USER/PASS</source>
        <translation>USER/PASS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GSSAPI (Kerberos)</source>
        <translation>GSSAPI (Kerberos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOAUTH2 (password field holds an access token)</source>
        <translation>XOAUTH2 (das Passwortfeld enthält ein Zugriffstoken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAUTHBEARER (password field holds an access token)</source>
        <translation>OAUTHBEARER (das Passwortfeld enthält ein Zugriffstoken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: a PEM file of extra certificate authorities</source>
        <translation>optional: eine PEM-Datei mit zusätzlichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login method:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageActions</name>
    <message>
        <location filename="../ui/MessageActions.cpp" line="+25"/>
        <source>Poplar is a retrieval client: your mail program writes and sends it.</source>
        <translation>Poplar ruft E-Mails nur ab: Ihr E-Mail-Programm schreibt und versendet sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply in Mail Program</source>
        <translation>Im E-Mail-Programm &amp;antworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to &amp;All in Mail Program</source>
        <translation>Im E-Mail-Programm allen a&amp;ntworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward in Mail Program</source>
        <translation>Im E-Mail-Programm &amp;weiterleiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the downloaded message in your mail program to forward it. %1</source>
        <translation>Öffnet die heruntergeladene Nachricht zum Weiterleiten in Ihrem E-Mail-Programm. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the message as the preview shows it (remote content stays blocked)</source>
        <translation>Die Nachricht so drucken, wie die Vorschau sie zeigt (externe Inhalte bleiben blockiert)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>M&amp;essage</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poplar is a retrieval client: replies are written in your mail program.</source>
        <translation>Poplar ruft E-Mails nur ab: Antworten schreiben Sie in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mail Program</source>
        <translation>E-Mail-Programm</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>Die Nachricht konnte nicht aus dem Profil gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No mail program is set up to write messages (mailto: links). Choose one in your desktop&apos;s settings for default applications.</source>
        <translation>Kein E-Mail-Programm ist zum Schreiben von Nachrichten (mailto:-Links) eingerichtet. Wählen Sie eines in den Einstellungen Ihrer Arbeitsumgebung für Standardanwendungen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be created</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be written for your mail program: %1</source>
        <translation>Die Nachricht konnte nicht für Ihr E-Mail-Programm geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored copy of this message is damaged; download it again first.</source>
        <translation>Die gespeicherte Kopie dieser Nachricht ist beschädigt; laden Sie sie zuerst erneut herunter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program is set up to open e-mail files (.eml). The message was saved as %1.</source>
        <translation>Kein Programm ist zum Öffnen von E-Mail-Dateien (.eml) eingerichtet. Die Nachricht wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageWindow</name>
    <message>
        <location filename="../ui/MessageWindow.cpp" line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+14"/>
        <source>%1 - Poplar</source>
        <translation>%1 - Poplar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PolicyPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+92"/>
        <source>&amp;Leave messages on the server</source>
        <translation>Nachrichten auf dem Server &amp;lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server &amp;this many days after downloading:</source>
        <translation>Vom Server löschen, &amp;so viele Tage nach dem Herunterladen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server when I &amp;delete them in Poplar</source>
        <translation>Vom Server löschen, wenn ich sie in Poplar &amp;entferne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server as soon as they are safely &amp;downloaded</source>
        <translation>Vom Server löschen, sobald sie sicher &amp;heruntergeladen sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only the &amp;headers of messages larger than:</source>
        <translation>Nur die &amp;Kopfzeilen von Nachrichten abrufen, die größer sind als:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check for new mail every:</source>
        <translation>Neue Nachrichten abrufen &amp;alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail on the Server</source>
        <translation>Nachrichten auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar deletes a message on the server only after it is safely stored here.</source>
        <translation>Poplar löscht eine Nachricht auf dem Server erst, wenn sie hier sicher gespeichert ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After downloading</source>
        <translation>Nach dem Herunterladen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Preview of a message still on the server:</source>
        <translation>&amp;Vorschau einer Nachricht, die noch auf dem Server liegt:</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At once</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <comment>after N days</comment>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark a message as &amp;read after it is shown for:</source>
        <translation>Nachricht als &amp;gelesen markieren, nachdem sie angezeigt wurde für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete messages in the &amp;Trash for good after:</source>
        <translation>Nachrichten im &amp;Papierkorb endgültig löschen nach:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="+26"/>
        <source>&amp;Save Attachment...</source>
        <translation>Anhang &amp;speichern …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a message to see it here.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only the headers and first lines are shown; the message is still on the server. &lt;a href=&quot;download&quot;&gt;Download it&lt;/a&gt;</source>
        <translation>Nur die Kopfzeilen und ersten Zeilen werden angezeigt; die Nachricht liegt noch auf dem Server. &lt;a href=&quot;download&quot;&gt;Jetzt herunterladen&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remote content was blocked (%n item(s)).</source>
        <translation>
            <numerusform>Externe Inhalte wurden blockiert (%n Element).</numerusform>
            <numerusform>Externe Inhalte wurden blockiert (%n Elemente).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Unnamed (%1)</source>
        <translation>Unbenannt (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This message is too large to show whole; only its first %1 are shown.</source>
        <translation>Diese Nachricht ist zu groß, um sie ganz anzuzeigen; nur die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview was cut: the server sent more than Poplar keeps for one.</source>
        <translation>Die Vorschau wurde gekürzt: Der Server hat mehr gesendet, als Poplar für eine Vorschau behält.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ProxyBox</name>
    <message>
        <location filename="../ui/wizard/ProxyBox.cpp" line="+16"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy: connect directly</source>
        <translation>Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5 (the proxy also looks up the server&apos;s name)</source>
        <translation>SOCKS5 (der Proxy löst auch den Namen des Servers auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy (CONNECT)</source>
        <translation>HTTP-Proxy (CONNECT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the proxy asks for one</source>
        <translation>nur wenn der Proxy danach fragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the desktop or the all_proxy, http_proxy and no_proxy variables say.</source>
        <translation>Wie der Desktop oder die Variablen all_proxy, http_proxy und no_proxy es vorgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>Proxy-P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy us&amp;er:</source>
        <translation>Proxy-Benutz&amp;er:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stored in the keychain; type to change</source>
        <translation>im Schlüsselbund gespeichert; zum Ändern eintippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the keychain</source>
        <translation>wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name and password must not contain line breaks.</source>
        <translation>Proxy-Benutzername und -Passwort dürfen keine Zeilenumbrüche enthalten.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ReadStateActions</name>
    <message>
        <location filename="../ui/ReadStateActions.cpp" line="+16"/>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toggle Read</source>
        <translation>Gelesen &amp;umschalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected messages as read, or as unread when all are read (Ctrl+Shift+U)</source>
        <translation>Die ausgewählten Nachrichten als gelesen markieren, oder als ungelesen, wenn alle gelesen sind (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RuleEditDialog</name>
    <message>
        <location filename="../ui/RulesDialog.cpp" line="+43"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches (regular expression)</source>
        <translation>passt auf (regulärer Ausdruck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &amp;without review (in the check that finds it)</source>
        <translation>&amp;Ohne Prüfung löschen (beim Abruf, der sie findet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all conditions hold</source>
        <translation>alle Bedingungen zutreffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any condition holds</source>
        <translation>eine Bedingung zutrifft</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applies when:</source>
        <translation>&amp;Gilt, wenn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Then:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview text</source>
        <translation>Vorschautext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender is a friend</source>
        <translation>Absender ist ein Freund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender is blocked</source>
        <translation>Absender ist gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judged spam</source>
        <translation>Als Spam eingestuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam score</source>
        <translation>Spam-Punktzahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one condition.</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RulesDialog</name>
    <message>
        <location line="+14"/>
        <source>Add the senders of downloaded and kept messages to &amp;friends</source>
        <translation>Absender heruntergeladener und behaltener Nachrichten zu &amp;Freunden hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triage Rules</source>
        <translation>Sortierregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last match</source>
        <translation>Letzter Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be imported: %1</source>
        <translation>Die Datei konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the record of deleted messages for:</source>
        <translation>Liste gelöschter Nachrichten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No spam classifier: install bogofilter to have one learn from Mark as Spam.</source>
        <translation>Kein Spamfilter: Installieren Sie bogofilter, damit einer aus „Als Spam markieren“ lernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam classifier: %1, learning from Mark as Spam / Not Spam.</source>
        <translation>Spamfilter: %1, lernt aus „Als Spam / Kein Spam markieren“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SearchFilter</name>
    <message>
        <location filename="../ui/SearchFilter.cpp" line="+15"/>
        <source>Search: words, &quot;a phrase&quot;, from:, subject: (Ctrl+F)</source>
        <translation>Suchen: Wörter, &quot;eine Wortfolge&quot;, from:, subject: (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur, in the sender, recipients, subject or text, accents and case ignored. &quot;Quotes&quot; find a phrase, word* finds words beginning so, and from:, to:, subject: or body: before a word or phrase look only there.</source>
        <translation>Jedes Wort muss vorkommen, im Absender, in den Empfängern, im Betreff oder im Text; Akzente sowie Groß- und Kleinschreibung zählen nicht. &quot;Anführungszeichen&quot; finden eine Wortfolge, wort* findet Wörter, die so beginnen, und from:, to:, subject: oder body: vor einem Wort oder einer Wortfolge suchen nur dort.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerFactsBox</name>
    <message>
        <location filename="../ui/wizard/ServerFactsBox.cpp" line="+12"/>
        <source>What the server says</source>
        <translation>Was der Server sagt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poplar has not logged in to this server yet. How long it keeps retrieved mail, and how often it lets you log in, show here after the first check.</source>
        <translation>Poplar hat sich bei diesem Server noch nicht angemeldet. Wie lange er abgerufene Mail aufbewahrt und wie oft er Anmeldungen zulässt, steht nach dem ersten Abruf hier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It did not say how long it keeps retrieved messages.</source>
        <translation>Er hat nicht angegeben, wie lange er abgerufene Nachrichten aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps retrieved messages for as long as you leave them (EXPIRE NEVER).</source>
        <translation>Er bewahrt abgerufene Nachrichten auf, solange Sie sie dort lassen (EXPIRE NEVER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It deletes messages as soon as they are retrieved (EXPIRE 0).</source>
        <translation>Er löscht Nachrichten, sobald sie abgerufen wurden (EXPIRE 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It deletes retrieved messages after %n day(s) (EXPIRE).</source>
        <translation>
            <numerusform>Er löscht abgerufene Nachrichten nach %n Tag (EXPIRE).</numerusform>
            <numerusform>Er löscht abgerufene Nachrichten nach %n Tagen (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It allows one login every %n minute(s) (LOGIN-DELAY).</source>
        <translation>
            <numerusform>Er erlaubt eine Anmeldung pro %n Minute (LOGIN-DELAY).</numerusform>
            <numerusform>Er erlaubt eine Anmeldung alle %n Minuten (LOGIN-DELAY).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It announces no least time between logins.</source>
        <translation>Er gibt keinen Mindestabstand zwischen Anmeldungen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the last login, %1: %2 %3</source>
        <translation>Bei der letzten Anmeldung, %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerLogDialog</name>
    <message>
        <location filename="../ui/ServerLogDialog.cpp" line="+16"/>
        <source>Server Log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear...</source>
        <translation>&amp;Leeren …</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Clear Server Log</source>
        <translation>Serverprotokoll leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the server log? The conversation of every session so far is lost.</source>
        <translation>Das Serverprotokoll leeren? Die Unterhaltung aller bisherigen Sitzungen geht verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="-37"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SignInBox</name>
    <message>
        <location filename="../ui/wizard/SignInBox.cpp" line="+65"/>
        <source>Sign in with %1…</source>
        <translation>Mit %1 anmelden …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation>Warten auf Ihre Anmeldung mit %1 im Browser …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in with %1. No password is needed; the sign-in is kept in the keychain.</source>
        <translation>Mit %1 angemeldet. Es wird kein Passwort benötigt; die Anmeldung wird im Schlüsselbund aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::StoredMessageWindow</name>
    <message>
        <location filename="../ui/StoredMessageWindow.cpp" line="+16"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous message in the list (P)</source>
        <translation>Die vorherige Nachricht der Liste (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next message in the list (N)</source>
        <translation>Die nächste Nachricht der Liste (N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <extracomment>Name of the message window&apos;s toolbar</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The message is no longer in the profile.</source>
        <translation>Die Nachricht ist nicht mehr im Profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>Die Nachricht konnte nicht aus dem Profil gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - Poplar</source>
        <translation>%1 – Poplar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TrashActions</name>
    <message>
        <location filename="../ui/TrashActions.cpp" line="+26"/>
        <source>&amp;Delete</source>
        <extracomment>Verb: delete the selected messages (they go to the Trash)</extracomment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash...</source>
        <translation>Papierkorb &amp;leeren...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected downloaded messages to the Trash; in the Trash, delete them for good (Del)</source>
        <translation>Die ausgewählten heruntergeladenen Nachrichten in den Papierkorb verschieben; im Papierkorb endgültig löschen (Entf)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This account deletes them on the server as well, at the next check.</source>
        <translation>Dieses Konto löscht sie beim nächsten Abruf auch auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n Nachricht in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Nachrichten in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? They cannot be restored.</source>
        <translation>
            <numerusform>%n Nachricht endgültig löschen? Sie kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n Nachrichten endgültig löschen? Sie können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.</source>
        <translation>
            <numerusform>Die %n Nachricht im Papierkorb von %1 endgültig löschen? Sie kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>Die %n Nachrichten im Papierkorb von %1 endgültig löschen? Sie können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TriageUi</name>
    <message>
        <location filename="../ui/TriageUi.cpp" line="+100"/>
        <source>Mark as &amp;Spam</source>
        <translation>Als &amp;Spam markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Not Spam</source>
        <translation>Als &amp;kein Spam markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>Absender zu &amp;Freunden hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Blocklist</source>
        <translation>Absender zur &amp;Sperrliste hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process Marked…</source>
        <translation>Markierte &amp;verarbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deleted on Server…</source>
        <translation>Auf dem Server &amp;gelöscht…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Messages &amp;Kept on Server</source>
        <translation>Auf dem Server &amp;behaltene Nachrichten zeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Triage</source>
        <translation>&amp;Sortieren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Marked for deletion on the server (Process Marked deletes it).</source>
        <translation>Zum Löschen auf dem Server markiert („Markierte verarbeiten“ löscht sie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the server: never downloaded.</source>
        <translation>Auf dem Server behalten: wird nie heruntergeladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam (score %1). Why:</source>
        <translation>Spam (Punktzahl %1). Warum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam score %1:</source>
        <translation>Spam-Punktzahl %1:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The spam classifier did not learn: %1</source>
        <translation>Der Spamfilter hat nicht gelernt: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Process Marked</source>
        <translation>Markierte verarbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n marked message(s) on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</source>
        <translation>
            <numerusform>%n markierte Nachricht auf dem Server löschen und die übrigen nach den Regeln herunterladen? Gelöschte Nachrichten bleiben unter „Auf dem Server gelöscht“.</numerusform>
            <numerusform>%n markierte Nachrichten auf dem Server löschen und die übrigen nach den Regeln herunterladen? Gelöschte Nachrichten bleiben unter „Auf dem Server gelöscht“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No message is marked for deletion. Download new messages as the rules say?</source>
        <translation>Keine Nachricht ist zum Löschen markiert. Neue Nachrichten nach den Regeln herunterladen?</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/WelcomePanel.cpp" line="+13"/>
        <source>Welcome to Poplar</source>
        <translation>Willkommen bei Poplar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poplar checks your POP3 mailboxes, shows the first lines of each new message while it is still on the server, and downloads the ones you want to keep. Add your e-mail account to begin: the address and the password are usually enough.</source>
        <translation>Poplar prüft Ihre POP3-Postfächer, zeigt die ersten Zeilen jeder neuen Nachricht, solange sie noch auf dem Server liegt, und lädt die herunter, die Sie behalten möchten. Fügen Sie zu Beginn Ihr E-Mail-Konto hinzu: Adresse und Passwort genügen meist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
</context>
<context>
    <name>PoplarMain</name>
    <message>
        <location filename="../app/poplar_main.cpp" line="+24"/>
        <source>Check, preview and download mail from POP3 servers.</source>
        <translation>Nachrichten von POP3-Servern abrufen, ansehen und herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>Profilverzeichnis (Vorgabe: das Datenverzeichnis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message files (.eml) to open.</source>
        <translation>Zu öffnende Nachrichtendateien (.eml).</translation>
    </message>
</context>
<context>
    <name>PoplarSync</name>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+60"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server name.</source>
        <translation>Servername.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>Serverport (Vorgabe 995 bei tls, sonst 110).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls (default), starttls or plain.</source>
        <comment>--security values: keep the words tls, starttls, plain</comment>
        <translation>tls (Vorgabe), starttls oder plain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 or oauthbearer.</source>
        <comment>--auth values: keep the method names</comment>
        <translation>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command whose first output line is the password or token.</source>
        <translation>Befehl, dessen erste Ausgabezeile das Passwort oder Token ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system (default: the system&apos;s proxy settings), none, socks5://HOST:PORT or http://HOST:PORT.</source>
        <comment>--proxy values: keep the words system, none, socks5, http</comment>
        <translation>system (Standard: die Proxy-Einstellungen des Systems), none, socks5://HOST:PORT oder http://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest SCRAM iteration count accepted from the server (default %1).</source>
        <translation>Größte vom Server angenommene SCRAM-Iterationszahl (Standard %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--scram-max-iterations must be a number from 1 to %1</source>
        <translation>--scram-max-iterations muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="+44"/>
        <location filename="../app/sync/CommandLine.cpp" line="+20"/>
        <source>--security must be tls, starttls or plain</source>
        <translation>--security muss tls, starttls oder plain sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/sync/CommandLine.cpp" line="+8"/>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/sync/CommandLine.cpp" line="+7"/>
        <source>unknown --auth method: %1</source>
        <translation>unbekanntes --auth-Verfahren: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--plaintext-fallback must be yes or no</source>
        <translation>--plaintext-fallback muss yes oder no sein</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would create account %1</source>
        <translation>würde Konto %1 anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created account %1</source>
        <translation>Konto %1 angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 exists, settings kept</source>
        <translation>Konto %1 existiert, Einstellungen beibehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n UIDL(s) marked as fetched by %1</source>
        <translation>
            <numerusform>%n UIDL(s) als von %1 abgerufen markiert</numerusform>
            <numerusform>%n UIDL(s) als von %1 abgerufen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already known</source>
        <translation>
            <numerusform>%n bereits bekannt</numerusform>
            <numerusform>%n bereits bekannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never imported: give each new account a password with &quot;poplar-sync account set NAME --password-command CMD&quot; or &quot;account set-password NAME&quot;.</source>
        <translation>Passwörter werden nie importiert: Geben Sie jedem neuen Konto ein Passwort mit „poplar-sync account set NAME --password-command CMD“ oder „account set-password NAME“.</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+18"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+49"/>
        <source>the password command failed</source>
        <translation>der Passwortbefehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+39"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-95"/>
        <location line="+19"/>
        <location filename="../app/sync/Commands.cpp" line="+103"/>
        <location filename="../app/sync/OAuthCommands.cpp" line="+35"/>
        <location filename="../app/sync/StoreCommands.cpp" line="+154"/>
        <location filename="../app/sync/TriageCommands.cpp" line="+41"/>
        <source>no account named %1</source>
        <translation>kein Konto namens %1</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+67"/>
        <source>no password: the keychain says: %1 (use account set-password, or --password-command)</source>
        <translation>kein Passwort: Der Schlüsselbund meldet: %1 (verwenden Sie account set-password oder --password-command)</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="+72"/>
        <location filename="../app/sync/StoreCommands.cpp" line="-128"/>
        <location filename="../app/sync/SyncSequence.cpp" line="+15"/>
        <location filename="../app/sync/TrashCommands.cpp" line="+74"/>
        <location line="+24"/>
        <location line="+30"/>
        <location line="+14"/>
        <source>local store: %1</source>
        <translation>lokaler Speicher: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="-120"/>
        <source> (server: %1)</source>
        <translation> (Server: %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-7"/>
        <source>no proxy password: %1</source>
        <translation>kein Proxy-Passwort: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <comment>summary: messages new on the server</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded (%1)</source>
        <comment>summary: messages and bytes downloaded</comment>
        <translation>
            <numerusform>%n heruntergeladen (%1)</numerusform>
            <numerusform>%n heruntergeladen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted on server</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n auf dem Server gelöscht</numerusform>
            <numerusform>%n auf dem Server gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n over the size limit (headers only)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n über der Größengrenze (nur Kopfzeilen)</numerusform>
            <numerusform>%n über der Größengrenze (nur Kopfzeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n listed by size only (headers not available from this server)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n nur mit Größe aufgeführt (Kopfzeilen von diesem Server nicht erhältlich)</numerusform>
            <numerusform>%n nur mit Größe aufgeführt (Kopfzeilen von diesem Server nicht erhältlich)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped (bad or duplicate UIDL)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n übersprungen (ungültige oder doppelte UIDL)</numerusform>
            <numerusform>%n übersprungen (ungültige oder doppelte UIDL)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-7"/>
        <location line="+3"/>
        <location filename="../app/sync/SyncSequence.cpp" line="+1"/>
        <source>, </source>
        <comment>summary: list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+2"/>
        <source> (server has no UIDL: keys derived from headers)</source>
        <translation> (der Server hat kein UIDL: Schlüssel aus den Kopfzeilen abgeleitet)</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+8"/>
        <source>cannot read the profile&apos;s database (is it damaged?): %1</source>
        <translation>die Datenbank des Profils kann nicht gelesen werden (ist sie beschädigt?): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave messages on the server (default).</source>
        <translation>Nachrichten auf dem Server lassen (Vorgabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server once they are stored.</source>
        <translation>Nachrichten auf dem Server löschen, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server N days after download.</source>
        <translation>Nachrichten N Tage nach dem Herunterladen auf dem Server löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server when the local copy is deleted.</source>
        <translation>Nachrichten auf dem Server löschen, wenn die lokale Kopie gelöscht wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only headers of messages larger than BYTES until asked.</source>
        <translation>Von Nachrichten über BYTES nur die Kopfzeilen abrufen, bis sie angefordert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body lines fetched with TOP (default 20).</source>
        <translation>Mit TOP abgerufene Textzeilen (Vorgabe 20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes or no (default): over a connection without TLS, after APOP or a mechanism that hides the password was refused, also try those that send it.</source>
        <comment>--plaintext-fallback values: keep the words yes, no</comment>
        <translation>yes oder no (Standard): über eine Verbindung ohne TLS nach abgelehntem APOP oder einem Verfahren, das das Passwort verbirgt, auch solche versuchen, die es senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes between the application&apos;s periodic checks (0: off).</source>
        <translation>Minuten zwischen den regelmäßigen Abrufen der Anwendung (0: aus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account authorize: google or microsoft (default: from the server or address).</source>
        <translation>account authorize: google oder microsoft (Standard: anhand des Servers oder der Adresse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download: every new message.</source>
        <translation>download: jede neue Nachricht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, download, delete: seconds to wait while another program writes the same account (default 30), then exit 7.</source>
        <translation>check, download, delete: Sekunden, die gewartet wird, solange ein anderes Programm in dasselbe Konto schreibt (Vorgabe 30), danach Ende mit 7.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: folder for .eml files; backup: the file to write.</source>
        <translation>export: Ordner für .eml-Dateien; backup: die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: write an mboxrd file.</source>
        <translation>export: eine mboxrd-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account&apos;s proxy has no user name: set --proxy socks5://USER@HOST:PORT or http://USER@HOST:PORT first</source>
        <translation>der Proxy des Kontos hat keinen Benutzernamen: zuerst --proxy socks5://USER@HOST:PORT oder http://USER@HOST:PORT setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused the password: %1</source>
        <translation>der Schlüsselbund hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>busy: %1 is writing account %2</source>
        <translation>belegt: %1 schreibt gerade in das Konto %2</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-78"/>
        <source>cannot change account %1: %2</source>
        <translation>Konto %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--delete-after-days needs a number of days</source>
        <translation>--delete-after-days braucht eine Anzahl von Tagen</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="-109"/>
        <source>cannot add account %1: %2</source>
        <translation>Konto %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>import: say what would be imported, change nothing; check, download: print what triage would decide, act on none of it.</source>
        <translation>import: sagen, was importiert würde, nichts ändern; check, download: ausgeben, was die Sortierung entscheiden würde, ohne etwas davon auszuführen.</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n Nachricht exportiert</numerusform>
            <numerusform>%n Nachrichten exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+11"/>
        <source>no password source: pass --password-command</source>
        <translation>keine Passwortquelle: Geben Sie --password-command an</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>scan: a proxy with a user name works only for an account (account add ... --proxy, then account set-proxy-password)</source>
        <translation>scan: ein Proxy mit Benutzername funktioniert nur für ein Konto (account add ... --proxy, dann account set-proxy-password)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Poplar&apos;s headless POP3 tool: the same engine and store as the application.

Commands:
  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]
          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|
          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]
          [--proxy PROXY] [--plaintext-fallback yes|no]
  account set-password NAME    store the password in the keychain (read from stdin)
  account set-proxy-password NAME   store the proxy&apos;s password in the keychain (read from stdin)
  account authorize NAME       sign in with Google or Microsoft in a browser (see --provider)
  account set NAME [options of add]   change an account; account show NAME prints its settings
  account list | account remove NAME
  import thunderbird|mpop|fetchmail|getmail [PATH] [--dry-run]   accounts and already fetched UIDLs
  check [NAME]                 list the server, fetch headers of new messages
  download [NAME] [--all|UIDL...]  download new (or the named) messages
  list NAME                    what the store knows of an account
  search NAME QUERY            messages matching words, &quot;phrases&quot;, from:, to:, subject:, prefix*
  delete NAME UIDL...          delete messages on the server without downloading
  export NAME --to DIR [--mbox FILE]   write downloaded messages as .eml files / mboxrd
  verify [NAME] [--repair]     check every stored message file; --repair downloads damaged ones again
  backup --to FILE             a consistent snapshot of the profile in one tar file
  restore --from FILE          unpack a backup into a new or empty profile (see --profile)
  scan --host H ...            list a server&apos;s messages without storing anything</source>
        <comment>--help: translate the descriptions, keep the command and option words and the column alignment</comment>
        <translation>Das POP3-Werkzeug von Poplar für die Kommandozeile: dieselbe Engine und derselbe Speicher wie in der Anwendung.

Befehle:
  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]
          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|
          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]
          [--proxy PROXY] [--plaintext-fallback yes|no]
  account set-password NAME    Passwort im Schlüsselbund speichern (von stdin gelesen)
  account set-proxy-password NAME   Passwort des Proxys im Schlüsselbund speichern (von stdin gelesen)
  account authorize NAME       mit Google oder Microsoft im Browser anmelden (siehe --provider)
  account set NAME [Optionen von add]   ein Konto ändern; account show NAME zeigt seine Einstellungen
  account list | account remove NAME
  import thunderbird|mpop|fetchmail|getmail [PFAD] [--dry-run]   Konten und bereits abgerufene UIDLs
  check [NAME]                 Server auflisten, Kopfzeilen neuer Nachrichten abrufen
  download [NAME] [--all|UIDL...]  neue (oder die genannten) Nachrichten herunterladen
  list NAME                    was der Speicher über ein Konto weiß
  search NAME QUERY            Nachrichten mit Wörtern, &quot;Wortfolgen&quot;, from:, to:, subject:, präfix*
  delete NAME UIDL...          Nachrichten auf dem Server löschen, ohne sie herunterzuladen
  export NAME --to DIR [--mbox FILE]   heruntergeladene Nachrichten als .eml-Dateien / mboxrd schreiben
  verify [NAME] [--repair]     jede gespeicherte Nachrichtendatei prüfen; --repair lädt beschädigte erneut herunter
  backup --to FILE             ein konsistenter Schnappschuss des Profils in einer tar-Datei
  restore --from FILE          eine Sicherung in ein neues oder leeres Profil entpacken (siehe --profile)
  scan --host H ...            Nachrichten eines Servers auflisten, ohne etwas zu speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  delete-local NAME UIDL...    move downloaded messages to the account&apos;s Trash
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               what is in the Trash, taking it back, deleting it for good
  trash keep-days [DAYS]       days the Trash keeps a message (0: until emptied)</source>
        <comment>--help: translate the descriptions, keep the command and option words and the column alignment</comment>
        <translation>  delete-local NAME UIDL...    heruntergeladene Nachrichten in den Papierkorb des Kontos verschieben
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               was im Papierkorb liegt, zurückholen, endgültig löschen
  trash keep-days [DAYS]       Tage, die der Papierkorb eine Nachricht behält (0: bis zum Leeren)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  check|download ... [--apply-rules] [--dry-run] [--no-rules]   print (or only show) triage&apos;s decisions
  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]
        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]
  friends add|remove ENTRY... | friends list | friends import-vcard FILE
  block add|remove ENTRY... | block list   addresses or domains
  spam NAME UIDL... | ham NAME UIDL...   record the verdict and train the classifier
  deleted list [NAME] | deleted search TEXT [NAME]   what was deleted on the server, and why
  process [NAME]               delete what triage marked on the server, download the rest
  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none
        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   (exit 0 spam, 1 not, 2 unsure)</source>
        <comment>--help: triage commands; translate the descriptions, keep the command and option words</comment>
        <translation>  check|download ... [--apply-rules] [--dry-run] [--no-rules]   Entscheidungen der Sortierung ausgeben (oder nur zeigen)
  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]
        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]
  friends add|remove ENTRY... | friends list | friends import-vcard FILE
  block add|remove ENTRY... | block list   Adressen oder Domains
  spam NAME UIDL... | ham NAME UIDL...   das Urteil speichern und den Spamfilter trainieren
  deleted list [NAME] | deleted search TEXT [NAME]   was auf dem Server gelöscht wurde, und warum
  process [NAME]               Markiertes auf dem Server löschen, den Rest herunterladen
  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none
        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   (Exit 0 Spam, 1 kein Spam, 2 unsicher)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See above.</source>
        <translation>Siehe oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>Profilverzeichnis (Vorgabe: das Datenverzeichnis).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown or missing command; try --help</source>
        <translation>unbekannter oder fehlender Befehl; versuchen Sie --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the profile %1: %2</source>
        <translation>das Profil %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Progress.cpp" line="+20"/>
        <source>connecting</source>
        <comment>progress phase</comment>
        <translation>verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing</source>
        <comment>progress phase</comment>
        <translation>auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers</source>
        <comment>progress phase: fetching headers</comment>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloading</source>
        <comment>progress phase</comment>
        <translation>herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <comment>progress phase</comment>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitting</source>
        <comment>progress phase: logging out</comment>
        <translation>abmelden</translation>
    </message>
    <message>
        <location filename="../app/sync/ScanCommand.cpp" line="+42"/>
        <source>LIST failed: %1</source>
        <translation>LIST fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) on %1</source>
        <translation>
            <numerusform>%n Nachricht auf %1</numerusform>
            <numerusform>%n Nachrichten auf %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-40"/>
        <source>no token: the keychain says: %1 (use account authorize, or --password-command)</source>
        <translation>kein Token: Der Schlüsselbund meldet: %1 (verwenden Sie account authorize oder --password-command)</translation>
    </message>
    <message>
        <location filename="../app/sync/OAuthCommands.cpp" line="+10"/>
        <source>which sign-in? use --provider %1</source>
        <translation>welche Anmeldung? Verwenden Sie --provider %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this address in a browser to sign in with %1:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich mit %1 anzumelden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain refused the sign-in: %1</source>
        <translation>der Schlüsselbund hat die Anmeldung nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>signed in with %1; the sign-in is in the keychain.</source>
        <translation>mit %1 angemeldet; die Anmeldung liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/sync/StoreCommands.cpp" line="+7"/>
        <source>verify: download damaged messages again from the server.</source>
        <translation>verify: beschädigte Nachrichten erneut vom Server herunterladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the backup file to read.</source>
        <translation>restore: die zu lesende Sicherungsdatei.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n message(s) not exported: the stored file is missing or damaged (see verify --repair)</source>
        <translation>
            <numerusform>%1: %n Nachricht nicht exportiert: die gespeicherte Datei fehlt oder ist beschädigt (siehe verify --repair)</numerusform>
            <numerusform>%1: %n Nachrichten nicht exportiert: die gespeicherte Datei fehlt oder ist beschädigt (siehe verify --repair)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n stored message(s) checked, %2 damaged, %3 repaired</source>
        <comment>verify summary</comment>
        <translation>
            <numerusform>%1: %n gespeicherte Nachricht geprüft, %2 beschädigt, %3 repariert</numerusform>
            <numerusform>%1: %n gespeicherte Nachrichten geprüft, %2 beschädigt, %3 repariert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n message(s) backed up to %1</source>
        <translation>
            <numerusform>%n Nachricht in %1 gesichert</numerusform>
            <numerusform>%n Nachrichten in %1 gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) left out: the stored file is missing or damaged</source>
        <translation>
            <numerusform>%n Nachricht ausgelassen: die gespeicherte Datei fehlt oder ist beschädigt</numerusform>
            <numerusform>%n Nachrichten ausgelassen: die gespeicherte Datei fehlt oder ist beschädigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) restored into %1</source>
        <translation>
            <numerusform>%n Nachricht in %1 wiederhergestellt</numerusform>
            <numerusform>%n Nachrichten in %1 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SearchCommand.cpp" line="+23"/>
        <source>indexing %n message(s) for search</source>
        <translation>
            <numerusform>indiziere %n Nachricht für die Suche</numerusform>
            <numerusform>indiziere %n Nachrichten für die Suche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TrashCommands.cpp" line="-58"/>
        <source>%1: %n message(s) restored from the Trash</source>
        <translation>
            <numerusform>%1: %n Nachricht aus dem Papierkorb wiederhergestellt</numerusform>
            <numerusform>%1: %n Nachrichten aus dem Papierkorb wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the Trash</source>
        <translation>%1 ist nicht im Papierkorb</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n message(s) deleted for good</source>
        <translation>
            <numerusform>%1: %n Nachricht endgültig gelöscht</numerusform>
            <numerusform>%1: %n Nachrichten endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deleted on the server at the next check</source>
        <translation>; beim nächsten Abruf auf dem Server gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1: %n message(s) moved to the Trash</source>
        <translation>
            <numerusform>%1: %n Nachricht in den Papierkorb verschoben</numerusform>
            <numerusform>%1: %n Nachrichten in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a downloaded message (delete NAME UIDL deletes on the server)</source>
        <translation>%1 ist keine heruntergeladene Nachricht (delete NAME UIDL löscht auf dem Server)</translation>
    </message>
    <message>
        <location filename="../app/sync/TriageCommands.cpp" line="+7"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by rule</source>
        <translation>durch Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by policy</source>
        <translation>durch Richtlinie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules add: a condition, e.g. &apos;subject contains &quot;lottery&quot;&apos; (repeat for more).</source>
        <translation>rules add: eine Bedingung, z. B. &apos;subject contains &quot;lottery&quot;&apos; (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules add: mark-spam, delete-on-server, keep-on-server, always-download or download-now.</source>
        <translation>rules add: mark-spam, delete-on-server, keep-on-server, always-download oder download-now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: any condition suffices (default: all).</source>
        <translation>rules add: eine Bedingung genügt (Standard: alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: delete-on-server deletes in the run that finds the message, unreviewed.</source>
        <translation>rules add: delete-on-server löscht ohne Prüfung im Lauf, der die Nachricht findet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules add: only for this account (default: every account).</source>
        <translation>rules add: nur für dieses Konto (Standard: alle Konten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules import: replace the rules instead of adding to them.</source>
        <translation>rules import: die Regeln ersetzen statt ergänzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: print what triage decided for each new message.</source>
        <translation>check, download: für jede neue Nachricht ausgeben, was die Sortierung entschieden hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: leave triage (rules, lists, spam hints) out.</source>
        <translation>check, download: die Sortierung (Regeln, Listen, Spam-Hinweise) auslassen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a quote is not closed in: %1</source>
        <translation>ein Anführungszeichen ist nicht geschlossen in: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--without-review goes with delete-on-server only</source>
        <translation>--without-review gehört nur zu delete-on-server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no rule %1</source>
        <translation>keine Regel %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>%n Regel importiert</numerusform>
            <numerusform>%n Regeln importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not an address or domain: %1</source>
        <translation>weder Adresse noch Domain: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not on the list: %1</source>
        <translation>nicht auf der Liste: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n friend(s) added</source>
        <translation>
            <numerusform>%n Freund hinzugefügt</numerusform>
            <numerusform>%n Freunde hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the classifier did not learn: %1</source>
        <translation>der Spamfilter hat nicht gelernt: %1</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../ui/MessageHtml.cpp" line="+59"/>
        <source>Attached message</source>
        <translation>Message joint</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>Poplar::Account::AccountSettings</name>
    <message>
        <location filename="../core/account/Account.cpp" line="+52"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>aucun certificat PEM n’a pu être lu dans %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autoconfig</name>
    <message>
        <location filename="../core/account/autodetect/Autoconfig.cpp" line="+107"/>
        <source>a POP3 server without a host name was skipped</source>
        <translation>un serveur POP3 sans nom d’hôte a été ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the POP3 server &quot;%1&quot; was skipped: not a valid host name</source>
        <translation>le serveur POP3 « %1 » a été ignoré : nom d’hôte non valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the POP3 server %1 was skipped: &quot;%2&quot; is not a valid port</source>
        <translation>le serveur POP3 %1 a été ignoré : « %2 » n’est pas un port valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the POP3 server %1 was skipped: unknown socket type &quot;%2&quot;</source>
        <translation>le serveur POP3 %1 a été ignoré : type de socket « %2 » inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the POP3 server %1 was skipped: it only allows %2, which Poplar cannot do</source>
        <translation>le serveur POP3 %1 a été ignoré : il n’autorise que %2, que Poplar ne sait pas faire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the POP3 server %1 was skipped: its user name contains control characters</source>
        <translation>le serveur POP3 %1 a été ignoré : son nom d’utilisateur contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The autoconfig file is empty.</source>
        <translation>Le fichier autoconfig est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The autoconfig file is too large (%1 bytes).</source>
        <translation>Le fichier autoconfig est trop volumineux (%1 octets).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a Mozilla autoconfig file: its root element is &lt;%1&gt;, not &lt;clientConfig&gt;.</source>
        <translation>Ce n’est pas un fichier autoconfig de Mozilla : son élément racine est &lt;%1&gt;, et non &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The autoconfig file is not valid XML (line %1, column %2): %3</source>
        <translation>Le fichier autoconfig n’est pas du XML valide (ligne %1, colonne %2) : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The autoconfig file describes no e-mail provider (no &lt;emailProvider&gt; element).</source>
        <translation>Le fichier autoconfig ne décrit aucun fournisseur de messagerie (pas d’élément &lt;emailProvider&gt;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POP3 server in the autoconfig file can be used: %1.</source>
        <translation>Aucun serveur POP3 du fichier autoconfig n’est utilisable : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server (only %1).</source>
        <translation>Le fichier autoconfig du fournisseur n’indique aucun serveur POP3 (seulement %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server.</source>
        <translation>Le fichier autoconfig du fournisseur n’indique aucun serveur POP3.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::AutoconfigFetcher</name>
    <message>
        <location filename="../core/account/autodetect/AutoconfigFetcher.cpp" line="+97"/>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autodetector</name>
    <message>
        <location filename="../core/account/autodetect/Autodetector.cpp" line="+40"/>
        <source>The search took too long; stopping with what was found.</source>
        <translation>La recherche a pris trop de temps ; elle s’arrête avec ce qui a été trouvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching the provider&apos;s settings from %1…</source>
        <translation>Récupération des paramètres du fournisseur depuis %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+219"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="-222"/>
        <source>%1: %2 lists %n POP3 server(s).</source>
        <translation>
            <numerusform>%1 : %2 indique %n serveur POP3.</numerusform>
            <numerusform>%1 : %2 indique %n serveurs POP3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is not an e-mail address, so there is nothing to look up.</source>
        <translation>« %1 » n’est pas une adresse e-mail, il n’y a donc rien à rechercher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the POP3 server of %1…</source>
        <translation>Recherche du serveur POP3 de %1…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking up the DNS SRV record %1…</source>
        <translation>Interrogation de l’enregistrement DNS SRV %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the lookup failed: %2</source>
        <translation>%1 : la requête a échoué : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such record.</source>
        <translation>%1 : aucun enregistrement de ce type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points to %2 port %3.</source>
        <translation>%1 désigne %2, port %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Trying %1…</source>
        <translation>Essai de %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, encrypted, with a trusted certificate; login methods: %2.</source>
        <translation>%1 répond, chiffré, avec un certificat de confiance ; méthodes d’authentification : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>non annoncé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers, but its certificate is not trusted.</source>
        <translation>%1 répond, mais son certificat n’est pas de confiance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2 answers, but offers no encryption (%3).</source>
        <translation>%1:%2 répond, mais ne propose aucun chiffrement (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Best choice: %1.</source>
        <translation>Meilleur choix : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No POP3 server was found. Enter the server settings by hand.</source>
        <translation>Aucun serveur POP3 n’a été trouvé. Saisissez les paramètres du serveur à la main.</translation>
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
        <translation>chiffré dès le premier octet, certificat de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted after STLS, certificate trusted</source>
        <translation>chiffré après STLS, certificat de confiance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypted, but its certificate is not trusted (%1): you will be asked whether to trust it</source>
        <translation>chiffré, mais son certificat n’est pas de confiance (%1) : il vous sera demandé si vous lui faites confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this server offers no encryption: the password and every message would cross the network readable by anyone on the way. It is used only if you explicitly agree</source>
        <translation>ce serveur ne propose aucun chiffrement : le mot de passe et chaque message traverseraient le réseau lisibles par n’importe qui en chemin. Il n’est utilisé qu’avec votre accord explicite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked: the search ended before it answered</source>
        <translation>non vérifié : la recherche s’est terminée avant sa réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its certificate is trusted</source>
        <translation>son certificat est de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it offers encryption</source>
        <translation>il propose le chiffrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS from the first byte is preferred over STLS</source>
        <translation>TLS dès le premier octet est préféré à STLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it offers a stronger login (%1 rather than %2)</source>
        <translation>il propose une authentification plus forte (%1 plutôt que %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more sources name it</source>
        <translation>davantage de sources l’indiquent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it comes earlier in the search order (DNS SRV records, the provider&apos;s settings, then the usual host names)</source>
        <translation>il vient plus tôt dans l’ordre de recherche (enregistrements DNS SRV, réglages du fournisseur, puis noms d’hôte habituels)</translation>
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
        <translation>pas de chiffrement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS SRV record</source>
        <translation>enregistrement DNS SRV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (https)</source>
        <translation>autoconfig du fournisseur (https)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (plain http, unauthenticated)</source>
        <translation>autoconfig du fournisseur (http simple, non authentifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual host name</source>
        <translation>nom d’hôte habituel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Found by: %1.</source>
        <translation>Trouvé par : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1. %2</source>
        <translation>Écarté : %1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known once the certificate is trusted</source>
        <translation>connue une fois le certificat accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>non annoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1; best login it offers: %2. %3</source>
        <translation>Choisi : %1 ; meilleure authentification proposée : %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not chosen: %1 is preferred because %2. This one is %3. %4</source>
        <translation>Non choisi : %1 est préféré, car %2. Celui-ci est %3. %4</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::ServerProbe</name>
    <message>
        <location filename="../core/account/autodetect/ServerProbe.cpp" line="+111"/>
        <source>No answer within %1 seconds.</source>
        <translation>Pas de réponse en %1 secondes.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::SrvResolver</name>
    <message>
        <location filename="../core/account/autodetect/SrvResolver.cpp" line="+44"/>
        <source>The DNS lookup timed out.</source>
        <translation>La requête DNS a expiré.</translation>
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
        <translation>illisible : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than %1 MiB</source>
        <translation>plus de %1 Mio</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no state file %1: every message on the server will be new</source>
        <translation>pas de fichier d’état %1 : tous les messages du serveur seront nouveaux</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n UIDL(s) of %1 on %2 in %3</source>
        <translation>
            <numerusform>%n UIDL de %1 sur %2 dans %3</numerusform>
            <numerusform>%n UIDL de %1 sur %2 dans %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no POP3 account for them in the configuration</source>
        <translation>aucun compte POP3 pour eux dans la configuration</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Thunderbird profile found</source>
        <translation>aucun profil Thunderbird trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Thunderbird profile (profiles.ini or prefs.js) in %1</source>
        <translation>aucun profil Thunderbird (profiles.ini ou prefs.js) dans %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no mpop configuration found</source>
        <translation>aucune configuration mpop trouvée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no fetchmail configuration found (%1)</source>
        <translation>aucune configuration fetchmail trouvée (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no getmailrc found</source>
        <translation>aucun getmailrc trouvé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no POP3 account found</source>
        <translation>aucun compte POP3 trouvé</translation>
    </message>
    <message>
        <location filename="../core/account/import/ImportFormats.cpp" line="+37"/>
        <source>account %1 on %2</source>
        <translation>compte %1 sur %2</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>an account of type %1, not POP3</source>
        <translation>un compte de type %1, pas POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server name in prefs.js</source>
        <translation>pas de nom de serveur dans prefs.js</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>popstate.dat line %1</source>
        <translation>popstate.dat ligne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UIDL before any &quot;*host user&quot; line</source>
        <translation>un UIDL avant toute ligne « *hôte utilisateur »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a &quot;flag UIDL time&quot; line</source>
        <translation>pas une ligne « état UIDL heure »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thunderbird has only the headers of this message</source>
        <translation>Thunderbird n’a que les en-têtes de ce message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>état inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>mpop account %1</source>
        <translation>compte mpop %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no host</source>
        <translation>pas d’hôte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>UIDLs file line %1</source>
        <translation>fichier d’UIDL ligne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an mpop UIDL list</source>
        <translation>pas une liste d’UIDL mpop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UIDL list of %1 on %2</source>
        <translation>liste d’UIDL de %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n UIDL(s) missing at the end of the file</source>
        <translation>
            <numerusform>%n UIDL manquant(s) à la fin du fichier</numerusform>
            <numerusform>%n UIDL manquant(s) à la fin du fichier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a &quot;skip&quot; entry: fetchmail does not poll it</source>
        <translation>une entrée « skip » : fetchmail ne l’interroge pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protocol %1, not POP3</source>
        <translation>protocole %1, pas POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no user name given</source>
        <translation>aucun nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>.fetchids line %1</source>
        <translation>.fetchids ligne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a &quot;user@host UIDL&quot; line</source>
        <translation>pas une ligne « utilisateur@hôte UIDL »</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no [retriever] type</source>
        <translation>pas de type [retriever]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server has no usable UIDLs</source>
        <translation>%1 : le serveur n’a pas d’UIDL utilisables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a POP3 retriever</source>
        <translation>%1 n’est pas un retriever POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server or user name</source>
        <translation>pas de serveur ni de nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>oldmail line %1</source>
        <translation>oldmail ligne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no NUL between UIDL and time</source>
        <translation>pas de NUL entre l’UIDL et l’heure</translation>
    </message>
</context>
<context>
    <name>Poplar::Mime::ReplyLink</name>
    <message>
        <location filename="../core/mime/ReplyLink.cpp" line="+217"/>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote:</source>
        <translation>%1 a écrit :</translation>
    </message>
</context>
<context>
    <name>Poplar::Model::MessageListModel</name>
    <message>
        <location filename="../core/model/MessageListModel.cpp" line="+25"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pending</source>
        <translation>Suppression en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone from server</source>
        <translation>Disparu du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>Trop volumineux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <extracomment>Message status: new on the server (a short adjective, in the Status column)</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored copy is missing or damaged: Download fetches it again while the server still has it</source>
        <translation>La copie enregistrée est absente ou endommagée : Télécharger la récupère à nouveau tant que le serveur l’a encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be deleted on the server at the next check (Undo to keep it)</source>
        <translation>Sera supprimé du serveur au prochain relevé (Annuler pour le garder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on the server and never downloaded</source>
        <translation>N’est plus sur le serveur et n’a jamais été téléchargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger than the account&apos;s size limit: only the headers were fetched</source>
        <translation>Plus volumineux que la limite du compte : seuls les en-têtes ont été récupérés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New on the server: only the headers and first lines were fetched</source>
        <translation>Nouveau sur le serveur : seuls les en-têtes et les premières lignes ont été récupérés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server: only the headers and first lines were fetched</source>
        <translation>Sur le serveur : seuls les en-têtes et les premières lignes ont été récupérés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and stored locally; the server still has it</source>
        <translation>Téléchargé et conservé localement ; le serveur l&apos;a encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded and stored locally; no longer on the server</source>
        <translation>Téléchargé et conservé localement ; plus sur le serveur</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Has attachments</source>
        <translation>Contient des pièces jointes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server listed this message; its headers are on their way</source>
        <translation>Le serveur a listé ce message ; ses en-têtes sont en cours de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server listed this message, but its headers were not fetched: download it to see it</source>
        <translation>Le serveur a listé ce message, mais ses en-têtes n’ont pas été récupérés : téléchargez-le pour le voir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fetching headers…</source>
        <translation>récupération des en-têtes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(headers not fetched)</source>
        <translation>(en-têtes non récupérés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::ProxySettings</name>
    <message>
        <location filename="../core/net/Proxy.cpp" line="+48"/>
        <source>The proxy must be system, none, socks5://HOST:PORT or http://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Le proxy doit être system, none, socks5://HOST:PORT ou http://HOST:PORT, et non « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy password is never part of the proxy&apos;s address: give socks5://USER@HOST:PORT and keep the password in the keychain (poplar-sync account set-proxy-password NAME).</source>
        <translation>Un mot de passe de proxy ne fait jamais partie de l&apos;adresse du proxy : indiquez socks5://USER@HOST:PORT et gardez le mot de passe dans le trousseau (poplar-sync account set-proxy-password NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy must be socks5://HOST:PORT or http://HOST:PORT, without a path.</source>
        <translation>Le proxy doit être socks5://HOST:PORT ou http://HOST:PORT, sans chemin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy &quot;%1&quot; has no port.</source>
        <translation>Le proxy « %1 » n’a pas de port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid proxy host name.</source>
        <translation>« %1 » n’est pas un nom d’hôte de proxy valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user name must not contain line breaks.</source>
        <translation>Le nom d&apos;utilisateur du proxy ne doit pas contenir de saut de ligne.</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::SslTransport</name>
    <message>
        <location filename="../core/net/SslTransport.cpp" line="+55"/>
        <source>Cannot bind local port %1: %2</source>
        <translation>Impossible de lier le port local %1 : %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n’est pas de confiance : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The proxy refused the user name and password (%1).</source>
        <translation>Le proxy a refusé le nom d&apos;utilisateur et le mot de passe (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy asks for a user name and password (%1): set them in the account&apos;s proxy settings.</source>
        <translation>Le proxy demande un nom d&apos;utilisateur et un mot de passe (%1) : indiquez-les dans les réglages de proxy du compte.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AccessTokenSource</name>
    <message>
        <location filename="../core/account/oauth/AccessTokenSource.cpp" line="+28"/>
        <source>The sign-in for %1 is no longer valid (it was revoked or has expired). Sign in again: Edit Account in Poplar, or poplar-sync account authorize %1.</source>
        <translation>La connexion pour %1 n’est plus valide (elle a été révoquée ou a expiré). Reconnectez-vous : modifiez le compte dans Poplar, ou utilisez poplar-sync account authorize %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>La connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The renewed sign-in could not be stored: %1</source>
        <translation>La connexion renouvelée n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AuthorizationFlow</name>
    <message>
        <location filename="../core/account/oauth/AuthorizationFlow.cpp" line="+62"/>
        <source>The browser did not come back from the sign-in in time.</source>
        <translation>Le navigateur n’est pas revenu de la connexion à temps.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>Aucun port local n’est libre pour le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This request was ignored: it does not belong to the sign-in Poplar is waiting for.</source>
        <translation>Cette requête a été ignorée : elle n’appartient pas à la connexion qu’attend Poplar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Poplar has your sign-in. You can close this page.</source>
        <translation>Poplar a reçu votre connexion. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access was not granted in the browser.</source>
        <translation>L’accès n’a pas été accordé dans le navigateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in failed (%1).</source>
        <translation>La connexion a échoué (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in came back without a usable code.</source>
        <translation>La connexion est revenue sans code utilisable.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in server gave no refresh token, so Poplar could not stay signed in.</source>
        <translation>Le serveur de connexion n’a fourni aucun jeton d’actualisation : Poplar n’a pas pu rester connecté.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Grant</name>
    <message>
        <location filename="../core/account/oauth/Grant.cpp" line="+92"/>
        <source>The sign-in server sent an answer that is far too long.</source>
        <translation>Le serveur de connexion a envoyé une réponse beaucoup trop longue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>Le serveur de connexion a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server&apos;s answer is not valid JSON.</source>
        <translation>La réponse du serveur de connexion n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in is no longer valid (it was revoked or has expired). Sign in again.</source>
        <translation>La connexion n’est plus valide (elle a été révoquée ou a expiré). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in server refused the request (%1).</source>
        <translation>Le serveur de connexion a refusé la requête (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in server&apos;s answer has no usable access token.</source>
        <translation>La réponse du serveur de connexion ne contient aucun jeton d’accès utilisable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in server&apos;s refresh token is unusable.</source>
        <translation>Le jeton d’actualisation du serveur de connexion est inutilisable.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Provider</name>
    <message>
        <location filename="../core/account/oauth/Provider.cpp" line="+91"/>
        <source>No OAuth client id is set for %1: set POPLAR_OAUTH_%2_CLIENT_ID or OAuth/%3/clientId in Poplar.conf.</source>
        <translation>Aucun identifiant client OAuth n’est défini pour %1 : définissez POPLAR_OAUTH_%2_CLIENT_ID ou OAuth/%3/clientId dans Poplar.conf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sign-in endpoints must use https.</source>
        <translation>Les points de terminaison de connexion de %1 doivent utiliser https.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::TokenClient</name>
    <message>
        <location filename="../core/account/oauth/TokenClient.cpp" line="+79"/>
        <source>The token endpoint must use https.</source>
        <translation>Le point de terminaison des jetons doit utiliser https.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <source>The sign-in server did not answer in time.</source>
        <translation>Le serveur de connexion n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server cannot be reached: %1</source>
        <translation>Le serveur de connexion est injoignable : %1</translation>
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
        <translation>non chiffré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1, %2</source>
        <translation>port %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, login method %2</source>
        <translation>%1, méthode de connexion %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password refused</source>
        <translation>Mot de passe refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the user name or the password. Check both; some providers want a separate “app password” for POP3.</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe. Vérifiez les deux ; certains fournisseurs exigent un « mot de passe d’application » distinct pour POP3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted, so Poplar did not send your password. You can look at the certificate and decide whether to trust it.</source>
        <translation>Le certificat du serveur n’est pas de confiance, Poplar n’a donc pas envoyé votre mot de passe. Vous pouvez examiner le certificat et décider de lui faire confiance ou non.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS offered</source>
        <translation>Pas de TLS proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers no TLS, so your password could only be sent unencrypted. Ask your provider for secure settings, or choose “None” as security only if you accept that risk.</source>
        <translation>Le serveur ne propose pas TLS, votre mot de passe ne pourrait donc être envoyé qu’en clair. Demandez à votre fournisseur des paramètres sécurisés, ou choisissez « Aucune » comme sécurité uniquement si vous acceptez ce risque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failed</source>
        <translation>Échec de TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS connection could be set up with %1 port %2. The port and the security setting may not match (995 usually means TLS from the start, 110 means STLS).</source>
        <translation>Aucune connexion TLS n’a pu être établie avec %1, port %2. Le port et le réglage de sécurité ne correspondent peut-être pas (995 signifie en général TLS dès le début, 110 signifie STLS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server not found</source>
        <translation>Serveur introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name %1 could not be found. Check its spelling and your network connection.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez son orthographe et votre connexion réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused connections on port %2. Check the port and the security setting.</source>
        <translation>%1 a refusé les connexions sur le port %2. Vérifiez le port et le réglage de sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time. Check the server name, the port and your network.</source>
        <translation>%1 n’a pas répondu à temps. Vérifiez le nom du serveur, le port et votre réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login method unavailable</source>
        <translation>Méthode de connexion indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen login method cannot be used with this server: %1</source>
        <translation>La méthode d’authentification choisie ne peut pas être utilisée avec ce serveur : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox in use</source>
        <translation>Boîte aux lettres occupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox is in use by another program. Try again in a few minutes.</source>
        <translation>La boîte aux lettres est utilisée par un autre programme. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too soon</source>
        <translation>Trop tôt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>Le serveur n’autorise une connexion que toutes les quelques minutes. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary server trouble</source>
        <translation>Problème temporaire du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is not about your password; try again later.</source>
        <translation>Le serveur %1 (port %2) ne peut temporairement pas vous connecter ni servir la boîte aux lettres. Votre mot de passe n&apos;est pas en cause ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox problem</source>
        <translation>Problème de boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.</source>
        <translation>Le serveur %1 (port %2) signale un problème durable avec cette boîte aux lettres. Contactez votre fournisseur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (port %2): %3 Check your network connection, then try again.</source>
        <translation>%1 (port %2) : %3 Vérifiez votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings incomplete</source>
        <translation>Réglages incomplets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy in another program</source>
        <translation>Occupé par un autre programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::ResponseParser</name>
    <message>
        <location filename="../core/pop3/ResponseParser.cpp" line="+116"/>
        <location line="+6"/>
        <source>response line longer than %1 bytes</source>
        <translation>ligne de réponse de plus de %1 octets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>response line contains a NUL byte</source>
        <translation>la ligne de réponse contient un octet NUL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected response: %1</source>
        <translation>réponse inattendue : %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SaslMechanism</name>
    <message>
        <location filename="../core/pop3/SaslMechanism.cpp" line="+77"/>
        <source>The server&apos;s SCRAM iteration count is not a number Poplar can accept.</source>
        <translation>Le nombre d’itérations SCRAM du serveur n’est pas un nombre que Poplar peut accepter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks for %1 SCRAM iterations, more than this account allows (%2). If you trust the server, raise the account&apos;s SCRAM iteration limit: poplar-sync account set NAME --scram-max-iterations N.</source>
        <translation>Le serveur demande %1 itérations SCRAM, plus que ce compte n’en autorise (%2). Si vous faites confiance au serveur, relevez la limite d’itérations SCRAM du compte : poplar-sync account set NAME --scram-max-iterations N.</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+41"/>
        <source>Connecting to the server timed out.</source>
        <translation>La connexion au serveur a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake timed out.</source>
        <translation>La négociation TLS a expiré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password contains a line break or NUL character.</source>
        <translation>Le mot de passe contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+51"/>
        <location line="+564"/>
        <location filename="../core/pop3/SessionStop.cpp" line="+34"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server does not offer STLS, and this account requires TLS.</source>
        <translation>Le serveur ne propose pas STLS, et ce compte exige TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not list its capabilities, so it cannot be asked for TLS, which this account requires.</source>
        <translation>Le serveur n’indique pas ses capacités, on ne peut donc pas lui demander TLS, que ce compte exige.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to start TLS.</source>
        <translation>Le serveur a refusé de démarrer TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent data after agreeing to start TLS.</source>
        <translation>Le serveur a envoyé des données après avoir accepté de démarrer TLS.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server closed the connection before confirming QUIT; deletions may not have taken effect.</source>
        <translation>Le serveur a fermé la connexion avant de confirmer QUIT ; les suppressions n’ont peut-être pas été appliquées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de manière inattendue.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The server took more than %1 seconds over one reply.</source>
        <translation>Le serveur a mis plus de %1 secondes pour une seule réponse.</translation>
    </message>
    <message>
        <location filename="../core/pop3/SessionLogin.cpp" line="+95"/>
        <source>The server does not offer %1 authentication.</source>
        <translation>Le serveur ne propose pas l’authentification %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The server&apos;s greeting carries no valid APOP timestamp, so APOP cannot be used.</source>
        <translation>L’accueil du serveur ne contient pas d’horodatage APOP valide, APOP ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server refused the %1 login (tried in turn: %2).</source>
        <translation>Le serveur a refusé la connexion par %1 (essayé tour à tour : %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the %1 login.</source>
        <translation>Le serveur a refusé la connexion par %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 authentication was cancelled: %2</source>
        <translation>L’authentification %1 a été annulée : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poplar did not go on to send the password unencrypted. Check the password, or if this network is trusted choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Poplar n’a pas continué en envoyant le mot de passe en clair. Vérifiez le mot de passe ou, si ce réseau est de confiance, choisissez USER/PASS (poplar-sync : --auth user).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user name and password.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Vérifiez le mot de passe ou choisissez USER/PASS (poplar-sync : --auth user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose automatic login (poplar-sync: --auth auto) or USER/PASS (--auth user).</source>
        <translation>Vérifiez le mot de passe ou choisissez la connexion automatique (poplar-sync : --auth auto) ou USER/PASS (--auth user).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 authentication is not available: %2</source>
        <translation>L’authentification %1 n’est pas disponible : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 authentication could not start: %2</source>
        <translation>L’authentification %1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server sent a challenge before its last one was answered.</source>
        <translation>Le serveur a envoyé un défi avant que le précédent ait reçu sa réponse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server kept the authentication exchange going.</source>
        <translation>Le serveur a prolongé l’échange d’authentification sans fin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>le défi du serveur n’est pas du base64 valide</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server accepted the login without proving it knows the password; it may be an impostor.</source>
        <translation>Le serveur a accepté l’authentification sans prouver qu’il connaît le mot de passe ; il pourrait s’agir d’un imposteur.</translation>
    </message>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+33"/>
        <source>The server sent data nobody asked for.</source>
        <translation>Le serveur a envoyé des données que personne n’a demandées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server broke the protocol: %1.</source>
        <translation>Le serveur n’a pas respecté le protocole : %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server&apos;s reply is larger than %1 bytes.</source>
        <translation>La réponse du serveur dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SessionSettings</name>
    <message>
        <location filename="../core/pop3/SessionSettings.cpp" line="+105"/>
        <source>No server name is set.</source>
        <translation>Aucun nom de serveur n’est indiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name contains a line break or NUL character.</source>
        <translation>Le nom du serveur contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, hyphens and dots, as in pop.example.org or bücher.example.</source>
        <translation>« %1 » n’est pas un nom de serveur valide : utilisez des lettres, des chiffres, des tirets et des points, comme dans pop.example.org ou bücher.example.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No port is set.</source>
        <translation>Aucun port n’est indiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user name is set.</source>
        <translation>Aucun nom d’utilisateur n’est indiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>Le nom d’utilisateur contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a space, which this login method cannot send.</source>
        <translation>Le nom d’utilisateur contient une espace, que cette méthode d’authentification ne peut pas envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeouts and pipeline limits must be positive.</source>
        <translation>Les délais et les limites du pipeline doivent être positifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCRAM iteration limit must be positive.</source>
        <translation>La limite d’itérations SCRAM doit être positive.</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::AccountLock</name>
    <message>
        <location filename="../core/store/AccountLock.cpp" line="+47"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder of account locks in the profile</source>
        <translation>impossible de créer le dossier des verrous de compte dans le profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the account&apos;s lock: %1</source>
        <translation>impossible d’ouvrir le verrou du compte : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot lock the account: %1</source>
        <translation>impossible de verrouiller le compte : %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Backup</name>
    <message>
        <location filename="../core/store/Backup.cpp" line="+116"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>impossible de créer un dossier temporaire dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy the database: %1</source>
        <translation>impossible de copier la base de données : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot archive %1</source>
        <translation>impossible d’archiver %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not empty: restore only into a new or empty folder</source>
        <translation>%1 n’est pas vide : restaurer uniquement dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is not a Poplar backup or is damaged</source>
        <translation>%1 n’est pas une sauvegarde Poplar ou est endommagé</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+407"/>
        <source>the database has no readable schema version</source>
        <translation>la base de données n’a pas de version de schéma lisible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database was written by a newer Poplar (schema %1, this build reads %2)</source>
        <translation>la base de données a été écrite par une version plus récente de Poplar (schéma %1, cette version lit %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile is read-only and was written by an older Poplar: open it once where it can be written</source>
        <translation>le profil est en lecture seule et a été écrit par un Poplar plus ancien : ouvrez-le une fois là où il peut être modifié</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Export</name>
    <message>
        <location filename="../core/store/Export.cpp" line="+222"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Integrity</name>
    <message>
        <location filename="../core/store/Integrity.cpp" line="+124"/>
        <source>sound</source>
        <translation>intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>fichier enregistré absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file truncated or grown</source>
        <translation>fichier enregistré tronqué ou allongé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file altered</source>
        <translation>fichier enregistré modifié</translation>
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
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+25"/>
        <source>download of %1 not finished</source>
        <translation>le téléchargement de %1 n’est pas terminé</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot move %1 into place</source>
        <translation>impossible de mettre %1 en place</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+80"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+482"/>
        <source>cannot sync %1</source>
        <translation>impossible de synchroniser %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Profile</name>
    <message>
        <location filename="../core/store/Profile.cpp" line="+27"/>
        <source>cannot create the profile directory %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the profile is read-only (its folder or database cannot be written): nothing can be changed in it</source>
        <translation>le profil est en lecture seule (son dossier ou sa base de données ne peut pas être écrit) : rien ne peut y être modifié</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::PasswordCommand</name>
    <message>
        <location filename="../core/sync/PasswordCommand.cpp" line="+20"/>
        <source>the password command printed more than %1 bytes</source>
        <translation>la commande de mot de passe a affiché plus de %1 octets</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the password command did not finish in time</source>
        <translation>la commande de mot de passe ne s’est pas terminée à temps</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+53"/>
        <source>the password command failed</source>
        <translation>la commande de mot de passe a échoué</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::RetentionWarning</name>
    <message>
        <location filename="../core/sync/RetentionWarning.cpp" line="+22"/>
        <source>The server deletes messages as soon as they are retrieved (EXPIRE 0), although this account keeps them on the server.</source>
        <translation>Le serveur supprime les messages dès qu’ils sont récupérés (EXPIRE 0), alors que ce compte les garde sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account keeps them on the server.</source>
        <translation>
            <numerusform>Le serveur supprime les messages récupérés après %n jour (EXPIRE), plus tôt que ce compte ne les garde sur le serveur.</numerusform>
            <numerusform>Le serveur supprime les messages récupérés après %n jours (EXPIRE), plus tôt que ce compte ne les garde sur le serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::Runner</name>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+65"/>
        <source>The proxy&apos;s password could not be read from the keychain: %1. Enter it in the account&apos;s proxy settings (poplar-sync: account set-proxy-password).</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être lu dans le trousseau : %1. Saisissez-le dans les réglages de proxy du compte (poplar-sync : account set-proxy-password).</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-383"/>
        <source>busy: %1 is writing this account</source>
        <translation>occupé : %1 est en train d’écrire dans ce compte</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+75"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+116"/>
        <location filename="../core/sync/SyncService.cpp" line="+203"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+68"/>
        <source>The server refused to list its messages.</source>
        <translation>Le serveur a refusé de lister ses messages.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>cannot write the downloaded message to disk</source>
        <translation>impossible d’écrire le message téléchargé sur le disque</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncService</name>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="+106"/>
        <source>The profile is not open.</source>
        <translation>Le profil n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Classifier</name>
    <message>
        <location filename="../core/triage/Classifier.cpp" line="+207"/>
        <source>no spam classifier is set up</source>
        <translation>aucun classificateur de spam configuré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bogofilter failed to learn (exit status %1)</source>
        <translation>bogofilter n&apos;a pas pu apprendre (code de sortie %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training command is set up</source>
        <translation>aucune commande d&apos;apprentissage configurée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the training command failed (exit status %1)</source>
        <translation>la commande d&apos;apprentissage a échoué (code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Rule</name>
    <message>
        <location filename="../core/triage/Rule.cpp" line="+110"/>
        <source>Mark as spam</source>
        <translation>Marquer comme spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete on the server at once</source>
        <translation>Supprimer immédiatement sur le serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark for deletion on the server</source>
        <translation>Marquer pour suppression sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never download (keep on the server, hidden)</source>
        <translation>Ne jamais télécharger (garder sur le serveur, masqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always download</source>
        <translation>Toujours télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download now</source>
        <translation>Télécharger maintenant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;is yes&quot; or &quot;is no&quot;</source>
        <translation>%1 attend « is yes » ou « is no »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>greater and less compare size or score</source>
        <translation>greater et less comparent la taille ou le score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is compared with is, greater or less</source>
        <translation>%1 se compare avec is, greater ou less</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is longer than %1 characters</source>
        <translation>le motif dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is not valid: %1</source>
        <translation>le motif n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern repeats a group that repeats itself, which can take very long to match</source>
        <translation>le motif répète un groupe qui se répète lui-même, ce qui peut être très long à comparer</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::RuleFile</name>
    <message>
        <location filename="../core/triage/RuleFile.cpp" line="+90"/>
        <source>a condition is: [not] FIELD contains|is|matches|greater|less VALUE</source>
        <translation>une condition s&apos;écrit : [not] CHAMP contains|is|matches|greater|less VALEUR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>opérateur inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected: rule &quot;NAME&quot;</source>
        <translation>attendu : rule &quot;NOM&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delete-on-server may be followed by without-review</source>
        <translation>seul delete-on-server peut être suivi de without-review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule &quot;%1&quot; has no condition</source>
        <translation>la règle « %1 » n&apos;a aucune condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule &quot;%1&quot; has no action (then ...)</source>
        <translation>la règle « %1 » n&apos;a pas d&apos;action (then ...)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>inattendu : « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule &quot;%1&quot; has no end</source>
        <translation>la règle « %1 » n&apos;a pas de end</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::SpamHints</name>
    <message>
        <location filename="../core/triage/SpamHints.cpp" line="+58"/>
        <source>The provider marked it as spam (X-Spam-Flag).</source>
        <translation>Le fournisseur l&apos;a marqué comme spam (X-Spam-Flag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s filter rated it spam (X-Spam-Status).</source>
        <translation>Le filtre du fournisseur le juge comme spam (X-Spam-Status).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (%1).</source>
        <translation>Rspamd le juge comme spam (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (X-Spamd-Result).</source>
        <translation>Rspamd le juge comme spam (X-Spamd-Result).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider marked it as spam (X-Spam).</source>
        <translation>Le fournisseur l&apos;a marqué comme spam (X-Spam).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DMARC failed for the sender&apos;s domain %1.</source>
        <translation>DMARC a échoué pour le domaine de l&apos;expéditeur %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPF failed: the sending server may not send for %1.</source>
        <translation>SPF a échoué : le serveur d&apos;envoi n&apos;est pas autorisé à envoyer pour %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its DKIM signature for %1 did not verify.</source>
        <translation>Sa signature DKIM pour %1 n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SPF soft-failed for %1 (Received-SPF).</source>
        <translation>SPF a échoué partiellement pour %1 (Received-SPF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF failed for %1 (Received-SPF).</source>
        <translation>SPF a échoué pour %1 (Received-SPF).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies would go to %1, not to the sender&apos;s domain %2.</source>
        <translation>Les réponses iraient à %1, et non au domaine de l&apos;expéditeur %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name shown is the address %1, but it was sent from %2.</source>
        <translation>Le nom affiché est l&apos;adresse %1, mais le message vient de %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Its Message-ID comes from %1, unrelated to the sender&apos;s domain %2.</source>
        <translation>Son Message-ID vient de %1, sans rapport avec le domaine de l&apos;expéditeur %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It has no date.</source>
        <translation>Il n&apos;a pas de date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its date cannot be read.</source>
        <translation>Sa date est illisible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated in the future (%1).</source>
        <translation>Il est daté dans le futur (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated long ago (%1).</source>
        <translation>Il est daté d&apos;il y a longtemps (%1).</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::TriageStore</name>
    <message>
        <location filename="../core/triage/TriageStore.cpp" line="+97"/>
        <source>no account named %1</source>
        <translation>aucun compte nommé %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Triager</name>
    <message>
        <location filename="../core/triage/Triager.cpp" line="+27"/>
        <source>The classifier (%1) rates it spam (%2).</source>
        <translation>Le classificateur (%1) le juge comme spam (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) is unsure (%2).</source>
        <translation>Le classificateur (%1) n&apos;est pas sûr (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) rates it not spam (%2).</source>
        <translation>Le classificateur (%1) juge que ce n&apos;est pas du spam (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sender is on your blocklist.</source>
        <translation>L&apos;expéditeur est sur votre liste de blocage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is a friend: never spam.</source>
        <translation>L&apos;expéditeur est un ami : jamais du spam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You marked it as spam.</source>
        <translation>Vous l&apos;avez marqué comme spam.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You marked it as not spam.</source>
        <translation>Vous l&apos;avez marqué comme n&apos;étant pas du spam.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rule &quot;%1&quot;: %2.</source>
        <translation>Règle « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountList</name>
    <message>
        <location filename="../ui/AccountList.cpp" line="+103"/>
        <source>Checking…</source>
        <translation>Relève en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>Pas encore relevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Checked %1</source>
        <translation>Dernière relève : %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+44"/>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit Account %1</source>
        <translation>Modifier le compte %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This account would send your password unencrypted, and you have not agreed to that. Go back to the server settings.</source>
        <translation>Ce compte enverrait votre mot de passe en clair, et vous n’avez pas donné votre accord. Revenez aux paramètres du serveur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already an account named “%1”. Go back and choose another name.</source>
        <translation>Un compte nommé « %1 » existe déjà. Revenez en arrière et choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password Not Remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is saved, but no keychain is available to keep its password (%2).

Poplar never writes passwords to its own files, so it will ask you for this one when it checks the account, unless you let it remember the password until it quits. To have it remembered for good, run a Secret Service (such as GNOME Keyring or KWallet) and enter the password again under File &gt; Account Settings.</source>
        <translation>Le compte %1 est enregistré, mais aucun trousseau n’est disponible pour garder son mot de passe (%2).

Poplar n’écrit jamais de mot de passe dans ses propres fichiers ; il vous le demandera donc en relevant le compte, sauf si vous le laissez s’en souvenir jusqu’à sa fermeture. Pour qu’il soit retenu durablement, lancez un Secret Service (comme GNOME Keyring ou KWallet) et saisissez à nouveau le mot de passe dans Fichier &gt; Paramètres du compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember Until Poplar Quits</source>
        <translation>&amp;Retenir jusqu’à la fermeture de Poplar</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountsDialog</name>
    <message>
        <location filename="../ui/wizard/AccountsDialog.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2 on %3:%4 (%5)</source>
        <translation>%1 — %2 sur %3:%4 (%5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” (%2 on %3)?

Its password is removed from the keychain, and its messages disappear from Poplar&apos;s list. Messages on the server are not touched.

Also delete the messages downloaded from this account from this computer?</source>
        <translation>Supprimer le compte « %1 » (%2 sur %3) ?

Son mot de passe est retiré du trousseau et ses messages disparaissent de la liste de Poplar. Les messages sur le serveur ne sont pas touchés.

Supprimer aussi de cet ordinateur les messages téléchargés depuis ce compte ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove and &amp;Delete Messages</source>
        <translation>Supprimer et effacer les &amp;messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove, &amp;Keep Messages</source>
        <translation>Supprimer, &amp;garder les messages</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::CertificateDialog</name>
    <message>
        <location filename="../ui/wizard/CertificateDialog.cpp" line="+37"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untrusted Certificate</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1 port %2 presented a certificate Poplar cannot verify.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could be pretending to be it. Trust this certificate only if you can confirm its SHA-256 fingerprint another way (your provider&apos;s web page, your administrator). Only this exact certificate will be trusted, only for this server and port; if it ever changes, Poplar asks again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1, port %2, a présenté un certificat que Poplar ne peut pas vérifier.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quelqu’un entre vous et le serveur pourrait se faire passer pour lui. Ne faites confiance à ce certificat que si vous pouvez confirmer son empreinte SHA-256 par un autre moyen (la page web de votre fournisseur, votre administrateur). Seul ce certificat précis sera accepté, et seulement pour ce serveur et ce port ; s’il change un jour, Poplar vous le demandera à nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1:%2</source>
        <translation>Serveur : %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n’a présenté aucun certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not yet valid)</source>
        <translation> (pas encore valide)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>Numéro de série : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Chain (%n certificate(s), server&apos;s first):</source>
        <translation>
            <numerusform>Chaîne (%n certificat, celui du serveur en premier) :</numerusform>
            <numerusform>Chaîne (%n certificats, celui du serveur en premier) :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trust This Certificate for %1:%2</source>
        <translation>&amp;Faire confiance à ce certificat pour %1:%2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/ConnectionTestPage.cpp" line="+27"/>
        <source>Test &amp;Again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Certificate…</source>
        <translation>Afficher le &amp;certificat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings even though the test did not succeed</source>
        <translation>Enregistrer ces paramètres même si le test a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing the Connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar logs in once with these settings; no message is downloaded or deleted.</source>
        <translation>Poplar se connecte une fois avec ces paramètres ; aucun message n’est téléchargé ni supprimé.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1, port %2…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password was typed, and the stored one could not be read (%1). Go back and type it to test the connection.</source>
        <translation>Aucun mot de passe n’a été saisi et celui enregistré n’a pas pu être lu (%1). Revenez en arrière et saisissez-le pour tester la connexion.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account would send the password unencrypted, which you have not agreed to.</source>
        <translation>Ce compte enverrait le mot de passe en clair, ce que vous n’avez pas accepté.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected; asking the server what it offers…</source>
        <translation>Connecté ; interrogation du serveur sur ce qu’il propose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login worked.</source>
        <translation>L’authentification a réussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1 with %2.</source>
        <translation>Connecté en tant que %1 avec %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: NOT encrypted. The password and your mail crossed the network readable.</source>
        <translation>Connexion : NON chiffrée. Le mot de passe et votre courrier ont traversé le réseau en clair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted from the start (TLS).</source>
        <translation>Connexion : chiffrée dès le début (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted after STLS.</source>
        <translation>Connexion : chiffrée après STLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: trusted because you chose to trust this one (SHA-256 %1).</source>
        <translation>Certificat : de confiance, car vous avez choisi de faire confiance à celui-ci (SHA-256 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting: %1</source>
        <translation>Accueil du serveur : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities: %1</source>
        <translation>Capacités : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not announced</source>
        <translation>non annoncé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server software: %1</source>
        <translation>Logiciel du serveur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server does not offer UIDL, which Poplar needs to recognise messages it has already seen.</source>
        <translation>Attention : le serveur ne propose pas UIDL, dont Poplar a besoin pour reconnaître les messages déjà vus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the server does not offer TOP, so previews need the whole message.</source>
        <translation>Remarque : le serveur ne propose pas TOP, les aperçus nécessitent donc le message entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server deletes messages as soon as they are downloaded (EXPIRE 0), whatever Poplar is set to do.</source>
        <translation>Attention : le serveur supprime les messages dès qu’ils sont téléchargés (EXPIRE 0), quel que soit le réglage de Poplar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).</source>
        <translation>
            <numerusform>Remarque : le serveur supprime les messages %n jour après leur téléchargement (EXPIRE).</numerusform>
            <numerusform>Remarque : le serveur supprime les messages %n jours après leur téléchargement (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server allows a login only every %n minute(s).</source>
        <translation>
            <numerusform>Remarque : le serveur n’autorise qu’une connexion par minute.</numerusform>
            <numerusform>Remarque : le serveur n’autorise qu’une connexion toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What happened: %1</source>
        <translation>Ce qui s’est passé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat : %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DeletedDialog</name>
    <message>
        <location filename="../ui/DeletedDialog.cpp" line="+24"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>Ajouter l&apos;expéditeur aux &amp;amis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on Server</source>
        <translation>Supprimés sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sender, subject, headers or rule</source>
        <translation>Rechercher l&apos;expéditeur, l&apos;objet, les en-têtes ou la règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account policy</source>
        <translation>Règle du compte</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DetectPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="+38"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, trusted</source>
        <translation>chiffré, de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, certificate not trusted</source>
        <translation>chiffré, certificat non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT encrypted</source>
        <translation>NON chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Use this server without encryption. I accept that my password and my mail can be read by anyone on the network path.</source>
        <translation>Utiliser ce serveur sans chiffrement. J’accepte que mon mot de passe et mon courrier puissent être lus par n’importe qui sur le réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review or change the settings by hand</source>
        <translation>Vérifier ou modifier les paramètres à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search &amp;Again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding Your Server</source>
        <translation>Recherche de votre serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS records, your provider&apos;s published settings and the usual server names are tried at once.</source>
        <translation>Les enregistrements DNS, les paramètres publiés par votre fournisseur et les noms de serveur habituels sont essayés en même temps.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Looking for the server of %1…</source>
        <translation>Recherche du serveur de %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — chosen</source>
        <translation>%1 — choisi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP3 server was found for %1. Next lets you enter the settings yourself.</source>
        <translation>Aucun serveur POP3 n’a été trouvé pour %1. Suivant vous permet de saisir les paramètres vous-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found %1.</source>
        <translation>%1 trouvé.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DocumentationDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="+68"/>
        <source>Poplar Documentation</source>
        <translation>Documentation de Poplar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The documentation is missing from this build.</source>
        <translation>La documentation manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorBar</name>
    <message>
        <location filename="../ui/ErrorBar.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server said: “%1”</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorRecovery</name>
    <message>
        <location filename="../ui/ErrorRecovery.cpp" line="+23"/>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The local store failed: %1</source>
        <translation>Le stockage local a échoué : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local store failed</source>
        <translation>Échec du stockage local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign In Again...</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter &amp;Password Again...</source>
        <translation>Saisir à nouveau le &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Account...</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust Certificate...</source>
        <translation>&amp;Approuver le certificat…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the password for %1 on %2. Type it again; Poplar keeps it in memory until it quits.</source>
        <translation>Le serveur a refusé le mot de passe de %1 sur %2. Saisissez-le à nouveau ; Poplar le garde en mémoire jusqu’à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="-226"/>
        <source>I will enter the server settings myself</source>
        <translation>Je saisirai moi-même les paramètres du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your e-mail address and password; Poplar looks up the rest.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe ; Poplar trouve le reste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Work (the address if left empty)</source>
        <translation>p. ex. Travail (l’adresse si vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change what you need; the server settings follow on the next pages.</source>
        <translation>Modifiez ce qu’il faut ; les réglages du serveur suivent aux pages suivantes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the password empty to keep the one stored in the keychain. Type an address and untick the box above to look the server up again.</source>
        <translation>Laissez le mot de passe vide pour garder celui enregistré dans le trousseau. Saisissez une adresse et décochez la case ci-dessus pour rechercher à nouveau le serveur.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+22"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Another Program</source>
        <translation>Importer depuis un autre programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its usual places</source>
        <translation>Ses emplacements habituels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already fetched</source>
        <translation>Déjà relevés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the Other Program</source>
        <translation>Dossier de l’autre programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poplar reads the other program&apos;s settings and the list of messages it already fetched, so those are not downloaded again. It never reads passwords and never changes the other program&apos;s files.</source>
        <translation>Poplar lit les réglages de l’autre programme et la liste des messages qu’il a déjà relevés, afin qu’ils ne soient pas téléchargés une seconde fois. Il ne lit jamais les mots de passe et ne modifie jamais les fichiers de l’autre programme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans :</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no record found</source>
        <translation>aucun relevé trouvé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>%n compte trouvé.</numerusform>
            <numerusform>%n comptes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: added; %n message(s) already fetched will not be downloaded again.</source>
        <translation>
            <numerusform>%1 : ajouté ; %n message déjà relevé ne sera pas téléchargé de nouveau.</numerusform>
            <numerusform>%1 : ajouté ; %n messages déjà relevés ne seront pas téléchargés de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: already in Poplar, settings kept; %n message(s) recorded as fetched.</source>
        <translation>
            <numerusform>%1 : déjà dans Poplar, réglages conservés ; %n message noté comme relevé.</numerusform>
            <numerusform>%1 : déjà dans Poplar, réglages conservés ; %n messages notés comme relevés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped: %1</source>
        <translation>L’importation s’est arrêtée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are never imported: Poplar asks for each new account&apos;s password at its first check, or set it under Account Settings.</source>
        <translation>Les mots de passe ne sont jamais importés : Poplar demande celui de chaque nouveau compte à sa première relève, ou définissez-le dans les réglages du compte.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="+30"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing messages…</source>
        <translation>Liste des messages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching headers…</source>
        <translation>Récupération des en-têtes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server…</source>
        <translation>Suppression sur le serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching headers %1 of %2</source>
        <translation>Récupération des en-têtes : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1 of %2</source>
        <translation>Téléchargement : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server %1 of %2</source>
        <translation>Suppression sur le serveur : %1 sur %2</translation>
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
        <translation>Impossible d’enregistrer une modification : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account could not be removed: %1</source>
        <translation>Le compte n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/MessageExport.cpp" line="+93"/>
        <source>The messages could not be read from the profile: %1</source>
        <translation>Les messages n’ont pas pu être lus dans le profil : %1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The profile could not be opened: %1</source>
        <translation>Le profil n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet. Add one with File &gt; Add Account.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un avec Fichier &gt; Ajouter un compte.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Check</source>
        <extracomment>Verb: check the selected account for new mail (menu and toolbar)</extracomment>
        <translation>&amp;Relever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected account for new messages (F5)</source>
        <translation>Relever les nouveaux messages du compte sélectionné (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All</source>
        <extracomment>Verb: check every account for new mail</extracomment>
        <translation>Relever t&amp;out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the selected messages (Ctrl+D)</source>
        <translation>Télécharger les messages sélectionnés (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete on Server...</source>
        <translation>&amp;Supprimer sur le serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected messages on the server at the next check (Shift+Del)</source>
        <translation>Supprimer les messages sélectionnés sur le serveur à la prochaine relève (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translation>A&amp;nnuler la suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Selected...</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages to Folder</source>
        <translation>Exporter les messages vers un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Selected as &amp;mbox...</source>
        <translation>Exporter la sélection en &amp;mbox…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages as mbox</source>
        <translation>Exporter les messages au format mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation>Fichiers mbox (*.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify Stored Messages...</source>
        <translation>&amp;Vérifier les messages enregistrés...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;Log</source>
        <translation>&amp;Journal du serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview &amp;Below List</source>
        <translation>Aperçu &amp;sous la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Account...</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Another Program...</source>
        <translation>&amp;Importer depuis un autre programme...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Settings...</source>
        <translation>&amp;Paramètres du compte…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove Account...</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mail</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Poplar</source>
        <translation>À &amp;propos de Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Poplar</source>
        <translation>À propos de Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar %1: check, preview and download mail from POP3 servers.</source>
        <translation>Poplar %1 : relever, prévisualiser et télécharger le courrier des serveurs POP3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+26"/>
        <source>Select a message to see it here.</source>
        <translation>Sélectionnez un message pour l’afficher ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n message sélectionné.</numerusform>
            <numerusform>%n messages sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>Le message n’a pas pu être lu dans le profil : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete on Server</source>
        <translation>Supprimer sur le serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) on the server at the next check? Until then, Undo keeps them.</source>
        <translation>
            <numerusform>Supprimer %n message sur le serveur au prochain relevé ? D’ici là, Annuler permet de le garder.</numerusform>
            <numerusform>Supprimer %n messages sur le serveur au prochain relevé ? D’ici là, Annuler permet de les garder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) will be deleted on the server at the next check.</source>
        <translation>
            <numerusform>%n message sera supprimé sur le serveur au prochain relevé.</numerusform>
            <numerusform>%n messages seront supprimés sur le serveur au prochain relevé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="+73"/>
        <source> · %1 of %2</source>
        <comment>bytes done of total</comment>
        <translation> · %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · %1:%2 left</source>
        <translation> · %1:%2 restantes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; trying again in a minute</source>
        <translation>%1 ; nouvel essai dans une minute</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local store failed: %1</source>
        <translation>Le stockage local a échoué : %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+28"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n téléchargé</numerusform>
            <numerusform>%n téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n supprimé sur le serveur</numerusform>
            <numerusform>%n supprimés sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n nouveau message dans %1</numerusform>
            <numerusform>%n nouveaux messages dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2.
It could not be read from the keychain (%3), so Poplar keeps it in memory until it quits.</source>
        <translation>Mot de passe pour %1 sur %2.
Il n’a pas pu être lu dans le trousseau (%3) ; Poplar le garde donc en mémoire jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password</source>
        <translation>Pas de mot de passe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageExport.cpp" line="-47"/>
        <source>Downloading %n message(s) from the server…</source>
        <translation>
            <numerusform>Téléchargement de %n message depuis le serveur…</numerusform>
            <numerusform>Téléchargement de %n messages depuis le serveur…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/StoredMessageDialogs.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n message(s) not downloaded yet: downloading them now; drag them again once they are.</source>
        <translation>
            <numerusform>%n message pas encore téléchargé : téléchargement en cours ; faites-le glisser à nouveau ensuite.</numerusform>
            <numerusform>%n messages pas encore téléchargés : téléchargement en cours ; faites-les glisser à nouveau ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation : %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the messages could not be downloaded: %1</source>
        <translation>les messages n’ont pas pu être téléchargés : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>%n message exporté vers %1</numerusform>
            <numerusform>%n messages exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../ui/StoredMessageDialogs.cpp" line="-14"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) not exported: the stored file is missing or damaged.</source>
        <translation>
            <numerusform>%n message non exporté : le fichier enregistré est absent ou endommagé.</numerusform>
            <numerusform>%n messages non exportés : le fichier enregistré est absent ou endommagé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking stored messages…</source>
        <translation>Vérification des messages enregistrés…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verify Stored Messages</source>
        <translation>Vérifier les messages enregistrés</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n stored message(s) are sound.</source>
        <translation>
            <numerusform>Le message enregistré (%n) est intact.</numerusform>
            <numerusform>Les %n messages enregistrés sont intacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stored message(s) are missing or damaged. Download fetches them again while the server still has them.</source>
        <translation>
            <numerusform>%n message enregistré est absent ou endommagé. Télécharger le récupère à nouveau tant que le serveur l’a encore.</numerusform>
            <numerusform>%n messages enregistrés sont absents ou endommagés. Télécharger les récupère à nouveau tant que le serveur les a encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+65"/>
        <source>Poplar: %n new message(s)</source>
        <translation>
            <numerusform>Poplar : %n nouveau message</numerusform>
            <numerusform>Poplar : %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Poplar (%n new)</source>
        <comment>window title</comment>
        <translation>
            <numerusform>Poplar (%n nouveau)</numerusform>
            <numerusform>Poplar (%n nouveaux)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ManualPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+34"/>
        <source>I accept that my password and my mail cross the network unencrypted, readable by anyone on the way.</source>
        <translation>J’accepte que mon mot de passe et mon courrier traversent le réseau en clair, lisibles par n’importe qui en chemin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a refused secure login method (such as APOP), also send the password unencrypted</source>
        <translation>Après le refus d&apos;une méthode de connexion sûre (comme APOP), envoyer aussi le mot de passe en clair</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server Settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming (POP3) server, as your provider documents it.</source>
        <translation>Le serveur de réception (POP3), tel que votre fournisseur l’indique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS from the start (usually port 995)</source>
        <translation>TLS dès le début (port 995 en général)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS: TLS after connecting (usually port 110)</source>
        <translation>STLS : TLS après la connexion (port 110 en général)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: password and mail unencrypted</source>
        <translation>Aucune : mot de passe et courrier en clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: the strongest the server offers</source>
        <translation>Automatique : la plus forte que le serveur propose</translation>
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
        <translation>XOAUTH2 (le champ mot de passe contient un jeton d’accès)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAUTHBEARER (password field holds an access token)</source>
        <translation>OAUTHBEARER (le champ mot de passe contient un jeton d’accès)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: a PEM file of extra certificate authorities</source>
        <translation>facultatif : un fichier PEM d’autorités de certification supplémentaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login method:</source>
        <translation>Méthode d’&amp;authentification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d’u&amp;tilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA :</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageActions</name>
    <message>
        <location filename="../ui/MessageActions.cpp" line="+25"/>
        <source>Poplar is a retrieval client: your mail program writes and sends it.</source>
        <translation>Poplar ne fait que relever le courrier : votre logiciel de messagerie l’écrit et l’envoie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply in Mail Program</source>
        <translation>&amp;Répondre dans le logiciel de messagerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to &amp;All in Mail Program</source>
        <translation>Répondre à &amp;tous dans le logiciel de messagerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward in Mail Program</source>
        <translation>&amp;Transférer dans le logiciel de messagerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the downloaded message in your mail program to forward it. %1</source>
        <translation>Ouvre le message téléchargé dans votre logiciel de messagerie pour le transférer. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the message as the preview shows it (remote content stays blocked)</source>
        <translation>Imprimer le message tel que l’aperçu le montre (le contenu distant reste bloqué)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>M&amp;essage</source>
        <translation>M&amp;essage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poplar is a retrieval client: replies are written in your mail program.</source>
        <translation>Poplar ne fait que relever le courrier : les réponses s’écrivent dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mail Program</source>
        <translation>Logiciel de messagerie</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>Le message n’a pas pu être lu dans le profil : %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No mail program is set up to write messages (mailto: links). Choose one in your desktop&apos;s settings for default applications.</source>
        <translation>Aucun logiciel de messagerie n’est configuré pour écrire des messages (liens mailto:). Choisissez-en un dans les réglages des applications par défaut de votre bureau.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be created</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be written for your mail program: %1</source>
        <translation>Le message n’a pas pu être écrit pour votre logiciel de messagerie : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored copy of this message is damaged; download it again first.</source>
        <translation>La copie enregistrée de ce message est endommagée ; téléchargez-le d’abord à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program is set up to open e-mail files (.eml). The message was saved as %1.</source>
        <translation>Aucun programme n’est configuré pour ouvrir les fichiers de courriel (.eml). Le message a été enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageWindow</name>
    <message>
        <location filename="../ui/MessageWindow.cpp" line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer…</translation>
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
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PolicyPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+92"/>
        <source>&amp;Leave messages on the server</source>
        <translation>&amp;Laisser les messages sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server &amp;this many days after downloading:</source>
        <translation>Supprimer du serveur ce nombre de &amp;jours après le téléchargement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server when I &amp;delete them in Poplar</source>
        <translation>Supprimer du serveur quand je les &amp;supprime dans Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server as soon as they are safely &amp;downloaded</source>
        <translation>Supprimer du serveur dès qu’ils sont &amp;téléchargés en lieu sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only the &amp;headers of messages larger than:</source>
        <translation>Ne récupérer que les &amp;en-têtes des messages de plus de :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Relever le courrier toutes les :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail on the Server</source>
        <translation>Courrier sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar deletes a message on the server only after it is safely stored here.</source>
        <translation>Poplar ne supprime un message sur le serveur qu’une fois qu’il est enregistré ici en lieu sûr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After downloading</source>
        <translation>Après le téléchargement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Preview of a message still on the server:</source>
        <translation>&amp;Aperçu d&apos;un message encore sur le serveur :</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
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
        <translation>Immédiatement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <comment>after N days</comment>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark a message as &amp;read after it is shown for:</source>
        <translation>Marquer un message comme &amp;lu après l&apos;avoir affiché pendant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete messages in the &amp;Trash for good after:</source>
        <translation>Supprimer définitivement les messages de la &amp;corbeille après :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="+26"/>
        <source>&amp;Save Attachment...</source>
        <translation>&amp;Enregistrer la pièce jointe…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a message to see it here.</source>
        <translation>Sélectionnez un message pour l’afficher ici.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only the headers and first lines are shown; the message is still on the server. &lt;a href=&quot;download&quot;&gt;Download it&lt;/a&gt;</source>
        <translation>Seuls les en-têtes et les premières lignes sont affichés ; le message est encore sur le serveur. &lt;a href=&quot;download&quot;&gt;Le télécharger&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remote content was blocked (%n item(s)).</source>
        <translation>
            <numerusform>Contenu distant bloqué (%n élément).</numerusform>
            <numerusform>Contenu distant bloqué (%n éléments).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Unnamed (%1)</source>
        <translation>Sans nom (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This message is too large to show whole; only its first %1 are shown.</source>
        <translation>Ce message est trop volumineux pour être affiché en entier ; seuls ses premiers %1 sont affichés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview was cut: the server sent more than Poplar keeps for one.</source>
        <translation>L’aperçu a été tronqué : le serveur a envoyé plus que ce que Poplar garde pour un aperçu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
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
        <translation>Les réglages de proxy du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy: connect directly</source>
        <translation>Pas de proxy : connexion directe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5 (the proxy also looks up the server&apos;s name)</source>
        <translation>SOCKS5 (le proxy résout aussi le nom du serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy (CONNECT)</source>
        <translation>Proxy HTTP (CONNECT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the proxy asks for one</source>
        <translation>seulement si le proxy en demande un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the desktop or the all_proxy, http_proxy and no_proxy variables say.</source>
        <translation>Comme l&apos;indiquent le bureau ou les variables all_proxy, http_proxy et no_proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Hôte du proxy :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>P&amp;ort du proxy :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy us&amp;er:</source>
        <translation>Utilisat&amp;eur du proxy :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>Mot de passe du pro&amp;xy :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stored in the keychain; type to change</source>
        <translation>enregistré dans le trousseau ; saisir pour le changer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the keychain</source>
        <translation>gardé dans le trousseau</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name and password must not contain line breaks.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe du proxy ne doivent pas contenir de saut de ligne.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ReadStateActions</name>
    <message>
        <location filename="../ui/ReadStateActions.cpp" line="+16"/>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toggle Read</source>
        <translation>&amp;Basculer lu/non lu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected messages as read, or as unread when all are read (Ctrl+Shift+U)</source>
        <translation>Marquer les messages sélectionnés comme lus, ou comme non lus s&apos;ils sont tous lus (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RuleEditDialog</name>
    <message>
        <location filename="../ui/RulesDialog.cpp" line="+43"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches (regular expression)</source>
        <translation>correspond à (expression régulière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greater than</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &amp;without review (in the check that finds it)</source>
        <translation>Supprimer &amp;sans vérification (lors de la relève qui le trouve)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all conditions hold</source>
        <translation>toutes les conditions sont remplies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any condition holds</source>
        <translation>l&apos;une des conditions est remplie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applies when:</source>
        <translation>S&apos;&amp;applique si :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Then:</source>
        <translation>&amp;Alors :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s domain</source>
        <translation>Domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview text</source>
        <translation>Texte de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender is a friend</source>
        <translation>L&apos;expéditeur est un ami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender is blocked</source>
        <translation>L&apos;expéditeur est bloqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judged spam</source>
        <translation>Jugé comme spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam score</source>
        <translation>Score de spam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the rule a name.</source>
        <translation>Donnez un nom à la règle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one condition.</source>
        <translation>Ajoutez au moins une condition.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RulesDialog</name>
    <message>
        <location line="+14"/>
        <source>Add the senders of downloaded and kept messages to &amp;friends</source>
        <translation>Ajouter aux &amp;amis les expéditeurs des messages téléchargés et gardés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triage Rules</source>
        <translation>Règles de tri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last match</source>
        <translation>Dernière correspondance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Rules</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be imported: %1</source>
        <translation>Le fichier n&apos;a pas pu être importé : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Rules</source>
        <translation>Exporter les règles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the record of deleted messages for:</source>
        <translation>&amp;Garder la liste des messages supprimés pendant :</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (disabled)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No spam classifier: install bogofilter to have one learn from Mark as Spam.</source>
        <translation>Aucun classificateur de spam : installez bogofilter pour en avoir un qui apprend de « Marquer comme spam ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam classifier: %1, learning from Mark as Spam / Not Spam.</source>
        <translation>Classificateur de spam : %1, qui apprend de « Marquer comme spam / pas spam ».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SearchFilter</name>
    <message>
        <location filename="../ui/SearchFilter.cpp" line="+15"/>
        <source>Search: words, &quot;a phrase&quot;, from:, subject: (Ctrl+F)</source>
        <translation>Rechercher : mots, &quot;une expression&quot;, from:, subject: (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur, in the sender, recipients, subject or text, accents and case ignored. &quot;Quotes&quot; find a phrase, word* finds words beginning so, and from:, to:, subject: or body: before a word or phrase look only there.</source>
        <translation>Chaque mot doit figurer, dans l’expéditeur, les destinataires, l’objet ou le texte, sans tenir compte des accents ni de la casse. Les &quot;guillemets&quot; cherchent une expression, mot* les mots qui commencent ainsi, et from:, to:, subject: ou body: devant un mot ou une expression ne cherchent que là.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerFactsBox</name>
    <message>
        <location filename="../ui/wizard/ServerFactsBox.cpp" line="+12"/>
        <source>What the server says</source>
        <translation>Ce que dit le serveur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poplar has not logged in to this server yet. How long it keeps retrieved mail, and how often it lets you log in, show here after the first check.</source>
        <translation>Poplar ne s&apos;est pas encore connecté à ce serveur. Combien de temps il garde le courrier relevé, et à quelle fréquence il accepte une connexion, s&apos;affichent ici après la première relève.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It did not say how long it keeps retrieved messages.</source>
        <translation>Il n&apos;a pas indiqué combien de temps il garde les messages relevés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps retrieved messages for as long as you leave them (EXPIRE NEVER).</source>
        <translation>Il garde les messages relevés aussi longtemps que vous les laissez (EXPIRE NEVER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It deletes messages as soon as they are retrieved (EXPIRE 0).</source>
        <translation>Il supprime les messages dès qu&apos;ils sont relevés (EXPIRE 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It deletes retrieved messages after %n day(s) (EXPIRE).</source>
        <translation>
            <numerusform>Il supprime les messages relevés après %n jour (EXPIRE).</numerusform>
            <numerusform>Il supprime les messages relevés après %n jours (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It allows one login every %n minute(s) (LOGIN-DELAY).</source>
        <translation>
            <numerusform>Il autorise une connexion par %n minute (LOGIN-DELAY).</numerusform>
            <numerusform>Il autorise une connexion toutes les %n minutes (LOGIN-DELAY).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It announces no least time between logins.</source>
        <translation>Il n&apos;annonce aucun délai minimal entre deux connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the last login, %1: %2 %3</source>
        <translation>À la dernière connexion, %1 : %2 %3</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerLogDialog</name>
    <message>
        <location filename="../ui/ServerLogDialog.cpp" line="+16"/>
        <source>Server Log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear...</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Clear Server Log</source>
        <translation>Effacer le journal du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the server log? The conversation of every session so far is lost.</source>
        <translation>Effacer le journal du serveur ? La conversation de toutes les sessions jusqu’ici sera perdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="-37"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SignInBox</name>
    <message>
        <location filename="../ui/wizard/SignInBox.cpp" line="+65"/>
        <source>Sign in with %1…</source>
        <translation>Se connecter avec %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation>En attente de votre connexion avec %1 dans le navigateur…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in with %1. No password is needed; the sign-in is kept in the keychain.</source>
        <translation>Connecté avec %1. Aucun mot de passe n’est nécessaire ; la connexion est conservée dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::StoredMessageWindow</name>
    <message>
        <location filename="../ui/StoredMessageWindow.cpp" line="+16"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous message in the list (P)</source>
        <translation>Le message précédent de la liste (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next message in the list (N)</source>
        <translation>Le message suivant de la liste (N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <extracomment>Name of the message window&apos;s toolbar</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The message is no longer in the profile.</source>
        <translation>Le message n’est plus dans le profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>Le message n’a pas pu être lu dans le profil : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - Poplar</source>
        <translation>%1 - Poplar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TrashActions</name>
    <message>
        <location filename="../ui/TrashActions.cpp" line="+26"/>
        <source>&amp;Delete</source>
        <extracomment>Verb: delete the selected messages (they go to the Trash)</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash...</source>
        <translation>&amp;Vider la corbeille...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected downloaded messages to the Trash; in the Trash, delete them for good (Del)</source>
        <translation>Mettre les messages téléchargés sélectionnés à la corbeille ; dans la corbeille, les supprimer définitivement (Suppr)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This account deletes them on the server as well, at the next check.</source>
        <translation>Ce compte les supprime aussi sur le serveur, à la prochaine relève.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n message mis à la corbeille.</numerusform>
            <numerusform>%n messages mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? They cannot be restored.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message ? Il ne pourra pas être restauré.</numerusform>
            <numerusform>Supprimer définitivement %n messages ? Ils ne pourront pas être restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restauré.</numerusform>
            <numerusform>%n messages restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.</source>
        <translation>
            <numerusform>Supprimer définitivement le %n message de la corbeille de %1 ? Il ne pourra pas être restauré.</numerusform>
            <numerusform>Supprimer définitivement les %n messages de la corbeille de %1 ? Ils ne pourront pas être restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TriageUi</name>
    <message>
        <location filename="../ui/TriageUi.cpp" line="+100"/>
        <source>Mark as &amp;Spam</source>
        <translation>Marquer comme &amp;spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Not Spam</source>
        <translation>Marquer comme &amp;n&apos;étant pas du spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>Ajouter l&apos;expéditeur aux &amp;amis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Blocklist</source>
        <translation>Ajouter l&apos;expéditeur à la liste de &amp;blocage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process Marked…</source>
        <translation>&amp;Traiter les messages marqués…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deleted on Server…</source>
        <translation>&amp;Supprimés sur le serveur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Messages &amp;Kept on Server</source>
        <translation>Afficher les messages &amp;gardés sur le serveur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Triage</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Marked for deletion on the server (Process Marked deletes it).</source>
        <translation>Marqué pour suppression sur le serveur (« Traiter les messages marqués » le supprime).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the server: never downloaded.</source>
        <translation>Gardé sur le serveur : jamais téléchargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam (score %1). Why:</source>
        <translation>Spam (score %1). Pourquoi :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam score %1:</source>
        <translation>Score de spam %1 :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The spam classifier did not learn: %1</source>
        <translation>Le classificateur de spam n&apos;a pas appris : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Process Marked</source>
        <translation>Traiter les messages marqués</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n marked message(s) on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</source>
        <translation>
            <numerusform>Supprimer %n message marqué sur le serveur, puis télécharger les autres selon les règles ? Les messages supprimés restent dans « Supprimés sur le serveur ».</numerusform>
            <numerusform>Supprimer %n messages marqués sur le serveur, puis télécharger les autres selon les règles ? Les messages supprimés restent dans « Supprimés sur le serveur ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No message is marked for deletion. Download new messages as the rules say?</source>
        <translation>Aucun message n&apos;est marqué pour suppression. Télécharger les nouveaux messages selon les règles ?</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/WelcomePanel.cpp" line="+13"/>
        <source>Welcome to Poplar</source>
        <translation>Bienvenue dans Poplar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poplar checks your POP3 mailboxes, shows the first lines of each new message while it is still on the server, and downloads the ones you want to keep. Add your e-mail account to begin: the address and the password are usually enough.</source>
        <translation>Poplar relève vos boîtes aux lettres POP3, affiche les premières lignes de chaque nouveau message tant qu&apos;il est encore sur le serveur, et télécharge ceux que vous voulez garder. Pour commencer, ajoutez votre compte de messagerie : l&apos;adresse et le mot de passe suffisent en général.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
</context>
<context>
    <name>PoplarMain</name>
    <message>
        <location filename="../app/poplar_main.cpp" line="+24"/>
        <source>Check, preview and download mail from POP3 servers.</source>
        <translation>Relever, prévisualiser et télécharger le courrier des serveurs POP3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>Dossier du profil (par défaut : le dossier de données).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message files (.eml) to open.</source>
        <translation>Fichiers de message (.eml) à ouvrir.</translation>
    </message>
</context>
<context>
    <name>PoplarSync</name>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+60"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server name.</source>
        <translation>Nom du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>Port du serveur (par défaut 995 pour tls, 110 sinon).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls (default), starttls or plain.</source>
        <comment>--security values: keep the words tls, starttls, plain</comment>
        <translation>tls (par défaut), starttls ou plain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name.</source>
        <translation>Nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 or oauthbearer.</source>
        <comment>--auth values: keep the method names</comment>
        <translation>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command whose first output line is the password or token.</source>
        <translation>Commande dont la première ligne de sortie est le mot de passe ou le jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system (default: the system&apos;s proxy settings), none, socks5://HOST:PORT or http://HOST:PORT.</source>
        <comment>--proxy values: keep the words system, none, socks5, http</comment>
        <translation>system (par défaut : les réglages de proxy du système), none, socks5://HOST:PORT ou http://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest SCRAM iteration count accepted from the server (default %1).</source>
        <translation>Plus grand nombre d’itérations SCRAM accepté du serveur (par défaut %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--scram-max-iterations must be a number from 1 to %1</source>
        <translation>--scram-max-iterations doit être un nombre de 1 à %1</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="+44"/>
        <location filename="../app/sync/CommandLine.cpp" line="+20"/>
        <source>--security must be tls, starttls or plain</source>
        <translation>--security doit valoir tls, starttls ou plain</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/sync/CommandLine.cpp" line="+8"/>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/sync/CommandLine.cpp" line="+7"/>
        <source>unknown --auth method: %1</source>
        <translation>méthode --auth inconnue : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--plaintext-fallback must be yes or no</source>
        <translation>--plaintext-fallback doit valoir yes ou no</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>read %1</source>
        <translation>lu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1: %2</source>
        <translation>ignoré : %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would create account %1</source>
        <translation>créerait le compte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created account %1</source>
        <translation>compte %1 créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 exists, settings kept</source>
        <translation>le compte %1 existe, réglages conservés</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n UIDL(s) marked as fetched by %1</source>
        <translation>
            <numerusform>%n UIDL marqué(s) comme récupéré(s) par %1</numerusform>
            <numerusform>%n UIDL marqué(s) comme récupéré(s) par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already known</source>
        <translation>
            <numerusform>%n déjà connu(s)</numerusform>
            <numerusform>%n déjà connu(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never imported: give each new account a password with &quot;poplar-sync account set NAME --password-command CMD&quot; or &quot;account set-password NAME&quot;.</source>
        <translation>Les mots de passe ne sont jamais importés : donnez un mot de passe à chaque nouveau compte avec « poplar-sync account set NOM --password-command CMD » ou « account set-password NOM ».</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+18"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>aucun certificat PEM n’a pu être lu dans %1</translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+49"/>
        <source>the password command failed</source>
        <translation>la commande de mot de passe a échoué</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+39"/>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-95"/>
        <location line="+19"/>
        <location filename="../app/sync/Commands.cpp" line="+103"/>
        <location filename="../app/sync/OAuthCommands.cpp" line="+35"/>
        <location filename="../app/sync/StoreCommands.cpp" line="+154"/>
        <location filename="../app/sync/TriageCommands.cpp" line="+41"/>
        <source>no account named %1</source>
        <translation>aucun compte nommé %1</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+67"/>
        <source>no password: the keychain says: %1 (use account set-password, or --password-command)</source>
        <translation>pas de mot de passe : le trousseau indique : %1 (utilisez account set-password, ou --password-command)</translation>
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
        <translation>stockage local : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="-120"/>
        <source> (server: %1)</source>
        <translation> (serveur : %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-7"/>
        <source>no proxy password: %1</source>
        <translation>pas de mot de passe du proxy : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <comment>summary: messages new on the server</comment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded (%1)</source>
        <comment>summary: messages and bytes downloaded</comment>
        <translation>
            <numerusform>%n téléchargé (%1)</numerusform>
            <numerusform>%n téléchargés (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted on server</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n supprimé sur le serveur</numerusform>
            <numerusform>%n supprimés sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n over the size limit (headers only)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n au-delà de la limite de taille (en-têtes seulement)</numerusform>
            <numerusform>%n au-delà de la limite de taille (en-têtes seulement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n listed by size only (headers not available from this server)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n listé par sa taille seulement (en-têtes non disponibles sur ce serveur)</numerusform>
            <numerusform>%n listés par leur taille seulement (en-têtes non disponibles sur ce serveur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped (bad or duplicate UIDL)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n ignoré (UIDL invalide ou en double)</numerusform>
            <numerusform>%n ignorés (UIDL invalide ou en double)</numerusform>
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
        <translation> (le serveur n’a pas d’UIDL : clés dérivées des en-têtes)</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+8"/>
        <source>cannot read the profile&apos;s database (is it damaged?): %1</source>
        <translation>impossible de lire la base de données du profil (est-elle endommagée ?) : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave messages on the server (default).</source>
        <translation>Laisser les messages sur le serveur (par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server once they are stored.</source>
        <translation>Supprimer les messages sur le serveur une fois enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server N days after download.</source>
        <translation>Supprimer les messages sur le serveur N jours après leur téléchargement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server when the local copy is deleted.</source>
        <translation>Supprimer les messages sur le serveur quand la copie locale est supprimée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only headers of messages larger than BYTES until asked.</source>
        <translation>Ne récupérer que les en-têtes des messages de plus de BYTES, jusqu’à demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body lines fetched with TOP (default 20).</source>
        <translation>Lignes du corps récupérées avec TOP (20 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes or no (default): over a connection without TLS, after APOP or a mechanism that hides the password was refused, also try those that send it.</source>
        <comment>--plaintext-fallback values: keep the words yes, no</comment>
        <translation>yes ou no (par défaut) : sur une connexion sans TLS, après le refus d&apos;APOP ou d&apos;un mécanisme qui cache le mot de passe, essayer aussi ceux qui l&apos;envoient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes between the application&apos;s periodic checks (0: off).</source>
        <translation>Minutes entre les relèves périodiques de l’application (0 : désactivé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account authorize: google or microsoft (default: from the server or address).</source>
        <translation>account authorize : google ou microsoft (par défaut : d’après le serveur ou l’adresse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download: every new message.</source>
        <translation>download : tous les nouveaux messages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, download, delete: seconds to wait while another program writes the same account (default 30), then exit 7.</source>
        <translation>check, download, delete : secondes d’attente pendant qu’un autre programme écrit dans le même compte (30 par défaut), puis sortie avec 7.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: folder for .eml files; backup: the file to write.</source>
        <translation>export : dossier des fichiers .eml ; backup : le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: write an mboxrd file.</source>
        <translation>export : écrire un fichier mboxrd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account&apos;s proxy has no user name: set --proxy socks5://USER@HOST:PORT or http://USER@HOST:PORT first</source>
        <translation>le proxy du compte n&apos;a pas de nom d&apos;utilisateur : définissez d&apos;abord --proxy socks5://USER@HOST:PORT ou http://USER@HOST:PORT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given</source>
        <translation>aucun mot de passe fourni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused the password: %1</source>
        <translation>le trousseau a refusé le mot de passe : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>busy: %1 is writing account %2</source>
        <translation>occupé : %1 est en train d’écrire dans le compte %2</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-78"/>
        <source>cannot change account %1: %2</source>
        <translation>impossible de modifier le compte %1 : %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--delete-after-days needs a number of days</source>
        <translation>--delete-after-days attend un nombre de jours</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="-109"/>
        <source>cannot add account %1: %2</source>
        <translation>impossible d’ajouter le compte %1 : %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>import: say what would be imported, change nothing; check, download: print what triage would decide, act on none of it.</source>
        <translation>import : dire ce qui serait importé, sans rien changer ; check, download : afficher ce que le tri déciderait, sans rien en appliquer.</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n message exporté</numerusform>
            <numerusform>%n messages exportés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+11"/>
        <source>no password source: pass --password-command</source>
        <translation>aucune source de mot de passe : indiquez --password-command</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>scan: a proxy with a user name works only for an account (account add ... --proxy, then account set-proxy-password)</source>
        <translation>scan : un proxy avec nom d&apos;utilisateur ne fonctionne que pour un compte (account add ... --proxy, puis account set-proxy-password)</translation>
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
        <translation>L’outil POP3 de Poplar en ligne de commande : le même moteur et le même stockage que l’application.

Commandes :
  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]
          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|
          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]
          [--proxy PROXY] [--plaintext-fallback yes|no]
  account set-password NAME    enregistrer le mot de passe dans le trousseau (lu sur stdin)
  account set-proxy-password NAME   enregistrer le mot de passe du proxy dans le trousseau (lu sur stdin)
  account authorize NAME       se connecter avec Google ou Microsoft dans un navigateur (voir --provider)
  account set NOM [options de add]   modifier un compte ; account show NOM affiche ses réglages
  account list | account remove NAME
  import thunderbird|mpop|fetchmail|getmail [CHEMIN] [--dry-run]   comptes et UIDL déjà récupérés
  check [NAME]                 lister le serveur, récupérer les en-têtes des nouveaux messages
  download [NAME] [--all|UIDL...]  télécharger les nouveaux messages (ou ceux nommés)
  list NAME                    ce que le stockage sait d’un compte
  search NAME QUERY            messages contenant des mots, &quot;expressions&quot;, from:, to:, subject:, préfixe*
  delete NAME UIDL...          supprimer des messages sur le serveur sans les télécharger
  export NAME --to DIR [--mbox FILE]   écrire les messages téléchargés en fichiers .eml / mboxrd
  verify [NAME] [--repair]     vérifier chaque fichier de message enregistré ; --repair retélécharge les endommagés
  backup --to FILE             un instantané cohérent du profil dans un fichier tar
  restore --from FILE          décompresser une sauvegarde dans un profil nouveau ou vide (voir --profile)
  scan --host H ...            lister les messages d’un serveur sans rien enregistrer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  delete-local NAME UIDL...    move downloaded messages to the account&apos;s Trash
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               what is in the Trash, taking it back, deleting it for good
  trash keep-days [DAYS]       days the Trash keeps a message (0: until emptied)</source>
        <comment>--help: translate the descriptions, keep the command and option words and the column alignment</comment>
        <translation>  delete-local NAME UIDL...    mettre des messages téléchargés à la corbeille du compte
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               le contenu de la corbeille, le reprendre, le supprimer définitivement
  trash keep-days [DAYS]       jours de conservation dans la corbeille (0 : jusqu&apos;à la vider)</translation>
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
        <translation>  check|download ... [--apply-rules] [--dry-run] [--no-rules]   afficher (ou seulement montrer) les décisions du tri
  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]
        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]
  friends add|remove ENTRY... | friends list | friends import-vcard FILE
  block add|remove ENTRY... | block list   adresses ou domaines
  spam NAME UIDL... | ham NAME UIDL...   enregistrer le verdict et entraîner le classificateur
  deleted list [NAME] | deleted search TEXT [NAME]   ce qui a été supprimé sur le serveur, et pourquoi
  process [NAME]               supprimer sur le serveur ce que le tri a marqué, télécharger le reste
  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none
        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   (sortie 0 spam, 1 non, 2 incertain)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See above.</source>
        <translation>Voir ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>Dossier du profil (par défaut : le dossier de données).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown or missing command; try --help</source>
        <translation>commande inconnue ou absente ; essayez --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the profile %1: %2</source>
        <translation>impossible d’ouvrir le profil %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Progress.cpp" line="+20"/>
        <source>connecting</source>
        <comment>progress phase</comment>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing</source>
        <comment>progress phase</comment>
        <translation>liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers</source>
        <comment>progress phase: fetching headers</comment>
        <translation>en-têtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloading</source>
        <comment>progress phase</comment>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <comment>progress phase</comment>
        <translation>suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitting</source>
        <comment>progress phase: logging out</comment>
        <translation>déconnexion</translation>
    </message>
    <message>
        <location filename="../app/sync/ScanCommand.cpp" line="+42"/>
        <source>LIST failed: %1</source>
        <translation>échec de LIST : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) on %1</source>
        <translation>
            <numerusform>%n message sur %1</numerusform>
            <numerusform>%n messages sur %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-40"/>
        <source>no token: the keychain says: %1 (use account authorize, or --password-command)</source>
        <translation>pas de jeton : le trousseau indique : %1 (utilisez account authorize, ou --password-command)</translation>
    </message>
    <message>
        <location filename="../app/sync/OAuthCommands.cpp" line="+10"/>
        <source>which sign-in? use --provider %1</source>
        <translation>quelle connexion ? utilisez --provider %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this address in a browser to sign in with %1:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter avec %1 :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain refused the sign-in: %1</source>
        <translation>le trousseau a refusé la connexion : %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>signed in with %1; the sign-in is in the keychain.</source>
        <translation>connecté avec %1 ; la connexion est dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../app/sync/StoreCommands.cpp" line="+7"/>
        <source>verify: download damaged messages again from the server.</source>
        <translation>verify : télécharger à nouveau depuis le serveur les messages endommagés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the backup file to read.</source>
        <translation>restore : le fichier de sauvegarde à lire.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n message(s) not exported: the stored file is missing or damaged (see verify --repair)</source>
        <translation>
            <numerusform>%1 : %n message non exporté : le fichier enregistré est absent ou endommagé (voir verify --repair)</numerusform>
            <numerusform>%1 : %n messages non exportés : le fichier enregistré est absent ou endommagé (voir verify --repair)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n stored message(s) checked, %2 damaged, %3 repaired</source>
        <comment>verify summary</comment>
        <translation>
            <numerusform>%1 : %n message enregistré vérifié, %2 endommagé(s), %3 réparé(s)</numerusform>
            <numerusform>%1 : %n messages enregistrés vérifiés, %2 endommagé(s), %3 réparé(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n message(s) backed up to %1</source>
        <translation>
            <numerusform>%n message sauvegardé dans %1</numerusform>
            <numerusform>%n messages sauvegardés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) left out: the stored file is missing or damaged</source>
        <translation>
            <numerusform>%n message omis : le fichier enregistré est absent ou endommagé</numerusform>
            <numerusform>%n messages omis : le fichier enregistré est absent ou endommagé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) restored into %1</source>
        <translation>
            <numerusform>%n message restauré dans %1</numerusform>
            <numerusform>%n messages restaurés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SearchCommand.cpp" line="+23"/>
        <source>indexing %n message(s) for search</source>
        <translation>
            <numerusform>indexation de %n message pour la recherche</numerusform>
            <numerusform>indexation de %n messages pour la recherche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TrashCommands.cpp" line="-58"/>
        <source>%1: %n message(s) restored from the Trash</source>
        <translation>
            <numerusform>%1 : %n message restauré depuis la corbeille</numerusform>
            <numerusform>%1 : %n messages restaurés depuis la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the Trash</source>
        <translation>%1 n&apos;est pas dans la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n message(s) deleted for good</source>
        <translation>
            <numerusform>%1 : %n message supprimé définitivement</numerusform>
            <numerusform>%1 : %n messages supprimés définitivement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deleted on the server at the next check</source>
        <translation> ; supprimés sur le serveur à la prochaine relève</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1: %n message(s) moved to the Trash</source>
        <translation>
            <numerusform>%1 : %n message mis à la corbeille</numerusform>
            <numerusform>%1 : %n messages mis à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a downloaded message (delete NAME UIDL deletes on the server)</source>
        <translation>%1 n&apos;est pas un message téléchargé (delete NAME UIDL supprime sur le serveur)</translation>
    </message>
    <message>
        <location filename="../app/sync/TriageCommands.cpp" line="+7"/>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by rule</source>
        <translation>par règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by policy</source>
        <translation>par la règle du compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules add: a condition, e.g. &apos;subject contains &quot;lottery&quot;&apos; (repeat for more).</source>
        <translation>rules add : une condition, par ex. &apos;subject contains &quot;lottery&quot;&apos; (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules add: mark-spam, delete-on-server, keep-on-server, always-download or download-now.</source>
        <translation>rules add : mark-spam, delete-on-server, keep-on-server, always-download ou download-now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: any condition suffices (default: all).</source>
        <translation>rules add : une seule condition suffit (par défaut : toutes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: delete-on-server deletes in the run that finds the message, unreviewed.</source>
        <translation>rules add : delete-on-server supprime sans vérification lors de la relève qui trouve le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules add: only for this account (default: every account).</source>
        <translation>rules add : seulement pour ce compte (par défaut : tous les comptes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules import: replace the rules instead of adding to them.</source>
        <translation>rules import : remplacer les règles au lieu d&apos;y ajouter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: print what triage decided for each new message.</source>
        <translation>check, download : afficher ce que le tri a décidé pour chaque nouveau message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: leave triage (rules, lists, spam hints) out.</source>
        <translation>check, download : ne pas appliquer le tri (règles, listes, indices de spam).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a quote is not closed in: %1</source>
        <translation>un guillemet n&apos;est pas fermé dans : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--without-review goes with delete-on-server only</source>
        <translation>--without-review ne va qu&apos;avec delete-on-server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no rule %1</source>
        <translation>aucune règle %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>%n règle importée</numerusform>
            <numerusform>%n règles importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not an address or domain: %1</source>
        <translation>ni une adresse ni un domaine : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not on the list: %1</source>
        <translation>pas dans la liste : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n friend(s) added</source>
        <translation>
            <numerusform>%n ami ajouté</numerusform>
            <numerusform>%n amis ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the classifier did not learn: %1</source>
        <translation>le classificateur n&apos;a pas appris : %1</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
</context>
</TS>

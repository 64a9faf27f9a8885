<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../ui/MessageHtml.cpp" line="+59"/>
        <source>Attached message</source>
        <translation>Mensaje adjunto</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
</context>
<context>
    <name>Poplar::Account::AccountSettings</name>
    <message>
        <location filename="../core/account/Account.cpp" line="+52"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>no se pudo leer ningún certificado PEM de %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autoconfig</name>
    <message>
        <location filename="../core/account/autodetect/Autoconfig.cpp" line="+107"/>
        <source>a POP3 server without a host name was skipped</source>
        <translation>se omitió un servidor POP3 sin nombre de host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the POP3 server &quot;%1&quot; was skipped: not a valid host name</source>
        <translation>se omitió el servidor POP3 «%1»: no es un nombre de host válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the POP3 server %1 was skipped: &quot;%2&quot; is not a valid port</source>
        <translation>se omitió el servidor POP3 %1: «%2» no es un puerto válido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the POP3 server %1 was skipped: unknown socket type &quot;%2&quot;</source>
        <translation>se omitió el servidor POP3 %1: tipo de socket desconocido «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the POP3 server %1 was skipped: it only allows %2, which Poplar cannot do</source>
        <translation>se omitió el servidor POP3 %1: solo admite %2, que Poplar no sabe usar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the POP3 server %1 was skipped: its user name contains control characters</source>
        <translation>se omitió el servidor POP3 %1: su nombre de usuario contiene caracteres de control</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The autoconfig file is empty.</source>
        <translation>El archivo de autoconfiguración está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The autoconfig file is too large (%1 bytes).</source>
        <translation>El archivo de autoconfiguración es demasiado grande (%1 bytes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a Mozilla autoconfig file: its root element is &lt;%1&gt;, not &lt;clientConfig&gt;.</source>
        <translation>No es un archivo de autoconfiguración de Mozilla: su elemento raíz es &lt;%1&gt;, no &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The autoconfig file is not valid XML (line %1, column %2): %3</source>
        <translation>El archivo de autoconfiguración no es XML válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The autoconfig file describes no e-mail provider (no &lt;emailProvider&gt; element).</source>
        <translation>El archivo de autoconfiguración no describe ningún proveedor de correo (falta el elemento &lt;emailProvider&gt;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POP3 server in the autoconfig file can be used: %1.</source>
        <translation>Ningún servidor POP3 del archivo de autoconfiguración se puede usar: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server (only %1).</source>
        <translation>El archivo de autoconfiguración del proveedor no incluye ningún servidor POP3 (solo %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server.</source>
        <translation>El archivo de autoconfiguración del proveedor no incluye ningún servidor POP3.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::AutoconfigFetcher</name>
    <message>
        <location filename="../core/account/autodetect/AutoconfigFetcher.cpp" line="+97"/>
        <source>the file is larger than %1 bytes</source>
        <translation>el archivo supera los %1 bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autodetector</name>
    <message>
        <location filename="../core/account/autodetect/Autodetector.cpp" line="+40"/>
        <source>The search took too long; stopping with what was found.</source>
        <translation>La búsqueda ha tardado demasiado; se detiene con lo encontrado hasta ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching the provider&apos;s settings from %1…</source>
        <translation>Obteniendo la configuración del proveedor desde %1…</translation>
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
            <numerusform>%1: %2 incluye %n servidor POP3.</numerusform>
            <numerusform>%1: %2 incluye %n servidores POP3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is not an e-mail address, so there is nothing to look up.</source>
        <translation>«%1» no es una dirección de correo, así que no hay nada que buscar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the POP3 server of %1…</source>
        <translation>Buscando el servidor POP3 de %1…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking up the DNS SRV record %1…</source>
        <translation>Consultando el registro DNS SRV %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the lookup failed: %2</source>
        <translation>%1: la consulta ha fallado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such record.</source>
        <translation>%1: no existe ese registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points to %2 port %3.</source>
        <translation>%1 apunta a %2, puerto %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Trying %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, encrypted, with a trusted certificate; login methods: %2.</source>
        <translation>%1 responde, cifrado, con un certificado de confianza; métodos de inicio de sesión: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>no anunciado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers, but its certificate is not trusted.</source>
        <translation>%1 responde, pero su certificado no es de confianza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2 answers, but offers no encryption (%3).</source>
        <translation>%1:%2 responde, pero no ofrece cifrado (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Best choice: %1.</source>
        <translation>Mejor opción: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No POP3 server was found. Enter the server settings by hand.</source>
        <translation>No se ha encontrado ningún servidor POP3. Introduzca la configuración del servidor a mano.</translation>
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
        <translation>cifrado desde el primer byte, certificado de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted after STLS, certificate trusted</source>
        <translation>cifrado tras STLS, certificado de confianza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypted, but its certificate is not trusted (%1): you will be asked whether to trust it</source>
        <translation>cifrado, pero su certificado no es de confianza (%1): se le preguntará si quiere confiar en él</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this server offers no encryption: the password and every message would cross the network readable by anyone on the way. It is used only if you explicitly agree</source>
        <translation>este servidor no ofrece cifrado: la contraseña y cada mensaje cruzarían la red legibles para cualquiera en el camino. Solo se usa si usted lo acepta expresamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked: the search ended before it answered</source>
        <translation>sin comprobar: la búsqueda terminó antes de que respondiera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its certificate is trusted</source>
        <translation>su certificado es de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it offers encryption</source>
        <translation>ofrece cifrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS from the first byte is preferred over STLS</source>
        <translation>se prefiere TLS desde el primer byte a STLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it offers a stronger login (%1 rather than %2)</source>
        <translation>ofrece un inicio de sesión más seguro (%1 en lugar de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more sources name it</source>
        <translation>más fuentes lo mencionan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it comes earlier in the search order (DNS SRV records, the provider&apos;s settings, then the usual host names)</source>
        <translation>aparece antes en el orden de búsqueda (registros DNS SRV, la configuración del proveedor y después los nombres de servidor habituales)</translation>
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
        <translation>sin cifrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS SRV record</source>
        <translation>registro DNS SRV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (https)</source>
        <translation>autoconfiguración del proveedor (https)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (plain http, unauthenticated)</source>
        <translation>autoconfiguración del proveedor (http simple, sin autenticar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual host name</source>
        <translation>nombre de host habitual</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Found by: %1.</source>
        <translation>Encontrado mediante: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1. %2</source>
        <translation>Descartado: %1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known once the certificate is trusted</source>
        <translation>se sabrá cuando se confíe en el certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>no anunciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1; best login it offers: %2. %3</source>
        <translation>Elegido: %1; mejor inicio de sesión que ofrece: %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not chosen: %1 is preferred because %2. This one is %3. %4</source>
        <translation>No elegido: se prefiere %1 porque %2. Este es %3. %4</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::ServerProbe</name>
    <message>
        <location filename="../core/account/autodetect/ServerProbe.cpp" line="+111"/>
        <source>No answer within %1 seconds.</source>
        <translation>Sin respuesta en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::SrvResolver</name>
    <message>
        <location filename="../core/account/autodetect/SrvResolver.cpp" line="+44"/>
        <source>The DNS lookup timed out.</source>
        <translation>La consulta DNS ha superado el tiempo de espera.</translation>
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
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than %1 MiB</source>
        <translation>mayor de %1 MiB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no state file %1: every message on the server will be new</source>
        <translation>no hay archivo de estado %1: todos los mensajes del servidor serán nuevos</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n UIDL(s) of %1 on %2 in %3</source>
        <translation>
            <numerusform>%n UIDL de %1 en %2 en %3</numerusform>
            <numerusform>%n UIDL de %1 en %2 en %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no POP3 account for them in the configuration</source>
        <translation>ninguna cuenta POP3 para ellos en la configuración</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Thunderbird profile found</source>
        <translation>no se encontró ningún perfil de Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Thunderbird profile (profiles.ini or prefs.js) in %1</source>
        <translation>ningún perfil de Thunderbird (profiles.ini o prefs.js) en %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no mpop configuration found</source>
        <translation>no se encontró configuración de mpop</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no fetchmail configuration found (%1)</source>
        <translation>no se encontró configuración de fetchmail (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no getmailrc found</source>
        <translation>no se encontró getmailrc</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no POP3 account found</source>
        <translation>no se encontró ninguna cuenta POP3</translation>
    </message>
    <message>
        <location filename="../core/account/import/ImportFormats.cpp" line="+37"/>
        <source>account %1 on %2</source>
        <translation>cuenta %1 en %2</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>an account of type %1, not POP3</source>
        <translation>una cuenta de tipo %1, no POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server name in prefs.js</source>
        <translation>sin nombre de servidor en prefs.js</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>popstate.dat line %1</source>
        <translation>popstate.dat línea %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UIDL before any &quot;*host user&quot; line</source>
        <translation>un UIDL antes de cualquier línea «*host usuario»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a &quot;flag UIDL time&quot; line</source>
        <translation>no es una línea «estado UIDL hora»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thunderbird has only the headers of this message</source>
        <translation>Thunderbird solo tiene las cabeceras de este mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>estado desconocido «%1»</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>mpop account %1</source>
        <translation>cuenta de mpop %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no host</source>
        <translation>sin host</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>UIDLs file line %1</source>
        <translation>archivo de UIDL línea %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an mpop UIDL list</source>
        <translation>no es una lista de UIDL de mpop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UIDL list of %1 on %2</source>
        <translation>lista de UIDL de %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n UIDL(s) missing at the end of the file</source>
        <translation>
            <numerusform>faltan %n UIDL al final del archivo</numerusform>
            <numerusform>faltan %n UIDL al final del archivo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a &quot;skip&quot; entry: fetchmail does not poll it</source>
        <translation>una entrada «skip»: fetchmail no la consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protocol %1, not POP3</source>
        <translation>protocolo %1, no POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no user name given</source>
        <translation>no se indicó nombre de usuario</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>.fetchids line %1</source>
        <translation>.fetchids línea %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a &quot;user@host UIDL&quot; line</source>
        <translation>no es una línea «usuario@host UIDL»</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no [retriever] type</source>
        <translation>sin tipo de [retriever]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server has no usable UIDLs</source>
        <translation>%1: el servidor no tiene UIDL utilizables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a POP3 retriever</source>
        <translation>%1 no es un retriever POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server or user name</source>
        <translation>sin servidor o nombre de usuario</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>oldmail line %1</source>
        <translation>oldmail línea %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no NUL between UIDL and time</source>
        <translation>no hay NUL entre el UIDL y la hora</translation>
    </message>
</context>
<context>
    <name>Poplar::Mime::ReplyLink</name>
    <message>
        <location filename="../core/mime/ReplyLink.cpp" line="+217"/>
        <source>On %1, %2 wrote:</source>
        <translation>El %1, %2 escribió:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote:</source>
        <translation>%1 escribió:</translation>
    </message>
</context>
<context>
    <name>Poplar::Model::MessageListModel</name>
    <message>
        <location filename="../core/model/MessageListModel.cpp" line="+25"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pending</source>
        <translation>Eliminación pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone from server</source>
        <translation>Ya no está en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <extracomment>Message status: new on the server (a short adjective, in the Status column)</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored copy is missing or damaged: Download fetches it again while the server still has it</source>
        <translation>La copia guardada falta o está dañada: Descargar la obtiene de nuevo mientras el servidor aún la tenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be deleted on the server at the next check (Undo to keep it)</source>
        <translation>Se eliminará del servidor en la próxima comprobación (Deshacer para conservarlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on the server and never downloaded</source>
        <translation>Ya no está en el servidor y nunca se descargó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger than the account&apos;s size limit: only the headers were fetched</source>
        <translation>Mayor que el límite de tamaño de la cuenta: solo se obtuvieron las cabeceras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New on the server: only the headers and first lines were fetched</source>
        <translation>Nuevo en el servidor: solo se obtuvieron las cabeceras y las primeras líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server: only the headers and first lines were fetched</source>
        <translation>En el servidor: solo se obtuvieron las cabeceras y las primeras líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and stored locally; the server still has it</source>
        <translation>Descargado y guardado localmente; el servidor aún lo tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded and stored locally; no longer on the server</source>
        <translation>Descargado y guardado localmente; ya no está en el servidor</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Has attachments</source>
        <translation>Tiene adjuntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server listed this message; its headers are on their way</source>
        <translation>El servidor ha listado este mensaje; sus cabeceras están llegando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server listed this message, but its headers were not fetched: download it to see it</source>
        <translation>El servidor ha listado este mensaje, pero sus cabeceras no se obtuvieron: descárguelo para verlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fetching headers…</source>
        <translation>obteniendo cabeceras…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(headers not fetched)</source>
        <translation>(cabeceras no obtenidas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::ProxySettings</name>
    <message>
        <location filename="../core/net/Proxy.cpp" line="+48"/>
        <source>The proxy must be system, none, socks5://HOST:PORT or http://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>El proxy debe ser system, none, socks5://HOST:PORT o http://HOST:PORT, no «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy password is never part of the proxy&apos;s address: give socks5://USER@HOST:PORT and keep the password in the keychain (poplar-sync account set-proxy-password NAME).</source>
        <translation>Una contraseña de proxy nunca forma parte de la dirección del proxy: indique socks5://USER@HOST:PORT y guarde la contraseña en el llavero (poplar-sync account set-proxy-password NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy must be socks5://HOST:PORT or http://HOST:PORT, without a path.</source>
        <translation>El proxy debe ser socks5://HOST:PORT o http://HOST:PORT, sin ruta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy &quot;%1&quot; has no port.</source>
        <translation>El proxy «%1» no tiene puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid proxy host name.</source>
        <translation>«%1» no es un nombre de host de proxy válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user name must not contain line breaks.</source>
        <translation>El nombre de usuario del proxy no debe contener saltos de línea.</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::SslTransport</name>
    <message>
        <location filename="../core/net/SslTransport.cpp" line="+55"/>
        <source>Cannot bind local port %1: %2</source>
        <translation>No se puede enlazar el puerto local %1: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The proxy refused the user name and password (%1).</source>
        <translation>El proxy rechazó el nombre de usuario y la contraseña (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy asks for a user name and password (%1): set them in the account&apos;s proxy settings.</source>
        <translation>El proxy pide un nombre de usuario y una contraseña (%1): indíquelos en los ajustes de proxy de la cuenta.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AccessTokenSource</name>
    <message>
        <location filename="../core/account/oauth/AccessTokenSource.cpp" line="+28"/>
        <source>The sign-in for %1 is no longer valid (it was revoked or has expired). Sign in again: Edit Account in Poplar, or poplar-sync account authorize %1.</source>
        <translation>El inicio de sesión de %1 ya no es válido (se revocó o ha caducado). Vuelva a iniciar sesión: edite la cuenta en Poplar o use poplar-sync account authorize %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>El inicio de sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The renewed sign-in could not be stored: %1</source>
        <translation>No se pudo guardar el inicio de sesión renovado: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AuthorizationFlow</name>
    <message>
        <location filename="../core/account/oauth/AuthorizationFlow.cpp" line="+62"/>
        <source>The browser did not come back from the sign-in in time.</source>
        <translation>El navegador no volvió del inicio de sesión a tiempo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>No hay ningún puerto local libre al que pueda volver el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This request was ignored: it does not belong to the sign-in Poplar is waiting for.</source>
        <translation>Esta solicitud se ha ignorado: no pertenece al inicio de sesión que Poplar está esperando.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Poplar has your sign-in. You can close this page.</source>
        <translation>Poplar ha recibido su inicio de sesión. Puede cerrar esta página.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access was not granted in the browser.</source>
        <translation>No se concedió el acceso en el navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in failed (%1).</source>
        <translation>El inicio de sesión falló (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in came back without a usable code.</source>
        <translation>El inicio de sesión volvió sin un código utilizable.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in server gave no refresh token, so Poplar could not stay signed in.</source>
        <translation>El servidor de inicio de sesión no proporcionó un token de actualización, así que Poplar no pudo mantener la sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Grant</name>
    <message>
        <location filename="../core/account/oauth/Grant.cpp" line="+92"/>
        <source>The sign-in server sent an answer that is far too long.</source>
        <translation>El servidor de inicio de sesión envió una respuesta demasiado larga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server&apos;s answer is not valid JSON.</source>
        <translation>La respuesta del servidor de inicio de sesión no es JSON válido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in is no longer valid (it was revoked or has expired). Sign in again.</source>
        <translation>El inicio de sesión ya no es válido (se revocó o ha caducado). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in server refused the request (%1).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in server&apos;s answer has no usable access token.</source>
        <translation>La respuesta del servidor de inicio de sesión no contiene un token de acceso utilizable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in server&apos;s refresh token is unusable.</source>
        <translation>El token de actualización del servidor de inicio de sesión no se puede usar.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Provider</name>
    <message>
        <location filename="../core/account/oauth/Provider.cpp" line="+91"/>
        <source>No OAuth client id is set for %1: set POPLAR_OAUTH_%2_CLIENT_ID or OAuth/%3/clientId in Poplar.conf.</source>
        <translation>No hay ningún ID de cliente OAuth configurado para %1: configure POPLAR_OAUTH_%2_CLIENT_ID u OAuth/%3/clientId en Poplar.conf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sign-in endpoints must use https.</source>
        <translation>Los puntos de conexión de inicio de sesión de %1 deben usar https.</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::TokenClient</name>
    <message>
        <location filename="../core/account/oauth/TokenClient.cpp" line="+79"/>
        <source>The token endpoint must use https.</source>
        <translation>El punto de conexión de tokens debe usar https.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <source>The sign-in server did not answer in time.</source>
        <translation>El servidor de inicio de sesión no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server cannot be reached: %1</source>
        <translation>No se puede contactar con el servidor de inicio de sesión: %1</translation>
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
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1, %2</source>
        <translation>puerto %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, login method %2</source>
        <translation>%1, método de inicio de sesión %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password refused</source>
        <translation>Contraseña rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the user name or the password. Check both; some providers want a separate “app password” for POP3.</source>
        <translation>El servidor no ha aceptado el nombre de usuario o la contraseña. Compruebe ambos; algunos proveedores exigen una «contraseña de aplicación» aparte para POP3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted, so Poplar did not send your password. You can look at the certificate and decide whether to trust it.</source>
        <translation>El certificado del servidor no es de confianza, así que Poplar no ha enviado su contraseña. Puede examinar el certificado y decidir si confía en él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS offered</source>
        <translation>No se ofrece TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers no TLS, so your password could only be sent unencrypted. Ask your provider for secure settings, or choose “None” as security only if you accept that risk.</source>
        <translation>El servidor no ofrece TLS, así que su contraseña solo podría enviarse sin cifrar. Pida a su proveedor una configuración segura, o elija «Ninguna» como seguridad solo si acepta ese riesgo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failed</source>
        <translation>TLS falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS connection could be set up with %1 port %2. The port and the security setting may not match (995 usually means TLS from the start, 110 means STLS).</source>
        <translation>No se ha podido establecer una conexión TLS con %1, puerto %2. Puede que el puerto y la seguridad no coincidan (995 suele significar TLS desde el principio; 110, STLS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server not found</source>
        <translation>Servidor no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name %1 could not be found. Check its spelling and your network connection.</source>
        <translation>No se ha encontrado el nombre de servidor %1. Compruebe cómo está escrito y su conexión de red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused connections on port %2. Check the port and the security setting.</source>
        <translation>%1 ha rechazado las conexiones en el puerto %2. Compruebe el puerto y la seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time. Check the server name, the port and your network.</source>
        <translation>%1 no ha respondido a tiempo. Compruebe el nombre del servidor, el puerto y su red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login method unavailable</source>
        <translation>Método de inicio de sesión no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen login method cannot be used with this server: %1</source>
        <translation>El método de inicio de sesión elegido no se puede usar con este servidor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox in use</source>
        <translation>Buzón en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox is in use by another program. Try again in a few minutes.</source>
        <translation>Otro programa está usando el buzón. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too soon</source>
        <translation>Demasiado pronto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>El servidor solo permite iniciar sesión cada pocos minutos. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary server trouble</source>
        <translation>Problema temporal del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is not about your password; try again later.</source>
        <translation>El servidor %1 (puerto %2) no puede temporalmente iniciar su sesión ni servir el buzón. No se trata de su contraseña; inténtelo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox problem</source>
        <translation>Problema con el buzón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.</source>
        <translation>El servidor %1 (puerto %2) informa de un problema persistente con este buzón. Consulte a su proveedor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (port %2): %3 Check your network connection, then try again.</source>
        <translation>%1 (puerto %2): %3 Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings incomplete</source>
        <translation>Configuración incompleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy in another program</source>
        <translation>Ocupado en otro programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::ResponseParser</name>
    <message>
        <location filename="../core/pop3/ResponseParser.cpp" line="+116"/>
        <location line="+6"/>
        <source>response line longer than %1 bytes</source>
        <translation>línea de respuesta de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>response line contains a NUL byte</source>
        <translation>la línea de respuesta contiene un byte NUL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected response: %1</source>
        <translation>respuesta inesperada: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SaslMechanism</name>
    <message>
        <location filename="../core/pop3/SaslMechanism.cpp" line="+77"/>
        <source>The server&apos;s SCRAM iteration count is not a number Poplar can accept.</source>
        <translation>El número de iteraciones SCRAM del servidor no es un número que Poplar pueda aceptar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks for %1 SCRAM iterations, more than this account allows (%2). If you trust the server, raise the account&apos;s SCRAM iteration limit: poplar-sync account set NAME --scram-max-iterations N.</source>
        <translation>El servidor pide %1 iteraciones SCRAM, más de las que permite esta cuenta (%2). Si confía en el servidor, aumente el límite de iteraciones SCRAM de la cuenta: poplar-sync account set NAME --scram-max-iterations N.</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+41"/>
        <source>Connecting to the server timed out.</source>
        <translation>La conexión con el servidor ha superado el tiempo de espera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake timed out.</source>
        <translation>La negociación TLS ha superado el tiempo de espera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering.</source>
        <translation>El servidor ha dejado de responder.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password contains a line break or NUL character.</source>
        <translation>La contraseña contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+51"/>
        <location line="+564"/>
        <location filename="../core/pop3/SessionStop.cpp" line="+34"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>The server refused the connection.</source>
        <translation>El servidor ha rechazado la conexión.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server does not offer STLS, and this account requires TLS.</source>
        <translation>El servidor no ofrece STLS y esta cuenta exige TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not list its capabilities, so it cannot be asked for TLS, which this account requires.</source>
        <translation>El servidor no indica sus capacidades, así que no se le puede pedir TLS, que esta cuenta exige.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to start TLS.</source>
        <translation>El servidor se ha negado a iniciar TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent data after agreeing to start TLS.</source>
        <translation>El servidor ha enviado datos tras aceptar iniciar TLS.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server closed the connection before confirming QUIT; deletions may not have taken effect.</source>
        <translation>El servidor ha cerrado la conexión antes de confirmar QUIT; puede que las eliminaciones no se hayan aplicado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>El servidor ha cerrado la conexión de forma inesperada.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The server took more than %1 seconds over one reply.</source>
        <translation>El servidor tardó más de %1 segundos en una sola respuesta.</translation>
    </message>
    <message>
        <location filename="../core/pop3/SessionLogin.cpp" line="+95"/>
        <source>The server does not offer %1 authentication.</source>
        <translation>El servidor no ofrece autenticación %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The server&apos;s greeting carries no valid APOP timestamp, so APOP cannot be used.</source>
        <translation>El saludo del servidor no contiene una marca de tiempo APOP válida, así que no se puede usar APOP.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server refused the %1 login (tried in turn: %2).</source>
        <translation>El servidor rechazó el inicio de sesión con %1 (probados por orden: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the %1 login.</source>
        <translation>El servidor rechazó el inicio de sesión con %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 authentication was cancelled: %2</source>
        <translation>Se canceló la autenticación %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poplar did not go on to send the password unencrypted. Check the password, or if this network is trusted choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Poplar no siguió enviando la contraseña sin cifrar. Compruebe la contraseña o, si confía en esta red, elija USER/PASS (poplar-sync: --auth user).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user name and password.</source>
        <translation>Compruebe el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Compruebe la contraseña o elija USER/PASS (poplar-sync: --auth user).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose automatic login (poplar-sync: --auth auto) or USER/PASS (--auth user).</source>
        <translation>Compruebe la contraseña o elija el inicio de sesión automático (poplar-sync: --auth auto) o USER/PASS (--auth user).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 authentication is not available: %2</source>
        <translation>La autenticación %1 no está disponible: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 authentication could not start: %2</source>
        <translation>La autenticación %1 no ha podido comenzar: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server sent a challenge before its last one was answered.</source>
        <translation>El servidor envió un desafío antes de que se respondiera el anterior.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server kept the authentication exchange going.</source>
        <translation>El servidor ha prolongado el intercambio de autenticación indefinidamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>el desafío del servidor no es base64 válido</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server accepted the login without proving it knows the password; it may be an impostor.</source>
        <translation>El servidor ha aceptado el inicio de sesión sin demostrar que conoce la contraseña; podría ser un impostor.</translation>
    </message>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+33"/>
        <source>The server sent data nobody asked for.</source>
        <translation>El servidor ha enviado datos que nadie ha pedido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server broke the protocol: %1.</source>
        <translation>El servidor ha incumplido el protocolo: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server&apos;s reply is larger than %1 bytes.</source>
        <translation>La respuesta del servidor supera los %1 bytes.</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SessionSettings</name>
    <message>
        <location filename="../core/pop3/SessionSettings.cpp" line="+105"/>
        <source>No server name is set.</source>
        <translation>No se ha indicado ningún nombre de servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name contains a line break or NUL character.</source>
        <translation>El nombre del servidor contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, hyphens and dots, as in pop.example.org or bücher.example.</source>
        <translation>«%1» no es un nombre de servidor válido: use letras, dígitos, guiones y puntos, como en pop.example.org o bücher.example.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No port is set.</source>
        <translation>No se ha indicado ningún puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user name is set.</source>
        <translation>No se ha indicado ningún nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>El nombre de usuario contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a space, which this login method cannot send.</source>
        <translation>El nombre de usuario contiene un espacio, que este método de inicio de sesión no puede enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeouts and pipeline limits must be positive.</source>
        <translation>Los tiempos de espera y los límites de canalización deben ser positivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCRAM iteration limit must be positive.</source>
        <translation>El límite de iteraciones SCRAM debe ser positivo.</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::AccountLock</name>
    <message>
        <location filename="../core/store/AccountLock.cpp" line="+47"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder of account locks in the profile</source>
        <translation>no se puede crear la carpeta de bloqueos de cuentas en el perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the account&apos;s lock: %1</source>
        <translation>no se puede abrir el bloqueo de la cuenta: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot lock the account: %1</source>
        <translation>no se puede bloquear la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Backup</name>
    <message>
        <location filename="../core/store/Backup.cpp" line="+116"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>no se puede crear una carpeta temporal en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy the database: %1</source>
        <translation>no se puede copiar la base de datos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot archive %1</source>
        <translation>no se puede archivar %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not empty: restore only into a new or empty folder</source>
        <translation>%1 no está vacía: restaure solo en una carpeta nueva o vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is not a Poplar backup or is damaged</source>
        <translation>%1 no es una copia de seguridad de Poplar o está dañada</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+407"/>
        <source>the database has no readable schema version</source>
        <translation>la base de datos no tiene una versión de esquema legible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database was written by a newer Poplar (schema %1, this build reads %2)</source>
        <translation>la base de datos la escribió un Poplar más reciente (esquema %1, esta versión lee %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile is read-only and was written by an older Poplar: open it once where it can be written</source>
        <translation>el perfil es de solo lectura y lo escribió un Poplar más antiguo: ábralo una vez donde se pueda escribir</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Export</name>
    <message>
        <location filename="../core/store/Export.cpp" line="+222"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Integrity</name>
    <message>
        <location filename="../core/store/Integrity.cpp" line="+124"/>
        <source>sound</source>
        <translation>intacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>falta el archivo guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file truncated or grown</source>
        <translation>archivo guardado truncado o alargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file altered</source>
        <translation>archivo guardado alterado</translation>
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
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+25"/>
        <source>download of %1 not finished</source>
        <translation>la descarga de %1 no ha terminado</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot move %1 into place</source>
        <translation>no se puede mover %1 a su sitio</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+80"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+482"/>
        <source>cannot sync %1</source>
        <translation>no se puede sincronizar %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Profile</name>
    <message>
        <location filename="../core/store/Profile.cpp" line="+27"/>
        <source>cannot create the profile directory %1</source>
        <translation>no se puede crear la carpeta de perfil %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the profile is read-only (its folder or database cannot be written): nothing can be changed in it</source>
        <translation>el perfil es de solo lectura (no se puede escribir en su carpeta o su base de datos): no se puede cambiar nada en él</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::PasswordCommand</name>
    <message>
        <location filename="../core/sync/PasswordCommand.cpp" line="+20"/>
        <source>the password command printed more than %1 bytes</source>
        <translation>el comando de contraseña imprimió más de %1 bytes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the password command did not finish in time</source>
        <translation>el comando de contraseña no terminó a tiempo</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+53"/>
        <source>the password command failed</source>
        <translation>el comando de contraseña ha fallado</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::RetentionWarning</name>
    <message>
        <location filename="../core/sync/RetentionWarning.cpp" line="+22"/>
        <source>The server deletes messages as soon as they are retrieved (EXPIRE 0), although this account keeps them on the server.</source>
        <translation>El servidor borra los mensajes en cuanto se recuperan (EXPIRE 0), aunque esta cuenta los conserva en el servidor.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account keeps them on the server.</source>
        <translation>
            <numerusform>El servidor borra los mensajes recuperados tras %n día (EXPIRE), antes de lo que esta cuenta los conserva en el servidor.</numerusform>
            <numerusform>El servidor borra los mensajes recuperados tras %n días (EXPIRE), antes de lo que esta cuenta los conserva en el servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::Runner</name>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+65"/>
        <source>The proxy&apos;s password could not be read from the keychain: %1. Enter it in the account&apos;s proxy settings (poplar-sync: account set-proxy-password).</source>
        <translation>No se pudo leer la contraseña del proxy del llavero: %1. Introdúzcala en los ajustes de proxy de la cuenta (poplar-sync: account set-proxy-password).</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-383"/>
        <source>busy: %1 is writing this account</source>
        <translation>ocupado: %1 está escribiendo en esta cuenta</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+75"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+116"/>
        <location filename="../core/sync/SyncService.cpp" line="+203"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+68"/>
        <source>The server refused to list its messages.</source>
        <translation>El servidor se ha negado a listar sus mensajes.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>cannot write the downloaded message to disk</source>
        <translation>no se puede escribir en el disco el mensaje descargado</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncService</name>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="+106"/>
        <source>The profile is not open.</source>
        <translation>El perfil no está abierto.</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Classifier</name>
    <message>
        <location filename="../core/triage/Classifier.cpp" line="+207"/>
        <source>no spam classifier is set up</source>
        <translation>no hay ningún clasificador de spam configurado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bogofilter failed to learn (exit status %1)</source>
        <translation>bogofilter no pudo aprender (estado de salida %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training command is set up</source>
        <translation>no hay ninguna orden de entrenamiento configurada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the training command failed (exit status %1)</source>
        <translation>la orden de entrenamiento falló (estado de salida %1)</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Rule</name>
    <message>
        <location filename="../core/triage/Rule.cpp" line="+110"/>
        <source>Mark as spam</source>
        <translation>Marcar como spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete on the server at once</source>
        <translation>Eliminar en el servidor de inmediato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark for deletion on the server</source>
        <translation>Marcar para eliminar en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never download (keep on the server, hidden)</source>
        <translation>No descargar nunca (mantener en el servidor, oculto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always download</source>
        <translation>Descargar siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download now</source>
        <translation>Descargar ahora</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>«%1» no es un nombre de cabecera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;is yes&quot; or &quot;is no&quot;</source>
        <translation>%1 admite «is yes» o «is no»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>greater and less compare size or score</source>
        <translation>greater y less comparan el tamaño o la puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is compared with is, greater or less</source>
        <translation>%1 se compara con is, greater o less</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is longer than %1 characters</source>
        <translation>el patrón tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is not valid: %1</source>
        <translation>el patrón no es válido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern repeats a group that repeats itself, which can take very long to match</source>
        <translation>el patrón repite un grupo que se repite a sí mismo, lo que puede tardar mucho en comparar</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::RuleFile</name>
    <message>
        <location filename="../core/triage/RuleFile.cpp" line="+90"/>
        <source>a condition is: [not] FIELD contains|is|matches|greater|less VALUE</source>
        <translation>una condición es: [not] CAMPO contains|is|matches|greater|less VALOR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>operador desconocido «%1»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote is not closed</source>
        <translation>unas comillas no están cerradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected: rule &quot;NAME&quot;</source>
        <translation>se esperaba: rule &quot;NOMBRE&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>acción desconocida «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delete-on-server may be followed by without-review</source>
        <translation>solo delete-on-server puede ir seguido de without-review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule &quot;%1&quot; has no condition</source>
        <translation>la regla «%1» no tiene ninguna condición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule &quot;%1&quot; has no action (then ...)</source>
        <translation>la regla «%1» no tiene acción (then ...)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>inesperado: «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule &quot;%1&quot; has no end</source>
        <translation>la regla «%1» no tiene end</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::SpamHints</name>
    <message>
        <location filename="../core/triage/SpamHints.cpp" line="+58"/>
        <source>The provider marked it as spam (X-Spam-Flag).</source>
        <translation>El proveedor lo marcó como spam (X-Spam-Flag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s filter rated it spam (X-Spam-Status).</source>
        <translation>El filtro del proveedor lo consideró spam (X-Spam-Status).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (%1).</source>
        <translation>Rspamd lo consideró spam (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (X-Spamd-Result).</source>
        <translation>Rspamd lo consideró spam (X-Spamd-Result).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider marked it as spam (X-Spam).</source>
        <translation>El proveedor lo marcó como spam (X-Spam).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DMARC failed for the sender&apos;s domain %1.</source>
        <translation>DMARC falló para el dominio del remitente %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPF failed: the sending server may not send for %1.</source>
        <translation>SPF falló: el servidor de envío no puede enviar en nombre de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its DKIM signature for %1 did not verify.</source>
        <translation>Su firma DKIM para %1 no se verificó.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SPF soft-failed for %1 (Received-SPF).</source>
        <translation>SPF falló parcialmente para %1 (Received-SPF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF failed for %1 (Received-SPF).</source>
        <translation>SPF falló para %1 (Received-SPF).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies would go to %1, not to the sender&apos;s domain %2.</source>
        <translation>Las respuestas irían a %1, no al dominio del remitente %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name shown is the address %1, but it was sent from %2.</source>
        <translation>El nombre mostrado es la dirección %1, pero se envió desde %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Its Message-ID comes from %1, unrelated to the sender&apos;s domain %2.</source>
        <translation>Su Message-ID procede de %1, sin relación con el dominio del remitente %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It has no date.</source>
        <translation>No tiene fecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its date cannot be read.</source>
        <translation>Su fecha no se puede leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated in the future (%1).</source>
        <translation>Está fechado en el futuro (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated long ago (%1).</source>
        <translation>Está fechado hace mucho tiempo (%1).</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::TriageStore</name>
    <message>
        <location filename="../core/triage/TriageStore.cpp" line="+97"/>
        <source>no account named %1</source>
        <translation>no hay ninguna cuenta llamada %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Triager</name>
    <message>
        <location filename="../core/triage/Triager.cpp" line="+27"/>
        <source>The classifier (%1) rates it spam (%2).</source>
        <translation>El clasificador (%1) lo considera spam (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) is unsure (%2).</source>
        <translation>El clasificador (%1) no está seguro (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) rates it not spam (%2).</source>
        <translation>El clasificador (%1) considera que no es spam (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sender is on your blocklist.</source>
        <translation>El remitente está en su lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is a friend: never spam.</source>
        <translation>El remitente es un amigo: nunca es spam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You marked it as spam.</source>
        <translation>Lo marcó como spam.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You marked it as not spam.</source>
        <translation>Lo marcó como no spam.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rule &quot;%1&quot;: %2.</source>
        <translation>Regla «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountList</name>
    <message>
        <location filename="../ui/AccountList.cpp" line="+103"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Checked %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+44"/>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit Account %1</source>
        <translation>Editar la cuenta %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This account would send your password unencrypted, and you have not agreed to that. Go back to the server settings.</source>
        <translation>Esta cuenta enviaría su contraseña sin cifrar, y usted no lo ha aceptado. Vuelva a la configuración del servidor.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already an account named “%1”. Go back and choose another name.</source>
        <translation>Ya existe una cuenta llamada «%1». Vuelva atrás y elija otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account could not be saved: %1</source>
        <translation>No se ha podido guardar la cuenta: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password Not Remembered</source>
        <translation>Contraseña no recordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is saved, but no keychain is available to keep its password (%2).

Poplar never writes passwords to its own files, so it will ask you for this one when it checks the account, unless you let it remember the password until it quits. To have it remembered for good, run a Secret Service (such as GNOME Keyring or KWallet) and enter the password again under File &gt; Account Settings.</source>
        <translation>La cuenta %1 está guardada, pero no hay ningún llavero disponible para guardar su contraseña (%2).

Poplar nunca escribe contraseñas en sus propios archivos, así que se la pedirá al comprobar la cuenta, a menos que le deje recordarla hasta que se cierre. Para que la recuerde siempre, ejecute un Secret Service (como GNOME Keyring o KWallet) y vuelva a introducir la contraseña en Archivo &gt; Configuración de la cuenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember Until Poplar Quits</source>
        <translation>&amp;Recordar hasta cerrar Poplar</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountsDialog</name>
    <message>
        <location filename="../ui/wizard/AccountsDialog.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2 on %3:%4 (%5)</source>
        <translation>%1 — %2 en %3:%4 (%5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” (%2 on %3)?

Its password is removed from the keychain, and its messages disappear from Poplar&apos;s list. Messages on the server are not touched.

Also delete the messages downloaded from this account from this computer?</source>
        <translation>¿Eliminar la cuenta «%1» (%2 en %3)?

Su contraseña se borra del llavero y sus mensajes desaparecen de la lista de Poplar. Los mensajes del servidor no se tocan.

¿Borrar también de este equipo los mensajes descargados de esta cuenta?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove and &amp;Delete Messages</source>
        <translation>Eliminar y &amp;borrar los mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove, &amp;Keep Messages</source>
        <translation>Eliminar y &amp;conservar los mensajes</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::CertificateDialog</name>
    <message>
        <location filename="../ui/wizard/CertificateDialog.cpp" line="+37"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untrusted Certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1 port %2 presented a certificate Poplar cannot verify.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could be pretending to be it. Trust this certificate only if you can confirm its SHA-256 fingerprint another way (your provider&apos;s web page, your administrator). Only this exact certificate will be trusted, only for this server and port; if it ever changes, Poplar asks again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1, puerto %2, ha presentado un certificado que Poplar no puede verificar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alguien entre usted y el servidor podría estar haciéndose pasar por él. Confíe en este certificado solo si puede confirmar su huella SHA-256 por otra vía (la página web de su proveedor, su administrador). Solo se confiará en este certificado exacto, y solo para este servidor y puerto; si alguna vez cambia, Poplar volverá a preguntar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1:%2</source>
        <translation>Servidor: %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate could not be verified.</source>
        <translation>No se ha podido verificar el certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented no certificate.</source>
        <translation>El servidor no ha presentado ningún certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2</source>
        <translation>Válido del %1 al %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (expired)</source>
        <translation> (caducado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not yet valid)</source>
        <translation> (aún no válido)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>Número de serie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Chain (%n certificate(s), server&apos;s first):</source>
        <translation>
            <numerusform>Cadena (%n certificado, el del servidor primero):</numerusform>
            <numerusform>Cadena (%n certificados, el del servidor primero):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trust This Certificate for %1:%2</source>
        <translation>Confiar en es&amp;te certificado para %1:%2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/ConnectionTestPage.cpp" line="+27"/>
        <source>Test &amp;Again</source>
        <translation>Probar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Certificate…</source>
        <translation>Ver el &amp;certificado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings even though the test did not succeed</source>
        <translation>Guardar esta configuración aunque la prueba no haya salido bien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing the Connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar logs in once with these settings; no message is downloaded or deleted.</source>
        <translation>Poplar inicia sesión una vez con esta configuración; no se descarga ni se elimina ningún mensaje.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Connecting to %1 port %2…</source>
        <translation>Conectando con %1, puerto %2…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password was typed, and the stored one could not be read (%1). Go back and type it to test the connection.</source>
        <translation>No se ha escrito ninguna contraseña y no se ha podido leer la guardada (%1). Vuelva atrás y escríbala para probar la conexión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account would send the password unencrypted, which you have not agreed to.</source>
        <translation>Esta cuenta enviaría la contraseña sin cifrar, y usted no lo ha aceptado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected; asking the server what it offers…</source>
        <translation>Conectado; preguntando al servidor qué ofrece…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login worked.</source>
        <translation>El inicio de sesión ha funcionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1 with %2.</source>
        <translation>Sesión iniciada como %1 con %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: NOT encrypted. The password and your mail crossed the network readable.</source>
        <translation>Conexión: SIN cifrar. La contraseña y su correo han cruzado la red legibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted from the start (TLS).</source>
        <translation>Conexión: cifrada desde el principio (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted after STLS.</source>
        <translation>Conexión: cifrada tras STLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: trusted because you chose to trust this one (SHA-256 %1).</source>
        <translation>Certificado: de confianza porque usted decidió confiar en este (SHA-256 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting: %1</source>
        <translation>Saludo del servidor: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities: %1</source>
        <translation>Capacidades: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not announced</source>
        <translation>no anunciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server software: %1</source>
        <translation>Software del servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server does not offer UIDL, which Poplar needs to recognise messages it has already seen.</source>
        <translation>Aviso: el servidor no ofrece UIDL, que Poplar necesita para reconocer los mensajes que ya ha visto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the server does not offer TOP, so previews need the whole message.</source>
        <translation>Nota: el servidor no ofrece TOP, así que las vistas previas necesitan el mensaje completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server deletes messages as soon as they are downloaded (EXPIRE 0), whatever Poplar is set to do.</source>
        <translation>Aviso: el servidor elimina los mensajes en cuanto se descargan (EXPIRE 0), sea cual sea la configuración de Poplar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).</source>
        <translation>
            <numerusform>Nota: el servidor elimina los mensajes %n día después de descargarlos (EXPIRE).</numerusform>
            <numerusform>Nota: el servidor elimina los mensajes %n días después de descargarlos (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server allows a login only every %n minute(s).</source>
        <translation>
            <numerusform>Nota: el servidor solo permite iniciar sesión una vez por minuto.</numerusform>
            <numerusform>Nota: el servidor solo permite iniciar sesión una vez cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What happened: %1</source>
        <translation>Qué ha pasado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem: %1</source>
        <translation>Problema con el certificado: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DeletedDialog</name>
    <message>
        <location filename="../ui/DeletedDialog.cpp" line="+24"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>Añadir remitente a &amp;amigos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on Server</source>
        <translation>Eliminados en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sender, subject, headers or rule</source>
        <translation>Buscar remitente, asunto, cabeceras o regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account policy</source>
        <translation>Política de la cuenta</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DetectPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="+38"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, trusted</source>
        <translation>cifrado, de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, certificate not trusted</source>
        <translation>cifrado, certificado no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT encrypted</source>
        <translation>SIN cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>no utilizable</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Use this server without encryption. I accept that my password and my mail can be read by anyone on the network path.</source>
        <translation>Usar este servidor sin cifrado. Acepto que cualquiera en la red pueda leer mi contraseña y mi correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review or change the settings by hand</source>
        <translation>Revisar o cambiar la configuración a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search &amp;Again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding Your Server</source>
        <translation>Buscando su servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS records, your provider&apos;s published settings and the usual server names are tried at once.</source>
        <translation>Se prueban a la vez los registros DNS, la configuración publicada por su proveedor y los nombres de servidor habituales.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Looking for the server of %1…</source>
        <translation>Buscando el servidor de %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — chosen</source>
        <translation>%1 — elegido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP3 server was found for %1. Next lets you enter the settings yourself.</source>
        <translation>No se ha encontrado ningún servidor POP3 para %1. Con Siguiente puede introducir la configuración usted mismo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found %1.</source>
        <translation>Se ha encontrado %1.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DocumentationDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="+68"/>
        <source>Poplar Documentation</source>
        <translation>Documentación de Poplar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The documentation is missing from this build.</source>
        <translation>La documentación falta en esta compilación.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorBar</name>
    <message>
        <location filename="../ui/ErrorBar.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server said: “%1”</source>
        <translation>El servidor dijo: «%1»</translation>
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
        <translation>El almacén local ha fallado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local store failed</source>
        <translation>Falló el almacén local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign In Again...</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter &amp;Password Again...</source>
        <translation>Introducir la &amp;contraseña de nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Account...</source>
        <translation>&amp;Editar cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust Certificate...</source>
        <translation>&amp;Confiar en el certificado…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the password for %1 on %2. Type it again; Poplar keeps it in memory until it quits.</source>
        <translation>El servidor rechazó la contraseña de %1 en %2. Escríbala de nuevo; Poplar la guarda en memoria hasta que se cierre.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="-226"/>
        <source>I will enter the server settings myself</source>
        <translation>Introduciré yo mismo la configuración del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your e-mail address and password; Poplar looks up the rest.</source>
        <translation>Escriba su dirección de correo y su contraseña; Poplar busca el resto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Work (the address if left empty)</source>
        <translation>p. ej., Trabajo (la dirección si se deja vacío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>usted@ejemplo.es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;E-mail address:</source>
        <translation>Dirección de &amp;correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nombre de la cuenta:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change what you need; the server settings follow on the next pages.</source>
        <translation>Cambie lo que necesite; la configuración del servidor sigue en las páginas siguientes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the password empty to keep the one stored in the keychain. Type an address and untick the box above to look the server up again.</source>
        <translation>Deje la contraseña vacía para conservar la guardada en el llavero. Escriba una dirección y desmarque la casilla de arriba para volver a buscar el servidor.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+22"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Another Program</source>
        <translation>Importar desde otro programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its usual places</source>
        <translation>Sus lugares habituales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already fetched</source>
        <translation>Ya descargados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the Other Program</source>
        <translation>Carpeta del otro programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poplar reads the other program&apos;s settings and the list of messages it already fetched, so those are not downloaded again. It never reads passwords and never changes the other program&apos;s files.</source>
        <translation>Poplar lee la configuración del otro programa y la lista de mensajes que ya descargó, para no descargarlos de nuevo. Nunca lee contraseñas ni modifica los archivos del otro programa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no record found</source>
        <translation>no se encontró registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>Se encontró %n cuenta.</numerusform>
            <numerusform>Se encontraron %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: added; %n message(s) already fetched will not be downloaded again.</source>
        <translation>
            <numerusform>%1: añadida; %n mensaje ya descargado no se volverá a descargar.</numerusform>
            <numerusform>%1: añadida; %n mensajes ya descargados no se volverán a descargar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: already in Poplar, settings kept; %n message(s) recorded as fetched.</source>
        <translation>
            <numerusform>%1: ya está en Poplar, se conserva la configuración; %n mensaje registrado como descargado.</numerusform>
            <numerusform>%1: ya está en Poplar, se conserva la configuración; %n mensajes registrados como descargados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are never imported: Poplar asks for each new account&apos;s password at its first check, or set it under Account Settings.</source>
        <translation>Las contraseñas nunca se importan: Poplar pide la de cada cuenta nueva en su primera comprobación, o puede indicarla en la configuración de la cuenta.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="+30"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing messages…</source>
        <translation>Listando mensajes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching headers…</source>
        <translation>Obteniendo cabeceras…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server…</source>
        <translation>Eliminando en el servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching headers %1 of %2</source>
        <translation>Obteniendo cabeceras: %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1 of %2</source>
        <translation>Descargando: %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server %1 of %2</source>
        <translation>Eliminando en el servidor: %1 de %2</translation>
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
        <translation>No se ha podido guardar un cambio: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be saved: %1</source>
        <translation>No se ha podido guardar la cuenta: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account could not be removed: %1</source>
        <translation>No se ha podido eliminar la cuenta: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/MessageExport.cpp" line="+93"/>
        <source>The messages could not be read from the profile: %1</source>
        <translation>No se pudieron leer los mensajes del perfil: %1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The profile could not be opened: %1</source>
        <translation>No se ha podido abrir el perfil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet. Add one with File &gt; Add Account.</source>
        <translation>Aún no hay cuentas. Añada una con Archivo &gt; Añadir cuenta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Check</source>
        <extracomment>Verb: check the selected account for new mail (menu and toolbar)</extracomment>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected account for new messages (F5)</source>
        <translation>Comprobar si hay mensajes nuevos en la cuenta seleccionada (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All</source>
        <extracomment>Verb: check every account for new mail</extracomment>
        <translation>Comprobar t&amp;odas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the selected messages (Ctrl+D)</source>
        <translation>Descargar los mensajes seleccionados (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete on Server...</source>
        <translation>E&amp;liminar del servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected messages on the server at the next check (Shift+Del)</source>
        <translation>Eliminar los mensajes seleccionados en el servidor en la próxima comprobación (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translation>Des&amp;hacer eliminación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Selected...</source>
        <translation>E&amp;xportar selección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages to Folder</source>
        <translation>Exportar mensajes a una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Selected as &amp;mbox...</source>
        <translation>Exportar selección como &amp;mbox…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages as mbox</source>
        <translation>Exportar mensajes como mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation>Archivos mbox (*.mbox);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify Stored Messages...</source>
        <translation>&amp;Verificar mensajes guardados...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;Log</source>
        <translation>&amp;Registro del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview &amp;Below List</source>
        <translation>Vista previa &amp;bajo la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Account...</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Another Program...</source>
        <translation>&amp;Importar desde otro programa...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Settings...</source>
        <translation>&amp;Configuración de la cuenta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove Account...</source>
        <translation>&amp;Eliminar cuenta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Poplar</source>
        <translation>Acerca &amp;de Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Poplar</source>
        <translation>Acerca de Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar %1: check, preview and download mail from POP3 servers.</source>
        <translation>Poplar %1: comprobar, previsualizar y descargar correo de servidores POP3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+26"/>
        <source>Select a message to see it here.</source>
        <translation>Seleccione un mensaje para verlo aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n mensaje seleccionado.</numerusform>
            <numerusform>%n mensajes seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>No se pudo leer el mensaje del perfil: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete on Server</source>
        <translation>Eliminar del servidor</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) on the server at the next check? Until then, Undo keeps them.</source>
        <translation>
            <numerusform>¿Eliminar %n mensaje del servidor en la próxima comprobación? Hasta entonces, Deshacer lo conserva.</numerusform>
            <numerusform>¿Eliminar %n mensajes del servidor en la próxima comprobación? Hasta entonces, Deshacer los conserva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) will be deleted on the server at the next check.</source>
        <translation>
            <numerusform>%n mensaje se eliminará del servidor en la próxima comprobación.</numerusform>
            <numerusform>%n mensajes se eliminarán del servidor en la próxima comprobación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="+73"/>
        <source> · %1 of %2</source>
        <comment>bytes done of total</comment>
        <translation> · %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · %1:%2 left</source>
        <translation> · quedan %1:%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; trying again in a minute</source>
        <translation>%1; se volverá a intentar en un minuto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local store failed: %1</source>
        <translation>El almacén local ha fallado: %1</translation>
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
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n descargado</numerusform>
            <numerusform>%n descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n eliminado del servidor</numerusform>
            <numerusform>%n eliminados del servidor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail</source>
        <translation>Correo nuevo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n mensaje nuevo en %1</numerusform>
            <numerusform>%n mensajes nuevos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2.
It could not be read from the keychain (%3), so Poplar keeps it in memory until it quits.</source>
        <translation>Contraseña de %1 en %2.
No se ha podido leer del llavero (%3), así que Poplar la guarda en memoria hasta que se cierre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password</source>
        <translation>Sin contraseña</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageExport.cpp" line="-47"/>
        <source>Downloading %n message(s) from the server…</source>
        <translation>
            <numerusform>Descargando %n mensaje del servidor…</numerusform>
            <numerusform>Descargando %n mensajes del servidor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/StoredMessageDialogs.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n message(s) not downloaded yet: downloading them now; drag them again once they are.</source>
        <translation>
            <numerusform>%n mensaje aún no descargado: se está descargando; arrástrelo de nuevo cuando termine.</numerusform>
            <numerusform>%n mensajes aún no descargados: se están descargando; arrástrelos de nuevo cuando terminen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the messages could not be downloaded: %1</source>
        <translation>no se pudieron descargar los mensajes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>%n mensaje exportado a %1</numerusform>
            <numerusform>%n mensajes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../ui/StoredMessageDialogs.cpp" line="-14"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) not exported: the stored file is missing or damaged.</source>
        <translation>
            <numerusform>%n mensaje no exportado: el archivo guardado falta o está dañado.</numerusform>
            <numerusform>%n mensajes no exportados: el archivo guardado falta o está dañado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking stored messages…</source>
        <translation>Comprobando los mensajes guardados…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verify Stored Messages</source>
        <translation>Verificar mensajes guardados</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n stored message(s) are sound.</source>
        <translation>
            <numerusform>El %n mensaje guardado está intacto.</numerusform>
            <numerusform>Los %n mensajes guardados están intactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stored message(s) are missing or damaged. Download fetches them again while the server still has them.</source>
        <translation>
            <numerusform>%n mensaje guardado falta o está dañado. Descargar lo obtiene de nuevo mientras el servidor aún lo tenga.</numerusform>
            <numerusform>%n mensajes guardados faltan o están dañados. Descargar los obtiene de nuevo mientras el servidor aún los tenga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+65"/>
        <source>Poplar: %n new message(s)</source>
        <translation>
            <numerusform>Poplar: %n mensaje nuevo</numerusform>
            <numerusform>Poplar: %n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Poplar (%n new)</source>
        <comment>window title</comment>
        <translation>
            <numerusform>Poplar (%n nuevo)</numerusform>
            <numerusform>Poplar (%n nuevos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ManualPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+34"/>
        <source>I accept that my password and my mail cross the network unencrypted, readable by anyone on the way.</source>
        <translation>Acepto que mi contraseña y mi correo crucen la red sin cifrar, legibles para cualquiera en el camino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a refused secure login method (such as APOP), also send the password unencrypted</source>
        <translation>Tras rechazarse un método de inicio de sesión seguro (como APOP), enviar también la contraseña sin cifrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server Settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming (POP3) server, as your provider documents it.</source>
        <translation>El servidor de entrada (POP3), tal como lo documenta su proveedor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS from the start (usually port 995)</source>
        <translation>TLS desde el principio (normalmente puerto 995)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS: TLS after connecting (usually port 110)</source>
        <translation>STLS: TLS tras conectar (normalmente puerto 110)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: password and mail unencrypted</source>
        <translation>Ninguna: contraseña y correo sin cifrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: the strongest the server offers</source>
        <translation>Automático: el más seguro que ofrezca el servidor</translation>
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
        <translation>XOAUTH2 (el campo de contraseña contiene un token de acceso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAUTHBEARER (password field holds an access token)</source>
        <translation>OAUTHBEARER (el campo de contraseña contiene un token de acceso)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: a PEM file of extra certificate authorities</source>
        <translation>opcional: un archivo PEM con autoridades de certificación adicionales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login method:</source>
        <translation>Método de &amp;inicio de sesión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de usuari&amp;o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageActions</name>
    <message>
        <location filename="../ui/MessageActions.cpp" line="+25"/>
        <source>Poplar is a retrieval client: your mail program writes and sends it.</source>
        <translation>Poplar solo recibe correo: su programa de correo lo escribe y lo envía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply in Mail Program</source>
        <translation>&amp;Responder en el programa de correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to &amp;All in Mail Program</source>
        <translation>Responder a &amp;todos en el programa de correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward in Mail Program</source>
        <translation>Reen&amp;viar en el programa de correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the downloaded message in your mail program to forward it. %1</source>
        <translation>Abre el mensaje descargado en su programa de correo para reenviarlo. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the message as the preview shows it (remote content stays blocked)</source>
        <translation>Imprimir el mensaje tal como lo muestra la vista previa (el contenido remoto sigue bloqueado)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>M&amp;essage</source>
        <translation>M&amp;ensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poplar is a retrieval client: replies are written in your mail program.</source>
        <translation>Poplar solo recibe correo: las respuestas se escriben en su programa de correo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mail Program</source>
        <translation>Programa de correo</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>No se pudo leer el mensaje del perfil: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No mail program is set up to write messages (mailto: links). Choose one in your desktop&apos;s settings for default applications.</source>
        <translation>No hay ningún programa de correo configurado para escribir mensajes (enlaces mailto:). Elija uno en la configuración de aplicaciones predeterminadas de su escritorio.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be created</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be written for your mail program: %1</source>
        <translation>No se pudo escribir el mensaje para su programa de correo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored copy of this message is damaged; download it again first.</source>
        <translation>La copia guardada de este mensaje está dañada; descárguelo de nuevo primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program is set up to open e-mail files (.eml). The message was saved as %1.</source>
        <translation>No hay ningún programa configurado para abrir archivos de correo (.eml). El mensaje se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageWindow</name>
    <message>
        <location filename="../ui/MessageWindow.cpp" line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir…</translation>
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
        <translation>No se pudo abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PolicyPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+92"/>
        <source>&amp;Leave messages on the server</source>
        <translation>De&amp;jar los mensajes en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server &amp;this many days after downloading:</source>
        <translation>Eliminar del servidor este número de &amp;días tras descargarlos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server when I &amp;delete them in Poplar</source>
        <translation>Eliminar del servidor cuando los &amp;borre en Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server as soon as they are safely &amp;downloaded</source>
        <translation>Eliminar del servidor en cuanto estén descargados a sal&amp;vo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only the &amp;headers of messages larger than:</source>
        <translation>Descargar solo las c&amp;abeceras de los mensajes mayores de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check for new mail every:</source>
        <translation>Co&amp;mprobar el correo cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail on the Server</source>
        <translation>Correo en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar deletes a message on the server only after it is safely stored here.</source>
        <translation>Poplar solo elimina un mensaje del servidor cuando ya está guardado a salvo aquí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After downloading</source>
        <translation>Tras la descarga</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Preview of a message still on the server:</source>
        <translation>&amp;Vista previa de un mensaje aún en el servidor:</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
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
        <translation>En el acto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <comment>after N days</comment>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark a message as &amp;read after it is shown for:</source>
        <translation>Marcar un mensaje como &amp;leído tras mostrarlo durante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete messages in the &amp;Trash for good after:</source>
        <translation>Eliminar definitivamente los mensajes de la &amp;papelera tras:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="+26"/>
        <source>&amp;Save Attachment...</source>
        <translation>&amp;Guardar adjunto…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a message to see it here.</source>
        <translation>Seleccione un mensaje para verlo aquí.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only the headers and first lines are shown; the message is still on the server. &lt;a href=&quot;download&quot;&gt;Download it&lt;/a&gt;</source>
        <translation>Solo se muestran las cabeceras y las primeras líneas; el mensaje sigue en el servidor. &lt;a href=&quot;download&quot;&gt;Descargarlo&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remote content was blocked (%n item(s)).</source>
        <translation>
            <numerusform>Se ha bloqueado contenido remoto (%n elemento).</numerusform>
            <numerusform>Se ha bloqueado contenido remoto (%n elementos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Unnamed (%1)</source>
        <translation>Sin nombre (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This message is too large to show whole; only its first %1 are shown.</source>
        <translation>Este mensaje es demasiado grande para mostrarlo entero; solo se muestran sus primeros %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview was cut: the server sent more than Poplar keeps for one.</source>
        <translation>La vista previa se ha recortado: el servidor envió más de lo que Poplar guarda para una.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
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
        <translation>Los ajustes de proxy del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy: connect directly</source>
        <translation>Sin proxy: conectar directamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5 (the proxy also looks up the server&apos;s name)</source>
        <translation>SOCKS5 (el proxy también resuelve el nombre del servidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy (CONNECT)</source>
        <translation>Proxy HTTP (CONNECT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the proxy asks for one</source>
        <translation>solo si el proxy lo pide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the desktop or the all_proxy, http_proxy and no_proxy variables say.</source>
        <translation>Según indiquen el escritorio o las variables all_proxy, http_proxy y no_proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Host del proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>P&amp;uerto del proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy us&amp;er:</source>
        <translation>Usuari&amp;o del proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>Contraseña del pro&amp;xy:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stored in the keychain; type to change</source>
        <translation>guardada en el llavero; escriba para cambiarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the keychain</source>
        <translation>se guarda en el llavero</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Introduzca el nombre de host del proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name and password must not contain line breaks.</source>
        <translation>El nombre de usuario y la contraseña del proxy no deben contener saltos de línea.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ReadStateActions</name>
    <message>
        <location filename="../ui/ReadStateActions.cpp" line="+16"/>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toggle Read</source>
        <translation>&amp;Alternar leído</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected messages as read, or as unread when all are read (Ctrl+Shift+U)</source>
        <translation>Marcar los mensajes seleccionados como leídos, o como no leídos si todos están leídos (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RuleEditDialog</name>
    <message>
        <location filename="../ui/RulesDialog.cpp" line="+43"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches (regular expression)</source>
        <translation>coincide con (expresión regular)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greater than</source>
        <translation>mayor que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than</source>
        <translation>menor que</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &amp;without review (in the check that finds it)</source>
        <translation>Eliminar &amp;sin revisión (en la comprobación que lo encuentra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Rule</source>
        <translation>Editar regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all conditions hold</source>
        <translation>se cumplen todas las condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any condition holds</source>
        <translation>se cumple alguna condición</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applies when:</source>
        <translation>Se &amp;aplica cuando:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Condition</source>
        <translation>Añadir &amp;condición</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Then:</source>
        <translation>&amp;Entonces:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s domain</source>
        <translation>Dominio del remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview text</source>
        <translation>Texto de la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender is a friend</source>
        <translation>El remitente es un amigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender is blocked</source>
        <translation>El remitente está bloqueado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judged spam</source>
        <translation>Considerado spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam score</source>
        <translation>Puntuación de spam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the rule a name.</source>
        <translation>Dé un nombre a la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one condition.</source>
        <translation>Añada al menos una condición.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RulesDialog</name>
    <message>
        <location line="+14"/>
        <source>Add the senders of downloaded and kept messages to &amp;friends</source>
        <translation>Añadir a &amp;amigos los remitentes de los mensajes descargados y conservados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triage Rules</source>
        <translation>Reglas de clasificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last match</source>
        <translation>Última coincidencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Rules</source>
        <translation>Importar reglas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be imported: %1</source>
        <translation>No se pudo importar el archivo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Rules</source>
        <translation>Exportar reglas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the record of deleted messages for:</source>
        <translation>&amp;Conservar el registro de mensajes eliminados durante:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (disabled)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No spam classifier: install bogofilter to have one learn from Mark as Spam.</source>
        <translation>No hay clasificador de spam: instale bogofilter para tener uno que aprenda de «Marcar como spam».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam classifier: %1, learning from Mark as Spam / Not Spam.</source>
        <translation>Clasificador de spam: %1, aprende de «Marcar como spam / no spam».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SearchFilter</name>
    <message>
        <location filename="../ui/SearchFilter.cpp" line="+15"/>
        <source>Search: words, &quot;a phrase&quot;, from:, subject: (Ctrl+F)</source>
        <translation>Buscar: palabras, &quot;una frase&quot;, from:, subject: (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur, in the sender, recipients, subject or text, accents and case ignored. &quot;Quotes&quot; find a phrase, word* finds words beginning so, and from:, to:, subject: or body: before a word or phrase look only there.</source>
        <translation>Cada palabra debe aparecer, en el remitente, los destinatarios, el asunto o el texto, sin importar acentos ni mayúsculas. Las &quot;comillas&quot; buscan una frase, palabra* las palabras que empiezan así, y from:, to:, subject: o body: delante de una palabra o frase buscan solo ahí.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerFactsBox</name>
    <message>
        <location filename="../ui/wizard/ServerFactsBox.cpp" line="+12"/>
        <source>What the server says</source>
        <translation>Lo que dice el servidor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poplar has not logged in to this server yet. How long it keeps retrieved mail, and how often it lets you log in, show here after the first check.</source>
        <translation>Poplar aún no ha iniciado sesión en este servidor. Cuánto tiempo guarda el correo recuperado y con qué frecuencia permite iniciar sesión se muestran aquí tras la primera comprobación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It did not say how long it keeps retrieved messages.</source>
        <translation>No indicó cuánto tiempo guarda los mensajes recuperados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps retrieved messages for as long as you leave them (EXPIRE NEVER).</source>
        <translation>Guarda los mensajes recuperados mientras usted los deje allí (EXPIRE NEVER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It deletes messages as soon as they are retrieved (EXPIRE 0).</source>
        <translation>Elimina los mensajes en cuanto se recuperan (EXPIRE 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It deletes retrieved messages after %n day(s) (EXPIRE).</source>
        <translation>
            <numerusform>Elimina los mensajes recuperados después de %n día (EXPIRE).</numerusform>
            <numerusform>Elimina los mensajes recuperados después de %n días (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It allows one login every %n minute(s) (LOGIN-DELAY).</source>
        <translation>
            <numerusform>Permite un inicio de sesión cada %n minuto (LOGIN-DELAY).</numerusform>
            <numerusform>Permite un inicio de sesión cada %n minutos (LOGIN-DELAY).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It announces no least time between logins.</source>
        <translation>No anuncia un tiempo mínimo entre inicios de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the last login, %1: %2 %3</source>
        <translation>En el último inicio de sesión, %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerLogDialog</name>
    <message>
        <location filename="../ui/ServerLogDialog.cpp" line="+16"/>
        <source>Server Log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear...</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Clear Server Log</source>
        <translation>Borrar el registro del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the server log? The conversation of every session so far is lost.</source>
        <translation>¿Borrar el registro del servidor? Se perderá la conversación de todas las sesiones hasta ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="-37"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SignInBox</name>
    <message>
        <location filename="../ui/wizard/SignInBox.cpp" line="+65"/>
        <source>Sign in with %1…</source>
        <translation>Iniciar sesión con %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation>Esperando a que inicie sesión con %1 en el navegador…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in with %1. No password is needed; the sign-in is kept in the keychain.</source>
        <translation>Sesión iniciada con %1. No se necesita contraseña; el inicio de sesión se guarda en el llavero.</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::StoredMessageWindow</name>
    <message>
        <location filename="../ui/StoredMessageWindow.cpp" line="+16"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous message in the list (P)</source>
        <translation>El mensaje anterior de la lista (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next message in the list (N)</source>
        <translation>El mensaje siguiente de la lista (N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <extracomment>Name of the message window&apos;s toolbar</extracomment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The message is no longer in the profile.</source>
        <translation>El mensaje ya no está en el perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>No se pudo leer el mensaje del perfil: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - Poplar</source>
        <translation>%1 - Poplar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TrashActions</name>
    <message>
        <location filename="../ui/TrashActions.cpp" line="+26"/>
        <source>&amp;Delete</source>
        <extracomment>Verb: delete the selected messages (they go to the Trash)</extracomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>Mostrar la &amp;papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash...</source>
        <translation>&amp;Vaciar la papelera...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected downloaded messages to the Trash; in the Trash, delete them for good (Del)</source>
        <translation>Mover los mensajes descargados seleccionados a la papelera; en la papelera, eliminarlos definitivamente (Supr)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This account deletes them on the server as well, at the next check.</source>
        <translation>Esta cuenta también los elimina en el servidor, en la próxima comprobación.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n mensaje movido a la papelera.</numerusform>
            <numerusform>%n mensajes movidos a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete for Good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? They cannot be restored.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n mensaje? No se podrá restaurar.</numerusform>
            <numerusform>¿Eliminar definitivamente %n mensajes? No se podrán restaurar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n mensaje restaurado.</numerusform>
            <numerusform>%n mensajes restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente el %n mensaje de la papelera de %1? No se podrá restaurar.</numerusform>
            <numerusform>¿Eliminar definitivamente los %n mensajes de la papelera de %1? No se podrán restaurar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TriageUi</name>
    <message>
        <location filename="../ui/TriageUi.cpp" line="+100"/>
        <source>Mark as &amp;Spam</source>
        <translation>Marcar como &amp;spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Not Spam</source>
        <translation>Marcar como &amp;no spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>Añadir remitente a &amp;amigos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Blocklist</source>
        <translation>Añadir remitente a la lista de &amp;bloqueo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process Marked…</source>
        <translation>&amp;Procesar marcados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deleted on Server…</source>
        <translation>&amp;Eliminados en el servidor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Messages &amp;Kept on Server</source>
        <translation>Mostrar mensajes &amp;conservados en el servidor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Triage</source>
        <translation>&amp;Clasificar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Marked for deletion on the server (Process Marked deletes it).</source>
        <translation>Marcado para eliminar en el servidor («Procesar marcados» lo elimina).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the server: never downloaded.</source>
        <translation>Conservado en el servidor: nunca se descarga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam (score %1). Why:</source>
        <translation>Spam (puntuación %1). Por qué:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam score %1:</source>
        <translation>Puntuación de spam %1:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The spam classifier did not learn: %1</source>
        <translation>El clasificador de spam no aprendió: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Process Marked</source>
        <translation>Procesar marcados</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n marked message(s) on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</source>
        <translation>
            <numerusform>¿Eliminar %n mensaje marcado en el servidor y descargar los demás según las reglas? Los mensajes eliminados quedan en «Eliminados en el servidor».</numerusform>
            <numerusform>¿Eliminar %n mensajes marcados en el servidor y descargar los demás según las reglas? Los mensajes eliminados quedan en «Eliminados en el servidor».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No message is marked for deletion. Download new messages as the rules say?</source>
        <translation>Ningún mensaje está marcado para eliminar. ¿Descargar los mensajes nuevos según las reglas?</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/WelcomePanel.cpp" line="+13"/>
        <source>Welcome to Poplar</source>
        <translation>Bienvenido a Poplar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poplar checks your POP3 mailboxes, shows the first lines of each new message while it is still on the server, and downloads the ones you want to keep. Add your e-mail account to begin: the address and the password are usually enough.</source>
        <translation>Poplar comprueba sus buzones POP3, muestra las primeras líneas de cada mensaje nuevo mientras sigue en el servidor y descarga los que quiera conservar. Para empezar, añada su cuenta de correo: normalmente bastan la dirección y la contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
</context>
<context>
    <name>PoplarMain</name>
    <message>
        <location filename="../app/poplar_main.cpp" line="+24"/>
        <source>Check, preview and download mail from POP3 servers.</source>
        <translation>Comprobar, previsualizar y descargar correo de servidores POP3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>Carpeta de perfil (predeterminada: la carpeta de datos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message files (.eml) to open.</source>
        <translation>Archivos de mensaje (.eml) que abrir.</translation>
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
        <translation>Nombre del servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>Puerto del servidor (predeterminado 995 con tls, 110 en otro caso).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls (default), starttls or plain.</source>
        <comment>--security values: keep the words tls, starttls, plain</comment>
        <translation>tls (predeterminado), starttls o plain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 or oauthbearer.</source>
        <comment>--auth values: keep the method names</comment>
        <translation>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 u oauthbearer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command whose first output line is the password or token.</source>
        <translation>Orden cuya primera línea de salida es la contraseña o el token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system (default: the system&apos;s proxy settings), none, socks5://HOST:PORT or http://HOST:PORT.</source>
        <comment>--proxy values: keep the words system, none, socks5, http</comment>
        <translation>system (predeterminado: la configuración de proxy del sistema), none, socks5://HOST:PORT o http://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest SCRAM iteration count accepted from the server (default %1).</source>
        <translation>Mayor número de iteraciones SCRAM aceptado del servidor (predeterminado %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--scram-max-iterations must be a number from 1 to %1</source>
        <translation>--scram-max-iterations debe ser un número de 1 a %1</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="+44"/>
        <location filename="../app/sync/CommandLine.cpp" line="+20"/>
        <source>--security must be tls, starttls or plain</source>
        <translation>--security debe ser tls, starttls o plain</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/sync/CommandLine.cpp" line="+8"/>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port debe ser un número del 1 al 65535</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/sync/CommandLine.cpp" line="+7"/>
        <source>unknown --auth method: %1</source>
        <translation>método --auth desconocido: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--plaintext-fallback must be yes or no</source>
        <translation>--plaintext-fallback debe ser yes o no</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>read %1</source>
        <translation>leído %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1: %2</source>
        <translation>omitido: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would create account %1</source>
        <translation>se crearía la cuenta %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created account %1</source>
        <translation>cuenta %1 creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 exists, settings kept</source>
        <translation>la cuenta %1 existe, ajustes conservados</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n UIDL(s) marked as fetched by %1</source>
        <translation>
            <numerusform>%n UIDL marcados como descargados por %1</numerusform>
            <numerusform>%n UIDL marcados como descargados por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already known</source>
        <translation>
            <numerusform>%n ya conocidos</numerusform>
            <numerusform>%n ya conocidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never imported: give each new account a password with &quot;poplar-sync account set NAME --password-command CMD&quot; or &quot;account set-password NAME&quot;.</source>
        <translation>Las contraseñas nunca se importan: dé una contraseña a cada cuenta nueva con «poplar-sync account set NOMBRE --password-command CMD» o «account set-password NOMBRE».</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+18"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>no se pudo leer ningún certificado PEM de %1</translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+49"/>
        <source>the password command failed</source>
        <translation>la orden de contraseña ha fallado</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+39"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-95"/>
        <location line="+19"/>
        <location filename="../app/sync/Commands.cpp" line="+103"/>
        <location filename="../app/sync/OAuthCommands.cpp" line="+35"/>
        <location filename="../app/sync/StoreCommands.cpp" line="+154"/>
        <location filename="../app/sync/TriageCommands.cpp" line="+41"/>
        <source>no account named %1</source>
        <translation>no hay ninguna cuenta llamada %1</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+67"/>
        <source>no password: the keychain says: %1 (use account set-password, or --password-command)</source>
        <translation>sin contraseña: el llavero dice: %1 (use account set-password o --password-command)</translation>
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
        <translation>almacén local: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="-120"/>
        <source> (server: %1)</source>
        <translation> (servidor: %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-7"/>
        <source>no proxy password: %1</source>
        <translation>sin contraseña del proxy: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <comment>summary: messages new on the server</comment>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded (%1)</source>
        <comment>summary: messages and bytes downloaded</comment>
        <translation>
            <numerusform>%n descargado (%1)</numerusform>
            <numerusform>%n descargados (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted on server</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n eliminado del servidor</numerusform>
            <numerusform>%n eliminados del servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n over the size limit (headers only)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n por encima del límite de tamaño (solo cabeceras)</numerusform>
            <numerusform>%n por encima del límite de tamaño (solo cabeceras)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n listed by size only (headers not available from this server)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n listado solo por tamaño (cabeceras no disponibles en este servidor)</numerusform>
            <numerusform>%n listados solo por tamaño (cabeceras no disponibles en este servidor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped (bad or duplicate UIDL)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n omitido (UIDL no válido o duplicado)</numerusform>
            <numerusform>%n omitidos (UIDL no válido o duplicado)</numerusform>
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
        <translation> (el servidor no tiene UIDL: claves derivadas de las cabeceras)</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+8"/>
        <source>cannot read the profile&apos;s database (is it damaged?): %1</source>
        <translation>no se puede leer la base de datos del perfil (¿está dañada?): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave messages on the server (default).</source>
        <translation>Dejar los mensajes en el servidor (predeterminado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server once they are stored.</source>
        <translation>Eliminar los mensajes del servidor una vez guardados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server N days after download.</source>
        <translation>Eliminar los mensajes del servidor N días después de descargarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server when the local copy is deleted.</source>
        <translation>Eliminar los mensajes del servidor cuando se borre la copia local.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only headers of messages larger than BYTES until asked.</source>
        <translation>Obtener solo las cabeceras de los mensajes mayores de BYTES hasta que se pidan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body lines fetched with TOP (default 20).</source>
        <translation>Líneas del cuerpo obtenidas con TOP (predeterminado 20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes or no (default): over a connection without TLS, after APOP or a mechanism that hides the password was refused, also try those that send it.</source>
        <comment>--plaintext-fallback values: keep the words yes, no</comment>
        <translation>yes o no (predeterminado): en una conexión sin TLS, tras rechazarse APOP o un mecanismo que oculta la contraseña, probar también los que la envían.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes between the application&apos;s periodic checks (0: off).</source>
        <translation>Minutos entre las comprobaciones periódicas de la aplicación (0: desactivado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account authorize: google or microsoft (default: from the server or address).</source>
        <translation>account authorize: google o microsoft (por omisión: según el servidor o la dirección).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download: every new message.</source>
        <translation>download: todos los mensajes nuevos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, download, delete: seconds to wait while another program writes the same account (default 30), then exit 7.</source>
        <translation>check, download, delete: segundos de espera mientras otro programa escribe en la misma cuenta (30 por omisión); después, salida con 7.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: folder for .eml files; backup: the file to write.</source>
        <translation>export: carpeta para los archivos .eml; backup: el archivo que se escribe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: write an mboxrd file.</source>
        <translation>export: escribir un archivo mboxrd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account&apos;s proxy has no user name: set --proxy socks5://USER@HOST:PORT or http://USER@HOST:PORT first</source>
        <translation>el proxy de la cuenta no tiene nombre de usuario: establezca primero --proxy socks5://USER@HOST:PORT o http://USER@HOST:PORT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given</source>
        <translation>no se ha indicado ninguna contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused the password: %1</source>
        <translation>el llavero ha rechazado la contraseña: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>busy: %1 is writing account %2</source>
        <translation>ocupado: %1 está escribiendo en la cuenta %2</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-78"/>
        <source>cannot change account %1: %2</source>
        <translation>no se puede cambiar la cuenta %1: %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--delete-after-days needs a number of days</source>
        <translation>--delete-after-days necesita un número de días</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="-109"/>
        <source>cannot add account %1: %2</source>
        <translation>no se puede añadir la cuenta %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>import: say what would be imported, change nothing; check, download: print what triage would decide, act on none of it.</source>
        <translation>import: indicar qué se importaría, sin cambiar nada; check, download: mostrar lo que decidiría la clasificación, sin aplicar nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n mensaje exportado</numerusform>
            <numerusform>%n mensajes exportados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+11"/>
        <source>no password source: pass --password-command</source>
        <translation>no hay fuente de contraseña: indique --password-command</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>scan: a proxy with a user name works only for an account (account add ... --proxy, then account set-proxy-password)</source>
        <translation>scan: un proxy con nombre de usuario solo funciona para una cuenta (account add ... --proxy, luego account set-proxy-password)</translation>
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
        <translation>La herramienta POP3 de Poplar para la línea de órdenes: el mismo motor y el mismo almacén que la aplicación.

Órdenes:
  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]
          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|
          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]
          [--proxy PROXY] [--plaintext-fallback yes|no]
  account set-password NAME    guardar la contraseña en el llavero (leída de stdin)
  account set-proxy-password NAME   guardar la contraseña del proxy en el llavero (leída de stdin)
  account authorize NAME       iniciar sesión con Google o Microsoft en un navegador (véase --provider)
  account set NOMBRE [opciones de add]   cambiar una cuenta; account show NOMBRE muestra sus ajustes
  account list | account remove NAME
  import thunderbird|mpop|fetchmail|getmail [RUTA] [--dry-run]   cuentas y UIDL ya descargados
  check [NAME]                 listar el servidor, obtener las cabeceras de los mensajes nuevos
  download [NAME] [--all|UIDL...]  descargar los mensajes nuevos (o los indicados)
  list NAME                    lo que el almacén sabe de una cuenta
  search NAME QUERY            mensajes con palabras, &quot;frases&quot;, from:, to:, subject:, prefijo*
  delete NAME UIDL...          eliminar mensajes del servidor sin descargarlos
  export NAME --to DIR [--mbox FILE]   escribir los mensajes descargados como archivos .eml / mboxrd
  verify [NAME] [--repair]     comprobar cada archivo de mensaje guardado; --repair vuelve a descargar los dañados
  backup --to FILE             una instantánea coherente del perfil en un archivo tar
  restore --from FILE          desempaquetar una copia en un perfil nuevo o vacío (vea --profile)
  scan --host H ...            listar los mensajes de un servidor sin guardar nada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  delete-local NAME UIDL...    move downloaded messages to the account&apos;s Trash
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               what is in the Trash, taking it back, deleting it for good
  trash keep-days [DAYS]       days the Trash keeps a message (0: until emptied)</source>
        <comment>--help: translate the descriptions, keep the command and option words and the column alignment</comment>
        <translation>  delete-local NAME UIDL...    mover mensajes descargados a la papelera de la cuenta
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               lo que hay en la papelera, recuperarlo, eliminarlo definitivamente
  trash keep-days [DAYS]       días que la papelera guarda un mensaje (0: hasta vaciarla)</translation>
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
        <translation>  check|download ... [--apply-rules] [--dry-run] [--no-rules]   mostrar (o solo enseñar) las decisiones de clasificación
  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]
        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]
  friends add|remove ENTRY... | friends list | friends import-vcard FILE
  block add|remove ENTRY... | block list   direcciones o dominios
  spam NAME UIDL... | ham NAME UIDL...   guardar el veredicto y entrenar el clasificador
  deleted list [NAME] | deleted search TEXT [NAME]   qué se eliminó en el servidor, y por qué
  process [NAME]               eliminar en el servidor lo marcado, descargar el resto
  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none
        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   (salida 0 spam, 1 no, 2 dudoso)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See above.</source>
        <translation>Véase arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>Carpeta de perfil (predeterminada: la carpeta de datos).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown or missing command; try --help</source>
        <translation>orden desconocida o ausente; pruebe --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the profile %1: %2</source>
        <translation>no se puede abrir el perfil %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Progress.cpp" line="+20"/>
        <source>connecting</source>
        <comment>progress phase</comment>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing</source>
        <comment>progress phase</comment>
        <translation>listando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers</source>
        <comment>progress phase: fetching headers</comment>
        <translation>cabeceras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloading</source>
        <comment>progress phase</comment>
        <translation>descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <comment>progress phase</comment>
        <translation>eliminando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitting</source>
        <comment>progress phase: logging out</comment>
        <translation>cerrando sesión</translation>
    </message>
    <message>
        <location filename="../app/sync/ScanCommand.cpp" line="+42"/>
        <source>LIST failed: %1</source>
        <translation>LIST ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) on %1</source>
        <translation>
            <numerusform>%n mensaje en %1</numerusform>
            <numerusform>%n mensajes en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-40"/>
        <source>no token: the keychain says: %1 (use account authorize, or --password-command)</source>
        <translation>sin token: el llavero dice: %1 (use account authorize o --password-command)</translation>
    </message>
    <message>
        <location filename="../app/sync/OAuthCommands.cpp" line="+10"/>
        <source>which sign-in? use --provider %1</source>
        <translation>¿qué inicio de sesión? use --provider %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this address in a browser to sign in with %1:</source>
        <translation>Abra esta dirección en un navegador para iniciar sesión con %1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain refused the sign-in: %1</source>
        <translation>el llavero rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>signed in with %1; the sign-in is in the keychain.</source>
        <translation>sesión iniciada con %1; el inicio de sesión está en el llavero.</translation>
    </message>
    <message>
        <location filename="../app/sync/StoreCommands.cpp" line="+7"/>
        <source>verify: download damaged messages again from the server.</source>
        <translation>verify: volver a descargar del servidor los mensajes dañados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the backup file to read.</source>
        <translation>restore: el archivo de copia de seguridad que se lee.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n message(s) not exported: the stored file is missing or damaged (see verify --repair)</source>
        <translation>
            <numerusform>%1: %n mensaje no exportado: el archivo guardado falta o está dañado (vea verify --repair)</numerusform>
            <numerusform>%1: %n mensajes no exportados: el archivo guardado falta o está dañado (vea verify --repair)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n stored message(s) checked, %2 damaged, %3 repaired</source>
        <comment>verify summary</comment>
        <translation>
            <numerusform>%1: %n mensaje guardado comprobado, %2 dañados, %3 reparados</numerusform>
            <numerusform>%1: %n mensajes guardados comprobados, %2 dañados, %3 reparados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n message(s) backed up to %1</source>
        <translation>
            <numerusform>%n mensaje copiado en %1</numerusform>
            <numerusform>%n mensajes copiados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) left out: the stored file is missing or damaged</source>
        <translation>
            <numerusform>%n mensaje omitido: el archivo guardado falta o está dañado</numerusform>
            <numerusform>%n mensajes omitidos: el archivo guardado falta o está dañado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) restored into %1</source>
        <translation>
            <numerusform>%n mensaje restaurado en %1</numerusform>
            <numerusform>%n mensajes restaurados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SearchCommand.cpp" line="+23"/>
        <source>indexing %n message(s) for search</source>
        <translation>
            <numerusform>indexando %n mensaje para la búsqueda</numerusform>
            <numerusform>indexando %n mensajes para la búsqueda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TrashCommands.cpp" line="-58"/>
        <source>%1: %n message(s) restored from the Trash</source>
        <translation>
            <numerusform>%1: %n mensaje restaurado de la papelera</numerusform>
            <numerusform>%1: %n mensajes restaurados de la papelera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the Trash</source>
        <translation>%1 no está en la papelera</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n message(s) deleted for good</source>
        <translation>
            <numerusform>%1: %n mensaje eliminado definitivamente</numerusform>
            <numerusform>%1: %n mensajes eliminados definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deleted on the server at the next check</source>
        <translation>; se eliminarán en el servidor en la próxima comprobación</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1: %n message(s) moved to the Trash</source>
        <translation>
            <numerusform>%1: %n mensaje movido a la papelera</numerusform>
            <numerusform>%1: %n mensajes movidos a la papelera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a downloaded message (delete NAME UIDL deletes on the server)</source>
        <translation>%1 no es un mensaje descargado (delete NAME UIDL elimina en el servidor)</translation>
    </message>
    <message>
        <location filename="../app/sync/TriageCommands.cpp" line="+7"/>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by rule</source>
        <translation>por regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by policy</source>
        <translation>por política</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules add: a condition, e.g. &apos;subject contains &quot;lottery&quot;&apos; (repeat for more).</source>
        <translation>rules add: una condición, p. ej. &apos;subject contains &quot;lottery&quot;&apos; (repetir para más).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules add: mark-spam, delete-on-server, keep-on-server, always-download or download-now.</source>
        <translation>rules add: mark-spam, delete-on-server, keep-on-server, always-download o download-now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: any condition suffices (default: all).</source>
        <translation>rules add: basta una condición (por omisión: todas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: delete-on-server deletes in the run that finds the message, unreviewed.</source>
        <translation>rules add: delete-on-server elimina sin revisión en la ejecución que encuentra el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules add: only for this account (default: every account).</source>
        <translation>rules add: solo para esta cuenta (por omisión: todas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules import: replace the rules instead of adding to them.</source>
        <translation>rules import: sustituir las reglas en lugar de añadirlas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: print what triage decided for each new message.</source>
        <translation>check, download: mostrar lo que decidió la clasificación para cada mensaje nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: leave triage (rules, lists, spam hints) out.</source>
        <translation>check, download: omitir la clasificación (reglas, listas, indicios de spam).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a quote is not closed in: %1</source>
        <translation>unas comillas no están cerradas en: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--without-review goes with delete-on-server only</source>
        <translation>--without-review solo va con delete-on-server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no rule %1</source>
        <translation>no hay ninguna regla %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>%n regla importada</numerusform>
            <numerusform>%n reglas importadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not an address or domain: %1</source>
        <translation>no es una dirección ni un dominio: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not on the list: %1</source>
        <translation>no está en la lista: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n friend(s) added</source>
        <translation>
            <numerusform>%n amigo añadido</numerusform>
            <numerusform>%n amigos añadidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the classifier did not learn: %1</source>
        <translation>el clasificador no aprendió: %1</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
</context>
</TS>

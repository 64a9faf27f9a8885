<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../ui/MessageHtml.cpp" line="+59"/>
        <source>Attached message</source>
        <translation>添付されたメッセージ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to</source>
        <translation>返信先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
</context>
<context>
    <name>Poplar::Account::AccountSettings</name>
    <message>
        <location filename="../core/account/Account.cpp" line="+52"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>%1 から PEM 証明書を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autoconfig</name>
    <message>
        <location filename="../core/account/autodetect/Autoconfig.cpp" line="+107"/>
        <source>a POP3 server without a host name was skipped</source>
        <translation>ホスト名のない POP3 サーバーをスキップしました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the POP3 server &quot;%1&quot; was skipped: not a valid host name</source>
        <translation>POP3 サーバー「%1」をスキップしました: 有効なホスト名ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the POP3 server %1 was skipped: &quot;%2&quot; is not a valid port</source>
        <translation>POP3 サーバー %1 をスキップしました: 「%2」は有効なポートではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the POP3 server %1 was skipped: unknown socket type &quot;%2&quot;</source>
        <translation>POP3 サーバー %1 をスキップしました: 不明なソケットタイプ「%2」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the POP3 server %1 was skipped: it only allows %2, which Poplar cannot do</source>
        <translation>POP3 サーバー %1 をスキップしました: %2 しか使えず、Poplar はこれに対応していません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the POP3 server %1 was skipped: its user name contains control characters</source>
        <translation>POP3 サーバー %1 をスキップしました: ユーザー名に制御文字が含まれています</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The autoconfig file is empty.</source>
        <translation>自動設定ファイルが空です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The autoconfig file is too large (%1 bytes).</source>
        <translation>自動設定ファイルが大きすぎます (%1 バイト)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a Mozilla autoconfig file: its root element is &lt;%1&gt;, not &lt;clientConfig&gt;.</source>
        <translation>Mozilla の自動設定ファイルではありません: ルート要素が &lt;clientConfig&gt; ではなく &lt;%1&gt; です。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The autoconfig file is not valid XML (line %1, column %2): %3</source>
        <translation>自動設定ファイルが正しい XML ではありません (%1 行目、%2 列目): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The autoconfig file describes no e-mail provider (no &lt;emailProvider&gt; element).</source>
        <translation>自動設定ファイルにメールプロバイダーの記述がありません (&lt;emailProvider&gt; 要素がありません)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POP3 server in the autoconfig file can be used: %1.</source>
        <translation>自動設定ファイルに使用できる POP3 サーバーがありません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server (only %1).</source>
        <translation>プロバイダーの自動設定ファイルに POP3 サーバーが記載されていません (%1 のみ)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server.</source>
        <translation>プロバイダーの自動設定ファイルに POP3 サーバーが記載されていません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::AutoconfigFetcher</name>
    <message>
        <location filename="../core/account/autodetect/AutoconfigFetcher.cpp" line="+97"/>
        <source>the file is larger than %1 bytes</source>
        <translation>ファイルが %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autodetector</name>
    <message>
        <location filename="../core/account/autodetect/Autodetector.cpp" line="+40"/>
        <source>The search took too long; stopping with what was found.</source>
        <translation>検索に時間がかかりすぎたため、見つかった結果で終了します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching the provider&apos;s settings from %1…</source>
        <translation>%1 からプロバイダーの設定を取得しています…</translation>
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
            <numerusform>%1: %2 に POP3 サーバーが %n 件記載されています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is not an e-mail address, so there is nothing to look up.</source>
        <translation>「%1」はメールアドレスではないため、検索できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the POP3 server of %1…</source>
        <translation>%1 の POP3 サーバーを探しています…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking up the DNS SRV record %1…</source>
        <translation>DNS SRV レコード %1 を照会しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the lookup failed: %2</source>
        <translation>%1: 照会に失敗しました: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such record.</source>
        <translation>%1: そのようなレコードはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points to %2 port %3.</source>
        <translation>%1 は %2 のポート %3 を指しています。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Trying %1…</source>
        <translation>%1 を試しています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, encrypted, with a trusted certificate; login methods: %2.</source>
        <translation>%1 が応答しました。暗号化され、証明書は信頼済みです。ログイン方式: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>通知なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers, but its certificate is not trusted.</source>
        <translation>%1 が応答しましたが、証明書が信頼されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2 answers, but offers no encryption (%3).</source>
        <translation>%1:%2 が応答しましたが、暗号化に対応していません (%3)。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Best choice: %1.</source>
        <translation>最適な候補: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No POP3 server was found. Enter the server settings by hand.</source>
        <translation>POP3 サーバーが見つかりませんでした。サーバー設定を手動で入力してください。</translation>
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
        <translation>最初から暗号化、証明書は信頼済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted after STLS, certificate trusted</source>
        <translation>STLS 後に暗号化、証明書は信頼済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypted, but its certificate is not trusted (%1): you will be asked whether to trust it</source>
        <translation>暗号化されていますが、証明書が信頼されていません (%1)。信頼するかどうかを確認します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this server offers no encryption: the password and every message would cross the network readable by anyone on the way. It is used only if you explicitly agree</source>
        <translation>このサーバーは暗号化に対応していません。パスワードとすべてのメッセージが、経路上の誰にでも読める状態でネットワークを流れます。明示的に同意した場合にのみ使用します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked: the search ended before it answered</source>
        <translation>未確認: 応答の前に検索が終了しました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its certificate is trusted</source>
        <translation>証明書が信頼されている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it offers encryption</source>
        <translation>暗号化に対応している</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS from the first byte is preferred over STLS</source>
        <translation>最初からの TLS が STLS より優先される</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it offers a stronger login (%1 rather than %2)</source>
        <translation>より強力なログイン方式に対応している (%2 ではなく %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more sources name it</source>
        <translation>より多くの情報源に記載されている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it comes earlier in the search order (DNS SRV records, the provider&apos;s settings, then the usual host names)</source>
        <translation>検索の順序で先に来る（DNS SRV レコード、プロバイダーの設定、一般的なホスト名の順）</translation>
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
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS SRV record</source>
        <translation>DNS SRV レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (https)</source>
        <translation>プロバイダーの自動設定 (https)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (plain http, unauthenticated)</source>
        <translation>プロバイダーの自動設定 (平文 http、認証なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual host name</source>
        <translation>一般的なホスト名</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Found by: %1.</source>
        <translation>検出元: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1. %2</source>
        <translation>除外: %1。%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known once the certificate is trusted</source>
        <translation>証明書を信頼すると判明します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>通知なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1; best login it offers: %2. %3</source>
        <translation>選択: %1。対応する最強のログイン方式: %2。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not chosen: %1 is preferred because %2. This one is %3. %4</source>
        <translation>非選択: %2ため、%1 が優先されます。このサーバーは %3。%4</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::ServerProbe</name>
    <message>
        <location filename="../core/account/autodetect/ServerProbe.cpp" line="+111"/>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒以内に応答がありません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::SrvResolver</name>
    <message>
        <location filename="../core/account/autodetect/SrvResolver.cpp" line="+44"/>
        <source>The DNS lookup timed out.</source>
        <translation>DNS の照会がタイムアウトしました。</translation>
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
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than %1 MiB</source>
        <translation>%1 MiB を超えています</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no state file %1: every message on the server will be new</source>
        <translation>状態ファイル %1 がありません: サーバー上のすべてのメッセージが新着になります</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n UIDL(s) of %1 on %2 in %3</source>
        <translation>
            <numerusform>%3 にある %2 の %1 の UIDL %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no POP3 account for them in the configuration</source>
        <translation>設定にこれらに対応する POP3 アカウントがありません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Thunderbird profile found</source>
        <translation>Thunderbird のプロファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Thunderbird profile (profiles.ini or prefs.js) in %1</source>
        <translation>%1 に Thunderbird のプロファイル (profiles.ini または prefs.js) がありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no mpop configuration found</source>
        <translation>mpop の設定が見つかりません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no fetchmail configuration found (%1)</source>
        <translation>fetchmail の設定が見つかりません (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no getmailrc found</source>
        <translation>getmailrc が見つかりません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no POP3 account found</source>
        <translation>POP3 アカウントが見つかりません</translation>
    </message>
    <message>
        <location filename="../core/account/import/ImportFormats.cpp" line="+37"/>
        <source>account %1 on %2</source>
        <translation>%2 のアカウント %1</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>an account of type %1, not POP3</source>
        <translation>種類 %1 のアカウントで、POP3 ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server name in prefs.js</source>
        <translation>prefs.js にサーバー名がありません</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>popstate.dat line %1</source>
        <translation>popstate.dat %1 行目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UIDL before any &quot;*host user&quot; line</source>
        <translation>「*host user」行より前の UIDL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a &quot;flag UIDL time&quot; line</source>
        <translation>「フラグ UIDL 時刻」の行ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thunderbird has only the headers of this message</source>
        <translation>Thunderbird はこのメッセージのヘッダーしか持っていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>不明な状態「%1」</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>mpop account %1</source>
        <translation>mpop アカウント %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no host</source>
        <translation>ホストがありません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>UIDLs file line %1</source>
        <translation>UIDL ファイル %1 行目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an mpop UIDL list</source>
        <translation>mpop の UIDL リストではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UIDL list of %1 on %2</source>
        <translation>%2 の %1 の UIDL リスト</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n UIDL(s) missing at the end of the file</source>
        <translation>
            <numerusform>ファイルの末尾で UIDL が %n 件欠けています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a &quot;skip&quot; entry: fetchmail does not poll it</source>
        <translation>「skip」エントリ: fetchmail はこれを取得しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protocol %1, not POP3</source>
        <translation>プロトコル %1 で、POP3 ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no user name given</source>
        <translation>ユーザー名がありません</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>.fetchids line %1</source>
        <translation>.fetchids %1 行目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a &quot;user@host UIDL&quot; line</source>
        <translation>「user@host UIDL」の行ではありません</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no [retriever] type</source>
        <translation>[retriever] の type がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server has no usable UIDLs</source>
        <translation>%1: サーバーに使える UIDL がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a POP3 retriever</source>
        <translation>%1 は POP3 のリトリーバーではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server or user name</source>
        <translation>サーバー名またはユーザー名がありません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>oldmail line %1</source>
        <translation>oldmail %1 行目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no NUL between UIDL and time</source>
        <translation>UIDL と時刻の間に NUL がありません</translation>
    </message>
</context>
<context>
    <name>Poplar::Mime::ReplyLink</name>
    <message>
        <location filename="../core/mime/ReplyLink.cpp" line="+217"/>
        <source>On %1, %2 wrote:</source>
        <translation>%1、%2 さんは書きました:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote:</source>
        <translation>%1 さんは書きました:</translation>
    </message>
</context>
<context>
    <name>Poplar::Model::MessageListModel</name>
    <message>
        <location filename="../core/model/MessageListModel.cpp" line="+25"/>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pending</source>
        <translation>削除待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone from server</source>
        <translation>サーバーから消去済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>サイズ超過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <extracomment>Message status: new on the server (a short adjective, in the Status column)</extracomment>
        <translation>新着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On server</source>
        <translation>サーバー上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored copy is missing or damaged: Download fetches it again while the server still has it</source>
        <translation>保存されたコピーが見つからないか破損しています: サーバーに残っている間はダウンロードで再取得できます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be deleted on the server at the next check (Undo to keep it)</source>
        <translation>次回の受信時にサーバーから削除されます (元に戻すと残せます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on the server and never downloaded</source>
        <translation>サーバーにもうなく、ダウンロードもされていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger than the account&apos;s size limit: only the headers were fetched</source>
        <translation>アカウントのサイズ上限を超えています: ヘッダーのみ取得しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New on the server: only the headers and first lines were fetched</source>
        <translation>サーバー上の新着: ヘッダーと先頭の数行のみ取得しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server: only the headers and first lines were fetched</source>
        <translation>サーバー上: ヘッダーと先頭の数行のみ取得しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and stored locally; the server still has it</source>
        <translation>ダウンロード済みでローカルに保存; サーバーにもまだあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded and stored locally; no longer on the server</source>
        <translation>ダウンロード済みでローカルに保存; サーバーにはもうありません</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Has attachments</source>
        <translation>添付ファイルあり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server listed this message; its headers are on their way</source>
        <translation>サーバーがこのメッセージを一覧に示しました。ヘッダーを取得中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server listed this message, but its headers were not fetched: download it to see it</source>
        <translation>サーバーがこのメッセージを一覧に示しましたが、ヘッダーは取得されていません。表示するにはダウンロードしてください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fetching headers…</source>
        <translation>ヘッダーを取得中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(headers not fetched)</source>
        <translation>(ヘッダー未取得)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::ProxySettings</name>
    <message>
        <location filename="../core/net/Proxy.cpp" line="+48"/>
        <source>The proxy must be system, none, socks5://HOST:PORT or http://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>プロキシは system、none、socks5://HOST:PORT、http://HOST:PORT のいずれかにしてください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy password is never part of the proxy&apos;s address: give socks5://USER@HOST:PORT and keep the password in the keychain (poplar-sync account set-proxy-password NAME).</source>
        <translation>プロキシのパスワードはプロキシのアドレスに含めません: socks5://USER@HOST:PORT を指定し、パスワードはキーチェーンに保存してください (poplar-sync account set-proxy-password NAME)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy must be socks5://HOST:PORT or http://HOST:PORT, without a path.</source>
        <translation>プロキシはパスなしの socks5://HOST:PORT または http://HOST:PORT にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy &quot;%1&quot; has no port.</source>
        <translation>プロキシ「%1」にポートがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid proxy host name.</source>
        <translation>「%1」はプロキシのホスト名として正しくありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user name must not contain line breaks.</source>
        <translation>プロキシのユーザー名に改行を含めることはできません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::SslTransport</name>
    <message>
        <location filename="../core/net/SslTransport.cpp" line="+55"/>
        <source>Cannot bind local port %1: %2</source>
        <translation>ローカルポート %1 をバインドできません: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>サーバーの証明書が信頼されていません: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The proxy refused the user name and password (%1).</source>
        <translation>プロキシがユーザー名とパスワードを拒否しました (%1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy asks for a user name and password (%1): set them in the account&apos;s proxy settings.</source>
        <translation>プロキシがユーザー名とパスワードを求めています (%1): アカウントのプロキシ設定で指定してください。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AccessTokenSource</name>
    <message>
        <location filename="../core/account/oauth/AccessTokenSource.cpp" line="+28"/>
        <source>The sign-in for %1 is no longer valid (it was revoked or has expired). Sign in again: Edit Account in Poplar, or poplar-sync account authorize %1.</source>
        <translation>%1 のログインは無効になりました (取り消されたか、有効期限が切れています)。もう一度ログインしてください: Poplar でアカウントを編集するか、poplar-sync account authorize %1 を実行します。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>ログインの有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The renewed sign-in could not be stored: %1</source>
        <translation>更新したログイン情報を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AuthorizationFlow</name>
    <message>
        <location filename="../core/account/oauth/AuthorizationFlow.cpp" line="+62"/>
        <source>The browser did not come back from the sign-in in time.</source>
        <translation>ブラウザーでのログインが時間内に完了しませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>ログインの戻り先となるローカルポートに空きがありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This request was ignored: it does not belong to the sign-in Poplar is waiting for.</source>
        <translation>このリクエストは無視されました。Poplar が待っているサインインのものではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Poplar has your sign-in. You can close this page.</source>
        <translation>Poplar がログイン情報を受け取りました。このページは閉じてかまいません。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The sign-in was cancelled.</source>
        <translation>ログインはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access was not granted in the browser.</source>
        <translation>ブラウザーでアクセスが許可されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in failed (%1).</source>
        <translation>ログインに失敗しました (%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in came back without a usable code.</source>
        <translation>ログインが使用可能なコードなしで戻ってきました。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in server gave no refresh token, so Poplar could not stay signed in.</source>
        <translation>ログインサーバーがリフレッシュトークンを返さなかったため、Poplar はログイン状態を維持できませんでした。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Grant</name>
    <message>
        <location filename="../core/account/oauth/Grant.cpp" line="+92"/>
        <source>The sign-in server sent an answer that is far too long.</source>
        <translation>ログインサーバーからの応答が長すぎます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>ログインサーバーが要求を拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server&apos;s answer is not valid JSON.</source>
        <translation>ログインサーバーの応答が有効な JSON ではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in is no longer valid (it was revoked or has expired). Sign in again.</source>
        <translation>ログインは無効になりました (取り消されたか、有効期限が切れています)。もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in server refused the request (%1).</source>
        <translation>ログインサーバーが要求を拒否しました (%1)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in server&apos;s answer has no usable access token.</source>
        <translation>ログインサーバーの応答に使用可能なアクセストークンがありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in server&apos;s refresh token is unusable.</source>
        <translation>ログインサーバーのリフレッシュトークンは使用できません。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Provider</name>
    <message>
        <location filename="../core/account/oauth/Provider.cpp" line="+91"/>
        <source>No OAuth client id is set for %1: set POPLAR_OAUTH_%2_CLIENT_ID or OAuth/%3/clientId in Poplar.conf.</source>
        <translation>%1 の OAuth クライアント ID が設定されていません: POPLAR_OAUTH_%2_CLIENT_ID か、Poplar.conf の OAuth/%3/clientId を設定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sign-in endpoints must use https.</source>
        <translation>%1 のログインエンドポイントは https を使用する必要があります。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::TokenClient</name>
    <message>
        <location filename="../core/account/oauth/TokenClient.cpp" line="+79"/>
        <source>The token endpoint must use https.</source>
        <translation>トークンエンドポイントは https を使用する必要があります。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <source>The sign-in server did not answer in time.</source>
        <translation>ログインサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server cannot be reached: %1</source>
        <translation>ログインサーバーに接続できません: %1</translation>
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
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1, %2</source>
        <translation>ポート %1、%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, login method %2</source>
        <translation>%1、ログイン方式 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password refused</source>
        <translation>パスワードが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the user name or the password. Check both; some providers want a separate “app password” for POP3.</source>
        <translation>サーバーがユーザー名またはパスワードを受け付けませんでした。両方を確認してください。プロバイダーによっては POP3 用に別の「アプリパスワード」が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted, so Poplar did not send your password. You can look at the certificate and decide whether to trust it.</source>
        <translation>サーバーの証明書が信頼されていないため、Poplar はパスワードを送信しませんでした。証明書を確認して、信頼するかどうかを決めてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS offered</source>
        <translation>TLS が提供されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers no TLS, so your password could only be sent unencrypted. Ask your provider for secure settings, or choose “None” as security only if you accept that risk.</source>
        <translation>サーバーが TLS に対応していないため、パスワードは暗号化せずに送信するしかありません。プロバイダーに安全な設定を問い合わせるか、そのリスクを受け入れる場合に限り、セキュリティで「なし」を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failed</source>
        <translation>TLS に失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS connection could be set up with %1 port %2. The port and the security setting may not match (995 usually means TLS from the start, 110 means STLS).</source>
        <translation>%1 のポート %2 と TLS 接続を確立できませんでした。ポートとセキュリティ設定が合っていない可能性があります (通常、995 は最初から TLS、110 は STLS です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server not found</source>
        <translation>サーバーが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name %1 could not be found. Check its spelling and your network connection.</source>
        <translation>サーバー名 %1 が見つかりませんでした。綴りとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused connections on port %2. Check the port and the security setting.</source>
        <translation>%1 がポート %2 への接続を拒否しました。ポートとセキュリティ設定を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer</source>
        <translation>応答がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time. Check the server name, the port and your network.</source>
        <translation>%1 から時間内に応答がありませんでした。サーバー名、ポート、ネットワークを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login method unavailable</source>
        <translation>ログイン方式が使えません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen login method cannot be used with this server: %1</source>
        <translation>選択したログイン方式はこのサーバーでは使用できません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox in use</source>
        <translation>メールボックス使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox is in use by another program. Try again in a few minutes.</source>
        <translation>メールボックスは別のプログラムが使用中です。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too soon</source>
        <translation>早すぎます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>サーバーは数分に 1 回しかログインを許可しません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary server trouble</source>
        <translation>サーバーの一時的な問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is not about your password; try again later.</source>
        <translation>サーバー %1 (ポート %2) は一時的にログインまたはメールボックスの提供ができません。パスワードの問題ではありません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox problem</source>
        <translation>メールボックスの問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.</source>
        <translation>サーバー %1 (ポート %2) がこのメールボックスの継続的な問題を報告しています。プロバイダーに問い合わせてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (port %2): %3 Check your network connection, then try again.</source>
        <translation>%1 (ポート %2): %3 ネットワーク接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings incomplete</source>
        <translation>設定が不完全です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy in another program</source>
        <translation>別のプログラムが使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::ResponseParser</name>
    <message>
        <location filename="../core/pop3/ResponseParser.cpp" line="+116"/>
        <location line="+6"/>
        <source>response line longer than %1 bytes</source>
        <translation>応答行が %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>response line contains a NUL byte</source>
        <translation>応答行に NUL バイトが含まれています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected response: %1</source>
        <translation>予期しない応答: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SaslMechanism</name>
    <message>
        <location filename="../core/pop3/SaslMechanism.cpp" line="+77"/>
        <source>The server&apos;s SCRAM iteration count is not a number Poplar can accept.</source>
        <translation>サーバーの SCRAM 反復回数は Poplar が受け付けられる数値ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks for %1 SCRAM iterations, more than this account allows (%2). If you trust the server, raise the account&apos;s SCRAM iteration limit: poplar-sync account set NAME --scram-max-iterations N.</source>
        <translation>サーバーは %1 回の SCRAM 反復を要求していますが、このアカウントの上限 (%2) を超えています。サーバーを信頼できる場合は、アカウントの SCRAM 反復回数の上限を引き上げてください: poplar-sync account set NAME --scram-max-iterations N</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+41"/>
        <source>Connecting to the server timed out.</source>
        <translation>サーバーへの接続がタイムアウトしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake timed out.</source>
        <translation>TLS ハンドシェイクがタイムアウトしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering.</source>
        <translation>サーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password contains a line break or NUL character.</source>
        <translation>パスワードに改行または NUL 文字が含まれています。</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+51"/>
        <location line="+564"/>
        <location filename="../core/pop3/SessionStop.cpp" line="+34"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>The server refused the connection.</source>
        <translation>サーバーが接続を拒否しました。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server does not offer STLS, and this account requires TLS.</source>
        <translation>サーバーが STLS に対応していませんが、このアカウントでは TLS が必須です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not list its capabilities, so it cannot be asked for TLS, which this account requires.</source>
        <translation>サーバーが対応機能を通知しないため TLS を要求できませんが、このアカウントでは TLS が必須です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to start TLS.</source>
        <translation>サーバーが TLS の開始を拒否しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent data after agreeing to start TLS.</source>
        <translation>サーバーが TLS の開始に同意した後にデータを送信しました。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server closed the connection before confirming QUIT; deletions may not have taken effect.</source>
        <translation>サーバーが QUIT を確認する前に接続を閉じました。削除が反映されていない可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>サーバーが予期せず接続を閉じました。</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The server took more than %1 seconds over one reply.</source>
        <translation>サーバーが 1 つの応答に %1 秒以上かかりました。</translation>
    </message>
    <message>
        <location filename="../core/pop3/SessionLogin.cpp" line="+95"/>
        <source>The server does not offer %1 authentication.</source>
        <translation>サーバーが %1 認証に対応していません。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The server&apos;s greeting carries no valid APOP timestamp, so APOP cannot be used.</source>
        <translation>サーバーの挨拶に有効な APOP タイムスタンプがないため、APOP は使用できません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server refused the %1 login (tried in turn: %2).</source>
        <translation>サーバーは %1 によるログインを拒否しました（順に試した方式: %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the %1 login.</source>
        <translation>サーバーは %1 によるログインを拒否しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 authentication was cancelled: %2</source>
        <translation>%1 認証は中止されました: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poplar did not go on to send the password unencrypted. Check the password, or if this network is trusted choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Poplar はその後パスワードを暗号化せずに送信しませんでした。パスワードを確認するか、このネットワークを信頼できる場合は USER/PASS を選んでください（poplar-sync: --auth user）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user name and password.</source>
        <translation>ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>パスワードを確認するか、USER/PASS を選んでください（poplar-sync: --auth user）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose automatic login (poplar-sync: --auth auto) or USER/PASS (--auth user).</source>
        <translation>パスワードを確認するか、自動ログイン（poplar-sync: --auth auto）または USER/PASS（--auth user）を選んでください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 authentication is not available: %2</source>
        <translation>%1 認証は使用できません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 authentication could not start: %2</source>
        <translation>%1 認証を開始できませんでした: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server sent a challenge before its last one was answered.</source>
        <translation>サーバーは前回のチャレンジへの応答を待たずに次のチャレンジを送ってきました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server kept the authentication exchange going.</source>
        <translation>サーバーが認証のやり取りを終えませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>サーバーのチャレンジが有効な Base64 ではありません</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server accepted the login without proving it knows the password; it may be an impostor.</source>
        <translation>サーバーはパスワードを知っていることを証明せずにログインを受け入れました。なりすましの可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+33"/>
        <source>The server sent data nobody asked for.</source>
        <translation>サーバーが要求されていないデータを送信しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server broke the protocol: %1.</source>
        <translation>サーバーがプロトコルに違反しました: %1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server&apos;s reply is larger than %1 bytes.</source>
        <translation>サーバーの応答が %1 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SessionSettings</name>
    <message>
        <location filename="../core/pop3/SessionSettings.cpp" line="+105"/>
        <source>No server name is set.</source>
        <translation>サーバー名が設定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name contains a line break or NUL character.</source>
        <translation>サーバー名に改行または NUL 文字が含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, hyphens and dots, as in pop.example.org or bücher.example.</source>
        <translation>「%1」はサーバー名として正しくありません。pop.example.org や bücher.example のように、文字、数字、ハイフン、ドットを使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No port is set.</source>
        <translation>ポートが設定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user name is set.</source>
        <translation>ユーザー名が設定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>ユーザー名に改行または NUL 文字が含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a space, which this login method cannot send.</source>
        <translation>ユーザー名に空白が含まれていますが、このログイン方式では送信できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeouts and pipeline limits must be positive.</source>
        <translation>タイムアウトとパイプラインの上限は正の値でなければなりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCRAM iteration limit must be positive.</source>
        <translation>SCRAM 反復回数の上限は正の数でなければなりません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::AccountLock</name>
    <message>
        <location filename="../core/store/AccountLock.cpp" line="+47"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (プロセス %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder of account locks in the profile</source>
        <translation>プロファイルにアカウントのロック用フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the account&apos;s lock: %1</source>
        <translation>アカウントのロックを開けません: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot lock the account: %1</source>
        <translation>アカウントをロックできません: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Backup</name>
    <message>
        <location filename="../core/store/Backup.cpp" line="+116"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>%1 に一時フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy the database: %1</source>
        <translation>データベースをコピーできません: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot archive %1</source>
        <translation>%1 をアーカイブできません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not empty: restore only into a new or empty folder</source>
        <translation>%1 は空ではありません: 新しいフォルダーか空のフォルダーにのみ復元できます</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is not a Poplar backup or is damaged</source>
        <translation>%1 は Poplar のバックアップではないか、破損しています</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+407"/>
        <source>the database has no readable schema version</source>
        <translation>データベースに読み取り可能なスキーマバージョンがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database was written by a newer Poplar (schema %1, this build reads %2)</source>
        <translation>データベースは新しいバージョンの Poplar で書き込まれています (スキーマ %1、このビルドが読めるのは %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile is read-only and was written by an older Poplar: open it once where it can be written</source>
        <translation>プロファイルは読み取り専用で、古い Poplar で書かれています。書き込める場所で一度開いてください</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Export</name>
    <message>
        <location filename="../core/store/Export.cpp" line="+222"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Integrity</name>
    <message>
        <location filename="../core/store/Integrity.cpp" line="+124"/>
        <source>sound</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>保存ファイルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file truncated or grown</source>
        <translation>保存ファイルのサイズが違います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file altered</source>
        <translation>保存ファイルが変更されています</translation>
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
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+25"/>
        <source>download of %1 not finished</source>
        <translation>%1 のダウンロードが完了していません</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot move %1 into place</source>
        <translation>%1 を所定の場所に移動できません</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+80"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+482"/>
        <source>cannot sync %1</source>
        <translation>%1 を同期できません</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Profile</name>
    <message>
        <location filename="../core/store/Profile.cpp" line="+27"/>
        <source>cannot create the profile directory %1</source>
        <translation>プロファイルディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the profile is read-only (its folder or database cannot be written): nothing can be changed in it</source>
        <translation>プロファイルは読み取り専用です (フォルダーまたはデータベースに書き込めません)。何も変更できません</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::PasswordCommand</name>
    <message>
        <location filename="../core/sync/PasswordCommand.cpp" line="+20"/>
        <source>the password command printed more than %1 bytes</source>
        <translation>パスワードコマンドの出力が %1 バイトを超えました</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the password command did not finish in time</source>
        <translation>パスワードコマンドが時間内に終了しませんでした</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+53"/>
        <source>the password command failed</source>
        <translation>パスワードコマンドが失敗しました</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::RetentionWarning</name>
    <message>
        <location filename="../core/sync/RetentionWarning.cpp" line="+22"/>
        <source>The server deletes messages as soon as they are retrieved (EXPIRE 0), although this account keeps them on the server.</source>
        <translation>このアカウントはメッセージをサーバーに残す設定ですが、サーバーは取得したメッセージをすぐに削除します（EXPIRE 0）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account keeps them on the server.</source>
        <translation>
            <numerusform>サーバーは取得したメッセージを %n 日後に削除します（EXPIRE）。このアカウントがサーバーに残す期間より短い期間です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::Runner</name>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+65"/>
        <source>The proxy&apos;s password could not be read from the keychain: %1. Enter it in the account&apos;s proxy settings (poplar-sync: account set-proxy-password).</source>
        <translation>プロキシのパスワードをキーチェーンから読み取れませんでした: %1。アカウントのプロキシ設定で入力してください（poplar-sync では account set-proxy-password）。</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-383"/>
        <source>busy: %1 is writing this account</source>
        <translation>使用中: %1 がこのアカウントに書き込んでいます</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+75"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+116"/>
        <location filename="../core/sync/SyncService.cpp" line="+203"/>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+68"/>
        <source>The server refused to list its messages.</source>
        <translation>サーバーがメッセージ一覧の送信を拒否しました。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>cannot write the downloaded message to disk</source>
        <translation>ダウンロードしたメッセージをディスクに書き込めません</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncService</name>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="+106"/>
        <source>The profile is not open.</source>
        <translation>プロファイルが開かれていません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Classifier</name>
    <message>
        <location filename="../core/triage/Classifier.cpp" line="+207"/>
        <source>no spam classifier is set up</source>
        <translation>スパム分類器が設定されていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bogofilter failed to learn (exit status %1)</source>
        <translation>bogofilter は学習できませんでした (終了ステータス %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training command is set up</source>
        <translation>学習コマンドが設定されていません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the training command failed (exit status %1)</source>
        <translation>学習コマンドが失敗しました (終了ステータス %1)</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Rule</name>
    <message>
        <location filename="../core/triage/Rule.cpp" line="+110"/>
        <source>Mark as spam</source>
        <translation>スパムとしてマーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete on the server at once</source>
        <translation>すぐにサーバー上で削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark for deletion on the server</source>
        <translation>サーバー上での削除をマーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never download (keep on the server, hidden)</source>
        <translation>ダウンロードしない (サーバーに残し、非表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always download</source>
        <translation>常にダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download now</source>
        <translation>今すぐダウンロード</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>「%1」はヘッダー名ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;is yes&quot; or &quot;is no&quot;</source>
        <translation>%1 には &quot;is yes&quot; または &quot;is no&quot; を指定します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>greater and less compare size or score</source>
        <translation>greater と less はサイズかスコアを比較します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is compared with is, greater or less</source>
        <translation>%1 は is、greater、less で比較します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is longer than %1 characters</source>
        <translation>パターンが %1 文字を超えています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is not valid: %1</source>
        <translation>パターンが正しくありません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern repeats a group that repeats itself, which can take very long to match</source>
        <translation>パターンが繰り返しを含むグループを繰り返しており、照合に非常に長い時間がかかることがあります</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::RuleFile</name>
    <message>
        <location filename="../core/triage/RuleFile.cpp" line="+90"/>
        <source>a condition is: [not] FIELD contains|is|matches|greater|less VALUE</source>
        <translation>条件の形式: [not] フィールド contains|is|matches|greater|less 値</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>不明な演算子「%1」</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote is not closed</source>
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected: rule &quot;NAME&quot;</source>
        <translation>期待される形式: rule &quot;名前&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>不明な動作「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delete-on-server may be followed by without-review</source>
        <translation>without-review を続けられるのは delete-on-server だけです</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule &quot;%1&quot; has no condition</source>
        <translation>ルール「%1」に条件がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule &quot;%1&quot; has no action (then ...)</source>
        <translation>ルール「%1」に動作 (then ...) がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>予期しない「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule &quot;%1&quot; has no end</source>
        <translation>ルール「%1」に end がありません</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::SpamHints</name>
    <message>
        <location filename="../core/triage/SpamHints.cpp" line="+58"/>
        <source>The provider marked it as spam (X-Spam-Flag).</source>
        <translation>プロバイダーがスパムとしてマークしました (X-Spam-Flag)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s filter rated it spam (X-Spam-Status).</source>
        <translation>プロバイダーのフィルターがスパムと判定しました (X-Spam-Status)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (%1).</source>
        <translation>Rspamd がスパムと判定しました (%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (X-Spamd-Result).</source>
        <translation>Rspamd がスパムと判定しました (X-Spamd-Result)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider marked it as spam (X-Spam).</source>
        <translation>プロバイダーがスパムとしてマークしました (X-Spam)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DMARC failed for the sender&apos;s domain %1.</source>
        <translation>送信者のドメイン %1 で DMARC が失敗しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPF failed: the sending server may not send for %1.</source>
        <translation>SPF が失敗しました: 送信サーバーは %1 として送信できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its DKIM signature for %1 did not verify.</source>
        <translation>%1 の DKIM 署名を検証できませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SPF soft-failed for %1 (Received-SPF).</source>
        <translation>%1 の SPF がソフトフェイルしました (Received-SPF)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF failed for %1 (Received-SPF).</source>
        <translation>%1 の SPF が失敗しました (Received-SPF)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies would go to %1, not to the sender&apos;s domain %2.</source>
        <translation>返信は送信者のドメイン %2 ではなく %1 に送られます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name shown is the address %1, but it was sent from %2.</source>
        <translation>表示名はアドレス %1 ですが、実際の送信元は %2 です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Its Message-ID comes from %1, unrelated to the sender&apos;s domain %2.</source>
        <translation>Message-ID は送信者のドメイン %2 と無関係な %1 のものです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It has no date.</source>
        <translation>日付がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its date cannot be read.</source>
        <translation>日付を読み取れません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated in the future (%1).</source>
        <translation>未来の日付です (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated long ago (%1).</source>
        <translation>ずっと昔の日付です (%1)。</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::TriageStore</name>
    <message>
        <location filename="../core/triage/TriageStore.cpp" line="+97"/>
        <source>no account named %1</source>
        <translation>%1 という名前のアカウントはありません</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Triager</name>
    <message>
        <location filename="../core/triage/Triager.cpp" line="+27"/>
        <source>The classifier (%1) rates it spam (%2).</source>
        <translation>分類器 (%1) はスパムと判定しました (%2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) is unsure (%2).</source>
        <translation>分類器 (%1) は判定できませんでした (%2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) rates it not spam (%2).</source>
        <translation>分類器 (%1) はスパムではないと判定しました (%2)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sender is on your blocklist.</source>
        <translation>送信者はブロックリストに入っています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is a friend: never spam.</source>
        <translation>送信者は友だちです: スパムにはしません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You marked it as spam.</source>
        <translation>あなたがスパムとしてマークしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You marked it as not spam.</source>
        <translation>あなたがスパムではないとマークしました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rule &quot;%1&quot;: %2.</source>
        <translation>ルール「%1」: %2。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountList</name>
    <message>
        <location filename="../ui/AccountList.cpp" line="+103"/>
        <source>Checking…</source>
        <translation>受信中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>未受信</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Checked %1</source>
        <translation>最終受信: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+44"/>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit Account %1</source>
        <translation>アカウント %1 の編集</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This account would send your password unencrypted, and you have not agreed to that. Go back to the server settings.</source>
        <translation>このアカウントはパスワードを暗号化せずに送信しますが、あなたはそれに同意していません。サーバー設定に戻ってください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already an account named “%1”. Go back and choose another name.</source>
        <translation>「%1」という名前のアカウントが既にあります。戻って別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account could not be saved: %1</source>
        <translation>アカウントを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password Not Remembered</source>
        <translation>パスワードは保存されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is saved, but no keychain is available to keep its password (%2).

Poplar never writes passwords to its own files, so it will ask you for this one when it checks the account, unless you let it remember the password until it quits. To have it remembered for good, run a Secret Service (such as GNOME Keyring or KWallet) and enter the password again under File &gt; Account Settings.</source>
        <translation>アカウント %1 は保存されましたが、パスワードを保管するキーチェーンがありません (%2)。

Poplar はパスワードを自身のファイルに書き込まないため、アカウントを確認するときにパスワードを尋ねます。終了するまで記憶させることもできます。恒久的に記憶させるには、Secret Service (GNOME Keyring や KWallet など) を起動し、「ファイル &gt; アカウント設定」でパスワードを入力し直してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember Until Poplar Quits</source>
        <translation>Poplar の終了まで記憶(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountsDialog</name>
    <message>
        <location filename="../ui/wizard/AccountsDialog.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2 on %3:%4 (%5)</source>
        <translation>%1 — %3:%4 の %2 (%5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” (%2 on %3)?

Its password is removed from the keychain, and its messages disappear from Poplar&apos;s list. Messages on the server are not touched.

Also delete the messages downloaded from this account from this computer?</source>
        <translation>アカウント「%1」(%3 の %2) を削除しますか?

パスワードはキーチェーンから削除され、メッセージは Poplar の一覧から消えます。サーバー上のメッセージには影響しません。

このアカウントからダウンロードしたメッセージもこのコンピューターから削除しますか?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove and &amp;Delete Messages</source>
        <translation>削除してメッセージも消去(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove, &amp;Keep Messages</source>
        <translation>削除してメッセージは残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::CertificateDialog</name>
    <message>
        <location filename="../ui/wizard/CertificateDialog.cpp" line="+37"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untrusted Certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1 port %2 presented a certificate Poplar cannot verify.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could be pretending to be it. Trust this certificate only if you can confirm its SHA-256 fingerprint another way (your provider&apos;s web page, your administrator). Only this exact certificate will be trusted, only for this server and port; if it ever changes, Poplar asks again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 のポート %2 が、Poplar で検証できない証明書を提示しました。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;あなたとサーバーの間にいる誰かがサーバーになりすましている可能性があります。この証明書は、SHA-256 フィンガープリントを別の方法 (プロバイダーの Web ページや管理者など) で確認できた場合にのみ信頼してください。信頼されるのはこの証明書だけで、このサーバーとポートに限られます。証明書が変わった場合は、Poplar が改めて確認します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1:%2</source>
        <translation>サーバー: %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate could not be verified.</source>
        <translation>証明書を検証できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented no certificate.</source>
        <translation>サーバーが証明書を提示しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2</source>
        <translation>有効期間: %1 ～ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (expired)</source>
        <translation> (期限切れ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not yet valid)</source>
        <translation> (まだ有効ではありません)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>シリアル番号: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Chain (%n certificate(s), server&apos;s first):</source>
        <translation>
            <numerusform>証明書チェーン (%n 件、サーバーの証明書が先頭):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trust This Certificate for %1:%2</source>
        <translation>%1:%2 についてこの証明書を信頼(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/ConnectionTestPage.cpp" line="+27"/>
        <source>Test &amp;Again</source>
        <translation>再テスト(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Certificate…</source>
        <translation>証明書を表示(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings even though the test did not succeed</source>
        <translation>テストが成功しなかったが、この設定を保存する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing the Connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar logs in once with these settings; no message is downloaded or deleted.</source>
        <translation>Poplar はこの設定で一度ログインします。メッセージのダウンロードや削除は行いません。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Connecting to %1 port %2…</source>
        <translation>%1 のポート %2 に接続しています…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password was typed, and the stored one could not be read (%1). Go back and type it to test the connection.</source>
        <translation>パスワードが入力されておらず、保存済みのパスワードも読み込めませんでした (%1)。戻ってパスワードを入力してから接続をテストしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account would send the password unencrypted, which you have not agreed to.</source>
        <translation>このアカウントはパスワードを暗号化せずに送信しますが、あなたはそれに同意していません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected; asking the server what it offers…</source>
        <translation>接続しました。サーバーの対応機能を問い合わせています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login worked.</source>
        <translation>ログインに成功しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1 with %2.</source>
        <translation>%1 として %2 でログインしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: NOT encrypted. The password and your mail crossed the network readable.</source>
        <translation>接続: 暗号化されていません。パスワードとメールは読める状態でネットワークを流れました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted from the start (TLS).</source>
        <translation>接続: 最初から暗号化 (TLS)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted after STLS.</source>
        <translation>接続: STLS 後に暗号化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: trusted because you chose to trust this one (SHA-256 %1).</source>
        <translation>証明書: あなたがこの証明書を信頼することを選んだため信頼済み (SHA-256 %1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting: %1</source>
        <translation>サーバーの挨拶: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities: %1</source>
        <translation>対応機能: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not announced</source>
        <translation>通知なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server software: %1</source>
        <translation>サーバーソフトウェア: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server does not offer UIDL, which Poplar needs to recognise messages it has already seen.</source>
        <translation>警告: サーバーが UIDL に対応していません。Poplar は既に見たメッセージを識別するために UIDL を必要とします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the server does not offer TOP, so previews need the whole message.</source>
        <translation>注意: サーバーが TOP に対応していないため、プレビューにはメッセージ全体が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server deletes messages as soon as they are downloaded (EXPIRE 0), whatever Poplar is set to do.</source>
        <translation>警告: Poplar の設定にかかわらず、サーバーはダウンロードされたメッセージをすぐに削除します (EXPIRE 0)。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).</source>
        <translation>
            <numerusform>注意: サーバーはダウンロードされたメッセージを %n 日後に削除します (EXPIRE)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server allows a login only every %n minute(s).</source>
        <translation>
            <numerusform>注意: サーバーは %n 分に 1 回しかログインを許可しません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What happened: %1</source>
        <translation>発生した問題: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem: %1</source>
        <translation>証明書の問題: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DeletedDialog</name>
    <message>
        <location filename="../ui/DeletedDialog.cpp" line="+24"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>送信者を友だちに追加(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on Server</source>
        <translation>サーバー上で削除済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sender, subject, headers or rule</source>
        <translation>送信者・件名・ヘッダー・ルールを検索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account policy</source>
        <translation>アカウントのポリシー</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DetectPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="+38"/>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, trusted</source>
        <translation>暗号化、信頼済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, certificate not trusted</source>
        <translation>暗号化、証明書は未信頼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Use this server without encryption. I accept that my password and my mail can be read by anyone on the network path.</source>
        <translation>このサーバーを暗号化なしで使用する。パスワードとメールがネットワーク経路上の誰にでも読まれうることを了承します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review or change the settings by hand</source>
        <translation>設定を手動で確認または変更する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search &amp;Again</source>
        <translation>再検索(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding Your Server</source>
        <translation>サーバーの検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS records, your provider&apos;s published settings and the usual server names are tried at once.</source>
        <translation>DNS レコード、プロバイダーが公開している設定、一般的なサーバー名を同時に試します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Looking for the server of %1…</source>
        <translation>%1 のサーバーを探しています…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — chosen</source>
        <translation>%1 — 選択</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP3 server was found for %1. Next lets you enter the settings yourself.</source>
        <translation>%1 の POP3 サーバーは見つかりませんでした。「次へ」で設定を自分で入力できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found %1.</source>
        <translation>%1 が見つかりました。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DocumentationDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="+68"/>
        <source>Poplar Documentation</source>
        <translation>Poplar のドキュメント</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The documentation is missing from this build.</source>
        <translation>このビルドにはドキュメントが含まれていません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorBar</name>
    <message>
        <location filename="../ui/ErrorBar.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server said: “%1”</source>
        <translation>サーバーの応答:「%1」</translation>
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
        <translation>ローカルストアでエラーが発生しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local store failed</source>
        <translation>ローカル保存に失敗しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3、%4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign In Again...</source>
        <translation>再ログイン(&amp;S)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter &amp;Password Again...</source>
        <translation>パスワードを再入力(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Account...</source>
        <translation>アカウントを編集(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust Certificate...</source>
        <translation>証明書を信頼(&amp;T)...</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the password for %1 on %2. Type it again; Poplar keeps it in memory until it quits.</source>
        <translation>サーバーは %2 の %1 のパスワードを拒否しました。もう一度入力してください。Poplar は終了するまでメモリに保持します。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="-226"/>
        <source>I will enter the server settings myself</source>
        <translation>サーバー設定を自分で入力する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your e-mail address and password; Poplar looks up the rest.</source>
        <translation>メールアドレスとパスワードを入力してください。残りは Poplar が調べます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Work (the address if left empty)</source>
        <translation>例: 仕事 (空欄の場合はアドレス)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>you@example.jp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;E-mail address:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;name:</source>
        <translation>アカウント名(&amp;N):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change what you need; the server settings follow on the next pages.</source>
        <translation>必要な箇所を変更してください。サーバー設定は次のページにあります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the password empty to keep the one stored in the keychain. Type an address and untick the box above to look the server up again.</source>
        <translation>キーチェーンに保存されたパスワードをそのまま使うには、パスワードを空欄にしてください。サーバーを再検索するには、アドレスを入力して上のチェックボックスをオフにしてください。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+22"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Another Program</source>
        <translation>他のプログラムからインポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its usual places</source>
        <translation>通常の場所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already fetched</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the Other Program</source>
        <translation>他のプログラムのフォルダー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poplar reads the other program&apos;s settings and the list of messages it already fetched, so those are not downloaded again. It never reads passwords and never changes the other program&apos;s files.</source>
        <translation>Poplar は他のプログラムの設定と取得済みメッセージの一覧を読み込むため、それらを再びダウンロードしません。パスワードは決して読まず、他のプログラムのファイルも決して変更しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Program:</source>
        <translation>プログラム(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no record found</source>
        <translation>記録が見つかりません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not imported: %1</source>
        <translation>インポートしません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>%n 件のアカウントが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: added; %n message(s) already fetched will not be downloaded again.</source>
        <translation>
            <numerusform>%1: 追加しました。取得済みの %n 件のメッセージは再びダウンロードしません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: already in Poplar, settings kept; %n message(s) recorded as fetched.</source>
        <translation>
            <numerusform>%1: すでに Poplar にあり、設定はそのままです。%n 件のメッセージを取得済みとして記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped: %1</source>
        <translation>インポートが中断されました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are never imported: Poplar asks for each new account&apos;s password at its first check, or set it under Account Settings.</source>
        <translation>パスワードは決してインポートされません。Poplar は新しいアカウントごとに最初の確認時にパスワードを尋ねます。アカウント設定で設定することもできます。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="+30"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing messages…</source>
        <translation>メッセージ一覧を取得中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching headers…</source>
        <translation>ヘッダーを取得中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server…</source>
        <translation>サーバー上で削除中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing…</source>
        <translation>終了処理中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching headers %1 of %2</source>
        <translation>ヘッダーを取得中 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1 of %2</source>
        <translation>ダウンロード中 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server %1 of %2</source>
        <translation>サーバー上で削除中 %1 / %2</translation>
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
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be saved: %1</source>
        <translation>アカウントを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account could not be removed: %1</source>
        <translation>アカウントを削除できませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/MessageExport.cpp" line="+93"/>
        <source>The messages could not be read from the profile: %1</source>
        <translation>プロファイルからメッセージを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The profile could not be opened: %1</source>
        <translation>プロファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet. Add one with File &gt; Add Account.</source>
        <translation>アカウントがまだありません。「ファイル」&gt;「アカウントを追加」で追加してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Check</source>
        <extracomment>Verb: check the selected account for new mail (menu and toolbar)</extracomment>
        <translation>受信(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected account for new messages (F5)</source>
        <translation>選択したアカウントの新着メッセージを受信 (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All</source>
        <extracomment>Verb: check every account for new mail</extracomment>
        <translation>すべて受信(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the selected messages (Ctrl+D)</source>
        <translation>選択したメッセージをダウンロード (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete on Server...</source>
        <translation>サーバーから削除(&amp;L)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected messages on the server at the next check (Shift+Del)</source>
        <translation>選択したメッセージを次の確認時にサーバー上で削除 (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translation>削除を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Selected...</source>
        <translation>選択項目をエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages to Folder</source>
        <translation>メッセージをフォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Selected as &amp;mbox...</source>
        <translation>選択項目を mbox でエクスポート(&amp;M)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages as mbox</source>
        <translation>メッセージを mbox でエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation>mbox ファイル (*.mbox);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify Stored Messages...</source>
        <translation>保存済みメッセージを検証(&amp;V)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;Log</source>
        <translation>サーバーログ(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview &amp;Below List</source>
        <translation>プレビューを一覧の下に表示(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Account...</source>
        <translation>アカウントを追加(&amp;A)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Another Program...</source>
        <translation>他のプログラムからインポート(&amp;I)...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Settings...</source>
        <translation>アカウント設定(&amp;S)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove Account...</source>
        <translation>アカウントを削除(&amp;R)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mail</source>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Poplar</source>
        <translation>Poplar について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Poplar</source>
        <translation>Poplar について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar %1: check, preview and download mail from POP3 servers.</source>
        <translation>Poplar %1: POP3 サーバーのメールを受信、プレビュー、ダウンロードします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+26"/>
        <source>Select a message to see it here.</source>
        <translation>メッセージを選択すると、ここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n 件のメッセージを選択中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>プロファイルからメッセージを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete on Server</source>
        <translation>サーバーから削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) on the server at the next check? Until then, Undo keeps them.</source>
        <translation>
            <numerusform>%n 件のメッセージを次回の受信時にサーバーから削除しますか? それまでは「元に戻す」で残せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) will be deleted on the server at the next check.</source>
        <translation>
            <numerusform>%n 件のメッセージは次回の受信時にサーバーから削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="+73"/>
        <source> · %1 of %2</source>
        <comment>bytes done of total</comment>
        <translation> · %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · %1:%2 left</source>
        <translation> · 残り %1:%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; trying again in a minute</source>
        <translation>%1。1 分後に再試行します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local store failed: %1</source>
        <translation>ローカルストアでエラーが発生しました: %1</translation>
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
            <numerusform>新着 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded</source>
        <translation>
            <numerusform>ダウンロード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>サーバーから削除 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>新着なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail</source>
        <translation>新着メール</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%1 に %n 件の新着メッセージ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2.
It could not be read from the keychain (%3), so Poplar keeps it in memory until it quits.</source>
        <translation>%2 の %1 のパスワード。
キーチェーンから読み込めなかったため (%3)、Poplar は終了するまでメモリ上に保持します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password</source>
        <translation>パスワードなし</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageExport.cpp" line="-47"/>
        <source>Downloading %n message(s) from the server…</source>
        <translation>
            <numerusform>サーバーから %n 件のメッセージをダウンロードしています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/StoredMessageDialogs.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n message(s) not downloaded yet: downloading them now; drag them again once they are.</source>
        <translation>
            <numerusform>%n 件のメッセージはまだダウンロードされていません。今ダウンロードしています。完了したらもう一度ドラッグしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the messages could not be downloaded: %1</source>
        <translation>メッセージをダウンロードできませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>%n 件のメッセージを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../ui/StoredMessageDialogs.cpp" line="-14"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) not exported: the stored file is missing or damaged.</source>
        <translation>
            <numerusform>%n 件のメッセージをエクスポートしませんでした: 保存ファイルが見つからないか破損しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking stored messages…</source>
        <translation>保存済みメッセージを確認しています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verify Stored Messages</source>
        <translation>保存済みメッセージの検証</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n stored message(s) are sound.</source>
        <translation>
            <numerusform>保存済みの %n 件のメッセージはすべて正常です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stored message(s) are missing or damaged. Download fetches them again while the server still has them.</source>
        <translation>
            <numerusform>保存済みの %n 件のメッセージが見つからないか破損しています。サーバーに残っている間はダウンロードで再取得できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+65"/>
        <source>Poplar: %n new message(s)</source>
        <translation>
            <numerusform>Poplar: 新着メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Poplar (%n new)</source>
        <comment>window title</comment>
        <translation>
            <numerusform>Poplar (新着 %n 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ManualPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+34"/>
        <source>I accept that my password and my mail cross the network unencrypted, readable by anyone on the way.</source>
        <translation>パスワードとメールが暗号化されずにネットワークを流れ、経路上の誰にでも読まれうることを了承します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a refused secure login method (such as APOP), also send the password unencrypted</source>
        <translation>安全なログイン方式 (APOP など) が拒否されたら、パスワードを暗号化せずに送ることも許可する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server Settings</source>
        <translation>サーバー設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming (POP3) server, as your provider documents it.</source>
        <translation>プロバイダーの案内にある受信 (POP3) サーバー。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS from the start (usually port 995)</source>
        <translation>最初から TLS (通常はポート 995)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS: TLS after connecting (usually port 110)</source>
        <translation>STLS: 接続後に TLS (通常はポート 110)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: password and mail unencrypted</source>
        <translation>なし: パスワードとメールは暗号化されません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: the strongest the server offers</source>
        <translation>自動: サーバーが対応する最も強力な方式</translation>
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
        <translation>XOAUTH2 (パスワード欄にアクセストークンを入力)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAUTHBEARER (password field holds an access token)</source>
        <translation>OAUTHBEARER (パスワード欄にアクセストークンを入力)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: a PEM file of extra certificate authorities</source>
        <translation>任意: 追加の認証局を含む PEM ファイル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>セキュリティ(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login method:</source>
        <translation>ログイン方式(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C):</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageActions</name>
    <message>
        <location filename="../ui/MessageActions.cpp" line="+25"/>
        <source>Poplar is a retrieval client: your mail program writes and sends it.</source>
        <translation>Poplar は受信専用のクライアントです。作成と送信はメールプログラムが行います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply in Mail Program</source>
        <translation>メールプログラムで返信(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to &amp;All in Mail Program</source>
        <translation>メールプログラムで全員に返信(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward in Mail Program</source>
        <translation>メールプログラムで転送(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the downloaded message in your mail program to forward it. %1</source>
        <translation>ダウンロードしたメッセージを転送のためにメールプログラムで開きます。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the message as the preview shows it (remote content stays blocked)</source>
        <translation>プレビューの表示どおりにメッセージを印刷します (リモートコンテンツはブロックされたまま)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>M&amp;essage</source>
        <translation>メッセージ(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poplar is a retrieval client: replies are written in your mail program.</source>
        <translation>Poplar は受信専用のクライアントです。返信はメールプログラムで作成します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mail Program</source>
        <translation>メールプログラム</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>プロファイルからメッセージを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No mail program is set up to write messages (mailto: links). Choose one in your desktop&apos;s settings for default applications.</source>
        <translation>メッセージを作成するメールプログラム (mailto: リンク) が設定されていません。デスクトップの既定のアプリケーション設定で選んでください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be created</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be written for your mail program: %1</source>
        <translation>メールプログラム用にメッセージを書き出せませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored copy of this message is damaged; download it again first.</source>
        <translation>このメッセージの保存済みコピーは破損しています。先にもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program is set up to open e-mail files (.eml). The message was saved as %1.</source>
        <translation>メールファイル (.eml) を開くプログラムが設定されていません。メッセージは %1 として保存されました。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageWindow</name>
    <message>
        <location filename="../ui/MessageWindow.cpp" line="+26"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
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
        <translation>%1 を開けませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PolicyPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+92"/>
        <source>&amp;Leave messages on the server</source>
        <translation>メッセージをサーバーに残す(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server &amp;this many days after downloading:</source>
        <translation>ダウンロード後、次の日数が過ぎたらサーバーから削除(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server when I &amp;delete them in Poplar</source>
        <translation>Poplar で削除したらサーバーからも削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server as soon as they are safely &amp;downloaded</source>
        <translation>安全にダウンロードしたらすぐにサーバーから削除(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only the &amp;headers of messages larger than:</source>
        <translation>次のサイズを超えるメッセージはヘッダーのみ取得(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check for new mail every:</source>
        <translation>新着メールの受信間隔(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail on the Server</source>
        <translation>サーバー上のメール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar deletes a message on the server only after it is safely stored here.</source>
        <translation>Poplar は、メッセージをこのコンピューターに安全に保存してからでなければサーバー上で削除しません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After downloading</source>
        <translation>ダウンロード後</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Preview of a message still on the server:</source>
        <translation>サーバー上のメッセージのプレビュー(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At once</source>
        <translation>すぐに</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <comment>after N days</comment>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark a message as &amp;read after it is shown for:</source>
        <translation>メッセージを表示してから既読にするまで(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete messages in the &amp;Trash for good after:</source>
        <translation>ごみ箱のメッセージを完全に削除するまで(&amp;T):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="+26"/>
        <source>&amp;Save Attachment...</source>
        <translation>添付ファイルを保存(&amp;S)...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a message to see it here.</source>
        <translation>メッセージを選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only the headers and first lines are shown; the message is still on the server. &lt;a href=&quot;download&quot;&gt;Download it&lt;/a&gt;</source>
        <translation>ヘッダーと先頭の数行のみ表示しています。メッセージはまだサーバー上にあります。&lt;a href=&quot;download&quot;&gt;ダウンロードする&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remote content was blocked (%n item(s)).</source>
        <translation>
            <numerusform>リモートコンテンツをブロックしました (%n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Unnamed (%1)</source>
        <translation>名前なし (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This message is too large to show whole; only its first %1 are shown.</source>
        <translation>このメッセージは大きすぎるため全体を表示できません。最初の %1 だけを表示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview was cut: the server sent more than Poplar keeps for one.</source>
        <translation>プレビューは切り詰められました。サーバーは Poplar がプレビューに保持する量を超えて送信しました。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Save Attachment</source>
        <translation>添付ファイルの保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ProxyBox</name>
    <message>
        <location filename="../ui/wizard/ProxyBox.cpp" line="+16"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy: connect directly</source>
        <translation>プロキシなし: 直接接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5 (the proxy also looks up the server&apos;s name)</source>
        <translation>SOCKS5 (サーバー名の解決もプロキシが行う)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy (CONNECT)</source>
        <translation>HTTP プロキシ (CONNECT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the proxy asks for one</source>
        <translation>プロキシが求める場合のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the desktop or the all_proxy, http_proxy and no_proxy variables say.</source>
        <translation>デスクトップ、または all_proxy、http_proxy、no_proxy 変数の指定どおり。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;host:</source>
        <translation>プロキシのホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>プロキシのポート(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy us&amp;er:</source>
        <translation>プロキシのユーザー(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>プロキシのパスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stored in the keychain; type to change</source>
        <translation>キーチェーンに保存済み。変更するには入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the keychain</source>
        <translation>キーチェーンに保存されます</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>プロキシのホスト名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name and password must not contain line breaks.</source>
        <translation>プロキシのユーザー名とパスワードに改行を含めることはできません。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ReadStateActions</name>
    <message>
        <location filename="../ui/ReadStateActions.cpp" line="+16"/>
        <source>Mark as &amp;Read</source>
        <translation>既読にする(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Unread</source>
        <translation>未読にする(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toggle Read</source>
        <translation>既読/未読を切り替え(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected messages as read, or as unread when all are read (Ctrl+Shift+U)</source>
        <translation>選択したメッセージを既読にします。すべて既読なら未読にします (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RuleEditDialog</name>
    <message>
        <location filename="../ui/RulesDialog.cpp" line="+43"/>
        <source>contains</source>
        <translation>を含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>と等しい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches (regular expression)</source>
        <translation>に一致 (正規表現)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greater than</source>
        <translation>より大きい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than</source>
        <translation>より小さい</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &amp;without review (in the check that finds it)</source>
        <translation>確認せずに削除 (見つけたチェックで)(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Rule</source>
        <translation>ルールを編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all conditions hold</source>
        <translation>すべての条件を満たすとき</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any condition holds</source>
        <translation>いずれかの条件を満たすとき</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applies when:</source>
        <translation>適用条件(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Condition</source>
        <translation>条件を追加(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Then:</source>
        <translation>動作(&amp;T):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not</source>
        <translation>否定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s domain</source>
        <translation>送信者のドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To</source>
        <translation>返信先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview text</source>
        <translation>プレビューの本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>サイズ (バイト)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender is a friend</source>
        <translation>送信者が友だち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender is blocked</source>
        <translation>送信者がブロック中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judged spam</source>
        <translation>スパムと判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam score</source>
        <translation>スパムスコア</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the rule a name.</source>
        <translation>ルールに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one condition.</source>
        <translation>条件を 1 つ以上追加してください。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RulesDialog</name>
    <message>
        <location line="+14"/>
        <source>Add the senders of downloaded and kept messages to &amp;friends</source>
        <translation>ダウンロード・保持したメッセージの送信者を友だちに追加(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triage Rules</source>
        <translation>仕分けルール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation>一致数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last match</source>
        <translation>最後の一致</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Rules</source>
        <translation>ルールをインポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be imported: %1</source>
        <translation>ファイルをインポートできませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Rules</source>
        <translation>ルールをエクスポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the record of deleted messages for:</source>
        <translation>削除したメッセージの記録の保存期間(&amp;K):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (disabled)</source>
        <translation> (無効)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No spam classifier: install bogofilter to have one learn from Mark as Spam.</source>
        <translation>スパム分類器がありません: bogofilter をインストールすると「スパムとしてマーク」から学習します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam classifier: %1, learning from Mark as Spam / Not Spam.</source>
        <translation>スパム分類器: %1 (「スパム / スパムではない」のマークから学習)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SearchFilter</name>
    <message>
        <location filename="../ui/SearchFilter.cpp" line="+15"/>
        <source>Search: words, &quot;a phrase&quot;, from:, subject: (Ctrl+F)</source>
        <translation>検索: 単語、&quot;フレーズ&quot;、from:、subject: (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur, in the sender, recipients, subject or text, accents and case ignored. &quot;Quotes&quot; find a phrase, word* finds words beginning so, and from:, to:, subject: or body: before a word or phrase look only there.</source>
        <translation>すべての単語が差出人、宛先、件名または本文に含まれている必要があります (アクセントと大文字小文字は区別しません)。&quot;引用符&quot; でフレーズを、単語* でその語で始まる単語を検索します。単語やフレーズの前に from:、to:、subject:、body: を付けるとその部分だけを検索します。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerFactsBox</name>
    <message>
        <location filename="../ui/wizard/ServerFactsBox.cpp" line="+12"/>
        <source>What the server says</source>
        <translation>サーバーの申告</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poplar has not logged in to this server yet. How long it keeps retrieved mail, and how often it lets you log in, show here after the first check.</source>
        <translation>Poplar はまだこのサーバーにログインしていません。取得済みメールの保持期間とログインできる間隔は、最初の確認の後にここに表示されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It did not say how long it keeps retrieved messages.</source>
        <translation>取得済みメッセージの保持期間は申告されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps retrieved messages for as long as you leave them (EXPIRE NEVER).</source>
        <translation>取得済みメッセージは残しておく限り保持されます (EXPIRE NEVER)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It deletes messages as soon as they are retrieved (EXPIRE 0).</source>
        <translation>メッセージは取得されるとすぐに削除されます (EXPIRE 0)。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It deletes retrieved messages after %n day(s) (EXPIRE).</source>
        <translation>
            <numerusform>取得済みメッセージは %n 日後に削除されます (EXPIRE)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It allows one login every %n minute(s) (LOGIN-DELAY).</source>
        <translation>
            <numerusform>ログインは %n 分に 1 回まで許可されます (LOGIN-DELAY)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It announces no least time between logins.</source>
        <translation>ログイン間の最短間隔は申告されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the last login, %1: %2 %3</source>
        <translation>前回のログイン (%1): %2 %3</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerLogDialog</name>
    <message>
        <location filename="../ui/ServerLogDialog.cpp" line="+16"/>
        <source>Server Log</source>
        <translation>サーバーログ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear...</source>
        <translation>クリア(&amp;L)...</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Clear Server Log</source>
        <translation>サーバーログのクリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the server log? The conversation of every session so far is lost.</source>
        <translation>サーバーログをクリアしますか? これまでのすべてのセッションのやり取りが失われます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="-37"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SignInBox</name>
    <message>
        <location filename="../ui/wizard/SignInBox.cpp" line="+65"/>
        <source>Sign in with %1…</source>
        <translation>%1 でログイン…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation>ブラウザーで %1 にログインするのを待っています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in with %1. No password is needed; the sign-in is kept in the keychain.</source>
        <translation>%1 でログインしました。パスワードは不要です。ログイン情報はキーチェーンに保存されます。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::StoredMessageWindow</name>
    <message>
        <location filename="../ui/StoredMessageWindow.cpp" line="+16"/>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous message in the list (P)</source>
        <translation>一覧の前のメッセージ (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next message in the list (N)</source>
        <translation>一覧の次のメッセージ (N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <extracomment>Name of the message window&apos;s toolbar</extracomment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The message is no longer in the profile.</source>
        <translation>このメッセージはもうプロファイルにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>プロファイルからメッセージを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - Poplar</source>
        <translation>%1 - Poplar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TrashActions</name>
    <message>
        <location filename="../ui/TrashActions.cpp" line="+26"/>
        <source>&amp;Delete</source>
        <extracomment>Verb: delete the selected messages (they go to the Trash)</extracomment>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>ごみ箱を表示(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash...</source>
        <translation>ごみ箱を空にする(&amp;E)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected downloaded messages to the Trash; in the Trash, delete them for good (Del)</source>
        <translation>選択したダウンロード済みメッセージをごみ箱へ移動します。ごみ箱では完全に削除します (Del)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This account deletes them on the server as well, at the next check.</source>
        <translation>このアカウントでは、次の確認時にサーバー上でも削除されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n 件のメッセージをごみ箱へ移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete for Good</source>
        <translation>完全に削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? They cannot be restored.</source>
        <translation>
            <numerusform>%n 件のメッセージを完全に削除しますか? 元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n 件のメッセージを元に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty Trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.</source>
        <translation>
            <numerusform>%1 のごみ箱にある %n 件のメッセージを完全に削除しますか? 元に戻せません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TriageUi</name>
    <message>
        <location filename="../ui/TriageUi.cpp" line="+100"/>
        <source>Mark as &amp;Spam</source>
        <translation>スパムとしてマーク(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Not Spam</source>
        <translation>スパムではないとマーク(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>送信者を友だちに追加(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Blocklist</source>
        <translation>送信者をブロックリストに追加(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process Marked…</source>
        <translation>マークしたものを処理(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rules…</source>
        <translation>ルール(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deleted on Server…</source>
        <translation>サーバー上で削除済み(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Messages &amp;Kept on Server</source>
        <translation>サーバーに残したメッセージを表示(&amp;K)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Triage</source>
        <translation>仕分け(&amp;T)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Marked for deletion on the server (Process Marked deletes it).</source>
        <translation>サーバー上での削除がマークされています (「マークしたものを処理」で削除)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the server: never downloaded.</source>
        <translation>サーバーに残します: ダウンロードしません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam (score %1). Why:</source>
        <translation>スパム (スコア %1)。理由:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam score %1:</source>
        <translation>スパムスコア %1:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The spam classifier did not learn: %1</source>
        <translation>スパム分類器は学習しませんでした: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Process Marked</source>
        <translation>マークしたものを処理</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n marked message(s) on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</source>
        <translation>
            <numerusform>マークした %n 件のメッセージをサーバー上で削除し、残りをルールに従ってダウンロードしますか? 削除したメッセージは「サーバー上で削除済み」に残ります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No message is marked for deletion. Download new messages as the rules say?</source>
        <translation>削除がマークされたメッセージはありません。ルールに従って新着メッセージをダウンロードしますか?</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/WelcomePanel.cpp" line="+13"/>
        <source>Welcome to Poplar</source>
        <translation>Poplar へようこそ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poplar checks your POP3 mailboxes, shows the first lines of each new message while it is still on the server, and downloads the ones you want to keep. Add your e-mail account to begin: the address and the password are usually enough.</source>
        <translation>Poplar は POP3 メールボックスを確認し、新着メッセージがサーバー上にあるうちに最初の数行を表示して、残したいものをダウンロードします。まずメールアカウントを追加してください。通常はアドレスとパスワードだけで十分です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PoplarMain</name>
    <message>
        <location filename="../app/poplar_main.cpp" line="+24"/>
        <source>Check, preview and download mail from POP3 servers.</source>
        <translation>POP3 サーバーのメールを受信、プレビュー、ダウンロードします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>プロファイルディレクトリ (既定: データディレクトリ)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message files (.eml) to open.</source>
        <translation>開くメッセージファイル (.eml)。</translation>
    </message>
</context>
<context>
    <name>PoplarSync</name>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+60"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3、%4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server name.</source>
        <translation>サーバー名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>サーバーのポート (既定: tls は 995、それ以外は 110)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls (default), starttls or plain.</source>
        <comment>--security values: keep the words tls, starttls, plain</comment>
        <translation>tls (既定)、starttls、plain のいずれか。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name.</source>
        <translation>ユーザー名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 or oauthbearer.</source>
        <comment>--auth values: keep the method names</comment>
        <translation>auto、user、apop、rpop、plain、login、cram-md5、digest-md5、scram-sha-1、scram-sha-256、gssapi、xoauth2、oauthbearer のいずれか。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command whose first output line is the password or token.</source>
        <translation>出力の 1 行目がパスワードまたはトークンとなるコマンド。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>この PEM ファイル内の CA 証明書も信頼する。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system (default: the system&apos;s proxy settings), none, socks5://HOST:PORT or http://HOST:PORT.</source>
        <comment>--proxy values: keep the words system, none, socks5, http</comment>
        <translation>system（既定: システムのプロキシ設定）、none、socks5://HOST:PORT、http://HOST:PORT。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest SCRAM iteration count accepted from the server (default %1).</source>
        <translation>サーバーから受け付ける SCRAM 反復回数の上限 (既定値 %1)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--scram-max-iterations must be a number from 1 to %1</source>
        <translation>--scram-max-iterations には 1 から %1 までの数値を指定してください</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="+44"/>
        <location filename="../app/sync/CommandLine.cpp" line="+20"/>
        <source>--security must be tls, starttls or plain</source>
        <translation>--security には tls、starttls、plain のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/sync/CommandLine.cpp" line="+8"/>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port には 1 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/sync/CommandLine.cpp" line="+7"/>
        <source>unknown --auth method: %1</source>
        <translation>不明な --auth 方式: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--plaintext-fallback must be yes or no</source>
        <translation>--plaintext-fallback は yes または no でなければなりません</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>read %1</source>
        <translation>%1 を読み込みました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1: %2</source>
        <translation>スキップ: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would create account %1</source>
        <translation>アカウント %1 を作成します</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created account %1</source>
        <translation>アカウント %1 を作成しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 exists, settings kept</source>
        <translation>アカウント %1 は既にあり、設定はそのままです</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n UIDL(s) marked as fetched by %1</source>
        <translation>
            <numerusform>%n 件の UIDL を %1 で取得済みとして記録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already known</source>
        <translation>
            <numerusform>%n 件は既知</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never imported: give each new account a password with &quot;poplar-sync account set NAME --password-command CMD&quot; or &quot;account set-password NAME&quot;.</source>
        <translation>パスワードはインポートされません: 新しいアカウントごとに「poplar-sync account set NAME --password-command CMD」または「account set-password NAME」でパスワードを設定してください。</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+18"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>%1 から PEM 証明書を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+49"/>
        <source>the password command failed</source>
        <translation>パスワードコマンドが失敗しました</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+39"/>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-95"/>
        <location line="+19"/>
        <location filename="../app/sync/Commands.cpp" line="+103"/>
        <location filename="../app/sync/OAuthCommands.cpp" line="+35"/>
        <location filename="../app/sync/StoreCommands.cpp" line="+154"/>
        <location filename="../app/sync/TriageCommands.cpp" line="+41"/>
        <source>no account named %1</source>
        <translation>%1 という名前のアカウントはありません</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+67"/>
        <source>no password: the keychain says: %1 (use account set-password, or --password-command)</source>
        <translation>パスワードがありません: キーチェーンからの応答: %1 (account set-password か --password-command を使用してください)</translation>
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
        <translation>ローカルストア: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="-120"/>
        <source> (server: %1)</source>
        <translation> (サーバー: %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-7"/>
        <source>no proxy password: %1</source>
        <translation>プロキシのパスワードがありません: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <comment>summary: messages new on the server</comment>
        <translation>
            <numerusform>新着 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded (%1)</source>
        <comment>summary: messages and bytes downloaded</comment>
        <translation>
            <numerusform>ダウンロード %n 件 (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted on server</source>
        <comment>summary</comment>
        <translation>
            <numerusform>サーバーから削除 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n over the size limit (headers only)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>サイズ上限超過 %n 件 (ヘッダーのみ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n listed by size only (headers not available from this server)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n 件はサイズのみ表示（このサーバーからはヘッダーを取得できません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped (bad or duplicate UIDL)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>スキップ %n 件 (不正または重複した UIDL)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-7"/>
        <location line="+3"/>
        <location filename="../app/sync/SyncSequence.cpp" line="+1"/>
        <source>, </source>
        <comment>summary: list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+2"/>
        <source> (server has no UIDL: keys derived from headers)</source>
        <translation> (サーバーに UIDL がないため、ヘッダーから生成したキーを使用)</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+8"/>
        <source>cannot read the profile&apos;s database (is it damaged?): %1</source>
        <translation>プロファイルのデータベースを読み取れません (破損していますか?): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave messages on the server (default).</source>
        <translation>メッセージをサーバーに残す (既定)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server once they are stored.</source>
        <translation>保存後にサーバー上のメッセージを削除する。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server N days after download.</source>
        <translation>ダウンロードから N 日後にサーバー上のメッセージを削除する。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server when the local copy is deleted.</source>
        <translation>ローカルのコピーを削除したらサーバー上のメッセージも削除する。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only headers of messages larger than BYTES until asked.</source>
        <translation>BYTES を超えるメッセージは、要求されるまでヘッダーのみ取得する。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body lines fetched with TOP (default 20).</source>
        <translation>TOP で取得する本文の行数 (既定 20)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes or no (default): over a connection without TLS, after APOP or a mechanism that hides the password was refused, also try those that send it.</source>
        <comment>--plaintext-fallback values: keep the words yes, no</comment>
        <translation>yes または no (既定): TLS なしの接続で APOP やパスワードを隠す方式が拒否された後、パスワードを送る方式も試す。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes between the application&apos;s periodic checks (0: off).</source>
        <translation>アプリケーションが定期的に受信する間隔 (分、0 で無効)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account authorize: google or microsoft (default: from the server or address).</source>
        <translation>account authorize: google または microsoft (既定: サーバーまたはアドレスから判断)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download: every new message.</source>
        <translation>download: すべての新着メッセージ。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, download, delete: seconds to wait while another program writes the same account (default 30), then exit 7.</source>
        <translation>check, download, delete: 別のプログラムが同じアカウントに書き込んでいる間に待つ秒数 (既定 30)。その後 7 で終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: folder for .eml files; backup: the file to write.</source>
        <translation>export: .eml ファイルの保存先フォルダー。backup: 書き込むファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: write an mboxrd file.</source>
        <translation>export: mboxrd ファイルに書き出す。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account&apos;s proxy has no user name: set --proxy socks5://USER@HOST:PORT or http://USER@HOST:PORT first</source>
        <translation>アカウントのプロキシにユーザー名がありません: 先に --proxy socks5://USER@HOST:PORT または http://USER@HOST:PORT を設定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given</source>
        <translation>パスワードが入力されていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused the password: %1</source>
        <translation>キーチェーンがパスワードを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>busy: %1 is writing account %2</source>
        <translation>使用中: %1 がアカウント %2 に書き込んでいます</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-78"/>
        <source>cannot change account %1: %2</source>
        <translation>アカウント %1 を変更できません: %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--delete-after-days needs a number of days</source>
        <translation>--delete-after-days には日数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="-109"/>
        <source>cannot add account %1: %2</source>
        <translation>アカウント %1 を追加できません: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>import: say what would be imported, change nothing; check, download: print what triage would decide, act on none of it.</source>
        <translation>import: 何がインポートされるかを表示し、何も変更しません。check、download: 仕分けの判定を表示し、何も実行しません。</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n 件のメッセージをエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+11"/>
        <source>no password source: pass --password-command</source>
        <translation>パスワードの入手方法がありません: --password-command を指定してください</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>scan: a proxy with a user name works only for an account (account add ... --proxy, then account set-proxy-password)</source>
        <translation>scan: ユーザー名付きのプロキシはアカウントでのみ使えます (account add ... --proxy の後に account set-proxy-password)</translation>
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
        <translation>Poplar のヘッドレス POP3 ツール: アプリケーションと同じエンジンとストアを使用します。

コマンド:
  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]
          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|
          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]
          [--proxy PROXY] [--plaintext-fallback yes|no]
  account set-password NAME    パスワードをキーチェーンに保存 (標準入力から読み込み)
  account set-proxy-password NAME   プロキシのパスワードをキーチェーンに保存 (標準入力から読み込み)
  account authorize NAME       ブラウザーで Google または Microsoft にログイン (--provider を参照)
  account set NAME [add のオプション]   アカウントを変更; account show NAME は設定を表示
  account list | account remove NAME
  import thunderbird|mpop|fetchmail|getmail [PATH] [--dry-run]   アカウントと取得済みの UIDL
  check [NAME]                 サーバーの一覧を取得し、新着メッセージのヘッダーを取得
  download [NAME] [--all|UIDL...]  新着 (または指定した) メッセージをダウンロード
  list NAME                    アカウントについてストアが把握している内容
  search NAME QUERY            単語、&quot;フレーズ&quot;、from:、to:、subject:、前方一致* に一致するメッセージ
  delete NAME UIDL...          ダウンロードせずにサーバー上のメッセージを削除
  export NAME --to DIR [--mbox FILE]   ダウンロード済みメッセージを .eml ファイル / mboxrd に書き出し
  verify [NAME] [--repair]     保存済みメッセージファイルをすべて検証。--repair で破損したものを再ダウンロード
  backup --to FILE             プロファイルの一貫したスナップショットを 1 つの tar ファイルに保存
  restore --from FILE          バックアップを新しいまたは空のプロファイルに展開 (--profile を参照)
  scan --host H ...            何も保存せずにサーバー上のメッセージを一覧表示</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  delete-local NAME UIDL...    move downloaded messages to the account&apos;s Trash
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               what is in the Trash, taking it back, deleting it for good
  trash keep-days [DAYS]       days the Trash keeps a message (0: until emptied)</source>
        <comment>--help: translate the descriptions, keep the command and option words and the column alignment</comment>
        <translation>  delete-local NAME UIDL...    ダウンロード済みメッセージをアカウントのごみ箱へ移動
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               ごみ箱の中身、元に戻す、完全に削除
  trash keep-days [DAYS]       ごみ箱がメッセージを保持する日数 (0: 空にするまで)</translation>
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
        <translation>  check|download ... [--apply-rules] [--dry-run] [--no-rules]   仕分けの判定を表示 (または表示のみ)
  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]
        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]
  friends add|remove ENTRY... | friends list | friends import-vcard FILE
  block add|remove ENTRY... | block list   アドレスまたはドメイン
  spam NAME UIDL... | ham NAME UIDL...   判定を記録し分類器を学習させる
  deleted list [NAME] | deleted search TEXT [NAME]   サーバー上で削除したものとその理由
  process [NAME]               マークしたものをサーバー上で削除し、残りをダウンロード
  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none
        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   (終了 0 スパム、1 非スパム、2 不明)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See above.</source>
        <translation>上記を参照してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>プロファイルディレクトリ (既定: データディレクトリ)。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown or missing command; try --help</source>
        <translation>コマンドが不明または指定されていません。--help を参照してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the profile %1: %2</source>
        <translation>プロファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Progress.cpp" line="+20"/>
        <source>connecting</source>
        <comment>progress phase</comment>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing</source>
        <comment>progress phase</comment>
        <translation>一覧取得中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers</source>
        <comment>progress phase: fetching headers</comment>
        <translation>ヘッダー取得中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloading</source>
        <comment>progress phase</comment>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <comment>progress phase</comment>
        <translation>削除中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitting</source>
        <comment>progress phase: logging out</comment>
        <translation>ログアウト中</translation>
    </message>
    <message>
        <location filename="../app/sync/ScanCommand.cpp" line="+42"/>
        <source>LIST failed: %1</source>
        <translation>LIST が失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) on %1</source>
        <translation>
            <numerusform>%1 に %n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-40"/>
        <source>no token: the keychain says: %1 (use account authorize, or --password-command)</source>
        <translation>トークンがありません: キーチェーンからの応答: %1 (account authorize か --password-command を使用してください)</translation>
    </message>
    <message>
        <location filename="../app/sync/OAuthCommands.cpp" line="+10"/>
        <source>which sign-in? use --provider %1</source>
        <translation>どのログインですか? --provider %1 で指定してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this address in a browser to sign in with %1:</source>
        <translation>%1 でログインするには、このアドレスをブラウザーで開いてください:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain refused the sign-in: %1</source>
        <translation>キーチェーンがログイン情報を受け付けませんでした: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>signed in with %1; the sign-in is in the keychain.</source>
        <translation>%1 でログインしました。ログイン情報はキーチェーンにあります。</translation>
    </message>
    <message>
        <location filename="../app/sync/StoreCommands.cpp" line="+7"/>
        <source>verify: download damaged messages again from the server.</source>
        <translation>verify: 破損したメッセージをサーバーから再ダウンロード。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the backup file to read.</source>
        <translation>restore: 読み込むバックアップファイル。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n message(s) not exported: the stored file is missing or damaged (see verify --repair)</source>
        <translation>
            <numerusform>%1: %n 件のメッセージをエクスポートしませんでした: 保存ファイルが見つからないか破損しています (verify --repair を参照)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n stored message(s) checked, %2 damaged, %3 repaired</source>
        <comment>verify summary</comment>
        <translation>
            <numerusform>%1: 保存済みメッセージ %n 件を確認、破損 %2 件、修復 %3 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n message(s) backed up to %1</source>
        <translation>
            <numerusform>%n 件のメッセージを %1 にバックアップしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) left out: the stored file is missing or damaged</source>
        <translation>
            <numerusform>%n 件のメッセージを除外しました: 保存ファイルが見つからないか破損しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) restored into %1</source>
        <translation>
            <numerusform>%n 件のメッセージを %1 に復元しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SearchCommand.cpp" line="+23"/>
        <source>indexing %n message(s) for search</source>
        <translation>
            <numerusform>検索用に %n 件のメッセージを索引付けしています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TrashCommands.cpp" line="-58"/>
        <source>%1: %n message(s) restored from the Trash</source>
        <translation>
            <numerusform>%1: %n 件のメッセージをごみ箱から元に戻しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the Trash</source>
        <translation>%1 はごみ箱にありません</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n message(s) deleted for good</source>
        <translation>
            <numerusform>%1: %n 件のメッセージを完全に削除しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deleted on the server at the next check</source>
        <translation>; 次の確認時にサーバー上でも削除します</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1: %n message(s) moved to the Trash</source>
        <translation>
            <numerusform>%1: %n 件のメッセージをごみ箱へ移動しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a downloaded message (delete NAME UIDL deletes on the server)</source>
        <translation>%1 はダウンロード済みのメッセージではありません (delete NAME UIDL はサーバー上で削除します)</translation>
    </message>
    <message>
        <location filename="../app/sync/TriageCommands.cpp" line="+7"/>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by rule</source>
        <translation>ルールにより</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by policy</source>
        <translation>ポリシーにより</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules add: a condition, e.g. &apos;subject contains &quot;lottery&quot;&apos; (repeat for more).</source>
        <translation>rules add: 条件。例: &apos;subject contains &quot;lottery&quot;&apos; (複数なら繰り返す)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules add: mark-spam, delete-on-server, keep-on-server, always-download or download-now.</source>
        <translation>rules add: mark-spam、delete-on-server、keep-on-server、always-download、download-now のいずれか。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: any condition suffices (default: all).</source>
        <translation>rules add: いずれかの条件で十分 (既定: すべて)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: delete-on-server deletes in the run that finds the message, unreviewed.</source>
        <translation>rules add: delete-on-server はメッセージを見つけた実行で確認せずに削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules add: only for this account (default: every account).</source>
        <translation>rules add: このアカウントのみ (既定: すべてのアカウント)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules import: replace the rules instead of adding to them.</source>
        <translation>rules import: ルールを追加せずに置き換えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: print what triage decided for each new message.</source>
        <translation>check、download: 新着メッセージごとの仕分けの判定を表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: leave triage (rules, lists, spam hints) out.</source>
        <translation>check、download: 仕分け (ルール、リスト、スパムの手がかり) を行いません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a quote is not closed in: %1</source>
        <translation>引用符が閉じられていません: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--without-review goes with delete-on-server only</source>
        <translation>--without-review は delete-on-server とだけ使えます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no rule %1</source>
        <translation>ルール %1 はありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>%n 件のルールをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not an address or domain: %1</source>
        <translation>アドレスでもドメインでもありません: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not on the list: %1</source>
        <translation>リストにありません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n friend(s) added</source>
        <translation>
            <numerusform>%n 人の友だちを追加しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the classifier did not learn: %1</source>
        <translation>分類器は学習しませんでした: %1</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>score %1</source>
        <translation>スコア %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../ui/MessageHtml.cpp" line="+59"/>
        <source>Attached message</source>
        <translation>附带的邮件</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to</source>
        <translation>回复至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>Poplar::Account::AccountSettings</name>
    <message>
        <location filename="../core/account/Account.cpp" line="+52"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>无法从 %1 读取 PEM 证书</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autoconfig</name>
    <message>
        <location filename="../core/account/autodetect/Autoconfig.cpp" line="+107"/>
        <source>a POP3 server without a host name was skipped</source>
        <translation>已跳过一个没有主机名的 POP3 服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the POP3 server &quot;%1&quot; was skipped: not a valid host name</source>
        <translation>已跳过 POP3 服务器“%1”：不是有效的主机名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the POP3 server %1 was skipped: &quot;%2&quot; is not a valid port</source>
        <translation>已跳过 POP3 服务器 %1：“%2”不是有效的端口</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the POP3 server %1 was skipped: unknown socket type &quot;%2&quot;</source>
        <translation>已跳过 POP3 服务器 %1：未知的套接字类型“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the POP3 server %1 was skipped: it only allows %2, which Poplar cannot do</source>
        <translation>已跳过 POP3 服务器 %1：它只允许 %2，而 Poplar 不支持</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the POP3 server %1 was skipped: its user name contains control characters</source>
        <translation>已跳过 POP3 服务器 %1：其用户名包含控制字符</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The autoconfig file is empty.</source>
        <translation>自动配置文件为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The autoconfig file is too large (%1 bytes).</source>
        <translation>自动配置文件过大（%1 字节）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a Mozilla autoconfig file: its root element is &lt;%1&gt;, not &lt;clientConfig&gt;.</source>
        <translation>这不是 Mozilla 自动配置文件：其根元素是 &lt;%1&gt;，而不是 &lt;clientConfig&gt;。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The autoconfig file is not valid XML (line %1, column %2): %3</source>
        <translation>自动配置文件不是有效的 XML（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The autoconfig file describes no e-mail provider (no &lt;emailProvider&gt; element).</source>
        <translation>自动配置文件没有描述任何邮件服务商（缺少 &lt;emailProvider&gt; 元素）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POP3 server in the autoconfig file can be used: %1.</source>
        <translation>自动配置文件中没有可用的 POP3 服务器：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server (only %1).</source>
        <translation>服务商的自动配置文件中没有列出 POP3 服务器（只有 %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s autoconfig file lists no POP3 server.</source>
        <translation>服务商的自动配置文件中没有列出 POP3 服务器。</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::AutoconfigFetcher</name>
    <message>
        <location filename="../core/account/autodetect/AutoconfigFetcher.cpp" line="+97"/>
        <source>the file is larger than %1 bytes</source>
        <translation>文件大于 %1 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::Autodetector</name>
    <message>
        <location filename="../core/account/autodetect/Autodetector.cpp" line="+40"/>
        <source>The search took too long; stopping with what was found.</source>
        <translation>搜索耗时过长，将以已找到的结果结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching the provider&apos;s settings from %1…</source>
        <translation>正在从 %1 获取服务商的设置…</translation>
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
            <numerusform>%1: %2 列出了 %n 个 POP3 服务器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is not an e-mail address, so there is nothing to look up.</source>
        <translation>“%1”不是电子邮件地址，因此无从查找。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the POP3 server of %1…</source>
        <translation>正在查找 %1 的 POP3 服务器…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking up the DNS SRV record %1…</source>
        <translation>正在查询 DNS SRV 记录 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the lookup failed: %2</source>
        <translation>%1：查询失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such record.</source>
        <translation>%1：没有此记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points to %2 port %3.</source>
        <translation>%1 指向 %2 的端口 %3。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Trying %1…</source>
        <translation>正在尝试 %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answers, encrypted, with a trusted certificate; login methods: %2.</source>
        <translation>%1 已响应，已加密，证书受信任；登录方式：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers, but its certificate is not trusted.</source>
        <translation>%1 已响应，但其证书不受信任。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2 answers, but offers no encryption (%3).</source>
        <translation>%1:%2 已响应，但不提供加密（%3）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Best choice: %1.</source>
        <translation>最佳选择：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No POP3 server was found. Enter the server settings by hand.</source>
        <translation>未找到 POP3 服务器。请手动输入服务器设置。</translation>
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
        <translation>从第一个字节起即加密，证书受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted after STLS, certificate trusted</source>
        <translation>STLS 之后加密，证书受信任</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypted, but its certificate is not trusted (%1): you will be asked whether to trust it</source>
        <translation>已加密，但其证书不受信任（%1）：将询问您是否信任它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this server offers no encryption: the password and every message would cross the network readable by anyone on the way. It is used only if you explicitly agree</source>
        <translation>此服务器不提供加密：密码和每封邮件都将以明文在网络上传输，途中任何人都能读取。只有在您明确同意时才会使用它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked: the search ended before it answered</source>
        <translation>未检查：在它响应之前搜索已结束</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its certificate is trusted</source>
        <translation>其证书受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it offers encryption</source>
        <translation>它提供加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS from the first byte is preferred over STLS</source>
        <translation>从第一个字节起的 TLS 优先于 STLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it offers a stronger login (%1 rather than %2)</source>
        <translation>它提供更强的登录方式（%1 而非 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more sources name it</source>
        <translation>更多来源列出了它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it comes earlier in the search order (DNS SRV records, the provider&apos;s settings, then the usual host names)</source>
        <translation>它在搜索顺序中更靠前（DNS SRV 记录、服务商的设置，然后是常用主机名）</translation>
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
        <translation>无加密</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS SRV record</source>
        <translation>DNS SRV 记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (https)</source>
        <translation>服务商的自动配置 (https)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s autoconfig (plain http, unauthenticated)</source>
        <translation>服务商的自动配置（明文 http，未经验证）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual host name</source>
        <translation>常用主机名</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Found by: %1.</source>
        <translation>发现途径：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1. %2</source>
        <translation>已排除：%1。%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known once the certificate is trusted</source>
        <translation>信任证书后即可得知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not announced</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1; best login it offers: %2. %3</source>
        <translation>已选择：%1；它提供的最佳登录方式：%2。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not chosen: %1 is preferred because %2. This one is %3. %4</source>
        <translation>未选择：优先使用 %1，因为%2。此服务器%3。%4</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::ServerProbe</name>
    <message>
        <location filename="../core/account/autodetect/ServerProbe.cpp" line="+111"/>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒内没有响应。</translation>
    </message>
</context>
<context>
    <name>Poplar::Autodetect::SrvResolver</name>
    <message>
        <location filename="../core/account/autodetect/SrvResolver.cpp" line="+44"/>
        <source>The DNS lookup timed out.</source>
        <translation>DNS 查询超时。</translation>
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
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no state file %1: every message on the server will be new</source>
        <translation>没有状态文件 %1：服务器上的每封邮件都将是新的</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n UIDL(s) of %1 on %2 in %3</source>
        <translation>
            <numerusform>%3 中 %2 上 %1 的 %n 个 UIDL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no POP3 account for them in the configuration</source>
        <translation>配置中没有对应的 POP3 账户</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Thunderbird profile found</source>
        <translation>未找到 Thunderbird 配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Thunderbird profile (profiles.ini or prefs.js) in %1</source>
        <translation>%1 中没有 Thunderbird 配置文件（profiles.ini 或 prefs.js）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no mpop configuration found</source>
        <translation>未找到 mpop 配置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no fetchmail configuration found (%1)</source>
        <translation>未找到 fetchmail 配置（%1）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no getmailrc found</source>
        <translation>未找到 getmailrc</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no POP3 account found</source>
        <translation>未找到 POP3 账户</translation>
    </message>
    <message>
        <location filename="../core/account/import/ImportFormats.cpp" line="+37"/>
        <source>account %1 on %2</source>
        <translation>%2 上的账户 %1</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>an account of type %1, not POP3</source>
        <translation>类型为 %1 的账户，不是 POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server name in prefs.js</source>
        <translation>prefs.js 中没有服务器名</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>popstate.dat line %1</source>
        <translation>popstate.dat 第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UIDL before any &quot;*host user&quot; line</source>
        <translation>在任何“*host user”行之前的 UIDL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a &quot;flag UIDL time&quot; line</source>
        <translation>不是“标志 UIDL 时间”行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thunderbird has only the headers of this message</source>
        <translation>Thunderbird 只有这封邮件的邮件头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>mpop account %1</source>
        <translation>mpop 账户 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no host</source>
        <translation>没有主机</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>UIDLs file line %1</source>
        <translation>UIDL 文件第 %1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an mpop UIDL list</source>
        <translation>不是 mpop 的 UIDL 列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UIDL list of %1 on %2</source>
        <translation>%2 上 %1 的 UIDL 列表</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n UIDL(s) missing at the end of the file</source>
        <translation>
            <numerusform>文件末尾缺少 %n 个 UIDL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a &quot;skip&quot; entry: fetchmail does not poll it</source>
        <translation>“skip”条目：fetchmail 不会收取它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protocol %1, not POP3</source>
        <translation>协议 %1，不是 POP3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no user name given</source>
        <translation>未给出用户名</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>.fetchids line %1</source>
        <translation>.fetchids 第 %1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a &quot;user@host UIDL&quot; line</source>
        <translation>不是“user@host UIDL”行</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no [retriever] type</source>
        <translation>没有 [retriever] 类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the server has no usable UIDLs</source>
        <translation>%1：服务器没有可用的 UIDL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a POP3 retriever</source>
        <translation>%1 不是 POP3 收取器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no server or user name</source>
        <translation>没有服务器或用户名</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>oldmail line %1</source>
        <translation>oldmail 第 %1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no NUL between UIDL and time</source>
        <translation>UIDL 和时间之间没有 NUL</translation>
    </message>
</context>
<context>
    <name>Poplar::Mime::ReplyLink</name>
    <message>
        <location filename="../core/mime/ReplyLink.cpp" line="+217"/>
        <source>On %1, %2 wrote:</source>
        <translation>%1，%2 写道：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote:</source>
        <translation>%1 写道：</translation>
    </message>
</context>
<context>
    <name>Poplar::Model::MessageListModel</name>
    <message>
        <location filename="../core/model/MessageListModel.cpp" line="+25"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pending</source>
        <translation>等待删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone from server</source>
        <translation>已从服务器消失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <extracomment>Message status: new on the server (a short adjective, in the Status column)</extracomment>
        <translation>新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored copy is missing or damaged: Download fetches it again while the server still has it</source>
        <translation>保存的副本丢失或已损坏：只要服务器上仍有该邮件，“下载”会重新获取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be deleted on the server at the next check (Undo to keep it)</source>
        <translation>将在下次收取时从服务器删除（撤销可保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on the server and never downloaded</source>
        <translation>已不在服务器上且从未下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger than the account&apos;s size limit: only the headers were fetched</source>
        <translation>超过账户的大小限制：只获取了邮件头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New on the server: only the headers and first lines were fetched</source>
        <translation>服务器上的新邮件：只获取了邮件头和前几行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server: only the headers and first lines were fetched</source>
        <translation>在服务器上：只获取了邮件头和前几行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and stored locally; the server still has it</source>
        <translation>已下载并保存在本地；服务器上仍有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded and stored locally; no longer on the server</source>
        <translation>已下载并保存在本地；服务器上已没有</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Has attachments</source>
        <translation>有附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server listed this message; its headers are on their way</source>
        <translation>服务器已列出此邮件；正在获取其邮件头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server listed this message, but its headers were not fetched: download it to see it</source>
        <translation>服务器已列出此邮件，但未获取其邮件头：下载后即可查看</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fetching headers…</source>
        <translation>正在获取邮件头…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(headers not fetched)</source>
        <translation>(未获取邮件头)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::ProxySettings</name>
    <message>
        <location filename="../core/net/Proxy.cpp" line="+48"/>
        <source>The proxy must be system, none, socks5://HOST:PORT or http://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>代理必须是 system、none、socks5://HOST:PORT 或 http://HOST:PORT，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy password is never part of the proxy&apos;s address: give socks5://USER@HOST:PORT and keep the password in the keychain (poplar-sync account set-proxy-password NAME).</source>
        <translation>代理密码绝不属于代理地址的一部分：请给出 socks5://USER@HOST:PORT，并将密码保存在钥匙串中（poplar-sync account set-proxy-password NAME）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy must be socks5://HOST:PORT or http://HOST:PORT, without a path.</source>
        <translation>代理必须是 socks5://HOST:PORT 或 http://HOST:PORT，不能带路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy &quot;%1&quot; has no port.</source>
        <translation>代理“%1”没有端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid proxy host name.</source>
        <translation>“%1”不是有效的代理主机名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy user name must not contain line breaks.</source>
        <translation>代理用户名不得包含换行符。</translation>
    </message>
</context>
<context>
    <name>Poplar::Net::SslTransport</name>
    <message>
        <location filename="../core/net/SslTransport.cpp" line="+55"/>
        <source>Cannot bind local port %1: %2</source>
        <translation>无法绑定本地端口 %1：%2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The proxy refused the user name and password (%1).</source>
        <translation>代理拒绝了用户名和密码（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy asks for a user name and password (%1): set them in the account&apos;s proxy settings.</source>
        <translation>代理要求用户名和密码（%1）：请在账户的代理设置中填写。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AccessTokenSource</name>
    <message>
        <location filename="../core/account/oauth/AccessTokenSource.cpp" line="+28"/>
        <source>The sign-in for %1 is no longer valid (it was revoked or has expired). Sign in again: Edit Account in Poplar, or poplar-sync account authorize %1.</source>
        <translation>%1 的登录已失效（已被撤销或已过期）。请重新登录：在 Poplar 中编辑账户，或运行 poplar-sync account authorize %1。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>登录已过期。请重新登录。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The renewed sign-in could not be stored: %1</source>
        <translation>无法保存已续期的登录信息：%1</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::AuthorizationFlow</name>
    <message>
        <location filename="../core/account/oauth/AuthorizationFlow.cpp" line="+62"/>
        <source>The browser did not come back from the sign-in in time.</source>
        <translation>浏览器未能及时完成登录并返回。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>没有可供登录返回的空闲本地端口。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This request was ignored: it does not belong to the sign-in Poplar is waiting for.</source>
        <translation>已忽略此请求：它不属于 Poplar 正在等待的登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Poplar has your sign-in. You can close this page.</source>
        <translation>Poplar 已收到您的登录信息。您可以关闭此页面。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access was not granted in the browser.</source>
        <translation>未在浏览器中授予访问权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in failed (%1).</source>
        <translation>登录失败（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in came back without a usable code.</source>
        <translation>登录返回时没有可用的授权码。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in server gave no refresh token, so Poplar could not stay signed in.</source>
        <translation>登录服务器未提供刷新令牌，因此 Poplar 无法保持登录状态。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Grant</name>
    <message>
        <location filename="../core/account/oauth/Grant.cpp" line="+92"/>
        <source>The sign-in server sent an answer that is far too long.</source>
        <translation>登录服务器发送的应答过长。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>登录服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server&apos;s answer is not valid JSON.</source>
        <translation>登录服务器的应答不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in is no longer valid (it was revoked or has expired). Sign in again.</source>
        <translation>登录已失效（已被撤销或已过期）。请重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in server refused the request (%1).</source>
        <translation>登录服务器拒绝了请求（%1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in server&apos;s answer has no usable access token.</source>
        <translation>登录服务器的应答中没有可用的访问令牌。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in server&apos;s refresh token is unusable.</source>
        <translation>登录服务器的刷新令牌不可用。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::Provider</name>
    <message>
        <location filename="../core/account/oauth/Provider.cpp" line="+91"/>
        <source>No OAuth client id is set for %1: set POPLAR_OAUTH_%2_CLIENT_ID or OAuth/%3/clientId in Poplar.conf.</source>
        <translation>未为 %1 设置 OAuth 客户端 ID：请设置 POPLAR_OAUTH_%2_CLIENT_ID，或在 Poplar.conf 中设置 OAuth/%3/clientId。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sign-in endpoints must use https.</source>
        <translation>%1 的登录端点必须使用 https。</translation>
    </message>
</context>
<context>
    <name>Poplar::OAuth::TokenClient</name>
    <message>
        <location filename="../core/account/oauth/TokenClient.cpp" line="+79"/>
        <source>The token endpoint must use https.</source>
        <translation>令牌端点必须使用 https。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <source>The sign-in server did not answer in time.</source>
        <translation>登录服务器未及时应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server cannot be reached: %1</source>
        <translation>无法连接登录服务器：%1</translation>
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
        <translation>未加密</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1, %2</source>
        <translation>端口 %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, login method %2</source>
        <translation>%1，登录方式 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password refused</source>
        <translation>密码被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the user name or the password. Check both; some providers want a separate “app password” for POP3.</source>
        <translation>服务器不接受该用户名或密码。请检查两者；有些服务商要求为 POP3 使用单独的“应用专用密码”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted, so Poplar did not send your password. You can look at the certificate and decide whether to trust it.</source>
        <translation>服务器的证书不受信任，因此 Poplar 没有发送您的密码。您可以查看该证书，再决定是否信任它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS offered</source>
        <translation>未提供 TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers no TLS, so your password could only be sent unencrypted. Ask your provider for secure settings, or choose “None” as security only if you accept that risk.</source>
        <translation>服务器不提供 TLS，因此您的密码只能以明文发送。请向服务商索取安全的设置；只有在您接受此风险时，才可将安全性选为“无”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS connection could be set up with %1 port %2. The port and the security setting may not match (995 usually means TLS from the start, 110 means STLS).</source>
        <translation>无法与 %1 的端口 %2 建立 TLS 连接。端口与安全设置可能不匹配（995 通常表示从一开始即使用 TLS，110 表示 STLS）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name %1 could not be found. Check its spelling and your network connection.</source>
        <translation>找不到服务器名称 %1。请检查拼写和网络连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused connections on port %2. Check the port and the security setting.</source>
        <translation>%1 拒绝了端口 %2 上的连接。请检查端口和安全设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time. Check the server name, the port and your network.</source>
        <translation>%1 未及时响应。请检查服务器名称、端口和网络。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login method unavailable</source>
        <translation>登录方式不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen login method cannot be used with this server: %1</source>
        <translation>所选登录方式无法用于此服务器：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox in use</source>
        <translation>邮箱正在使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox is in use by another program. Try again in a few minutes.</source>
        <translation>邮箱正被另一个程序使用。请几分钟后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too soon</source>
        <translation>太早</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>服务器每隔几分钟才允许登录一次。请稍后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary server trouble</source>
        <translation>服务器暂时故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is not about your password; try again later.</source>
        <translation>服务器 %1（端口 %2）暂时无法让您登录或提供邮箱。这与您的密码无关；请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox problem</source>
        <translation>邮箱问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.</source>
        <translation>服务器 %1（端口 %2）报告此邮箱存在持续性问题。请联系您的服务提供商。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (port %2): %3 Check your network connection, then try again.</source>
        <translation>%1（端口 %2）：%3 请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings incomplete</source>
        <translation>设置不完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy in another program</source>
        <translation>另一个程序正在使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::ResponseParser</name>
    <message>
        <location filename="../core/pop3/ResponseParser.cpp" line="+116"/>
        <location line="+6"/>
        <source>response line longer than %1 bytes</source>
        <translation>响应行超过 %1 字节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>response line contains a NUL byte</source>
        <translation>响应行包含 NUL 字节</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected response: %1</source>
        <translation>意外的响应：%1</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SaslMechanism</name>
    <message>
        <location filename="../core/pop3/SaslMechanism.cpp" line="+77"/>
        <source>The server&apos;s SCRAM iteration count is not a number Poplar can accept.</source>
        <translation>服务器的 SCRAM 迭代次数不是 Poplar 能接受的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks for %1 SCRAM iterations, more than this account allows (%2). If you trust the server, raise the account&apos;s SCRAM iteration limit: poplar-sync account set NAME --scram-max-iterations N.</source>
        <translation>服务器要求 %1 次 SCRAM 迭代，超过了此账户允许的次数（%2）。如果您信任该服务器，请提高账户的 SCRAM 迭代上限：poplar-sync account set NAME --scram-max-iterations N。</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+41"/>
        <source>Connecting to the server timed out.</source>
        <translation>连接服务器超时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake timed out.</source>
        <translation>TLS 握手超时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server stopped answering.</source>
        <translation>服务器停止了响应。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password contains a line break or NUL character.</source>
        <translation>密码包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+51"/>
        <location line="+564"/>
        <location filename="../core/pop3/SessionStop.cpp" line="+34"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server does not offer STLS, and this account requires TLS.</source>
        <translation>服务器不提供 STLS，而此账户要求使用 TLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not list its capabilities, so it cannot be asked for TLS, which this account requires.</source>
        <translation>服务器没有列出其功能，因此无法要求它使用 TLS，而此账户要求使用 TLS。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to start TLS.</source>
        <translation>服务器拒绝启动 TLS。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent data after agreeing to start TLS.</source>
        <translation>服务器在同意启动 TLS 之后发送了数据。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server closed the connection before confirming QUIT; deletions may not have taken effect.</source>
        <translation>服务器在确认 QUIT 之前关闭了连接；删除操作可能未生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>服务器意外关闭了连接。</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The server took more than %1 seconds over one reply.</source>
        <translation>服务器的一个回复耗时超过 %1 秒。</translation>
    </message>
    <message>
        <location filename="../core/pop3/SessionLogin.cpp" line="+95"/>
        <source>The server does not offer %1 authentication.</source>
        <translation>服务器不提供 %1 认证。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The server&apos;s greeting carries no valid APOP timestamp, so APOP cannot be used.</source>
        <translation>服务器的问候中没有有效的 APOP 时间戳，因此无法使用 APOP。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server refused the %1 login (tried in turn: %2).</source>
        <translation>服务器拒绝了 %1 登录（依次尝试了：%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the %1 login.</source>
        <translation>服务器拒绝了 %1 登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 authentication was cancelled: %2</source>
        <translation>%1 认证已取消：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poplar did not go on to send the password unencrypted. Check the password, or if this network is trusted choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>Poplar 没有继续以未加密方式发送密码。请检查密码；如果信任此网络，请选择 USER/PASS（poplar-sync：--auth user）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user name and password.</source>
        <translation>请检查用户名和密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose USER/PASS (poplar-sync: --auth user).</source>
        <translation>请检查密码，或选择 USER/PASS（poplar-sync：--auth user）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the password, or choose automatic login (poplar-sync: --auth auto) or USER/PASS (--auth user).</source>
        <translation>请检查密码，或选择自动登录（poplar-sync：--auth auto）或 USER/PASS（--auth user）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 authentication is not available: %2</source>
        <translation>%1 认证不可用：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 authentication could not start: %2</source>
        <translation>%1 认证无法开始：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server sent a challenge before its last one was answered.</source>
        <translation>服务器在上一个质询得到回应之前又发送了质询。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server kept the authentication exchange going.</source>
        <translation>服务器没有结束认证交互。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>服务器的质询不是有效的 Base64</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server accepted the login without proving it knows the password; it may be an impostor.</source>
        <translation>服务器在没有证明其知道密码的情况下接受了登录；它可能是冒充者。</translation>
    </message>
    <message>
        <location filename="../core/pop3/Session.cpp" line="+33"/>
        <source>The server sent data nobody asked for.</source>
        <translation>服务器发送了未请求的数据。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server broke the protocol: %1.</source>
        <translation>服务器违反了协议：%1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server&apos;s reply is larger than %1 bytes.</source>
        <translation>服务器的回复超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Poplar::Pop3::SessionSettings</name>
    <message>
        <location filename="../core/pop3/SessionSettings.cpp" line="+105"/>
        <source>No server name is set.</source>
        <translation>未设置服务器名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name contains a line break or NUL character.</source>
        <translation>服务器名称包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, hyphens and dots, as in pop.example.org or bücher.example.</source>
        <translation>“%1”不是有效的服务器名称：请使用字母、数字、连字符和点，例如 pop.example.org 或 bücher.example。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No port is set.</source>
        <translation>未设置端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user name is set.</source>
        <translation>未设置用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>用户名包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains a space, which this login method cannot send.</source>
        <translation>用户名包含空格，此登录方式无法发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeouts and pipeline limits must be positive.</source>
        <translation>超时和流水线限制必须为正数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCRAM iteration limit must be positive.</source>
        <translation>SCRAM 迭代上限必须为正数。</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::AccountLock</name>
    <message>
        <location filename="../core/store/AccountLock.cpp" line="+47"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder of account locks in the profile</source>
        <translation>无法在配置文件中创建账户锁文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the account&apos;s lock: %1</source>
        <translation>无法打开账户锁：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot lock the account: %1</source>
        <translation>无法锁定账户：%1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Backup</name>
    <message>
        <location filename="../core/store/Backup.cpp" line="+116"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>无法在 %1 中创建临时文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy the database: %1</source>
        <translation>无法复制数据库：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot archive %1</source>
        <translation>无法归档 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not empty: restore only into a new or empty folder</source>
        <translation>%1 不为空：只能恢复到新的或空的文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is not a Poplar backup or is damaged</source>
        <translation>%1 不是 Poplar 备份或已损坏</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+407"/>
        <source>the database has no readable schema version</source>
        <translation>数据库没有可读的架构版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database was written by a newer Poplar (schema %1, this build reads %2)</source>
        <translation>数据库由较新版本的 Poplar 写入（架构 %1，此版本可读取 %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile is read-only and was written by an older Poplar: open it once where it can be written</source>
        <translation>该配置文件为只读，且由较旧的 Poplar 写入：请在可写入的位置打开一次</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Export</name>
    <message>
        <location filename="../core/store/Export.cpp" line="+222"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Integrity</name>
    <message>
        <location filename="../core/store/Integrity.cpp" line="+124"/>
        <source>sound</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>保存的文件丢失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file truncated or grown</source>
        <translation>保存的文件大小不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file altered</source>
        <translation>保存的文件已被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>damaged message: subject (what is wrong)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::MessageStore</name>
    <message>
        <location filename="../core/store/MessageStore.cpp" line="+93"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+25"/>
        <source>download of %1 not finished</source>
        <translation>%1 的下载尚未完成</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot move %1 into place</source>
        <translation>无法将 %1 移动到位</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+80"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+482"/>
        <source>cannot sync %1</source>
        <translation>无法同步 %1</translation>
    </message>
</context>
<context>
    <name>Poplar::Store::Profile</name>
    <message>
        <location filename="../core/store/Profile.cpp" line="+27"/>
        <source>cannot create the profile directory %1</source>
        <translation>无法创建配置目录 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the profile is read-only (its folder or database cannot be written): nothing can be changed in it</source>
        <translation>该配置文件为只读（其文件夹或数据库不可写入）：无法在其中更改任何内容</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::PasswordCommand</name>
    <message>
        <location filename="../core/sync/PasswordCommand.cpp" line="+20"/>
        <source>the password command printed more than %1 bytes</source>
        <translation>密码命令输出超过了 %1 字节</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the password command did not finish in time</source>
        <translation>密码命令未能及时结束</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+53"/>
        <source>the password command failed</source>
        <translation>密码命令失败</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::RetentionWarning</name>
    <message>
        <location filename="../core/sync/RetentionWarning.cpp" line="+22"/>
        <source>The server deletes messages as soon as they are retrieved (EXPIRE 0), although this account keeps them on the server.</source>
        <translation>服务器在邮件被取回后立即删除它们（EXPIRE 0），而此账户设置为将其保留在服务器上。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account keeps them on the server.</source>
        <translation>
            <numerusform>服务器会在 %n 天后删除已取回的邮件（EXPIRE），早于此账户在服务器上保留它们的期限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::Runner</name>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+65"/>
        <source>The proxy&apos;s password could not be read from the keychain: %1. Enter it in the account&apos;s proxy settings (poplar-sync: account set-proxy-password).</source>
        <translation>无法从钥匙串读取代理密码：%1。请在账户的代理设置中输入（poplar-sync：account set-proxy-password）。</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-383"/>
        <source>busy: %1 is writing this account</source>
        <translation>忙碌：%1 正在写入此账户</translation>
    </message>
    <message>
        <location filename="../core/sync/Runner.cpp" line="+75"/>
        <location filename="../core/sync/SyncEngine.cpp" line="+116"/>
        <location filename="../core/sync/SyncService.cpp" line="+203"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+68"/>
        <source>The server refused to list its messages.</source>
        <translation>服务器拒绝列出其邮件。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>cannot write the downloaded message to disk</source>
        <translation>无法将下载的邮件写入磁盘</translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::SyncService</name>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="+106"/>
        <source>The profile is not open.</source>
        <translation>配置文件未打开。</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Classifier</name>
    <message>
        <location filename="../core/triage/Classifier.cpp" line="+207"/>
        <source>no spam classifier is set up</source>
        <translation>未设置垃圾邮件分类器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bogofilter failed to learn (exit status %1)</source>
        <translation>bogofilter 学习失败（退出状态 %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training command is set up</source>
        <translation>未设置训练命令</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the training command failed (exit status %1)</source>
        <translation>训练命令失败（退出状态 %1）</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Rule</name>
    <message>
        <location filename="../core/triage/Rule.cpp" line="+110"/>
        <source>Mark as spam</source>
        <translation>标记为垃圾邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete on the server at once</source>
        <translation>立即在服务器上删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark for deletion on the server</source>
        <translation>标记为在服务器上删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never download (keep on the server, hidden)</source>
        <translation>从不下载（保留在服务器上，隐藏）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always download</source>
        <translation>总是下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download now</source>
        <translation>立即下载</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>“%1”不是邮件头名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;is yes&quot; or &quot;is no&quot;</source>
        <translation>%1 只接受 &quot;is yes&quot; 或 &quot;is no&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>greater and less compare size or score</source>
        <translation>greater 和 less 比较大小或分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is compared with is, greater or less</source>
        <translation>%1 只能用 is、greater 或 less 比较</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is longer than %1 characters</source>
        <translation>模式长度超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern is not valid: %1</source>
        <translation>模式无效：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern repeats a group that repeats itself, which can take very long to match</source>
        <translation>该模式重复了一个自身也重复的组，匹配可能非常耗时</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::RuleFile</name>
    <message>
        <location filename="../core/triage/RuleFile.cpp" line="+90"/>
        <source>a condition is: [not] FIELD contains|is|matches|greater|less VALUE</source>
        <translation>条件格式：[not] 字段 contains|is|matches|greater|less 值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>未知运算符“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected: rule &quot;NAME&quot;</source>
        <translation>应为：rule &quot;名称&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知操作“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delete-on-server may be followed by without-review</source>
        <translation>只有 delete-on-server 后面可以跟 without-review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule &quot;%1&quot; has no condition</source>
        <translation>规则“%1”没有条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule &quot;%1&quot; has no action (then ...)</source>
        <translation>规则“%1”没有操作（then ...）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule &quot;%1&quot; has no end</source>
        <translation>规则“%1”缺少 end</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::SpamHints</name>
    <message>
        <location filename="../core/triage/SpamHints.cpp" line="+58"/>
        <source>The provider marked it as spam (X-Spam-Flag).</source>
        <translation>服务商已将其标记为垃圾邮件（X-Spam-Flag）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s filter rated it spam (X-Spam-Status).</source>
        <translation>服务商的过滤器判定其为垃圾邮件（X-Spam-Status）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (%1).</source>
        <translation>Rspamd 判定其为垃圾邮件（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rspamd rated it spam (X-Spamd-Result).</source>
        <translation>Rspamd 判定其为垃圾邮件（X-Spamd-Result）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider marked it as spam (X-Spam).</source>
        <translation>服务商已将其标记为垃圾邮件（X-Spam）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DMARC failed for the sender&apos;s domain %1.</source>
        <translation>发件人域名 %1 的 DMARC 验证失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPF failed: the sending server may not send for %1.</source>
        <translation>SPF 验证失败：发送服务器无权代表 %1 发信。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its DKIM signature for %1 did not verify.</source>
        <translation>其 %1 的 DKIM 签名未通过验证。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SPF soft-failed for %1 (Received-SPF).</source>
        <translation>%1 的 SPF 软失败（Received-SPF）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF failed for %1 (Received-SPF).</source>
        <translation>%1 的 SPF 验证失败（Received-SPF）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies would go to %1, not to the sender&apos;s domain %2.</source>
        <translation>回复会发往 %1，而不是发件人域名 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name shown is the address %1, but it was sent from %2.</source>
        <translation>显示的名称是地址 %1，但实际发件地址是 %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Its Message-ID comes from %1, unrelated to the sender&apos;s domain %2.</source>
        <translation>其 Message-ID 来自 %1，与发件人域名 %2 无关。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It has no date.</source>
        <translation>没有日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its date cannot be read.</source>
        <translation>无法读取其日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated in the future (%1).</source>
        <translation>日期在未来（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated long ago (%1).</source>
        <translation>日期在很久以前（%1）。</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::TriageStore</name>
    <message>
        <location filename="../core/triage/TriageStore.cpp" line="+97"/>
        <source>no account named %1</source>
        <translation>没有名为 %1 的账户</translation>
    </message>
</context>
<context>
    <name>Poplar::Triage::Triager</name>
    <message>
        <location filename="../core/triage/Triager.cpp" line="+27"/>
        <source>The classifier (%1) rates it spam (%2).</source>
        <translation>分类器（%1）判定其为垃圾邮件（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) is unsure (%2).</source>
        <translation>分类器（%1）无法确定（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier (%1) rates it not spam (%2).</source>
        <translation>分类器（%1）判定其不是垃圾邮件（%2）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sender is on your blocklist.</source>
        <translation>发件人在您的黑名单中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is a friend: never spam.</source>
        <translation>发件人是好友：绝不视为垃圾邮件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You marked it as spam.</source>
        <translation>您已将其标记为垃圾邮件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You marked it as not spam.</source>
        <translation>您已将其标记为非垃圾邮件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rule &quot;%1&quot;: %2.</source>
        <translation>规则“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountList</name>
    <message>
        <location filename="../ui/AccountList.cpp" line="+103"/>
        <source>Checking…</source>
        <translation>正在收取…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>尚未收取</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Checked %1</source>
        <translation>上次收取：%1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+44"/>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit Account %1</source>
        <translation>编辑账户 %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This account would send your password unencrypted, and you have not agreed to that. Go back to the server settings.</source>
        <translation>此账户会以明文发送您的密码，而您尚未同意。请返回服务器设置。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is already an account named “%1”. Go back and choose another name.</source>
        <translation>已存在名为“%1”的账户。请返回并选择其他名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password Not Remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is saved, but no keychain is available to keep its password (%2).

Poplar never writes passwords to its own files, so it will ask you for this one when it checks the account, unless you let it remember the password until it quits. To have it remembered for good, run a Secret Service (such as GNOME Keyring or KWallet) and enter the password again under File &gt; Account Settings.</source>
        <translation>账户 %1 已保存，但没有可用的钥匙串来保存其密码（%2）。

Poplar 从不把密码写入自己的文件，因此检查该账户时会询问密码，除非您让它在退出前记住密码。若要长期记住，请运行 Secret Service（如 GNOME Keyring 或 KWallet），并在“文件 &gt; 账户设置”中重新输入密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember Until Poplar Quits</source>
        <translation>记住直到 Poplar 退出(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::AccountsDialog</name>
    <message>
        <location filename="../ui/wizard/AccountsDialog.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2 on %3:%4 (%5)</source>
        <translation>%1 — %3:%4 上的 %2 (%5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “%1” (%2 on %3)?

Its password is removed from the keychain, and its messages disappear from Poplar&apos;s list. Messages on the server are not touched.

Also delete the messages downloaded from this account from this computer?</source>
        <translation>要删除账户“%1”（%3 上的 %2）吗？

其密码将从密钥环中删除，其邮件将从 Poplar 的列表中消失。服务器上的邮件不受影响。

是否同时从这台计算机上删除从此账户下载的邮件？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove and &amp;Delete Messages</source>
        <translation>删除并清除邮件(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove, &amp;Keep Messages</source>
        <translation>删除但保留邮件(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::CertificateDialog</name>
    <message>
        <location filename="../ui/wizard/CertificateDialog.cpp" line="+37"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1 port %2 presented a certificate Poplar cannot verify.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could be pretending to be it. Trust this certificate only if you can confirm its SHA-256 fingerprint another way (your provider&apos;s web page, your administrator). Only this exact certificate will be trusted, only for this server and port; if it ever changes, Poplar asks again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 的端口 %2 出示了 Poplar 无法验证的证书。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;您与服务器之间可能有人在冒充该服务器。只有当您能通过其他途径（服务商的网页、您的管理员）确认其 SHA-256 指纹时，才应信任此证书。只有这一个证书会被信任，且仅限于此服务器和端口；如果证书发生变化，Poplar 会再次询问。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1:%2</source>
        <translation>服务器：%1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate could not be verified.</source>
        <translation>无法验证证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented no certificate.</source>
        <translation>服务器没有出示证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not yet valid)</source>
        <translation>（尚未生效）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Chain (%n certificate(s), server&apos;s first):</source>
        <translation>
            <numerusform>证书链（%n 个证书，服务器的证书在前）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trust This Certificate for %1:%2</source>
        <translation>为 %1:%2 信任此证书(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/ConnectionTestPage.cpp" line="+27"/>
        <source>Test &amp;Again</source>
        <translation>重新测试(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Certificate…</source>
        <translation>查看证书(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these settings even though the test did not succeed</source>
        <translation>即使测试未成功也保存这些设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing the Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar logs in once with these settings; no message is downloaded or deleted.</source>
        <translation>Poplar 将使用这些设置登录一次；不会下载或删除任何邮件。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Connecting to %1 port %2…</source>
        <translation>正在连接到 %1 的端口 %2…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password was typed, and the stored one could not be read (%1). Go back and type it to test the connection.</source>
        <translation>没有输入密码，且无法读取已保存的密码（%1）。请返回并输入密码以测试连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account would send the password unencrypted, which you have not agreed to.</source>
        <translation>此账户会以明文发送密码，而您尚未同意。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected; asking the server what it offers…</source>
        <translation>已连接；正在询问服务器提供的功能…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login worked.</source>
        <translation>登录成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1 with %2.</source>
        <translation>已使用 %2 以 %1 身份登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: NOT encrypted. The password and your mail crossed the network readable.</source>
        <translation>连接：未加密。密码和邮件以明文在网络上传输。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted from the start (TLS).</source>
        <translation>连接：从一开始即加密 (TLS)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection: encrypted after STLS.</source>
        <translation>连接：STLS 之后加密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: trusted because you chose to trust this one (SHA-256 %1).</source>
        <translation>证书：受信任，因为您选择了信任此证书（SHA-256 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting: %1</source>
        <translation>服务器问候：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities: %1</source>
        <translation>功能：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not announced</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server software: %1</source>
        <translation>服务器软件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server does not offer UIDL, which Poplar needs to recognise messages it has already seen.</source>
        <translation>警告：服务器不提供 UIDL，而 Poplar 需要它来识别已经见过的邮件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the server does not offer TOP, so previews need the whole message.</source>
        <translation>注意：服务器不提供 TOP，因此预览需要下载整封邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the server deletes messages as soon as they are downloaded (EXPIRE 0), whatever Poplar is set to do.</source>
        <translation>警告：无论 Poplar 如何设置，服务器都会在邮件下载后立即将其删除 (EXPIRE 0)。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).</source>
        <translation>
            <numerusform>注意：服务器会在邮件下载 %n 天后将其删除 (EXPIRE)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server allows a login only every %n minute(s).</source>
        <translation>
            <numerusform>注意：服务器每 %n 分钟只允许登录一次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What happened: %1</source>
        <translation>发生的情况：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem: %1</source>
        <translation>证书问题：%1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DeletedDialog</name>
    <message>
        <location filename="../ui/DeletedDialog.cpp" line="+24"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>将发件人添加到好友(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on Server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sender, subject, headers or rule</source>
        <translation>搜索发件人、主题、邮件头或规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account policy</source>
        <translation>账户策略</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DetectPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="+38"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, trusted</source>
        <translation>已加密，受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted, certificate not trusted</source>
        <translation>已加密，证书不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Use this server without encryption. I accept that my password and my mail can be read by anyone on the network path.</source>
        <translation>在不加密的情况下使用此服务器。我接受网络路径上的任何人都可能读取我的密码和邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review or change the settings by hand</source>
        <translation>手动查看或更改设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search &amp;Again</source>
        <translation>重新搜索(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding Your Server</source>
        <translation>正在查找您的服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS records, your provider&apos;s published settings and the usual server names are tried at once.</source>
        <translation>将同时尝试 DNS 记录、服务商公布的设置和常用服务器名称。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Looking for the server of %1…</source>
        <translation>正在查找 %1 的服务器…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — chosen</source>
        <translation>%1 — 已选择</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No POP3 server was found for %1. Next lets you enter the settings yourself.</source>
        <translation>未找到 %1 的 POP3 服务器。点击“下一步”可自行输入设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::DocumentationDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="+68"/>
        <source>Poplar Documentation</source>
        <translation>Poplar 文档</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The documentation is missing from this build.</source>
        <translation>此版本缺少文档。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ErrorBar</name>
    <message>
        <location filename="../ui/ErrorBar.cpp" line="+13"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server said: “%1”</source>
        <translation>服务器回复：“%1”</translation>
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
        <translation>本地存储出错：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local store failed</source>
        <translation>本地存储失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1：%2（%3，%4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign In Again...</source>
        <translation>重新登录(&amp;S)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter &amp;Password Again...</source>
        <translation>重新输入密码(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Account...</source>
        <translation>编辑账户(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust Certificate...</source>
        <translation>信任证书(&amp;T)...</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the password for %1 on %2. Type it again; Poplar keeps it in memory until it quits.</source>
        <translation>服务器拒绝了 %2 上 %1 的密码。请重新输入；Poplar 会将其保存在内存中直到退出。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/StartPages.cpp" line="-226"/>
        <source>I will enter the server settings myself</source>
        <translation>我将自行输入服务器设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your e-mail address and password; Poplar looks up the rest.</source>
        <translation>请输入您的电子邮件地址和密码；其余由 Poplar 查找。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Work (the address if left empty)</source>
        <translation>例如：工作（留空则使用地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>you@example.cn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;E-mail address:</source>
        <translation>电子邮件地址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;name:</source>
        <translation>账户名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change what you need; the server settings follow on the next pages.</source>
        <translation>修改需要的内容；服务器设置在后面的页面中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the password empty to keep the one stored in the keychain. Type an address and untick the box above to look the server up again.</source>
        <translation>将密码留空可保留密钥环中保存的密码。输入地址并取消勾选上方的复选框，可重新查找服务器。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+22"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Another Program</source>
        <translation>从其他程序导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its usual places</source>
        <translation>其常用位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already fetched</source>
        <translation>已获取</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the Other Program</source>
        <translation>其他程序的文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poplar reads the other program&apos;s settings and the list of messages it already fetched, so those are not downloaded again. It never reads passwords and never changes the other program&apos;s files.</source>
        <translation>Poplar 读取其他程序的设置以及它已获取的邮件列表，因此这些邮件不会被再次下载。它从不读取密码，也从不更改其他程序的文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>查找位置(&amp;L):</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no record found</source>
        <translation>未找到记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>找到 %n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: added; %n message(s) already fetched will not be downloaded again.</source>
        <translation>
            <numerusform>%1：已添加；%n 封已获取的邮件不会被再次下载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: already in Poplar, settings kept; %n message(s) recorded as fetched.</source>
        <translation>
            <numerusform>%1：已在 Poplar 中，保留设置；%n 封邮件已记录为已获取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are never imported: Poplar asks for each new account&apos;s password at its first check, or set it under Account Settings.</source>
        <translation>密码从不导入：Poplar 会在每个新账户首次检查时询问其密码，您也可以在账户设置中设置。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="+30"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing messages…</source>
        <translation>正在列出邮件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching headers…</source>
        <translation>正在获取邮件头…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server…</source>
        <translation>正在从服务器删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching headers %1 of %2</source>
        <translation>正在获取邮件头 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading %1 of %2</source>
        <translation>正在下载 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting on server %1 of %2</source>
        <translation>正在从服务器删除 %1 / %2</translation>
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
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account could not be removed: %1</source>
        <translation>无法删除账户：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/MessageExport.cpp" line="+93"/>
        <source>The messages could not be read from the profile: %1</source>
        <translation>无法从配置文件读取邮件：%1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The profile could not be opened: %1</source>
        <translation>无法打开配置文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet. Add one with File &gt; Add Account.</source>
        <translation>还没有账户。请通过“文件 &gt; 添加账户”添加。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Check</source>
        <extracomment>Verb: check the selected account for new mail (menu and toolbar)</extracomment>
        <translation>收取(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected account for new messages (F5)</source>
        <translation>收取所选账户的新邮件 (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All</source>
        <extracomment>Verb: check every account for new mail</extracomment>
        <translation>全部收取(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the selected messages (Ctrl+D)</source>
        <translation>下载所选邮件 (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete on Server...</source>
        <translation>从服务器删除(&amp;L)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected messages on the server at the next check (Shift+Del)</source>
        <translation>在下次检查时从服务器删除所选邮件 (Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Selected...</source>
        <translation>导出所选邮件(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages to Folder</source>
        <translation>将邮件导出到文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Selected as &amp;mbox...</source>
        <translation>将所选邮件导出为 mbox(&amp;M)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Messages as mbox</source>
        <translation>将邮件导出为 mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation>mbox 文件 (*.mbox);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify Stored Messages...</source>
        <translation>校验已保存的邮件(&amp;V)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;Log</source>
        <translation>服务器日志(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview &amp;Below List</source>
        <translation>在列表下方预览(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Account...</source>
        <translation>添加账户(&amp;A)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Another Program...</source>
        <translation>从其他程序导入(&amp;I)...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Settings...</source>
        <translation>账户设置(&amp;S)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove Account...</source>
        <translation>删除账户(&amp;R)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mail</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Poplar</source>
        <translation>关于 Poplar(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Poplar</source>
        <translation>关于 Poplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar %1: check, preview and download mail from POP3 servers.</source>
        <translation>Poplar %1：收取、预览和下载 POP3 服务器上的邮件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+26"/>
        <source>Select a message to see it here.</source>
        <translation>选择一封邮件即可在此查看。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>已选择 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>无法从配置文件读取该邮件：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete on Server</source>
        <translation>从服务器删除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) on the server at the next check? Until then, Undo keeps them.</source>
        <translation>
            <numerusform>要在下次收取时从服务器删除 %n 封邮件吗？在此之前，可通过“撤销”保留它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) will be deleted on the server at the next check.</source>
        <translation>
            <numerusform>%n 封邮件将在下次收取时从服务器删除。</numerusform>
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
        <translation> · 剩余 %1:%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; trying again in a minute</source>
        <translation>%1；一分钟后重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local store failed: %1</source>
        <translation>本地存储出错：%1</translation>
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
            <numerusform>%n 封新邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded</source>
        <translation>
            <numerusform>已下载 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>已从服务器删除 %n 封</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>没有新邮件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New mail</source>
        <translation>新邮件</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 封新邮件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2.
It could not be read from the keychain (%3), so Poplar keeps it in memory until it quits.</source>
        <translation>%2 上 %1 的密码。
无法从密钥环读取（%3），因此 Poplar 会将其保存在内存中，直到退出。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageExport.cpp" line="-47"/>
        <source>Downloading %n message(s) from the server…</source>
        <translation>
            <numerusform>正在从服务器下载 %n 封邮件…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/StoredMessageDialogs.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n message(s) not downloaded yet: downloading them now; drag them again once they are.</source>
        <translation>
            <numerusform>%n 封邮件尚未下载：正在下载；下载完成后请再次拖动。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the messages could not be downloaded: %1</source>
        <translation>无法下载邮件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 封邮件导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/StoredMessageDialogs.cpp" line="-14"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) not exported: the stored file is missing or damaged.</source>
        <translation>
            <numerusform>%n 封邮件未导出：保存的文件丢失或已损坏。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking stored messages…</source>
        <translation>正在检查已保存的邮件…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verify Stored Messages</source>
        <translation>校验已保存的邮件</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n stored message(s) are sound.</source>
        <translation>
            <numerusform>全部 %n 封已保存的邮件均完好。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stored message(s) are missing or damaged. Download fetches them again while the server still has them.</source>
        <translation>
            <numerusform>%n 封已保存的邮件丢失或已损坏。只要服务器上仍有这些邮件，“下载”会重新获取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+65"/>
        <source>Poplar: %n new message(s)</source>
        <translation>
            <numerusform>Poplar：%n 封新邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Poplar (%n new)</source>
        <comment>window title</comment>
        <translation>
            <numerusform>Poplar（%n 封新邮件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ManualPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+34"/>
        <source>I accept that my password and my mail cross the network unencrypted, readable by anyone on the way.</source>
        <translation>我接受密码和邮件以明文在网络上传输，途中任何人都能读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a refused secure login method (such as APOP), also send the password unencrypted</source>
        <translation>安全登录方式（如 APOP）被拒绝后，也以未加密方式发送密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server Settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incoming (POP3) server, as your provider documents it.</source>
        <translation>收件 (POP3) 服务器，以服务商的说明为准。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS from the start (usually port 995)</source>
        <translation>从一开始即使用 TLS（通常为端口 995）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS: TLS after connecting (usually port 110)</source>
        <translation>STLS：连接后启用 TLS（通常为端口 110）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: password and mail unencrypted</source>
        <translation>无：密码和邮件均不加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: the strongest the server offers</source>
        <translation>自动：使用服务器提供的最强方式</translation>
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
        <translation>XOAUTH2（密码字段填写访问令牌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAUTHBEARER (password field holds an access token)</source>
        <translation>OAUTHBEARER（密码字段填写访问令牌）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: a PEM file of extra certificate authorities</source>
        <translation>可选：包含额外证书颁发机构的 PEM 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>安全性(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login method:</source>
        <translation>登录方式(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageActions</name>
    <message>
        <location filename="../ui/MessageActions.cpp" line="+25"/>
        <source>Poplar is a retrieval client: your mail program writes and sends it.</source>
        <translation>Poplar 只收取邮件：由您的邮件程序撰写并发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply in Mail Program</source>
        <translation>在邮件程序中回复(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to &amp;All in Mail Program</source>
        <translation>在邮件程序中全部回复(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward in Mail Program</source>
        <translation>在邮件程序中转发(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the downloaded message in your mail program to forward it. %1</source>
        <translation>在邮件程序中打开已下载的邮件以便转发。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the message as the preview shows it (remote content stays blocked)</source>
        <translation>按预览显示的样子打印邮件（远程内容仍被阻止）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>M&amp;essage</source>
        <translation>邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poplar is a retrieval client: replies are written in your mail program.</source>
        <translation>Poplar 只收取邮件：回复在您的邮件程序中撰写。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mail Program</source>
        <translation>邮件程序</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>无法从配置文件读取该邮件：%1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No mail program is set up to write messages (mailto: links). Choose one in your desktop&apos;s settings for default applications.</source>
        <translation>没有设置用于撰写邮件（mailto: 链接）的邮件程序。请在桌面的默认应用程序设置中选择一个。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be created</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be written for your mail program: %1</source>
        <translation>无法为您的邮件程序写出邮件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored copy of this message is damaged; download it again first.</source>
        <translation>此邮件的已存副本已损坏；请先重新下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program is set up to open e-mail files (.eml). The message was saved as %1.</source>
        <translation>没有设置用于打开邮件文件（.eml）的程序。邮件已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MessageWindow</name>
    <message>
        <location filename="../ui/MessageWindow.cpp" line="+26"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
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
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PolicyPage</name>
    <message>
        <location filename="../ui/wizard/ServerPages.cpp" line="+92"/>
        <source>&amp;Leave messages on the server</source>
        <translation>在服务器上保留邮件(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server &amp;this many days after downloading:</source>
        <translation>下载后经过以下天数从服务器删除(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server when I &amp;delete them in Poplar</source>
        <translation>在 Poplar 中删除时也从服务器删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete from the server as soon as they are safely &amp;downloaded</source>
        <translation>安全下载后立即从服务器删除(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only the &amp;headers of messages larger than:</source>
        <translation>大于以下大小的邮件只获取邮件头(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check for new mail every:</source>
        <translation>收取新邮件的间隔(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail on the Server</source>
        <translation>服务器上的邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poplar deletes a message on the server only after it is safely stored here.</source>
        <translation>Poplar 只有在邮件已安全保存到本机后，才会在服务器上删除它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After downloading</source>
        <translation>下载后</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Preview of a message still on the server:</source>
        <translation>仍在服务器上的邮件的预览(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>首选项</translation>
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
        <translation>立即</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <comment>after N days</comment>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark a message as &amp;read after it is shown for:</source>
        <translation>邮件显示多久后标记为已读(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete messages in the &amp;Trash for good after:</source>
        <translation>废纸篓中的邮件多久后彻底删除(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="+26"/>
        <source>&amp;Save Attachment...</source>
        <translation>保存附件(&amp;S)...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a message to see it here.</source>
        <translation>选择一封邮件即可在此查看。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only the headers and first lines are shown; the message is still on the server. &lt;a href=&quot;download&quot;&gt;Download it&lt;/a&gt;</source>
        <translation>只显示邮件头和前几行；邮件仍在服务器上。&lt;a href=&quot;download&quot;&gt;下载邮件&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remote content was blocked (%n item(s)).</source>
        <translation>
            <numerusform>已阻止远程内容（%n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Unnamed (%1)</source>
        <translation>未命名 (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This message is too large to show whole; only its first %1 are shown.</source>
        <translation>此邮件太大，无法完整显示；仅显示前 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview was cut: the server sent more than Poplar keeps for one.</source>
        <translation>预览已被截断：服务器发送的内容超过了 Poplar 为预览保留的大小。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Save Attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ProxyBox</name>
    <message>
        <location filename="../ui/wizard/ProxyBox.cpp" line="+16"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s proxy settings</source>
        <translation>系统的代理设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy: connect directly</source>
        <translation>不使用代理：直接连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5 (the proxy also looks up the server&apos;s name)</source>
        <translation>SOCKS5（服务器名称也由代理解析）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy (CONNECT)</source>
        <translation>HTTP 代理（CONNECT）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the proxy asks for one</source>
        <translation>仅当代理要求时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the desktop or the all_proxy, http_proxy and no_proxy variables say.</source>
        <translation>按桌面或 all_proxy、http_proxy 和 no_proxy 变量的设定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>代理端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy us&amp;er:</source>
        <translation>代理用户(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stored in the keychain; type to change</source>
        <translation>已保存在钥匙串中；输入以更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the keychain</source>
        <translation>保存在钥匙串中</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>请输入代理的主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name and password must not contain line breaks.</source>
        <translation>代理用户名和密码不得包含换行符。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ReadStateActions</name>
    <message>
        <location filename="../ui/ReadStateActions.cpp" line="+16"/>
        <source>Mark as &amp;Read</source>
        <translation>标记为已读(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toggle Read</source>
        <translation>切换已读(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected messages as read, or as unread when all are read (Ctrl+Shift+U)</source>
        <translation>将所选邮件标记为已读，若全部已读则标记为未读 (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RuleEditDialog</name>
    <message>
        <location filename="../ui/RulesDialog.cpp" line="+43"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches (regular expression)</source>
        <translation>匹配（正则表达式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greater than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &amp;without review (in the check that finds it)</source>
        <translation>不经审核直接删除（在发现它的检查中）(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all conditions hold</source>
        <translation>满足所有条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any condition holds</source>
        <translation>满足任一条件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applies when:</source>
        <translation>适用条件(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Condition</source>
        <translation>添加条件(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Then:</source>
        <translation>然后(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not</source>
        <translation>非</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s domain</source>
        <translation>发件人域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To</source>
        <translation>回复地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview text</source>
        <translation>预览文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender is a friend</source>
        <translation>发件人是好友</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender is blocked</source>
        <translation>发件人已被屏蔽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judged spam</source>
        <translation>判定为垃圾邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam score</source>
        <translation>垃圾邮件分数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the rule a name.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one condition.</source>
        <translation>请至少添加一个条件。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::RulesDialog</name>
    <message>
        <location line="+14"/>
        <source>Add the senders of downloaded and kept messages to &amp;friends</source>
        <translation>将已下载和保留邮件的发件人添加到好友(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triage Rules</source>
        <translation>分拣规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation>匹配次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last match</source>
        <translation>最近匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be imported: %1</source>
        <translation>无法导入文件：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the record of deleted messages for:</source>
        <translation>已删除邮件记录的保留时间(&amp;K)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (disabled)</source>
        <translation>（已禁用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No spam classifier: install bogofilter to have one learn from Mark as Spam.</source>
        <translation>没有垃圾邮件分类器：安装 bogofilter 后即可从“标记为垃圾邮件”中学习。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam classifier: %1, learning from Mark as Spam / Not Spam.</source>
        <translation>垃圾邮件分类器：%1，从“标记为垃圾邮件 / 非垃圾邮件”中学习。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SearchFilter</name>
    <message>
        <location filename="../ui/SearchFilter.cpp" line="+15"/>
        <source>Search: words, &quot;a phrase&quot;, from:, subject: (Ctrl+F)</source>
        <translation>搜索：词语、&quot;短语&quot;、from:、subject:（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur, in the sender, recipients, subject or text, accents and case ignored. &quot;Quotes&quot; find a phrase, word* finds words beginning so, and from:, to:, subject: or body: before a word or phrase look only there.</source>
        <translation>每个词都必须出现在发件人、收件人、主题或正文中，不区分重音和大小写。&quot;引号&quot;查找短语，词*查找以此开头的词，在词或短语前加 from:、to:、subject: 或 body: 则只在该处查找。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerFactsBox</name>
    <message>
        <location filename="../ui/wizard/ServerFactsBox.cpp" line="+12"/>
        <source>What the server says</source>
        <translation>服务器的声明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poplar has not logged in to this server yet. How long it keeps retrieved mail, and how often it lets you log in, show here after the first check.</source>
        <translation>Poplar 尚未登录过此服务器。首次检查后，这里会显示它保留已取回邮件的时长以及允许登录的频率。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It did not say how long it keeps retrieved messages.</source>
        <translation>它未说明已取回邮件的保留时长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps retrieved messages for as long as you leave them (EXPIRE NEVER).</source>
        <translation>只要您不删除，它就会一直保留已取回的邮件（EXPIRE NEVER）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It deletes messages as soon as they are retrieved (EXPIRE 0).</source>
        <translation>邮件一经取回即被删除（EXPIRE 0）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It deletes retrieved messages after %n day(s) (EXPIRE).</source>
        <translation>
            <numerusform>已取回的邮件会在 %n 天后删除（EXPIRE）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It allows one login every %n minute(s) (LOGIN-DELAY).</source>
        <translation>
            <numerusform>每 %n 分钟允许登录一次（LOGIN-DELAY）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It announces no least time between logins.</source>
        <translation>它未声明两次登录之间的最短间隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the last login, %1: %2 %3</source>
        <translation>上次登录时（%1）：%2 %3</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerLogDialog</name>
    <message>
        <location filename="../ui/ServerLogDialog.cpp" line="+16"/>
        <source>Server Log</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear...</source>
        <translation>清除(&amp;L)...</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Clear Server Log</source>
        <translation>清除服务器日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the server log? The conversation of every session so far is lost.</source>
        <translation>清除服务器日志？迄今所有会话的对话都将丢失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="-37"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::SignInBox</name>
    <message>
        <location filename="../ui/wizard/SignInBox.cpp" line="+65"/>
        <source>Sign in with %1…</source>
        <translation>使用 %1 登录…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation>正在等待您在浏览器中使用 %1 登录…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in with %1. No password is needed; the sign-in is kept in the keychain.</source>
        <translation>已使用 %1 登录。无需密码；登录信息保存在密钥环中。</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::StoredMessageWindow</name>
    <message>
        <location filename="../ui/StoredMessageWindow.cpp" line="+16"/>
        <source>&amp;Previous</source>
        <translation>上一封(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>下一封(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous message in the list (P)</source>
        <translation>列表中的上一封邮件 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next message in the list (N)</source>
        <translation>列表中的下一封邮件 (N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <extracomment>Name of the message window&apos;s toolbar</extracomment>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The message is no longer in the profile.</source>
        <translation>该邮件已不在配置文件中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be read from the profile: %1</source>
        <translation>无法从配置文件读取该邮件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - Poplar</source>
        <translation>%1 - Poplar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TrashActions</name>
    <message>
        <location filename="../ui/TrashActions.cpp" line="+26"/>
        <source>&amp;Delete</source>
        <extracomment>Verb: delete the selected messages (they go to the Trash)</extracomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Trash</source>
        <translation>显示废纸篓(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash...</source>
        <translation>清空废纸篓(&amp;E)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected downloaded messages to the Trash; in the Trash, delete them for good (Del)</source>
        <translation>将所选的已下载邮件移到废纸篓；在废纸篓中则彻底删除 (Del)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This account deletes them on the server as well, at the next check.</source>
        <translation>此账户会在下次检查时也从服务器删除它们。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>已将 %n 封邮件移到废纸篓。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete for Good</source>
        <translation>彻底删除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? They cannot be restored.</source>
        <translation>
            <numerusform>彻底删除 %n 封邮件？删除后无法恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Trash is empty.</source>
        <translation>废纸篓是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty Trash</source>
        <translation>清空废纸篓</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.</source>
        <translation>
            <numerusform>彻底删除 %1 废纸篓中的 %n 封邮件？删除后无法恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TriageUi</name>
    <message>
        <location filename="../ui/TriageUi.cpp" line="+100"/>
        <source>Mark as &amp;Spam</source>
        <translation>标记为垃圾邮件(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Not Spam</source>
        <translation>标记为非垃圾邮件(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Friends</source>
        <translation>将发件人添加到好友(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sender to &amp;Blocklist</source>
        <translation>将发件人添加到黑名单(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process Marked…</source>
        <translation>处理已标记邮件(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deleted on Server…</source>
        <translation>已在服务器上删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Messages &amp;Kept on Server</source>
        <translation>显示保留在服务器上的邮件(&amp;K)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Triage</source>
        <translation>分拣(&amp;T)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Marked for deletion on the server (Process Marked deletes it).</source>
        <translation>已标记为在服务器上删除（“处理已标记邮件”会删除它）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on the server: never downloaded.</source>
        <translation>保留在服务器上：从不下载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam (score %1). Why:</source>
        <translation>垃圾邮件（分数 %1）。原因：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam score %1:</source>
        <translation>垃圾邮件分数 %1：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The spam classifier did not learn: %1</source>
        <translation>垃圾邮件分类器未能学习：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Process Marked</source>
        <translation>处理已标记邮件</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n marked message(s) on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</source>
        <translation>
            <numerusform>在服务器上删除 %n 封已标记的邮件，然后按规则下载其余邮件吗？已删除的邮件会保留在“已在服务器上删除”中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No message is marked for deletion. Download new messages as the rules say?</source>
        <translation>没有标记为删除的邮件。按规则下载新邮件吗？</translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/WelcomePanel.cpp" line="+13"/>
        <source>Welcome to Poplar</source>
        <translation>欢迎使用 Poplar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poplar checks your POP3 mailboxes, shows the first lines of each new message while it is still on the server, and downloads the ones you want to keep. Add your e-mail account to begin: the address and the password are usually enough.</source>
        <translation>Poplar 检查您的 POP3 邮箱，在新邮件仍在服务器上时显示其前几行，并下载您想保留的邮件。请先添加您的电子邮件账户：通常只需地址和密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PoplarMain</name>
    <message>
        <location filename="../app/poplar_main.cpp" line="+24"/>
        <source>Check, preview and download mail from POP3 servers.</source>
        <translation>收取、预览和下载 POP3 服务器上的邮件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>配置目录（默认：数据目录）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message files (.eml) to open.</source>
        <translation>要打开的邮件文件（.eml）。</translation>
    </message>
</context>
<context>
    <name>PoplarSync</name>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+60"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1：%2（%3，%4）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server name.</source>
        <translation>服务器名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>服务器端口（tls 默认为 995，其他为 110）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls (default), starttls or plain.</source>
        <comment>--security values: keep the words tls, starttls, plain</comment>
        <translation>tls（默认）、starttls 或 plain。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, gssapi, xoauth2 or oauthbearer.</source>
        <comment>--auth values: keep the method names</comment>
        <translation>auto、user、apop、rpop、plain、login、cram-md5、digest-md5、scram-sha-1、scram-sha-256、gssapi、xoauth2 或 oauthbearer。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command whose first output line is the password or token.</source>
        <translation>其输出的第一行为密码或令牌的命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system (default: the system&apos;s proxy settings), none, socks5://HOST:PORT or http://HOST:PORT.</source>
        <comment>--proxy values: keep the words system, none, socks5, http</comment>
        <translation>system（默认：系统的代理设置）、none、socks5://HOST:PORT 或 http://HOST:PORT。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest SCRAM iteration count accepted from the server (default %1).</source>
        <translation>接受服务器要求的最大 SCRAM 迭代次数（默认 %1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--scram-max-iterations must be a number from 1 to %1</source>
        <translation>--scram-max-iterations 必须是 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="+44"/>
        <location filename="../app/sync/CommandLine.cpp" line="+20"/>
        <source>--security must be tls, starttls or plain</source>
        <translation>--security 必须为 tls、starttls 或 plain</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/sync/CommandLine.cpp" line="+8"/>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port 必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/sync/CommandLine.cpp" line="+7"/>
        <source>unknown --auth method: %1</source>
        <translation>未知的 --auth 方式：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--plaintext-fallback must be yes or no</source>
        <translation>--plaintext-fallback 必须是 yes 或 no</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>read %1</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1: %2</source>
        <translation>已跳过：%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would create account %1</source>
        <translation>将创建账户 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created account %1</source>
        <translation>已创建账户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 exists, settings kept</source>
        <translation>账户 %1 已存在，设置保持不变</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n UIDL(s) marked as fetched by %1</source>
        <translation>
            <numerusform>%n 个 UIDL 标记为已由 %1 收取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already known</source>
        <translation>
            <numerusform>%n 个已知</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never imported: give each new account a password with &quot;poplar-sync account set NAME --password-command CMD&quot; or &quot;account set-password NAME&quot;.</source>
        <translation>密码从不导入：请用“poplar-sync account set NAME --password-command CMD”或“account set-password NAME”为每个新账户设置密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="+18"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>无法从 %1 读取 PEM 证书</translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+49"/>
        <source>the password command failed</source>
        <translation>密码命令执行失败</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+39"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-95"/>
        <location line="+19"/>
        <location filename="../app/sync/Commands.cpp" line="+103"/>
        <location filename="../app/sync/OAuthCommands.cpp" line="+35"/>
        <location filename="../app/sync/StoreCommands.cpp" line="+154"/>
        <location filename="../app/sync/TriageCommands.cpp" line="+41"/>
        <source>no account named %1</source>
        <translation>没有名为 %1 的账户</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+67"/>
        <source>no password: the keychain says: %1 (use account set-password, or --password-command)</source>
        <translation>无密码：密钥环返回：%1（请使用 account set-password 或 --password-command）</translation>
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
        <translation>本地存储：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommandLine.cpp" line="-120"/>
        <source> (server: %1)</source>
        <translation>（服务器：%1）</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-7"/>
        <source>no proxy password: %1</source>
        <translation>没有代理密码：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <comment>summary: messages new on the server</comment>
        <translation>
            <numerusform>%n 封新邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded (%1)</source>
        <comment>summary: messages and bytes downloaded</comment>
        <translation>
            <numerusform>已下载 %n 封（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted on server</source>
        <comment>summary</comment>
        <translation>
            <numerusform>已从服务器删除 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n over the size limit (headers only)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n 封超过大小限制（仅邮件头）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n listed by size only (headers not available from this server)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n 封仅按大小列出（无法从此服务器获取邮件头）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped (bad or duplicate UIDL)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>已跳过 %n 封（UIDL 无效或重复）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-7"/>
        <location line="+3"/>
        <location filename="../app/sync/SyncSequence.cpp" line="+1"/>
        <source>, </source>
        <comment>summary: list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="+2"/>
        <source> (server has no UIDL: keys derived from headers)</source>
        <translation>（服务器没有 UIDL：键由邮件头生成）</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="+8"/>
        <source>cannot read the profile&apos;s database (is it damaged?): %1</source>
        <translation>无法读取配置文件的数据库（是否已损坏？）：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave messages on the server (default).</source>
        <translation>在服务器上保留邮件（默认）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server once they are stored.</source>
        <translation>邮件保存后即从服务器删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server N days after download.</source>
        <translation>下载 N 天后从服务器删除邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete messages on the server when the local copy is deleted.</source>
        <translation>删除本地副本时从服务器删除邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch only headers of messages larger than BYTES until asked.</source>
        <translation>大于 BYTES 的邮件只获取邮件头，直到明确要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body lines fetched with TOP (default 20).</source>
        <translation>使用 TOP 获取的正文行数（默认 20）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes or no (default): over a connection without TLS, after APOP or a mechanism that hides the password was refused, also try those that send it.</source>
        <comment>--plaintext-fallback values: keep the words yes, no</comment>
        <translation>yes 或 no（默认）：在没有 TLS 的连接上，当 APOP 或隐藏密码的机制被拒绝后，也尝试会发送密码的机制。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes between the application&apos;s periodic checks (0: off).</source>
        <translation>应用程序定期收取的间隔分钟数（0：关闭）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account authorize: google or microsoft (default: from the server or address).</source>
        <translation>account authorize：google 或 microsoft（默认：根据服务器或地址判断）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download: every new message.</source>
        <translation>download：所有新邮件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, download, delete: seconds to wait while another program writes the same account (default 30), then exit 7.</source>
        <translation>check、download、delete：另一个程序写入同一账户时等待的秒数（默认 30），之后以 7 退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: folder for .eml files; backup: the file to write.</source>
        <translation>export：.eml 文件的文件夹；backup：要写入的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: write an mboxrd file.</source>
        <translation>export：写入 mboxrd 文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account&apos;s proxy has no user name: set --proxy socks5://USER@HOST:PORT or http://USER@HOST:PORT first</source>
        <translation>该账户的代理没有用户名：请先设置 --proxy socks5://USER@HOST:PORT 或 http://USER@HOST:PORT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given</source>
        <translation>未提供密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused the password: %1</source>
        <translation>密钥环拒绝了密码：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>busy: %1 is writing account %2</source>
        <translation>忙碌：%1 正在写入账户 %2</translation>
    </message>
    <message>
        <location filename="../app/sync/AccountCommands.cpp" line="-78"/>
        <source>cannot change account %1: %2</source>
        <translation>无法更改账户 %1：%2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--delete-after-days needs a number of days</source>
        <translation>--delete-after-days 需要一个天数</translation>
    </message>
    <message>
        <location filename="../app/sync/Commands.cpp" line="-109"/>
        <source>cannot add account %1: %2</source>
        <translation>无法添加账户 %1：%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>import: say what would be imported, change nothing; check, download: print what triage would decide, act on none of it.</source>
        <translation>import：显示将导入的内容，不做任何更改；check、download：显示分拣将作出的决定，但不执行。</translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>已导出 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/poplar_sync_main.cpp" line="+11"/>
        <source>no password source: pass --password-command</source>
        <translation>没有密码来源：请指定 --password-command</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>scan: a proxy with a user name works only for an account (account add ... --proxy, then account set-proxy-password)</source>
        <translation>scan：带用户名的代理只能用于账户（account add ... --proxy，然后 account set-proxy-password）</translation>
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
        <translation>Poplar 的无界面 POP3 工具：与应用程序使用相同的引擎和存储。

命令：
  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]
          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|
          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]
          [--proxy PROXY] [--plaintext-fallback yes|no]
  account set-password NAME    将密码保存到密钥环（从标准输入读取）
  account set-proxy-password NAME   将代理密码存入钥匙串（从标准输入读取）
  account authorize NAME       在浏览器中使用 Google 或 Microsoft 登录（参见 --provider）
  account set NAME [add 的选项]   修改账户；account show NAME 显示其设置
  account list | account remove NAME
  import thunderbird|mpop|fetchmail|getmail [PATH] [--dry-run]   账户及已收取的 UIDL
  check [NAME]                 列出服务器上的邮件，获取新邮件的邮件头
  download [NAME] [--all|UIDL...]  下载新邮件（或指定的邮件）
  list NAME                    存储中关于某账户的信息
  search NAME QUERY            匹配词语、&quot;短语&quot;、from:、to:、subject:、前缀* 的邮件
  delete NAME UIDL...          不下载而直接删除服务器上的邮件
  export NAME --to DIR [--mbox FILE]   将已下载的邮件写为 .eml 文件 / mboxrd
  verify [NAME] [--repair]     校验每个已保存的邮件文件；--repair 重新下载已损坏的邮件
  backup --to FILE             将配置文件的一致快照保存到一个 tar 文件
  restore --from FILE          将备份解包到新的或空的配置文件（参见 --profile）
  scan --host H ...            列出服务器上的邮件，不保存任何内容</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  delete-local NAME UIDL...    move downloaded messages to the account&apos;s Trash
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               what is in the Trash, taking it back, deleting it for good
  trash keep-days [DAYS]       days the Trash keeps a message (0: until emptied)</source>
        <comment>--help: translate the descriptions, keep the command and option words and the column alignment</comment>
        <translation>  delete-local NAME UIDL...    将已下载的邮件移到账户的废纸篓
  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]
                               废纸篓中有什么、取回、彻底删除
  trash keep-days [DAYS]       废纸篓保留邮件的天数（0：直到清空）</translation>
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
        <translation>  check|download ... [--apply-rules] [--dry-run] [--no-rules]   输出（或仅显示）分拣的决定
  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]
        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]
  friends add|remove ENTRY... | friends list | friends import-vcard FILE
  block add|remove ENTRY... | block list   地址或域名
  spam NAME UIDL... | ham NAME UIDL...   记录判定并训练分类器
  deleted list [NAME] | deleted search TEXT [NAME]   在服务器上删除了什么，以及原因
  process [NAME]               在服务器上删除已标记的邮件，下载其余邮件
  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none
        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   （退出 0 垃圾邮件，1 非垃圾邮件，2 不确定）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See above.</source>
        <translation>见上文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile directory (default: the data directory).</source>
        <translation>配置目录（默认：数据目录）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown or missing command; try --help</source>
        <translation>未知或缺少命令；请尝试 --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the profile %1: %2</source>
        <translation>无法打开配置文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/Progress.cpp" line="+20"/>
        <source>connecting</source>
        <comment>progress phase</comment>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing</source>
        <comment>progress phase</comment>
        <translation>正在列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers</source>
        <comment>progress phase: fetching headers</comment>
        <translation>正在获取邮件头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downloading</source>
        <comment>progress phase</comment>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <comment>progress phase</comment>
        <translation>正在删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitting</source>
        <comment>progress phase: logging out</comment>
        <translation>正在退出</translation>
    </message>
    <message>
        <location filename="../app/sync/ScanCommand.cpp" line="+42"/>
        <source>LIST failed: %1</source>
        <translation>LIST 失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n message(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/SyncSequence.cpp" line="-40"/>
        <source>no token: the keychain says: %1 (use account authorize, or --password-command)</source>
        <translation>无令牌：密钥环返回：%1（请使用 account authorize 或 --password-command）</translation>
    </message>
    <message>
        <location filename="../app/sync/OAuthCommands.cpp" line="+10"/>
        <source>which sign-in? use --provider %1</source>
        <translation>使用哪种登录？请使用 --provider %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this address in a browser to sign in with %1:</source>
        <translation>请在浏览器中打开此地址以使用 %1 登录：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain refused the sign-in: %1</source>
        <translation>密钥环拒绝保存登录信息：%1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>signed in with %1; the sign-in is in the keychain.</source>
        <translation>已使用 %1 登录；登录信息已保存在密钥环中。</translation>
    </message>
    <message>
        <location filename="../app/sync/StoreCommands.cpp" line="+7"/>
        <source>verify: download damaged messages again from the server.</source>
        <translation>verify：从服务器重新下载已损坏的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the backup file to read.</source>
        <translation>restore：要读取的备份文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n message(s) not exported: the stored file is missing or damaged (see verify --repair)</source>
        <translation>
            <numerusform>%1：%n 封邮件未导出：保存的文件丢失或已损坏（参见 verify --repair）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n stored message(s) checked, %2 damaged, %3 repaired</source>
        <comment>verify summary</comment>
        <translation>
            <numerusform>%1：已检查 %n 封已保存的邮件，%2 封损坏，%3 封已修复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n message(s) backed up to %1</source>
        <translation>
            <numerusform>已将 %n 封邮件备份到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) left out: the stored file is missing or damaged</source>
        <translation>
            <numerusform>已略过 %n 封邮件：保存的文件丢失或已损坏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) restored into %1</source>
        <translation>
            <numerusform>已将 %n 封邮件恢复到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SearchCommand.cpp" line="+23"/>
        <source>indexing %n message(s) for search</source>
        <translation>
            <numerusform>正在为搜索索引 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TrashCommands.cpp" line="-58"/>
        <source>%1: %n message(s) restored from the Trash</source>
        <translation>
            <numerusform>%1：已从废纸篓恢复 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the Trash</source>
        <translation>%1 不在废纸篓中</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n message(s) deleted for good</source>
        <translation>
            <numerusform>%1：已彻底删除 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deleted on the server at the next check</source>
        <translation>；将在下次检查时从服务器删除</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1: %n message(s) moved to the Trash</source>
        <translation>
            <numerusform>%1：已将 %n 封邮件移到废纸篓</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a downloaded message (delete NAME UIDL deletes on the server)</source>
        <translation>%1 不是已下载的邮件（delete NAME UIDL 在服务器上删除）</translation>
    </message>
    <message>
        <location filename="../app/sync/TriageCommands.cpp" line="+7"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by policy</source>
        <translation>按策略</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules add: a condition, e.g. &apos;subject contains &quot;lottery&quot;&apos; (repeat for more).</source>
        <translation>rules add：条件，例如 &apos;subject contains &quot;lottery&quot;&apos;（可重复以添加多个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules add: mark-spam, delete-on-server, keep-on-server, always-download or download-now.</source>
        <translation>rules add：mark-spam、delete-on-server、keep-on-server、always-download 或 download-now。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: any condition suffices (default: all).</source>
        <translation>rules add：满足任一条件即可（默认：全部）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules add: delete-on-server deletes in the run that finds the message, unreviewed.</source>
        <translation>rules add：delete-on-server 在发现邮件的那次运行中直接删除，不经审核。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules add: only for this account (default: every account).</source>
        <translation>rules add：仅用于此账户（默认：所有账户）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules import: replace the rules instead of adding to them.</source>
        <translation>rules import：替换现有规则，而不是追加。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: print what triage decided for each new message.</source>
        <translation>check、download：输出分拣对每封新邮件的决定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check, download: leave triage (rules, lists, spam hints) out.</source>
        <translation>check、download：跳过分拣（规则、名单、垃圾邮件线索）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a quote is not closed in: %1</source>
        <translation>引号未闭合：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--without-review goes with delete-on-server only</source>
        <translation>--without-review 只能与 delete-on-server 一起使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no rule %1</source>
        <translation>没有规则 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+63"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>已导入 %n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not an address or domain: %1</source>
        <translation>不是地址或域名：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not on the list: %1</source>
        <translation>不在名单中：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n friend(s) added</source>
        <translation>
            <numerusform>已添加 %n 位好友</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the classifier did not learn: %1</source>
        <translation>分类器未能学习：%1</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>score %1</source>
        <translation>分数 %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cet::AboutDialog</name>
    <message>
        <source>About CET Desk</source>
        <translation>关于 CET Desk</translation>
    </message>
    <message>
        <source>CET Desk</source>
        <translation>CET Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>The CET registration desk for school exam offices: student records, imports and exports.</source>
        <translation>面向学校考务办公室的 CET 报名工作台：学籍管理、导入与导出。</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>基于 Qt %1 构建（运行于 Qt %2）。</translation>
    </message>
    <message>
        <source>Icons: KDE Breeze icon theme, © the KDE Visual Design Group, licensed under the GNU LGPL 3.0 (&lt;a href=&quot;https://invent.kde.org/frameworks/breeze-icons&quot;&gt;breeze-icons&lt;/a&gt;).</source>
        <translation>图标：KDE Breeze 图标主题，© KDE Visual Design Group，依据 GNU LGPL 3.0 许可发布（&lt;a href=&quot;https://invent.kde.org/frameworks/breeze-icons&quot;&gt;breeze-icons&lt;/a&gt;）。</translation>
    </message>
</context>
<context>
    <name>cet::AdmissionTicket</name>
    <message>
        <source>The admission ticket number is empty.</source>
        <translation>准考证号为空。</translation>
    </message>
    <message>
        <source>An admission ticket number has 15 characters, not %1.</source>
        <translation>准考证号应为 15 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>An oral test ticket number is F or S followed by 14 digits.</source>
        <translation>口试准考证号为 F 或 S 加 14 位数字。</translation>
    </message>
    <message>
        <source>A written test ticket number has 15 digits.</source>
        <translation>笔试准考证号为 15 位数字。</translation>
    </message>
    <message>
        <source>Digit 10 of the ticket number must be a written subject code from 1 to 9.</source>
        <translation>准考证号第 10 位必须是笔试科目代码（1 至 9）。</translation>
    </message>
    <message>
        <source>Digit 9 of the ticket number must be 1 (first half-year) or 2 (second half-year).</source>
        <translation>准考证号第 9 位必须是 1（上半年）或 2（下半年）。</translation>
    </message>
</context>
<context>
    <name>cet::AppSettings</name>
    <message>
        <source>The proof shows the ID number was changed; passed.</source>
        <translation>证明材料显示身份证号已变更，予以通过。</translation>
    </message>
    <message>
        <source>No proof of the ID number change was provided.</source>
        <translation>未提供身份证号变更的证明材料。</translation>
    </message>
    <message>
        <source>The proof is unreadable; please upload a clear scan.</source>
        <translation>证明材料无法辨认，请上传清晰的扫描件。</translation>
    </message>
    <message>
        <source>The CET4 score record belongs to another person.</source>
        <translation>该四级成绩记录属于他人。</translation>
    </message>
</context>
<context>
    <name>cet::CampusDialog</name>
    <message>
        <source>Edit campus</source>
        <translation>编辑校区</translation>
    </message>
    <message>
        <source>Add campus</source>
        <translation>添加校区</translation>
    </message>
    <message>
        <source>%1 and one digit, e.g. %1%2</source>
        <translation>%1 加一位数字，例如 %1%2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>cet::Capacity</name>
    <message>
        <source>None</source>
        <comment>no seats left</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>cet::CapacityUsage</name>
    <message>
        <source>The server&apos;s capacity answer is not understood (%1).</source>
        <translation>无法理解服务器返回的容量数据（%1）。</translation>
    </message>
</context>
<context>
    <name>cet::Cet6Review</name>
    <message>
        <source>The CET4 admission ticket number must have 15 digits.</source>
        <translation>CET4 准考证号必须为 15 位数字。</translation>
    </message>
    <message>
        <source>This admission ticket number is not one of a CET4 written test (its 10th digit must be 1).</source>
        <translation>该准考证号不是 CET4 笔试准考证号（第 10 位必须为 1）。</translation>
    </message>
    <message>
        <source>Only CET4 results from %1 on can be reviewed online. Ask your school&apos;s exam office to file the review for you.</source>
        <translation>仅 %1 年及以后的 CET4 成绩可在线复核。请联系所在学校考务办公室代为提交复核。</translation>
    </message>
    <message>
        <source>The CET4 result was found: the CET6 qualification is granted.</source>
        <translation>已查到 CET4 成绩：已获得 CET6 报考资格。</translation>
    </message>
    <message>
        <source>The CET4 result was found under another ID number. The review waits for your school&apos;s exam office: bring proof of the ID change (e.g. a police certificate).</source>
        <translation>已查到 CET4 成绩，但证件号码不一致。复核需由学校考务办公室审核：请携带证件号码变更证明（如派出所证明）。</translation>
    </message>
    <message>
        <source>The CET4 total score %1 is below %2.</source>
        <translation>CET4 总分 %1 低于 %2。</translation>
    </message>
    <message>
        <source>Only CET4 results from %1 on count. Ask your school&apos;s exam office to file the review for you.</source>
        <translation>仅 %1 年及以后的 CET4 成绩有效。请联系所在学校考务办公室代为提交复核。</translation>
    </message>
    <message>
        <source>No CET4 result was found for this admission ticket number.</source>
        <translation>未查到该准考证号对应的 CET4 成绩。</translation>
    </message>
    <message>
        <source>Neither the ID number nor the name matches the CET4 result of this admission ticket number.</source>
        <translation>证件号码和姓名均与该准考证号的 CET4 成绩不符。</translation>
    </message>
</context>
<context>
    <name>cet::Cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>使用位于 &lt;path&gt; 的数据库。</translation>
    </message>
    <message>
        <source>export, count: only students whose name, ID number or student number starts with &lt;text&gt;.</source>
        <translation>export、count：仅限姓名、证件号码或学号以 &lt;text&gt; 开头的学生。</translation>
    </message>
    <message>
        <source>export, count: only campus &lt;code&gt;.</source>
        <translation>export、count：仅限校区 &lt;code&gt;。</translation>
    </message>
    <message>
        <source>Also print log messages.</source>
        <translation>同时输出日志信息。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>未知命令或参数错误：%1</translation>
    </message>
    <message>
        <source>Run &quot;cetdesk-cli --help&quot; for the commands.</source>
        <translation>运行“cetdesk-cli --help”查看可用命令。</translation>
    </message>
    <message>
        <source>
Photos:
  import-photos DIR    Match the photos of a folder or ZIP (named by student number or ID
                       number) to students and store them (--dry-run, --json).
</source>
        <translation>
照片：
  import-photos DIR    将文件夹或 ZIP 文件中的照片（以学号或证件号码命名）
                       与学生匹配并保存（--dry-run、--json）。
</translation>
    </message>
    <message>
        <source>import: read sheet &lt;n&gt; (1 = first) or the sheet named &lt;n&gt; of an XLSX file.</source>
        <translation>import：读取 XLSX 文件的第 &lt;n&gt; 个工作表（1 = 第一个）或名为 &lt;n&gt; 的工作表。</translation>
    </message>
    <message>
        <source>import: the text encoding of a CSV file (UTF-8, GBK, GB18030, UTF-16LE, UTF-16BE).</source>
        <translation>import：CSV 文件的文本编码（UTF-8、GBK、GB18030、UTF-16LE、UTF-16BE）。</translation>
    </message>
    <message>
        <source>import: the separator of a CSV file (&quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;).</source>
        <translation>import：CSV 文件的分隔符（“,”、“;”、“|”或“tab”）。</translation>
    </message>
    <message>
        <source>import: check and report, write nothing.</source>
        <translation>import：仅检查并生成报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>import: write nothing when any row is rejected.</source>
        <translation>import：只要有任何一行未通过检查，就不写入任何数据。</translation>
    </message>
    <message>
        <source>import: delete students that are not in the file.</source>
        <translation>import：删除文件中没有的学生。</translation>
    </message>
    <message>
        <source>import: write the validation report to &lt;file.xlsx&gt;.</source>
        <translation>import：将检查报告写入 &lt;file.xlsx&gt;。</translation>
    </message>
    <message>
        <source>import: write the rejected rows, with their reasons, to &lt;file&gt; (.xlsx or .csv).</source>
        <translation>import：将未导入的行及其原因写入 &lt;file&gt;（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>import, import-history: print one JSON object.</source>
        <translation>import、import-history：输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>import, import-undo: the name recorded for the change (default: the login name).</source>
        <translation>import、import-undo：记录为变更操作人的名称（默认为登录名）。</translation>
    </message>
    <message>
        <source>import, import-template, import-history, import-undo, export or count.</source>
        <translation>import、import-template、import-history、import-undo、export 或 count。</translation>
    </message>
    <message>
        <source>The file to import, the file to write, or the import number.</source>
        <translation>要导入的文件、要写入的文件或导入编号。</translation>
    </message>
    <message>
        <source>import: read FIELD from COLUMN of the file, whatever the mapping remembered or guessed (repeatable). COLUMN is a header of the file, a column number (1 = first) or a column letter; FIELD is one of: %1.</source>
        <translation>import：从文件的 COLUMN 列读取 FIELD 字段，优先于记住的或猜测的对应关系（可重复）。COLUMN 为文件中的表头、列号（1 = 第一列）或列字母；FIELD 为以下之一：%1。</translation>
    </message>
    <message>
        <source>
Sync with cet-central:
  sync                 Send this desktop&apos;s changes and fetch the server&apos;s (--server URL
                       --user NAME --password-stdin to sign in; --ca-file, --json).
                       Exit codes: 0 done, 1 usage, 2 conflicts or refused changes,
                       3 server unreachable (changes stay queued), 4 sign-in needed or
                       refused, 5 other failure (database, server restored),
                       130 stopped with Ctrl+C (nothing lost, the rest stays queued).
  status               Server, user, pending changes, conflicts, last sync (--json).
</source>
        <translation>
与 cet-central 同步：
  sync                 发送本机的变更并获取服务器上的变更（用 --server URL
                       --user NAME --password-stdin 登录；另可用 --ca-file、--json）。
                       退出码：0 完成，1 用法错误，2 有冲突或变更被拒绝，
                       3 无法连接服务器（变更仍在待发送队列中），
                       4 需要登录或登录被拒绝，5 其他失败（数据库错误、服务器数据已还原），
                       130 已用 Ctrl+C 停止（没有丢失数据，其余变更仍在队列中）。
  status               显示服务器、用户、待发送的变更、冲突、上次同步时间（--json）。
</translation>
    </message>
    <message>
        <source>sync, cs: sign in to the cet-central server at &lt;url&gt;.</source>
        <translation>sync、cs：登录位于 &lt;url&gt; 的 cet-central 服务器。</translation>
    </message>
    <message>
        <source>sync, cs: the staff user name for --server.</source>
        <translation>sync、cs：--server 使用的工作人员用户名。</translation>
    </message>
    <message>
        <source>sync, cs: read the password from the first line of standard input.</source>
        <translation>sync、cs：从标准输入的第一行读取密码。</translation>
    </message>
    <message>
        <source>sync, cs: also trust the certificate authorities in &lt;file.pem&gt;.</source>
        <translation>sync、cs：同时信任 &lt;file.pem&gt; 中的证书颁发机构。</translation>
    </message>
    <message>
        <source>CET Desk on the command line.

Commands:
  import FILE          Import students from a CSV/TSV (any encoding) or XLSX file: new
                       students are added, changed ones updated, bad rows rejected.
  import-template OUT  Write a blank import template (XLSX).
  import-history       List past imports (--json).
  import-undo BATCH    Undo import BATCH (refused when its records were edited since).
  export OUT           Export students to OUT.csv or OUT.xlsx (--search, --campus,
                       --registration filter).
  count                Print the number of students (the same filters); with
                       --registration unregistered: how many have not registered yet.

Exit codes: 0 done, 1 usage error, 2 some rows rejected, 3 file unreadable or not a
student file, 4 database or output file error, 5 cancelled (Ctrl+C), 6 undo refused.</source>
        <translation>命令行版 CET Desk。

命令：
  import FILE          从 CSV/TSV（任意编码）或 XLSX 文件导入学生：新增新学生，
                       更新有变化的学生，有错误的行不导入。
  import-template OUT  生成空白导入模板（XLSX）。
  import-history       列出以往的导入（--json）。
  import-undo BATCH    撤销导入批次 BATCH（如其记录在导入后被修改过，则拒绝撤销）。
  export OUT           将学生导出到 OUT.csv 或 OUT.xlsx（可用 --search、--campus、
                       --registration 筛选）。
  count                显示学生人数（筛选同上）；加 --registration unregistered：
                       尚未报名的人数。

退出码：0 完成，1 用法错误，2 有行未导入，3 文件无法读取或不是学生名单，
4 数据库或输出文件错误，5 已取消（Ctrl+C），6 拒绝撤销。</translation>
    </message>
    <message>
        <source>export, count: only students at &lt;state&gt; on the candidate site (unregistered, bound, booked, paid), as the last sync fetched it.</source>
        <translation>export、count：只含报名网站上处于 &lt;state&gt; 状态的学生（unregistered 未报名、bound 已报名未报科目、booked 已报科目未缴费、paid 已缴费），以最近一次同步获取的为准。</translation>
    </message>
    <message>
        <source>--registration must be one of unregistered, bound, booked, paid.</source>
        <translation>--registration 只能是 unregistered、bound、booked、paid 之一。</translation>
    </message>
</context>
<context>
    <name>cet::ColumnGuess</name>
    <message>
        <source>The required column %1 (%2) is not mapped: choose the file column that holds it, or add the column to the file.</source>
        <translation>必填列 %1（%2）尚未对应：请选择文件中包含该数据的列，或在文件中添加该列。</translation>
    </message>
</context>
<context>
    <name>cet::ConflictPanel</name>
    <message>
        <source>No conflicts. When another desktop changed the same field of a record as you, the field shows here and you choose which value to keep.</source>
        <translation>没有冲突。如果其他电脑与您修改了同一条记录的同一字段，该字段会显示在这里，由您选择保留哪个值。</translation>
    </message>
    <message>
        <source>%1: choose per field which value to keep</source>
        <translation>%1：请逐个字段选择要保留的值</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>我的：</translation>
    </message>
    <message>
        <source>Your change on this desktop (was: %1)</source>
        <translation>您在本机所做的修改（原值：%1）</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>对方的：</translation>
    </message>
    <message>
        <source>Changed by %1, %2 (%3)</source>
        <translation>修改人：%1，%2（%3）</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>修改人：%1</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Send my value to the server; it replaces theirs.</source>
        <translation>将我的值发送到服务器，替换对方的值。</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Take their value on this desktop; nothing is sent.</source>
        <translation>在本机采用对方的值，不发送任何内容。</translation>
    </message>
</context>
<context>
    <name>cet::ConsoleJob</name>
    <message>
        <source>%1 %2% (%3 of %4)</source>
        <translation>%1 %2%（%3 / %4）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cet::CsApprovedPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hold back</source>
        <translation>暂缓执行(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>恢复执行(&amp;L)</translation>
    </message>
    <message>
        <source>Request %1 is held back; the batch leaves it until it is released.</source>
        <translation>申请 %1 已暂缓；在恢复之前，夜间批处理不会执行它。</translation>
    </message>
    <message>
        <source>Request %1 is released; the batch applies it.</source>
        <translation>申请 %1 已恢复；夜间批处理将执行它。</translation>
    </message>
</context>
<context>
    <name>cet::CsCommand</name>
    <message>
        <source>Sign in with: cetdesk-cli cs … --server URL --user NAME --password-stdin</source>
        <translation>请这样登录：cetdesk-cli cs … --server URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>  candidate: %1, %2, school %3</source>
        <translation>  考生：%1，%2，学校 %3</translation>
    </message>
    <message>
        <source>  passport: %1 → %2 (%3)</source>
        <translation>  通行证：%1 → %2（%3）</translation>
    </message>
    <message>
        <source>  filed by %1 at %2</source>
        <translation>  提交人 %1，时间 %2</translation>
    </message>
    <message>
        <source>  decided by %1 at %2: %3</source>
        <translation>  审批人 %1，时间 %2：%3</translation>
    </message>
    <message>
        <source>  applies at %1</source>
        <translation>  生效时间 %1</translation>
    </message>
    <message>
        <source>  applied at %1</source>
        <translation>  已于 %1 生效</translation>
    </message>
    <message>
        <source>  failed: %1 (%2)</source>
        <translation>  失败：%1（%2）</translation>
    </message>
    <message>
        <source>candidate: %1, %2, school %3 %4</source>
        <translation>考生：%1，%2，学校 %3 %4</translation>
    </message>
    <message>
        <source>passport: %1, email %2, mobile %3</source>
        <translation>通行证：%1，邮箱 %2，手机 %3</translation>
    </message>
    <message>
        <source>passport: never bound</source>
        <translation>通行证：从未绑定</translation>
    </message>
    <message>
        <source>registration: %1</source>
        <translation>报名：%1</translation>
    </message>
    <message>
        <source>earlier rebindings: %1</source>
        <translation>以往改绑：%1</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server 需要同时指定 --user 和 --password-stdin。</translation>
    </message>
    <message>
        <source>
Customer service (online; signs in like sync):
  cs lookup            Look up a candidate&apos;s account: --id-type N --id-number X --name NAME
                       --reason TEXT (every lookup is recorded with its reason).
  cs request           File a rebinding request: --id-type, --id-number, --name,
                       --new-passport-id ID, --new-email ADDRESS, --check CHECK (repeatable:
                       id_card_photo, callback_number, registration_details), --notes TEXT.
  cs list              List requests (--state STATE, --mine).
  cs approve ID        Approve a request (--note TEXT); never one you filed.
  cs refuse ID         Refuse a request (--reason TEXT).
  cs withdraw ID       Withdraw a request you filed, before its decision.
  cs hold ID, cs release ID
                       Hold back an approved request before it is applied, or release it.
                       All take --json. Exit codes: 0 done, 1 usage, 2 refused by the server,
                       3 server unreachable, 4 sign-in needed or not allowed, 5 other failure.
</source>
        <translation>
客服（在线；登录方式与 sync 相同）：
  cs lookup            查询考生账号：--id-type N --id-number X --name NAME
                       --reason TEXT（每次查询都会连同原因记录在案）。
  cs request           提交改绑申请：--id-type、--id-number、--name、
                       --new-passport-id ID、--new-email ADDRESS、--check CHECK（可重复：
                       id_card_photo、callback_number、registration_details）、--notes TEXT。
  cs list              列出申请（--state STATE、--mine）。
  cs approve ID        批准申请（--note TEXT）；不能批准自己提交的申请。
  cs refuse ID         驳回申请（--reason TEXT）。
  cs withdraw ID       在审批前撤回自己提交的申请。
  cs hold ID, cs release ID
                       在执行前暂缓已批准的申请，或恢复执行。
                       均可加 --json。退出码：0 完成，1 用法错误，2 服务器拒绝，
                       3 无法连接服务器，4 需要登录或无权操作，5 其他失败。
</translation>
    </message>
    <message>
        <source>cs: the ID type code (1 = resident ID card).</source>
        <translation>cs：证件类型代码（1 = 居民身份证）。</translation>
    </message>
    <message>
        <source>cs: the candidate&apos;s ID number.</source>
        <translation>cs：考生的证件号码。</translation>
    </message>
    <message>
        <source>cs request: the new passport ID (32 hexadecimal characters).</source>
        <translation>cs request：新通行证 ID（32 位十六进制字符）。</translation>
    </message>
    <message>
        <source>cs request: the email of the new passport account.</source>
        <translation>cs request：新通行证账号的邮箱。</translation>
    </message>
    <message>
        <source>cs request: how the identity was verified (repeatable).</source>
        <translation>cs request：身份核验方式（可重复）。</translation>
    </message>
    <message>
        <source>cs request: notes for the supervisor.</source>
        <translation>cs request：给主管的备注。</translation>
    </message>
    <message>
        <source>cs approve: a note with the decision.</source>
        <translation>cs approve：随审批记录的备注。</translation>
    </message>
    <message>
        <source>cs list: only the requests you filed.</source>
        <translation>cs list：仅列出您提交的申请。</translation>
    </message>
    <message>
        <source>Run &quot;cetdesk-cli --help&quot; for the cs commands.</source>
        <translation>运行“cetdesk-cli --help”查看 cs 命令。</translation>
    </message>
    <message>
        <source>Unknown cs command: %1</source>
        <translation>未知的 cs 命令：%1</translation>
    </message>
    <message>
        <source>cs %1 needs one request number.</source>
        <translation>cs %1 需要一个申请编号。</translation>
    </message>
    <message>
        <source>cs %1 takes no further arguments.</source>
        <translation>cs %1 不接受其他参数。</translation>
    </message>
    <message>
        <source>--id-type must be an ID type code from 1 to 8.</source>
        <translation>--id-type 必须是 1 至 8 的证件类型代码。</translation>
    </message>
    <message>
        <source>--id-number and --name are required.</source>
        <translation>必须指定 --id-number 和 --name。</translation>
    </message>
    <message>
        <source>--reason is required: every lookup is recorded with its reason.</source>
        <translation>必须指定 --reason：每次查询都会连同原因记录在案。</translation>
    </message>
    <message>
        <source>--reason is required to refuse a request.</source>
        <translation>驳回申请必须指定 --reason。</translation>
    </message>
    <message>
        <source>--new-passport-id must be 32 hexadecimal characters.</source>
        <translation>--new-passport-id 必须是 32 位十六进制字符。</translation>
    </message>
    <message>
        <source>--new-email must be an email address.</source>
        <translation>--new-email 必须是邮箱地址。</translation>
    </message>
    <message>
        <source>Give at least one --check (%1).</source>
        <translation>请至少指定一个 --check（%1）。</translation>
    </message>
    <message>
        <source>Unknown --check %1 (known: %2).</source>
        <translation>未知的 --check %1（可用：%2）。</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>没有申请。</translation>
    </message>
</context>
<context>
    <name>cet::CsErrors</name>
    <message>
        <source>Only customer service agents and supervisors may use the account desk.</source>
        <translation>只有客服人员和客服主管可以使用账号服务台。</translation>
    </message>
    <message>
        <source>Type the reason for the lookup (for example the caller&apos;s question); every lookup is recorded with its reason.</source>
        <translation>请填写查询原因（例如来电者的问题）；每次查询都会连同原因记录在案。</translation>
    </message>
    <message>
        <source>No verified registration matches this ID type, ID number and name. Check the three with the caller; a record the school never verified can not be found.</source>
        <translation>没有与该证件类型、证件号码和姓名相符的已审核报名信息。请与来电者核对这三项；学校未审核的学籍无法查询到。</translation>
    </message>
    <message>
        <source>The new passport ID must be the 32 hexadecimal characters of an existing passport account.</source>
        <translation>新通行证 ID 必须是一个已有通行证账号的 32 位十六进制字符。</translation>
    </message>
    <message>
        <source>The new passport account is already bound to a registration; it can not take this one.</source>
        <translation>新通行证账号已绑定报名信息，不能再绑定此报名。</translation>
    </message>
    <message>
        <source>The new email is not the email of the new passport account. Ask the caller again.</source>
        <translation>新邮箱与新通行证账号的邮箱不一致。请再向来电者确认。</translation>
    </message>
    <message>
        <source>This candidate already has an open rebinding request; withdraw it or wait for its decision.</source>
        <translation>该考生已有一个未完结的改绑申请；请撤回该申请或等待审批结果。</translation>
    </message>
    <message>
        <source>Tick at least one way the caller&apos;s identity was verified.</source>
        <translation>请至少勾选一种来电者身份核验方式。</translation>
    </message>
    <message>
        <source>You filed this request yourself; another supervisor must decide it.</source>
        <translation>该申请由您本人提交，须由其他主管审批。</translation>
    </message>
    <message>
        <source>The request is no longer in a state that allows this; refresh the list.</source>
        <translation>该申请当前状态不允许此操作；请刷新列表。</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>没有该申请。</translation>
    </message>
    <message>
        <source>Type the reason for refusing.</source>
        <translation>请填写驳回原因。</translation>
    </message>
    <message>
        <source>The ID type is not one of the accepted types.</source>
        <translation>该证件类型不在可接受的类型之列。</translation>
    </message>
    <message>
        <source>The registration is not bound to a passport account: there is nothing to rebind; the caller binds it with their new passport account themselves.</source>
        <translation>该报名信息未绑定通行证账号，无需改绑；请来电者用新通行证账号自行绑定。</translation>
    </message>
    <message>
        <source>Only the agent who filed the request can withdraw it.</source>
        <translation>只有提交该申请的客服人员可以撤回。</translation>
    </message>
    <message>
        <source>The candidate&apos;s registration no longer exists.</source>
        <translation>该考生的报名信息已不存在。</translation>
    </message>
    <message>
        <source>The server does not know one of the identity checks; CET Desk may need an update.</source>
        <translation>服务器不认识其中一种身份核验方式；CET Desk 可能需要更新。</translation>
    </message>
    <message>
        <source>Sign in to cet-central to use the account desk.</source>
        <translation>请登录 cet-central 后使用账号服务台。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了该请求（%1）。</translation>
    </message>
</context>
<context>
    <name>cet::CsLookupPanel</name>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>查询原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why you look up this account, e.g. the caller lost the login email</source>
        <translation>查询此账号的原因，例如来电者的登录邮箱已丢失</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Never bound to a passport account.</source>
        <translation>从未绑定通行证账号。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Earlier rebindings</source>
        <translation>以往改绑</translation>
    </message>
</context>
<context>
    <name>cet::CsMyRequestsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Withdraw request</source>
        <translation>撤回申请(&amp;W)</translation>
    </message>
</context>
<context>
    <name>cet::CsQueuePanel</name>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Refusal &amp;reason:</source>
        <translation>驳回原因(&amp;R)：</translation>
    </message>
    <message>
        <source>optional, kept with the approval</source>
        <translation>可选，随审批记录保存</translation>
    </message>
    <message>
        <source>required to refuse; the agent sees it</source>
        <translation>驳回时必填；客服人员可以看到</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>驳回(&amp;F)</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>刷新(&amp;H)</translation>
    </message>
    <message>
        <source>Approve &amp;selected</source>
        <translation>批准所选(&amp;S)</translation>
    </message>
    <message>
        <source>Select a request to see its case.</source>
        <translation>选择一个申请以查看详情。</translation>
    </message>
    <message>
        <source>You filed this request; another supervisor decides it.</source>
        <translation>该申请由您本人提交，须由其他主管审批。</translation>
    </message>
    <message>
        <source>Request %1 approved.</source>
        <translation>申请 %1 已批准。</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>申请 %1 已驳回。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 个申请。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved; not approved: %1.</source>
        <translation>
            <numerusform>已批准 %n 个申请；未批准：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::CsRequestCard</name>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Old passport</source>
        <translation>原通行证</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New passport</source>
        <translation>新通行证</translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation>身份核验方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Filed by %1 at %2</source>
        <translation>%1 于 %2 提交</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>%1 于 %2 审批</translation>
    </message>
    <message>
        <source>Applied at %1</source>
        <translation>已于 %1 生效</translation>
    </message>
    <message>
        <source>Applies at %1</source>
        <translation>将于 %1 生效</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
</context>
<context>
    <name>cet::CsRequestForm</name>
    <message>
        <source>Rebinding request</source>
        <translation>改绑申请</translation>
    </message>
    <message>
        <source>New &amp;passport ID:</source>
        <translation>新通行证 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>New e&amp;mail:</source>
        <translation>新邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Identity verified by:</source>
        <translation>身份核验方式：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>32 hexadecimal characters, from the caller&apos;s new passport account</source>
        <translation>32 位十六进制字符，来自来电者的新通行证账号</translation>
    </message>
    <message>
        <source>the email of the new passport account</source>
        <translation>新通行证账号的邮箱</translation>
    </message>
    <message>
        <source>&amp;Submit to a supervisor</source>
        <translation>提交给主管(&amp;S)</translation>
    </message>
    <message>
        <source>✓ a well-formed passport ID</source>
        <translation>✓ 通行证 ID 格式正确</translation>
    </message>
    <message>
        <source>%1 of 32 characters</source>
        <translation>已输入 %1 / 32 个字符</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Request %1 submitted; a supervisor decides it. It takes effect in the evening after the approval.</source>
        <translation>申请 %1 已提交，由主管审批；批准当天晚上生效。</translation>
    </message>
</context>
<context>
    <name>cet::CsRequestTable</name>
    <message>
        <source>No requests.</source>
        <translation>没有申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>共 %n 个申请。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::CsRequestsModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>已于 %1 生效</translation>
    </message>
    <message>
        <source>You filed this request; another supervisor decides it.</source>
        <translation>该申请由您本人提交，须由其他主管审批。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>New passport ID</source>
        <translation>新通行证 ID</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Applies at</source>
        <translation>生效时间</translation>
    </message>
</context>
<context>
    <name>cet::CsText</name>
    <message>
        <source>submitted</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Photo of the ID card received and compared</source>
        <translation>已收到并比对身份证照片</translation>
    </message>
    <message>
        <source>Called back on the number of the registration</source>
        <translation>已回拨报名时登记的号码</translation>
    </message>
    <message>
        <source>Caller gave the registration&apos;s details (school, subjects)</source>
        <translation>来电者说出了报名信息（学校、科目）</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>未报名</translation>
    </message>
    <message>
        <source>registered, no subject booked</source>
        <translation>已报名，未报考科目</translation>
    </message>
    <message>
        <source>subjects booked, not all paid</source>
        <translation>已报考科目，未全部缴费</translation>
    </message>
    <message>
        <source>subjects paid</source>
        <translation>科目已缴费</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>payment pending</source>
        <translation>缴费处理中</translation>
    </message>
    <message>
        <source>The caller can change the email themselves</source>
        <translation>来电者可以自行修改邮箱</translation>
    </message>
    <message>
        <source>Never bound: nothing to move</source>
        <translation>从未绑定：无需改绑</translation>
    </message>
    <message>
        <source>Bound and unreachable: file a rebinding request</source>
        <translation>已绑定但无法登录：提交改绑申请</translation>
    </message>
    <message>
        <source>If the caller still knows the passport password, they sign in and change the login email themselves (account settings, change email). No request is needed.</source>
        <translation>如果来电者还记得通行证密码，请其登录后自行修改登录邮箱（账号设置 → 修改邮箱），无需提交申请。</translation>
    </message>
    <message>
        <source>The registration was never bound to a passport account. The caller registers a new passport account and binds the registration with it; there is nothing to move.</source>
        <translation>该报名信息从未绑定通行证账号。请来电者注册新的通行证账号并用它绑定报名信息，无需改绑。</translation>
    </message>
    <message>
        <source>The registration is bound to a passport account the caller can no longer reach. Ask them to register a new passport account, take its passport ID and email, verify their identity and file a rebinding request; a supervisor approves it and it takes effect in the evening.</source>
        <translation>该报名信息绑定的通行证账号来电者已无法登录。请其注册新的通行证账号，记下新通行证 ID 和邮箱，核验身份后提交改绑申请；主管批准后当天晚上生效。</translation>
    </message>
</context>
<context>
    <name>cet::CsvReader</name>
    <message>
        <source>The text encoding %1 is not available in this build of CET Desk. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>此版本的 CET Desk 不支持文本编码 %1。请将文件另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2</source>
        <translation>“%1”，第 %2 行</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1 characters. Perhaps a quotation mark (&quot;) is missing, or this is not a table.</source>
        <translation>从此处开始的记录超过 %1 个字符。可能缺少引号（&quot;），或者这不是表格文件。</translation>
    </message>
    <message>
        <source>a quoted field is not closed; a quotation mark (&quot;) is missing.</source>
        <translation>带引号的字段没有结束；缺少引号（&quot;）。</translation>
    </message>
    <message>
        <source>text follows the closing quotation mark of a field. Put the whole field in quotation marks and double the quotation marks inside it (&quot;&quot;).</source>
        <translation>字段的结束引号后还有文字。请用引号括住整个字段，并将字段内的引号写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>field %1 has %2 characters; a cell may have at most %3.</source>
        <translation>第 %1 个字段有 %2 个字符；一个单元格最多 %3 个字符。</translation>
    </message>
    <message>
        <source>the record has more than %1 fields, more than a spreadsheet can hold. Check the separator.</source>
        <translation>该记录超过 %1 个字段，超出了电子表格的容量。请检查分隔符。</translation>
    </message>
    <message>
        <source>the file has more than %1 records, more than CET Desk imports at once. Split the file.</source>
        <translation>文件超过 %1 条记录，超出了 CET Desk 单次导入的上限。请拆分文件。</translation>
    </message>
    <message>
        <source>the file has bytes that are not %1 text. Choose the file&apos;s encoding (for example GBK or UTF-8) and try again.</source>
        <translation>文件中有不属于 %1 文本的字节。请选择文件编码（如 GBK 或 UTF-8）后重试。</translation>
    </message>
</context>
<context>
    <name>cet::CustomerServicePage</name>
    <message>
        <source>Customer Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3, at %4.</source>
        <translation>已登录：%1（%2），%3，服务器 %4。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>As a customer service supervisor you approve or refuse the rebinding requests that agents file (never one of your own), and you can look up accounts as agents do.</source>
        <translation>作为客服主管，您审批或驳回客服人员提交的改绑申请（不能审批自己提交的申请），也可以像客服人员一样查询账号。</translation>
    </message>
    <message>
        <source>Your role works online only: this desktop keeps no school roster for you and does not sync one.</source>
        <translation>您的角色仅在线工作：本机不为您保存学校名单，也不同步名单。</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>待审批(&amp;Q)</translation>
    </message>
    <message>
        <source>Approved &amp;today</source>
        <translation>今日已批准(&amp;T)</translation>
    </message>
    <message>
        <source>Account &amp;lookup</source>
        <translation>账号查询(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>我的申请(&amp;M)</translation>
    </message>
    <message>
        <source>As a customer service agent you look up candidates&apos; accounts across schools and file a rebinding request when a candidate can no longer reach the passport account their registration is bound to (a lost mailbox, a forgotten password).</source>
        <translation>作为客服人员，您可以跨学校查询考生账号；考生无法再登录其报名信息所绑定的通行证账号（邮箱丢失、忘记密码）时，您可以提交改绑申请。</translation>
    </message>
</context>
<context>
    <name>cet::Database</name>
    <message>
        <source>The local database reported an error.</source>
        <translation>本地数据库出错。</translation>
    </message>
    <message>
        <source>Could not open the database %1.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of CET Desk. Please update CET Desk.</source>
        <translation>该数据库由更新版本的 CET Desk 写入。请升级 CET Desk。</translation>
    </message>
    <message>
        <source>The database %1 has not been set up by this version of CET Desk yet (schema %2, expected %3). Open it once for writing to upgrade it.</source>
        <translation>数据库 %1 尚未由此版本的 CET Desk 初始化（结构版本 %2，需要 %3）。请以可写方式打开一次以完成升级。</translation>
    </message>
</context>
<context>
    <name>cet::EditStudentCommand</name>
    <message>
        <source>Edit student %1</source>
        <translation>编辑学生 %1</translation>
    </message>
    <message>
        <source>Could not undo the change to %1: the record was changed elsewhere in the meantime. Reload it and edit it again if needed.</source>
        <translation>无法撤销对 %1 的修改：该记录已在其他地方被修改。如有需要，请重新加载后再编辑。</translation>
    </message>
    <message>
        <source>Could not save the change to %1: the record was changed elsewhere in the meantime. Reload it and edit it again.</source>
        <translation>无法保存对 %1 的修改：该记录已在其他地方被修改。请重新加载后再编辑。</translation>
    </message>
    <message>
        <source>Could not save the change to %1.</source>
        <translation>无法保存对 %1 的修改。</translation>
    </message>
</context>
<context>
    <name>cet::EvidenceCache</name>
    <message>
        <source>The evidence file arrived damaged (its checksum does not match).</source>
        <translation>证明材料在传输中损坏（校验值不符）。</translation>
    </message>
    <message>
        <source>Can not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Can not save the evidence file: %1</source>
        <translation>无法保存证明材料：%1</translation>
    </message>
</context>
<context>
    <name>cet::EvidenceFetchJob</name>
    <message>
        <source>Evidence file %1 is not the file this review names; sync and try again.</source>
        <translation>证明材料 %1 与该复核申请记录的文件不一致；请同步后重试。</translation>
    </message>
    <message>
        <source>Fetching evidence file %1…</source>
        <translation>正在下载证明材料 %1…</translation>
    </message>
</context>
<context>
    <name>cet::EvidenceViewer</name>
    <message>
        <source>Previous file</source>
        <translation>上一个文件</translation>
    </message>
    <message>
        <source>Next file (E)</source>
        <translation>下一个文件（E）</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Open with another program</source>
        <translation>用其他程序打开</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No evidence uploaded.</source>
        <translation>考生未上传证明材料。</translation>
    </message>
    <message>
        <source>Fetching file %1 from the server…</source>
        <translation>正在从服务器下载文件 %1…</translation>
    </message>
    <message>
        <source>Stopped. File %1 was not fetched.</source>
        <translation>已停止，文件 %1 未下载。</translation>
    </message>
    <message>
        <source>File %1 is not on this computer yet and the server can not be reached: %2</source>
        <translation>本机尚未缓存文件 %1，且无法连接服务器：%2</translation>
    </message>
    <message>
        <source>File %1 could not be fetched: %2</source>
        <translation>无法下载文件 %1：%2</translation>
    </message>
    <message>
        <source>File %1 is not a PDF that can be shown.</source>
        <translation>文件 %1 不是可显示的 PDF。</translation>
    </message>
    <message>
        <source>This build of CET Desk shows no PDF files: open file %1 with another program.</source>
        <translation>此版本的 CET Desk 无法显示 PDF 文件：请用其他程序打开文件 %1。</translation>
    </message>
    <message>
        <source>File %1 is not an image that can be shown.</source>
        <translation>文件 %1 不是可显示的图片。</translation>
    </message>
    <message>
        <source>Evidence %1 of %2 · %3 · %4</source>
        <translation>证明材料 %1/%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>File 1 is not on this computer yet: press E or Fetch to download it.</source>
        <translation>文件 1 尚未下载到本机：按 E 或点击「下载」查看。</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>下载</translation>
    </message>
</context>
<context>
    <name>cet::ExportCommand</name>
    <message>
        <source>%1 students exported to %2.</source>
        <translation>已将 %1 名学生导出到 %2。</translation>
    </message>
</context>
<context>
    <name>cet::ExportFileDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Students</source>
        <translation>导出学生</translation>
    </message>
</context>
<context>
    <name>cet::ExportJob</name>
    <message>
        <source>Exporting students to %1…</source>
        <translation>正在将学生导出到 %1…</translation>
    </message>
</context>
<context>
    <name>cet::FileReviewDialog</name>
    <message>
        <source>&amp;Pass</source>
        <translation>通过(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>不通过(&amp;F)</translation>
    </message>
    <message>
        <source>File a CET6 review</source>
        <translation>登记六级资格复核</translation>
    </message>
    <message>
        <source>For a student whose CET4 score is from before 2005, or who forgot the admission ticket: read the score from the proof the student brought, then decide.</source>
        <translation>适用于四级成绩在2005年以前、或忘记准考证号的学生：根据学生带来的证明材料填写成绩，然后作出决定。</translation>
    </message>
    <message>
        <source>Name or ID number of the student</source>
        <translation>学生姓名或证件号码</translation>
    </message>
    <message>
        <source>as on the score record (empty: as in the roster)</source>
        <translation>与成绩记录一致（留空：同学籍）</translation>
    </message>
    <message>
        <source>empty when forgotten</source>
        <translation>忘记时留空</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>Reason (needed to fail)</source>
        <translation>理由（不通过时必填）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>登记(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>学生(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name on the score:</source>
        <translation>成绩记录姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>CET4 &amp;ticket:</source>
        <translation>四级准考证号(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;otal score:</source>
        <translation>总分(&amp;O)：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Find the student and pick them in the list.</source>
        <translation>请查找学生并在列表中选中。</translation>
    </message>
    <message>
        <source>Give the reason for failing the review.</source>
        <translation>请填写不通过的理由。</translation>
    </message>
    <message>
        <source>CET4 &amp;exam:</source>
        <translation>四级考试时间(&amp;E)：</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF, at most 5 MB (optional)</source>
        <translation>JPEG、PNG 或 PDF，不超过 5MB（可选）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Scan of the proof</source>
        <translation>证明材料扫描件</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Scan of the &amp;proof:</source>
        <translation>证明材料扫描件(&amp;P)：</translation>
    </message>
    <message>
        <source>The scan is larger than 5 MB: scan it again at a lower resolution.</source>
        <translation>扫描件超过 5MB：请降低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>The scan can not be read: %1</source>
        <translation>无法读取扫描件：%1</translation>
    </message>
</context>
<context>
    <name>cet::FileSignature</name>
    <message>
        <source>Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）或 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save it and import it again.</source>
        <translation>“%1”已设置密码保护。请用 Excel 或 WPS 打开，先取消密码（文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密），保存后再重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Word document (.doc), not a table.</source>
        <translation>“%1”是旧版 Word 文档（.doc），不是表格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the old Excel 97–2003 format (.xls), which CET Desk does not read. %2</source>
        <translation>“%1”是旧版 Excel 97-2003 格式（.xls），CET Desk 无法读取。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PDF document, not a table. Import the spreadsheet the PDF was made from, as .xlsx or CSV.</source>
        <translation>“%1”是 PDF 文档，不是表格。请导入生成该 PDF 的电子表格（.xlsx 或 CSV）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a picture, not a table.</source>
        <translation>“%1”是图片，不是表格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a compressed archive (RAR, 7z or gzip). Unpack it and import the table inside.</source>
        <translation>“%1”是压缩包（RAR、7z 或 gzip）。请解压后导入其中的表格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web page (HTML) saved with a spreadsheet name. %2</source>
        <translation>“%1”是以电子表格文件名保存的网页（HTML）。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an XML Spreadsheet 2003 file. %2</source>
        <translation>“%1”是 XML 电子表格 2003 文件。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an XML file, not a table. %2</source>
        <translation>“%1”是 XML 文件，不是表格。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Word document, not a table. Copy the table into Excel or WPS and save it as .xlsx.</source>
        <translation>“%1”是 Word 文档，不是表格。请将表格复制到 Excel 或 WPS 中，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PowerPoint presentation, not a table.</source>
        <translation>“%1”是 PowerPoint 演示文稿，不是表格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an OpenDocument file (.ods). Open it in LibreOffice or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>“%1”是 OpenDocument 文件（.ods）。请用 LibreOffice 或 WPS 打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ZIP archive, not an Excel workbook. If it holds the table, unpack it and import the table.</source>
        <translation>“%1”是 ZIP 压缩包，不是 Excel 工作簿。如果表格在其中，请解压后导入该表格。</translation>
    </message>
</context>
<context>
    <name>cet::FolderPhotoSource</name>
    <message>
        <source>The folder %1 can not be read. Check that you may open it.</source>
        <translation>无法读取文件夹 %1。请检查您是否有权限打开它。</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files. Choose the folder of photos itself, or split it into several folders.</source>
        <translation>文件夹 %1 中的文件超过 %2 个。请直接选择存放照片的文件夹，或将其拆分为多个文件夹。</translation>
    </message>
    <message>
        <source>%1 can not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>cet::IdDocument</name>
    <message numerus="yes">
        <source>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</source>
        <translation>
            <numerusform>证件号码必须为 18 位：17 位数字加 1 位校验码（数字或 X）（当前为 %n 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a known province code.</source>
        <translation>证件号码以 %1 开头，不是有效的省份代码。</translation>
    </message>
    <message>
        <source>A residence permit for Hong Kong and Macao residents must start with 810000 or 820000.</source>
        <translation>港澳居民居住证号码必须以 810000 或 820000 开头。</translation>
    </message>
    <message>
        <source>A residence permit for Taiwan residents must start with 830000.</source>
        <translation>台湾居民居住证号码必须以 830000 开头。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number does not exist.</source>
        <translation>证件号码中的出生日期 %1 不存在。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation>证件号码中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>证件号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The last character of the ID number should be %1, not %2: the number has a typing error.</source>
        <translation>证件号码最后一位应为 %1，而不是 %2：号码有录入错误。</translation>
    </message>
    <message>
        <source>The ID type is missing or not accepted.</source>
        <translation>证件类型缺失或不受支持。</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; was stored by the spreadsheet as a number, so its last digits were lost. Format the column as text, type the full numbers again and import the file again.</source>
        <translation>证件号码“%1”被电子表格存成了数字，末几位已丢失。请将该列设为文本格式，重新输入完整号码后再次导入。</translation>
    </message>
    <message>
        <source>A mainland travel permit for Taiwan residents has 8 digits (older permits: 10).</source>
        <translation>台湾居民来往大陆通行证号码为 8 位数字（旧版为 10 位）。</translation>
    </message>
    <message>
        <source>A mainland travel permit for Hong Kong and Macao residents is H or M followed by 8 digits (older permits: 10).</source>
        <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位数字（旧版为 10 位）。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码为 5 至 17 位字母和数字。</translation>
    </message>
    <message>
        <source>A Hong Kong identity card number is 1 or 2 letters, 6 digits and a check character in parentheses, e.g. A123456(3).</source>
        <translation>香港身份证号码为 1 至 2 个字母、6 位数字，再加括号内的校验码，如 A123456(3)。</translation>
    </message>
    <message>
        <source>The check character of the Hong Kong identity card number should be %1, not %2.</source>
        <translation>香港身份证号码的校验码应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>A Macao identity card number is 1, 5 or 7, 6 digits and a check digit in parentheses, e.g. 1234567(8).</source>
        <translation>澳门身份证号码以 1、5 或 7 开头，后接 6 位数字，再加括号内的校验码，如 1234567(8)。</translation>
    </message>
    <message>
        <source>PRC resident identity card</source>
        <translation>中华人民共和国居民身份证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong identity card</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <source>Macao identity card</source>
        <translation>澳门身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong and Macao residents</source>
        <translation>港澳居民居住证</translation>
    </message>
    <message>
        <source>Residence permit for Taiwan residents</source>
        <translation>台湾居民居住证</translation>
    </message>
    <message>
        <source>Unknown ID type</source>
        <translation>未知证件类型</translation>
    </message>
    <message>
        <source>The ID type &quot;%1&quot; is not accepted for CET registration.</source>
        <translation>证件类型“%1”不能用于 CET 报名。</translation>
    </message>
    <message>
        <source>Unknown ID type &quot;%1&quot;.</source>
        <translation>未知证件类型“%1”。</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>台胞证</translation>
    </message>
    <message>
        <source>HK/Macao travel permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Hong Kong ID</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <source>Macao ID</source>
        <translation>澳门身份证</translation>
    </message>
    <message>
        <source>HK/Macao residence permit</source>
        <translation>港澳居住证</translation>
    </message>
    <message>
        <source>Taiwan residence permit</source>
        <translation>台湾居住证</translation>
    </message>
</context>
<context>
    <name>cet::ImportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the students of an Excel or CSV file (Ctrl+I); you can also drop the file here</source>
        <translation>导入 Excel 或 CSV 文件中的学生（Ctrl+I）；也可以将文件拖放到此处</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>See past imports and undo one</source>
        <translation>查看以往的导入，并可撤销其中一次</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a blank Excel file with every column the import reads</source>
        <translation>保存一个空白 Excel 文件，其中包含导入时读取的所有列</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>student import template.xlsx</source>
        <translation>学生导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The import template was saved to %1.</source>
        <translation>导入模板已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>cet::ImportBatchRepository</name>
    <message>
        <source>Import batch %1 does not exist.</source>
        <translation>导入批次 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommand</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, GBK (GB18030), UTF-16LE or UTF-16BE.</source>
        <translation>未知编码“%1”。请使用 UTF-8、GBK（GB18030）、UTF-16LE 或 UTF-16BE。</translation>
    </message>
    <message>
        <source>Unknown separator &quot;%1&quot;. Use &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;.</source>
        <translation>未知分隔符“%1”。请使用“,”、“;”、“|”或“tab”。</translation>
    </message>
    <message>
        <source>--sheet applies to XLSX files only; &quot;%1&quot; is a text file.</source>
        <translation>--sheet 仅适用于 XLSX 文件；“%1”是文本文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet %2. Its sheets are: %3 (give a number from 1 to %4 or a name).</source>
        <translation>“%1”中没有工作表 %2。其工作表有：%3（请指定 1 至 %4 的序号或工作表名称）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a student file: none of its first rows names at least two student columns (姓名, 证件号码, 学号, …).</source>
        <translation>“%1”不是学生名单：其前几行中没有任何一行包含至少两个学生信息列名（姓名、证件号码、学号……）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete student file (header on line %2):</source>
        <translation>“%1”不是完整的学生名单（表头位于第 %2 行）：</translation>
    </message>
    <message>
        <source>If the file has the column under another header, name it with --map FIELD=COLUMN (COLUMN: the header, the column number or the column letter), for example --map %1=%2.</source>
        <translation>如果文件中有这一列但表头不同，请用 --map FIELD=COLUMN 指定（COLUMN：表头、列号或列字母），例如 --map %1=%2。</translation>
    </message>
    <message>
        <source>Checking every row of &quot;%1&quot;…</source>
        <translation>正在检查“%1”的每一行…</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommitJob</name>
    <message>
        <source>Importing &quot;%1&quot; into the database…</source>
        <translation>正在将“%1”导入数据库…</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommitPage</name>
    <message>
        <source>Everything is written in one step: if you stop now (or the computer is switched off), the database stays exactly as it was before the import.</source>
        <translation>所有数据一次性写入：如果现在停止（或电脑断电），数据库将完全保持导入前的状态。</translation>
    </message>
</context>
<context>
    <name>cet::ImportDialogs</name>
    <message>
        <source>Student lists (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>学生名单 (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV or TSV text (*.csv *.tsv *.txt)</source>
        <translation>CSV 或 TSV 文本 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Students</source>
        <translation>导入学生</translation>
    </message>
</context>
<context>
    <name>cet::ImportFilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose or drop the student list (.xlsx, .csv, .tsv)</source>
        <translation>选择或拖放学生名单（.xlsx、.csv、.tsv）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx) and CSV or TSV text in any common encoding (UTF-8, GBK, UTF-16) can be read. You can also drop the file onto this window.</source>
        <translation>可读取 Excel 工作簿（.xlsx）以及常见编码（UTF-8、GBK、UTF-16）的 CSV 或 TSV 文本文件。也可以将文件直接拖放到此窗口。</translation>
    </message>
    <message>
        <source>What was detected (change anything that is wrong)</source>
        <translation>识别结果（如有错误请修改）</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030（GBK、GB2312）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线 ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>表头行(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Preview of the first %n rows, numbered as in the file; the header row is highlighted:</source>
        <translation>
            <numerusform>预览前 %n 行，行号与文件中一致，表头行以高亮显示(&amp;P)：</numerusform>
        </translation>
    </message>
    <message>
        <source>No header row was found in the first rows of &quot;%1&quot;: none of them names at least two student fields (such as 姓名 and 证件号码). Set &quot;Header row&quot; to the row that holds the column names, or check that this is the student list.</source>
        <translation>在“%1”的前几行中未找到表头行：没有任何一行包含至少两个学生字段名（如“姓名”和“证件号码”）。请将“表头行”设为包含列名的行，或确认这是学生名单。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Drop the student list here, or press Browse to choose it.</source>
        <translation>将学生名单拖放到此处，或点击“浏览”选择文件。</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（自动识别）</translation>
    </message>
    <message>
        <source>(text files have no sheets)</source>
        <translation>（文本文件没有工作表）</translation>
    </message>
    <message>
        <source>not found: choose the row</source>
        <translation>未找到：请选择表头行</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>由您指定</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>The encoding was guessed from the content. If names in the preview look garbled, choose another encoding.</source>
        <translation>编码是根据文件内容推测的。如果预览中的姓名显示为乱码，请选择其他编码。</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook &quot;%1&quot;, sheet &quot;%2&quot; (%3 of %n)</source>
        <translation>
            <numerusform>Excel 工作簿“%1”，工作表“%2”（第 %3 个，共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with byte order mark</source>
        <translation>%1（带 BOM）</translation>
    </message>
    <message>
        <source>Text file &quot;%1&quot;: %2, columns separated by %3</source>
        <translation>文本文件“%1”：%2，列分隔符：%3</translation>
    </message>
</context>
<context>
    <name>cet::ImportHistoryCommand</name>
    <message>
        <source>%1  %2  %3  %4: %5 new, %6 changed, %7 unchanged, %8 rejected, %9 deleted</source>
        <translation>%1  %2  %3  %4：新增 %5，变更 %6，未变 %7，未导入 %8，删除 %9</translation>
    </message>
    <message>
        <source>(undone by %1 on %2)</source>
        <translation>（已由 %1 于 %2 撤销）</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>尚无导入记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import number; &quot;cetdesk-cli import-history&quot; lists them.</source>
        <translation>“%1”不是导入编号；可用“cetdesk-cli import-history”查看编号。</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>导入 %1 已撤销。</translation>
    </message>
    <message>
        <source>The import template was written to %1.</source>
        <translation>导入模板已写入 %1。</translation>
    </message>
</context>
<context>
    <name>cet::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Every import is recorded. An import can be undone as long as none of its records was edited since and no later import changed them.</source>
        <translation>每次导入都会被记录。只要某次导入的记录此后未被编辑、也未被之后的导入修改，即可撤销该次导入。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Undone %1 by %2</source>
        <translation>已于 %1 由 %2 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of &quot;%1&quot; from %2? The %3 student(s) it added are removed and the %4 it changed get their earlier data back.</source>
        <translation>要撤销 %2 导入的“%1”吗？该次导入新增的 %3 名学生将被删除，被其修改的 %4 名学生将恢复为导入前的数据。</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; was undone.</source>
        <translation>已撤销“%1”的导入。</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; could not be undone: %2</source>
        <translation>无法撤销“%1”的导入：%2</translation>
    </message>
</context>
<context>
    <name>cet::ImportMapping</name>
    <message>
        <source>&quot;--map %1&quot; is not of the form FIELD=COLUMN (for example --map program_years=Years).</source>
        <translation>“--map %1”不是 FIELD=COLUMN 的形式（例如 --map program_years=Years）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;--map %2&quot; is not a field. The fields are: %3.</source>
        <translation>“--map %2”中的“%1”不是字段。可用字段：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;--map %2&quot; is not a column of the file. Give a header of the file (%3), a column number from 1 to %4 or a column letter from A to %5.</source>
        <translation>“--map %2”中的“%1”不是文件中的列。请给出文件中的表头（%3）、1 到 %4 的列号或 A 到 %5 的列字母。</translation>
    </message>
    <message>
        <source>--map names the field %1 twice (&quot;%2&quot; and &quot;%3&quot;). Give each field once.</source>
        <translation>--map 两次指定了字段 %1（“%2”和“%3”）。每个字段只能指定一次。</translation>
    </message>
</context>
<context>
    <name>cet::ImportMappingPage</name>
    <message>
        <source>Choose for each column of the file which field it holds. Fields marked * are required; columns set to &quot;Ignore&quot; are not imported.</source>
        <translation>请为文件的每一列选择其对应的字段。标有 * 的字段为必填；设为“忽略”的列不会导入。</translation>
    </message>
    <message>
        <source>This mapping came from the last import of a file with the same columns. Check it, then continue.</source>
        <translation>此列对应关系来自上一次导入的列结构相同的文件。请检查后继续。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列名</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation>第 %1 列（%2）对应的字段</translation>
    </message>
    <message>
        <source>The file has no header row to map.</source>
        <translation>文件中没有可供对应的表头行。</translation>
    </message>
    <message>
        <source>Choose below the column that holds each of them. If the file has no such column, add it to the file and choose the file again.</source>
        <translation>请在下方为每一项选择包含它的列。如果文件中没有该列，请在文件中添加后重新选择文件。</translation>
    </message>
</context>
<context>
    <name>cet::ImportMessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>cet::ImportOutputFile</name>
    <message>
        <source>Could not write &quot;%1&quot;. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>无法写入“%1”。请检查文件夹是否存在、您是否有写入权限，以及该文件是否已在其他程序中打开。</translation>
    </message>
</context>
<context>
    <name>cet::ImportPlanPage</name>
    <message>
        <source>new students</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>Rows whose student is not in the database yet</source>
        <translation>数据库中尚无该学生的行</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变更</translation>
    </message>
    <message>
        <source>Students already in the database whose data differs</source>
        <translation>数据库中已有、但数据不同的学生</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Students already in the database with the same data</source>
        <translation>数据库中已有且数据相同的学生</translation>
    </message>
    <message>
        <source>in the database, not in the file</source>
        <translation>数据库中有、文件中没有</translation>
    </message>
    <message>
        <source>Kept unless you choose to delete them below</source>
        <translation>保留，除非您在下方选择删除</translation>
    </message>
    <message>
        <source>rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <source>Left out of the import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Student / field</source>
        <translation>学生 / 字段</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>数据库中的当前值</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>Show &amp;more changed rows</source>
        <translation>显示更多有变更的行(&amp;M)</translation>
    </message>
    <message>
        <source>Show m&amp;ore records</source>
        <translation>显示更多记录(&amp;O)</translation>
    </message>
    <message>
        <source>When some rows have errors</source>
        <translation>部分行有错误时</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>全部或全不(&amp;A)：仅当所有行均有效时才导入</translation>
    </message>
    <message>
        <source>&amp;Changed rows (%1)</source>
        <translation>有变更的行（%1）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Not in the file (%1)</source>
        <translation>文件中没有（%1）(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;delete the %n student record(s) that are in the database but not in this file</source>
        <translation>
            <numerusform>同时删除数据库中有、但此文件中没有的 %n 条学籍记录(&amp;D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid rows and leave out the %n row(s) with errors</source>
        <translation>
            <numerusform>导入有效行，不导入有错误的 %n 行(&amp;V)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>导入有效行(&amp;V)</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>第 %1 行 · %2</translation>
    </message>
    <message>
        <source>Delete Student Records</source>
        <translation>删除学籍记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n student record(s) that are in the database but not in &quot;%1&quot;?

Check the list under &quot;Not in the file&quot; first. The deletion is part of this import and can be undone with it.</source>
        <translation>
            <numerusform>要删除数据库中有、但“%1”中没有的 %n 条学籍记录吗？

请先查看“文件中没有”下的列表。此删除属于本次导入的一部分，可随本次导入一并撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With &quot;all or nothing&quot;, nothing would be imported: %n row(s) have errors. Fix them in the file and choose it again, or import the valid rows.</source>
        <translation>
            <numerusform>选择“全部或全不”将不会导入任何数据：有 %n 行存在错误。请在文件中改正后重新选择该文件，或选择导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every valid row is already in the database with the same data.</source>
        <translation>无需导入：所有有效行均已以相同数据存在于数据库中。</translation>
    </message>
    <message numerus="yes">
        <source>The import will add %n new student(s)</source>
        <translation>
            <numerusform>本次导入将新增 %n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update %n</source>
        <translation>
            <numerusform>更新 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n</source>
        <translation>
            <numerusform>删除 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>. Press Import to write it to the database in one step.</source>
        <translation>。点击“导入”即可一次性写入数据库。</translation>
    </message>
</context>
<context>
    <name>cet::ImportReport</name>
    <message numerus="yes">
        <source>%n row(s) had full-width characters in the ID number, a code or the student number; converted to half-width.</source>
        <translation>
            <numerusform>%n 行的证件号码、代码或学号中有全角字符，已转换为半角。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had spaces inside the ID number, a code or the student number; removed.</source>
        <translation>
            <numerusform>%n 行的证件号码、代码或学号中有空格，已删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ID number(s) had a lower-case x (or other lower-case letters); changed to upper case.</source>
        <translation>
            <numerusform>%n 个证件号码中有小写 x（或其他小写字母），已改为大写。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had numbers written with a fraction such as &quot;2024.0&quot; (student number, program years, enrolment year, grade or a code); the &quot;.0&quot; was removed.</source>
        <translation>
            <numerusform>%n 行中的数字带有小数，如“2024.0”（学号、学制、入学年份、年级或代码），已去掉“.0”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no gender; it was taken from the ID number.</source>
        <translation>
            <numerusform>%n 行未填性别，已按身份证号码推定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no ID type; it was set to resident identity card because the ID number is a valid resident ID number.</source>
        <translation>
            <numerusform>%n 行未填证件类型，因证件号码是有效的居民身份证号码，已设为居民身份证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>必填项缺失</translation>
    </message>
    <message>
        <source>Fill in the empty cells: name, ID type, ID number, school code, campus code, education, program years, enrolment year and grade are required (gender too, unless the ID number is an 18-character resident ID number).</source>
        <translation>请填写空白单元格：姓名、证件类型、证件号码、学校代码、校区代码、学历、学制、入学年份和年级为必填项（性别也必填，除非证件号码为 18 位居民身份证号码）。</translation>
    </message>
    <message>
        <source>School code is not 5 digits</source>
        <translation>学校代码不是 5 位数字</translation>
    </message>
    <message>
        <source>Enter the 5-digit school code, e.g. 99101, and format the column as text so that leading zeros are kept.</source>
        <translation>请输入 5 位学校代码（如 99101），并将该列设为文本格式，以免丢失开头的 0。</translation>
    </message>
    <message>
        <source>Campus code is not 6 digits</source>
        <translation>校区代码不是 6 位数字</translation>
    </message>
    <message>
        <source>Enter the 6-digit campus code: the school code followed by one digit, e.g. 991010.</source>
        <translation>请输入 6 位校区代码：学校代码后加一位数字，如 991010。</translation>
    </message>
    <message>
        <source>Campus does not belong to the school</source>
        <translation>校区不属于该学校</translation>
    </message>
    <message>
        <source>The campus code must start with the school code: check both columns.</source>
        <translation>校区代码必须以学校代码开头：请检查这两列。</translation>
    </message>
    <message>
        <source>Program length out of range</source>
        <translation>学制超出范围</translation>
    </message>
    <message>
        <source>Enter the program length in years, from 1 to 8.</source>
        <translation>请输入学制年数，范围为 1 至 8 年。</translation>
    </message>
    <message>
        <source>Enrolment year out of range</source>
        <translation>入学年份超出范围</translation>
    </message>
    <message>
        <source>Enter the year the student enrolled, e.g. 2024.</source>
        <translation>请输入学生的入学年份，如 2024。</translation>
    </message>
    <message>
        <source>Gender does not match the ID number</source>
        <translation>性别与证件号码不符</translation>
    </message>
    <message>
        <source>Check the gender and the ID number: the 17th character of an ID number is odd for men and even for women.</source>
        <translation>请核对性别和证件号码：证件号码第 17 位为奇数表示男性，为偶数表示女性。</translation>
    </message>
    <message>
        <source>Unknown gender</source>
        <translation>未知性别</translation>
    </message>
    <message>
        <source>Write 男 or 女.</source>
        <translation>请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>Unknown education level</source>
        <translation>未知学历</translation>
    </message>
    <message>
        <source>Write 专科, 本科, 硕士研究生 or 博士研究生.</source>
        <translation>请填写“专科”“本科”“硕士研究生”或“博士研究生”。</translation>
    </message>
    <message>
        <source>Unknown ID type</source>
        <translation>未知证件类型</translation>
    </message>
    <message>
        <source>Write the ID type as the import template lists it, e.g. 中华人民共和国居民身份证 or 护照.</source>
        <translation>请按导入模板中列出的名称填写证件类型，如“中华人民共和国居民身份证”或“护照”。</translation>
    </message>
    <message>
        <source>ID type not accepted for CET</source>
        <translation>证件类型不可用于 CET 报名</translation>
    </message>
    <message>
        <source>Only the eight ID types of CET registration are accepted (military and police cards are not): register the student with their resident identity card or another accepted ID.</source>
        <translation>仅接受 CET 报名规定的 8 种证件类型（不含军官证、警官证）：请使用学生的居民身份证或其他可用证件报名。</translation>
    </message>
    <message>
        <source>ID number missing</source>
        <translation>证件号码缺失</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>ID number lost digits (stored as a number)</source>
        <translation>证件号码被存成数字，后几位已丢失</translation>
    </message>
    <message>
        <source>The spreadsheet stored the ID numbers as numbers and lost their last digits. Format the ID number column as text, enter the full numbers again and import the file again.</source>
        <translation>电子表格将证件号码存成了数字，后几位已丢失。请将证件号码列设置为文本格式，重新输入完整号码后再导入。</translation>
    </message>
    <message>
        <source>ID number has the wrong format</source>
        <translation>证件号码格式错误</translation>
    </message>
    <message>
        <source>Check the length and the characters of the ID number for its ID type, e.g. 17 digits and a digit or X for a resident identity card.</source>
        <translation>请根据证件类型核对证件号码的位数和字符，如居民身份证号码为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>ID number has an unknown region</source>
        <translation>证件号码地区码无效</translation>
    </message>
    <message>
        <source>Compare the first digits of the ID number with the ID document.</source>
        <translation>请将证件号码的前几位与证件原件核对。</translation>
    </message>
    <message>
        <source>ID number has an impossible birth date</source>
        <translation>证件号码中的出生日期不存在</translation>
    </message>
    <message>
        <source>Compare characters 7 to 14 of the ID number (the birth date) with the ID document.</source>
        <translation>请将证件号码第 7 至 14 位（出生日期）与证件原件核对。</translation>
    </message>
    <message>
        <source>ID number check character is wrong</source>
        <translation>证件号码校验位错误</translation>
    </message>
    <message>
        <source>The number has a typing error: compare it character by character with the ID document.</source>
        <translation>号码有录入错误：请与证件原件逐位核对。</translation>
    </message>
    <message>
        <source>ID number stored as a number</source>
        <translation>证件号码被存成数字</translation>
    </message>
    <message>
        <source>The numbers are still complete, but format the ID number column as text so that no digits are lost the next time the file is saved.</source>
        <translation>号码目前仍完整，但请将证件号码列设为文本格式，以免下次保存文件时丢失数字。</translation>
    </message>
    <message>
        <source>Student number stored as a number</source>
        <translation>学号被存成数字</translation>
    </message>
    <message>
        <source>Check that no leading zeros were lost, and format the student number column as text.</source>
        <translation>请检查学号开头的 0 是否丢失，并将学号列设为文本格式。</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>Write the program length as a number of years (e.g. 4) and the enrolment year as a year (e.g. 2024).</source>
        <translation>学制请填写年数（如 4），入学年份请填写年份（如 2024）。</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>内容过长</translation>
    </message>
    <message>
        <source>Shorten the value: a field has at most 200 characters, the note at most 2000. A very long cell often means that columns were shifted or merged.</source>
        <translation>请缩短内容：每个字段最多 200 个字符，备注最多 2000 个字符。单元格内容过长通常说明列发生了错位或合并。</translation>
    </message>
    <message>
        <source>Same student twice in the file</source>
        <translation>同一学生在文件中重复</translation>
    </message>
    <message>
        <source>Keep one row per student (same ID type and ID number): the first row is imported, the others are rejected.</source>
        <translation>每名学生只保留一行（证件类型和证件号码相同即为同一学生）：第一行导入，其余行不导入。</translation>
    </message>
    <message>
        <source>Student number used twice in the file</source>
        <translation>学号在文件中重复</translation>
    </message>
    <message>
        <source>Two different students have the same student number: check which one is right.</source>
        <translation>两名不同的学生学号相同：请核实哪一个正确。</translation>
    </message>
    <message>
        <source>Student number already belongs to another student</source>
        <translation>学号已属于库中其他学生</translation>
    </message>
    <message>
        <source>A different student in the database has this student number: check which one is right.</source>
        <translation>数据库中另一名学生已使用此学号：请核实哪一个正确。</translation>
    </message>
</context>
<context>
    <name>cet::ImportReportPage</name>
    <message>
        <source>Save &amp;Report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook, to pass it on or fix the file</source>
        <translation>将此报告保存为 Excel 工作簿，以便转交他人或据此修改文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>在文件中的位置</translation>
    </message>
    <message>
        <source>Checking every row of &quot;%1&quot;…</source>
        <translation>正在检查“%1”的每一行…</translation>
    </message>
    <message>
        <source>Nothing is written to the database in this step.</source>
        <translation>此步骤不会向数据库写入任何数据。</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message>
        <source>Go back and press Next to check it again.</source>
        <translation>请返回上一步，再点击“下一步”重新检查。</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>%1 - import report.xlsx</source>
        <translation>%1 - 导入报告.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 student rows were read from &quot;%2&quot;: %3 can be imported, %4 have errors and will be left out.</source>
        <translation>从“%2”读取了 %1 行学生数据：%3 行可以导入，%4 行有错误，将不导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n blank, totals or repeated header row(s) were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个空行、合计行或重复的表头行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Corrected automatically: %1</source>
        <translation>已自动更正：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>Errors: %n row(s) will not be imported</source>
        <translation>
            <numerusform>错误：%n 行将不会导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: these rows are imported as they are; check them</source>
        <translation>警告：这些行将按原样导入，请检查</translation>
    </message>
    <message>
        <source>No errors and no warnings</source>
        <translation>没有错误和警告</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the rejected rows after the import to see them all.</source>
        <translation>导入完成后导出未导入的行，即可查看全部。</translation>
    </message>
    <message>
        <source>Select a problem to see what it means and how to fix it, or a row to see its values.</source>
        <translation>选择一个问题可查看其含义和修改方法，选择一行可查看该行的值。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n 行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Expand the problem to see each row.</source>
        <translation>展开该问题可查看每一行。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>In the file: &quot;%1&quot;</source>
        <translation>文件中：“%1”</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>数据库中</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This row (%1)</source>
        <translation>本行（%1）</translation>
    </message>
    <message>
        <source>Value as imported</source>
        <translation>导入后的值</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cet::ImportReportWriter</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX，工作表“%1”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Text, %1, separator %2</source>
        <translation>文本，%1，分隔符 %2</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>…（另有 %1 个）</translation>
    </message>
    <message>
        <source>Writing the report was cancelled; no file was written.</source>
        <translation>报告写入已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>In the database but not in the file</source>
        <translation>数据库中有、文件中没有</translation>
    </message>
    <message>
        <source>Skipped rows (blank, totals, notes)</source>
        <translation>跳过的行（空行、合计行、备注行）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>建议修改方法</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Corrected automatically</source>
        <translation>已自动更正</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Other row</source>
        <translation>另一行</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>另一行：%1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>导入后</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) are counted on the summary sheet but not listed here.</source>
        <translation>
            <numerusform>另有 %n 个问题已计入汇总表，但未在此列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more pair(s) are not listed.</source>
        <translation>
            <numerusform>另有 %n 对未列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::ImportSummary</name>
    <message>
        <source>XLSX, sheet %1 &quot;%2&quot;</source>
        <translation>XLSX，工作表 %1“%2”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>text, %1, separator %2</source>
        <translation>文本，%1，分隔符 %2</translation>
    </message>
    <message>
        <source>Errors (these rows are rejected):</source>
        <translation>错误（这些行不导入）：</translation>
    </message>
    <message>
        <source>Warnings (these rows are imported):</source>
        <translation>警告（这些行会导入）：</translation>
    </message>
    <message numerus="yes">
        <source>%1 [%2]: %n row(s), line(s) %3</source>
        <translation>
            <numerusform>%1 [%2]：%n 行，行号 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), header on line %3</source>
        <translation>%1（%2），表头位于第 %3 行</translation>
    </message>
    <message>
        <source>Imported as batch %1: %2 new, %3 changed, %4 deleted. Undo with &quot;cetdesk-cli import-undo %1&quot;.</source>
        <translation>已作为批次 %1 导入：新增 %2，变更 %3，删除 %4。可用“cetdesk-cli import-undo %1”撤销。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 new, %2 changed, %3 unchanged, %4 rejected.</source>
        <translation>
            <numerusform>读取 %n 行：新增 %1，变更 %2，未变 %3，未导入 %4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (blank, totals, notes or a repeated header).</source>
        <translation>
            <numerusform>跳过 %n 行（空行、合计行、备注行或重复的表头行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the database are not in the file; they are deleted.</source>
        <translation>
            <numerusform>数据库中有 %n 名学生不在文件中，已将其删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the database are not in the file; they are kept (--delete-missing deletes them).</source>
        <translation>
            <numerusform>数据库中有 %n 名学生不在文件中，已保留（使用 --delete-missing 可将其删除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>之前某日</translation>
    </message>
    <message>
        <source>Columns: the mapping remembered on %1 for these headers.</source>
        <translation>列对应：使用 %1 为这些表头记住的对应关系。</translation>
    </message>
    <message>
        <source>Columns: the mapping remembered from the import of &quot;%1&quot; (%2), which had the same headers.</source>
        <translation>列对应：使用导入“%1”（%2）时记住的对应关系，该文件的表头相同。</translation>
    </message>
    <message>
        <source>Columns: --map %1 = column %2 &quot;%3&quot;.</source>
        <translation>列对应：--map %1 = 第 %2 列“%3”。</translation>
    </message>
</context>
<context>
    <name>cet::ImportSummaryPage</name>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>导出未导入的行(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows with errors, with a column that says what is wrong, to fix them and import them again</source>
        <translation>保存有错误的行（附一列说明错误原因），改正后可再次导入</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the students this import added and restore the ones it changed</source>
        <translation>删除本次导入新增的学生，并恢复被其修改的学生</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported.</source>
        <translation>“%1”已导入。</translation>
    </message>
    <message>
        <source>New students added: %1</source>
        <translation>新增学生：%1</translation>
    </message>
    <message>
        <source>Students updated: %1</source>
        <translation>更新学生：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>未变：%1</translation>
    </message>
    <message>
        <source>Deleted (not in the file): %1</source>
        <translation>已删除（文件中没有）：%1</translation>
    </message>
    <message>
        <source>Rows with errors, not imported: %1</source>
        <translation>有错误、未导入的行：%1</translation>
    </message>
    <message>
        <source>Export the rows with errors, fix them in the file and import that file again.</source>
        <translation>请导出有错误的行，在文件中改正后再次导入该文件。</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>导出未导入的行</translation>
    </message>
    <message>
        <source>%1 - rejected rows.xlsx</source>
        <translation>%1 - 未导入的行.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) were saved to %1, with the reasons in the column &quot;%2&quot;. Fix them there and import that file.</source>
        <translation>
            <numerusform>已将 %n 个未导入的行保存到 %1，错误原因在“%2”列中。请在该文件中改正后导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of &quot;%1&quot;? The %2 student(s) it added are removed and the %3 it changed or deleted get their earlier data back.</source>
        <translation>要撤销“%1”的导入吗？本次导入新增的 %2 名学生将被删除，被其修改或删除的 %3 名学生将恢复为导入前的数据。</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; was undone.</source>
        <translation>已撤销“%1”的导入。</translation>
    </message>
    <message>
        <source>The database is as it was before the import.</source>
        <translation>数据库已恢复到导入前的状态。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>导入已撤销。</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>无法撤销导入：%1</translation>
    </message>
</context>
<context>
    <name>cet::ImportTemplateWriter</name>
    <message>
        <source>Allowed values</source>
        <translation>可选值</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生名单</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>不在列表中</translation>
    </message>
    <message>
        <source>Choose a value from the list (sheet &quot;%1&quot;). The import also accepts common short forms.</source>
        <translation>请从列表中选择一个值（见“%1”工作表）。导入时也接受常见的简写。</translation>
    </message>
    <message>
        <source>The name as on the ID document.</source>
        <translation>与证件上的姓名一致。</translation>
    </message>
    <message>
        <source>男 or 女. May stay empty for an 18-digit resident ID number.</source>
        <translation>填写“男”或“女”。证件号码为 18 位居民身份证号码时可不填。</translation>
    </message>
    <message>
        <source>Choose from the list. May stay empty when the ID number is a resident ID number.</source>
        <translation>从列表中选择。证件号码为居民身份证号码时可不填。</translation>
    </message>
    <message>
        <source>This column is formatted as text so that no digit is lost. Paste values only (Paste Special → Values) to keep that format.</source>
        <translation>此列已设为文本格式，以免丢失数字。粘贴时请只粘贴数值（选择性粘贴 → 数值），以保留该格式。</translation>
    </message>
    <message>
        <source>5 digits.</source>
        <translation>5 位数字。</translation>
    </message>
    <message>
        <source>6 digits: the school code and one more digit.</source>
        <translation>6 位数字：学校代码后加一位数字。</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>从列表中选择。</translation>
    </message>
    <message>
        <source>Years of study, for example 4.</source>
        <translation>学习年限，如 4。</translation>
    </message>
    <message>
        <source>The year, for example 2024.</source>
        <translation>年份，如 2024。</translation>
    </message>
    <message>
        <source>For example 2024级.</source>
        <translation>如 2024级。</translation>
    </message>
    <message>
        <source>Formatted as text, so leading zeros stay.</source>
        <translation>已设为文本格式，开头的 0 会保留。</translation>
    </message>
</context>
<context>
    <name>cet::ImportUiText</name>
    <message>
        <source>, </source>
        <extracomment>Separator between row numbers in a list; zh_CN uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … 等另外 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cet::ImportWizard</name>
    <message>
        <source>Import Students</source>
        <translation>导入学生</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import had already finished when you stopped it. You can undo it here.</source>
        <translation>您停止时导入已经完成。可在此处撤销本次导入。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose the student list from the school&apos;s registry. Check the preview: names must read correctly and the highlighted row must hold the column names.</source>
        <translation>请选择学校学籍系统导出的学生名单。请检查预览：姓名须显示正常，高亮的行须为列名所在行。</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Check which column of the file holds which field of the student record.</source>
        <translation>检查文件的每一列分别对应学籍记录的哪个字段。</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Row numbers are those of your spreadsheet, the header row included.</source>
        <translation>写入任何数据之前都会先检查每一行。行号与电子表格中一致（含表头行）。</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>查看变更</translation>
    </message>
    <message>
        <source>This is what the import will do to the student records in the database.</source>
        <translation>以下是本次导入将对数据库中学籍记录所做的更改。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The changes are written to the database in one transaction.</source>
        <translation>所有更改将在一个事务中写入数据库。</translation>
    </message>
    <message>
        <source>The import is recorded in the import history and can be undone there later.</source>
        <translation>本次导入会记入导入历史，之后可在那里撤销。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed in the database.</source>
        <translation>导入已停止，数据库未做任何更改。</translation>
    </message>
    <message>
        <source>The file is being checked again against the database as it is now.</source>
        <translation>正在根据数据库的当前状态重新检查文件。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>cet::JobProgressWidget</name>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop this job (Esc); nothing half-done is kept</source>
        <translation>停止此任务（Esc）；不会留下只完成一半的结果</translation>
    </message>
</context>
<context>
    <name>cet::JpegHeader</name>
    <message>
        <source>%1 is cut off: the JPEG data ends at byte %2 before the image is complete. Copy or export the photo again.</source>
        <translation>%1 不完整：JPEG 数据在第 %2 字节处结束，图像尚不完整。请重新复制或导出照片。</translation>
    </message>
    <message>
        <source>%1 is a damaged JPEG file (%2). Open it in an image editor and save it again as JPEG.</source>
        <translation>%1 是已损坏的 JPEG 文件（%2）。请用图像编辑软件打开后重新保存为 JPEG。</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <source>a HEIC image (iPhone photo)</source>
        <translation>HEIC 图片（iPhone 照片）</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>AVIF 图片</translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation>JPEG 2000 图片</translation>
    </message>
    <message>
        <source>a JPEG XL image</source>
        <translation>JPEG XL 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a ZIP archive or Office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 为空（0 字节）。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG file (its content is not an image CET Desk knows). Save the photo as JPEG (.jpg).</source>
        <translation>%1 不是 JPEG 文件（其内容不是 CET Desk 能识别的图片）。请将照片保存为 JPEG（.jpg）格式。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG file: it is %2 with a .jpg name. Open it in an image editor and save it as JPEG (.jpg).</source>
        <translation>%1 不是 JPEG 文件：它是扩展名为 .jpg 的%2。请用图像编辑软件打开后保存为 JPEG（.jpg）格式。</translation>
    </message>
    <message>
        <source>no marker at byte %1</source>
        <translation>第 %1 字节处缺少标记</translation>
    </message>
    <message>
        <source>the end-of-image marker comes before any image data</source>
        <translation>图像结束标记出现在任何图像数据之前</translation>
    </message>
    <message>
        <source>unexpected marker at byte %1</source>
        <translation>第 %1 字节处出现意外的标记</translation>
    </message>
    <message>
        <source>invalid segment length at byte %1</source>
        <translation>第 %1 字节处的段长度无效</translation>
    </message>
    <message>
        <source>frame header too short</source>
        <translation>帧头过短</translation>
    </message>
    <message>
        <source>frame header too short for %1 components</source>
        <translation>帧头过短，不足以容纳 %1 个分量</translation>
    </message>
    <message>
        <source>the frame header has no width or no colour components</source>
        <translation>帧头中没有宽度或颜色分量</translation>
    </message>
    <message>
        <source>image data before the frame header</source>
        <translation>图像数据出现在帧头之前</translation>
    </message>
    <message>
        <source>the frame header has no height</source>
        <translation>帧头中没有高度</translation>
    </message>
</context>
<context>
    <name>cet::MainWindow</name>
    <message>
        <source>CET Desk</source>
        <translation>CET Desk</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学籍</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CET Desk</source>
        <translation>关于 CET Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Campuses and Seats</source>
        <translation>考点与容量</translation>
    </message>
</context>
<context>
    <name>cet::Migrations</name>
    <message>
        <source>The database was written by a newer version of CET Desk (schema %1, this version knows up to %2). Please update CET Desk.</source>
        <translation>该数据库由更新版本的 CET Desk 写入（结构版本 %1，此版本最高支持 %2）。请升级 CET Desk。</translation>
    </message>
</context>
<context>
    <name>cet::NoticeConflictView</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用服务器的</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this desktop)</source>
        <translation>&lt;b&gt;我的&lt;/b&gt;（本机）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server)</source>
        <translation>&lt;b&gt;服务器的&lt;/b&gt;（他人修改）</translation>
    </message>
    <message>
        <source>another desktop</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>This notice was changed here and by %1 at the same time%2. Pick the version that stays; the other is dropped.</source>
        <translation>本机和%1同时修改了这条通告%2。请选择保留哪个版本，另一个版本将被放弃。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>cet::NoticeEditor</name>
    <message>
        <source>Title candidates see first</source>
        <translation>考生首先看到的标题</translation>
    </message>
    <message>
        <source>What candidates of this school or campus should know</source>
        <translation>本校或本校区考生需要知道的事项</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Shown from:</source>
        <translation>显示日期：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Preview (as candidates see it):</source>
        <translation>预览（考生看到的样子）：</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
</context>
<context>
    <name>cet::NoticePreview</name>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Shown from %1</source>
        <translation>自 %1 起显示</translation>
    </message>
</context>
<context>
    <name>cet::NoticeService</name>
    <message>
        <source>The notice needs a title.</source>
        <translation>通告需要标题。</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>标题有 %1 个字，最多允许 %2 个字。</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation>正文有 %1 个字，最多允许 %2 个字。</translation>
    </message>
    <message>
        <source>The date from which the notice is shown is not valid.</source>
        <translation>通告的显示日期无效。</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server first: notices belong to the school you sign in for.</source>
        <translation>请先登录本校的服务器：通告属于您登录的学校。</translation>
    </message>
    <message>
        <source>%1 is neither your school&apos;s code (%2) nor one of its campuses.</source>
        <translation>%1 既不是本校代码（%2），也不是本校的校区代码。</translation>
    </message>
    <message>
        <source>This notice has no conflict to resolve.</source>
        <translation>这条通告没有需要处理的冲突。</translation>
    </message>
</context>
<context>
    <name>cet::NoticeSyncHandler</name>
    <message>
        <source>Notice %1</source>
        <translation>通告 %1</translation>
    </message>
</context>
<context>
    <name>cet::NoticesCommand</name>
    <message>
        <source>No notices.</source>
        <translation>没有通告。</translation>
    </message>
    <message>
        <source>%1  %2  shown from %3  (%4, %5 characters)</source>
        <translation>%1  %2  自 %3 起显示  （%4，%5 字）</translation>
    </message>
    <message>
        <source>Give either --body or --body-file, not both.</source>
        <translation>--body 和 --body-file 只能给出一个。</translation>
    </message>
    <message>
        <source>Can not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--shown-from takes a date as YYYY-MM-DD.</source>
        <translation>--shown-from 的日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Notice %1 saved; the next sync sends it.</source>
        <translation>通告 %1 已保存，下次同步时发送。</translation>
    </message>
    <message>
        <source>Notice %1 unchanged.</source>
        <translation>通告 %1 没有变化。</translation>
    </message>
    <message>
        <source>
School notices:
  notices list         The notices of this desktop (--json).
  notices set CODE     Set the notice of the school or campus CODE (--title, --body or
                       --body-file, --shown-from YYYY-MM-DD); the next sync sends it.
</source>
        <translation>
学校通告：
  notices list         本机的通告（--json）。
  notices set CODE     设置学校或校区 CODE 的通告（--title、--body 或
                       --body-file、--shown-from YYYY-MM-DD）；下次同步时发送。
</translation>
    </message>
    <message>
        <source>notices set: the title.</source>
        <translation>notices set：标题。</translation>
    </message>
    <message>
        <source>notices set: the text.</source>
        <translation>notices set：正文。</translation>
    </message>
    <message>
        <source>notices set: read the text from &lt;file&gt; (UTF-8).</source>
        <translation>notices set：从 &lt;file&gt; 读取正文（UTF-8）。</translation>
    </message>
    <message>
        <source>notices set: show the notice from &lt;date&gt; on (default: today).</source>
        <translation>notices set：自 &lt;date&gt; 起显示通告（默认今天）。</translation>
    </message>
    <message>
        <source>Use &quot;notices list&quot; or &quot;notices set CODE&quot;.</source>
        <translation>请使用“notices list”或“notices set CODE”。</translation>
    </message>
</context>
<context>
    <name>cet::NoticesPage</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>School %1</source>
        <translation>学校 %1</translation>
    </message>
    <message>
        <source>Campus %1</source>
        <translation>校区 %1</translation>
    </message>
    <message>
        <source>no notice</source>
        <translation>无通告</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved on this desktop; the next sync sends it to the server.</source>
        <translation>已保存在本机，下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Your version stays; the next sync sends it to the server.</source>
        <translation>保留您的版本，下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s version is taken.</source>
        <translation>已采用服务器的版本。</translation>
    </message>
    <message>
        <source>Save or revert the changes of this notice first.</source>
        <translation>请先保存或还原这条通告的修改。</translation>
    </message>
</context>
<context>
    <name>cet::OfferExport</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Campus name</source>
        <translation>校区名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation>科目代码</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>开考</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>报名费（元）</translation>
    </message>
    <message>
        <source>Window opens</source>
        <translation>报名开始</translation>
    </message>
    <message>
        <source>Window closes</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <source>Open to other schools</source>
        <translation>允许外校报考</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Candidates see</source>
        <translation>考生看到</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>Bookings per hour</source>
        <translation>每小时报考</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>报考数</translation>
    </message>
    <message>
        <source>Seats filling</source>
        <translation>座位</translation>
    </message>
</context>
<context>
    <name>cet::OfferGridModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seats.</source>
        <translation>“%1”不是有效的座位数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-03-01 08:00.</source>
        <translation>“%1”不是形如 2026-03-01 08:00 的日期时间。</translation>
    </message>
    <message>
        <source>This column can not be changed here.</source>
        <translation>此列不能在这里修改。</translation>
    </message>
    <message>
        <source>Another desktop changed this offer too: pick a version below.</source>
        <translation>另一台电脑也修改了此开考设置：请在下方选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>开考</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>报名费（元）</translation>
    </message>
    <message>
        <source>Registration opens</source>
        <translation>报名开始</translation>
    </message>
    <message>
        <source>Registration closes</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <source>Other schools</source>
        <translation>允许外校</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Copy down</source>
        <translation>向下复制</translation>
    </message>
    <message>
        <source>Pick the cell to paste into first.</source>
        <translation>请先选择要粘贴到的单元格。</translation>
    </message>
    <message>
        <source>The pasted text has %1 rows and %2 columns; from the chosen cell on only %3 rows and %4 columns are left. Nothing was pasted.</source>
        <translation>粘贴的内容有 %1 行 %2 列；从所选单元格起只剩 %3 行 %4 列。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot; can not be changed. Nothing was pasted.</source>
        <translation>第 %1 行“%2”列不能修改。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3 Nothing was pasted.</source>
        <translation>第 %1 行“%2”列：%3 未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>cet::OfferRules</name>
    <message>
        <source>The campus code %1 must be the school code %2 followed by one digit.</source>
        <translation>校区代码 %1 必须是学校代码 %2 后加一位数字。</translation>
    </message>
    <message>
        <source>Every campus needs a name.</source>
        <translation>每个校区都需要名称。</translation>
    </message>
    <message>
        <source>The fee &quot;%1&quot; is not an amount in yuan with at most two decimals.</source>
        <translation>报名费“%1”不是最多两位小数的元金额。</translation>
    </message>
    <message>
        <source>%1 is not a subject of the catalogue.</source>
        <translation>%1 不是资格科目目录中的科目。</translation>
    </message>
    <message>
        <source>%1 can only be offered at campus %2 where the written test %3 is offered.</source>
        <translation>只有在校区 %2 开考笔试 %3 时，才能开考 %1。</translation>
    </message>
    <message>
        <source>The fee can not be negative.</source>
        <translation>报名费不能为负数。</translation>
    </message>
    <message>
        <source>The oral test %1 needs a fee above 0 yuan.</source>
        <translation>口试 %1 的报名费必须大于 0 元。</translation>
    </message>
    <message>
        <source>The registration window needs a start and an end.</source>
        <translation>报名时间段需要开始和截止时间。</translation>
    </message>
    <message>
        <source>The registration window must end after it starts.</source>
        <translation>报名截止时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The registration window must lie within the exam session (%1 to %2 UTC).</source>
        <translation>报名时间段必须在本次考试的时间范围内（%1 至 %2，UTC）。</translation>
    </message>
    <message>
        <source>The number of seats can not be negative.</source>
        <translation>容量不能为负数。</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are already taken; the capacity can not be lower.</source>
        <translation>
            <numerusform>已有 %n 个座位被报名，容量不能低于此数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::OfferService</name>
    <message numerus="yes">
        <source>Campus %1 has %n student(s) but is not set up: add it with its name and address.</source>
        <translation>
            <numerusform>校区 %1 有 %n 名学生，但尚未设置：请添加该校区及其名称和地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campus %1, %2: offered without seats.</source>
        <translation>校区 %1，%2：已开考但容量为 0。</translation>
    </message>
    <message>
        <source>Campus %1, %2: the fee is not set.</source>
        <translation>校区 %1，%2：未设置报名费。</translation>
    </message>
    <message>
        <source>Campus %1, %2: the registration window is not set (a start before its end).</source>
        <translation>校区 %1，%2：未设置报名时间段（开始时间须早于截止时间）。</translation>
    </message>
    <message>
        <source>Campus %1, %2: the exam date and time are not set.</source>
        <translation>校区 %1，%2：未设置考试日期和时间。</translation>
    </message>
    <message>
        <source>Campus %1 offers no subject.</source>
        <translation>校区 %1 没有开考任何科目。</translation>
    </message>
    <message>
        <source>Campus %1 has %2 students but %3 seats in written subjects: %4 more are needed.</source>
        <translation>校区 %1 有 %2 名学生，但笔试科目只有 %3 个座位：还需要 %4 个。</translation>
    </message>
    <message>
        <source>Campus %1 has no notice, and the school has none either.</source>
        <translation>校区 %1 没有通告，学校也没有通告。</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server first: campuses belong to the school you sign in for.</source>
        <translation>请先登录学校的服务器：校区属于你登录的学校。</translation>
    </message>
    <message>
        <source>Campus %1 is not one of this school&apos;s campuses; add it first.</source>
        <translation>校区 %1 不是本校的校区；请先添加该校区。</translation>
    </message>
    <message>
        <source>No campus has offers yet to start from.</source>
        <translation>还没有任何校区有开考设置可供参照。</translation>
    </message>
    <message>
        <source>Campus %1 has no offers to copy.</source>
        <translation>校区 %1 没有可复制的开考设置。</translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve.</source>
        <translation>%1 没有需要解决的冲突。</translation>
    </message>
</context>
<context>
    <name>cet::OfferSyncHandler</name>
    <message>
        <source>Campus %1</source>
        <translation>校区 %1</translation>
    </message>
    <message>
        <source>Offer of %1 at campus %2</source>
        <translation>校区 %2 的 %1 开考设置</translation>
    </message>
</context>
<context>
    <name>cet::OffersCommand</name>
    <message>
        <source>No campuses or offers.</source>
        <translation>没有校区或开考设置。</translation>
    </message>
    <message>
        <source>campus %1  %2  %3  (%4)</source>
        <translation>校区 %1  %2  %3  （%4）</translation>
    </message>
    <message>
        <source>%1 %2  %3  seats %4 (taken %5, paid %6)  fee %7  window %8 – %9  exam %10%11  (%12)</source>
        <translation>%1 %2  %3  容量 %4（已报 %5，已缴费 %6）  报名费 %7  报名 %8 – %9  考试 %10%11  （%12）</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>开考</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>不开考</translation>
    </message>
    <message>
        <source>  open to other schools</source>
        <translation>  允许外校报考</translation>
    </message>
    <message>
        <source>--capacity takes a number of seats (0 or more).</source>
        <translation>--capacity 需要一个座位数（0 或以上）。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 的值为 yes 或 no。</translation>
    </message>
    <message>
        <source>--%1 takes a date and time as ISO 8601, e.g. 2026-03-01T08:00:00+08:00.</source>
        <translation>--%1 需要 ISO 8601 格式的日期时间，例如 2026-03-01T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>Offer %1 saved; the next sync sends it.</source>
        <translation>开考设置 %1 已保存；下次同步时发送。</translation>
    </message>
    <message>
        <source>Offer %1 unchanged.</source>
        <translation>开考设置 %1 未改变。</translation>
    </message>
    <message>
        <source>Campus %1 saved; the next sync sends it.</source>
        <translation>校区 %1 已保存；下次同步时发送。</translation>
    </message>
    <message>
        <source>Campus %1 unchanged.</source>
        <translation>校区 %1 未改变。</translation>
    </message>
    <message>
        <source>offers set: the number of seats.</source>
        <translation>offers set：座位数。</translation>
    </message>
    <message>
        <source>offers set: the fee in yuan, e.g. 30 or 30.50.</source>
        <translation>offers set：报名费（元），例如 30 或 30.50。</translation>
    </message>
    <message>
        <source>offers set: whether the subject is offered.</source>
        <translation>offers set：是否开考该科目。</translation>
    </message>
    <message>
        <source>offers set: when registration opens (ISO 8601).</source>
        <translation>offers set：报名开始时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>offers set: when registration closes (ISO 8601).</source>
        <translation>offers set：报名截止时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>offers set: the exam&apos;s date and time (ISO 8601).</source>
        <translation>offers set：考试日期和时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>offers set: whether candidates of other schools may book (oral).</source>
        <translation>offers set：是否允许外校考生报考（口试）。</translation>
    </message>
    <message>
        <source>offers campus: the campus&apos;s name.</source>
        <translation>offers campus：校区名称。</translation>
    </message>
    <message>
        <source>offers campus: the campus&apos;s address.</source>
        <translation>offers campus：校区地址。</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server 需要同时指定 --user 和 --password-stdin。</translation>
    </message>
    <message>
        <source>Sign in with: cetdesk-cli capacity --server URL --user NAME --password-stdin</source>
        <translation>请用以下命令登录：cetdesk-cli capacity --server URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>%1 %2  seats %3  taken %4  paid %5  remaining %6</source>
        <translation>%1 %2  容量 %3  已报 %4  已缴费 %5  剩余 %6</translation>
    </message>
    <message>
        <source>
Campuses, offers and capacity:
  offers list          Campuses and offers of this desktop, with seats taken (--json).
  offers campus CODE   Add or change campus CODE (--name, --address).
  offers set CAMPUS SUBJECT
                       Set an offer (--capacity N, --fee YUAN, --offered yes|no,
                       --window-start ISO, --window-end ISO, --exam-at ISO,
                       --open-to-other-schools yes|no); the next sync sends it.
  offers export FILE.xlsx
                       The configuration, the seats as last synced and the bookings per hour
                       as an XLSX workbook.
  capacity             Seats, taken, paid and remaining now, from the server (--json).
</source>
        <translation>
校区、开考科目与容量：
  offers list          本机的校区和开考设置，含已报座位（--json）。
  offers campus CODE   添加或修改校区 CODE（--name、--address）。
  offers set CAMPUS SUBJECT
                       设置开考（--capacity N、--fee 元、--offered yes|no、
                       --window-start ISO、--window-end ISO、--exam-at ISO、
                       --open-to-other-schools yes|no）；下次同步时发送。
  offers export FILE.xlsx
                       将设置、上次同步时的座位情况和每小时报考数
                       导出为 XLSX 工作簿。
  capacity             从服务器读取当前容量、已报、已缴费和剩余（--json）。
</translation>
    </message>
    <message>
        <source>Use &quot;offers list&quot;, &quot;offers campus CODE&quot;, &quot;offers set CAMPUS SUBJECT&quot; or &quot;offers export FILE.xlsx&quot;.</source>
        <translation>请使用“offers list”、“offers campus CODE”、“offers set CAMPUS SUBJECT”或“offers export FILE.xlsx”。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::OffersPage</name>
    <message>
        <source>%1: here %2, on the server %3</source>
        <translation>%1：本机 %2，服务器 %3</translation>
    </message>
    <message>
        <source>Campuses and seats</source>
        <translation>考点与容量</translation>
    </message>
    <message>
        <source>Add &amp;campus…</source>
        <translation>添加校区(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit campus…</source>
        <translation>编辑校区(&amp;E)…</translation>
    </message>
    <message>
        <source>Same as &amp;last sitting</source>
        <translation>沿用上次考试(&amp;L)</translation>
    </message>
    <message>
        <source>Give every campus without offers the offers of the campus with the most; check them, then save.</source>
        <translation>为尚无科目设置的校区复制科目最多的校区的设置；请核对后保存。</translation>
    </message>
    <message>
        <source>Copy &amp;down</source>
        <translation>向下复制(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>解决冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Copy Down</source>
        <translation>向下复制</translation>
    </message>
    <message>
        <source>Paste Cells</source>
        <translation>粘贴单元格</translation>
    </message>
    <message>
        <source>Con&amp;figuration</source>
        <translation>设置(&amp;F)</translation>
    </message>
    <message>
        <source>Sea&amp;ts</source>
        <translation>座位(&amp;T)</translation>
    </message>
    <message>
        <source>Ready for registration: every campus with students has its subjects, seats, fees, windows, exam times and a notice.</source>
        <translation>可以开放报名：每个有学生的校区都已设置科目、容量、费用、报名时间、考试时间和通告。</translation>
    </message>
    <message numerus="yes">
        <source>Before registration opens, %n thing(s) to fix (press Enter on one to go to it):</source>
        <translation>
            <numerusform>开放报名前还有 %n 项需要处理（选中一项按回车即可跳转）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) saved; the next sync sends them.</source>
        <translation>
            <numerusform>已保存 %n 项科目设置；下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <source>Campus not saved: %1</source>
        <translation>校区未保存：%1</translation>
    </message>
    <message>
        <source>Campus %1 saved; the next sync sends it.</source>
        <translation>校区 %1 已保存；下次同步时发送。</translation>
    </message>
    <message>
        <source>Pick a row of the campus to edit first.</source>
        <translation>请先选中要编辑的校区所在的一行。</translation>
    </message>
    <message>
        <source>Campus %1 was not changed.</source>
        <translation>校区 %1 没有变化。</translation>
    </message>
    <message>
        <source>Every campus has offers already; nothing to fill.</source>
        <translation>每个校区都已有科目设置，无需填充。</translation>
    </message>
    <message>
        <source>Same as last sitting</source>
        <translation>沿用上次考试</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) filled in from the last sitting (%1 cells). Check them, then save.</source>
        <translation>
            <numerusform>已按上次考试填入 %n 项科目设置（%1 个单元格）。请核对后保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell and the cells below it to copy it into.</source>
        <translation>请选中一个单元格及其下方要复制到的单元格。</translation>
    </message>
    <message>
        <source>Not pasted: %1</source>
        <translation>未粘贴：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted.</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve.</source>
        <translation>%1 没有需要解决的冲突。</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>%1 changed offer %2 on another desktop (%3) while it was changed here.</source>
        <translation>%1 在另一台电脑上修改了科目设置 %2（%3），本机也修改了它。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留本机(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用服务器(&amp;T)</translation>
    </message>
    <message>
        <source>Conflict of %1 resolved.</source>
        <translation>%1 的冲突已解决。</translation>
    </message>
    <message>
        <source>Raise seats</source>
        <translation>增加容量</translation>
    </message>
    <message>
        <source>Seats for %1, subject %2 (%3 taken, now %4):</source>
        <translation>%1 科目 %2 的容量（已占 %3，现为 %4）：</translation>
    </message>
    <message>
        <source>Seats of %1 set to %2; the next sync sends them.</source>
        <translation>%1 的容量已设为 %2；下次同步时发送。</translation>
    </message>
    <message>
        <source>Notices are written on the Notices page.</source>
        <translation>通告请在「通告」页面编写。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved.</source>
        <translation>
            <numerusform>%n 项修改尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>所有修改均已保存。</translation>
    </message>
    <message>
        <source>To fix first: %1</source>
        <translation>请先修正：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>开考</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>报名费（元）</translation>
    </message>
    <message>
        <source>Window opens</source>
        <translation>报名开始</translation>
    </message>
    <message>
        <source>Window closes</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <source>Open to other schools</source>
        <translation>允许外校报考</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deleted here; changed on the server.</source>
        <translation>本机已删除；服务器上已修改。</translation>
    </message>
    <message>
        <source>Changed here; deleted on the server.</source>
        <translation>本机已修改；服务器上已删除。</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>The configuration, the seats as last synced and the bookings per hour, for the exam office.</source>
        <translation>导出设置、上次同步时的座位情况和每小时报考数，供考务办公室使用。</translation>
    </message>
    <message>
        <source>Export campuses and seats</source>
        <translation>导出考点与容量</translation>
    </message>
    <message>
        <source>campuses-and-seats.xlsx</source>
        <translation>考点与容量.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>cet::OutboxModel</name>
    <message>
        <source>Operation %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
</context>
<context>
    <name>cet::PhotoChecker</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 像素</translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes); a photo may be at most 60 KB (61,440 bytes). Save it again with a lower JPEG quality.</source>
        <translation>%1 的大小为 %2（%3 字节）；照片最大为 60 KB（61,440 字节）。请以较低的 JPEG 质量重新保存。</translation>
    </message>
    <message>
        <source>It is also %1 instead of 144×192.</source>
        <translation>另外，其尺寸为 %1，而不是 144×192。</translation>
    </message>
    <message>
        <source>%1 is a kind of JPEG that photo uploads do not accept (%2). Save it again as an ordinary (baseline) JPEG.</source>
        <translation>%1 是照片上传不接受的 JPEG 类型（%2）。请重新保存为普通（基线）JPEG。</translation>
    </message>
    <message>
        <source>%1 bits per sample</source>
        <translation>每个采样 %1 位</translation>
    </message>
    <message>
        <source>lossless, hierarchical or arithmetic coding</source>
        <translation>无损、分层或算术编码</translation>
    </message>
    <message>
        <source>%1 is a CMYK JPEG (colours for printing). Save it again as an RGB JPEG.</source>
        <translation>%1 是 CMYK JPEG（用于印刷的颜色模式）。请重新保存为 RGB JPEG。</translation>
    </message>
    <message>
        <source>%1 has %2 colour components; a photo must be an RGB (or grey) JPEG.</source>
        <translation>%1 有 %2 个颜色分量；照片必须是 RGB（或灰度）JPEG。</translation>
    </message>
    <message>
        <source>%1 is %2; a photo must be exactly 144×192 pixels (width × height). Resize or crop it to 144×192.</source>
        <translation>%1 的尺寸为 %2；照片必须正好为 144×192 像素（宽 × 高）。请缩放或裁剪为 144×192。</translation>
    </message>
</context>
<context>
    <name>cet::PhotoCommitJob</name>
    <message numerus="yes">
        <source>Storing %n photos…</source>
        <translation>
            <numerusform>正在保存 %n 张照片…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::PhotoImport</name>
    <message>
        <source>The photo import was cancelled.</source>
        <translation>照片导入已取消。</translation>
    </message>
    <message>
        <source>%1 is not a photo file (only .jpg and .jpeg files are imported); it is left alone.</source>
        <translation>%1 不是照片文件（只导入 .jpg 和 .jpeg 文件），已忽略。</translation>
    </message>
    <message>
        <source>%1 is a JPEG file, but its name ends in .%2. Rename it to %3.jpg.</source>
        <translation>%1 是 JPEG 文件，但文件名以 .%2 结尾。请重命名为 %3.jpg。</translation>
    </message>
    <message>
        <source>%1 is %2, not a JPEG file. Open it in an image editor and save it as JPEG (.jpg).</source>
        <translation>%1 是%2，不是 JPEG 文件。请用图像编辑软件打开后保存为 JPEG（.jpg）格式。</translation>
    </message>
    <message>
        <source>a .%1 file</source>
        <translation>.%1 文件</translation>
    </message>
    <message>
        <source>%1 changed after the photos were checked. Check the photos again. No photo was stored.</source>
        <translation>检查照片后 %1 发生了变化。请重新检查照片。未保存任何照片。</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>No matching student</source>
        <translation>没有匹配的学生</translation>
    </message>
    <message>
        <source>Ambiguous name</source>
        <translation>名称不唯一</translation>
    </message>
    <message>
        <source>Duplicate for one student</source>
        <translation>同一学生有多张照片</translation>
    </message>
    <message>
        <source>Not a usable JPEG</source>
        <translation>不是可用的 JPEG</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>尺寸不符</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
</context>
<context>
    <name>cet::PhotoImportDialog</name>
    <message>
        <source>Import Photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Choose a folder or a ZIP file of student photos. Each photo must be a JPEG file named after the student&apos;s student number or ID number (for example 2021001.jpg), exactly 144×192 pixels and at most 60 KB. Nothing is stored until you press Import.</source>
        <translation>请选择存放学生照片的文件夹或 ZIP 文件。每张照片必须是 JPEG 文件，以学生的学号或证件号码命名（如 2021001.jpg），尺寸正好为 144×192 像素，大小不超过 60 KB。点击“导入”之前不会保存任何照片。</translation>
    </message>
    <message>
        <source>No folder or ZIP file chosen</source>
        <translation>未选择文件夹或 ZIP 文件</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose &amp;ZIP File…</source>
        <translation>选择 ZIP 文件(&amp;Z)…</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅显示有问题的</translation>
    </message>
    <message>
        <source>Matched photos only</source>
        <translation>仅显示已匹配的照片</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the Folder of Photos</source>
        <translation>选择照片所在文件夹</translation>
    </message>
    <message>
        <source>Choose a ZIP File of Photos</source>
        <translation>选择照片 ZIP 文件</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip *.ZIP)</source>
        <translation>ZIP 压缩包 (*.zip *.ZIP)</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n photos: %1 new, %2 replaced an earlier photo; %3 were stored already.</source>
        <translation>
            <numerusform>已保存 %n 张照片：新增 %1 张，替换原有照片 %2 张；%3 张此前已保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files checked.</source>
        <translation>
            <numerusform>已检查 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos will be stored</source>
        <translation>
            <numerusform>将保存 %n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replace an earlier photo)</source>
        <translation>
            <numerusform>（其中 %n 张将替换原有照片）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are stored already.</source>
        <translation>
            <numerusform>%n 张此前已保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files have problems and are not stored; see the table.</source>
        <translation>
            <numerusform>%n 个文件有问题，不会保存；详见表格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other files are ignored.</source>
        <translation>
            <numerusform>另有 %n 个文件被忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no photo files (.jpg or .jpeg).</source>
        <translation>%1 中没有照片文件（.jpg 或 .jpeg）。</translation>
    </message>
</context>
<context>
    <name>cet::PhotoMatcher</name>
    <message>
        <source>%1 (student no. %2)</source>
        <translation>%1（学号 %2）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No student has the student number or ID number &quot;%1&quot;. Name each photo after the student&apos;s student number or ID number, for example 2021001.jpg.</source>
        <translation>没有学生的学号或证件号码为“%1”。请以学生的学号或证件号码为每张照片命名，如 2021001.jpg。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number %1 belongs to %n students (with different ID types): %2. Name the photo after the student number instead.</source>
        <translation>
            <numerusform>证件号码 %1 属于 %n 名学生（证件类型不同）：%2。请改用学号为照片命名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The student number %1 belongs to %n students: %2. Name the photo after the student&apos;s ID number instead.</source>
        <translation>
            <numerusform>学号 %1 属于 %n 名学生：%2。请改用证件号码为照片命名。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the same photo as %2 for %3; it is stored once.</source>
        <translation>%1 与 %2 是 %3 的同一张照片，只保存一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n different photos are for %1 (%2). None of them is stored: keep one and check again.</source>
        <translation>
            <numerusform>有 %n 张不同的照片都属于 %1（%2）。均未保存：请只保留一张后重新检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::PhotoReportModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>matched by ID number</source>
        <translation>按证件号码匹配</translation>
    </message>
    <message>
        <source>matched by student number</source>
        <translation>按学号匹配</translation>
    </message>
    <message>
        <source>Stored already; skipped</source>
        <translation>已保存过；跳过</translation>
    </message>
    <message>
        <source>Replaces the stored photo</source>
        <translation>替换已保存的照片</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>新照片</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Wrong size (%1×%2)</source>
        <translation>尺寸不符（%1×%2）</translation>
    </message>
    <message>
        <source>Too large (%1)</source>
        <translation>文件过大（%1）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>cet::PhotoScanJob</name>
    <message>
        <source>Checking the photos in %1…</source>
        <translation>正在检查 %1 中的照片…</translation>
    </message>
</context>
<context>
    <name>cet::PhotoSource</name>
    <message>
        <source>%1 does not exist. Choose a folder of photos or a ZIP file.</source>
        <translation>%1 不存在。请选择照片文件夹或 ZIP 文件。</translation>
    </message>
    <message>
        <source>%1 can not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive. Choose the folder that holds the photos, or a .zip file of them.</source>
        <translation>%1 既不是文件夹也不是 ZIP 压缩包。请选择存放照片的文件夹，或照片的 .zip 文件。</translation>
    </message>
    <message>
        <source>%1 is a damaged ZIP archive (%2). Make the ZIP file again, or unpack it and choose the folder.</source>
        <translation>%1 是已损坏的 ZIP 压缩包（%2）。请重新制作 ZIP 文件，或解压后选择文件夹。</translation>
    </message>
</context>
<context>
    <name>cet::PhotosCommand</name>
    <message>
        <source>%1: %2 files checked.</source>
        <translation>%1：已检查 %2 个文件。</translation>
    </message>
    <message>
        <source>Stored %1 photos: %2 new, %3 replaced; %4 were stored already.</source>
        <translation>已保存 %1 张照片：新增 %2 张，替换 %3 张；%4 张此前已保存。</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored. %1 photos would be stored (%2 replacing a photo); %3 are stored already.</source>
        <translation>试运行：未保存任何照片。将保存 %1 张照片（其中 %2 张替换原有照片）；%3 张此前已保存。</translation>
    </message>
    <message>
        <source>%1 holds no photo files (.jpg or .jpeg).</source>
        <translation>%1 中没有照片文件（.jpg 或 .jpeg）。</translation>
    </message>
</context>
<context>
    <name>cet::PreviewTableModel</name>
    <message>
        <source>Row %1: the header row (column names)</source>
        <translation>第 %1 行：表头行（列名）</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
</context>
<context>
    <name>cet::RegistrationLabels</name>
    <message>
        <source>Not registered</source>
        <translation>未报名</translation>
    </message>
    <message>
        <source>Registered, no subject</source>
        <translation>已报名（未报科目）</translation>
    </message>
    <message>
        <source>Booked, not paid</source>
        <translation>已报科目（未缴费）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>%1 (paid)</source>
        <translation>%1（已缴费）</translation>
    </message>
    <message>
        <source>%1 (not paid)</source>
        <translation>%1（未缴费）</translation>
    </message>
</context>
<context>
    <name>cet::RegistrationStates</name>
    <message>
        <source>The server&apos;s answer about registrations is not understood (%1).</source>
        <translation>无法理解服务器关于报名情况的答复（%1）。</translation>
    </message>
</context>
<context>
    <name>cet::RegistrationSummary</name>
    <message>
        <source>Registration on the candidate site: not fetched yet (shown after the next sync).</source>
        <translation>考生报名情况：尚未从服务器获取（下次同步后显示）。</translation>
    </message>
    <message>
        <source>Registration on the candidate site: %1 of %2 registered (%3 · %4 · %5) · %6 · as of %7</source>
        <translation>考生报名情况：%2 名学生中 %1 名已报名（%3 · %4 · %5）· %6 · 截至 %7</translation>
    </message>
</context>
<context>
    <name>cet::RejectedRowSpool</name>
    <message>
        <source>Cannot write the temporary file for rejected rows: %1</source>
        <translation>无法写入未导入行的临时文件：%1</translation>
    </message>
</context>
<context>
    <name>cet::RejectedRowsWriter</name>
    <message>
        <source>Writing the rejected rows was cancelled; no file was written.</source>
        <translation>未导入行的写入已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>未导入的行</translation>
    </message>
</context>
<context>
    <name>cet::ReviewCaseView</name>
    <message>
        <source>Typed by the candidate</source>
        <translation>考生填写</translation>
    </message>
    <message>
        <source>Student record (学籍)</source>
        <translation>学籍信息</translation>
    </message>
    <message>
        <source>CET4 score record</source>
        <translation>四级成绩记录</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Earlier reviews and disputes</source>
        <translation>既往复核与争议</translation>
    </message>
    <message>
        <source>Notice to the candidate</source>
        <translation>给考生的通知</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick a review in the queue.&lt;/i&gt;</source>
        <translation>&lt;i&gt;请在队列中选择一条复核。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1, your CET6 qualification review was passed; you may now register for CET6.</source>
        <translation>%1，你的六级资格复核已通过，现在可以报名六级考试。</translation>
    </message>
    <message>
        <source>%1, your CET6 qualification review was not passed: %2 You may edit and resubmit it, or delete it.</source>
        <translation>%1，你的六级资格复核未通过：%2 你可以修改后重新提交，或删除该复核。</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>复核 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>CET4 ticket</source>
        <translation>四级准考证号</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>院系</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>No CET4 record (filed by the school).</source>
        <translation>无四级成绩记录（学校代报）。</translation>
    </message>
    <message>
        <source>File %1: %2, %3</source>
        <translation>文件 %1：%2，%3</translation>
    </message>
    <message>
        <source>No evidence uploaded.</source>
        <translation>未上传证明材料。</translation>
    </message>
    <message numerus="yes">
        <source>Resubmitted %n time(s).</source>
        <translation>
            <numerusform>已重新提交 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 由 %3 %2：%4</translation>
    </message>
    <message>
        <source>Review %1 (%2), submitted %3</source>
        <translation>复核 %1（%2），提交于 %3</translation>
    </message>
    <message>
        <source>Disputed: %1 decided %2 (%3), after the decision that stands.</source>
        <translation>有争议：%1 在已生效的决定之后作出了“%2”（%3）。</translation>
    </message>
    <message>
        <source>The server refused this desktop&apos;s decision: %1</source>
        <translation>服务器拒绝了本机的决定：%1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not decided yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚未决定。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cet::ReviewExport</name>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>CET4 ticket</source>
        <translation>四级准考证号</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>复核时间</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>cet::ReviewQueueModel</name>
    <message>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
    <message numerus="yes">
        <source>resubmitted %n time(s)</source>
        <translation>
            <numerusform>重新提交 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>filed by %1</source>
        <translation>由 %1 代报</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>CET4 ticket</source>
        <translation>四级准考证号</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>院系</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cet::ReviewRepository</name>
    <message>
        <source>The decision on review %1 is being sent to the server; wait for the sync to finish.</source>
        <translation>复核 %1 的决定正在发送到服务器，请等待同步完成。</translation>
    </message>
    <message>
        <source>A decision is pass or fail.</source>
        <translation>决定只能是通过或不通过。</translation>
    </message>
    <message>
        <source>Give the reason for failing the review.</source>
        <translation>请填写不通过的理由。</translation>
    </message>
    <message>
        <source>There is no review %1 on this desktop.</source>
        <translation>本机没有复核 %1。</translation>
    </message>
    <message>
        <source>A passed review can not be changed.</source>
        <translation>已通过的复核不能更改。</translation>
    </message>
    <message>
        <source>Review %1 was decided already (%2 by %3).</source>
        <translation>复核 %1 已有决定（%3：%2）。</translation>
    </message>
    <message>
        <source>Review %1 has no decision waiting to be sent.</source>
        <translation>复核 %1 没有待发送的决定。</translation>
    </message>
    <message>
        <source>This review was filed here and is not on the server yet: undo it and file it again.</source>
        <translation>该复核在本机登记，尚未同步到服务器：请撤销后重新登记。</translation>
    </message>
    <message>
        <source>The CET4 sitting is a year from 1987 and the month 1, 6 or 12.</source>
        <translation>四级考试时间应为1987年以后的1月、6月或12月。</translation>
    </message>
    <message>
        <source>A CET4 total score is between 0 and 710.</source>
        <translation>四级总分应在0至710之间。</translation>
    </message>
    <message>
        <source>A CET4 ticket number has at most 15 characters.</source>
        <translation>四级准考证号最多15位。</translation>
    </message>
    <message>
        <source>There is no student with this ID number in the school&apos;s roster.</source>
        <translation>学籍中没有该证件号码的学生。</translation>
    </message>
    <message>
        <source>this desktop</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The scan of the proof must be a JPEG or PNG image or a PDF file.</source>
        <translation>证明材料扫描件必须是 JPEG、PNG 图片或 PDF 文件。</translation>
    </message>
    <message>
        <source>The scan of the proof may not exceed 5 MB.</source>
        <translation>证明材料扫描件不能超过 5MB。</translation>
    </message>
</context>
<context>
    <name>cet::ReviewService</name>
    <message>
        <source>Pending</source>
        <translation>未复核</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>复核通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>复核不通过</translation>
    </message>
    <message>
        <source>Filed by the school</source>
        <translation>学校代报</translation>
    </message>
    <message>
        <source>Pass (not synced)</source>
        <translation>通过（未同步）</translation>
    </message>
    <message>
        <source>Fail (not synced)</source>
        <translation>不通过（未同步）</translation>
    </message>
    <message>
        <source>Window end not known</source>
        <translation>截止时间未知</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <source>%1 d %2 h left</source>
        <translation>剩余 %1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>cet::ReviewSummaryView</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交数</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>复核数</translation>
    </message>
    <message>
        <source>Pending at the end of the day</source>
        <translation>当日结束时未复核</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Export the decisions</source>
        <translation>导出复核决定</translation>
    </message>
    <message>
        <source>review-decisions.xlsx</source>
        <translation>复核决定.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export decisions to XLSX…</source>
        <translation>导出决定为 XLSX…</translation>
    </message>
    <message>
        <source>Pending %1 · passed %2 · failed %3 · filed by the school %4 · decided here, not synced %5 · disputed %6</source>
        <translation>未复核 %1 · 通过 %2 · 不通过 %3 · 学校代报 %4 · 本机已决定未同步 %5 · 有争议 %6</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未复核</translation>
    </message>
    <message>
        <source>Reviews pending at the end of each day (now %1 pending)</source>
        <translation>每日结束时的未复核数量（当前 %1 条未复核）</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条决定写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::ReviewSyncHandler</name>
    <message>
        <source>A disputed review is settled by a supervisor, not on this desktop.</source>
        <translation>有争议的复核由主管处理，不能在本机解决。</translation>
    </message>
</context>
<context>
    <name>cet::ReviewsCommand</name>
    <message>
        <source>--state is one of: %1.</source>
        <translation>--state 只能是：%1。</translation>
    </message>
    <message>
        <source>No reviews.</source>
        <translation>没有复核。</translation>
    </message>
    <message>
        <source>Give either --pass or --fail.</source>
        <translation>请给出 --pass 或 --fail 其中之一。</translation>
    </message>
    <message>
        <source>Review %1 passed; the next sync sends it.</source>
        <translation>复核 %1 已通过，下次同步时发送。</translation>
    </message>
    <message>
        <source>Review %1 failed; the next sync sends it.</source>
        <translation>复核 %1 未通过，下次同步时发送。</translation>
    </message>
    <message>
        <source>
CET6 qualification reviews:
  reviews list         The school&apos;s reviews, pending first (--state pending|passed|failed|filed,
                       --json).
  reviews decide ID    Pass (--pass) or fail (--fail --reason TEXT) review ID; the next sync
                       sends it.
</source>
        <translation>
六级资格复核：
  reviews list         本校的复核，未复核的在前（--state pending|passed|failed|filed，
                       --json）。
  reviews decide ID    通过（--pass）或不通过（--fail --reason 理由）复核 ID；下次同步时
                       发送。
</translation>
    </message>
    <message>
        <source>reviews list: only reviews in &lt;state&gt;.</source>
        <translation>reviews list：只列出处于 &lt;state&gt; 状态的复核。</translation>
    </message>
    <message>
        <source>reviews decide: pass the review.</source>
        <translation>reviews decide：通过该复核。</translation>
    </message>
    <message>
        <source>reviews decide: fail the review (give --reason).</source>
        <translation>reviews decide：不通过该复核（需给出 --reason）。</translation>
    </message>
    <message>
        <source>reviews decide: the reason the candidate reads.</source>
        <translation>reviews decide：考生看到的理由。</translation>
    </message>
    <message>
        <source>Use &quot;reviews list&quot; or &quot;reviews decide ID --pass|--fail --reason TEXT&quot;.</source>
        <translation>请使用“reviews list”或“reviews decide ID --pass|--fail --reason 理由”。</translation>
    </message>
</context>
<context>
    <name>cet::ReviewsPage</name>
    <message>
        <source>Pass (P)</source>
        <translation>通过 (P)</translation>
    </message>
    <message>
        <source>Fail (F)</source>
        <translation>不通过 (F)</translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation>下一条 (N)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Search name, ID number or ticket</source>
        <translation>搜索姓名、证件号码或准考证号</translation>
    </message>
    <message>
        <source>Reason (needed to fail)</source>
        <translation>理由（不通过时必填）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Pick or type the reason, then press Enter.</source>
        <translation>请选择或输入理由，然后按回车。</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>All campuses</source>
        <translation>全部校区</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部院系</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), %1 waiting for a decision</source>
        <translation>
            <numerusform>共 %n 条复核，%1 条待决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) decided; the next sync sends the decisions.</source>
        <translation>
            <numerusform>已决定 %n 条复核，下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未决定：%1</translation>
    </message>
    <message>
        <source>Review %1 passed; the next sync sends it. Ctrl+Z takes it back.</source>
        <translation>复核 %1 已通过，下次同步时发送。按 Ctrl+Z 可撤回。</translation>
    </message>
    <message>
        <source>Review %1 failed; the next sync sends it. Ctrl+Z takes it back.</source>
        <translation>复核 %1 未通过，下次同步时发送。按 Ctrl+Z 可撤回。</translation>
    </message>
    <message>
        <source>No review is waiting for a decision.</source>
        <translation>没有待决定的复核。</translation>
    </message>
    <message>
        <source>The decision on review %1 was taken back.</source>
        <translation>复核 %1 的决定已撤回。</translation>
    </message>
    <message>
        <source>File a review…</source>
        <translation>登记复核…</translation>
    </message>
    <message>
        <source>For a CET4 score from before 2005 or a forgotten ticket (Ctrl+N)</source>
        <translation>用于2005年以前的四级成绩或忘记准考证号的情况（Ctrl+N）</translation>
    </message>
    <message>
        <source>The review is filed; the next sync sends it. Ctrl+Z takes it back until then.</source>
        <translation>复核已登记，下次同步时发送；发送前可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>cet::RosterScope</name>
    <message>
        <source>This database holds the roster of school %1, so it can not sync school %2: that would mix two schools&apos; records. To work for school %2, choose another database file in File › Settings (an empty one is created) and restart CET Desk, then sign in again. To keep working on school %1, sign in as a user of school %1.</source>
        <translation>此数据库保存的是学校 %1 的学籍名单，不能同步学校 %2 的数据，否则两所学校的记录会混在一起。如需为学校 %2 工作，请在“文件 › 设置”中选择另一个数据库文件（将新建一个空数据库），重新启动 CET Desk 后再登录。如需继续处理学校 %1 的数据，请以学校 %1 的用户身份登录。</translation>
    </message>
</context>
<context>
    <name>cet::RowConverter</name>
    <message>
        <source>The %1 has %2 characters; at most %3 are allowed. Shorten it.</source>
        <translation>%1有 %2 个字符，最多允许 %3 个。请缩短。</translation>
    </message>
    <message>
        <source>The ID type &quot;%1&quot; is not known. Use one of: %2.</source>
        <translation>证件类型“%1”无法识别。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The ID number %1 was stored by the spreadsheet as a number. It is still complete, but format the column as text so that no digits are lost next time.</source>
        <translation>证件号码 %1 被电子表格存成了数字。号码目前仍完整，但请将该列设为文本格式，以免下次丢失数字。</translation>
    </message>
    <message>
        <source>The spreadsheet stored the ID number as a number (%1) and lost its last digits, which can not be recovered. Format the ID number column as text, enter the numbers again and import the file again.</source>
        <translation>电子表格将证件号码存成了数字（%1），后几位已丢失且无法恢复。请将证件号码列设置为文本格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; is in scientific notation: a spreadsheet stored it as a number and lost its last digits, which can not be recovered. Format the ID number column as text, enter the numbers again and import the file again.</source>
        <translation>证件号码“%1”为科学计数法：电子表格将其存成了数字，后几位已丢失且无法恢复。请将证件号码列设置为文本格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <source>The ID type is empty and the ID number %1 is not a valid resident ID number, so the type can not be assumed. Enter the ID type.</source>
        <translation>证件类型为空，且证件号码 %1 不是有效的居民身份证号码，因此无法推定证件类型。请填写证件类型。</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not one of 男 or 女 (M/F, Male/Female and 1/2 are accepted too).</source>
        <translation>性别“%1”不是“男”或“女”（也接受 M/F、Male/Female 和 1/2）。</translation>
    </message>
    <message>
        <source>The education level &quot;%1&quot; is not one of 专科, 本科, 硕士研究生 or 博士研究生.</source>
        <translation>学历“%1”不是“专科”“本科”“硕士研究生”或“博士研究生”之一。</translation>
    </message>
    <message>
        <source>The program length &quot;%1&quot; is not a whole number of years such as 4.</source>
        <translation>学制“%1”不是整数年数（如 4）。</translation>
    </message>
    <message>
        <source>The enrolment year &quot;%1&quot; is not a year such as 2024 (a date such as 2024-09-01 or 2024年9月 is accepted too).</source>
        <translation>入学年份“%1”不是年份（如 2024；也接受 2024-09-01 或 2024年9月 这样的日期）。</translation>
    </message>
    <message>
        <source>The student number %1 was stored by the spreadsheet as a number, so leading zeros may have been lost. Check it, and format the column as text.</source>
        <translation>学号 %1 被电子表格存成了数字，开头的 0 可能已丢失。请核对，并将该列设为文本格式。</translation>
    </message>
    <message>
        <source>The student number &quot;%1&quot; is in scientific notation: a spreadsheet stored it as a number and may have lost digits. Format the column as text and enter the number again.</source>
        <translation>学号“%1”为科学计数法：电子表格将其存成了数字，可能已丢失数字。请将该列设为文本格式后重新输入学号。</translation>
    </message>
</context>
<context>
    <name>cet::SchoolChooser</name>
    <message>
        <source>S&amp;chool to sync:</source>
        <translation>同步的学校(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation>例如 10001</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>&amp;Use School</source>
        <translation>使用此学校(&amp;U)</translation>
    </message>
    <message>
        <source>As an administrator you choose the school whose roster this desktop syncs.</source>
        <translation>作为管理员，您需要选择本机同步哪所学校的学籍名单。</translation>
    </message>
</context>
<context>
    <name>cet::SeatsView</name>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已占</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>&amp;Raise seats…</source>
        <translation>增加容量(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the selected campus and subject more seats; saved and sent with the next sync.</source>
        <translation>为选中的校区和科目增加容量；保存后随下次同步发送。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 seats left</source>
        <translation>%1，%2：剩余 %3 / %4 个座位</translation>
    </message>
    <message>
        <source>Oral seats are within 10 % of full.</source>
        <translation>口试座位剩余不足 10%。</translation>
    </message>
    <message>
        <source>No campus offers a subject yet: set offers up on the Configuration tab.</source>
        <translation>尚无校区开设科目：请在「设置」标签页中设置。</translation>
    </message>
    <message>
        <source>%1 seats offered, %2 taken (%3 paid), %4 left. Counts are the server&apos;s as of the last sync.</source>
        <translation>共 %1 个座位，已占 %2（已缴费 %3），剩余 %4。数字为上次同步时服务器的统计。</translation>
    </message>
    <message>
        <source>Oral tests nearly full: %1.</source>
        <translation>口试即将满员：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Seats taken and remaining</source>
        <translation>已占与剩余座位</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Seats filling over time</source>
        <translation>座位报满进度</translation>
    </message>
    <message>
        <source>At the last day&apos;s pace</source>
        <translation>按最近一天的速度</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>%1 booked in the last 24 hours; at this pace full about %2</source>
        <translation>最近 24 小时报考 %1 人，按此速度约 %2 报满</translation>
    </message>
    <message>
        <source>no bookings in the last 24 hours</source>
        <translation>最近 24 小时无人报考</translation>
    </message>
    <message>
        <source>%1: seats taken and remaining</source>
        <translation>%1：已占与剩余座位</translation>
    </message>
    <message>
        <source>%1 booked in the last 24 hours; at this pace about %2 seats left when registration closes</source>
        <translation>最近 24 小时报考 %1 人，按此速度报名截止时约剩 %2 个座位</translation>
    </message>
    <message>
        <source>%1: %2 of %3 taken&lt;br&gt;%4</source>
        <translation>%1：已报 %2/%3&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>cet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes at once. Texts of pages opened before may change only after CET Desk restarts.</source>
        <translation>语言会立即切换。之前已打开页面中的文字可能需要重启 CET Desk 后才会更新。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Leave empty for the default location. A new location takes effect when CET Desk restarts. In use now: %1</source>
        <translation>留空则使用默认位置。新位置在 CET Desk 重启后生效。当前使用：%1</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>CET Desk database (*.sqlite);;All files (*)</source>
        <translation>CET Desk 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cet::SignInDialog</name>
    <message>
        <source>Sign In to CET Central</source>
        <translation>登录 CET 中心服务器</translation>
    </message>
    <message>
        <source>Sign in with your staff account to sync the roster with the central server. Without signing in, CET Desk keeps working on this computer&apos;s database.</source>
        <translation>请使用工作人员账号登录，以便与中心服务器同步学籍名单。不登录时，CET Desk 仍可继续使用本机的数据库。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Signing In…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>cet::StudentDetailPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>No student selected</source>
        <translation>未选择学生</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Mask the ID number again</source>
        <translation>重新遮蔽证件号码</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full ID number (this is recorded in the audit log)</source>
        <translation>显示完整证件号码（此操作将记入审计日志）</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名状态</translation>
    </message>
</context>
<context>
    <name>cet::StudentEditDialog</name>
    <message>
        <source>Edit Student</source>
        <translation>编辑学生</translation>
    </message>
    <message>
        <source>Edit Student — %1</source>
        <translation>编辑学生 — %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>请更正标红的字段后再保存。</translation>
    </message>
</context>
<context>
    <name>cet::StudentExportController</name>
    <message>
        <source>Export Students</source>
        <translation>导出学生</translation>
    </message>
</context>
<context>
    <name>cet::StudentExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学籍</translation>
    </message>
</context>
<context>
    <name>cet::StudentFilterBar</name>
    <message>
        <source>Search name, ID number or student no.</source>
        <translation>搜索姓名、证件号码或学号</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>搜索学生</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>院系</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
</context>
<context>
    <name>cet::StudentImport</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The same student (ID number %1) is already in row %2 of this file.</source>
        <translation>同一学生（证件号码 %1）已在此文件第 %2 行中出现。</translation>
    </message>
    <message>
        <source>The student number %1 is also used in row %2 by %3, a different student.</source>
        <translation>学号 %1 也被第 %2 行的另一名学生 %3 使用。</translation>
    </message>
    <message>
        <source>The student number %1 already belongs to %2 (ID number %3) in the database.</source>
        <translation>学号 %1 在数据库中已属于 %2（证件号码 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no row %2, which was chosen as the header row.</source>
        <translation>“%1”中没有被选为表头行的第 %2 行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read to the end.</source>
        <translation>“%1”未能读取到末尾。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors, and &quot;all or nothing&quot; was chosen. Fix the rows or choose &quot;import valid rows&quot;.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行存在错误，且选择了“全部或全不”。请改正这些行，或选择“导入有效行”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::StudentImportRepository</name>
    <message>
        <source>The student records changed after this file was checked (someone edited a record or another import ran). Nothing was imported: check the file again and import it then.</source>
        <translation>检查此文件之后，学生记录发生了变化（有人修改了记录，或另一次导入已完成）。未导入任何数据：请重新检查文件后再导入。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 can not be undone: the later import %2 (&quot;%3&quot;) changed %n of its records. Undo import %2 first, then this one.</source>
        <translation>
            <numerusform>无法撤销导入 %1：之后的导入 %2（“%3”）修改了其中 %n 条记录。请先撤销导入 %2，再撤销本次导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 (deleted)</source>
        <translation>记录 %1（已删除）</translation>
    </message>
    <message>
        <source>%1 (student number %2)</source>
        <translation>%1（学号 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 can not be undone: %n of its records were changed after the import (%2). Undoing it would overwrite those changes, so nothing was undone.</source>
        <translation>
            <numerusform>无法撤销导入 %1：导入后其中 %n 条记录被修改过（%2）。撤销会覆盖这些修改，因此未撤销任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>导入 %1 不存在。</translation>
    </message>
    <message>
        <source>Import %1 (&quot;%2&quot;) was already undone by %3 on %4.</source>
        <translation>导入 %1（“%2”）已由 %3 于 %4 撤销。</translation>
    </message>
</context>
<context>
    <name>cet::StudentLabels</name>
    <message>
        <source>Junior college</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>硕士研究生</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>博士研究生</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown education level &quot;%1&quot;.</source>
        <translation>未知学历“%1”。</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown gender &quot;%1&quot;.</source>
        <translation>未知性别“%1”。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>Campus code</source>
        <translation>校区代码</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Program years</source>
        <translation>学制</translation>
    </message>
    <message>
        <source>Enrolment year</source>
        <translation>入学年份</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>院系</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cet::StudentPhotoRepository</name>
    <message>
        <source>The photo import was cancelled. No photo was stored.</source>
        <translation>照片导入已取消，未保存任何照片。</translation>
    </message>
    <message>
        <source>The student for photo %1 was deleted after the photos were checked. Check the photos again. No photo was stored.</source>
        <translation>检查照片之后，照片 %1 对应的学生已被删除。请重新检查照片。未保存任何照片。</translation>
    </message>
</context>
<context>
    <name>cet::StudentPhotoView</name>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>%1, %2, imported %3</source>
        <translation>%1，%2，导入于 %3</translation>
    </message>
</context>
<context>
    <name>cet::StudentRepository</name>
    <message>
        <source>This column has no list of values to choose from.</source>
        <translation>该列没有可供选择的值列表。</translation>
    </message>
    <message>
        <source>A student with ID type %1 and ID number %2 already exists. Nothing was saved.</source>
        <translation>证件类型为 %1、证件号码为 %2 的学生已存在。未保存任何内容。</translation>
    </message>
    <message>
        <source>Student record %1 does not exist.</source>
        <translation>学生记录 %1 不存在。</translation>
    </message>
    <message>
        <source>This student record was changed elsewhere after you opened it. Reload it and make your change again.</source>
        <translation>打开此学生记录后，它已在别处被修改。请重新载入后再做修改。</translation>
    </message>
</context>
<context>
    <name>cet::StudentTableModel</name>
    <message>
        <source>Not fetched from the server yet: sync first.</source>
        <translation>尚未从服务器获取：请先同步。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名状态</translation>
    </message>
</context>
<context>
    <name>cet::StudentValidation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>The gender is %1, but the ID number belongs to a person of gender %2.</source>
        <translation>性别为%1，但证件号码对应的性别为%2。</translation>
    </message>
    <message>
        <source>The school code must have 5 digits.</source>
        <translation>学校代码必须为 5 位数字。</translation>
    </message>
    <message>
        <source>The campus code must have 6 digits.</source>
        <translation>校区代码必须为 6 位数字。</translation>
    </message>
    <message>
        <source>The campus code %1 does not belong to the school %2: it must start with the school code.</source>
        <translation>校区代码 %1 不属于学校 %2：必须以学校代码开头。</translation>
    </message>
    <message>
        <source>The program length must be 1 to 8 years.</source>
        <translation>学制必须为 1 至 8 年。</translation>
    </message>
    <message>
        <source>The enrolment year must be between 1990 and %1.</source>
        <translation>入学年份必须在 1990 至 %1 之间。</translation>
    </message>
</context>
<context>
    <name>cet::StudentsMessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>cet::StudentsPage</name>
    <message numerus="yes">
        <source>Exported %n student(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 名学生导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>No student records yet</source>
        <translation>暂无学籍记录</translation>
    </message>
    <message>
        <source>Import the school&apos;s student list to see, search and edit the records here.</source>
        <translation>导入学校的学生名单后，即可在此查看、搜索和编辑学籍。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected student (Enter)</source>
        <translation>编辑所选学生（Enter）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the students shown to CSV or Excel (Ctrl+E)</source>
        <translation>将当前显示的学生导出为 CSV 或 Excel 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>This student record no longer exists.</source>
        <translation>该学籍记录已不存在。</translation>
    </message>
    <message>
        <source>students</source>
        <translation>学籍</translation>
    </message>
    <message>
        <source>%1 students · %2 shown</source>
        <translation>共 %1 名学生 · 显示 %2 名</translation>
    </message>
    <message>
        <source>&amp;Import Students…</source>
        <translation>导入学生(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>导入照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Import student photos from a folder or ZIP file (JPEG 144×192, at most 60 KB, named by student number or ID number)</source>
        <translation>从文件夹或 ZIP 文件导入学生照片（JPEG，144×192 像素，不超过 60 KB，以学号或证件号码命名）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cet::SubjectCatalogue</name>
    <message>
        <source>Unknown subject code &quot;%1&quot;.</source>
        <translation>未知科目代码“%1”。</translation>
    </message>
    <message>
        <source>CET-4 spoken English test (CET-SET4)</source>
        <translation>英语四级口试（CET-SET4）</translation>
    </message>
    <message>
        <source>CET-6 spoken English test (CET-SET6)</source>
        <translation>英语六级口试（CET-SET6）</translation>
    </message>
    <message>
        <source>English level 4</source>
        <translation>英语四级</translation>
    </message>
    <message>
        <source>English level 6</source>
        <translation>英语六级</translation>
    </message>
    <message>
        <source>Japanese level 4</source>
        <translation>日语四级</translation>
    </message>
    <message>
        <source>Japanese level 6</source>
        <translation>日语六级</translation>
    </message>
    <message>
        <source>German level 4</source>
        <translation>德语四级</translation>
    </message>
    <message>
        <source>German level 6</source>
        <translation>德语六级</translation>
    </message>
    <message>
        <source>Russian level 4</source>
        <translation>俄语四级</translation>
    </message>
    <message>
        <source>Russian level 6</source>
        <translation>俄语六级</translation>
    </message>
    <message>
        <source>French level 4</source>
        <translation>法语四级</translation>
    </message>
</context>
<context>
    <name>cet::SubjectRestriction</name>
    <message>
        <source>Name the subjects the candidate is barred from (codes such as 2,S), or * for all.</source>
        <translation>请填写限制报考的科目代码（如 2,S），或用 * 表示全部科目。</translation>
    </message>
</context>
<context>
    <name>cet::SubjectRules</name>
    <message>
        <source>The subject %1 is listed twice.</source>
        <translation>科目 %1 重复。</translation>
    </message>
    <message>
        <source>Only one written subject of the same level can be taken</source>
        <translation>英语和小语种笔试同级别科目只能报考1科</translation>
    </message>
    <message>
        <source>%1 is not an oral subject.</source>
        <translation>%1 不是口试科目。</translation>
    </message>
    <message>
        <source>%1 can only be taken together with the written test %2 of the same sitting.</source>
        <translation>%1 只能与同一考次的笔试科目 %2 一起报考。</translation>
    </message>
</context>
<context>
    <name>cet::SyncCommand</name>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server 需要同时指定 --user 和 --password-stdin。</translation>
    </message>
    <message>
        <source>Sign in with: cetdesk-cli sync --server URL --user NAME --password-stdin</source>
        <translation>登录方法：cetdesk-cli sync --server URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>pushed: %1 (applied %2, conflicts %3, rejected %4)</source>
        <translation>已发送：%1（已应用 %2，冲突 %3，被拒绝 %4）</translation>
    </message>
    <message>
        <source>pulled: %1</source>
        <translation>已接收：%1</translation>
    </message>
    <message>
        <source>conflicts open: %1</source>
        <translation>未解决的冲突：%1</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>check: this desktop and the server differ (%1)</source>
        <translation>核对：本机与服务器的数据不一致（%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>pending: %1 (queued %2, sent %3, failed %4); acknowledged %5, conflict %6, rejected %7</source>
        <translation>待发送：%1（排队中 %2，已发送 %3，失败 %4）；已确认 %5，冲突 %6，被拒绝 %7</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>cursor: %1</source>
        <translation>同步游标：%1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>Sync stopped; nothing is lost: what was not sent stays queued for the next sync.</source>
        <translation>同步已停止，没有丢失任何数据：未发送的变更仍在待发送队列中，下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>cet::SyncController</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in to the central server to sync the roster</source>
        <translation>登录中心服务器以同步学籍名单</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send local changes to the central server and fetch others&apos; changes (F5)</source>
        <translation>将本机的变更发送到中心服务器，并获取他人的变更（F5）</translation>
    </message>
</context>
<context>
    <name>cet::SyncEngine</name>
    <message>
        <source>No system credential store is available: the sign-in is kept only until CET Desk closes.</source>
        <translation>系统没有可用的凭据存储：登录状态只保留到 CET Desk 关闭为止。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Sync done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>同步完成：发送 %1 项，接收 %2 项，新增冲突 %3 处，被拒绝 %4 项。</translation>
    </message>
    <message>
        <source>Imports prepared for sending: %1 records.</source>
        <translation>导入内容已准备发送：%1 条记录。</translation>
    </message>
    <message>
        <source>The server found the batch too large; sending %1 operations per request.</source>
        <translation>服务器认为批次过大，改为每次请求发送 %1 项操作。</translation>
    </message>
    <message>
        <source>The server refused a change of record %1: %2</source>
        <translation>服务器拒绝了对记录 %1 的修改：%2</translation>
    </message>
    <message>
        <source>After sync this desktop and the server differ (%1). Pending changes or conflicts can explain it; otherwise report it.</source>
        <translation>同步后本机与服务器的数据不一致（%1）。如有待发送的变更或未解决的冲突，可能是由此引起；否则请报告此问题。</translation>
    </message>
    <message>
        <source>Seats taken could not be fetched: %1</source>
        <translation>无法获取已报座位数：%1</translation>
    </message>
    <message>
        <source>Seats taken could not be saved: %1</source>
        <translation>无法保存已报座位数：%1</translation>
    </message>
    <message>
        <source>The file is no longer on this computer.</source>
        <translation>该文件已不在本机上。</translation>
    </message>
    <message>
        <source>Evidence for review %1 was not uploaded: %2</source>
        <translation>复核 %1 的证明材料未能上传：%2</translation>
    </message>
    <message>
        <source>Registration states could not be fetched: %1</source>
        <translation>无法获取报名状态：%1</translation>
    </message>
    <message>
        <source>Registration states could not be saved: %1</source>
        <translation>无法保存报名状态：%1</translation>
    </message>
</context>
<context>
    <name>cet::SyncErrors</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a moment and try again.</source>
        <translation>登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; nothing you changed is lost.</source>
        <translation>登录已失效，请重新登录；您所做的修改不会丢失。</translation>
    </message>
    <message>
        <source>Please sign in to the server to sync; nothing you changed is lost.</source>
        <translation>请登录服务器后再同步；您所做的修改不会丢失。</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>您的账号无权执行此操作。</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or replaced. Sync is paused and nothing was overwritten; ask your administrator how to continue.</source>
        <translation>服务器数据已被还原或替换。同步已暂停，未覆盖任何数据；请向管理员确认如何继续。</translation>
    </message>
    <message>
        <source>The server no longer has the changes since this desktop&apos;s last sync; all records are fetched again.</source>
        <translation>服务器上已没有本机上次同步以来的变更，将重新获取全部记录。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// only for this computer itself).</source>
        <translation>服务器地址必须以 https:// 开头（仅连接本机时可以使用 http://）。</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>服务器地址无效。</translation>
    </message>
    <message>
        <source>The certificate authority file can not be read.</source>
        <translation>无法读取证书颁发机构（CA）文件。</translation>
    </message>
    <message>
        <source>This database already syncs with another server or school.</source>
        <translation>此数据库已在与其他服务器或学校同步。</translation>
    </message>
    <message>
        <source>The server sent an answer this version of CET Desk does not understand.</source>
        <translation>服务器返回的应答无法被此版本的 CET Desk 识别。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the address, or configure the certificate authority file.</source>
        <translation>服务器证书不受信任。请检查服务器地址，或配置证书颁发机构（CA）文件。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Sync will try again later.</source>
        <translation>服务器未及时响应，稍后将再次尝试同步。</translation>
    </message>
    <message>
        <source>The server can not be reached. Your changes are kept and sent later.</source>
        <translation>无法连接服务器。您的变更已保留，稍后会再发送。</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>同步已停止。</translation>
    </message>
    <message>
        <source>The school&apos;s data is sealed for this exam session; changes are refused.</source>
        <translation>本校本考次的数据已封存，不再接受修改。</translation>
    </message>
    <message>
        <source>The server refused the record as invalid.</source>
        <translation>服务器认为该记录无效，拒绝接收。</translation>
    </message>
    <message>
        <source>The record belongs to another school.</source>
        <translation>该记录属于其他学校。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>Sync failed (%1).</source>
        <translation>同步失败（%1）。</translation>
    </message>
    <message>
        <source>The server has kinds of records this version of CET Desk does not know. Please update CET Desk; nothing is lost, and sync goes on from here after the update.</source>
        <translation>服务器上有此版本 CET Desk 不认识的数据类型。请更新 CET Desk；数据不会丢失，更新后同步会从这里继续。</translation>
    </message>
    <message>
        <source>The server does not know this kind of record; the server needs an update.</source>
        <translation>服务器不认识这类数据，需要更新服务器。</translation>
    </message>
    <message>
        <source>The server refused the notice as invalid.</source>
        <translation>服务器认为该通告无效，已拒绝。</translation>
    </message>
    <message>
        <source>The notice is for a school or campus that is not yours.</source>
        <translation>该通告所属的学校或校区不是您的。</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address; CET Desk does not follow it. Check the server address in the settings.</source>
        <translation>服务器返回了指向其他地址的重定向；CET Desk 不会跟随。请在设置中检查服务器地址。</translation>
    </message>
</context>
<context>
    <name>cet::SyncJob</name>
    <message>
        <source>Sending changes</source>
        <translation>正在发送变更</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>正在接收变更</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>cet::SyncJobProgress</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Syncing with the central server…</source>
        <translation>正在与中心服务器同步…</translation>
    </message>
</context>
<context>
    <name>cet::SyncLogModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>cet::SyncPage</name>
    <message>
        <source>Your value is kept; it is sent on the next sync.</source>
        <translation>已保留您的值，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Their value is taken on this desktop.</source>
        <translation>已在本机采用对方的值。</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n change(s) sent</source>
        <translation>
            <numerusform>同步完成：已发送 %n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>已接收 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 处冲突待解决</numerusform>
        </translation>
    </message>
    <message>
        <source>. The end-of-sync check found a difference: %1</source>
        <translation>。同步结束时的核对发现不一致：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3</source>
        <translation>已登录：%1（%2），%3</translation>
    </message>
    <message>
        <source>, school %1</source>
        <translation>，学校 %1</translation>
    </message>
    <message>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <source>Roster sync is for school coordinators; this account has no school roster to sync on this desktop.</source>
        <translation>学籍同步仅供学校考务负责人使用；此账号在本机没有可同步的学校学籍名单。</translation>
    </message>
    <message>
        <source>
No system credential store: you sign in again after restarting CET Desk.</source>
        <translation>
系统没有可用的凭据存储：重新启动 CET Desk 后需要再次登录。</translation>
    </message>
    <message>
        <source>Not signed in (last: %1 at %2). Changes are kept on this computer and sent after you sign in.</source>
        <translation>未登录（上次以 %1 身份登录 %2）。变更会保留在本机，登录后再发送。</translation>
    </message>
    <message>
        <source>Not signed in. CET Desk works on this computer&apos;s database; sign in to sync with the central server.</source>
        <translation>未登录。CET Desk 正在使用本机的数据库；登录后即可与中心服务器同步。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>%1 pending · %2 acknowledged · %3 conflict · %4 rejected</source>
        <translation>待发送 %1 · 已确认 %2 · 冲突 %3 · 被拒绝 %4</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Sync with the Central Server</source>
        <translation>与中心服务器同步</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Choose the school whose roster this desktop syncs.</source>
        <translation>请选择本机同步哪所学校的学籍名单。</translation>
    </message>
</context>
<context>
    <name>cet::SyncService</name>
    <message>
        <source>Only an administrator chooses the school to sync.</source>
        <translation>只有管理员可以选择要同步的学校。</translation>
    </message>
    <message>
        <source>A school code has 5 digits, for example 10001.</source>
        <translation>学校代码为 5 位数字，例如 10001。</translation>
    </message>
</context>
<context>
    <name>cet::SyncStatusWidget</name>
    <message>
        <source>Session ended</source>
        <translation>登录已失效</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>已登录 %3：%1（%2）</translation>
    </message>
    <message>
        <source>Working offline on this computer&apos;s database</source>
        <translation>正在离线使用本机的数据库</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 项待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Local changes not yet acknowledged by the central server</source>
        <translation>尚未经中心服务器确认的本机变更</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cet::SyncStore</name>
    <message>
        <source>This database already syncs with %1 (school %2). Signing in to another server or school would mix their records; use another database for it.</source>
        <translation>此数据库已与 %1（学校 %2）同步。登录其他服务器或学校会把双方的记录混在一起；请为其使用另一个数据库。</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>%1, deleted on the server</source>
        <translation>%1，已在服务器上删除</translation>
    </message>
    <message>
        <source>This conflict does not exist or was already resolved.</source>
        <translation>此冲突不存在或已解决。</translation>
    </message>
    <message>
        <source>This conflict can not be resolved here.</source>
        <translation>此冲突无法在此处解决。</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or replaced (new epoch). Nothing was overwritten; sync is paused until you decide.</source>
        <translation>服务器上的数据已被恢复或替换（新的数据纪元）。未覆盖任何内容；同步已暂停，等待您决定。</translation>
    </message>
</context>
<context>
    <name>cet::SyncUiText</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed (will retry)</source>
        <translation>失败（将重试）</translation>
    </message>
    <message>
        <source>School coordinator</source>
        <translation>学校考务负责人</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Customer service supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>学籍记录</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <source>%1 (from %2): %3</source>
        <translation>%1（自 %2 起）：%3</translation>
    </message>
</context>
<context>
    <name>cet::TableFiles</name>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sheets; there is no sheet %3.</source>
        <translation>“%1”共有 %2 个工作表，没有第 %3 个工作表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>“%1”为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table: it holds binary data, not text. Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>“%1”不是表格：其中是二进制数据，而不是文本。请导入 CSV 文件或 Excel 工作簿（.xlsx）。</translation>
    </message>
</context>
<context>
    <name>cet::XlsxSharedStrings</name>
    <message>
        <source>&quot;%1&quot; can not be read: shared string %2 has %3 characters; a cell may have at most %4.</source>
        <translation>无法读取“%1”：共享字符串 %2 有 %3 个字符；一个单元格最多 %4 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its shared strings have more than %2 characters.</source>
        <translation>无法读取“%1”：其共享字符串总长度超过 %2 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: it has more than %2 shared strings.</source>
        <translation>无法读取“%1”：共享字符串超过 %2 个。</translation>
    </message>
</context>
<context>
    <name>cet::XlsxSheetSource</name>
    <message>
        <source>&quot;%1&quot; has no worksheet number %2 (it may be a chart). Choose another sheet.</source>
        <translation>“%1”中没有编号为 %2 的工作表（可能是图表）。请选择其他工作表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: cell %2%3 of sheet &quot;%4&quot; refers to a shared string that does not exist. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：工作表“%4”的单元格 %2%3 引用了不存在的共享字符串。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 has %5 characters; a cell may have at most %6.</source>
        <translation>“%1”，工作表“%2”，单元格 %3%4 有 %5 个字符；一个单元格最多 %6 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a cell named &quot;%3&quot; in row %4.</source>
        <translation>“%1”已损坏：工作表“%2”的第 %4 行中有名为“%3”的单元格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a cell beyond column XFD in row %3, outside any spreadsheet.</source>
        <translation>“%1”已损坏：工作表“%2”第 %3 行中有超出 XFD 列的单元格，超出了电子表格的范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;: row %3 has more than %4 columns.</source>
        <translation>“%1”，工作表“%2”：第 %3 行超过 %4 列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a row beyond row 1048576, outside any spreadsheet.</source>
        <translation>“%1”已损坏：工作表“%2”中有超出第 1048576 行的行，超出了电子表格的范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot; has more than %3 rows, more than CET Desk imports at once. Split the file.</source>
        <translation>“%1”，工作表“%2”超过 %3 行，超出了 CET Desk 单次导入的上限。请拆分文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 is longer than a cell may be.</source>
        <translation>“%1”，工作表“%2”，单元格 %3%4 的内容超出了单元格的长度上限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 has more than %5 characters.</source>
        <translation>“%1”，工作表“%2”，单元格 %3%4 超过 %5 个字符。</translation>
    </message>
</context>
<context>
    <name>cet::XlsxSheets</name>
    <message>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and that the file is not open in another program.</source>
        <translation>无法写入“%1”。请检查文件夹是否存在，以及该文件是否已在其他程序中打开。</translation>
    </message>
</context>
<context>
    <name>cet::XlsxWorkbook</name>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：部件 %2 在第 %3 行不是有效的 XML（%4）。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>“%1”是 ZIP 压缩包，但不是 Excel 工作簿（其中没有 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no worksheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
</context>
<context>
    <name>cet::XmlScanner</name>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：部件 %2 在第 %3 行不是有效的 XML（%4）。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: the part %2 has a tag or text of more than %3 bytes near line %4.</source>
        <translation>无法读取“%1”：部件 %2 在第 %4 行附近有超过 %3 字节的标签或文本。</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>部件在标签内部结束</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes nothing</source>
        <translation>&lt;/%1&gt; 没有对应的开始标签</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; 与开始标签 &lt;%2&gt; 不匹配</translation>
    </message>
    <message>
        <source>a document type declaration</source>
        <translation>文档类型声明</translation>
    </message>
    <message>
        <source>an unknown &lt;! tag</source>
        <translation>未知的 &lt;! 标签</translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported</source>
        <translation>不支持 UTF-16 编码的 XML</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>a tag is not closed</source>
        <translation>标签未闭合</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>标签没有名称</translation>
    </message>
    <message>
        <source>a bad tag name</source>
        <translation>标签名称无效</translation>
    </message>
    <message>
        <source>a badly written attribute</source>
        <translation>属性格式错误</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>第二个根元素</translation>
    </message>
    <message>
        <source>the part is empty</source>
        <translation>部件为空</translation>
    </message>
    <message>
        <source>the part ends before &lt;%1&gt; is closed</source>
        <translation>部件在 &lt;%1&gt; 闭合之前结束</translation>
    </message>
    <message>
        <source>an unknown entity or a bare &amp;</source>
        <translation>未知实体或单独的 &amp;</translation>
    </message>
</context>
<context>
    <name>cet::ZipArchive</name>
    <message>
        <source>&quot;%1&quot; could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable .xlsx workbook: the file is damaged or incomplete. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”不是可读取的 .xlsx 工作簿：文件已损坏或不完整。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save it and retry.</source>
        <translation>“%1”已设置密码保护。请用 Excel 或 WPS 打开，先取消密码（文件 ▸ 信息 ▸ 保护工作簿），保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：部件 %2 无法解压。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete .xlsx workbook: the part %2 is missing. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”不是完整的 .xlsx 工作簿：缺少部件 %2。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to %3 MB, more than the %4 MB allowed.</source>
        <translation>无法读取“%1”：其部件 %2 解压后为 %3 MB，超过允许的 %4 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 times its packed size, which only a damaged or hostile file does.</source>
        <translation>无法读取“%1”：其部件 %2 解压后超过压缩大小的 %3 倍（疑似损坏或恶意文件）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password, save it and retry.</source>
        <translation>“%1”已设置密码保护。请用 Excel 或 WPS 打开，先取消密码，保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 is larger than %3 MB.</source>
        <translation>无法读取“%1”：其部件 %2 超过 %3 MB。</translation>
    </message>
</context>
<context>
    <name>cet::ZipEntryStream</name>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：部件 %2 无法解压。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 is larger than the archive says. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：部件 %2 比压缩包中记录的大小更大。请用 Excel 或 WPS 打开该文件，重新保存后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 MB.</source>
        <translation>无法读取“%1”：其部件 %2 解压后超过 %3 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 times its packed size, which only a damaged or hostile file does.</source>
        <translation>无法读取“%1”：其部件 %2 解压后超过压缩大小的 %3 倍（疑似损坏或恶意文件）。</translation>
    </message>
</context>
<context>
    <name>cet::ZipPhotoSource</name>
    <message>
        <source>%1 holds more than %2 files. Put only the photos into the ZIP file, or split it.</source>
        <translation>%1 中的文件超过 %2 个。ZIP 文件中请只放照片，或将其拆分。</translation>
    </message>
    <message>
        <source>%1 in %2 can not be unpacked (%3). Make the ZIP file again.</source>
        <translation>%2 中的 %1 无法解压（%3）。请重新制作 ZIP 文件。</translation>
    </message>
    <message>
        <source>%1 in %2 is protected by a password. Make the ZIP file again without a password.</source>
        <translation>%2 中的 %1 设有密码保护。请重新制作不带密码的 ZIP 文件。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CET registration desk for school exam offices.</source>
        <translation>面向学校考务办公室的 CET 报名工作台。</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>使用位于 &lt;path&gt; 的数据库。</translation>
    </message>
    <message>
        <source>Sign in to the central server at &lt;url&gt; at start.</source>
        <translation>启动时登录位于 &lt;url&gt; 的中心服务器。</translation>
    </message>
    <message>
        <source>Sign in as &lt;user&gt; (with --server).</source>
        <translation>以 &lt;user&gt; 身份登录（与 --server 一起使用）。</translation>
    </message>
    <message>
        <source>Read the password from standard input (else $CETDESK_DEMO_PASSWORD).</source>
        <translation>从标准输入读取密码（否则使用 $CETDESK_DEMO_PASSWORD）。</translation>
    </message>
</context>
</TS>

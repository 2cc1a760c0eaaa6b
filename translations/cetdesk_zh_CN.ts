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
    <name>cet::Capacity</name>
    <message>
        <source>None</source>
        <comment>no seats left</comment>
        <translation>无</translation>
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
        <source>CET Desk on the command line.

Commands:
  import FILE          Import students from a UTF-8 CSV file (Chinese or English column names).
  export OUT           Export students to OUT.csv or OUT.xlsx (--search, --campus filter).
  count                Print the number of students.

Exit codes: 0 done, 1 usage error, 2 some rows rejected, 3 file unreadable,
4 database error.</source>
        <translation>CET Desk 命令行工具。

命令：
  import FILE          从 UTF-8 CSV 文件导入学生（列名可为中文或英文）。
  export OUT           将学生导出到 OUT.csv 或 OUT.xlsx（可用 --search、--campus 筛选）。
  count                输出学生人数。

退出码：0 完成，1 用法错误，2 部分行被拒绝，3 文件无法读取，
4 数据库错误。</translation>
    </message>
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
        <source>import, export or count.</source>
        <translation>import、export 或 count。</translation>
    </message>
    <message>
        <source>The file to import or export to.</source>
        <translation>要导入或导出到的文件。</translation>
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
</context>
<context>
    <name>cet::CsvReader</name>
    <message>
        <source>Line %1: the file could not be read.</source>
        <translation>第 %1 行：无法读取文件。</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>第 %1 行：文件不是 UTF-8 文本。请另存为“CSV UTF-8”格式后重试。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; a quotation mark (&quot;) is missing.</source>
        <translation>第 %1 行：带引号的字段未闭合，缺少引号（&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quotation mark of a field.</source>
        <translation>第 %1 行：字段的结束引号后还有文本。</translation>
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
    <name>cet::ImportBatchRepository</name>
    <message>
        <source>Import batch %1 does not exist.</source>
        <translation>导入批次 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommand</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a student file: the column &quot;%2&quot; is missing.</source>
        <translation>“%1”不是学生文件：缺少“%2”列。</translation>
    </message>
    <message>
        <source>The same ID number appears earlier in the file.</source>
        <translation>文件中前面已出现相同的证件号码。</translation>
    </message>
    <message>
        <source>A student with this ID number is already in the database.</source>
        <translation>数据库中已有该证件号码的学生。</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 rejected.</source>
        <translation>共读取 %1 行，导入 %2 行，拒绝 %3 行。</translation>
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
</context>
<context>
    <name>cet::Migrations</name>
    <message>
        <source>The database was written by a newer version of CET Desk (schema %1, this version knows up to %2). Please update CET Desk.</source>
        <translation>该数据库由更新版本的 CET Desk 写入（结构版本 %1，此版本最高支持 %2）。请升级 CET Desk。</translation>
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
        <source>Exporting students to %1…</source>
        <translation>正在将学生导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Students</source>
        <translation>导出学生</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
    <name>cet::StudentRepository</name>
    <message>
        <source>This column has no list of values to choose from.</source>
        <translation>该列没有可供选择的值列表。</translation>
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
    <name>main</name>
    <message>
        <source>CET registration desk for school exam offices.</source>
        <translation>面向学校考务办公室的 CET 报名工作台。</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>使用位于 &lt;path&gt; 的数据库。</translation>
    </message>
</context>
</TS>

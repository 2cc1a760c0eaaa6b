<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cet::AboutDialog</name>
    <message>
        <source>About CET Desk</source>
        <translation>About CET Desk</translation>
    </message>
    <message>
        <source>CET Desk</source>
        <translation>CET Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The CET registration desk for school exam offices: student records, imports and exports.</source>
        <translation>The CET registration desk for school exam offices: student records, imports and exports.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>Built with Qt %1 (running on Qt %2).</translation>
    </message>
    <message>
        <source>Icons: KDE Breeze icon theme, © the KDE Visual Design Group, licensed under the GNU LGPL 3.0 (&lt;a href=&quot;https://invent.kde.org/frameworks/breeze-icons&quot;&gt;breeze-icons&lt;/a&gt;).</source>
        <translation>Icons: KDE Breeze icon theme, © the KDE Visual Design Group, licensed under the GNU LGPL 3.0 (&lt;a href=&quot;https://invent.kde.org/frameworks/breeze-icons&quot;&gt;breeze-icons&lt;/a&gt;).</translation>
    </message>
</context>
<context>
    <name>cet::AdmissionTicket</name>
    <message>
        <source>The admission ticket number is empty.</source>
        <translation>The admission ticket number is empty.</translation>
    </message>
    <message>
        <source>An admission ticket number has 15 characters, not %1.</source>
        <translation>An admission ticket number has 15 characters, not %1.</translation>
    </message>
    <message>
        <source>An oral test ticket number is F or S followed by 14 digits.</source>
        <translation>An oral test ticket number is F or S followed by 14 digits.</translation>
    </message>
    <message>
        <source>A written test ticket number has 15 digits.</source>
        <translation>A written test ticket number has 15 digits.</translation>
    </message>
    <message>
        <source>Digit 10 of the ticket number must be a written subject code from 1 to 9.</source>
        <translation>Digit 10 of the ticket number must be a written subject code from 1 to 9.</translation>
    </message>
    <message>
        <source>Digit 9 of the ticket number must be 1 (first half-year) or 2 (second half-year).</source>
        <translation>Digit 9 of the ticket number must be 1 (first half-year) or 2 (second half-year).</translation>
    </message>
</context>
<context>
    <name>cet::Capacity</name>
    <message>
        <source>None</source>
        <comment>no seats left</comment>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>cet::Cet6Review</name>
    <message>
        <source>The CET4 admission ticket number must have 15 digits.</source>
        <translation>The CET4 admission ticket number must have 15 digits.</translation>
    </message>
    <message>
        <source>This admission ticket number is not one of a CET4 written test (its 10th digit must be 1).</source>
        <translation>This admission ticket number is not one of a CET4 written test (its 10th digit must be 1).</translation>
    </message>
    <message>
        <source>Only CET4 results from %1 on can be reviewed online. Ask your school&apos;s exam office to file the review for you.</source>
        <translation>Only CET4 results from %1 on can be reviewed online. Ask your school&apos;s exam office to file the review for you.</translation>
    </message>
    <message>
        <source>The CET4 result was found: the CET6 qualification is granted.</source>
        <translation>The CET4 result was found: the CET6 qualification is granted.</translation>
    </message>
    <message>
        <source>The CET4 result was found under another ID number. The review waits for your school&apos;s exam office: bring proof of the ID change (e.g. a police certificate).</source>
        <translation>The CET4 result was found under another ID number. The review waits for your school&apos;s exam office: bring proof of the ID change (e.g. a police certificate).</translation>
    </message>
    <message>
        <source>The CET4 total score %1 is below %2.</source>
        <translation>The CET4 total score %1 is below %2.</translation>
    </message>
    <message>
        <source>Only CET4 results from %1 on count. Ask your school&apos;s exam office to file the review for you.</source>
        <translation>Only CET4 results from %1 on count. Ask your school&apos;s exam office to file the review for you.</translation>
    </message>
    <message>
        <source>No CET4 result was found for this admission ticket number.</source>
        <translation>No CET4 result was found for this admission ticket number.</translation>
    </message>
    <message>
        <source>Neither the ID number nor the name matches the CET4 result of this admission ticket number.</source>
        <translation>Neither the ID number nor the name matches the CET4 result of this admission ticket number.</translation>
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
        <translation>CET Desk on the command line.

Commands:
  import FILE          Import students from a UTF-8 CSV file (Chinese or English column names).
  export OUT           Export students to OUT.csv or OUT.xlsx (--search, --campus filter).
  count                Print the number of students.

Exit codes: 0 done, 1 usage error, 2 some rows rejected, 3 file unreadable,
4 database error.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Use the database at &lt;path&gt;.</translation>
    </message>
    <message>
        <source>export, count: only students whose name, ID number or student number starts with &lt;text&gt;.</source>
        <translation>export, count: only students whose name, ID number or student number starts with &lt;text&gt;.</translation>
    </message>
    <message>
        <source>export, count: only campus &lt;code&gt;.</source>
        <translation>export, count: only campus &lt;code&gt;.</translation>
    </message>
    <message>
        <source>Also print log messages.</source>
        <translation>Also print log messages.</translation>
    </message>
    <message>
        <source>import, export or count.</source>
        <translation>import, export or count.</translation>
    </message>
    <message>
        <source>The file to import or export to.</source>
        <translation>The file to import or export to.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Unknown command or wrong arguments: %1</translation>
    </message>
    <message>
        <source>Run &quot;cetdesk-cli --help&quot; for the commands.</source>
        <translation>Run &quot;cetdesk-cli --help&quot; for the commands.</translation>
    </message>
</context>
<context>
    <name>cet::CsvReader</name>
    <message>
        <source>Line %1: the file could not be read.</source>
        <translation>Line %1: the file could not be read.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Line %1: the file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; a quotation mark (&quot;) is missing.</source>
        <translation>Line %1: a quoted field is not closed; a quotation mark (&quot;) is missing.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quotation mark of a field.</source>
        <translation>Line %1: text follows the closing quotation mark of a field.</translation>
    </message>
</context>
<context>
    <name>cet::Database</name>
    <message>
        <source>The local database reported an error.</source>
        <translation>The local database reported an error.</translation>
    </message>
    <message>
        <source>Could not open the database %1.</source>
        <translation>Could not open the database %1.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of CET Desk. Please update CET Desk.</source>
        <translation>The database was written by a newer version of CET Desk. Please update CET Desk.</translation>
    </message>
    <message>
        <source>The database %1 has not been set up by this version of CET Desk yet (schema %2, expected %3). Open it once for writing to upgrade it.</source>
        <translation>The database %1 has not been set up by this version of CET Desk yet (schema %2, expected %3). Open it once for writing to upgrade it.</translation>
    </message>
</context>
<context>
    <name>cet::EditStudentCommand</name>
    <message>
        <source>Edit student %1</source>
        <translation>Edit student %1</translation>
    </message>
    <message>
        <source>Could not undo the change to %1: the record was changed elsewhere in the meantime. Reload it and edit it again if needed.</source>
        <translation>Could not undo the change to %1: the record was changed elsewhere in the meantime. Reload it and edit it again if needed.</translation>
    </message>
    <message>
        <source>Could not save the change to %1: the record was changed elsewhere in the meantime. Reload it and edit it again.</source>
        <translation>Could not save the change to %1: the record was changed elsewhere in the meantime. Reload it and edit it again.</translation>
    </message>
    <message>
        <source>Could not save the change to %1.</source>
        <translation>Could not save the change to %1.</translation>
    </message>
</context>
<context>
    <name>cet::ExportCommand</name>
    <message>
        <source>%1 students exported to %2.</source>
        <translation>%1 students exported to %2.</translation>
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
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Students</source>
        <translation>Export Students</translation>
    </message>
</context>
<context>
    <name>cet::IdDocument</name>
    <message numerus="yes">
        <source>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</source>
        <translation><numerusform>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</numerusform><numerusform>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</numerusform></translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a known province code.</source>
        <translation>The ID number starts with %1, which is not a known province code.</translation>
    </message>
    <message>
        <source>A residence permit for Hong Kong and Macao residents must start with 810000 or 820000.</source>
        <translation>A residence permit for Hong Kong and Macao residents must start with 810000 or 820000.</translation>
    </message>
    <message>
        <source>A residence permit for Taiwan residents must start with 830000.</source>
        <translation>A residence permit for Taiwan residents must start with 830000.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number does not exist.</source>
        <translation>The birth date %1 in the ID number does not exist.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation>The birth date %1 in the ID number is before 1900.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>The birth date %1 in the ID number is in the future.</translation>
    </message>
    <message>
        <source>The last character of the ID number should be %1, not %2: the number has a typing error.</source>
        <translation>The last character of the ID number should be %1, not %2: the number has a typing error.</translation>
    </message>
    <message>
        <source>The ID type is missing or not accepted.</source>
        <translation>The ID type is missing or not accepted.</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>The ID number is empty.</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; was stored by the spreadsheet as a number, so its last digits were lost. Format the column as text, type the full numbers again and import the file again.</source>
        <translation>The ID number &quot;%1&quot; was stored by the spreadsheet as a number, so its last digits were lost. Format the column as text, type the full numbers again and import the file again.</translation>
    </message>
    <message>
        <source>A mainland travel permit for Taiwan residents has 8 digits (older permits: 10).</source>
        <translation>A mainland travel permit for Taiwan residents has 8 digits (older permits: 10).</translation>
    </message>
    <message>
        <source>A mainland travel permit for Hong Kong and Macao residents is H or M followed by 8 digits (older permits: 10).</source>
        <translation>A mainland travel permit for Hong Kong and Macao residents is H or M followed by 8 digits (older permits: 10).</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>A passport number has 5 to 17 letters and digits.</translation>
    </message>
    <message>
        <source>A Hong Kong identity card number is 1 or 2 letters, 6 digits and a check character in parentheses, e.g. A123456(3).</source>
        <translation>A Hong Kong identity card number is 1 or 2 letters, 6 digits and a check character in parentheses, e.g. A123456(3).</translation>
    </message>
    <message>
        <source>The check character of the Hong Kong identity card number should be %1, not %2.</source>
        <translation>The check character of the Hong Kong identity card number should be %1, not %2.</translation>
    </message>
    <message>
        <source>A Macao identity card number is 1, 5 or 7, 6 digits and a check digit in parentheses, e.g. 1234567(8).</source>
        <translation>A Macao identity card number is 1, 5 or 7, 6 digits and a check digit in parentheses, e.g. 1234567(8).</translation>
    </message>
    <message>
        <source>PRC resident identity card</source>
        <translation>PRC resident identity card</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Hong Kong identity card</source>
        <translation>Hong Kong identity card</translation>
    </message>
    <message>
        <source>Macao identity card</source>
        <translation>Macao identity card</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong and Macao residents</source>
        <translation>Residence permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>Residence permit for Taiwan residents</source>
        <translation>Residence permit for Taiwan residents</translation>
    </message>
    <message>
        <source>Unknown ID type</source>
        <translation>Unknown ID type</translation>
    </message>
    <message>
        <source>The ID type &quot;%1&quot; is not accepted for CET registration.</source>
        <translation>The ID type &quot;%1&quot; is not accepted for CET registration.</translation>
    </message>
    <message>
        <source>Unknown ID type &quot;%1&quot;.</source>
        <translation>Unknown ID type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>Taiwan travel permit</translation>
    </message>
    <message>
        <source>HK/Macao travel permit</source>
        <translation>HK/Macao travel permit</translation>
    </message>
    <message>
        <source>Hong Kong ID</source>
        <translation>Hong Kong ID</translation>
    </message>
    <message>
        <source>Macao ID</source>
        <translation>Macao ID</translation>
    </message>
    <message>
        <source>HK/Macao residence permit</source>
        <translation>HK/Macao residence permit</translation>
    </message>
    <message>
        <source>Taiwan residence permit</source>
        <translation>Taiwan residence permit</translation>
    </message>
</context>
<context>
    <name>cet::ImportBatchRepository</name>
    <message>
        <source>Import batch %1 does not exist.</source>
        <translation>Import batch %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommand</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a student file: the column &quot;%2&quot; is missing.</source>
        <translation>&quot;%1&quot; is not a student file: the column &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>The same ID number appears earlier in the file.</source>
        <translation>The same ID number appears earlier in the file.</translation>
    </message>
    <message>
        <source>A student with this ID number is already in the database.</source>
        <translation>A student with this ID number is already in the database.</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Line %1: %2: %3</translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 rejected.</source>
        <translation>%1 rows read, %2 imported, %3 rejected.</translation>
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
        <translation>Students</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CET Desk</source>
        <translation>&amp;About CET Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>cet::Migrations</name>
    <message>
        <source>The database was written by a newer version of CET Desk (schema %1, this version knows up to %2). Please update CET Desk.</source>
        <translation>The database was written by a newer version of CET Desk (schema %1, this version knows up to %2). Please update CET Desk.</translation>
    </message>
</context>
<context>
    <name>cet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>The language changes at once. Texts of pages opened before may change only after CET Desk restarts.</source>
        <translation>The language changes at once. Texts of pages opened before may change only after CET Desk restarts.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Leave empty for the default location. A new location takes effect when CET Desk restarts. In use now: %1</source>
        <translation>Leave empty for the default location. A new location takes effect when CET Desk restarts. In use now: %1</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Database location</translation>
    </message>
    <message>
        <source>CET Desk database (*.sqlite);;All files (*)</source>
        <translation>CET Desk database (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>cet::StudentDetailPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>No student selected</source>
        <translation>No student selected</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Mask the ID number again</source>
        <translation>Mask the ID number again</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Show the full ID number (this is recorded in the audit log)</source>
        <translation>Show the full ID number (this is recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>cet::StudentEditDialog</name>
    <message>
        <source>Edit Student</source>
        <translation>Edit Student</translation>
    </message>
    <message>
        <source>Edit Student — %1</source>
        <translation>Edit Student — %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>Correct the fields marked in red to save.</translation>
    </message>
</context>
<context>
    <name>cet::StudentExportController</name>
    <message>
        <source>Exporting students to %1…</source>
        <translation>Exporting students to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Students</source>
        <translation>Export Students</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>cet::StudentExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;.</source>
        <translation>Could not write &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
</context>
<context>
    <name>cet::StudentFilterBar</name>
    <message>
        <source>Search name, ID number or student no.</source>
        <translation>Search name, ID number or student no.</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Search students</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>cet::StudentLabels</name>
    <message>
        <source>Junior college</source>
        <translation>Junior college</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Unknown education level &quot;%1&quot;.</source>
        <translation>Unknown education level &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unknown gender &quot;%1&quot;.</source>
        <translation>Unknown gender &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>Campus code</source>
        <translation>Campus code</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Program years</source>
        <translation>Program years</translation>
    </message>
    <message>
        <source>Enrolment year</source>
        <translation>Enrolment year</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>cet::StudentRepository</name>
    <message>
        <source>This column has no list of values to choose from.</source>
        <translation>This column has no list of values to choose from.</translation>
    </message>
</context>
<context>
    <name>cet::StudentValidation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>The gender is %1, but the ID number belongs to a person of gender %2.</source>
        <translation>The gender is %1, but the ID number belongs to a person of gender %2.</translation>
    </message>
    <message>
        <source>The school code must have 5 digits.</source>
        <translation>The school code must have 5 digits.</translation>
    </message>
    <message>
        <source>The campus code must have 6 digits.</source>
        <translation>The campus code must have 6 digits.</translation>
    </message>
    <message>
        <source>The campus code %1 does not belong to the school %2: it must start with the school code.</source>
        <translation>The campus code %1 does not belong to the school %2: it must start with the school code.</translation>
    </message>
    <message>
        <source>The program length must be 1 to 8 years.</source>
        <translation>The program length must be 1 to 8 years.</translation>
    </message>
    <message>
        <source>The enrolment year must be between 1990 and %1.</source>
        <translation>The enrolment year must be between 1990 and %1.</translation>
    </message>
</context>
<context>
    <name>cet::StudentsMessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>cet::StudentsPage</name>
    <message numerus="yes">
        <source>Exported %n student(s) to %1.</source>
        <translation><numerusform>Exported %n student(s) to %1.</numerusform><numerusform>Exported %n student(s) to %1.</numerusform></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>No student records yet</source>
        <translation>No student records yet</translation>
    </message>
    <message>
        <source>Import the school&apos;s student list to see, search and edit the records here.</source>
        <translation>Import the school&apos;s student list to see, search and edit the records here.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected student (Enter)</source>
        <translation>Edit the selected student (Enter)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the students shown to CSV or Excel (Ctrl+E)</source>
        <translation>Export the students shown to CSV or Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>This student record no longer exists.</source>
        <translation>This student record no longer exists.</translation>
    </message>
    <message>
        <source>students</source>
        <translation>students</translation>
    </message>
    <message>
        <source>%1 students · %2 shown</source>
        <translation>%1 students · %2 shown</translation>
    </message>
</context>
<context>
    <name>cet::SubjectCatalogue</name>
    <message>
        <source>Unknown subject code &quot;%1&quot;.</source>
        <translation>Unknown subject code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CET-4 spoken English test (CET-SET4)</source>
        <translation>CET-4 spoken English test (CET-SET4)</translation>
    </message>
    <message>
        <source>CET-6 spoken English test (CET-SET6)</source>
        <translation>CET-6 spoken English test (CET-SET6)</translation>
    </message>
    <message>
        <source>English level 4</source>
        <translation>English level 4</translation>
    </message>
    <message>
        <source>English level 6</source>
        <translation>English level 6</translation>
    </message>
    <message>
        <source>Japanese level 4</source>
        <translation>Japanese level 4</translation>
    </message>
    <message>
        <source>Japanese level 6</source>
        <translation>Japanese level 6</translation>
    </message>
    <message>
        <source>German level 4</source>
        <translation>German level 4</translation>
    </message>
    <message>
        <source>German level 6</source>
        <translation>German level 6</translation>
    </message>
    <message>
        <source>Russian level 4</source>
        <translation>Russian level 4</translation>
    </message>
    <message>
        <source>Russian level 6</source>
        <translation>Russian level 6</translation>
    </message>
    <message>
        <source>French level 4</source>
        <translation>French level 4</translation>
    </message>
</context>
<context>
    <name>cet::SubjectRules</name>
    <message>
        <source>The subject %1 is listed twice.</source>
        <translation>The subject %1 is listed twice.</translation>
    </message>
    <message>
        <source>Only one written subject of the same level can be taken</source>
        <translation>Only one written subject of the same level can be taken</translation>
    </message>
    <message>
        <source>%1 is not an oral subject.</source>
        <translation>%1 is not an oral subject.</translation>
    </message>
    <message>
        <source>%1 can only be taken together with the written test %2 of the same sitting.</source>
        <translation>%1 can only be taken together with the written test %2 of the same sitting.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CET registration desk for school exam offices.</source>
        <translation>CET registration desk for school exam offices.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Use the database at &lt;path&gt;.</translation>
    </message>
</context>
</TS>

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
    <name>cet::AppSettings</name>
    <message>
        <source>The proof shows the ID number was changed; passed.</source>
        <translation>The proof shows the ID number was changed; passed.</translation>
    </message>
    <message>
        <source>No proof of the ID number change was provided.</source>
        <translation>No proof of the ID number change was provided.</translation>
    </message>
    <message>
        <source>The proof is unreadable; please upload a clear scan.</source>
        <translation>The proof is unreadable; please upload a clear scan.</translation>
    </message>
    <message>
        <source>The CET4 score record belongs to another person.</source>
        <translation>The CET4 score record belongs to another person.</translation>
    </message>
</context>
<context>
    <name>cet::CampusDialog</name>
    <message>
        <source>Edit campus</source>
        <translation>Edit campus</translation>
    </message>
    <message>
        <source>Add campus</source>
        <translation>Add campus</translation>
    </message>
    <message>
        <source>%1 and one digit, e.g. %1%2</source>
        <translation>%1 and one digit, e.g. %1%2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
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
    <name>cet::CapacityUsage</name>
    <message>
        <source>The server&apos;s capacity answer is not understood (%1).</source>
        <translation>The server&apos;s capacity answer is not understood (%1).</translation>
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
    <message>
        <source>
Photos:
  import-photos DIR    Match the photos of a folder or ZIP (named by student number or ID
                       number) to students and store them (--dry-run, --json).
</source>
        <translation>
Photos:
  import-photos DIR    Match the photos of a folder or ZIP (named by student number or ID
                       number) to students and store them (--dry-run, --json).
</translation>
    </message>
    <message>
        <source>import: read sheet &lt;n&gt; (1 = first) or the sheet named &lt;n&gt; of an XLSX file.</source>
        <translation>import: read sheet &lt;n&gt; (1 = first) or the sheet named &lt;n&gt; of an XLSX file.</translation>
    </message>
    <message>
        <source>import: the text encoding of a CSV file (UTF-8, GBK, GB18030, UTF-16LE, UTF-16BE).</source>
        <translation>import: the text encoding of a CSV file (UTF-8, GBK, GB18030, UTF-16LE, UTF-16BE).</translation>
    </message>
    <message>
        <source>import: the separator of a CSV file (&quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;).</source>
        <translation>import: the separator of a CSV file (&quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;).</translation>
    </message>
    <message>
        <source>import: check and report, write nothing.</source>
        <translation>import: check and report, write nothing.</translation>
    </message>
    <message>
        <source>import: write nothing when any row is rejected.</source>
        <translation>import: write nothing when any row is rejected.</translation>
    </message>
    <message>
        <source>import: delete students that are not in the file.</source>
        <translation>import: delete students that are not in the file.</translation>
    </message>
    <message>
        <source>import: write the validation report to &lt;file.xlsx&gt;.</source>
        <translation>import: write the validation report to &lt;file.xlsx&gt;.</translation>
    </message>
    <message>
        <source>import: write the rejected rows, with their reasons, to &lt;file&gt; (.xlsx or .csv).</source>
        <translation>import: write the rejected rows, with their reasons, to &lt;file&gt; (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>import, import-history: print one JSON object.</source>
        <translation>import, import-history: print one JSON object.</translation>
    </message>
    <message>
        <source>import, import-undo: the name recorded for the change (default: the login name).</source>
        <translation>import, import-undo: the name recorded for the change (default: the login name).</translation>
    </message>
    <message>
        <source>import, import-template, import-history, import-undo, export or count.</source>
        <translation>import, import-template, import-history, import-undo, export or count.</translation>
    </message>
    <message>
        <source>The file to import, the file to write, or the import number.</source>
        <translation>The file to import, the file to write, or the import number.</translation>
    </message>
    <message>
        <source>import: read FIELD from COLUMN of the file, whatever the mapping remembered or guessed (repeatable). COLUMN is a header of the file, a column number (1 = first) or a column letter; FIELD is one of: %1.</source>
        <translation>import: read FIELD from COLUMN of the file, whatever the mapping remembered or guessed (repeatable). COLUMN is a header of the file, a column number (1 = first) or a column letter; FIELD is one of: %1.</translation>
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
Sync with cet-central:
  sync                 Send this desktop&apos;s changes and fetch the server&apos;s (--server URL
                       --user NAME --password-stdin to sign in; --ca-file, --json).
                       Exit codes: 0 done, 1 usage, 2 conflicts or refused changes,
                       3 server unreachable (changes stay queued), 4 sign-in needed or
                       refused, 5 other failure (database, server restored),
                       130 stopped with Ctrl+C (nothing lost, the rest stays queued).
  status               Server, user, pending changes, conflicts, last sync (--json).
</translation>
    </message>
    <message>
        <source>sync, cs: sign in to the cet-central server at &lt;url&gt;.</source>
        <translation>sync, cs: sign in to the cet-central server at &lt;url&gt;.</translation>
    </message>
    <message>
        <source>sync, cs: the staff user name for --server.</source>
        <translation>sync, cs: the staff user name for --server.</translation>
    </message>
    <message>
        <source>sync, cs: read the password from the first line of standard input.</source>
        <translation>sync, cs: read the password from the first line of standard input.</translation>
    </message>
    <message>
        <source>sync, cs: also trust the certificate authorities in &lt;file.pem&gt;.</source>
        <translation>sync, cs: also trust the certificate authorities in &lt;file.pem&gt;.</translation>
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
        <translation>CET Desk on the command line.

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
student file, 4 database or output file error, 5 cancelled (Ctrl+C), 6 undo refused.</translation>
    </message>
    <message>
        <source>export, count: only students at &lt;state&gt; on the candidate site (unregistered, bound, booked, paid), as the last sync fetched it.</source>
        <translation>export, count: only students at &lt;state&gt; on the candidate site (unregistered, bound, booked, paid), as the last sync fetched it.</translation>
    </message>
    <message>
        <source>--registration must be one of unregistered, bound, booked, paid.</source>
        <translation>--registration must be one of unregistered, bound, booked, paid.</translation>
    </message>
</context>
<context>
    <name>cet::ColumnGuess</name>
    <message>
        <source>The required column %1 (%2) is not mapped: choose the file column that holds it, or add the column to the file.</source>
        <translation>The required column %1 (%2) is not mapped: choose the file column that holds it, or add the column to the file.</translation>
    </message>
</context>
<context>
    <name>cet::ConflictPanel</name>
    <message>
        <source>No conflicts. When another desktop changed the same field of a record as you, the field shows here and you choose which value to keep.</source>
        <translation>No conflicts. When another desktop changed the same field of a record as you, the field shows here and you choose which value to keep.</translation>
    </message>
    <message>
        <source>%1: choose per field which value to keep</source>
        <translation>%1: choose per field which value to keep</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>Mine:</translation>
    </message>
    <message>
        <source>Your change on this desktop (was: %1)</source>
        <translation>Your change on this desktop (was: %1)</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Theirs:</translation>
    </message>
    <message>
        <source>Changed by %1, %2 (%3)</source>
        <translation>Changed by %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Changed by %1</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <source>Send my value to the server; it replaces theirs.</source>
        <translation>Send my value to the server; it replaces theirs.</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Take &amp;Theirs</translation>
    </message>
    <message>
        <source>Take their value on this desktop; nothing is sent.</source>
        <translation>Take their value on this desktop; nothing is sent.</translation>
    </message>
</context>
<context>
    <name>cet::ConsoleJob</name>
    <message>
        <source>%1 %2% (%3 of %4)</source>
        <translation>%1 %2% (%3 of %4)</translation>
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
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Hold back</source>
        <translation>&amp;Hold back</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <source>Request %1 is held back; the batch leaves it until it is released.</source>
        <translation>Request %1 is held back; the batch leaves it until it is released.</translation>
    </message>
    <message>
        <source>Request %1 is released; the batch applies it.</source>
        <translation>Request %1 is released; the batch applies it.</translation>
    </message>
</context>
<context>
    <name>cet::CsCommand</name>
    <message>
        <source>Sign in with: cetdesk-cli cs … --server URL --user NAME --password-stdin</source>
        <translation>Sign in with: cetdesk-cli cs … --server URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>request %1: %2</translation>
    </message>
    <message>
        <source>  candidate: %1, %2, school %3</source>
        <translation>  candidate: %1, %2, school %3</translation>
    </message>
    <message>
        <source>  passport: %1 → %2 (%3)</source>
        <translation>  passport: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>  filed by %1 at %2</source>
        <translation>  filed by %1 at %2</translation>
    </message>
    <message>
        <source>  decided by %1 at %2: %3</source>
        <translation>  decided by %1 at %2: %3</translation>
    </message>
    <message>
        <source>  applies at %1</source>
        <translation>  applies at %1</translation>
    </message>
    <message>
        <source>  applied at %1</source>
        <translation>  applied at %1</translation>
    </message>
    <message>
        <source>  failed: %1 (%2)</source>
        <translation>  failed: %1 (%2)</translation>
    </message>
    <message>
        <source>candidate: %1, %2, school %3 %4</source>
        <translation>candidate: %1, %2, school %3 %4</translation>
    </message>
    <message>
        <source>passport: %1, email %2, mobile %3</source>
        <translation>passport: %1, email %2, mobile %3</translation>
    </message>
    <message>
        <source>passport: never bound</source>
        <translation>passport: never bound</translation>
    </message>
    <message>
        <source>registration: %1</source>
        <translation>registration: %1</translation>
    </message>
    <message>
        <source>earlier rebindings: %1</source>
        <translation>earlier rebindings: %1</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>answer: %1</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server needs --user and --password-stdin.</translation>
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
</translation>
    </message>
    <message>
        <source>cs: the ID type code (1 = resident ID card).</source>
        <translation>cs: the ID type code (1 = resident ID card).</translation>
    </message>
    <message>
        <source>cs: the candidate&apos;s ID number.</source>
        <translation>cs: the candidate&apos;s ID number.</translation>
    </message>
    <message>
        <source>cs request: the new passport ID (32 hexadecimal characters).</source>
        <translation>cs request: the new passport ID (32 hexadecimal characters).</translation>
    </message>
    <message>
        <source>cs request: the email of the new passport account.</source>
        <translation>cs request: the email of the new passport account.</translation>
    </message>
    <message>
        <source>cs request: how the identity was verified (repeatable).</source>
        <translation>cs request: how the identity was verified (repeatable).</translation>
    </message>
    <message>
        <source>cs request: notes for the supervisor.</source>
        <translation>cs request: notes for the supervisor.</translation>
    </message>
    <message>
        <source>cs approve: a note with the decision.</source>
        <translation>cs approve: a note with the decision.</translation>
    </message>
    <message>
        <source>cs list: only the requests you filed.</source>
        <translation>cs list: only the requests you filed.</translation>
    </message>
    <message>
        <source>Run &quot;cetdesk-cli --help&quot; for the cs commands.</source>
        <translation>Run &quot;cetdesk-cli --help&quot; for the cs commands.</translation>
    </message>
    <message>
        <source>Unknown cs command: %1</source>
        <translation>Unknown cs command: %1</translation>
    </message>
    <message>
        <source>cs %1 needs one request number.</source>
        <translation>cs %1 needs one request number.</translation>
    </message>
    <message>
        <source>cs %1 takes no further arguments.</source>
        <translation>cs %1 takes no further arguments.</translation>
    </message>
    <message>
        <source>--id-type must be an ID type code from 1 to 8.</source>
        <translation>--id-type must be an ID type code from 1 to 8.</translation>
    </message>
    <message>
        <source>--id-number and --name are required.</source>
        <translation>--id-number and --name are required.</translation>
    </message>
    <message>
        <source>--reason is required: every lookup is recorded with its reason.</source>
        <translation>--reason is required: every lookup is recorded with its reason.</translation>
    </message>
    <message>
        <source>--reason is required to refuse a request.</source>
        <translation>--reason is required to refuse a request.</translation>
    </message>
    <message>
        <source>--new-passport-id must be 32 hexadecimal characters.</source>
        <translation>--new-passport-id must be 32 hexadecimal characters.</translation>
    </message>
    <message>
        <source>--new-email must be an email address.</source>
        <translation>--new-email must be an email address.</translation>
    </message>
    <message>
        <source>Give at least one --check (%1).</source>
        <translation>Give at least one --check (%1).</translation>
    </message>
    <message>
        <source>Unknown --check %1 (known: %2).</source>
        <translation>Unknown --check %1 (known: %2).</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>No requests.</translation>
    </message>
</context>
<context>
    <name>cet::CsErrors</name>
    <message>
        <source>Only customer service agents and supervisors may use the account desk.</source>
        <translation>Only customer service agents and supervisors may use the account desk.</translation>
    </message>
    <message>
        <source>Type the reason for the lookup (for example the caller&apos;s question); every lookup is recorded with its reason.</source>
        <translation>Type the reason for the lookup (for example the caller&apos;s question); every lookup is recorded with its reason.</translation>
    </message>
    <message>
        <source>No verified registration matches this ID type, ID number and name. Check the three with the caller; a record the school never verified can not be found.</source>
        <translation>No verified registration matches this ID type, ID number and name. Check the three with the caller; a record the school never verified can not be found.</translation>
    </message>
    <message>
        <source>The new passport ID must be the 32 hexadecimal characters of an existing passport account.</source>
        <translation>The new passport ID must be the 32 hexadecimal characters of an existing passport account.</translation>
    </message>
    <message>
        <source>The new passport account is already bound to a registration; it can not take this one.</source>
        <translation>The new passport account is already bound to a registration; it can not take this one.</translation>
    </message>
    <message>
        <source>The new email is not the email of the new passport account. Ask the caller again.</source>
        <translation>The new email is not the email of the new passport account. Ask the caller again.</translation>
    </message>
    <message>
        <source>This candidate already has an open rebinding request; withdraw it or wait for its decision.</source>
        <translation>This candidate already has an open rebinding request; withdraw it or wait for its decision.</translation>
    </message>
    <message>
        <source>Tick at least one way the caller&apos;s identity was verified.</source>
        <translation>Tick at least one way the caller&apos;s identity was verified.</translation>
    </message>
    <message>
        <source>You filed this request yourself; another supervisor must decide it.</source>
        <translation>You filed this request yourself; another supervisor must decide it.</translation>
    </message>
    <message>
        <source>The request is no longer in a state that allows this; refresh the list.</source>
        <translation>The request is no longer in a state that allows this; refresh the list.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>There is no such request.</translation>
    </message>
    <message>
        <source>Type the reason for refusing.</source>
        <translation>Type the reason for refusing.</translation>
    </message>
    <message>
        <source>The ID type is not one of the accepted types.</source>
        <translation>The ID type is not one of the accepted types.</translation>
    </message>
    <message>
        <source>The registration is not bound to a passport account: there is nothing to rebind; the caller binds it with their new passport account themselves.</source>
        <translation>The registration is not bound to a passport account: there is nothing to rebind; the caller binds it with their new passport account themselves.</translation>
    </message>
    <message>
        <source>Only the agent who filed the request can withdraw it.</source>
        <translation>Only the agent who filed the request can withdraw it.</translation>
    </message>
    <message>
        <source>The candidate&apos;s registration no longer exists.</source>
        <translation>The candidate&apos;s registration no longer exists.</translation>
    </message>
    <message>
        <source>The server does not know one of the identity checks; CET Desk may need an update.</source>
        <translation>The server does not know one of the identity checks; CET Desk may need an update.</translation>
    </message>
    <message>
        <source>Sign in to cet-central to use the account desk.</source>
        <translation>Sign in to cet-central to use the account desk.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
</context>
<context>
    <name>cet::CsLookupPanel</name>
    <message>
        <source>ID &amp;type:</source>
        <translation>ID &amp;type:</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>ID &amp;number:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>why you look up this account, e.g. the caller lost the login email</source>
        <translation>why you look up this account, e.g. the caller lost the login email</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Never bound to a passport account.</source>
        <translation>Never bound to a passport account.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Earlier rebindings</source>
        <translation>Earlier rebindings</translation>
    </message>
</context>
<context>
    <name>cet::CsMyRequestsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Withdraw request</source>
        <translation>&amp;Withdraw request</translation>
    </message>
</context>
<context>
    <name>cet::CsQueuePanel</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Refusal &amp;reason:</source>
        <translation>Refusal &amp;reason:</translation>
    </message>
    <message>
        <source>optional, kept with the approval</source>
        <translation>optional, kept with the approval</translation>
    </message>
    <message>
        <source>required to refuse; the agent sees it</source>
        <translation>required to refuse; the agent sees it</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Re&amp;fuse</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <source>Approve &amp;selected</source>
        <translation>Approve &amp;selected</translation>
    </message>
    <message>
        <source>Select a request to see its case.</source>
        <translation>Select a request to see its case.</translation>
    </message>
    <message>
        <source>You filed this request; another supervisor decides it.</source>
        <translation>You filed this request; another supervisor decides it.</translation>
    </message>
    <message>
        <source>Request %1 approved.</source>
        <translation>Request %1 approved.</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>Request %1 refused.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved.</source>
        <translation>
            <numerusform>%n request approved.</numerusform>
            <numerusform>%n requests approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved; not approved: %1.</source>
        <translation>
            <numerusform>%n request approved; not approved: %1.</numerusform>
            <numerusform>%n requests approved; not approved: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::CsRequestCard</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Old passport</source>
        <translation>Old passport</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>New passport</source>
        <translation>New passport</translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation>Identity verified by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Filed by %1 at %2</source>
        <translation>Filed by %1 at %2</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>Decided by %1 at %2</translation>
    </message>
    <message>
        <source>Applied at %1</source>
        <translation>Applied at %1</translation>
    </message>
    <message>
        <source>Applies at %1</source>
        <translation>Applies at %1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Failed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cet::CsRequestForm</name>
    <message>
        <source>Rebinding request</source>
        <translation>Rebinding request</translation>
    </message>
    <message>
        <source>New &amp;passport ID:</source>
        <translation>New &amp;passport ID:</translation>
    </message>
    <message>
        <source>New e&amp;mail:</source>
        <translation>New e&amp;mail:</translation>
    </message>
    <message>
        <source>Identity verified by:</source>
        <translation>Identity verified by:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>32 hexadecimal characters, from the caller&apos;s new passport account</source>
        <translation>32 hexadecimal characters, from the caller&apos;s new passport account</translation>
    </message>
    <message>
        <source>the email of the new passport account</source>
        <translation>the email of the new passport account</translation>
    </message>
    <message>
        <source>&amp;Submit to a supervisor</source>
        <translation>&amp;Submit to a supervisor</translation>
    </message>
    <message>
        <source>✓ a well-formed passport ID</source>
        <translation>✓ a well-formed passport ID</translation>
    </message>
    <message>
        <source>%1 of 32 characters</source>
        <translation>%1 of 32 characters</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <source>Request %1 submitted; a supervisor decides it. It takes effect in the evening after the approval.</source>
        <translation>Request %1 submitted; a supervisor decides it. It takes effect in the evening after the approval.</translation>
    </message>
</context>
<context>
    <name>cet::CsRequestTable</name>
    <message>
        <source>No requests.</source>
        <translation>No requests.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::CsRequestsModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <source>You filed this request; another supervisor decides it.</source>
        <translation>You filed this request; another supervisor decides it.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>New passport ID</source>
        <translation>New passport ID</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Applies at</source>
        <translation>Applies at</translation>
    </message>
</context>
<context>
    <name>cet::CsText</name>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>held back</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Photo of the ID card received and compared</source>
        <translation>Photo of the ID card received and compared</translation>
    </message>
    <message>
        <source>Called back on the number of the registration</source>
        <translation>Called back on the number of the registration</translation>
    </message>
    <message>
        <source>Caller gave the registration&apos;s details (school, subjects)</source>
        <translation>Caller gave the registration&apos;s details (school, subjects)</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>registered, no subject booked</source>
        <translation>registered, no subject booked</translation>
    </message>
    <message>
        <source>subjects booked, not all paid</source>
        <translation>subjects booked, not all paid</translation>
    </message>
    <message>
        <source>subjects paid</source>
        <translation>subjects paid</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <source>payment pending</source>
        <translation>payment pending</translation>
    </message>
    <message>
        <source>The caller can change the email themselves</source>
        <translation>The caller can change the email themselves</translation>
    </message>
    <message>
        <source>Never bound: nothing to move</source>
        <translation>Never bound: nothing to move</translation>
    </message>
    <message>
        <source>Bound and unreachable: file a rebinding request</source>
        <translation>Bound and unreachable: file a rebinding request</translation>
    </message>
    <message>
        <source>If the caller still knows the passport password, they sign in and change the login email themselves (account settings, change email). No request is needed.</source>
        <translation>If the caller still knows the passport password, they sign in and change the login email themselves (account settings, change email). No request is needed.</translation>
    </message>
    <message>
        <source>The registration was never bound to a passport account. The caller registers a new passport account and binds the registration with it; there is nothing to move.</source>
        <translation>The registration was never bound to a passport account. The caller registers a new passport account and binds the registration with it; there is nothing to move.</translation>
    </message>
    <message>
        <source>The registration is bound to a passport account the caller can no longer reach. Ask them to register a new passport account, take its passport ID and email, verify their identity and file a rebinding request; a supervisor approves it and it takes effect in the evening.</source>
        <translation>The registration is bound to a passport account the caller can no longer reach. Ask them to register a new passport account, take its passport ID and email, verify their identity and file a rebinding request; a supervisor approves it and it takes effect in the evening.</translation>
    </message>
</context>
<context>
    <name>cet::CsvReader</name>
    <message>
        <source>The text encoding %1 is not available in this build of CET Desk. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>The text encoding %1 is not available in this build of CET Desk. Save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2</source>
        <translation>&quot;%1&quot;, line %2</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>the file could not be read.</translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1 characters. Perhaps a quotation mark (&quot;) is missing, or this is not a table.</source>
        <translation>the record that starts here is longer than %1 characters. Perhaps a quotation mark (&quot;) is missing, or this is not a table.</translation>
    </message>
    <message>
        <source>a quoted field is not closed; a quotation mark (&quot;) is missing.</source>
        <translation>a quoted field is not closed; a quotation mark (&quot;) is missing.</translation>
    </message>
    <message>
        <source>text follows the closing quotation mark of a field. Put the whole field in quotation marks and double the quotation marks inside it (&quot;&quot;).</source>
        <translation>text follows the closing quotation mark of a field. Put the whole field in quotation marks and double the quotation marks inside it (&quot;&quot;).</translation>
    </message>
    <message>
        <source>field %1 has %2 characters; a cell may have at most %3.</source>
        <translation>field %1 has %2 characters; a cell may have at most %3.</translation>
    </message>
    <message>
        <source>the record has more than %1 fields, more than a spreadsheet can hold. Check the separator.</source>
        <translation>the record has more than %1 fields, more than a spreadsheet can hold. Check the separator.</translation>
    </message>
    <message>
        <source>the file has more than %1 records, more than CET Desk imports at once. Split the file.</source>
        <translation>the file has more than %1 records, more than CET Desk imports at once. Split the file.</translation>
    </message>
    <message>
        <source>the file has bytes that are not %1 text. Choose the file&apos;s encoding (for example GBK or UTF-8) and try again.</source>
        <translation>the file has bytes that are not %1 text. Choose the file&apos;s encoding (for example GBK or UTF-8) and try again.</translation>
    </message>
</context>
<context>
    <name>cet::CustomerServicePage</name>
    <message>
        <source>Customer Service</source>
        <translation>Customer Service</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3, at %4.</source>
        <translation>Signed in as %1 (%2), %3, at %4.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>As a customer service supervisor you approve or refuse the rebinding requests that agents file (never one of your own), and you can look up accounts as agents do.</source>
        <translation>As a customer service supervisor you approve or refuse the rebinding requests that agents file (never one of your own), and you can look up accounts as agents do.</translation>
    </message>
    <message>
        <source>Your role works online only: this desktop keeps no school roster for you and does not sync one.</source>
        <translation>Your role works online only: this desktop keeps no school roster for you and does not sync one.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>Approved &amp;today</source>
        <translation>Approved &amp;today</translation>
    </message>
    <message>
        <source>Account &amp;lookup</source>
        <translation>Account &amp;lookup</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;My requests</translation>
    </message>
    <message>
        <source>As a customer service agent you look up candidates&apos; accounts across schools and file a rebinding request when a candidate can no longer reach the passport account their registration is bound to (a lost mailbox, a forgotten password).</source>
        <translation>As a customer service agent you look up candidates&apos; accounts across schools and file a rebinding request when a candidate can no longer reach the passport account their registration is bound to (a lost mailbox, a forgotten password).</translation>
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
    <name>cet::EvidenceCache</name>
    <message>
        <source>The evidence file arrived damaged (its checksum does not match).</source>
        <translation>The evidence file arrived damaged (its checksum does not match).</translation>
    </message>
    <message>
        <source>Can not create the folder %1.</source>
        <translation>Can not create the folder %1.</translation>
    </message>
    <message>
        <source>Can not save the evidence file: %1</source>
        <translation>Can not save the evidence file: %1</translation>
    </message>
</context>
<context>
    <name>cet::EvidenceFetchJob</name>
    <message>
        <source>Evidence file %1 is not the file this review names; sync and try again.</source>
        <translation>Evidence file %1 is not the file this review names; sync and try again.</translation>
    </message>
    <message>
        <source>Fetching evidence file %1…</source>
        <translation>Fetching evidence file %1…</translation>
    </message>
</context>
<context>
    <name>cet::EvidenceViewer</name>
    <message>
        <source>Previous file</source>
        <translation>Previous file</translation>
    </message>
    <message>
        <source>Next file (E)</source>
        <translation>Next file (E)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Fit to the window</translation>
    </message>
    <message>
        <source>Open with another program</source>
        <translation>Open with another program</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>No evidence uploaded.</source>
        <translation>No evidence uploaded.</translation>
    </message>
    <message>
        <source>Fetching file %1 from the server…</source>
        <translation>Fetching file %1 from the server…</translation>
    </message>
    <message>
        <source>Stopped. File %1 was not fetched.</source>
        <translation>Stopped. File %1 was not fetched.</translation>
    </message>
    <message>
        <source>File %1 is not on this computer yet and the server can not be reached: %2</source>
        <translation>File %1 is not on this computer yet and the server can not be reached: %2</translation>
    </message>
    <message>
        <source>File %1 could not be fetched: %2</source>
        <translation>File %1 could not be fetched: %2</translation>
    </message>
    <message>
        <source>File %1 is not a PDF that can be shown.</source>
        <translation>File %1 is not a PDF that can be shown.</translation>
    </message>
    <message>
        <source>This build of CET Desk shows no PDF files: open file %1 with another program.</source>
        <translation>This build of CET Desk shows no PDF files: open file %1 with another program.</translation>
    </message>
    <message>
        <source>File %1 is not an image that can be shown.</source>
        <translation>File %1 is not an image that can be shown.</translation>
    </message>
    <message>
        <source>Evidence %1 of %2 · %3 · %4</source>
        <translation>Evidence %1 of %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>File 1 is not on this computer yet: press E or Fetch to download it.</source>
        <translation>File 1 is not on this computer yet: press E or Fetch to download it.</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
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
    <name>cet::ExportJob</name>
    <message>
        <source>Exporting students to %1…</source>
        <translation>Exporting students to %1…</translation>
    </message>
</context>
<context>
    <name>cet::FileReviewDialog</name>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Pass</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>File a CET6 review</source>
        <translation>File a CET6 review</translation>
    </message>
    <message>
        <source>For a student whose CET4 score is from before 2005, or who forgot the admission ticket: read the score from the proof the student brought, then decide.</source>
        <translation>For a student whose CET4 score is from before 2005, or who forgot the admission ticket: read the score from the proof the student brought, then decide.</translation>
    </message>
    <message>
        <source>Name or ID number of the student</source>
        <translation>Name or ID number of the student</translation>
    </message>
    <message>
        <source>as on the score record (empty: as in the roster)</source>
        <translation>as on the score record (empty: as in the roster)</translation>
    </message>
    <message>
        <source>empty when forgotten</source>
        <translation>empty when forgotten</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1 (month)</translation>
    </message>
    <message>
        <source>Reason (needed to fail)</source>
        <translation>Reason (needed to fail)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Student:</translation>
    </message>
    <message>
        <source>&amp;Name on the score:</source>
        <translation>&amp;Name on the score:</translation>
    </message>
    <message>
        <source>CET4 &amp;ticket:</source>
        <translation>CET4 &amp;ticket:</translation>
    </message>
    <message>
        <source>T&amp;otal score:</source>
        <translation>T&amp;otal score:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Find the student and pick them in the list.</source>
        <translation>Find the student and pick them in the list.</translation>
    </message>
    <message>
        <source>Give the reason for failing the review.</source>
        <translation>Give the reason for failing the review.</translation>
    </message>
    <message>
        <source>CET4 &amp;exam:</source>
        <translation>CET4 &amp;exam:</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF, at most 5 MB (optional)</source>
        <translation>JPEG, PNG or PDF, at most 5 MB (optional)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Scan of the proof</source>
        <translation>Scan of the proof</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Scan of the &amp;proof:</source>
        <translation>Scan of the &amp;proof:</translation>
    </message>
    <message>
        <source>The scan is larger than 5 MB: scan it again at a lower resolution.</source>
        <translation>The scan is larger than 5 MB: scan it again at a lower resolution.</translation>
    </message>
    <message>
        <source>The scan can not be read: %1</source>
        <translation>The scan can not be read: %1</translation>
    </message>
</context>
<context>
    <name>cet::FileSignature</name>
    <message>
        <source>Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save it and import it again.</source>
        <translation>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save it and import it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Word document (.doc), not a table.</source>
        <translation>&quot;%1&quot; is an old Word document (.doc), not a table.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the old Excel 97–2003 format (.xls), which CET Desk does not read. %2</source>
        <translation>&quot;%1&quot; is in the old Excel 97–2003 format (.xls), which CET Desk does not read. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PDF document, not a table. Import the spreadsheet the PDF was made from, as .xlsx or CSV.</source>
        <translation>&quot;%1&quot; is a PDF document, not a table. Import the spreadsheet the PDF was made from, as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a picture, not a table.</source>
        <translation>&quot;%1&quot; is a picture, not a table.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a compressed archive (RAR, 7z or gzip). Unpack it and import the table inside.</source>
        <translation>&quot;%1&quot; is a compressed archive (RAR, 7z or gzip). Unpack it and import the table inside.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web page (HTML) saved with a spreadsheet name. %2</source>
        <translation>&quot;%1&quot; is a web page (HTML) saved with a spreadsheet name. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an XML Spreadsheet 2003 file. %2</source>
        <translation>&quot;%1&quot; is an XML Spreadsheet 2003 file. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an XML file, not a table. %2</source>
        <translation>&quot;%1&quot; is an XML file, not a table. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Word document, not a table. Copy the table into Excel or WPS and save it as .xlsx.</source>
        <translation>&quot;%1&quot; is a Word document, not a table. Copy the table into Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PowerPoint presentation, not a table.</source>
        <translation>&quot;%1&quot; is a PowerPoint presentation, not a table.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an OpenDocument file (.ods). Open it in LibreOffice or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>&quot;%1&quot; is an OpenDocument file (.ods). Open it in LibreOffice or WPS and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ZIP archive, not an Excel workbook. If it holds the table, unpack it and import the table.</source>
        <translation>&quot;%1&quot; is a ZIP archive, not an Excel workbook. If it holds the table, unpack it and import the table.</translation>
    </message>
</context>
<context>
    <name>cet::FolderPhotoSource</name>
    <message>
        <source>The folder %1 can not be read. Check that you may open it.</source>
        <translation>The folder %1 can not be read. Check that you may open it.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files. Choose the folder of photos itself, or split it into several folders.</source>
        <translation>The folder %1 holds more than %2 files. Choose the folder of photos itself, or split it into several folders.</translation>
    </message>
    <message>
        <source>%1 can not be read: %2</source>
        <translation>%1 can not be read: %2</translation>
    </message>
</context>
<context>
    <name>cet::IdDocument</name>
    <message numerus="yes">
        <source>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</source>
        <translation>
            <numerusform>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</numerusform>
            <numerusform>The ID number must have 18 characters: 17 digits and a check digit or X (it has %n character(s)).</numerusform>
        </translation>
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
    <name>cet::ImportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import the students of an Excel or CSV file (Ctrl+I); you can also drop the file here</source>
        <translation>Import the students of an Excel or CSV file (Ctrl+I); you can also drop the file here</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import &amp;History…</translation>
    </message>
    <message>
        <source>See past imports and undo one</source>
        <translation>See past imports and undo one</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>Save Import &amp;Template…</translation>
    </message>
    <message>
        <source>Save a blank Excel file with every column the import reads</source>
        <translation>Save a blank Excel file with every column the import reads</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <source>student import template.xlsx</source>
        <translation>student import template.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The import template was saved to %1.</source>
        <translation>The import template was saved to %1.</translation>
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
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, GBK (GB18030), UTF-16LE or UTF-16BE.</source>
        <translation>Unknown encoding &quot;%1&quot;. Use UTF-8, GBK (GB18030), UTF-16LE or UTF-16BE.</translation>
    </message>
    <message>
        <source>Unknown separator &quot;%1&quot;. Use &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;.</source>
        <translation>Unknown separator &quot;%1&quot;. Use &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>--sheet applies to XLSX files only; &quot;%1&quot; is a text file.</source>
        <translation>--sheet applies to XLSX files only; &quot;%1&quot; is a text file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet %2. Its sheets are: %3 (give a number from 1 to %4 or a name).</source>
        <translation>&quot;%1&quot; has no sheet %2. Its sheets are: %3 (give a number from 1 to %4 or a name).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a student file: none of its first rows names at least two student columns (姓名, 证件号码, 学号, …).</source>
        <translation>&quot;%1&quot; is not a student file: none of its first rows names at least two student columns (姓名, 证件号码, 学号, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete student file (header on line %2):</source>
        <translation>&quot;%1&quot; is not a complete student file (header on line %2):</translation>
    </message>
    <message>
        <source>If the file has the column under another header, name it with --map FIELD=COLUMN (COLUMN: the header, the column number or the column letter), for example --map %1=%2.</source>
        <translation>If the file has the column under another header, name it with --map FIELD=COLUMN (COLUMN: the header, the column number or the column letter), for example --map %1=%2.</translation>
    </message>
    <message>
        <source>Checking every row of &quot;%1&quot;…</source>
        <translation>Checking every row of &quot;%1&quot;…</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommitJob</name>
    <message>
        <source>Importing &quot;%1&quot; into the database…</source>
        <translation>Importing &quot;%1&quot; into the database…</translation>
    </message>
</context>
<context>
    <name>cet::ImportCommitPage</name>
    <message>
        <source>Everything is written in one step: if you stop now (or the computer is switched off), the database stays exactly as it was before the import.</source>
        <translation>Everything is written in one step: if you stop now (or the computer is switched off), the database stays exactly as it was before the import.</translation>
    </message>
</context>
<context>
    <name>cet::ImportDialogs</name>
    <message>
        <source>Student lists (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Student lists (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV or TSV text (*.csv *.tsv *.txt)</source>
        <translation>CSV or TSV text (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import Students</source>
        <translation>Import Students</translation>
    </message>
</context>
<context>
    <name>cet::ImportFilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Choose or drop the student list (.xlsx, .csv, .tsv)</source>
        <translation>Choose or drop the student list (.xlsx, .csv, .tsv)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx) and CSV or TSV text in any common encoding (UTF-8, GBK, UTF-16) can be read. You can also drop the file onto this window.</source>
        <translation>Excel workbooks (.xlsx) and CSV or TSV text in any common encoding (UTF-8, GBK, UTF-16) can be read. You can also drop the file onto this window.</translation>
    </message>
    <message>
        <source>What was detected (change anything that is wrong)</source>
        <translation>What was detected (change anything that is wrong)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030 (GBK, GB2312)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Preview of the first %n rows, numbered as in the file; the header row is highlighted:</source>
        <translation>
            <numerusform>&amp;Preview of the first %n row, numbered as in the file; the header row is highlighted:</numerusform>
            <numerusform>&amp;Preview of the first %n rows, numbered as in the file; the header row is highlighted:</numerusform>
        </translation>
    </message>
    <message>
        <source>No header row was found in the first rows of &quot;%1&quot;: none of them names at least two student fields (such as 姓名 and 证件号码). Set &quot;Header row&quot; to the row that holds the column names, or check that this is the student list.</source>
        <translation>No header row was found in the first rows of &quot;%1&quot;: none of them names at least two student fields (such as 姓名 and 证件号码). Set &quot;Header row&quot; to the row that holds the column names, or check that this is the student list.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Drop the student list here, or press Browse to choose it.</source>
        <translation>Drop the student list here, or press Browse to choose it.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detected)</translation>
    </message>
    <message>
        <source>(text files have no sheets)</source>
        <translation>(text files have no sheets)</translation>
    </message>
    <message>
        <source>not found: choose the row</source>
        <translation>not found: choose the row</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>chosen by you</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>The encoding was guessed from the content. If names in the preview look garbled, choose another encoding.</source>
        <translation>The encoding was guessed from the content. If names in the preview look garbled, choose another encoding.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook &quot;%1&quot;, sheet &quot;%2&quot; (%3 of %n)</source>
        <translation>
            <numerusform>Excel workbook &quot;%1&quot;, sheet &quot;%2&quot; (%3 of %n)</numerusform>
            <numerusform>Excel workbook &quot;%1&quot;, sheet &quot;%2&quot; (%3 of %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with byte order mark</source>
        <translation>%1 with byte order mark</translation>
    </message>
    <message>
        <source>Text file &quot;%1&quot;: %2, columns separated by %3</source>
        <translation>Text file &quot;%1&quot;: %2, columns separated by %3</translation>
    </message>
</context>
<context>
    <name>cet::ImportHistoryCommand</name>
    <message>
        <source>%1  %2  %3  %4: %5 new, %6 changed, %7 unchanged, %8 rejected, %9 deleted</source>
        <translation>%1  %2  %3  %4: %5 new, %6 changed, %7 unchanged, %8 rejected, %9 deleted</translation>
    </message>
    <message>
        <source>(undone by %1 on %2)</source>
        <translation>(undone by %1 on %2)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import number; &quot;cetdesk-cli import-history&quot; lists them.</source>
        <translation>&quot;%1&quot; is not an import number; &quot;cetdesk-cli import-history&quot; lists them.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Import %1 was undone.</translation>
    </message>
    <message>
        <source>The import template was written to %1.</source>
        <translation>The import template was written to %1.</translation>
    </message>
</context>
<context>
    <name>cet::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Import History</translation>
    </message>
    <message>
        <source>Every import is recorded. An import can be undone as long as none of its records was edited since and no later import changed them.</source>
        <translation>Every import is recorded. An import can be undone as long as none of its records was edited since and no later import changed them.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Undo Import…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Undone %1 by %2</source>
        <translation>Undone %1 by %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Undo the import of &quot;%1&quot; from %2? The %3 student(s) it added are removed and the %4 it changed get their earlier data back.</source>
        <translation>Undo the import of &quot;%1&quot; from %2? The %3 student(s) it added are removed and the %4 it changed get their earlier data back.</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; was undone.</source>
        <translation>The import of &quot;%1&quot; was undone.</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; could not be undone: %2</source>
        <translation>The import of &quot;%1&quot; could not be undone: %2</translation>
    </message>
</context>
<context>
    <name>cet::ImportMapping</name>
    <message>
        <source>&quot;--map %1&quot; is not of the form FIELD=COLUMN (for example --map program_years=Years).</source>
        <translation>&quot;--map %1&quot; is not of the form FIELD=COLUMN (for example --map program_years=Years).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;--map %2&quot; is not a field. The fields are: %3.</source>
        <translation>&quot;%1&quot; in &quot;--map %2&quot; is not a field. The fields are: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;--map %2&quot; is not a column of the file. Give a header of the file (%3), a column number from 1 to %4 or a column letter from A to %5.</source>
        <translation>&quot;%1&quot; in &quot;--map %2&quot; is not a column of the file. Give a header of the file (%3), a column number from 1 to %4 or a column letter from A to %5.</translation>
    </message>
    <message>
        <source>--map names the field %1 twice (&quot;%2&quot; and &quot;%3&quot;). Give each field once.</source>
        <translation>--map names the field %1 twice (&quot;%2&quot; and &quot;%3&quot;). Give each field once.</translation>
    </message>
</context>
<context>
    <name>cet::ImportMappingPage</name>
    <message>
        <source>Choose for each column of the file which field it holds. Fields marked * are required; columns set to &quot;Ignore&quot; are not imported.</source>
        <translation>Choose for each column of the file which field it holds. Fields marked * are required; columns set to &quot;Ignore&quot; are not imported.</translation>
    </message>
    <message>
        <source>This mapping came from the last import of a file with the same columns. Check it, then continue.</source>
        <translation>This mapping came from the last import of a file with the same columns. Check it, then continue.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Imports into</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation>Field for column %1 (%2)</translation>
    </message>
    <message>
        <source>The file has no header row to map.</source>
        <translation>The file has no header row to map.</translation>
    </message>
    <message>
        <source>Choose below the column that holds each of them. If the file has no such column, add it to the file and choose the file again.</source>
        <translation>Choose below the column that holds each of them. If the file has no such column, add it to the file and choose the file again.</translation>
    </message>
</context>
<context>
    <name>cet::ImportMessageBar</name>
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
    <name>cet::ImportOutputFile</name>
    <message>
        <source>Could not write &quot;%1&quot;. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Could not write &quot;%1&quot;. Check that the folder exists, that you may write there and that the file is not open in another program.</translation>
    </message>
</context>
<context>
    <name>cet::ImportPlanPage</name>
    <message>
        <source>new students</source>
        <translation>new students</translation>
    </message>
    <message>
        <source>Rows whose student is not in the database yet</source>
        <translation>Rows whose student is not in the database yet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Students already in the database whose data differs</source>
        <translation>Students already in the database whose data differs</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Students already in the database with the same data</source>
        <translation>Students already in the database with the same data</translation>
    </message>
    <message>
        <source>in the database, not in the file</source>
        <translation>in the database, not in the file</translation>
    </message>
    <message>
        <source>Kept unless you choose to delete them below</source>
        <translation>Kept unless you choose to delete them below</translation>
    </message>
    <message>
        <source>rows with errors</source>
        <translation>rows with errors</translation>
    </message>
    <message>
        <source>Left out of the import</source>
        <translation>Left out of the import</translation>
    </message>
    <message>
        <source>Student / field</source>
        <translation>Student / field</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Now in the database</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>After the import</translation>
    </message>
    <message>
        <source>Show &amp;more changed rows</source>
        <translation>Show &amp;more changed rows</translation>
    </message>
    <message>
        <source>Show m&amp;ore records</source>
        <translation>Show m&amp;ore records</translation>
    </message>
    <message>
        <source>When some rows have errors</source>
        <translation>When some rows have errors</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;All or nothing: import only if every row is valid</translation>
    </message>
    <message>
        <source>&amp;Changed rows (%1)</source>
        <translation>&amp;Changed rows (%1)</translation>
    </message>
    <message>
        <source>&amp;Not in the file (%1)</source>
        <translation>&amp;Not in the file (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;delete the %n student record(s) that are in the database but not in this file</source>
        <translation>
            <numerusform>Also &amp;delete the %n student record that is in the database but not in this file</numerusform>
            <numerusform>Also &amp;delete the %n student records that are in the database but not in this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid rows and leave out the %n row(s) with errors</source>
        <translation>
            <numerusform>Import the &amp;valid rows and leave out the %n row with errors</numerusform>
            <numerusform>Import the &amp;valid rows and leave out the %n rows with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Import the &amp;valid rows</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Row %1 · %2</translation>
    </message>
    <message>
        <source>Delete Student Records</source>
        <translation>Delete Student Records</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n student record(s) that are in the database but not in &quot;%1&quot;?

Check the list under &quot;Not in the file&quot; first. The deletion is part of this import and can be undone with it.</source>
        <translation>
            <numerusform>Delete the %n student record that is in the database but not in &quot;%1&quot;?

Check the list under &quot;Not in the file&quot; first. The deletion is part of this import and can be undone with it.</numerusform>
            <numerusform>Delete the %n student records that are in the database but not in &quot;%1&quot;?

Check the list under &quot;Not in the file&quot; first. The deletion is part of this import and can be undone with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With &quot;all or nothing&quot;, nothing would be imported: %n row(s) have errors. Fix them in the file and choose it again, or import the valid rows.</source>
        <translation>
            <numerusform>With &quot;all or nothing&quot;, nothing would be imported: %n row has errors. Fix it in the file and choose the file again, or import the valid rows.</numerusform>
            <numerusform>With &quot;all or nothing&quot;, nothing would be imported: %n rows have errors. Fix them in the file and choose it again, or import the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every valid row is already in the database with the same data.</source>
        <translation>Nothing to import: every valid row is already in the database with the same data.</translation>
    </message>
    <message numerus="yes">
        <source>The import will add %n new student(s)</source>
        <translation>
            <numerusform>The import will add %n new student</numerusform>
            <numerusform>The import will add %n new students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update %n</source>
        <translation>
            <numerusform>update %n</numerusform>
            <numerusform>update %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n</source>
        <translation>
            <numerusform>delete %n</numerusform>
            <numerusform>delete %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>. Press Import to write it to the database in one step.</source>
        <translation>. Press Import to write it to the database in one step.</translation>
    </message>
</context>
<context>
    <name>cet::ImportReport</name>
    <message numerus="yes">
        <source>%n row(s) had full-width characters in the ID number, a code or the student number; converted to half-width.</source>
        <translation>
            <numerusform>%n row had full-width characters in the ID number, a code or the student number; converted to half-width.</numerusform>
            <numerusform>%n rows had full-width characters in the ID number, a code or the student number; converted to half-width.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had spaces inside the ID number, a code or the student number; removed.</source>
        <translation>
            <numerusform>%n row had spaces inside the ID number, a code or the student number; removed.</numerusform>
            <numerusform>%n rows had spaces inside the ID number, a code or the student number; removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ID number(s) had a lower-case x (or other lower-case letters); changed to upper case.</source>
        <translation>
            <numerusform>%n ID number had a lower-case x (or other lower-case letters); changed to upper case.</numerusform>
            <numerusform>%n ID numbers had a lower-case x (or other lower-case letters); changed to upper case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had numbers written with a fraction such as &quot;2024.0&quot; (student number, program years, enrolment year, grade or a code); the &quot;.0&quot; was removed.</source>
        <translation>
            <numerusform>%n row had numbers written with a fraction such as &quot;2024.0&quot; (student number, program years, enrolment year, grade or a code); the &quot;.0&quot; was removed.</numerusform>
            <numerusform>%n rows had numbers written with a fraction such as &quot;2024.0&quot; (student number, program years, enrolment year, grade or a code); the &quot;.0&quot; was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no gender; it was taken from the ID number.</source>
        <translation>
            <numerusform>%n row had no gender; it was taken from the ID number.</numerusform>
            <numerusform>%n rows had no gender; it was taken from the ID number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no ID type; it was set to resident identity card because the ID number is a valid resident ID number.</source>
        <translation>
            <numerusform>%n row had no ID type; it was set to resident identity card because the ID number is a valid resident ID number.</numerusform>
            <numerusform>%n rows had no ID type; it was set to resident identity card because the ID number is a valid resident ID number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Required value missing</translation>
    </message>
    <message>
        <source>Fill in the empty cells: name, ID type, ID number, school code, campus code, education, program years, enrolment year and grade are required (gender too, unless the ID number is an 18-character resident ID number).</source>
        <translation>Fill in the empty cells: name, ID type, ID number, school code, campus code, education, program years, enrolment year and grade are required (gender too, unless the ID number is an 18-character resident ID number).</translation>
    </message>
    <message>
        <source>School code is not 5 digits</source>
        <translation>School code is not 5 digits</translation>
    </message>
    <message>
        <source>Enter the 5-digit school code, e.g. 99101, and format the column as text so that leading zeros are kept.</source>
        <translation>Enter the 5-digit school code, e.g. 99101, and format the column as text so that leading zeros are kept.</translation>
    </message>
    <message>
        <source>Campus code is not 6 digits</source>
        <translation>Campus code is not 6 digits</translation>
    </message>
    <message>
        <source>Enter the 6-digit campus code: the school code followed by one digit, e.g. 991010.</source>
        <translation>Enter the 6-digit campus code: the school code followed by one digit, e.g. 991010.</translation>
    </message>
    <message>
        <source>Campus does not belong to the school</source>
        <translation>Campus does not belong to the school</translation>
    </message>
    <message>
        <source>The campus code must start with the school code: check both columns.</source>
        <translation>The campus code must start with the school code: check both columns.</translation>
    </message>
    <message>
        <source>Program length out of range</source>
        <translation>Program length out of range</translation>
    </message>
    <message>
        <source>Enter the program length in years, from 1 to 8.</source>
        <translation>Enter the program length in years, from 1 to 8.</translation>
    </message>
    <message>
        <source>Enrolment year out of range</source>
        <translation>Enrolment year out of range</translation>
    </message>
    <message>
        <source>Enter the year the student enrolled, e.g. 2024.</source>
        <translation>Enter the year the student enrolled, e.g. 2024.</translation>
    </message>
    <message>
        <source>Gender does not match the ID number</source>
        <translation>Gender does not match the ID number</translation>
    </message>
    <message>
        <source>Check the gender and the ID number: the 17th character of an ID number is odd for men and even for women.</source>
        <translation>Check the gender and the ID number: the 17th character of an ID number is odd for men and even for women.</translation>
    </message>
    <message>
        <source>Unknown gender</source>
        <translation>Unknown gender</translation>
    </message>
    <message>
        <source>Write 男 or 女.</source>
        <translation>Write 男 or 女.</translation>
    </message>
    <message>
        <source>Unknown education level</source>
        <translation>Unknown education level</translation>
    </message>
    <message>
        <source>Write 专科, 本科, 硕士研究生 or 博士研究生.</source>
        <translation>Write 专科, 本科, 硕士研究生 or 博士研究生.</translation>
    </message>
    <message>
        <source>Unknown ID type</source>
        <translation>Unknown ID type</translation>
    </message>
    <message>
        <source>Write the ID type as the import template lists it, e.g. 中华人民共和国居民身份证 or 护照.</source>
        <translation>Write the ID type as the import template lists it, e.g. 中华人民共和国居民身份证 or 护照.</translation>
    </message>
    <message>
        <source>ID type not accepted for CET</source>
        <translation>ID type not accepted for CET</translation>
    </message>
    <message>
        <source>Only the eight ID types of CET registration are accepted (military and police cards are not): register the student with their resident identity card or another accepted ID.</source>
        <translation>Only the eight ID types of CET registration are accepted (military and police cards are not): register the student with their resident identity card or another accepted ID.</translation>
    </message>
    <message>
        <source>ID number missing</source>
        <translation>ID number missing</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>ID number lost digits (stored as a number)</source>
        <translation>ID number lost digits (stored as a number)</translation>
    </message>
    <message>
        <source>The spreadsheet stored the ID numbers as numbers and lost their last digits. Format the ID number column as text, enter the full numbers again and import the file again.</source>
        <translation>The spreadsheet stored the ID numbers as numbers and lost their last digits. Format the ID number column as text, enter the full numbers again and import the file again.</translation>
    </message>
    <message>
        <source>ID number has the wrong format</source>
        <translation>ID number has the wrong format</translation>
    </message>
    <message>
        <source>Check the length and the characters of the ID number for its ID type, e.g. 17 digits and a digit or X for a resident identity card.</source>
        <translation>Check the length and the characters of the ID number for its ID type, e.g. 17 digits and a digit or X for a resident identity card.</translation>
    </message>
    <message>
        <source>ID number has an unknown region</source>
        <translation>ID number has an unknown region</translation>
    </message>
    <message>
        <source>Compare the first digits of the ID number with the ID document.</source>
        <translation>Compare the first digits of the ID number with the ID document.</translation>
    </message>
    <message>
        <source>ID number has an impossible birth date</source>
        <translation>ID number has an impossible birth date</translation>
    </message>
    <message>
        <source>Compare characters 7 to 14 of the ID number (the birth date) with the ID document.</source>
        <translation>Compare characters 7 to 14 of the ID number (the birth date) with the ID document.</translation>
    </message>
    <message>
        <source>ID number check character is wrong</source>
        <translation>ID number check character is wrong</translation>
    </message>
    <message>
        <source>The number has a typing error: compare it character by character with the ID document.</source>
        <translation>The number has a typing error: compare it character by character with the ID document.</translation>
    </message>
    <message>
        <source>ID number stored as a number</source>
        <translation>ID number stored as a number</translation>
    </message>
    <message>
        <source>The numbers are still complete, but format the ID number column as text so that no digits are lost the next time the file is saved.</source>
        <translation>The numbers are still complete, but format the ID number column as text so that no digits are lost the next time the file is saved.</translation>
    </message>
    <message>
        <source>Student number stored as a number</source>
        <translation>Student number stored as a number</translation>
    </message>
    <message>
        <source>Check that no leading zeros were lost, and format the student number column as text.</source>
        <translation>Check that no leading zeros were lost, and format the student number column as text.</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>Not a whole number</translation>
    </message>
    <message>
        <source>Write the program length as a number of years (e.g. 4) and the enrolment year as a year (e.g. 2024).</source>
        <translation>Write the program length as a number of years (e.g. 4) and the enrolment year as a year (e.g. 2024).</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Value too long</translation>
    </message>
    <message>
        <source>Shorten the value: a field has at most 200 characters, the note at most 2000. A very long cell often means that columns were shifted or merged.</source>
        <translation>Shorten the value: a field has at most 200 characters, the note at most 2000. A very long cell often means that columns were shifted or merged.</translation>
    </message>
    <message>
        <source>Same student twice in the file</source>
        <translation>Same student twice in the file</translation>
    </message>
    <message>
        <source>Keep one row per student (same ID type and ID number): the first row is imported, the others are rejected.</source>
        <translation>Keep one row per student (same ID type and ID number): the first row is imported, the others are rejected.</translation>
    </message>
    <message>
        <source>Student number used twice in the file</source>
        <translation>Student number used twice in the file</translation>
    </message>
    <message>
        <source>Two different students have the same student number: check which one is right.</source>
        <translation>Two different students have the same student number: check which one is right.</translation>
    </message>
    <message>
        <source>Student number already belongs to another student</source>
        <translation>Student number already belongs to another student</translation>
    </message>
    <message>
        <source>A different student in the database has this student number: check which one is right.</source>
        <translation>A different student in the database has this student number: check which one is right.</translation>
    </message>
</context>
<context>
    <name>cet::ImportReportPage</name>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Save &amp;Report…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook, to pass it on or fix the file</source>
        <translation>Save this report as an Excel workbook, to pass it on or fix the file</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Where in the file</translation>
    </message>
    <message>
        <source>Checking every row of &quot;%1&quot;…</source>
        <translation>Checking every row of &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Nothing is written to the database in this step.</source>
        <translation>Nothing is written to the database in this step.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>The check was stopped.</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>The file could not be checked.</translation>
    </message>
    <message>
        <source>Go back and press Next to check it again.</source>
        <translation>Go back and press Next to check it again.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Save Import Report</translation>
    </message>
    <message>
        <source>%1 - import report.xlsx</source>
        <translation>%1 - import report.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>The report was saved to %1.</translation>
    </message>
    <message>
        <source>%1 student rows were read from &quot;%2&quot;: %3 can be imported, %4 have errors and will be left out.</source>
        <translation>%1 student rows were read from &quot;%2&quot;: %3 can be imported, %4 have errors and will be left out.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank, totals or repeated header row(s) were skipped.</source>
        <translation>
            <numerusform>%n blank, totals or repeated header row was skipped.</numerusform>
            <numerusform>%n blank, totals or repeated header rows were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>No problems were found.</translation>
    </message>
    <message>
        <source>Corrected automatically: %1</source>
        <translation>Corrected automatically: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>Errors: %n row(s) will not be imported</source>
        <translation>
            <numerusform>Errors: %n row will not be imported</numerusform>
            <numerusform>Errors: %n rows will not be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: these rows are imported as they are; check them</source>
        <translation>Warnings: these rows are imported as they are; check them</translation>
    </message>
    <message>
        <source>No errors and no warnings</source>
        <translation>No errors and no warnings</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the rejected rows after the import to see them all.</source>
        <translation>Export the rejected rows after the import to see them all.</translation>
    </message>
    <message>
        <source>Select a problem to see what it means and how to fix it, or a row to see its values.</source>
        <translation>Select a problem to see what it means and how to fix it, or a row to see its values.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>How to fix: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Expand the problem to see each row.</source>
        <translation>Expand the problem to see each row.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>In the file: &quot;%1&quot;</source>
        <translation>In the file: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>Row %1 of the file</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>In the database</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This row (%1)</source>
        <translation>This row (%1)</translation>
    </message>
    <message>
        <source>Value as imported</source>
        <translation>Value as imported</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cet::ImportReportWriter</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Text, %1, separator %2</source>
        <translation>Text, %1, separator %2</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>… (%1 more)</translation>
    </message>
    <message>
        <source>Writing the report was cancelled; no file was written.</source>
        <translation>Writing the report was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>In the database but not in the file</source>
        <translation>In the database but not in the file</translation>
    </message>
    <message>
        <source>Skipped rows (blank, totals, notes)</source>
        <translation>Skipped rows (blank, totals, notes)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Suggested fix</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Corrected automatically</source>
        <translation>Corrected automatically</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Other row</source>
        <translation>Other row</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Other: %1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) are counted on the summary sheet but not listed here.</source>
        <translation>
            <numerusform>%n more problem is counted on the summary sheet but not listed here.</numerusform>
            <numerusform>%n more problems are counted on the summary sheet but not listed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more pair(s) are not listed.</source>
        <translation>
            <numerusform>%n more pair is not listed.</numerusform>
            <numerusform>%n more pairs are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::ImportSummary</name>
    <message>
        <source>XLSX, sheet %1 &quot;%2&quot;</source>
        <translation>XLSX, sheet %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>text, %1, separator %2</source>
        <translation>text, %1, separator %2</translation>
    </message>
    <message>
        <source>Errors (these rows are rejected):</source>
        <translation>Errors (these rows are rejected):</translation>
    </message>
    <message>
        <source>Warnings (these rows are imported):</source>
        <translation>Warnings (these rows are imported):</translation>
    </message>
    <message numerus="yes">
        <source>%1 [%2]: %n row(s), line(s) %3</source>
        <translation>
            <numerusform>%1 [%2]: %n row, line %3</numerusform>
            <numerusform>%1 [%2]: %n rows, lines %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), header on line %3</source>
        <translation>%1 (%2), header on line %3</translation>
    </message>
    <message>
        <source>Imported as batch %1: %2 new, %3 changed, %4 deleted. Undo with &quot;cetdesk-cli import-undo %1&quot;.</source>
        <translation>Imported as batch %1: %2 new, %3 changed, %4 deleted. Undo with &quot;cetdesk-cli import-undo %1&quot;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 new, %2 changed, %3 unchanged, %4 rejected.</source>
        <translation>
            <numerusform>%n row read: %1 new, %2 changed, %3 unchanged, %4 rejected.</numerusform>
            <numerusform>%n rows read: %1 new, %2 changed, %3 unchanged, %4 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (blank, totals, notes or a repeated header).</source>
        <translation>
            <numerusform>%n row skipped (blank, totals, notes or a repeated header).</numerusform>
            <numerusform>%n rows skipped (blank, totals, notes or a repeated header).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the database are not in the file; they are deleted.</source>
        <translation>
            <numerusform>%n student in the database is not in the file; it is deleted.</numerusform>
            <numerusform>%n students in the database are not in the file; they are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the database are not in the file; they are kept (--delete-missing deletes them).</source>
        <translation>
            <numerusform>%n student in the database is not in the file; it is kept (--delete-missing deletes it).</numerusform>
            <numerusform>%n students in the database are not in the file; they are kept (--delete-missing deletes them).</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>an earlier date</translation>
    </message>
    <message>
        <source>Columns: the mapping remembered on %1 for these headers.</source>
        <translation>Columns: the mapping remembered on %1 for these headers.</translation>
    </message>
    <message>
        <source>Columns: the mapping remembered from the import of &quot;%1&quot; (%2), which had the same headers.</source>
        <translation>Columns: the mapping remembered from the import of &quot;%1&quot; (%2), which had the same headers.</translation>
    </message>
    <message>
        <source>Columns: --map %1 = column %2 &quot;%3&quot;.</source>
        <translation>Columns: --map %1 = column %2 &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>cet::ImportSummaryPage</name>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Export rejected rows…</translation>
    </message>
    <message>
        <source>Save the rows with errors, with a column that says what is wrong, to fix them and import them again</source>
        <translation>Save the rows with errors, with a column that says what is wrong, to fix them and import them again</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Undo this import</translation>
    </message>
    <message>
        <source>Remove the students this import added and restore the ones it changed</source>
        <translation>Remove the students this import added and restore the ones it changed</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported.</source>
        <translation>&quot;%1&quot; was imported.</translation>
    </message>
    <message>
        <source>New students added: %1</source>
        <translation>New students added: %1</translation>
    </message>
    <message>
        <source>Students updated: %1</source>
        <translation>Students updated: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Deleted (not in the file): %1</source>
        <translation>Deleted (not in the file): %1</translation>
    </message>
    <message>
        <source>Rows with errors, not imported: %1</source>
        <translation>Rows with errors, not imported: %1</translation>
    </message>
    <message>
        <source>Export the rows with errors, fix them in the file and import that file again.</source>
        <translation>Export the rows with errors, fix them in the file and import that file again.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Export Rejected Rows</translation>
    </message>
    <message>
        <source>%1 - rejected rows.xlsx</source>
        <translation>%1 - rejected rows.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) were saved to %1, with the reasons in the column &quot;%2&quot;. Fix them there and import that file.</source>
        <translation>
            <numerusform>%n rejected row was saved to %1, with the reason in the column &quot;%2&quot;. Fix it there and import that file.</numerusform>
            <numerusform>%n rejected rows were saved to %1, with the reasons in the column &quot;%2&quot;. Fix them there and import that file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Undo the import of &quot;%1&quot;? The %2 student(s) it added are removed and the %3 it changed or deleted get their earlier data back.</source>
        <translation>Undo the import of &quot;%1&quot;? The %2 student(s) it added are removed and the %3 it changed or deleted get their earlier data back.</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; was undone.</source>
        <translation>The import of &quot;%1&quot; was undone.</translation>
    </message>
    <message>
        <source>The database is as it was before the import.</source>
        <translation>The database is as it was before the import.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>The import could not be undone: %1</translation>
    </message>
</context>
<context>
    <name>cet::ImportTemplateWriter</name>
    <message>
        <source>Allowed values</source>
        <translation>Allowed values</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Not in the list</translation>
    </message>
    <message>
        <source>Choose a value from the list (sheet &quot;%1&quot;). The import also accepts common short forms.</source>
        <translation>Choose a value from the list (sheet &quot;%1&quot;). The import also accepts common short forms.</translation>
    </message>
    <message>
        <source>The name as on the ID document.</source>
        <translation>The name as on the ID document.</translation>
    </message>
    <message>
        <source>男 or 女. May stay empty for an 18-digit resident ID number.</source>
        <translation>男 or 女. May stay empty for an 18-digit resident ID number.</translation>
    </message>
    <message>
        <source>Choose from the list. May stay empty when the ID number is a resident ID number.</source>
        <translation>Choose from the list. May stay empty when the ID number is a resident ID number.</translation>
    </message>
    <message>
        <source>This column is formatted as text so that no digit is lost. Paste values only (Paste Special → Values) to keep that format.</source>
        <translation>This column is formatted as text so that no digit is lost. Paste values only (Paste Special → Values) to keep that format.</translation>
    </message>
    <message>
        <source>5 digits.</source>
        <translation>5 digits.</translation>
    </message>
    <message>
        <source>6 digits: the school code and one more digit.</source>
        <translation>6 digits: the school code and one more digit.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>Years of study, for example 4.</source>
        <translation>Years of study, for example 4.</translation>
    </message>
    <message>
        <source>The year, for example 2024.</source>
        <translation>The year, for example 2024.</translation>
    </message>
    <message>
        <source>For example 2024级.</source>
        <translation>For example 2024级.</translation>
    </message>
    <message>
        <source>Formatted as text, so leading zeros stay.</source>
        <translation>Formatted as text, so leading zeros stay.</translation>
    </message>
</context>
<context>
    <name>cet::ImportUiText</name>
    <message>
        <source>, </source>
        <extracomment>Separator between row numbers in a list; zh_CN uses &quot;、&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>rows %1</translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … and %n more</numerusform>
            <numerusform> … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cet::ImportWizard</name>
    <message>
        <source>Import Students</source>
        <translation>Import Students</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The import had already finished when you stopped it. You can undo it here.</source>
        <translation>The import had already finished when you stopped it. You can undo it here.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Choose the student list from the school&apos;s registry. Check the preview: names must read correctly and the highlighted row must hold the column names.</source>
        <translation>Choose the student list from the school&apos;s registry. Check the preview: names must read correctly and the highlighted row must hold the column names.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Check which column of the file holds which field of the student record.</source>
        <translation>Check which column of the file holds which field of the student record.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Row numbers are those of your spreadsheet, the header row included.</source>
        <translation>Every row is checked before anything is written. Row numbers are those of your spreadsheet, the header row included.</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Review the changes</translation>
    </message>
    <message>
        <source>This is what the import will do to the student records in the database.</source>
        <translation>This is what the import will do to the student records in the database.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The changes are written to the database in one transaction.</source>
        <translation>The changes are written to the database in one transaction.</translation>
    </message>
    <message>
        <source>The import is recorded in the import history and can be undone there later.</source>
        <translation>The import is recorded in the import history and can be undone there later.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed in the database.</source>
        <translation>The import was stopped. Nothing was changed in the database.</translation>
    </message>
    <message>
        <source>The file is being checked again against the database as it is now.</source>
        <translation>The file is being checked again against the database as it is now.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>cet::JobProgressWidget</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop this job (Esc); nothing half-done is kept</source>
        <translation>Stop this job (Esc); nothing half-done is kept</translation>
    </message>
</context>
<context>
    <name>cet::JpegHeader</name>
    <message>
        <source>%1 is cut off: the JPEG data ends at byte %2 before the image is complete. Copy or export the photo again.</source>
        <translation>%1 is cut off: the JPEG data ends at byte %2 before the image is complete. Copy or export the photo again.</translation>
    </message>
    <message>
        <source>%1 is a damaged JPEG file (%2). Open it in an image editor and save it again as JPEG.</source>
        <translation>%1 is a damaged JPEG file (%2). Open it in an image editor and save it again as JPEG.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <source>a HEIC image (iPhone photo)</source>
        <translation>a HEIC image (iPhone photo)</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>an AVIF image</translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation>a JPEG 2000 image</translation>
    </message>
    <message>
        <source>a JPEG XL image</source>
        <translation>a JPEG XL image</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a ZIP archive or Office document</source>
        <translation>a ZIP archive or Office document</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 is empty (0 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a JPEG file (its content is not an image CET Desk knows). Save the photo as JPEG (.jpg).</source>
        <translation>%1 is not a JPEG file (its content is not an image CET Desk knows). Save the photo as JPEG (.jpg).</translation>
    </message>
    <message>
        <source>%1 is not a JPEG file: it is %2 with a .jpg name. Open it in an image editor and save it as JPEG (.jpg).</source>
        <translation>%1 is not a JPEG file: it is %2 with a .jpg name. Open it in an image editor and save it as JPEG (.jpg).</translation>
    </message>
    <message>
        <source>no marker at byte %1</source>
        <translation>no marker at byte %1</translation>
    </message>
    <message>
        <source>the end-of-image marker comes before any image data</source>
        <translation>the end-of-image marker comes before any image data</translation>
    </message>
    <message>
        <source>unexpected marker at byte %1</source>
        <translation>unexpected marker at byte %1</translation>
    </message>
    <message>
        <source>invalid segment length at byte %1</source>
        <translation>invalid segment length at byte %1</translation>
    </message>
    <message>
        <source>frame header too short</source>
        <translation>frame header too short</translation>
    </message>
    <message>
        <source>frame header too short for %1 components</source>
        <translation>frame header too short for %1 components</translation>
    </message>
    <message>
        <source>the frame header has no width or no colour components</source>
        <translation>the frame header has no width or no colour components</translation>
    </message>
    <message>
        <source>image data before the frame header</source>
        <translation>image data before the frame header</translation>
    </message>
    <message>
        <source>the frame header has no height</source>
        <translation>the frame header has no height</translation>
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
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Customer Service</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Campuses and Seats</source>
        <translation>Campuses and Seats</translation>
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
    <name>cet::NoticeConflictView</name>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this desktop)</source>
        <translation>&lt;b&gt;Mine&lt;/b&gt; (this desktop)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server)</source>
        <translation>&lt;b&gt;Theirs&lt;/b&gt; (on the server)</translation>
    </message>
    <message>
        <source>another desktop</source>
        <translation>another desktop</translation>
    </message>
    <message>
        <source>This notice was changed here and by %1 at the same time%2. Pick the version that stays; the other is dropped.</source>
        <translation>This notice was changed here and by %1 at the same time%2. Pick the version that stays; the other is dropped.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>cet::NoticeEditor</name>
    <message>
        <source>Title candidates see first</source>
        <translation>Title candidates see first</translation>
    </message>
    <message>
        <source>What candidates of this school or campus should know</source>
        <translation>What candidates of this school or campus should know</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Shown from:</source>
        <translation>Shown from:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Preview (as candidates see it):</source>
        <translation>Preview (as candidates see it):</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>cet::NoticePreview</name>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Shown from %1</source>
        <translation>Shown from %1</translation>
    </message>
</context>
<context>
    <name>cet::NoticeService</name>
    <message>
        <source>The notice needs a title.</source>
        <translation>The notice needs a title.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>The title is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation>The text is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The date from which the notice is shown is not valid.</source>
        <translation>The date from which the notice is shown is not valid.</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server first: notices belong to the school you sign in for.</source>
        <translation>Sign in to your school&apos;s server first: notices belong to the school you sign in for.</translation>
    </message>
    <message>
        <source>%1 is neither your school&apos;s code (%2) nor one of its campuses.</source>
        <translation>%1 is neither your school&apos;s code (%2) nor one of its campuses.</translation>
    </message>
    <message>
        <source>This notice has no conflict to resolve.</source>
        <translation>This notice has no conflict to resolve.</translation>
    </message>
</context>
<context>
    <name>cet::NoticeSyncHandler</name>
    <message>
        <source>Notice %1</source>
        <translation>Notice %1</translation>
    </message>
</context>
<context>
    <name>cet::NoticesCommand</name>
    <message>
        <source>No notices.</source>
        <translation>No notices.</translation>
    </message>
    <message>
        <source>%1  %2  shown from %3  (%4, %5 characters)</source>
        <translation>%1  %2  shown from %3  (%4, %5 characters)</translation>
    </message>
    <message>
        <source>Give either --body or --body-file, not both.</source>
        <translation>Give either --body or --body-file, not both.</translation>
    </message>
    <message>
        <source>Can not read %1: %2</source>
        <translation>Can not read %1: %2</translation>
    </message>
    <message>
        <source>--shown-from takes a date as YYYY-MM-DD.</source>
        <translation>--shown-from takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Notice %1 saved; the next sync sends it.</source>
        <translation>Notice %1 saved; the next sync sends it.</translation>
    </message>
    <message>
        <source>Notice %1 unchanged.</source>
        <translation>Notice %1 unchanged.</translation>
    </message>
    <message>
        <source>
School notices:
  notices list         The notices of this desktop (--json).
  notices set CODE     Set the notice of the school or campus CODE (--title, --body or
                       --body-file, --shown-from YYYY-MM-DD); the next sync sends it.
</source>
        <translation>
School notices:
  notices list         The notices of this desktop (--json).
  notices set CODE     Set the notice of the school or campus CODE (--title, --body or
                       --body-file, --shown-from YYYY-MM-DD); the next sync sends it.
</translation>
    </message>
    <message>
        <source>notices set: the title.</source>
        <translation>notices set: the title.</translation>
    </message>
    <message>
        <source>notices set: the text.</source>
        <translation>notices set: the text.</translation>
    </message>
    <message>
        <source>notices set: read the text from &lt;file&gt; (UTF-8).</source>
        <translation>notices set: read the text from &lt;file&gt; (UTF-8).</translation>
    </message>
    <message>
        <source>notices set: show the notice from &lt;date&gt; on (default: today).</source>
        <translation>notices set: show the notice from &lt;date&gt; on (default: today).</translation>
    </message>
    <message>
        <source>Use &quot;notices list&quot; or &quot;notices set CODE&quot;.</source>
        <translation>Use &quot;notices list&quot; or &quot;notices set CODE&quot;.</translation>
    </message>
</context>
<context>
    <name>cet::NoticesPage</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>School %1</source>
        <translation>School %1</translation>
    </message>
    <message>
        <source>Campus %1</source>
        <translation>Campus %1</translation>
    </message>
    <message>
        <source>no notice</source>
        <translation>no notice</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved on this desktop; the next sync sends it to the server.</source>
        <translation>Saved on this desktop; the next sync sends it to the server.</translation>
    </message>
    <message>
        <source>Your version stays; the next sync sends it to the server.</source>
        <translation>Your version stays; the next sync sends it to the server.</translation>
    </message>
    <message>
        <source>The server&apos;s version is taken.</source>
        <translation>The server&apos;s version is taken.</translation>
    </message>
    <message>
        <source>Save or revert the changes of this notice first.</source>
        <translation>Save or revert the changes of this notice first.</translation>
    </message>
</context>
<context>
    <name>cet::OfferExport</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Campus name</source>
        <translation>Campus name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation>Subject code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>Window opens</source>
        <translation>Window opens</translation>
    </message>
    <message>
        <source>Window closes</source>
        <translation>Window closes</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Open to other schools</source>
        <translation>Open to other schools</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Candidates see</source>
        <translation>Candidates see</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Counted at</translation>
    </message>
    <message>
        <source>Bookings per hour</source>
        <translation>Bookings per hour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Seats filling</source>
        <translation>Seats filling</translation>
    </message>
</context>
<context>
    <name>cet::OfferGridModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>&quot;%1&quot; is neither yes nor no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seats.</source>
        <translation>&quot;%1&quot; is not a number of seats.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>&quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-03-01 08:00.</source>
        <translation>&quot;%1&quot; is not a date and time like 2026-03-01 08:00.</translation>
    </message>
    <message>
        <source>This column can not be changed here.</source>
        <translation>This column can not be changed here.</translation>
    </message>
    <message>
        <source>Another desktop changed this offer too: pick a version below.</source>
        <translation>Another desktop changed this offer too: pick a version below.</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>Registration opens</source>
        <translation>Registration opens</translation>
    </message>
    <message>
        <source>Registration closes</source>
        <translation>Registration closes</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Other schools</source>
        <translation>Other schools</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Copy down</source>
        <translation>Copy down</translation>
    </message>
    <message>
        <source>Pick the cell to paste into first.</source>
        <translation>Pick the cell to paste into first.</translation>
    </message>
    <message>
        <source>The pasted text has %1 rows and %2 columns; from the chosen cell on only %3 rows and %4 columns are left. Nothing was pasted.</source>
        <translation>The pasted text has %1 rows and %2 columns; from the chosen cell on only %3 rows and %4 columns are left. Nothing was pasted.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot; can not be changed. Nothing was pasted.</source>
        <translation>Row %1, column &quot;%2&quot; can not be changed. Nothing was pasted.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3 Nothing was pasted.</source>
        <translation>Row %1, column &quot;%2&quot;: %3 Nothing was pasted.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>cet::OfferRules</name>
    <message>
        <source>The campus code %1 must be the school code %2 followed by one digit.</source>
        <translation>The campus code %1 must be the school code %2 followed by one digit.</translation>
    </message>
    <message>
        <source>Every campus needs a name.</source>
        <translation>Every campus needs a name.</translation>
    </message>
    <message>
        <source>The fee &quot;%1&quot; is not an amount in yuan with at most two decimals.</source>
        <translation>The fee &quot;%1&quot; is not an amount in yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>%1 is not a subject of the catalogue.</source>
        <translation>%1 is not a subject of the catalogue.</translation>
    </message>
    <message>
        <source>%1 can only be offered at campus %2 where the written test %3 is offered.</source>
        <translation>%1 can only be offered at campus %2 where the written test %3 is offered.</translation>
    </message>
    <message>
        <source>The fee can not be negative.</source>
        <translation>The fee can not be negative.</translation>
    </message>
    <message>
        <source>The oral test %1 needs a fee above 0 yuan.</source>
        <translation>The oral test %1 needs a fee above 0 yuan.</translation>
    </message>
    <message>
        <source>The registration window needs a start and an end.</source>
        <translation>The registration window needs a start and an end.</translation>
    </message>
    <message>
        <source>The registration window must end after it starts.</source>
        <translation>The registration window must end after it starts.</translation>
    </message>
    <message>
        <source>The registration window must lie within the exam session (%1 to %2 UTC).</source>
        <translation>The registration window must lie within the exam session (%1 to %2 UTC).</translation>
    </message>
    <message>
        <source>The number of seats can not be negative.</source>
        <translation>The number of seats can not be negative.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are already taken; the capacity can not be lower.</source>
        <translation>
            <numerusform>%n seat(s) are already taken; the capacity can not be lower.</numerusform>
            <numerusform>%n seat(s) are already taken; the capacity can not be lower.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::OfferService</name>
    <message numerus="yes">
        <source>Campus %1 has %n student(s) but is not set up: add it with its name and address.</source>
        <translation>
            <numerusform>Campus %1 has %n student(s) but is not set up: add it with its name and address.</numerusform>
            <numerusform>Campus %1 has %n student(s) but is not set up: add it with its name and address.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campus %1, %2: offered without seats.</source>
        <translation>Campus %1, %2: offered without seats.</translation>
    </message>
    <message>
        <source>Campus %1, %2: the fee is not set.</source>
        <translation>Campus %1, %2: the fee is not set.</translation>
    </message>
    <message>
        <source>Campus %1, %2: the registration window is not set (a start before its end).</source>
        <translation>Campus %1, %2: the registration window is not set (a start before its end).</translation>
    </message>
    <message>
        <source>Campus %1, %2: the exam date and time are not set.</source>
        <translation>Campus %1, %2: the exam date and time are not set.</translation>
    </message>
    <message>
        <source>Campus %1 offers no subject.</source>
        <translation>Campus %1 offers no subject.</translation>
    </message>
    <message>
        <source>Campus %1 has %2 students but %3 seats in written subjects: %4 more are needed.</source>
        <translation>Campus %1 has %2 students but %3 seats in written subjects: %4 more are needed.</translation>
    </message>
    <message>
        <source>Campus %1 has no notice, and the school has none either.</source>
        <translation>Campus %1 has no notice, and the school has none either.</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server first: campuses belong to the school you sign in for.</source>
        <translation>Sign in to your school&apos;s server first: campuses belong to the school you sign in for.</translation>
    </message>
    <message>
        <source>Campus %1 is not one of this school&apos;s campuses; add it first.</source>
        <translation>Campus %1 is not one of this school&apos;s campuses; add it first.</translation>
    </message>
    <message>
        <source>No campus has offers yet to start from.</source>
        <translation>No campus has offers yet to start from.</translation>
    </message>
    <message>
        <source>Campus %1 has no offers to copy.</source>
        <translation>Campus %1 has no offers to copy.</translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve.</source>
        <translation>%1 has no conflict to resolve.</translation>
    </message>
</context>
<context>
    <name>cet::OfferSyncHandler</name>
    <message>
        <source>Campus %1</source>
        <translation>Campus %1</translation>
    </message>
    <message>
        <source>Offer of %1 at campus %2</source>
        <translation>Offer of %1 at campus %2</translation>
    </message>
</context>
<context>
    <name>cet::OffersCommand</name>
    <message>
        <source>No campuses or offers.</source>
        <translation>No campuses or offers.</translation>
    </message>
    <message>
        <source>campus %1  %2  %3  (%4)</source>
        <translation>campus %1  %2  %3  (%4)</translation>
    </message>
    <message>
        <source>%1 %2  %3  seats %4 (taken %5, paid %6)  fee %7  window %8 – %9  exam %10%11  (%12)</source>
        <translation>%1 %2  %3  seats %4 (taken %5, paid %6)  fee %7  window %8 – %9  exam %10%11  (%12)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>not offered</translation>
    </message>
    <message>
        <source>  open to other schools</source>
        <translation>  open to other schools</translation>
    </message>
    <message>
        <source>--capacity takes a number of seats (0 or more).</source>
        <translation>--capacity takes a number of seats (0 or more).</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 takes yes or no.</translation>
    </message>
    <message>
        <source>--%1 takes a date and time as ISO 8601, e.g. 2026-03-01T08:00:00+08:00.</source>
        <translation>--%1 takes a date and time as ISO 8601, e.g. 2026-03-01T08:00:00+08:00.</translation>
    </message>
    <message>
        <source>Offer %1 saved; the next sync sends it.</source>
        <translation>Offer %1 saved; the next sync sends it.</translation>
    </message>
    <message>
        <source>Offer %1 unchanged.</source>
        <translation>Offer %1 unchanged.</translation>
    </message>
    <message>
        <source>Campus %1 saved; the next sync sends it.</source>
        <translation>Campus %1 saved; the next sync sends it.</translation>
    </message>
    <message>
        <source>Campus %1 unchanged.</source>
        <translation>Campus %1 unchanged.</translation>
    </message>
    <message>
        <source>offers set: the number of seats.</source>
        <translation>offers set: the number of seats.</translation>
    </message>
    <message>
        <source>offers set: the fee in yuan, e.g. 30 or 30.50.</source>
        <translation>offers set: the fee in yuan, e.g. 30 or 30.50.</translation>
    </message>
    <message>
        <source>offers set: whether the subject is offered.</source>
        <translation>offers set: whether the subject is offered.</translation>
    </message>
    <message>
        <source>offers set: when registration opens (ISO 8601).</source>
        <translation>offers set: when registration opens (ISO 8601).</translation>
    </message>
    <message>
        <source>offers set: when registration closes (ISO 8601).</source>
        <translation>offers set: when registration closes (ISO 8601).</translation>
    </message>
    <message>
        <source>offers set: the exam&apos;s date and time (ISO 8601).</source>
        <translation>offers set: the exam&apos;s date and time (ISO 8601).</translation>
    </message>
    <message>
        <source>offers set: whether candidates of other schools may book (oral).</source>
        <translation>offers set: whether candidates of other schools may book (oral).</translation>
    </message>
    <message>
        <source>offers campus: the campus&apos;s name.</source>
        <translation>offers campus: the campus&apos;s name.</translation>
    </message>
    <message>
        <source>offers campus: the campus&apos;s address.</source>
        <translation>offers campus: the campus&apos;s address.</translation>
    </message>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server needs --user and --password-stdin.</translation>
    </message>
    <message>
        <source>Sign in with: cetdesk-cli capacity --server URL --user NAME --password-stdin</source>
        <translation>Sign in with: cetdesk-cli capacity --server URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>%1 %2  seats %3  taken %4  paid %5  remaining %6</source>
        <translation>%1 %2  seats %3  taken %4  paid %5  remaining %6</translation>
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
</translation>
    </message>
    <message>
        <source>Use &quot;offers list&quot;, &quot;offers campus CODE&quot;, &quot;offers set CAMPUS SUBJECT&quot; or &quot;offers export FILE.xlsx&quot;.</source>
        <translation>Use &quot;offers list&quot;, &quot;offers campus CODE&quot;, &quot;offers set CAMPUS SUBJECT&quot; or &quot;offers export FILE.xlsx&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::OffersPage</name>
    <message>
        <source>%1: here %2, on the server %3</source>
        <translation>%1: here %2, on the server %3</translation>
    </message>
    <message>
        <source>Campuses and seats</source>
        <translation>Campuses and seats</translation>
    </message>
    <message>
        <source>Add &amp;campus…</source>
        <translation>Add &amp;campus…</translation>
    </message>
    <message>
        <source>&amp;Edit campus…</source>
        <translation>&amp;Edit campus…</translation>
    </message>
    <message>
        <source>Same as &amp;last sitting</source>
        <translation>Same as &amp;last sitting</translation>
    </message>
    <message>
        <source>Give every campus without offers the offers of the campus with the most; check them, then save.</source>
        <translation>Give every campus without offers the offers of the campus with the most; check them, then save.</translation>
    </message>
    <message>
        <source>Copy &amp;down</source>
        <translation>Copy &amp;down</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Resolve &amp;conflict…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Copy Down</source>
        <translation>Copy Down</translation>
    </message>
    <message>
        <source>Paste Cells</source>
        <translation>Paste Cells</translation>
    </message>
    <message>
        <source>Con&amp;figuration</source>
        <translation>Con&amp;figuration</translation>
    </message>
    <message>
        <source>Sea&amp;ts</source>
        <translation>Sea&amp;ts</translation>
    </message>
    <message>
        <source>Ready for registration: every campus with students has its subjects, seats, fees, windows, exam times and a notice.</source>
        <translation>Ready for registration: every campus with students has its subjects, seats, fees, windows, exam times and a notice.</translation>
    </message>
    <message numerus="yes">
        <source>Before registration opens, %n thing(s) to fix (press Enter on one to go to it):</source>
        <translation>
            <numerusform>Before registration opens, %n thing to fix (press Enter on one to go to it):</numerusform>
            <numerusform>Before registration opens, %n things to fix (press Enter on one to go to it):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) saved; the next sync sends them.</source>
        <translation>
            <numerusform>%n offer saved; the next sync sends them.</numerusform>
            <numerusform>%n offers saved; the next sync sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Changes discarded.</translation>
    </message>
    <message>
        <source>Campus not saved: %1</source>
        <translation>Campus not saved: %1</translation>
    </message>
    <message>
        <source>Campus %1 saved; the next sync sends it.</source>
        <translation>Campus %1 saved; the next sync sends it.</translation>
    </message>
    <message>
        <source>Pick a row of the campus to edit first.</source>
        <translation>Pick a row of the campus to edit first.</translation>
    </message>
    <message>
        <source>Campus %1 was not changed.</source>
        <translation>Campus %1 was not changed.</translation>
    </message>
    <message>
        <source>Every campus has offers already; nothing to fill.</source>
        <translation>Every campus has offers already; nothing to fill.</translation>
    </message>
    <message>
        <source>Same as last sitting</source>
        <translation>Same as last sitting</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) filled in from the last sitting (%1 cells). Check them, then save.</source>
        <translation>
            <numerusform>%n offer filled in from the last sitting (%1 cells). Check them, then save.</numerusform>
            <numerusform>%n offers filled in from the last sitting (%1 cells). Check them, then save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell and the cells below it to copy it into.</source>
        <translation>Select a cell and the cells below it to copy it into.</translation>
    </message>
    <message>
        <source>Not pasted: %1</source>
        <translation>Not pasted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted.</source>
        <translation>
            <numerusform>%n cell pasted.</numerusform>
            <numerusform>%n cells pasted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve.</source>
        <translation>%1 has no conflict to resolve.</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>%1 changed offer %2 on another desktop (%3) while it was changed here.</source>
        <translation>%1 changed offer %2 on another desktop (%3) while it was changed here.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>Conflict of %1 resolved.</source>
        <translation>Conflict of %1 resolved.</translation>
    </message>
    <message>
        <source>Raise seats</source>
        <translation>Raise seats</translation>
    </message>
    <message>
        <source>Seats for %1, subject %2 (%3 taken, now %4):</source>
        <translation>Seats for %1, subject %2 (%3 taken, now %4):</translation>
    </message>
    <message>
        <source>Seats of %1 set to %2; the next sync sends them.</source>
        <translation>Seats of %1 set to %2; the next sync sends them.</translation>
    </message>
    <message>
        <source>Notices are written on the Notices page.</source>
        <translation>Notices are written on the Notices page.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved.</source>
        <translation>
            <numerusform>%n change not saved.</numerusform>
            <numerusform>%n changes not saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>All changes saved.</translation>
    </message>
    <message>
        <source>To fix first: %1</source>
        <translation>To fix first: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>Window opens</source>
        <translation>Window opens</translation>
    </message>
    <message>
        <source>Window closes</source>
        <translation>Window closes</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Open to other schools</source>
        <translation>Open to other schools</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Deleted here; changed on the server.</source>
        <translation>Deleted here; changed on the server.</translation>
    </message>
    <message>
        <source>Changed here; deleted on the server.</source>
        <translation>Changed here; deleted on the server.</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>E&amp;xport XLSX…</translation>
    </message>
    <message>
        <source>The configuration, the seats as last synced and the bookings per hour, for the exam office.</source>
        <translation>The configuration, the seats as last synced and the bookings per hour, for the exam office.</translation>
    </message>
    <message>
        <source>Export campuses and seats</source>
        <translation>Export campuses and seats</translation>
    </message>
    <message>
        <source>campuses-and-seats.xlsx</source>
        <translation>campuses-and-seats.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>cet::OutboxModel</name>
    <message>
        <source>Operation %1</source>
        <translation>Operation %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
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
        <translation>%1×%2 pixels</translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes); a photo may be at most 60 KB (61,440 bytes). Save it again with a lower JPEG quality.</source>
        <translation>%1 is %2 (%3 bytes); a photo may be at most 60 KB (61,440 bytes). Save it again with a lower JPEG quality.</translation>
    </message>
    <message>
        <source>It is also %1 instead of 144×192.</source>
        <translation>It is also %1 instead of 144×192.</translation>
    </message>
    <message>
        <source>%1 is a kind of JPEG that photo uploads do not accept (%2). Save it again as an ordinary (baseline) JPEG.</source>
        <translation>%1 is a kind of JPEG that photo uploads do not accept (%2). Save it again as an ordinary (baseline) JPEG.</translation>
    </message>
    <message>
        <source>%1 bits per sample</source>
        <translation>%1 bits per sample</translation>
    </message>
    <message>
        <source>lossless, hierarchical or arithmetic coding</source>
        <translation>lossless, hierarchical or arithmetic coding</translation>
    </message>
    <message>
        <source>%1 is a CMYK JPEG (colours for printing). Save it again as an RGB JPEG.</source>
        <translation>%1 is a CMYK JPEG (colours for printing). Save it again as an RGB JPEG.</translation>
    </message>
    <message>
        <source>%1 has %2 colour components; a photo must be an RGB (or grey) JPEG.</source>
        <translation>%1 has %2 colour components; a photo must be an RGB (or grey) JPEG.</translation>
    </message>
    <message>
        <source>%1 is %2; a photo must be exactly 144×192 pixels (width × height). Resize or crop it to 144×192.</source>
        <translation>%1 is %2; a photo must be exactly 144×192 pixels (width × height). Resize or crop it to 144×192.</translation>
    </message>
</context>
<context>
    <name>cet::PhotoCommitJob</name>
    <message numerus="yes">
        <source>Storing %n photos…</source>
        <translation>
            <numerusform>Storing %n photo…</numerusform>
            <numerusform>Storing %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::PhotoImport</name>
    <message>
        <source>The photo import was cancelled.</source>
        <translation>The photo import was cancelled.</translation>
    </message>
    <message>
        <source>%1 is not a photo file (only .jpg and .jpeg files are imported); it is left alone.</source>
        <translation>%1 is not a photo file (only .jpg and .jpeg files are imported); it is left alone.</translation>
    </message>
    <message>
        <source>%1 is a JPEG file, but its name ends in .%2. Rename it to %3.jpg.</source>
        <translation>%1 is a JPEG file, but its name ends in .%2. Rename it to %3.jpg.</translation>
    </message>
    <message>
        <source>%1 is %2, not a JPEG file. Open it in an image editor and save it as JPEG (.jpg).</source>
        <translation>%1 is %2, not a JPEG file. Open it in an image editor and save it as JPEG (.jpg).</translation>
    </message>
    <message>
        <source>a .%1 file</source>
        <translation>a .%1 file</translation>
    </message>
    <message>
        <source>%1 changed after the photos were checked. Check the photos again. No photo was stored.</source>
        <translation>%1 changed after the photos were checked. Check the photos again. No photo was stored.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>No matching student</source>
        <translation>No matching student</translation>
    </message>
    <message>
        <source>Ambiguous name</source>
        <translation>Ambiguous name</translation>
    </message>
    <message>
        <source>Duplicate for one student</source>
        <translation>Duplicate for one student</translation>
    </message>
    <message>
        <source>Not a usable JPEG</source>
        <translation>Not a usable JPEG</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Wrong size</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Too large</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
</context>
<context>
    <name>cet::PhotoImportDialog</name>
    <message>
        <source>Import Photos</source>
        <translation>Import Photos</translation>
    </message>
    <message>
        <source>Choose a folder or a ZIP file of student photos. Each photo must be a JPEG file named after the student&apos;s student number or ID number (for example 2021001.jpg), exactly 144×192 pixels and at most 60 KB. Nothing is stored until you press Import.</source>
        <translation>Choose a folder or a ZIP file of student photos. Each photo must be a JPEG file named after the student&apos;s student number or ID number (for example 2021001.jpg), exactly 144×192 pixels and at most 60 KB. Nothing is stored until you press Import.</translation>
    </message>
    <message>
        <source>No folder or ZIP file chosen</source>
        <translation>No folder or ZIP file chosen</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Choose &amp;Folder…</translation>
    </message>
    <message>
        <source>Choose &amp;ZIP File…</source>
        <translation>Choose &amp;ZIP File…</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <source>Matched photos only</source>
        <translation>Matched photos only</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the Folder of Photos</source>
        <translation>Choose the Folder of Photos</translation>
    </message>
    <message>
        <source>Choose a ZIP File of Photos</source>
        <translation>Choose a ZIP File of Photos</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip *.ZIP)</source>
        <translation>ZIP archives (*.zip *.ZIP)</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n photos: %1 new, %2 replaced an earlier photo; %3 were stored already.</source>
        <translation>
            <numerusform>Stored %n photo: %1 new, %2 replaced an earlier photo; %3 were stored already.</numerusform>
            <numerusform>Stored %n photos: %1 new, %2 replaced an earlier photo; %3 were stored already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files checked.</source>
        <translation>
            <numerusform>%n file checked.</numerusform>
            <numerusform>%n files checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos will be stored</source>
        <translation>
            <numerusform>%n photo will be stored</numerusform>
            <numerusform>%n photos will be stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replace an earlier photo)</source>
        <translation>
            <numerusform> (%n replaces an earlier photo)</numerusform>
            <numerusform> (%n replace an earlier photo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are stored already.</source>
        <translation>
            <numerusform>%n is stored already.</numerusform>
            <numerusform>%n are stored already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files have problems and are not stored; see the table.</source>
        <translation>
            <numerusform>%n file has problems and is not stored; see the table.</numerusform>
            <numerusform>%n files have problems and are not stored; see the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other files are ignored.</source>
        <translation>
            <numerusform>%n other file is ignored.</numerusform>
            <numerusform>%n other files are ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no photo files (.jpg or .jpeg).</source>
        <translation>%1 holds no photo files (.jpg or .jpeg).</translation>
    </message>
</context>
<context>
    <name>cet::PhotoMatcher</name>
    <message>
        <source>%1 (student no. %2)</source>
        <translation>%1 (student no. %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No student has the student number or ID number &quot;%1&quot;. Name each photo after the student&apos;s student number or ID number, for example 2021001.jpg.</source>
        <translation>No student has the student number or ID number &quot;%1&quot;. Name each photo after the student&apos;s student number or ID number, for example 2021001.jpg.</translation>
    </message>
    <message numerus="yes">
        <source>The ID number %1 belongs to %n students (with different ID types): %2. Name the photo after the student number instead.</source>
        <translation>
            <numerusform>The ID number %1 belongs to %n student (with different ID types): %2. Name the photo after the student number instead.</numerusform>
            <numerusform>The ID number %1 belongs to %n students (with different ID types): %2. Name the photo after the student number instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The student number %1 belongs to %n students: %2. Name the photo after the student&apos;s ID number instead.</source>
        <translation>
            <numerusform>The student number %1 belongs to %n student: %2. Name the photo after the student&apos;s ID number instead.</numerusform>
            <numerusform>The student number %1 belongs to %n students: %2. Name the photo after the student&apos;s ID number instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the same photo as %2 for %3; it is stored once.</source>
        <translation>%1 is the same photo as %2 for %3; it is stored once.</translation>
    </message>
    <message numerus="yes">
        <source>%n different photos are for %1 (%2). None of them is stored: keep one and check again.</source>
        <translation>
            <numerusform>%n different photo is for %1 (%2). None of them is stored: keep one and check again.</numerusform>
            <numerusform>%n different photos are for %1 (%2). None of them is stored: keep one and check again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::PhotoReportModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>matched by ID number</source>
        <translation>matched by ID number</translation>
    </message>
    <message>
        <source>matched by student number</source>
        <translation>matched by student number</translation>
    </message>
    <message>
        <source>Stored already; skipped</source>
        <translation>Stored already; skipped</translation>
    </message>
    <message>
        <source>Replaces the stored photo</source>
        <translation>Replaces the stored photo</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>New photo</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Wrong size (%1×%2)</source>
        <translation>Wrong size (%1×%2)</translation>
    </message>
    <message>
        <source>Too large (%1)</source>
        <translation>Too large (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>cet::PhotoScanJob</name>
    <message>
        <source>Checking the photos in %1…</source>
        <translation>Checking the photos in %1…</translation>
    </message>
</context>
<context>
    <name>cet::PhotoSource</name>
    <message>
        <source>%1 does not exist. Choose a folder of photos or a ZIP file.</source>
        <translation>%1 does not exist. Choose a folder of photos or a ZIP file.</translation>
    </message>
    <message>
        <source>%1 can not be read: %2</source>
        <translation>%1 can not be read: %2</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive. Choose the folder that holds the photos, or a .zip file of them.</source>
        <translation>%1 is neither a folder nor a ZIP archive. Choose the folder that holds the photos, or a .zip file of them.</translation>
    </message>
    <message>
        <source>%1 is a damaged ZIP archive (%2). Make the ZIP file again, or unpack it and choose the folder.</source>
        <translation>%1 is a damaged ZIP archive (%2). Make the ZIP file again, or unpack it and choose the folder.</translation>
    </message>
</context>
<context>
    <name>cet::PhotosCommand</name>
    <message>
        <source>%1: %2 files checked.</source>
        <translation>%1: %2 files checked.</translation>
    </message>
    <message>
        <source>Stored %1 photos: %2 new, %3 replaced; %4 were stored already.</source>
        <translation>Stored %1 photos: %2 new, %3 replaced; %4 were stored already.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored. %1 photos would be stored (%2 replacing a photo); %3 are stored already.</source>
        <translation>Dry run: nothing was stored. %1 photos would be stored (%2 replacing a photo); %3 are stored already.</translation>
    </message>
    <message>
        <source>%1 holds no photo files (.jpg or .jpeg).</source>
        <translation>%1 holds no photo files (.jpg or .jpeg).</translation>
    </message>
</context>
<context>
    <name>cet::PreviewTableModel</name>
    <message>
        <source>Row %1: the header row (column names)</source>
        <translation>Row %1: the header row (column names)</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>Row %1 of the file</translation>
    </message>
</context>
<context>
    <name>cet::RegistrationLabels</name>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Registered, no subject</source>
        <translation>Registered, no subject</translation>
    </message>
    <message>
        <source>Booked, not paid</source>
        <translation>Booked, not paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>%1 (paid)</source>
        <translation>%1 (paid)</translation>
    </message>
    <message>
        <source>%1 (not paid)</source>
        <translation>%1 (not paid)</translation>
    </message>
</context>
<context>
    <name>cet::RegistrationStates</name>
    <message>
        <source>The server&apos;s answer about registrations is not understood (%1).</source>
        <translation>The server&apos;s answer about registrations is not understood (%1).</translation>
    </message>
</context>
<context>
    <name>cet::RegistrationSummary</name>
    <message>
        <source>Registration on the candidate site: not fetched yet (shown after the next sync).</source>
        <translation>Registration on the candidate site: not fetched yet (shown after the next sync).</translation>
    </message>
    <message>
        <source>Registration on the candidate site: %1 of %2 registered (%3 · %4 · %5) · %6 · as of %7</source>
        <translation>Registration on the candidate site: %1 of %2 registered (%3 · %4 · %5) · %6 · as of %7</translation>
    </message>
</context>
<context>
    <name>cet::RejectedRowSpool</name>
    <message>
        <source>Cannot write the temporary file for rejected rows: %1</source>
        <translation>Cannot write the temporary file for rejected rows: %1</translation>
    </message>
</context>
<context>
    <name>cet::RejectedRowsWriter</name>
    <message>
        <source>Writing the rejected rows was cancelled; no file was written.</source>
        <translation>Writing the rejected rows was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
</context>
<context>
    <name>cet::ReviewCaseView</name>
    <message>
        <source>Typed by the candidate</source>
        <translation>Typed by the candidate</translation>
    </message>
    <message>
        <source>Student record (学籍)</source>
        <translation>Student record (学籍)</translation>
    </message>
    <message>
        <source>CET4 score record</source>
        <translation>CET4 score record</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Earlier reviews and disputes</source>
        <translation>Earlier reviews and disputes</translation>
    </message>
    <message>
        <source>Notice to the candidate</source>
        <translation>Notice to the candidate</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick a review in the queue.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pick a review in the queue.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1, your CET6 qualification review was passed; you may now register for CET6.</source>
        <translation>%1, your CET6 qualification review was passed; you may now register for CET6.</translation>
    </message>
    <message>
        <source>%1, your CET6 qualification review was not passed: %2 You may edit and resubmit it, or delete it.</source>
        <translation>%1, your CET6 qualification review was not passed: %2 You may edit and resubmit it, or delete it.</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>CET4 ticket</source>
        <translation>CET4 ticket</translation>
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
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No CET4 record (filed by the school).</source>
        <translation>No CET4 record (filed by the school).</translation>
    </message>
    <message>
        <source>File %1: %2, %3</source>
        <translation>File %1: %2, %3</translation>
    </message>
    <message>
        <source>No evidence uploaded.</source>
        <translation>No evidence uploaded.</translation>
    </message>
    <message numerus="yes">
        <source>Resubmitted %n time(s).</source>
        <translation>
            <numerusform>Resubmitted %n time.</numerusform>
            <numerusform>Resubmitted %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 %2 by %3: %4</translation>
    </message>
    <message>
        <source>Review %1 (%2), submitted %3</source>
        <translation>Review %1 (%2), submitted %3</translation>
    </message>
    <message>
        <source>Disputed: %1 decided %2 (%3), after the decision that stands.</source>
        <translation>Disputed: %1 decided %2 (%3), after the decision that stands.</translation>
    </message>
    <message>
        <source>The server refused this desktop&apos;s decision: %1</source>
        <translation>The server refused this desktop&apos;s decision: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not decided yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not decided yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cet::ReviewExport</name>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>CET4 ticket</source>
        <translation>CET4 ticket</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>cet::ReviewQueueModel</name>
    <message>
        <source>disputed</source>
        <translation>disputed</translation>
    </message>
    <message numerus="yes">
        <source>resubmitted %n time(s)</source>
        <translation>
            <numerusform>resubmitted %n time</numerusform>
            <numerusform>resubmitted %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>filed by %1</source>
        <translation>filed by %1</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>CET4 ticket</source>
        <translation>CET4 ticket</translation>
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
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>cet::ReviewRepository</name>
    <message>
        <source>The decision on review %1 is being sent to the server; wait for the sync to finish.</source>
        <translation>The decision on review %1 is being sent to the server; wait for the sync to finish.</translation>
    </message>
    <message>
        <source>A decision is pass or fail.</source>
        <translation>A decision is pass or fail.</translation>
    </message>
    <message>
        <source>Give the reason for failing the review.</source>
        <translation>Give the reason for failing the review.</translation>
    </message>
    <message>
        <source>There is no review %1 on this desktop.</source>
        <translation>There is no review %1 on this desktop.</translation>
    </message>
    <message>
        <source>A passed review can not be changed.</source>
        <translation>A passed review can not be changed.</translation>
    </message>
    <message>
        <source>Review %1 was decided already (%2 by %3).</source>
        <translation>Review %1 was decided already (%2 by %3).</translation>
    </message>
    <message>
        <source>Review %1 has no decision waiting to be sent.</source>
        <translation>Review %1 has no decision waiting to be sent.</translation>
    </message>
    <message>
        <source>This review was filed here and is not on the server yet: undo it and file it again.</source>
        <translation>This review was filed here and is not on the server yet: undo it and file it again.</translation>
    </message>
    <message>
        <source>The CET4 sitting is a year from 1987 and the month 1, 6 or 12.</source>
        <translation>The CET4 sitting is a year from 1987 and the month 1, 6 or 12.</translation>
    </message>
    <message>
        <source>A CET4 total score is between 0 and 710.</source>
        <translation>A CET4 total score is between 0 and 710.</translation>
    </message>
    <message>
        <source>A CET4 ticket number has at most 15 characters.</source>
        <translation>A CET4 ticket number has at most 15 characters.</translation>
    </message>
    <message>
        <source>There is no student with this ID number in the school&apos;s roster.</source>
        <translation>There is no student with this ID number in the school&apos;s roster.</translation>
    </message>
    <message>
        <source>this desktop</source>
        <translation>this desktop</translation>
    </message>
    <message>
        <source>The scan of the proof must be a JPEG or PNG image or a PDF file.</source>
        <translation>The scan of the proof must be a JPEG or PNG image or a PDF file.</translation>
    </message>
    <message>
        <source>The scan of the proof may not exceed 5 MB.</source>
        <translation>The scan of the proof may not exceed 5 MB.</translation>
    </message>
</context>
<context>
    <name>cet::ReviewService</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Filed by the school</source>
        <translation>Filed by the school</translation>
    </message>
    <message>
        <source>Pass (not synced)</source>
        <translation>Pass (not synced)</translation>
    </message>
    <message>
        <source>Fail (not synced)</source>
        <translation>Fail (not synced)</translation>
    </message>
    <message>
        <source>Window end not known</source>
        <translation>Window end not known</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Window closed</translation>
    </message>
    <message>
        <source>%1 d %2 h left</source>
        <translation>%1 d %2 h left</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
</context>
<context>
    <name>cet::ReviewSummaryView</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Pending at the end of the day</source>
        <translation>Pending at the end of the day</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Export the decisions</source>
        <translation>Export the decisions</translation>
    </message>
    <message>
        <source>review-decisions.xlsx</source>
        <translation>review-decisions.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export decisions to XLSX…</source>
        <translation>Export decisions to XLSX…</translation>
    </message>
    <message>
        <source>Pending %1 · passed %2 · failed %3 · filed by the school %4 · decided here, not synced %5 · disputed %6</source>
        <translation>Pending %1 · passed %2 · failed %3 · filed by the school %4 · decided here, not synced %5 · disputed %6</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Reviews pending at the end of each day (now %1 pending)</source>
        <translation>Reviews pending at the end of each day (now %1 pending)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to %1.</source>
        <translation>
            <numerusform>%n decision written to %1.</numerusform>
            <numerusform>%n decisions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::ReviewSyncHandler</name>
    <message>
        <source>A disputed review is settled by a supervisor, not on this desktop.</source>
        <translation>A disputed review is settled by a supervisor, not on this desktop.</translation>
    </message>
</context>
<context>
    <name>cet::ReviewsCommand</name>
    <message>
        <source>--state is one of: %1.</source>
        <translation>--state is one of: %1.</translation>
    </message>
    <message>
        <source>No reviews.</source>
        <translation>No reviews.</translation>
    </message>
    <message>
        <source>Give either --pass or --fail.</source>
        <translation>Give either --pass or --fail.</translation>
    </message>
    <message>
        <source>Review %1 passed; the next sync sends it.</source>
        <translation>Review %1 passed; the next sync sends it.</translation>
    </message>
    <message>
        <source>Review %1 failed; the next sync sends it.</source>
        <translation>Review %1 failed; the next sync sends it.</translation>
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
CET6 qualification reviews:
  reviews list         The school&apos;s reviews, pending first (--state pending|passed|failed|filed,
                       --json).
  reviews decide ID    Pass (--pass) or fail (--fail --reason TEXT) review ID; the next sync
                       sends it.
</translation>
    </message>
    <message>
        <source>reviews list: only reviews in &lt;state&gt;.</source>
        <translation>reviews list: only reviews in &lt;state&gt;.</translation>
    </message>
    <message>
        <source>reviews decide: pass the review.</source>
        <translation>reviews decide: pass the review.</translation>
    </message>
    <message>
        <source>reviews decide: fail the review (give --reason).</source>
        <translation>reviews decide: fail the review (give --reason).</translation>
    </message>
    <message>
        <source>reviews decide: the reason the candidate reads.</source>
        <translation>reviews decide: the reason the candidate reads.</translation>
    </message>
    <message>
        <source>Use &quot;reviews list&quot; or &quot;reviews decide ID --pass|--fail --reason TEXT&quot;.</source>
        <translation>Use &quot;reviews list&quot; or &quot;reviews decide ID --pass|--fail --reason TEXT&quot;.</translation>
    </message>
</context>
<context>
    <name>cet::ReviewsPage</name>
    <message>
        <source>Pass (P)</source>
        <translation>Pass (P)</translation>
    </message>
    <message>
        <source>Fail (F)</source>
        <translation>Fail (F)</translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation>Next (N)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Search name, ID number or ticket</source>
        <translation>Search name, ID number or ticket</translation>
    </message>
    <message>
        <source>Reason (needed to fail)</source>
        <translation>Reason (needed to fail)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Pick or type the reason, then press Enter.</source>
        <translation>Pick or type the reason, then press Enter.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>All campuses</source>
        <translation>All campuses</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), %1 waiting for a decision</source>
        <translation>
            <numerusform>%n review, %1 waiting for a decision</numerusform>
            <numerusform>%n reviews, %1 waiting for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) decided; the next sync sends the decisions.</source>
        <translation>
            <numerusform>%n review decided; the next sync sends the decisions.</numerusform>
            <numerusform>%n reviews decided; the next sync sends the decisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Not decided: %1</translation>
    </message>
    <message>
        <source>Review %1 passed; the next sync sends it. Ctrl+Z takes it back.</source>
        <translation>Review %1 passed; the next sync sends it. Ctrl+Z takes it back.</translation>
    </message>
    <message>
        <source>Review %1 failed; the next sync sends it. Ctrl+Z takes it back.</source>
        <translation>Review %1 failed; the next sync sends it. Ctrl+Z takes it back.</translation>
    </message>
    <message>
        <source>No review is waiting for a decision.</source>
        <translation>No review is waiting for a decision.</translation>
    </message>
    <message>
        <source>The decision on review %1 was taken back.</source>
        <translation>The decision on review %1 was taken back.</translation>
    </message>
    <message>
        <source>File a review…</source>
        <translation>File a review…</translation>
    </message>
    <message>
        <source>For a CET4 score from before 2005 or a forgotten ticket (Ctrl+N)</source>
        <translation>For a CET4 score from before 2005 or a forgotten ticket (Ctrl+N)</translation>
    </message>
    <message>
        <source>The review is filed; the next sync sends it. Ctrl+Z takes it back until then.</source>
        <translation>The review is filed; the next sync sends it. Ctrl+Z takes it back until then.</translation>
    </message>
</context>
<context>
    <name>cet::RosterScope</name>
    <message>
        <source>This database holds the roster of school %1, so it can not sync school %2: that would mix two schools&apos; records. To work for school %2, choose another database file in File › Settings (an empty one is created) and restart CET Desk, then sign in again. To keep working on school %1, sign in as a user of school %1.</source>
        <translation>This database holds the roster of school %1, so it can not sync school %2: that would mix two schools&apos; records. To work for school %2, choose another database file in File › Settings (an empty one is created) and restart CET Desk, then sign in again. To keep working on school %1, sign in as a user of school %1.</translation>
    </message>
</context>
<context>
    <name>cet::RowConverter</name>
    <message>
        <source>The %1 has %2 characters; at most %3 are allowed. Shorten it.</source>
        <translation>The %1 has %2 characters; at most %3 are allowed. Shorten it.</translation>
    </message>
    <message>
        <source>The ID type &quot;%1&quot; is not known. Use one of: %2.</source>
        <translation>The ID type &quot;%1&quot; is not known. Use one of: %2.</translation>
    </message>
    <message>
        <source>The ID number %1 was stored by the spreadsheet as a number. It is still complete, but format the column as text so that no digits are lost next time.</source>
        <translation>The ID number %1 was stored by the spreadsheet as a number. It is still complete, but format the column as text so that no digits are lost next time.</translation>
    </message>
    <message>
        <source>The spreadsheet stored the ID number as a number (%1) and lost its last digits, which can not be recovered. Format the ID number column as text, enter the numbers again and import the file again.</source>
        <translation>The spreadsheet stored the ID number as a number (%1) and lost its last digits, which can not be recovered. Format the ID number column as text, enter the numbers again and import the file again.</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; is in scientific notation: a spreadsheet stored it as a number and lost its last digits, which can not be recovered. Format the ID number column as text, enter the numbers again and import the file again.</source>
        <translation>The ID number &quot;%1&quot; is in scientific notation: a spreadsheet stored it as a number and lost its last digits, which can not be recovered. Format the ID number column as text, enter the numbers again and import the file again.</translation>
    </message>
    <message>
        <source>The ID type is empty and the ID number %1 is not a valid resident ID number, so the type can not be assumed. Enter the ID type.</source>
        <translation>The ID type is empty and the ID number %1 is not a valid resident ID number, so the type can not be assumed. Enter the ID type.</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not one of 男 or 女 (M/F, Male/Female and 1/2 are accepted too).</source>
        <translation>The gender &quot;%1&quot; is not one of 男 or 女 (M/F, Male/Female and 1/2 are accepted too).</translation>
    </message>
    <message>
        <source>The education level &quot;%1&quot; is not one of 专科, 本科, 硕士研究生 or 博士研究生.</source>
        <translation>The education level &quot;%1&quot; is not one of 专科, 本科, 硕士研究生 or 博士研究生.</translation>
    </message>
    <message>
        <source>The program length &quot;%1&quot; is not a whole number of years such as 4.</source>
        <translation>The program length &quot;%1&quot; is not a whole number of years such as 4.</translation>
    </message>
    <message>
        <source>The enrolment year &quot;%1&quot; is not a year such as 2024 (a date such as 2024-09-01 or 2024年9月 is accepted too).</source>
        <translation>The enrolment year &quot;%1&quot; is not a year such as 2024 (a date such as 2024-09-01 or 2024年9月 is accepted too).</translation>
    </message>
    <message>
        <source>The student number %1 was stored by the spreadsheet as a number, so leading zeros may have been lost. Check it, and format the column as text.</source>
        <translation>The student number %1 was stored by the spreadsheet as a number, so leading zeros may have been lost. Check it, and format the column as text.</translation>
    </message>
    <message>
        <source>The student number &quot;%1&quot; is in scientific notation: a spreadsheet stored it as a number and may have lost digits. Format the column as text and enter the number again.</source>
        <translation>The student number &quot;%1&quot; is in scientific notation: a spreadsheet stored it as a number and may have lost digits. Format the column as text and enter the number again.</translation>
    </message>
</context>
<context>
    <name>cet::SchoolChooser</name>
    <message>
        <source>S&amp;chool to sync:</source>
        <translation>S&amp;chool to sync:</translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation>e.g. 10001</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>&amp;Use School</source>
        <translation>&amp;Use School</translation>
    </message>
    <message>
        <source>As an administrator you choose the school whose roster this desktop syncs.</source>
        <translation>As an administrator you choose the school whose roster this desktop syncs.</translation>
    </message>
</context>
<context>
    <name>cet::SeatsView</name>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>&amp;Raise seats…</source>
        <translation>&amp;Raise seats…</translation>
    </message>
    <message>
        <source>Give the selected campus and subject more seats; saved and sent with the next sync.</source>
        <translation>Give the selected campus and subject more seats; saved and sent with the next sync.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 seats left</source>
        <translation>%1, %2: %3 of %4 seats left</translation>
    </message>
    <message>
        <source>Oral seats are within 10 % of full.</source>
        <translation>Oral seats are within 10 % of full.</translation>
    </message>
    <message>
        <source>No campus offers a subject yet: set offers up on the Configuration tab.</source>
        <translation>No campus offers a subject yet: set offers up on the Configuration tab.</translation>
    </message>
    <message>
        <source>%1 seats offered, %2 taken (%3 paid), %4 left. Counts are the server&apos;s as of the last sync.</source>
        <translation>%1 seats offered, %2 taken (%3 paid), %4 left. Counts are the server&apos;s as of the last sync.</translation>
    </message>
    <message>
        <source>Oral tests nearly full: %1.</source>
        <translation>Oral tests nearly full: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Seats taken and remaining</source>
        <translation>Seats taken and remaining</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Seats filling over time</source>
        <translation>Seats filling over time</translation>
    </message>
    <message>
        <source>At the last day&apos;s pace</source>
        <translation>At the last day&apos;s pace</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>%1 booked in the last 24 hours; at this pace full about %2</source>
        <translation>%1 booked in the last 24 hours; at this pace full about %2</translation>
    </message>
    <message>
        <source>no bookings in the last 24 hours</source>
        <translation>no bookings in the last 24 hours</translation>
    </message>
    <message>
        <source>%1: seats taken and remaining</source>
        <translation>%1: seats taken and remaining</translation>
    </message>
    <message>
        <source>%1 booked in the last 24 hours; at this pace about %2 seats left when registration closes</source>
        <translation>%1 booked in the last 24 hours; at this pace about %2 seats left when registration closes</translation>
    </message>
    <message>
        <source>%1: %2 of %3 taken&lt;br&gt;%4</source>
        <translation>%1: %2 of %3 taken&lt;br&gt;%4</translation>
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
    <name>cet::SignInDialog</name>
    <message>
        <source>Sign In to CET Central</source>
        <translation>Sign In to CET Central</translation>
    </message>
    <message>
        <source>Sign in with your staff account to sync the roster with the central server. Without signing in, CET Desk keeps working on this computer&apos;s database.</source>
        <translation>Sign in with your staff account to sync the roster with the central server. Without signing in, CET Desk keeps working on this computer&apos;s database.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Sign In</translation>
    </message>
    <message>
        <source>Signing In…</source>
        <translation>Signing In…</translation>
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
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
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
        <source>Export Students</source>
        <translation>Export Students</translation>
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
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
</context>
<context>
    <name>cet::StudentImport</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The same student (ID number %1) is already in row %2 of this file.</source>
        <translation>The same student (ID number %1) is already in row %2 of this file.</translation>
    </message>
    <message>
        <source>The student number %1 is also used in row %2 by %3, a different student.</source>
        <translation>The student number %1 is also used in row %2 by %3, a different student.</translation>
    </message>
    <message>
        <source>The student number %1 already belongs to %2 (ID number %3) in the database.</source>
        <translation>The student number %1 already belongs to %2 (ID number %3) in the database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no row %2, which was chosen as the header row.</source>
        <translation>&quot;%1&quot; has no row %2, which was chosen as the header row.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read to the end.</source>
        <translation>&quot;%1&quot; could not be read to the end.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors, and &quot;all or nothing&quot; was chosen. Fix the rows or choose &quot;import valid rows&quot;.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors, and &quot;all or nothing&quot; was chosen. Fix the row or choose &quot;import valid rows&quot;.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors, and &quot;all or nothing&quot; was chosen. Fix the rows or choose &quot;import valid rows&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cet::StudentImportRepository</name>
    <message>
        <source>The student records changed after this file was checked (someone edited a record or another import ran). Nothing was imported: check the file again and import it then.</source>
        <translation>The student records changed after this file was checked (someone edited a record or another import ran). Nothing was imported: check the file again and import it then.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 can not be undone: the later import %2 (&quot;%3&quot;) changed %n of its records. Undo import %2 first, then this one.</source>
        <translation>
            <numerusform>Import %1 can not be undone: the later import %2 (&quot;%3&quot;) changed %n of its records. Undo import %2 first, then this one.</numerusform>
            <numerusform>Import %1 can not be undone: the later import %2 (&quot;%3&quot;) changed %n of its records. Undo import %2 first, then this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 (deleted)</source>
        <translation>record %1 (deleted)</translation>
    </message>
    <message>
        <source>%1 (student number %2)</source>
        <translation>%1 (student number %2)</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 can not be undone: %n of its records were changed after the import (%2). Undoing it would overwrite those changes, so nothing was undone.</source>
        <translation>
            <numerusform>Import %1 can not be undone: %n of its records was changed after the import (%2). Undoing it would overwrite that change, so nothing was undone.</numerusform>
            <numerusform>Import %1 can not be undone: %n of its records were changed after the import (%2). Undoing it would overwrite those changes, so nothing was undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>Import %1 does not exist.</translation>
    </message>
    <message>
        <source>Import %1 (&quot;%2&quot;) was already undone by %3 on %4.</source>
        <translation>Import %1 (&quot;%2&quot;) was already undone by %3 on %4.</translation>
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
    <name>cet::StudentPhotoRepository</name>
    <message>
        <source>The photo import was cancelled. No photo was stored.</source>
        <translation>The photo import was cancelled. No photo was stored.</translation>
    </message>
    <message>
        <source>The student for photo %1 was deleted after the photos were checked. Check the photos again. No photo was stored.</source>
        <translation>The student for photo %1 was deleted after the photos were checked. Check the photos again. No photo was stored.</translation>
    </message>
</context>
<context>
    <name>cet::StudentPhotoView</name>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>%1, %2, imported %3</source>
        <translation>%1, %2, imported %3</translation>
    </message>
</context>
<context>
    <name>cet::StudentRepository</name>
    <message>
        <source>This column has no list of values to choose from.</source>
        <translation>This column has no list of values to choose from.</translation>
    </message>
    <message>
        <source>A student with ID type %1 and ID number %2 already exists. Nothing was saved.</source>
        <translation>A student with ID type %1 and ID number %2 already exists. Nothing was saved.</translation>
    </message>
    <message>
        <source>Student record %1 does not exist.</source>
        <translation>Student record %1 does not exist.</translation>
    </message>
    <message>
        <source>This student record was changed elsewhere after you opened it. Reload it and make your change again.</source>
        <translation>This student record was changed elsewhere after you opened it. Reload it and make your change again.</translation>
    </message>
</context>
<context>
    <name>cet::StudentTableModel</name>
    <message>
        <source>Not fetched from the server yet: sync first.</source>
        <translation>Not fetched from the server yet: sync first.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
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
        <translation>
            <numerusform>Exported %n student(s) to %1.</numerusform>
            <numerusform>Exported %n student(s) to %1.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import Students…</source>
        <translation>&amp;Import Students…</translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>Import &amp;Photos…</translation>
    </message>
    <message>
        <source>Import student photos from a folder or ZIP file (JPEG 144×192, at most 60 KB, named by student number or ID number)</source>
        <translation>Import student photos from a folder or ZIP file (JPEG 144×192, at most 60 KB, named by student number or ID number)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>cet::SubjectRestriction</name>
    <message>
        <source>Name the subjects the candidate is barred from (codes such as 2,S), or * for all.</source>
        <translation>Name the subjects the candidate is barred from (codes such as 2,S), or * for all.</translation>
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
    <name>cet::SyncCommand</name>
    <message>
        <source>--server needs --user and --password-stdin.</source>
        <translation>--server needs --user and --password-stdin.</translation>
    </message>
    <message>
        <source>Sign in with: cetdesk-cli sync --server URL --user NAME --password-stdin</source>
        <translation>Sign in with: cetdesk-cli sync --server URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>pushed: %1 (applied %2, conflicts %3, rejected %4)</source>
        <translation>pushed: %1 (applied %2, conflicts %3, rejected %4)</translation>
    </message>
    <message>
        <source>pulled: %1</source>
        <translation>pulled: %1</translation>
    </message>
    <message>
        <source>conflicts open: %1</source>
        <translation>conflicts open: %1</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>pending: %1</translation>
    </message>
    <message>
        <source>check: this desktop and the server differ (%1)</source>
        <translation>check: this desktop and the server differ (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>server: %1</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>user: %1</translation>
    </message>
    <message>
        <source>pending: %1 (queued %2, sent %3, failed %4); acknowledged %5, conflict %6, rejected %7</source>
        <translation>pending: %1 (queued %2, sent %3, failed %4); acknowledged %5, conflict %6, rejected %7</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>cursor: %1</source>
        <translation>cursor: %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <source>Sync stopped; nothing is lost: what was not sent stays queued for the next sync.</source>
        <translation>Sync stopped; nothing is lost: what was not sent stays queued for the next sync.</translation>
    </message>
</context>
<context>
    <name>cet::SyncController</name>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Sign &amp;In…</translation>
    </message>
    <message>
        <source>Sign in to the central server to sync the roster</source>
        <translation>Sign in to the central server to sync the roster</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sync Now</translation>
    </message>
    <message>
        <source>Send local changes to the central server and fetch others&apos; changes (F5)</source>
        <translation>Send local changes to the central server and fetch others&apos; changes (F5)</translation>
    </message>
</context>
<context>
    <name>cet::SyncEngine</name>
    <message>
        <source>No system credential store is available: the sign-in is kept only until CET Desk closes.</source>
        <translation>No system credential store is available: the sign-in is kept only until CET Desk closes.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Sync done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>Sync done: %1 sent, %2 received, %3 new conflicts, %4 refused.</translation>
    </message>
    <message>
        <source>Imports prepared for sending: %1 records.</source>
        <translation>Imports prepared for sending: %1 records.</translation>
    </message>
    <message>
        <source>The server found the batch too large; sending %1 operations per request.</source>
        <translation>The server found the batch too large; sending %1 operations per request.</translation>
    </message>
    <message>
        <source>The server refused a change of record %1: %2</source>
        <translation>The server refused a change of record %1: %2</translation>
    </message>
    <message>
        <source>After sync this desktop and the server differ (%1). Pending changes or conflicts can explain it; otherwise report it.</source>
        <translation>After sync this desktop and the server differ (%1). Pending changes or conflicts can explain it; otherwise report it.</translation>
    </message>
    <message>
        <source>Seats taken could not be fetched: %1</source>
        <translation>Seats taken could not be fetched: %1</translation>
    </message>
    <message>
        <source>Seats taken could not be saved: %1</source>
        <translation>Seats taken could not be saved: %1</translation>
    </message>
    <message>
        <source>The file is no longer on this computer.</source>
        <translation>The file is no longer on this computer.</translation>
    </message>
    <message>
        <source>Evidence for review %1 was not uploaded: %2</source>
        <translation>Evidence for review %1 was not uploaded: %2</translation>
    </message>
    <message>
        <source>Registration states could not be fetched: %1</source>
        <translation>Registration states could not be fetched: %1</translation>
    </message>
    <message>
        <source>Registration states could not be saved: %1</source>
        <translation>Registration states could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>cet::SyncErrors</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a moment and try again.</source>
        <translation>Too many failed sign-ins. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; nothing you changed is lost.</source>
        <translation>Your session has ended. Please sign in again; nothing you changed is lost.</translation>
    </message>
    <message>
        <source>Please sign in to the server to sync; nothing you changed is lost.</source>
        <translation>Please sign in to the server to sync; nothing you changed is lost.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Your account may not do this.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or replaced. Sync is paused and nothing was overwritten; ask your administrator how to continue.</source>
        <translation>The server&apos;s data was restored or replaced. Sync is paused and nothing was overwritten; ask your administrator how to continue.</translation>
    </message>
    <message>
        <source>The server no longer has the changes since this desktop&apos;s last sync; all records are fetched again.</source>
        <translation>The server no longer has the changes since this desktop&apos;s last sync; all records are fetched again.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// only for this computer itself).</source>
        <translation>The server address must start with https:// (plain http:// only for this computer itself).</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>The server address is not valid.</translation>
    </message>
    <message>
        <source>The certificate authority file can not be read.</source>
        <translation>The certificate authority file can not be read.</translation>
    </message>
    <message>
        <source>This database already syncs with another server or school.</source>
        <translation>This database already syncs with another server or school.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of CET Desk does not understand.</source>
        <translation>The server sent an answer this version of CET Desk does not understand.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the address, or configure the certificate authority file.</source>
        <translation>The server&apos;s certificate is not trusted. Check the address, or configure the certificate authority file.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Sync will try again later.</source>
        <translation>The server did not answer in time. Sync will try again later.</translation>
    </message>
    <message>
        <source>The server can not be reached. Your changes are kept and sent later.</source>
        <translation>The server can not be reached. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Sync was stopped.</translation>
    </message>
    <message>
        <source>The school&apos;s data is sealed for this exam session; changes are refused.</source>
        <translation>The school&apos;s data is sealed for this exam session; changes are refused.</translation>
    </message>
    <message>
        <source>The server refused the record as invalid.</source>
        <translation>The server refused the record as invalid.</translation>
    </message>
    <message>
        <source>The record belongs to another school.</source>
        <translation>The record belongs to another school.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>Sync failed (%1).</source>
        <translation>Sync failed (%1).</translation>
    </message>
    <message>
        <source>The server has kinds of records this version of CET Desk does not know. Please update CET Desk; nothing is lost, and sync goes on from here after the update.</source>
        <translation>The server has kinds of records this version of CET Desk does not know. Please update CET Desk; nothing is lost, and sync goes on from here after the update.</translation>
    </message>
    <message>
        <source>The server does not know this kind of record; the server needs an update.</source>
        <translation>The server does not know this kind of record; the server needs an update.</translation>
    </message>
    <message>
        <source>The server refused the notice as invalid.</source>
        <translation>The server refused the notice as invalid.</translation>
    </message>
    <message>
        <source>The notice is for a school or campus that is not yours.</source>
        <translation>The notice is for a school or campus that is not yours.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address; CET Desk does not follow it. Check the server address in the settings.</source>
        <translation>The server answered with a redirect to another address; CET Desk does not follow it. Check the server address in the settings.</translation>
    </message>
</context>
<context>
    <name>cet::SyncJob</name>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
</context>
<context>
    <name>cet::SyncJobProgress</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1. %2 {1:?}</translation>
    </message>
    <message>
        <source>Syncing with the central server…</source>
        <translation>Syncing with the central server…</translation>
    </message>
</context>
<context>
    <name>cet::SyncLogModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cet::SyncPage</name>
    <message>
        <source>Your value is kept; it is sent on the next sync.</source>
        <translation>Your value is kept; it is sent on the next sync.</translation>
    </message>
    <message>
        <source>Their value is taken on this desktop.</source>
        <translation>Their value is taken on this desktop.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n change(s) sent</source>
        <translation>
            <numerusform>Sync finished: %n change sent</numerusform>
            <numerusform>Sync finished: %n changes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>. The end-of-sync check found a difference: %1</source>
        <translation>. The end-of-sync check found a difference: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3</source>
        <translation>Signed in as %1 (%2), %3</translation>
    </message>
    <message>
        <source>, school %1</source>
        <translation>, school %1</translation>
    </message>
    <message>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <source>Roster sync is for school coordinators; this account has no school roster to sync on this desktop.</source>
        <translation>Roster sync is for school coordinators; this account has no school roster to sync on this desktop.</translation>
    </message>
    <message>
        <source>
No system credential store: you sign in again after restarting CET Desk.</source>
        <translation>
No system credential store: you sign in again after restarting CET Desk.</translation>
    </message>
    <message>
        <source>Not signed in (last: %1 at %2). Changes are kept on this computer and sent after you sign in.</source>
        <translation>Not signed in (last: %1 at %2). Changes are kept on this computer and sent after you sign in.</translation>
    </message>
    <message>
        <source>Not signed in. CET Desk works on this computer&apos;s database; sign in to sync with the central server.</source>
        <translation>Not signed in. CET Desk works on this computer&apos;s database; sign in to sync with the central server.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>%1 pending · %2 acknowledged · %3 conflict · %4 rejected</source>
        <translation>%1 pending · %2 acknowledged · %3 conflict · %4 rejected</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Sync with the Central Server</source>
        <translation>Sync with the Central Server</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Choose the school whose roster this desktop syncs.</source>
        <translation>Choose the school whose roster this desktop syncs.</translation>
    </message>
</context>
<context>
    <name>cet::SyncService</name>
    <message>
        <source>Only an administrator chooses the school to sync.</source>
        <translation>Only an administrator chooses the school to sync.</translation>
    </message>
    <message>
        <source>A school code has 5 digits, for example 10001.</source>
        <translation>A school code has 5 digits, for example 10001.</translation>
    </message>
</context>
<context>
    <name>cet::SyncStatusWidget</name>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Signed in as %1 (%2) at %3</translation>
    </message>
    <message>
        <source>Working offline on this computer&apos;s database</source>
        <translation>Working offline on this computer&apos;s database</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Local changes not yet acknowledged by the central server</source>
        <translation>Local changes not yet acknowledged by the central server</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
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
        <translation>This database already syncs with %1 (school %2). Signing in to another server or school would mix their records; use another database for it.</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>deleted on the server</translation>
    </message>
    <message>
        <source>%1, deleted on the server</source>
        <translation>%1, deleted on the server</translation>
    </message>
    <message>
        <source>This conflict does not exist or was already resolved.</source>
        <translation>This conflict does not exist or was already resolved.</translation>
    </message>
    <message>
        <source>This conflict can not be resolved here.</source>
        <translation>This conflict can not be resolved here.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or replaced (new epoch). Nothing was overwritten; sync is paused until you decide.</source>
        <translation>The server&apos;s data was restored or replaced (new epoch). Nothing was overwritten; sync is paused until you decide.</translation>
    </message>
</context>
<context>
    <name>cet::SyncUiText</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Failed (will retry)</source>
        <translation>Failed (will retry)</translation>
    </message>
    <message>
        <source>School coordinator</source>
        <translation>School coordinator</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Customer service supervisor</source>
        <translation>Customer service supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Student record</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>%1 (from %2): %3</source>
        <translation>%1 (from %2): %3</translation>
    </message>
</context>
<context>
    <name>cet::TableFiles</name>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>&quot;%1&quot; could not be opened: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sheets; there is no sheet %3.</source>
        <translation>&quot;%1&quot; has %2 sheets; there is no sheet %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>&quot;%1&quot; could not be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table: it holds binary data, not text. Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>&quot;%1&quot; is not a table: it holds binary data, not text. Import a CSV file or an Excel workbook (.xlsx).</translation>
    </message>
</context>
<context>
    <name>cet::XlsxSharedStrings</name>
    <message>
        <source>&quot;%1&quot; can not be read: shared string %2 has %3 characters; a cell may have at most %4.</source>
        <translation>&quot;%1&quot; can not be read: shared string %2 has %3 characters; a cell may have at most %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its shared strings have more than %2 characters.</source>
        <translation>&quot;%1&quot; can not be read: its shared strings have more than %2 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: it has more than %2 shared strings.</source>
        <translation>&quot;%1&quot; can not be read: it has more than %2 shared strings.</translation>
    </message>
</context>
<context>
    <name>cet::XlsxSheetSource</name>
    <message>
        <source>&quot;%1&quot; has no worksheet number %2 (it may be a chart). Choose another sheet.</source>
        <translation>&quot;%1&quot; has no worksheet number %2 (it may be a chart). Choose another sheet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: cell %2%3 of sheet &quot;%4&quot; refers to a shared string that does not exist. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is damaged: cell %2%3 of sheet &quot;%4&quot; refers to a shared string that does not exist. Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 has %5 characters; a cell may have at most %6.</source>
        <translation>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 has %5 characters; a cell may have at most %6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a cell named &quot;%3&quot; in row %4.</source>
        <translation>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a cell named &quot;%3&quot; in row %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a cell beyond column XFD in row %3, outside any spreadsheet.</source>
        <translation>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a cell beyond column XFD in row %3, outside any spreadsheet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;: row %3 has more than %4 columns.</source>
        <translation>&quot;%1&quot;, sheet &quot;%2&quot;: row %3 has more than %4 columns.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a row beyond row 1048576, outside any spreadsheet.</source>
        <translation>&quot;%1&quot; is damaged: sheet &quot;%2&quot; has a row beyond row 1048576, outside any spreadsheet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot; has more than %3 rows, more than CET Desk imports at once. Split the file.</source>
        <translation>&quot;%1&quot;, sheet &quot;%2&quot; has more than %3 rows, more than CET Desk imports at once. Split the file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 is longer than a cell may be.</source>
        <translation>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 is longer than a cell may be.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 has more than %5 characters.</source>
        <translation>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3%4 has more than %5 characters.</translation>
    </message>
</context>
<context>
    <name>cet::XlsxSheets</name>
    <message>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and that the file is not open in another program.</source>
        <translation>Could not write &quot;%1&quot;. Check that the folder exists and that the file is not open in another program.</translation>
    </message>
</context>
<context>
    <name>cet::XlsxWorkbook</name>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>&quot;%1&quot; is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no worksheets.</source>
        <translation>&quot;%1&quot; has no worksheets.</translation>
    </message>
</context>
<context>
    <name>cet::XmlScanner</name>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: the part %2 has a tag or text of more than %3 bytes near line %4.</source>
        <translation>&quot;%1&quot; can not be read: the part %2 has a tag or text of more than %3 bytes near line %4.</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>the part ends inside a tag</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes nothing</source>
        <translation>&lt;/%1&gt; closes nothing</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; closes &lt;%2&gt;</translation>
    </message>
    <message>
        <source>a document type declaration</source>
        <translation>a document type declaration</translation>
    </message>
    <message>
        <source>an unknown &lt;! tag</source>
        <translation>an unknown &lt;! tag</translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported</source>
        <translation>UTF-16 XML is not supported</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>text outside the root element</translation>
    </message>
    <message>
        <source>a tag is not closed</source>
        <translation>a tag is not closed</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>a tag without a name</translation>
    </message>
    <message>
        <source>a bad tag name</source>
        <translation>a bad tag name</translation>
    </message>
    <message>
        <source>a badly written attribute</source>
        <translation>a badly written attribute</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>a second root element</translation>
    </message>
    <message>
        <source>the part is empty</source>
        <translation>the part is empty</translation>
    </message>
    <message>
        <source>the part ends before &lt;%1&gt; is closed</source>
        <translation>the part ends before &lt;%1&gt; is closed</translation>
    </message>
    <message>
        <source>an unknown entity or a bare &amp;</source>
        <translation>an unknown entity or a bare &amp;</translation>
    </message>
</context>
<context>
    <name>cet::ZipArchive</name>
    <message>
        <source>&quot;%1&quot; could not be read.</source>
        <translation>&quot;%1&quot; could not be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable .xlsx workbook: the file is damaged or incomplete. Open it in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is not a readable .xlsx workbook: the file is damaged or incomplete. Open it in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save it and retry.</source>
        <translation>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save it and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete .xlsx workbook: the part %2 is missing. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is not a complete .xlsx workbook: the part %2 is missing. Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to %3 MB, more than the %4 MB allowed.</source>
        <translation>&quot;%1&quot; can not be read: its part %2 unpacks to %3 MB, more than the %4 MB allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 times its packed size, which only a damaged or hostile file does.</source>
        <translation>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 times its packed size, which only a damaged or hostile file does.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password, save it and retry.</source>
        <translation>&quot;%1&quot; is protected with a password. Open it in Excel or WPS, remove the password, save it and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 is larger than %3 MB.</source>
        <translation>&quot;%1&quot; can not be read: its part %2 is larger than %3 MB.</translation>
    </message>
</context>
<context>
    <name>cet::ZipEntryStream</name>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the part %2 is larger than the archive says. Open the file in Excel or WPS, save it again and retry.</source>
        <translation>&quot;%1&quot; is damaged: the part %2 is larger than the archive says. Open the file in Excel or WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 MB.</source>
        <translation>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 MB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 times its packed size, which only a damaged or hostile file does.</source>
        <translation>&quot;%1&quot; can not be read: its part %2 unpacks to more than %3 times its packed size, which only a damaged or hostile file does.</translation>
    </message>
</context>
<context>
    <name>cet::ZipPhotoSource</name>
    <message>
        <source>%1 holds more than %2 files. Put only the photos into the ZIP file, or split it.</source>
        <translation>%1 holds more than %2 files. Put only the photos into the ZIP file, or split it.</translation>
    </message>
    <message>
        <source>%1 in %2 can not be unpacked (%3). Make the ZIP file again.</source>
        <translation>%1 in %2 can not be unpacked (%3). Make the ZIP file again.</translation>
    </message>
    <message>
        <source>%1 in %2 is protected by a password. Make the ZIP file again without a password.</source>
        <translation>%1 in %2 is protected by a password. Make the ZIP file again without a password.</translation>
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
    <message>
        <source>Sign in to the central server at &lt;url&gt; at start.</source>
        <translation>Sign in to the central server at &lt;url&gt; at start.</translation>
    </message>
    <message>
        <source>Sign in as &lt;user&gt; (with --server).</source>
        <translation>Sign in as &lt;user&gt; (with --server).</translation>
    </message>
    <message>
        <source>Read the password from standard input (else $CETDESK_DEMO_PASSWORD).</source>
        <translation>Read the password from standard input (else $CETDESK_DEMO_PASSWORD).</translation>
    </message>
</context>
</TS>

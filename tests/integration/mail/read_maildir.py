"""Prints the messages of a maildir (aiosmtpd's Mailbox handler) as JSON, decoded by Python's own
email package: an independent reader of what cet-central's MIME encoding put on the wire."""
import email
import email.header
import email.policy
import json
import mailbox
import sys

out = []
for key, message in sorted(mailbox.Maildir(sys.argv[1], create=False).items(), key=lambda kv: kv[1].get_date()):
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    out.append({
        "to": str(parsed["To"]),
        "from": str(parsed["From"]),
        "subject": str(parsed["Subject"]),
        "raw_subject": message.get("Subject"),
        "content_type": parsed.get_content_type(),
        "charset": parsed.get_content_charset(),
        "body": parsed.get_content(),
    })
sys.stdout.write(json.dumps(out, ensure_ascii=True))

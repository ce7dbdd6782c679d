#!/usr/bin/env python3
"""Checks the writes recorded by confirmed-writes.py against an H2 file, the server stopped: every
confirmed answer (or the one in flight) and every confirmed publication with its audit row.
usage: check-writes.py OUT.json H2_FILE_WITHOUT_.mv.db"""
import csv, glob, json, os, subprocess, sys, tempfile
rec = json.load(open(sys.argv[1]))
db = os.path.abspath(sys.argv[2])
h2 = sorted(glob.glob(os.path.expanduser("~/.m2/repository/com/h2database/h2/2.*/h2-2.*[0-9].jar")))[-1]
folder = tempfile.mkdtemp()
csvfile = os.path.join(folder, "answers.csv"); pubs = os.path.join(folder, "publications.csv")
subprocess.run(["java", "-cp", h2, "org.h2.tools.Shell", "-url", f"jdbc:h2:file:{db}", "-user", "sa", "-sql",
                f"CALL CSVWRITE('{csvfile}', 'select token, answers from questionnaire_response'); "
                f"CALL CSVWRITE('{pubs}', 'select v.note, (select count(*) from audit_event a where a.action = ''PUBLISHED'' and a.detail like ''version '' || v.version || ''%'') as audited from catalogue_version v')"],
               check=True, stdout=subprocess.DEVNULL)
stored = {row["TOKEN"]: json.loads(row["ANSWERS"]).get("integration") for row in csv.DictReader(open(csvfile))}
lost = []
for token, value in rec["answers"].items():
    got = stored.get(token, "<missing>")
    if got != value and got != rec["pending"].get(token):
        lost.append((token[:8], value, got))
notes = {row["NOTE"]: int(row["AUDITED"]) for row in csv.DictReader(open(pubs))}
lost_pubs = [n for n in rec["publications"] if n not in notes or notes[n] != 1]
print(f"answers: {len(rec['answers'])} journeys confirmed, {len(lost)} lost {lost[:5]}")
print(f"publications: {len(rec['publications'])} confirmed, {len(lost_pubs)} lost {lost_pubs[:5]}")
print("probe errors:", rec["error_count"], rec["errors"][:3])

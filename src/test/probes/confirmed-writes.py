#!/usr/bin/env python3
"""Writes answers (and, given the admin password, publications) against a running instance and
records every write the server confirmed: an answer redirected to the next page, a publication
reported "Version N publiée". Also records the write in flight, which may or may not be saved.

usage: confirmed-writes.py BASE_URL SECONDS OUT.json PID [threads] [admin_password]
After SECONDS, sends SIGKILL to PID (the server; 0: none, just stop) and writes OUT.json.
"""
import http.client, json, os, re, signal, sys, threading, time, urllib.parse, itertools

base = urllib.parse.urlparse(sys.argv[1])
seconds = float(sys.argv[2])
out = sys.argv[3]
pid = int(sys.argv[4])
threads = int(sys.argv[5]) if len(sys.argv) > 5 else 4
admin_password = sys.argv[6] if len(sys.argv) > 6 else None
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
VALUES = ["echanger", "mutualiser", "structurer", "fusionner"]

confirmed = {}          # token -> last confirmed integration value
pending = {}            # token -> value of the request in flight
errors = []
publications = []       # notes of publications confirmed
lock = threading.Lock()
deadline = time.time() + seconds
stop = time.time() + 3600 if int(sys.argv[4]) else deadline


class Client:
    def __init__(self):
        self.cookies = {}

    def request(self, method, path, fields=None):
        conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
        headers = {"Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body, headers)
        r = conn.getresponse()
        data = r.read().decode("utf-8", "replace")
        for name, value in r.getheaders():
            if name.lower() == "set-cookie":
                k, v = value.split(";")[0].split("=", 1)
                self.cookies[k] = v
        conn.close()
        return r.status, r.getheader("Location"), data

    def csrf(self, path):
        status, _, html = self.request("GET", path)
        return CSRF.search(html).group(1)


def respondent():
    c = Client()
    try:
        token = c.csrf("/questionnaire")
        while time.time() < stop:
            status, location, _ = c.request("POST", "/questionnaire", {"_csrf": token})
            if status != 302:
                errors.append(f"start {status}")
                time.sleep(0.05)
                continue
            path = urllib.parse.urlparse(location).path
            key = path.rsplit("/", 1)[1]
            for value in itertools.islice(itertools.cycle(VALUES), 6):
                if time.time() >= stop:
                    break
                with lock:
                    pending[key] = value
                status, _, _ = c.request("POST", path + "/questions/integration",
                                         {"_csrf": token, "integration": value})
                if status == 302:
                    with lock:
                        confirmed[key] = value
                else:
                    errors.append(f"answer {status}")
                    time.sleep(0.05)
    except Exception as e:  # the server was killed: stop quietly
        errors.append(repr(e)[:100])


def admin():
    c = Client()
    try:
        token = c.csrf("/admin/connexion")
        status, location, _ = c.request("POST", "/admin/connexion",
                                        {"_csrf": token, "username": "admin", "password": admin_password})
        token = c.csrf("/admin/brouillon")
        n = 0
        while time.time() < stop:
            n += 1
            note = f"probe {time.time():.3f} {n}"
            with lock:
                pending["publication"] = note
            status, location, _ = c.request("POST", "/admin/publier", {"_csrf": token, "note": note})
            shown = c.request("GET", "/admin/brouillon")[2] if status == 302 else ""
            if "publiée" in shown:
                with lock:
                    publications.append(note)
            time.sleep(0.2)
    except Exception as e:
        errors.append("admin " + repr(e)[:100])


def dump():
    with lock:
        json.dump({"answers": confirmed, "pending": pending, "publications": publications, "errors": errors[:20],
                   "error_count": len(errors)}, open(out + ".tmp", "w"))
    import os
    os.replace(out + ".tmp", out)


workers = [threading.Thread(target=respondent, daemon=True) for _ in range(threads)]
if admin_password:
    workers.append(threading.Thread(target=admin, daemon=True))
for w in workers:
    w.start()
while time.time() < deadline:
    time.sleep(0.05)
if pid:
    os.kill(pid, signal.SIGKILL)
killed_at = time.time()
for w in workers:
    w.join(40)
dump()
print(f"{len(confirmed)} journeys, {len(publications)} publications, {len(errors)} errors")

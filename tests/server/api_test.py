#!/usr/bin/env python3
"""API tests for `marsad serve` over real HTTP on 127.0.0.1.

Usage: api_test.py MARSAD_BINARY SOURCE_DIR
Builds a database from tests/server/articles.jsonl in a temporary folder, starts `marsad serve --port 0`
(a free port, read from its start-up line) with a token and the dashboard assets (web/dist when built, else
a small stand-in folder), and checks every endpoint, bad parameters, path traversal, the token rules, the
body size limit and many concurrent requests (bounded in count and time). Prints 'N passed, N failed'.
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

MARSAD, SOURCE = sys.argv[1], sys.argv[2]
TOKEN = "test-token-0123456789abcdef"
passed, failed = 0, 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {name} {detail}", flush=True)


def request(path, method="GET", body=None, headers=None, raw_path=False):
    url = BASE + (path if raw_path else urllib.parse.quote(path, safe="/?=&,%:"))
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            payload = r.read()
            return r.status, r.headers, payload
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get_json(path, **kw):
    status, headers, payload = request(path, **kw)
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, None


tmp = tempfile.mkdtemp(prefix="marsad-api-test-")
server = None
try:
    db = os.path.join(tmp, "test.db")
    subprocess.run([MARSAD, "ingest", os.path.join(SOURCE, "tests/server/articles.jsonl"), "--db", db],
                   check=True, stderr=subprocess.DEVNULL, timeout=300)
    web = os.path.join(tmp, "web")
    os.makedirs(os.path.join(web, "sub"))
    with open(os.path.join(web, "index.html"), "w") as f:
        f.write("<!doctype html><html lang=ar dir=rtl><title>t</title></html>")
    with open(os.path.join(tmp, "secret.txt"), "w") as f:
        f.write("secret")
    os.symlink(os.path.join(tmp, "secret.txt"), os.path.join(web, "sub", "link.txt"))
    server = subprocess.Popen([MARSAD, "serve", "--db", db, "--port", "0", "--token", TOKEN, "--web", web,
                               "--threads", "8"], stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        print("FAIL: server did not start: " + line + server.stderr.read())
        sys.exit(1)
    BASE = f"http://127.0.0.1:{m.group(1)}"

    # --- reads ---
    s, j = get_json("/api/health")
    check("health", s == 200 and j["status"] == "ok" and j["backend"] == "sqlite" and j["uploads"] is True, j)
    # Expected values come from `marsad query` on the same database, so these tests check the API against
    # the store and the CLI, not against what the coder happens to find in the test articles today.
    def cli_events(*args):
        out = subprocess.run([MARSAD, "query", "--db", db, "--format", "jsonl", "--limit", "0", *args],
                             check=True, capture_output=True, text=True, timeout=60).stdout
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    every = cli_events()
    n = len(every)
    check("test articles give events", n >= 8, n)
    s, j = get_json("/api/stats")
    check("stats", s == 200 and j["documents"] == 12 and j["events"] == n and
          j["by_quad"].get("4", 0) == len(cli_events("--quad", "4")), j)
    check("stats days", j["first_day"] == min(e["day"] for e in every if e["day"]) and
          j["last_day"] == max(e["day"] for e in every if e["day"]), j)
    s, j = get_json("/api/events")
    check("events", s == 200 and len(j["events"]) == n and j["has_more"] is False, s)
    e = j["events"][0]
    check("event fields", e["doc_id"] == every[0]["doc_id"] and e["source"] == every[0]["source"] and
          e["cameo"] == every[0]["cameo"] and e["rule"].startswith("dict/events.tsv:"), e)
    s, j = get_json("/api/events?limit=4&offset=4")
    check("paging", s == 200 and len(j["events"]) == min(4, n - 4) and j["has_more"] == (n > 8) and
          j["events"][0]["doc_id"] == every[4]["doc_id"], j)
    s, j = get_json("/api/events?limit=4&offset=8")
    check("last page", len(j["events"]) == max(0, min(4, n - 8)) and j["has_more"] == (n > 12), j)
    flags = {"actor": "--actor", "source": "--source", "target": "--target", "country": "--country", "dyad": "--dyad",
             "cameo": "--cameo", "root": "--root", "quad": "--quad", "modality": "--modality", "from": "--from",
             "to": "--to", "q": "--text"}
    for q in ["actor=ISR", "source=RUS", "target=IRN", "country=CHN", "dyad=IRN,RUS", "dyad=IRN,RUS&directed=true",
              "cameo=04", "root=19", "root=4", "quad=3", "modality=asserted", "from=2024-06", "to=2024-05",
              "from=2024-05-10&to=2024-05-20", "q=موسكو", "q=موسكو أمس", "actor=ZZZ"]:
        args = []
        for part in q.split("&"):
            k, v = part.split("=", 1)
            if k == "directed":
                args.append("--directed")
            else:
                args += [flags[k], v.zfill(2) if k == "root" else v]
        want = len(cli_events(*args))
        s, j = get_json("/api/events?" + urllib.parse.quote(q, safe="=&,"))
        check(f"filter {q}", s == 200 and len(j["events"]) == want, f"{s} {j and len(j.get('events', []))} want {want}")
    s, j = get_json("/api/events?q=%22")
    check("filter q=quote", s == 200 and len(j["events"]) == 0, s)
    out = subprocess.run([MARSAD, "query", "--db", db, "--format", "jsonl", "--series", "dyad", "--dyad", "IRN,RUS",
                          "--by", "month"], check=True, capture_output=True, text=True, timeout=60).stdout
    cli_series = [json.loads(line) for line in out.splitlines() if line.strip()]
    s, j = get_json("/api/series?dyad=IRN,RUS&by=month")
    check("series", s == 200 and [p["period"] for p in j["series"]] == [p["period"] for p in cli_series], j)
    check("series goldstein", all(abs(a["goldstein"] - float(b["goldstein"])) < 1e-6 for a, b in zip(j["series"], cli_series)),
          (j, cli_series))
    s, j = get_json("/api/series?dyad=IRN,RUS&by=week")
    check("series week", s == 200 and all(re.fullmatch(r"\d{4}-\d\d-\d\d", p["period"]) for p in j["series"]), j)
    out = subprocess.run([MARSAD, "query", "--db", db, "--format", "jsonl", "--top", "actors", "--limit", "3"],
                         check=True, capture_output=True, text=True, timeout=60).stdout
    cli_top = [json.loads(line) for line in out.splitlines() if line.strip()]
    s, j = get_json("/api/actors?limit=3")
    check("actors", s == 200 and len(j["actors"]) == len(cli_top) and
          [a["events"] for a in j["actors"]] == [int(t["events"]) for t in cli_top], (j, cli_top))
    s, j = get_json("/api/dyads")
    check("dyads", s == 200 and len(j["dyads"]) >= 1 and {"source", "target", "events"} <= set(j["dyads"][0]), j)
    s, j = get_json("/api/locations")
    check("locations", s == 200 and len(j["locations"]) >= 1 and all(-90 <= p["lat"] <= 90 for p in j["locations"]), j)
    s, j = get_json("/api/documents/t-001")
    check("document", s == 200 and j["document"]["title"] == "زيارة إلى موسكو" and len(j["events"]) >= 1, j)
    ev, text = j["events"][0], j["document"]["text"].encode()
    check("document spans", text[ev["evidence_start"]:ev["evidence_end"]].decode() == ev["evidence"] and
          text[ev["source_start"]:ev["source_end"]].decode() == ev["source_text"] and
          text[ev["target_start"]:ev["target_end"]].decode() == ev["target_text"], ev)
    check("document rule", ev["rule"].startswith("dict/events.tsv:") and ev["cameo_label"], ev)
    s, j = get_json("/api/search?q=موسكو")
    check("search", s == 200 and {d["id"] for d in j["documents"]} == {"t-001", "t-009"}, j)
    s, j = get_json("/api/search?q=لا-توجد-كلمة")
    check("search none", s == 200 and j["documents"] == [], j)

    # --- errors ---
    for q, param in [("events?limit=0", "limit"), ("events?limit=1001", "limit"), ("events?limit=x", "limit"),
                     ("events?offset=-1", "offset"), ("events?offset=100000000", "offset"), ("events?from=2024-13", "from"),
                     ("events?to=20240101", "to"), ("events?from=2024-06&to=2024-05", "to"), ("events?actor=IR%20N", "actor"),
                     ("events?country=Iran", "country"), ("events?dyad=IRN", "dyad"), ("events?cameo=abc", "cameo"),
                     ("events?root=21", "root"), ("events?quad=5", "quad"), ("events?modality=maybe", "modality"),
                     ("events?directed=perhaps", "directed"), ("events?q=", "q"), ("events?q=" + "a" * 201, "q"),
                     ("events?bogus=1", "bogus"), ("events?actor=IRN&actor=RUS", "actor"), ("series?by=year", "by"),
                     ("series?quad=1", "quad"), ("search", "q"), ("actors?limit=5000", "limit"), ("locations?dyad=A,B", "dyad"),
                     ("events?actor=' OR 1=1 --", "actor")]:
        s, j = get_json("/api/" + q)
        check(f"400 {q}", s == 400 and j and param in j["error"], f"{s} {j}")
    for p in ["/api/nope", "/api/documents", "/api/documents/no-such-id", "/nope.html", "/api"]:
        s, j = get_json(p)
        check(f"404 {p}", s == 404 and j and "error" in j, f"{s} {j}")
    s, j = get_json("/api/events", method="DELETE")
    check("DELETE 404", s == 404, s)

    # --- static files and traversal ---
    s, h, body = request("/")
    check("index", s == 200 and b"lang=ar" in body and h["Content-Type"].startswith("text/html"), s)
    for p in ["/../secret.txt", "/%2e%2e/secret.txt", "/sub/../../secret.txt", "/..%2fsecret.txt", "//etc/passwd",
              "/sub/link.txt", "/%2Fetc%2Fpasswd", "/.hidden", "/sub/%00x"]:
        s, h, body = request(p, raw_path=True)
        check(f"traversal {p}", s in (400, 404) and b"secret" not in body and b"root:" not in body, f"{s} {body[:80]}")

    # --- uploads ---
    doc = {"id": "u-1", "title": "رفع", "date": "2024-07-10", "source": "api", "text": "زار وزير الخارجية الإيراني موسكو أمس."}
    s, j = get_json("/api/documents", method="POST", body=doc, headers={"Content-Type": "application/json"})
    check("POST without token 403", s == 403 and "error" in j, f"{s} {j}")
    s, j = get_json("/api/documents", method="POST", body=doc, headers={"Authorization": "Bearer wrong-token-000000000"})
    check("POST wrong token 401", s == 401, f"{s} {j}")
    s, j = get_json("/api/documents", method="POST", body=doc, headers={"Authorization": TOKEN})
    check("POST token without Bearer 401", s == 401, f"{s} {j}")
    auth = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
    s, j = get_json("/api/documents", method="POST", body=doc, headers=auth)
    check("POST one", s == 201 and j["documents"][0]["status"] == "new" and j["documents"][0]["events"] >= 1, f"{s} {j}")
    s, j = get_json("/api/documents", method="POST", body=[doc, dict(doc, id="u-2", text="هددت الولايات المتحدة إيران بفرض عقوبات.")], headers=auth)
    check("POST array", s == 201 and [d["status"] for d in j["documents"]] == ["unchanged", "new"], f"{s} {j}")
    s, j = get_json("/api/documents/u-2")
    check("uploaded stored", s == 200 and j["events"][0]["cameo"].startswith("13"), j)
    s, j = get_json("/api/stats")
    check("stats after upload", j["documents"] == 14 and j["events"] == len(cli_events()), j)
    for body, what in [(b"{not json", "JSON"), (b"42", "object"), (b"[]", "no documents"), (b'{"id": "x"}', "text"),
                       (b'{"text": "x"}', "id"), (b'{"id": "x", "text": "y", "date": 5}', "date"),
                       (b'[{"id": "x", "text": "y"}, {"id": "x", "text": "z"}]', "twice")]:
        s, j = get_json("/api/documents", method="POST", body=body, headers=auth)
        check(f"POST bad {what}", s == 400 and what in j["error"], f"{s} {j}")
    s, _, _ = request("/api/documents", method="POST", body=b"x" * (9 << 20), headers=auth)
    check("POST 413", s == 413, s)

    # --- concurrency: 400 requests over 16 client threads, all answered correctly within 60 s ---
    paths = ["/api/events?limit=50", "/api/series?dyad=IRN,RUS&by=week", "/api/actors", "/api/dyads",
             "/api/documents/t-001", "/api/search?q=موسكو", "/api/stats", "/"]
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda i: request(paths[i % len(paths)])[0], range(400)))
    took = time.monotonic() - start
    check("concurrent all 200", results.count(200) == 400, {s: results.count(s) for s in set(results)})
    check("concurrent bounded time", took < 60, took)
    check("server alive", server.poll() is None)
finally:
    if server:
        server.terminate()
        try:
            rc = server.wait(timeout=15)
            check("clean stop on SIGTERM", rc == 0, rc)
        except subprocess.TimeoutExpired:
            server.kill()
            check("clean stop on SIGTERM", False, "timeout")
    shutil.rmtree(tmp, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

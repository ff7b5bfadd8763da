#!/usr/bin/env python3
"""End-to-end figures of the local stack: submission-to-PUBLISHED latency, throughput, RSS.

Starts `java -jar local-stack/target/newsflow-local.jar` (build it first with
`mvn -q -DskipTests package`) on a fresh data directory, serves N distinct copies of the end-to-end
test pages from a local HTTP server, submits them at a fixed rate, waits until every submission is
terminal, and prints latency percentiles (ACCEPTED -> PUBLISHED, from the status history), the
sustained rate and the stack's peak resident memory.

    python3 local-stack/bench/pipeline-bench.py [--pages 100] [--rate 5]
"""
import argparse, http.server, json, os, re, shutil, socketserver, subprocess, sys, tempfile, threading, time
import urllib.request
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES = os.path.join(ROOT, "local-stack/src/test/resources/pages")
JAR = os.path.join(ROOT, "local-stack/target/newsflow-local.jar")
TOKEN = "bench-token"


def make_site(directory, count):
    names = ["iria-nato-foreign-ministers", "iria-nato-winter-support"]
    paths = []
    for i in range(count):
        name = names[i % len(names)]
        html = open(os.path.join(PAGES, name, "index.html"), encoding="utf-8").read()
        slug = f"{name}-{i}"
        # A distinct canonical URL per copy, so every copy is its own article.
        html = re.sub(r'(<link rel="canonical" href=")[^"]+', rf'\g<1>https://bench.example/2023/11/30/{slug}/', html)
        os.makedirs(os.path.join(directory, "2023/11/30", slug), exist_ok=True)
        open(os.path.join(directory, "2023/11/30", slug, "index.html"), "w", encoding="utf-8").write(html)
        paths.append(f"/2023/11/30/{slug}/")
    return paths


def serve(directory):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=directory, **k)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def request(url, body=None):
    req = urllib.request.Request(url, data=body, method="POST" if body else "GET")
    if body:
        req.add_header("Content-Type", "application/json")
        req.add_header("Authorization", "Bearer " + TOKEN)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None


def rss_mb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0
    return 0


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--rate", type=float, default=5.0, help="submissions per second")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="newsflow-bench-")
    site = os.path.join(work, "site")
    paths = make_site(site, args.pages)
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    env = dict(os.environ, NEWSFLOW_DATA_DIR=os.path.join(work, "data"), NEWSFLOW_EDITOR_TOKENS=TOKEN)
    started = time.time()
    stack = subprocess.Popen(["java", "-jar", JAR], env=env, stdout=open(os.path.join(work, "stack.log"), "w"),
                             stderr=subprocess.STDOUT)
    peak = 0.0
    try:
        while request_ok("http://127.0.0.1:8081/actuator/health") is False:
            if stack.poll() is not None or time.time() - started > 180:
                shutil.copy(os.path.join(work, "stack.log"), "newsflow-bench-stack.log")
                sys.exit("stack did not start; see newsflow-bench-stack.log")
            time.sleep(0.5)
        print(f"stack up in {time.time() - started:.1f} s, RSS {rss_mb(stack.pid):.0f} MB idle")
        ids = []
        t0 = time.time()
        for i, path in enumerate(paths):
            due = t0 + i / args.rate
            time.sleep(max(0.0, due - time.time()))
            status, body = request("http://127.0.0.1:8081/api/submissions",
                                   json.dumps({"url": base + path}).encode())
            assert status == 202, status
            ids.append(body[0]["id"])
            peak = max(peak, rss_mb(stack.pid))
        done = {}
        while len(done) < len(ids) and time.time() - t0 < 600:
            for sid in ids:
                if sid not in done:
                    status, sub = request(f"http://127.0.0.1:8080/api/submissions/{sid}")
                    if status == 200 and sub.get("state") in ("PUBLISHED", "DUPLICATE", "FAILED"):
                        done[sid] = sub
            peak = max(peak, rss_mb(stack.pid))
            time.sleep(0.2)
        elapsed = time.time() - t0
        states = {}
        latencies = []
        last_published = t0
        for sub in done.values():
            states[sub["state"]] = states.get(sub["state"], 0) + 1
            hist = {h["state"]: ts(h["at"]) for h in sub["history"]}
            if "ACCEPTED" in hist and "PUBLISHED" in hist:
                latencies.append(hist["PUBLISHED"] - hist["ACCEPTED"])
                last_published = max(last_published, hist["PUBLISHED"])
        latencies.sort()
        pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")
        print(f"{len(ids)} submissions at {args.rate}/s: {states}, {len(ids) - len(done)} not terminal")
        print(f"latency ACCEPTED->PUBLISHED ms: p50 {pct(0.50):.0f}  p95 {pct(0.95):.0f}  p99 {pct(0.99):.0f}"
              f"  max {latencies[-1] * 1000 if latencies else float('nan'):.0f}")
        print(f"throughput: {len(latencies) / max(1e-9, last_published - t0):.2f} articles/s published"
              f" (all terminal after {elapsed:.1f} s)")
        print(f"local stack peak RSS: {peak:.0f} MB (broker + store + three services, one JVM)")
    finally:
        stack.terminate()
        try:
            stack.wait(30)
        except subprocess.TimeoutExpired:
            stack.kill()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def request_ok(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except Exception:
        return False


if __name__ == "__main__":
    main()

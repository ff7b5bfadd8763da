#!/usr/bin/env python3
"""End-to-end figures of the local stack: throughput at increasing submission rates, latency
percentiles from submission to PUBLISHED, the extraction-only ceiling and the stack's peak RSS.

Build first:  mvn -q -DskipTests package   (local-stack/target/newsflow-local.jar and
              extractor/target/newsflow-extractor.jar)
Run:          python3 local-stack/bench/pipeline-bench.py [--rates 2,4,8,16] [--per-rate 60]

What it does:
 1. Pages: the extraction dev sets (../shared/datasets/extraction/*/html/*.html.gz) when present, else
    copies of the end-to-end test pages; each submission gets its own URL on a local HTTP server
    (canonical links neutralised, so every URL is its own article). NEWSFLOW_BENCH_PAGES=DIR for another set.
 2. Extraction-only ceiling: newsflow-extractor.jar --threads 2 on the same pages (pages/s).
 3. Starts `java -jar newsflow-local.jar` (broker + store + three services in one JVM) on free ports and a
    fresh data directory. All pages come from one host, so ingest's per-host politeness delay is set to 0
    (NEWSFLOW_CRAWL_HOST_DELAY=0ms); everything else is the developer stack's defaults.
 4. After a warm-up batch, submits --per-rate URLs at each rate (one request per URL, evenly spaced) and
    waits until all are terminal. Throughput = PUBLISHED articles / (last PUBLISHED - first submission);
    latency = ACCEPTED -> PUBLISHED from each submission's status history.
 5. Sustained rate = the best throughput of the rate steps; then one more step at half of it, whose p99
    is the latency goal's figure (< 2 s). Ratio = sustained / extraction ceiling (goal >= 50%).
 6. Per step also: the stack JVM's CPU time per published article (load on the machine changes it far less
    than the wall-clock rates; cores / CPU per article bounds the rate on an idle machine) and each stage's
    p50 from the status history (accepted->fetching is the wait for an ingest worker, extracted->enriched
    includes the enrichment queue).
 7. Peak RSS of the stack's JVM, sampled every 0.2 s (the stack runs with --jvm-opts, default -Xmx1g: without a
    heap bound the JVM takes a quarter of the machine's RAM as its heap limit and grows into it).
"""
import argparse, glob, gzip, http.server, json, os, re, shutil, socket, socketserver, subprocess, sys, tempfile, \
    threading, time, urllib.request
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST_PAGES = os.path.join(ROOT, "local-stack/src/test/resources/pages")
DATASETS = os.environ.get("NEWSFLOW_BENCH_PAGES", os.path.join(ROOT, "..", "shared", "datasets", "extraction"))
# NEWSFLOW_BENCH_STACK_JAR: another build of the stack (to compare two versions on the same machine)
STACK_JAR = os.environ.get("NEWSFLOW_BENCH_STACK_JAR", os.path.join(ROOT, "local-stack/target/newsflow-local.jar"))
EXTRACTOR_JAR = os.path.join(ROOT, "extractor/target/newsflow-extractor.jar")
TOKEN = "bench-token"
TERMINAL = ("PUBLISHED", "DUPLICATE", "FAILED")
# Where the time goes: each stage's p50 from the status history (the queue before a stage counts in it).
STAGES = ("FETCHING", "EXTRACTED", "ENRICHED", "PUBLISHED")
STAGES_FROM = ("ACCEPTED", "FETCHING", "EXTRACTED", "ENRICHED")
POLL_INTERVAL = 1.0
CORES = os.cpu_count()   # seconds between two status reads of the unfinished submissions of a step
CANONICAL = re.compile(rb"""rel\s*=\s*(["']?)canonical\1""", re.I)
OG_URL = re.compile(rb"""property\s*=\s*(["'])og:url\1""", re.I)


def load_pages():
    files = sorted(glob.glob(os.path.join(DATASETS, "*", "html", "*.html.gz")))
    if files:
        pages = [gzip.open(f).read() for f in files]
        source = f"{len(pages)} dev pages of {os.path.normpath(DATASETS)}"
    else:
        pages = [open(os.path.join(TEST_PAGES, n, "index.html"), "rb").read()
                 for n in ("iria-nato-foreign-ministers", "iria-nato-winter-support")]
        source = "the 2 end-to-end test pages (datasets absent)"
    pages = [OG_URL.sub(b'property="x-og-url"', CANONICAL.sub(b'rel="x-canonical"', p)) for p in pages]
    return pages, source


class Site:
    """Serves page (n mod len(pages)) at /news/<n>/."""

    def __init__(self, pages):
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                m = re.fullmatch(r"/news/(\d+)/", self.path)
                body = pages[int(m.group(1)) % len(pages)] if m else b"not found"
                self.send_response(200 if m else 404)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        socketserver.ThreadingTCPServer.daemon_threads = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.next = 0

    def new_url(self):
        self.next += 1
        return f"http://127.0.0.1:{self.server.server_address[1]}/news/{self.next}/"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url, body=None, timeout=10):
    req = urllib.request.Request(url, data=body, method="POST" if body else "GET")
    if body:
        req.add_header("Content-Type", "application/json")
        req.add_header("Authorization", "Bearer " + TOKEN)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None
    except OSError:
        return 0, None


def rss_mb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid):
    """User + system CPU time the process has used so far."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def pct(values, p):
    return values[min(len(values) - 1, int(p * len(values)))] * 1000 if values else float("nan")


def extraction_ceiling(pages, work, count):
    src, out = os.path.join(work, "ceiling-in"), os.path.join(work, "ceiling-out")
    os.makedirs(src), os.makedirs(out)
    for i in range(count):
        open(os.path.join(src, f"p{i}.html"), "wb").write(pages[i % len(pages)])
    run = subprocess.run(["java", "-jar", EXTRACTOR_JAR, "--in", src, "--out", out, "--threads", "2"],
                         capture_output=True, text=True)
    lines = (run.stdout + run.stderr).strip().splitlines()
    m = re.search(r"(\d+) pages in ([\d.]+) s \(([\d.]+) pages/s\)", lines[-1] if lines else "")
    if not m:
        sys.exit("extractor CLI printed no rate:\n" + "\n".join(lines[-5:]))
    return float(m.group(3)), lines[-1]


class Stack:
    def __init__(self, work, jvm_opts):
        self.ports = {k: free_port() for k in ("kafka", "mongo", "publish", "ingest", "enrich")}
        env = dict(os.environ, NEWSFLOW_DATA_DIR=os.path.join(work, "data"), NEWSFLOW_EDITOR_TOKENS=TOKEN,
                   NEWSFLOW_CRAWL_HOST_DELAY="0ms",
                   NEWSFLOW_KAFKA_PORT=str(self.ports["kafka"]), NEWSFLOW_MONGO_PORT=str(self.ports["mongo"]),
                   NEWSFLOW_PUBLISH_PORT=str(self.ports["publish"]), NEWSFLOW_INGEST_PORT=str(self.ports["ingest"]),
                   NEWSFLOW_ENRICH_PORT=str(self.ports["enrich"]))
        self.log = os.path.join(work, "stack.log")
        self.proc = subprocess.Popen(["java", *jvm_opts.split(), "-jar", STACK_JAR], env=env, stdout=open(self.log, "w"),
                                     stderr=subprocess.STDOUT)
        self.peak = 0.0
        self.stopped = False
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self):
        while not self.stopped:
            self.peak = max(self.peak, rss_mb(self.proc.pid))
            time.sleep(0.2)

    def url(self, service, path):
        return f"http://127.0.0.1:{self.ports[service]}{path}"

    def wait_ready(self, limit=240):
        started = time.time()
        while True:
            ok = all(request(self.url(s, "/actuator/health/readiness"), timeout=3)[0] == 200
                     for s in ("publish", "ingest", "enrich"))
            if ok:
                return time.time() - started
            if self.proc.poll() is not None or time.time() - started > limit:
                shutil.copy(self.log, "newsflow-bench-stack.log")
                sys.exit("stack did not become ready; see newsflow-bench-stack.log")
            time.sleep(0.5)

    def stop(self):
        self.stopped = True
        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def run_step(stack, site, rate, count):
    """Submits `count` URLs at `rate`/s, waits for all to be terminal, returns the step's figures."""
    ids, t0, cpu0 = [], time.time(), cpu_seconds(stack.proc.pid)
    for i in range(count):
        time.sleep(max(0.0, t0 + i / rate - time.time()))
        status, body = request(stack.url("ingest", "/api/submissions"), json.dumps({"url": site.new_url()}).encode())
        if status != 202:
            sys.exit(f"submission answered {status}")
        ids.append(body[0]["id"])
    done, deadline = {}, time.time() + 300 + count / rate
    while len(done) < len(ids) and time.time() < deadline:
        # Figures come from each submission's status history (event times), not from when this loop sees
        # it, so polling once a second loses nothing; every 0.3 s it was up to 200 reads/s of the store,
        # competing with the pipeline it measures.
        time.sleep(POLL_INTERVAL)
        for sid in ids:
            if sid not in done:
                status, sub = request(stack.url("publish", f"/api/submissions/{sid}"))
                if status == 200 and sub.get("state") in TERMINAL:
                    done[sid] = sub
    cpu = cpu_seconds(stack.proc.pid) - cpu0
    states, latencies, first, last = {}, [], None, None
    stages = {stage: [] for stage in STAGES}
    for sub in done.values():
        states[sub["state"]] = states.get(sub["state"], 0) + 1
        hist = {h["state"]: ts(h["at"]) for h in sub["history"]}
        for i, stage in enumerate(STAGES):
            if stage in hist and STAGES_FROM[i] in hist:
                stages[stage].append(hist[stage] - hist[STAGES_FROM[i]])
        if "ACCEPTED" in hist:
            first = hist["ACCEPTED"] if first is None else min(first, hist["ACCEPTED"])
        if "ACCEPTED" in hist and "PUBLISHED" in hist:
            latencies.append(hist["PUBLISHED"] - hist["ACCEPTED"])
            last = hist["PUBLISHED"] if last is None else max(last, hist["PUBLISHED"])
    latencies.sort()
    throughput = len(latencies) / (last - first) if latencies and last > first else float("nan")
    return {"rate": rate, "count": count, "states": states, "missing": len(ids) - len(done),
            "throughput": throughput, "p50": pct(latencies, .5), "p95": pct(latencies, .95),
            "p99": pct(latencies, .99), "max": latencies[-1] * 1000 if latencies else float("nan"),
            "stages": {stage: pct(sorted(v), .5) for stage, v in stages.items()},
            "cpu_ms": 1000 * cpu / len(latencies) if latencies else float("nan")}


def show(step):
    print(f"  {step['rate']:6.2f}/s x {step['count']:4d}   {step['throughput']:6.2f} articles/s   "
          f"p50 {step['p50']:6.0f}  p95 {step['p95']:6.0f}  p99 {step['p99']:6.0f}  max {step['max']:6.0f} ms   "
          f"{step['states']}" + (f"  {step['missing']} NOT TERMINAL" if step["missing"] else ""), flush=True)
    print(f"           stack CPU {step['cpu_ms']:.0f} ms per published article"
          f" (= {CORES * 1000 / step['cpu_ms']:.1f} articles/s if the stack had the {CORES} cores to itself)", flush=True)
    print("           p50 per stage: " + "  ".join(f"{STAGES_FROM[i].lower()}->{stage.lower()} {step['stages'][stage]:.0f}"
                                             for i, stage in enumerate(STAGES)) + " ms", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rates", default="2,4,8,16", help="submission rates to step through, per second")
    ap.add_argument("--per-rate", type=int, default=60, help="URLs submitted at each rate")
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--jvm-opts", default="-Xmx1g", help="JVM options of the local stack (heap bound)")
    args = ap.parse_args()
    for jar in (STACK_JAR, EXTRACTOR_JAR):
        if not os.path.exists(jar):
            sys.exit(f"missing {jar}: build with mvn -q -DskipTests package")
    pages, source = load_pages()
    work = tempfile.mkdtemp(prefix="newsflow-bench-")
    site = Site(pages)
    print(f"pages: {source}")
    ceiling, line = extraction_ceiling(pages, work, min(len(pages), 300))
    print(f"extraction-only ceiling (newsflow-extractor.jar --threads 2): {ceiling:.1f} pages/s   [{line}]",
          flush=True)
    stack = Stack(work, args.jvm_opts)
    print(f"stack JVM options: {args.jvm_opts or '(none)'}")
    try:
        print(f"stack ready in {stack.wait_ready():.1f} s, RSS {rss_mb(stack.proc.pid):.0f} MB idle", flush=True)
        warm = run_step(stack, site, 5.0, args.warmup)
        print(f"warm-up: {args.warmup} URLs, {warm['states']}", flush=True)
        print("rate step  (submitted)   throughput         latency ACCEPTED -> PUBLISHED")
        steps = []
        for rate in [float(r) for r in args.rates.split(",")]:
            steps.append(run_step(stack, site, rate, args.per_rate))
            show(steps[-1])
        sustained = max(s["throughput"] for s in steps if s["throughput"] == s["throughput"])
        half = run_step(stack, site, sustained / 2, args.per_rate)
        print("at half the sustained rate:")
        show(half)
        print()
        best_cpu = min(s["cpu_ms"] for s in steps if s["cpu_ms"] == s["cpu_ms"])
        print(f"sustained throughput:        {sustained:.2f} articles/s")
        print(f"least stack CPU per article: {best_cpu:.0f} ms   (a bound of {CORES * 1000 / best_cpu:.1f} articles/s on"
              f" {CORES} idle cores; unlike wall-clock rates it changes little with other load on the machine)")
        print(f"extraction-only ceiling:     {ceiling:.2f} pages/s")
        print(f"ratio sustained / ceiling:   {100 * sustained / ceiling:.0f} %   (goal >= 50 %)")
        print(f"p99 at half the sustained rate ({sustained / 2:.2f}/s): {half['p99']:.0f} ms   (goal < 2000 ms)")
        print(f"peak RSS of the local stack: {stack.peak:.0f} MB   (broker + store + three services, one JVM;"
              f" goal < 2048 MB)")
    finally:
        stack.stop()
        site.server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

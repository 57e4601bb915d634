#!/usr/bin/env python3
"""Runs one command and prints "WALL_SECONDS PEAK_RSS_KB EXIT_CODE CPU_SECONDS" on one line: the
wall time measured around the child alone, its CPU time (user + system, all threads), and the child's peak resident set as GNU time (/usr/bin/time,
Debian package "time") reports it, or, without GNU time, as os.wait4 reports it (which cannot go
below the ~14 MB high-water mark of the Python process the child was forked from: exact for
large processes, a floor for small ones). Used by bench/bench.sh.

    bench/measure.py [--stdout FILE] [--timeout SECONDS] -- COMMAND [ARG...]

The command's stdout goes to FILE (default: a temporary file, deleted afterwards), its stderr to
ours. Not /dev/null: GNU grep notices output to /dev/null and stops at the first match, which
would time something else than the search. On timeout the child is
killed and the exit code printed is "timeout"."""
import os
import signal
import subprocess
import sys
import tempfile
import time


def main():
    args = sys.argv[1:]
    out, timeout = None, None
    while args and args[0] != "--":
        if args[0] in ("-h", "--help"):
            print(__doc__.strip())
            return
        if args[0] == "--stdout" and len(args) > 1:
            out, args = args[1], args[2:]
        elif args[0] == "--timeout" and len(args) > 1:
            timeout, args = float(args[1]), args[2:]
        else:
            sys.exit(f"measure.py: unknown argument {args[0]!r}; see --help")
    if not args or len(args) < 2:
        sys.exit("measure.py: no command; see --help")
    cmd = args[1:]
    gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    if gnu_time:
        rss_file = tempfile.NamedTemporaryFile(prefix="measure-", suffix=".txt", delete=False).name
        cmd = [gnu_time, "-f", "%M", "-o", rss_file] + cmd
    timed_out = []

    def kill(_sig, _frame):
        timed_out.append(True)
        os.killpg(child.pid, signal.SIGKILL)  # GNU time and the command under it

    scratch = None
    if out is None:
        scratch = tempfile.NamedTemporaryFile(prefix="measure-stdout-", delete=False)
        scratch.close()
        out = scratch.name
    with open(out, "wb") as stdout:
        start = time.monotonic()
        child = subprocess.Popen(cmd, stdout=stdout, start_new_session=bool(timeout))
        if timeout:
            signal.signal(signal.SIGALRM, kill)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        _, status, usage = os.wait4(child.pid, 0)  # blocking: the wall time is exact
        wall = time.monotonic() - start
        signal.setitimer(signal.ITIMER_REAL, 0)
    if scratch:
        os.unlink(scratch.name)
    rss = usage.ru_maxrss
    if gnu_time:
        with open(rss_file, encoding="utf-8", errors="replace") as f:
            lines = f.read().split()
        os.unlink(rss_file)
        if lines and lines[-1].isdigit():
            rss = int(lines[-1])
    cpu = usage.ru_utime + usage.ru_stime
    if timed_out:
        print(f"{wall:.4f} {rss} timeout {cpu:.4f}")
        return
    code = os.waitstatus_to_exitcode(status)
    print(f"{wall:.4f} {rss} {code} {cpu:.4f}")


if __name__ == "__main__":
    main()

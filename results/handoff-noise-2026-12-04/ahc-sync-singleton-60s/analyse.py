"""Reads this directory's runs and prints, per 2 s of measurement, the throughput next to the fork's C2 activity
(PrintCompilation: Netty and AHC methods compiled at tier 4, and tier-4 code made not entrant), and for the
placement run, per second: which CPU the three busy threads were on and their CPU time.
Usage: python3 analyse.py   (from this directory)"""
import gzip
import json
import re
from collections import Counter, defaultdict

MEASURED_SECONDS = 60


def series(path):
    return [x for fork in json.load(open(path))[0]['primaryMetric']['rawData'] for x in fork]


def compiles(run):
    print(f'== {run}: throughput (requests/s, mean of 4 iterations) and the fork\'s tier-4 compiles of Netty/AHC code')
    events = []
    for line in gzip.open(f'long-{run}-printed-with-PrintCompilation.txt.gz', 'rt'):
        m = re.match(r'\s*(\d+)\s+(\d+)\s+([%sbn! ]*?)\s*(\d)\s+(\S+)(.*)', line)
        if m:
            events.append((int(m.group(1)), int(m.group(4)), m.group(5), 'made not entrant' in m.group(6)))
    # The fork ends about 0.5 s after its last measured iteration; its last compile event is at the end.
    start = max(e[0] for e in events) - (MEASURED_SECONDS * 1000 + 500)
    values = series(f'long-{run}-jmh-result.json')
    for s in range(0, MEASURED_SECONDS, 2):
        window = [e for e in events if start + s * 1000 <= e[0] < start + s * 1000 + 2000
                  and re.search('netty|asynchttpclient', e[2]) and e[1] == 4]
        compiled = sum(1 for e in window if not e[3])
        dropped = sum(1 for e in window if e[3])
        print(f'{s:3d}-{s + 2:2d} s {sum(values[2 * s:2 * s + 4]) / 4:7.0f}   compiled {compiled:3d}   made not entrant {dropped:3d}')


def placement():
    print('== placement run: per second, CPU of benchmark thread / AHC event loop / server event loop (most seen),')
    print('   and CPU ticks per second of each (100 = one CPU busy)')
    busy = {'org.clientcost.': 'caller', 'AsyncHttpClient': 'ahc-loop', 'target-server-1': 'server-loop'}
    cpus = defaultdict(lambda: defaultdict(Counter))
    ticks = defaultdict(dict)
    for line in gzip.open('placement-samples.txt.gz', 'rt'):
        t, role, tid, name, cpu, used = line.split()
        if name in busy and int(used) > 0:
            cpus[int(float(t))][busy[name]][cpu] += 1
            ticks[busy[name]][int(float(t))] = int(used)
    for second in sorted(cpus):
        where = ' '.join(f'{k}:{cpus[second][k].most_common(1)[0][0]}' for k in busy.values() if cpus[second][k])
        used = ' '.join(f'{ticks[k].get(second, 0) - ticks[k].get(second - 1, 0):3d}'
                        for k in busy.values() if second - 1 in ticks[k])
        print(f'{second:3d} s  {where:40s} ticks {used}')
    print('   throughput per 500 ms iteration:', ' '.join(f'{v:.0f}' for v in series('placement-jmh-result.json')))


if __name__ == '__main__':
    for run in ('a', 'b', '25'):
        compiles(run)
    placement()

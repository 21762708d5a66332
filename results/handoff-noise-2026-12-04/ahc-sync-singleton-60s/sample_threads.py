"""Every 200 ms, one line per thread of the JMH fork (ForkedMain) and the target server (TargetServerMain):
seconds since start, role, tid, thread name (as the kernel keeps it, 15 characters), the CPU it last ran on,
and its CPU time so far in clock ticks (utime + stime, 100 per second). Reads /proc only; stops after SECONDS.
Usage: python3 sample_threads.py OUT_FILE SECONDS"""
import os
import sys
import time


def processes():
    found = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            cmdline = open(f'/proc/{pid}/cmdline', 'rb').read()
        except OSError:
            continue
        if b'ForkedMain' in cmdline:
            found[pid] = 'fork'
        elif b'TargetServerMain' in cmdline:
            found[pid] = 'server'
    return found


def main():
    out_path, seconds = sys.argv[1], float(sys.argv[2])
    start = time.time()
    with open(out_path, 'w') as out:
        while time.time() < start + seconds:
            for pid, role in processes().items():
                try:
                    tids = os.listdir(f'/proc/{pid}/task')
                except OSError:
                    continue
                for tid in tids:
                    try:
                        stat = open(f'/proc/{pid}/task/{tid}/stat').read()
                    except OSError:
                        continue
                    name = stat[stat.index('(') + 1:stat.rindex(')')].replace(' ', '_')
                    fields = stat[stat.rindex(')') + 2:].split()
                    out.write(f'{time.time() - start:.2f} {role} {tid} {name} {fields[36]} '
                              f'{int(fields[11]) + int(fields[12])}\n')
            time.sleep(0.2)


if __name__ == '__main__':
    main()

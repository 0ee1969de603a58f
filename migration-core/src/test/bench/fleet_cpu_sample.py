#!/usr/bin/env python3
"""CPU per process while FleetBenchmark runs (Linux /proc, utime+stime), split by the phase the benchmark writes
to PHASEFILE (-Dfleet.phaseFile): the bench JVM by thread (migrating threads, JIT, GC), its embedded PostgreSQL's
backends and background processes (the postmaster listening on a port the JVM is connected to; backends that
exited between samples through the postmaster's cutime: 'pg exited (unsampled tail)'), and the mariadbd the JVM
started. Prints core-seconds per phase once STOPFILE exists. Usage (README, Fleets):
  python3 fleet_cpu_sample.py /tmp/phase /tmp/stop > cpu.txt &
  ./mvnw -B -pl migration-core -Pbench-fleet verify -DskipTests -Dfleet.pg=300 -Dfleet.phaseFile=/tmp/phase
  touch /tmp/stop
"""
import os, sys, time, collections
HZ = os.sysconf('SC_CLK_TCK')
PHASEFILE = sys.argv[1]
STOPFILE = sys.argv[2] if len(sys.argv) > 2 else '/tmp/fleet-cpu-stop'
def cmdline(pid):
    try: return open(f'/proc/{pid}/cmdline','rb').read().replace(b'\0',b' ').decode(errors='replace')
    except Exception: return None
def cat(pid, cmd):
    if 'FleetBenchmark' in cmd and PHASEFILE in cmd: return 'bench JVM'
    if cmd.startswith('postgres:') or cmd.split(' ')[0].endswith('/postgres'):
        if OURS['postmaster'] is None or (pid != OURS['postmaster'] and ppid(pid) != OURS['postmaster']):
            return 'not ours'
    if cmd.startswith('postgres:'):
        rest = cmd[len('postgres:'):].strip()
        for k in ('autovacuum launcher','autovacuum worker','walwriter','checkpointer','background writer','logical replication launcher','stats','walsummarizer','io worker'):
            if rest.startswith(k): return 'pg ' + k
        return 'pg backend'
    exe = cmd.split(' ')[0]
    if exe.endswith('/postgres') or exe == 'postgres': return 'pg postmaster'
    if ('mariadbd' in cmd or 'mysqld' in cmd) and OURS.get('jvm') and ppid(pid) == OURS['jvm']: return 'mariadbd'
    return None
OURS = {'postmaster': None}
def ppid(pid):
    try:
        f = open(f'/proc/{pid}/stat').read(); return f[f.rindex(')')+2:].split()[1]
    except Exception: return None
def find_postmaster(jvm):
    """The postmaster listening on a port the bench JVM is connected to."""
    inodes = set()
    try:
        for fd in os.listdir(f'/proc/{jvm}/fd'):
            try:
                l = os.readlink(f'/proc/{jvm}/fd/{fd}')
                if l.startswith('socket:['): inodes.add(l[8:-1])
            except Exception: pass
    except Exception: return None
    ports = set()
    for tab in ('/proc/net/tcp', '/proc/net/tcp6'):
        try:
            for line in open(tab).readlines()[1:]:
                p = line.split()
                if p[9] in inodes: ports.add(str(int(p[2].split(':')[1], 16)))
        except Exception: pass
    for d in os.listdir('/proc'):
        if not d.isdigit(): continue
        c = cmdline(d) or ''
        a = c.split(' ')
        if a[0].endswith('/postgres') and '-p' in a and a[a.index('-p') + 1] in ports: return d
    return None
def stat(pid):
    try:
        f = open(f'/proc/{pid}/stat').read()
        p = f[f.rindex(')')+2:].split()
        return int(p[11]) + int(p[12]), int(p[13]) + int(p[14])
    except Exception: return None
def phase():
    try: return open(PHASEFILE).read().strip() or 'none'
    except Exception: return 'none'
def machine():
    l = open('/proc/stat').readline().split(); v=[int(x) for x in l[1:]]; return sum(v[:3])+sum(v[5:8]), v[3]+v[4]
seen = {}; cats = {}; totals = collections.defaultdict(collections.Counter); wall = collections.Counter()
postmaster = None
m_prev = machine(); t_prev = time.time(); started = time.time()
while not os.path.exists(STOPFILE):
    ph = phase()
    if OURS['postmaster'] is None:
        for d in os.listdir('/proc'):
            if d.isdigit() and 'FleetBenchmark' in (cmdline(d) or '') and PHASEFILE in (cmdline(d) or ''):
                OURS['jvm'] = d
                OURS['postmaster'] = find_postmaster(d)
                if OURS['postmaster']: print('postmaster', OURS['postmaster'], flush=True)
    for d in os.listdir('/proc'):
        if not d.isdigit(): continue
        st = stat(d)
        if st is None: continue
        if d not in cats:
            c = cat(d, cmdline(d) or '')
            if c == 'not ours' or (c is None and OURS['postmaster'] is None): continue
            if c is None: cats[d] = None; continue
            cats[d] = c
            seen[d] = (st[0] if time.time() - started < 0.3 else 0, st[1])
        if cats[d] is None: continue
        c = cats[d]
        prev_t, prev_c = seen[d]
        totals[ph][c] += st[0] - prev_t
        if c == 'pg postmaster':
            totals[ph]['pg exited (unsampled tail)'] += st[1] - prev_c
        seen[d] = st
    # exited-children accounting: a sampled child that exits adds its full time to postmaster cutime; what we
    # already counted for it must be subtracted from the unsampled tail
    for d in list(seen):
        if cats.get(d) and cats[d].startswith('pg ') and cats[d] != 'pg postmaster' and not os.path.exists(f'/proc/{d}'):
            totals[ph]['pg exited (unsampled tail)'] -= seen[d][0]
            del seen[d]; cats[d] = None
    if OURS.get('jvm'):
        try:
            for t in os.listdir(f"/proc/{OURS['jvm']}/task"):
                try:
                    name = open(f"/proc/{OURS['jvm']}/task/{t}/comm").read().strip()
                    st = open(f"/proc/{OURS['jvm']}/task/{t}/stat").read(); p = st[st.rindex(')')+2:].split()
                    v = int(p[11]) + int(p[12])
                except Exception: continue
                k = ('JVM JIT' if 'Compiler' in name else 'JVM GC' if name.startswith(('GC','G1')) or 'Conc' in name
                     else 'JVM fleet workers' if name.startswith('pool-') else 'JVM main' if name == 'main' else 'JVM other')
                key = 't' + t
                prev = seen.get(key, (v if time.time() - started < 0.3 else 0, 0))[0]
                totals[ph]['  ' + k] += v - prev
                seen[key] = (v, 0)
        except Exception: pass
    m = machine(); now = time.time()
    totals[ph]['machine busy (all)'] += m[0] - m_prev[0]
    wall[ph] += now - t_prev
    m_prev = m; t_prev = now
    time.sleep(0.1)
for ph in totals:
    print(f'phase {ph}: {wall[ph]:.1f} s wall')
    for k, v in sorted(totals[ph].items(), key=lambda kv: -kv[1]):
        print(f'  {k:35s} {v/HZ:7.2f} core-s')

/**
 * Runs a command and measures it as a whole process tree: wall time, CPU time
 * (user + system of the command and every process it waited for, from GNU time),
 * and the peak of the summed resident memory of all its processes, sampled from
 * /proc. Docusaurus builds in several processes and threads (Rspack, SSG workers,
 * the search plugin's Pagefind process); one process's peak would miss most of it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pageSize = 4096;

/** Every process on the machine as `{ pid, ppid, rssBytes }`, read from /proc. */
function processes() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // The command name is in parentheses and may hold spaces; the fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    list.push({
      pid: Number(name),
      ppid: Number(fields[1]),
      rssBytes: Number(fields[21]) * pageSize,
    });
  }
  return list;
}

/** The summed resident memory of `rootPid` and all its descendants. */
function treeMemory(rootPid) {
  const all = processes();
  const children = new Map();
  for (const entry of all) {
    if (!children.has(entry.ppid)) children.set(entry.ppid, []);
    children.get(entry.ppid).push(entry);
  }
  let total = all.find((entry) => entry.pid === rootPid)?.rssBytes ?? 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop()) ?? []) {
      total += child.rssBytes;
      pending.push(child.pid);
    }
  }
  return total;
}

/**
 * Runs `command args` in `cwd`; resolves to `{ wallSeconds, cpuSeconds, peakBytes, output }`.
 * Rejects with the output's tail when the command fails.
 */
export function measureCommand(command, args, { cwd, env = process.env, sampleMs = 200 }) {
  if (!existsSync('/usr/bin/time'))
    throw new Error('GNU time (/usr/bin/time) is needed for CPU times: apt-get install time');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // GNU time writes its line last on stderr; the marker finds it among the build's output.
    const child = spawn('/usr/bin/time', ['-f', 'BENCH-TIME %e %U %S', command, ...args], {
      cwd,
      env: { ...env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => {
      peakBytes = Math.max(peakBytes, treeMemory(child.pid));
    }, sampleMs);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const times = /BENCH-TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(output);
      if (code !== 0 || !times) {
        reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`));
        return;
      }
      resolve({
        wallSeconds,
        cpuSeconds: Number(times[2]) + Number(times[3]),
        peakBytes,
        output,
      });
    });
  });
}

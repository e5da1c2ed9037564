// The extension in a browser (github.dev, vscode.dev), called by run.mjs: the sizes of the
// browser bundles a reviewer downloads, and the time from activation to the first
// diagnostics in code-server's web worker extension host (the browser entry forced by a
// .vsix whose manifest has no `main`, as in packages/extension/test/e2e/browser.e2e.test.ts),
// on a copy of examples/workspace plus a file with one lint problem. Measured once per run:
// one code-server session costs about a minute here. Skipped, with the reason, when
// code-server or chromium is missing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { loadDriver } from './vscode.mjs';

export const BROWSER_AIMS = { firstDiagnosticsMs: 2000 };
const BUNDLES = ['dist/browser-extension.js', 'dist/server-browser.js'];
const WAIT_MS = 120_000;

/**
 * tools: { root, work, log, fmtMs } from run.mjs.
 * Returns { aims, markdown, failures }, as runVscodeBench does.
 */
export async function runBrowserBench(tools) {
  const { root, work, log } = tools;
  const extension = path.join(root, 'packages/extension');
  const result = { load: os.loadavg()[0], at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
  const failures = [];
  if (!BUNDLES.every((bundle) => fs.existsSync(path.join(extension, bundle)))) {
    result.skipped = 'the extension is not built (`npm run build`)';
  } else {
    result.sizes = BUNDLES.map((bundle) => {
      const bytes = fs.readFileSync(path.join(extension, bundle));
      return { bundle, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    });
    const installer = await import(pathToFileURL(path.join(extension, 'scripts/install-code-server.mjs')).href);
    if (!installer.isInstalled()) {
      result.skipped = 'code-server is not installed (`node packages/extension/scripts/install-code-server.mjs` installs it)';
    } else if (!fs.existsSync('/usr/bin/chromium')) {
      result.skipped = 'no Debian chromium at /usr/bin/chromium';
    }
  }
  if (result.skipped) {
    log(`browser: ${result.skipped}`);
  } else {
    try {
      result.start = await measureStart(tools, path.join(work, 'browser'));
    } catch (e) {
      failures.push(`browser host: ${e?.message ?? e}`);
    }
  }
  const aims = [{
    aim: `VS Code in a browser: activation to the first diagnostics of examples/workspace in code-server's web worker host < ${tools.fmtMs(BROWSER_AIMS.firstDiagnosticsMs)}`,
    value: result.start ? tools.fmtMs(result.start.activationToDiagnostics) : `n/a (${result.skipped ?? 'see failed runs'})`,
    pass: result.start ? result.start.activationToDiagnostics < BROWSER_AIMS.firstDiagnosticsMs : result.skipped ? null : false,
  }];
  return { aims, markdown: browserMarkdown(result, tools), failures };
}

/**
 * One code-server session. Activation: the web worker extension host asks code-server for
 * the extension's browser bundle (its request, seen by the page). First diagnostics: the
 * Problems count in the status bar shows the one warning of the workspace (polled every 20 ms).
 */
async function measureStart(tools, dir) {
  const { root, log } = tools;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const driver = await loadDriver(root, dir);
  const vsix = driver.packageBrowserOnlyVsix(dir);
  const folder = path.join(dir, 'pulsefit');
  fs.cpSync(path.join(root, 'examples/workspace'), folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'unused.cjm'), '// A channel no journey uses yet.\nchannel Fax "Fax machine" offline\n');
  const server = await driver.CodeServer.start({ folder, vsix });
  let bench;
  try {
    const seen = {};
    bench = await driver.Workbench.open(server.url, folder, undefined, (page) => {
      page.on('request', (request) => {
        if (/browser-extension\.js/.test(request.url()) && seen.activation === undefined) seen.activation = Date.now();
      });
    });
    const shown = Date.now();
    const deadline = shown + WAIT_MS;
    let diagnostics;
    while (diagnostics === undefined && Date.now() < deadline) {
      if ((await bench.problemCounts()) === 'Warnings: 1') diagnostics = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (diagnostics === undefined || seen.activation === undefined) {
      throw new Error(`no ${seen.activation === undefined ? 'request for the browser bundle' : 'diagnostics'} within ${WAIT_MS / 1000} s`);
    }
    const start = {
      activationToDiagnostics: diagnostics - seen.activation,
      shownToActivation: seen.activation - shown,
    };
    log(`browser: activation to first diagnostics ${tools.fmtMs(start.activationToDiagnostics)}`);
    return start;
  } finally {
    await bench?.close();
    await server.stop();
  }
}

function browserMarkdown(result, { fmtMs, fmtInt }) {
  const md = ['## In the browser (github.dev, vscode.dev)', ''];
  if (!result.sizes) {
    return [...md, `Skipped: ${result.skipped}.`, ''];
  }
  md.push('The bundles of the browser entry, minified (a reviewer\'s browser downloads them on the first activation):', '');
  md.push('| bundle | bytes | gzip -9 |', '| --- | ---: | ---: |');
  for (const s of result.sizes) md.push(`| \`packages/extension/${s.bundle}\` | ${fmtInt(s.bytes)} | ${fmtInt(s.gzip)} |`);
  md.push('');
  if (result.start) {
    md.push(
      'Start in code-server\'s web worker extension host (inside Chromium; the browser entry forced by a manifest copy without ' +
        '`main`), on a copy of `examples/workspace` plus a file with one lint problem, one session:',
      '',
      '| workbench shown to activation | activation to the first diagnostics in Problems |',
      '| ---: | ---: |',
      `| ${fmtMs(result.start.shownToActivation)} | ${fmtMs(result.start.activationToDiagnostics)} |`,
      '',
      'Activation is the web worker extension host\'s request for `dist/browser-extension.js`. Then the extension reads the ' +
        'workspace\'s maps and config files and the worker\'s script (code-server serves extensions from its remote, whose ' +
        '`vscode-remote:` URIs the web host refuses for workers, so the extension starts its worker from a blob of the bundle read ' +
        'through the file system), and the worker parses its 2.4 MB and builds the workspace. First diagnostics is the status bar\'s Problems count showing ' +
        'the workspace\'s one warning, which the server publishes once it has read and checked every map. In github.dev the files ' +
        'come from GitHub over the network instead of from code-server.',
      '',
    );
  } else if (result.skipped) {
    md.push(`Start: skipped: ${result.skipped}.`, '');
  }
  md.push(`Measured at ${result.at}, load average (1 min) ${result.load.toFixed(2)} at the start of this part; the machine was shared with other work, which slows every figure.`, '');
  return md;
}

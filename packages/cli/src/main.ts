// The `cjm` entry. `cjm --version` is answered here, before the program and its argument
// parser are loaded (a third of the time the command took above Node's own start-up);
// every other run loads the process (cjm-process.ts).
/**
 * The version, written in by scripts/bundle.mjs, so that the bundle's entry imports no
 * other module before it knows the command; unbundled (tsc's out/), it comes from tool.ts.
 */
declare const CJM_VERSION: string | undefined;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    // What commander prints for the version option defined in run-cjm.ts.
    process.stdout.write(`${typeof CJM_VERSION === 'string' ? CJM_VERSION : (await import('./tool.js')).TOOL.version}\n`);
} else {
    await import('./cjm-process.js');
}

// The `cjm` process: runs the program (run-cjm.ts) on the process's arguments and streams,
// and is the only place that sets the exit code. main.ts loads it for every run but `--version`.
import { visibleText } from '@cjm/language/visible-text';
import { runCjm } from './run-cjm.js';
import { describeFsError } from './workspace/fs-errors.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
        chunks.push(Buffer.from(chunk as Buffer));
    }
    return Buffer.concat(chunks);
}

/**
 * A stream that cannot be written (a full disk, an I/O error) means the command could not
 * do its job: exit 2, said in one line on stderr while stderr still works. A closed pipe
 * (`cjm lint | head`) is no error: the reader had what it wanted.
 */
let unwritable = false;
function onWriteError(stream: 'standard output' | 'standard error', error: NodeJS.ErrnoException): void {
    if (error.code === 'EPIPE' || unwritable) {
        return;
    }
    unwritable = true;
    process.exitCode = 2;
    if (stream === 'standard output') {
        process.stderr.write(`cjm: cannot write to standard output: ${describeFsError(error)}\n`);
    }
}
process.stdout.on('error', error => onWriteError('standard output', error));
process.stderr.on('error', error => onWriteError('standard error', error));

runCjm(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: text => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: text => void process.stderr.write(text) },
    stdin: { read: () => readAll(process.stdin) }
}).then(
    code => {
        process.exitCode = unwritable ? 2 : code;
    },
    (error: unknown) => {
        process.stderr.write(visibleText(`cjm: internal error: ${error instanceof Error ? error.stack : String(error)}\n`));
        process.exitCode = 2;
    }
);

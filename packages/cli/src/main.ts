// The `cjm` process: runs the program (run-cjm.ts) on the process's arguments and streams,
// and is the only place that sets the exit code.
import { visibleText } from './output/visible-text.js';
import { runCjm } from './run-cjm.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
        chunks.push(Buffer.from(chunk as Buffer));
    }
    return Buffer.concat(chunks);
}

// `cjm lint | head` closes the pipe early; that is no error.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') {
        throw error;
    }
});

runCjm(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: text => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: text => void process.stderr.write(text) },
    stdin: { read: () => readAll(process.stdin) }
}).then(
    code => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(visibleText(`cjm: internal error: ${error instanceof Error ? error.stack : String(error)}\n`));
        process.exitCode = 2;
    }
);

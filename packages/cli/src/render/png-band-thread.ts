/** The worker thread's script for png.ts: encodes the band of rows it is given (png-encode.ts encodeBand), and ends. */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeBand } from './png-encode.js';

const { width, pixels } = workerData as { width: number; pixels: Uint8Array };
parentPort!.postMessage(encodeBand(width, pixels, true));

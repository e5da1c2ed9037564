/** The worker thread's script for elk-thread-engine.ts: one ELK engine, laying out each graph it is sent. */
import { parentPort } from 'node:worker_threads';
import { loadElk, type ElkNode } from '@cjm/language';
import { answerRequests } from './thread-client.js';

const elk = loadElk();
answerRequests<ElkNode, ElkNode>(parentPort!, graph => elk.layout(graph));

import type { Connection } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';

/** Handlers of the custom requests of protocol.ts. */
export class CustomRequests {
    private readonly services: CjmServices;

    constructor(services: CjmServices) {
        this.services = services;
    }

    register(connection: Connection): void {
        void connection;
        void this.services;
    }
}

// Types of install-code-server.mjs for the e2e test, which imports it.
/** packages/extension. */
export declare const extensionDir: string;
export declare const installDir: string;
/** code-server's launcher (out/node/entry.js), to run with `node24Bin`. */
export declare const codeServerBin: string;
export declare const node24Dir: string;
export declare const node24Bin: string;
/** True when the pinned versions are installed completely. */
export declare function isInstalled(): boolean;
/** Installs what is missing (nothing when installed); resolves to `codeServerBin`. */
export declare function install(): Promise<string>;

// Web APIs rather than Node's crypto and Buffer: the preview runs in the browser host too.

/** `bytes` random bytes in base64: a Content Security Policy nonce. */
export function randomBase64(bytes: number): string {
    return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
}

export function decodeBase64(text: string): Uint8Array {
    return Uint8Array.from(atob(text), character => character.charCodeAt(0));
}

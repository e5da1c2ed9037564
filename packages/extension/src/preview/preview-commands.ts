/** The preview's command ids, shared by their registration and the webview's toolbar buttons. */
export const PREVIEW_COMMANDS = {
    togglePreviewLock: 'cjm.togglePreviewLock',
    showSource: 'cjm.showSource',
    exportSvg: 'cjm.exportSvg',
    exportPng: 'cjm.exportPng'
} as const;

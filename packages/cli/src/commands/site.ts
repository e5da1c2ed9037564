import * as path from 'node:path';
import type { JourneyOutput, Locale, SiteTheme } from '@cjm/language';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';

export interface SiteCommandOptions {
    output?: string;
    base?: string;
    singleFile?: boolean;
    theme: SiteTheme;
    locale?: Locale;
    today?: string;
    watch?: boolean;
    serve?: boolean;
    port?: number;
    /** False with --no-cache. */
    cache: boolean;
}

/** Named here rather than imported, so that `cjm --help` does not load Langium. */
const THEMES: readonly SiteTheme[] = ['auto', 'light', 'dark'];
const LOCALES: readonly Locale[] = ['en', 'ru'];

export const definition: CommandDefinition = {
    name: 'site',
    summary: 'publish every map of the workspace as a static website',
    description: 'Reads every map of the workspaces of PATH (default: the current folder), lints them, and writes a static '
        + 'website into OUTDIR: an index of the journeys, a page per journey (the picture with zoom and pan, a side panel '
        + 'with every element\'s details, each persona\'s view, the findings and downloads), personas, a channel matrix, '
        + 'barriers and opportunities, metrics, research, and a search box. Every link is relative, so the folder works '
        + 'from disk, from any sub-path of a web server and after being moved. A non-empty OUTDIR that is not a site cjm '
        + 'wrote is refused, never wiped. Lint findings are shown in the site, not a failure. Stage layouts are kept in the '
        + 'user\'s cache folder as `cjm render` keeps them, so a re-run lays out only the stages that changed; --no-cache '
        + 'neither reads nor writes it.\n'
        + 'Exit code: 0 written, 2 the maps or options could not be used.',
    arguments: [{ syntax: '[paths...]', description: 'maps or folders whose workspaces make the site (default: .)' }],
    options: [
        { flags: '-o, --output <outdir>', description: 'the folder to write the site into (required)' },
        { flags: '--base <path>', description: 'an absolute URL path every link starts with, for a host that needs one (default: relative links)', parse: parseBase },
        { flags: '--single-file', description: 'write one self-contained OUTDIR/index.html holding every page' },
        { flags: '--theme <theme>', description: 'colour theme; auto follows the reader\'s system', choices: THEMES, defaultValue: 'auto' },
        { flags: '--locale <locale>', description: 'language of the site\'s words and pictures (default: "locale" in cjm.config.json, else the maps\' own)', choices: LOCALES },
        { flags: '--today <date>', description: 'the date evidence age is measured against (YYYY-MM-DD; default: CJM_TODAY, else today)' },
        { flags: '--watch', description: 'build again whenever a map or config of the workspace changes, until interrupted' },
        { flags: '--serve', description: 'also serve OUTDIR on 127.0.0.1 and reload open pages after each build (implies --watch)' },
        { flags: '--port <n>', description: 'the port --serve listens on (default: 8080; 0 picks a free one)', parse: parsePort },
        { flags: '--no-cache', description: 'lay out every stage afresh, without reading or writing the layout cache' }
    ]
};

function parseBase(value: string): string {
    if (!value.startsWith('/') || value.includes('//') || /[?#\\]/.test(value)) {
        throw new Error(`"${value}" is not an absolute URL path such as /journeys/`);
    }
    return value.endsWith('/') ? value : `${value}/`;
}

function parsePort(value: string): number {
    const port = Number(value);
    if (!/^\d+$/.test(value) || port > 65535) {
        throw new Error(`"${value}" is not a port number (0 to 65535)`);
    }
    return port;
}

export async function run(operands: readonly string[], options: SiteCommandOptions, context: CommandContext): Promise<ExitCode> {
    if (options.output === undefined) {
        throw new CliError('name the folder to write the site into with -o OUTDIR');
    }
    const outDir = path.resolve(context.cwd, options.output);
    const paths = operands.length === 0 ? ['.'] : operands;
    // Langium, the layout and the renderers load only now, so that --help and --version stay fast.
    const [{ emitSite, workspaceFiles, workspaceOf }, { readSite }, { openSite }, { resolveToday }, { drawInThreads }, { KeptWorkspaces }] = await Promise.all([
        import('@cjm/language'), import('../site/read-site.js'), import('../site/write-site.js'), import('../lint/today.js'), import('../render/draw-threads.js'),
        import('../workspace/kept-workspaces.js')
    ]);
    const today = resolveToday(options.today, context.env);
    // The pictures are drawn in worker threads, on every core, while this thread makes and
    // writes the pages. The threads live for the run, a watch included: a rebuild lays out
    // only the stages that changed.
    const draw = drawInThreads({ cache: options.cache });
    // Within a watch, the maps a save did not change are not read, linked and checked again,
    // and their journeys not drawn or written out again.
    const journeys = new Map<string, JourneyOutput>();
    const kept = new KeptWorkspaces();
    const build = async (): Promise<ExitCode> => {
        const input = await readSite(paths, context.cwd, today, kept);
        const site = await openSite(outDir, context.cwd);
        const files = await emitSite(input, {
            theme: options.theme, today, draw, journeys, singleFile: options.singleFile === true,
            ...(options.locale ? { locale: options.locale } : {}), ...(options.base ? { base: options.base } : {})
        }, (file, content) => site.write(file, content));
        await site.finish(files);
        return 0;
    };
    const code = await build();
    if (options.watch !== true && options.serve !== true) {
        return code;
    }
    const [{ watchAndRedraw }, { serveSite }] = await Promise.all([import('../render/watch.js'), import('../site/serve-site.js')]);
    const server = options.serve === true ? await serveSite(outDir, options.port ?? 8080) : undefined;
    if (server !== undefined) {
        context.stderr.write(`cjm: serving ${server.url} (127.0.0.1 only)\n`);
    }
    const inputs = paths.map(given => path.resolve(context.cwd, given));
    const workspaces = inputs.map(input => workspaceOf(path.extname(input) === '.cjm' ? input : path.join(input, 'any.cjm')));
    const folders = [...inputs.filter(input => path.extname(input) !== '.cjm'), ...workspaces.flatMap(workspace => [workspace.root, ...workspaceFiles(workspace).map(file => path.dirname(file))])];
    const watched = await watchAndRedraw(folders, async () => {
        const result = await build();
        server?.reload();
        return result;
    }, context);
    await server?.close();
    return watched;
}

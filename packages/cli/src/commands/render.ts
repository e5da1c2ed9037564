import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Locale, ThemeName } from '@cjm/language';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';
import { resolveFormat } from '../output/format.js';
import { localeOption } from '../output/locale-option.js';
import { refuseOverwritingInput } from '../output/output-guard.js';
import { deliver } from '../output/write-output.js';
import type { DrawOptions } from '../render/draw-journey.js';
import { RENDER_FORMATS, RENDER_OUTPUTS, type RenderFormat } from '../render/formats.js';

export interface RenderOptions {
    journey?: string;
    persona?: string;
    output?: string;
    format?: RenderFormat;
    theme: ThemeName;
    locale?: Locale;
    watch?: boolean;
    /** False with --no-cache. */
    cache: boolean;
    scale?: number;
    width?: number;
}

/**
 * The language's themes, named here rather than imported so that `cjm --help` does not
 * load Langium; as a Record over ThemeName, the type checker keeps the two lists equal.
 */
const THEMES: Readonly<Record<ThemeName, string>> = { light: 'light', dark: 'dark' };
/**
 * Fewer stages to lay out than this are not worth a second thread: its ELK starts cold, and at
 * 200 touchpoints (22 stages) that cold start cost more than the half it took over; a journey of
 * about 1,000 touchpoints and more gains.
 */
const THREAD_STAGES = 100;

export const definition: CommandDefinition = {
    name: 'render',
    summary: 'draw one journey as SVG, PNG or a self-contained HTML page',
    description: 'Lays out one journey of FILE (the only one, or --journey ID) and writes it as SVG (default), PNG or a '
        + 'self-contained HTML page with zoom and pan. The format follows --format, else the extension of OUT; '
        + 'without -o the picture goes to standard output. Given a folder DIR, -o names an output folder and every journey '
        + 'of every map below DIR is drawn to OUTDIR/JOURNEY-ID.FORMAT. The other maps of FILE\'s workspace are read too '
        + '(the folder of the nearest cjm.config.json, else the git repository, else FILE\'s folder), so references across '
        + 'files resolve. A map with syntax errors is not drawn; one with lint errors is, and stderr says how many. '
        + '--watch draws again on every save until interrupted. Stage layouts are kept in the user\'s cache folder '
        + '($XDG_CACHE_HOME/cjm/layouts, else ~/.cache/cjm/layouts on Linux), so a re-run lays out only the stages that changed; '
        + '--no-cache neither reads nor writes it. A PNG has 2 pixels per unit of the SVG while it stays within 16 million pixels, '
        + 'else fewer but with touchpoint text at least 9 pixels high (thousands of touchpoints: an overview within 16 million); '
        + '--scale or --width asks for another size, up to 60 million pixels.\n'
        + 'Exit code: 0 written, 2 a file, journey or option could not be used.',
    arguments: [{ syntax: '<path>', description: 'the .cjm file holding the journey, or a folder of maps' }],
    options: [
        { flags: '--journey <id>', description: 'the journey to draw (needed when FILE has several)' },
        { flags: '--persona <id>', description: 'draw the journey as this persona lives it: its touchpoints, emotions, actions and thoughts, with flows through the others joined' },
        { flags: '-o, --output <out>', description: 'write to OUT (.svg, .png, .html or .htm) instead of standard output' },
        { flags: '--format <format>', description: 'output format (default: from OUT\'s extension, else svg)', choices: RENDER_FORMATS },
        { flags: '--theme <theme>', description: 'colour theme', choices: Object.keys(THEMES), defaultValue: THEMES.light },
        localeOption('the picture\'s own words and the HTML page\'s controls'),
        { flags: '--watch', description: 'draw again whenever a map or config of the workspace changes, until interrupted (needs -o)' },
        { flags: '--no-cache', description: 'lay out every stage afresh, without reading or writing the layout cache' },
        { flags: '--scale <n>', description: 'PNG pixels per unit of the SVG (default: 2, less for a large picture)', parse: parsePositive },
        { flags: '--width <px>', description: 'the PNG\'s width in pixels; the height follows', parse: parsePositive }
    ]
};

export async function run(operands: readonly string[], options: RenderOptions, context: CommandContext): Promise<ExitCode> {
    const given = operands[0];
    const folder = await isFolder(path.resolve(context.cwd, given));
    if (folder && options.output === undefined) {
        throw new CliError(`${given} is a folder: name an output folder with -o OUTDIR (each journey is drawn to OUTDIR/JOURNEY-ID.${options.format ?? 'svg'})`);
    }
    if (folder && options.journey !== undefined) {
        throw new CliError(`--journey picks one journey of a file; a folder draws all of them`);
    }
    if (folder && options.persona !== undefined) {
        throw new CliError(`--persona draws one persona's view of one journey: give the file that holds it`);
    }
    if (options.watch === true && options.output === undefined) {
        throw new CliError('--watch draws again on every save: name the output with -o OUT');
    }
    const format = folder ? options.format ?? RENDER_OUTPUTS.fallback! : resolveFormat(options.format, options.output, RENDER_OUTPUTS);
    if (format === 'png' && options.output === undefined && context.stdout.isTTY) {
        throw new CliError('a PNG is not for the terminal: write it with -o OUT.png, or redirect standard output');
    }
    if ((options.scale !== undefined || options.width !== undefined) && format !== 'png') {
        throw new CliError(`--scale and --width size a PNG; this picture is ${format}`);
    }
    if (options.scale !== undefined && options.width !== undefined) {
        throw new CliError('--scale and --width both set the size of the PNG: give one of them');
    }
    if (!folder && options.output !== undefined) {
        // Said before the drawing, not after it; the write checks again.
        await refuseOverwritingInput(path.resolve(context.cwd, options.output), [path.resolve(context.cwd, given)], context.cwd);
    }
    // Langium, the layout and the renderers load only now, so that --help and --version stay fast.
    const { runLayouts } = await import('../render/run-layouts.js');
    // One for the run, a watch included: a redraw lays out only the stages that changed.
    // Many stages to lay out are shared with a second thread, on the other core.
    const layouts = runLayouts({ cache: options.cache, threadFrom: THREAD_STAGES });
    const drawing: DrawOptions = {
        theme: options.theme, layouts, png: { scale: options.scale, width: options.width }, ...(options.locale ? { locale: options.locale } : {}),
        ...(format === 'png' ? { glyphs: new (await import('../render/glyph-outlines.js')).GlyphOutlines() } : {})
    };
    const draw = folder
        ? async () => (await import('../render/render-folder.js')).renderFolder(given, options.output!, format, drawing, context)
        : () => renderFile(given, format, options, drawing, context);
    const code = await draw();
    if (options.watch !== true) {
        return code;
    }
    const [{ watchAndRedraw }, { workspaceFiles, workspaceOf }] = await Promise.all([import('../render/watch.js'), import('@cjm/language')]);
    const target = path.resolve(context.cwd, given);
    // The workspace the pictures are drawn from: its root (a config may appear) and every folder holding its maps.
    const workspace = workspaceOf(folder ? path.join(target, 'any.cjm') : target);
    const folders = [workspace.root, ...(folder ? [target] : []), ...workspaceFiles(workspace).map(file => path.dirname(file))];
    return watchAndRedraw(folders, draw, context);
}

/** One journey of FILE to OUT or standard output. */
async function renderFile(given: string, format: RenderFormat, options: RenderOptions, drawing: DrawOptions, context: CommandContext): Promise<ExitCode> {
    const [{ readJourney }, { drawJourney }, { lintErrorNotice }, { chooseLocale }] = await Promise.all([
        import('../workspace/read-journey.js'), import('../render/draw-journey.js'), import('../workspace/lint-error-notice.js'), import('@cjm/language')
    ]);
    const read = await readJourney(given, options.journey, context, 'render', options.persona);
    if (read === undefined) {
        return 2;
    }
    await deliver(await drawJourney(read.journey, read.config, read.today, format, drawing, context), options.output, [path.resolve(context.cwd, given)], context);
    const notice = lintErrorNotice(read.diagnostics, 'picture', chooseLocale(read.journey, options.locale, read.config.locale));
    if (notice !== undefined) {
        context.stderr.write(notice);
    }
    return 0;
}

async function isFolder(file: string): Promise<boolean> {
    return stat(file).then(found => found.isDirectory(), () => false);
}

/** `--scale` and `--width`: a positive number. */
function parsePositive(value: string): number {
    const number = Number(value.trim());
    if (!(number > 0) || !Number.isFinite(number) || value.trim() === '') {
        throw new Error('It must be a positive number.');
    }
    return number;
}

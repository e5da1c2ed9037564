import type { Locale, ThemeName } from '@cjm/language';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';
import { resolveFormat } from '../output/format.js';
import { deliver } from '../output/write-output.js';
import { RENDER_FORMATS, RENDER_OUTPUTS, type RenderFormat } from '../render/formats.js';

export interface RenderOptions {
    journey?: string;
    output?: string;
    format?: RenderFormat;
    theme: ThemeName;
    locale?: Locale;
}

/**
 * The language's themes, named here rather than imported so that `cjm --help` does not
 * load Langium; as a Record over ThemeName, the type checker keeps the two lists equal.
 */
const THEMES: Readonly<Record<ThemeName, string>> = { light: 'light', dark: 'dark' };
/** The picture's languages, named here for the same reason. */
const LOCALES: Readonly<Record<Locale, string>> = { en: 'en', ru: 'ru' };

export const definition: CommandDefinition = {
    name: 'render',
    summary: 'draw one journey as SVG, PNG or a self-contained HTML page',
    description: 'Lays out one journey of FILE (the only one, or --journey ID) and writes it as SVG (default), PNG or a '
        + 'self-contained HTML page with zoom and pan. The format follows --format, else the extension of OUT; '
        + 'without -o the picture goes to standard output. The other maps of FILE\'s workspace are read too (the folder of the nearest cjm.config.json, else the git repository, else FILE\'s folder), so '
        + 'references across files resolve. A FILE with syntax errors is not rendered.\n'
        + 'Exit code: 0 written, 2 the file, journey or options could not be used.',
    arguments: [{ syntax: '<file>', description: 'the .cjm file holding the journey' }],
    options: [
        { flags: '--journey <id>', description: 'the journey to draw (needed when FILE has several)' },
        { flags: '-o, --output <out>', description: 'write to OUT (.svg, .png, .html or .htm) instead of standard output' },
        { flags: '--format <format>', description: 'output format (default: from OUT\'s extension, else svg)', choices: RENDER_FORMATS },
        { flags: '--theme <theme>', description: 'colour theme', choices: Object.keys(THEMES), defaultValue: THEMES.light },
        {
            flags: '--locale <locale>', choices: Object.keys(LOCALES),
            description: 'language of the picture\'s own words (default: "locale" in cjm.config.json, else Russian when most of the journey\'s titles are Cyrillic, else English)'
        }
    ]
};

export async function run(operands: readonly string[], options: RenderOptions, context: CommandContext): Promise<ExitCode> {
    const format = resolveFormat(options.format, options.output, RENDER_OUTPUTS);
    if (format === 'png' && options.output === undefined && context.stdout.isTTY) {
        throw new CliError('a PNG is not for the terminal: write it with -o OUT.png, or redirect standard output');
    }
    // Langium, the layout and the renderers load only now, so that --help and --version stay fast.
    const { readJourney } = await import('../workspace/read-journey.js');
    const read = await readJourney(operands[0], options.journey, context, 'render');
    if (read === undefined) {
        return 2;
    }
    const { journey, config, today } = read;
    const { diagramOptions, renderJourneySvg, renderHtml } = await import('@cjm/language');
    const drawing = diagramOptions(journey, config, today, options.locale);
    const svg = renderJourneySvg(journey, { theme: options.theme, ...drawing });
    const { missingGlyphsWarning } = await import('../render/missing-glyphs.js');
    const warning = missingGlyphsWarning(svg, format);
    if (warning !== undefined) {
        context.stderr.write(warning);
    }
    const picture = format === 'svg' ? svg
        : format === 'html' ? renderHtml(svg, { title: journey.title ?? journey.name, theme: options.theme, locale: drawing.locale })
        : await (await import('../render/png.js')).svgToPng(svg);
    await deliver(picture, options.output, context);
    return 0;
}

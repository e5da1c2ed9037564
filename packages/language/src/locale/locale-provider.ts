import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { ConfigProvider } from '../config/config-provider.js';
import { isChannel, isCjmFile, isJourney, isPersona, type Journey } from '../generated/ast.js';
import { cyrillicCount, LOCALES, majorityLocale, titlesLocale, type Locale } from './locale.js';
import { messagesFor, type Messages } from './messages.js';

/**
 * The language cjm speaks about a document, for its diagnostics, hovers and the CLI's
 * summaries: the forced one (`--locale`), else the config's `locale`, else the map's own,
 * else the editor's display language (the language server's `initialize`), else English.
 * The map's own: Russian when most titles of the file's journeys (each journey, its
 * stages and touchpoints) are Cyrillic, else English; a file without journeys goes by its
 * personas and channels; a file with none of these does not decide.
 */
export class LocaleProvider {
    private forced: Locale | undefined;
    private editor: Locale | undefined;
    /** By parsed root: a new parse makes a new root, so a changed text is read again. */
    private readonly scripts = new WeakMap<AstNode, Locale | undefined>();
    /** Each journey's titles counted, while its node lives: an edit spliced into one journey counts that journey's only. */
    private readonly journeyTitles = new WeakMap<Journey, TitleCount>();

    constructor(private readonly configs: ConfigProvider) {}

    /** `--locale`: the language of every message, whatever the config and the maps say. */
    force(locale: Locale | undefined): void {
        this.forced = locale;
    }

    /** The editor's display language (`ru`, `ru-RU`, `en-US`); one cjm does not speak counts as none. */
    useEditorLanguage(tag: string | undefined): void {
        const language = tag?.toLowerCase().split(/[-_]/)[0];
        this.editor = LOCALES.find(locale => locale === language);
    }

    /** The editor's display language when cjm speaks it: what the server falls back on for a file that is no map (a config). */
    editorLocale(): Locale | undefined {
        return this.editor;
    }

    localeOf(document: LangiumDocument): Locale {
        return this.forced ?? this.configs.configOrDefault(document.uri).locale ?? this.scriptOf(document.parseResult.value) ?? this.editor ?? 'en';
    }

    messagesOf(document: LangiumDocument): Messages {
        return messagesFor(this.localeOf(document));
    }

    /** The messages for a node of a document: what a check reports in. */
    messagesAt(node: AstNode): Messages {
        return this.messagesOf(AstUtils.getDocument(node));
    }

    private scriptOf(root: AstNode): Locale | undefined {
        if (!this.scripts.has(root)) {
            this.scripts.set(root, this.fileScript(root));
        }
        return this.scripts.get(root);
    }

    /** The locale of a file's titles (each by its title, else its name), or none when it has nothing titled. */
    private fileScript(root: AstNode): Locale | undefined {
        // Journeys are top-level only (the grammar): no walk through a big map's every node.
        const journeys = isCjmFile(root) ? root.elements.filter(isJourney) : [];
        if (journeys.length === 0) {
            const titled = AstUtils.streamAst(root).filter(node => isPersona(node) || isChannel(node)).toArray() as ReadonlyArray<{ title?: string; name: string }>;
            return titled.length === 0 ? undefined : titlesLocale(titled.map(item => item.title ?? item.name));
        }
        const counts = journeys.map(journey => this.titlesOf(journey));
        return majorityLocale(counts.reduce((sum, count) => sum + count.cyrillic, 0), counts.reduce((sum, count) => sum + count.total, 0));
    }

    /** A journey's titles counted: its own, its stages' and its touchpoints'. */
    private titlesOf(journey: Journey): TitleCount {
        let count = this.journeyTitles.get(journey);
        if (!count) {
            const titles = [journey, ...journey.stages, ...journey.stages.flatMap(stage => stage.touchpoints)].map(item => item.title ?? item.name);
            count = { cyrillic: cyrillicCount(titles), total: titles.length };
            this.journeyTitles.set(journey, count);
        }
        return count;
    }
}

/** How many titles there are, and how many of them are Cyrillic. */
interface TitleCount {
    cyrillic: number;
    total: number;
}

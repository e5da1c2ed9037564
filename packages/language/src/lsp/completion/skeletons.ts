/**
 * Skeletons of the declarations a map is built from, in LSP snippet syntax and in the
 * layout `cjm fmt` writes. Lines after the first are indented relative to it; the editor
 * adds the indentation of the line. A reference is a choice of the names in scope, and
 * left out when there is none, so a skeleton never names something that does not exist.
 * Texts, numbers and dates are empty tab stops: only the writer knows them.
 */
export interface NamesInScope {
    channels: readonly string[];
    personas: readonly string[];
    touchpoints: readonly string[];
    barriers: readonly string[];
    /** The evidence kinds an answer may name (the grammar's `source` values). */
    evidence: readonly string[];
}

export interface Skeleton {
    detail: string;
    body: string;
}

type Build = (names: NamesInScope) => Skeleton;

const SKELETONS: Record<string, Build> = {
    journey: names => ({
        detail: 'Journey with its brief and a first stage',
        body: lines(
            'journey ${1:Name} "${2:Title}" {',
            '  objective "$3"',
            '  problem "$4"',
            ...(names.personas.length > 0 ? [`  target ${choice(5, names.personas)}`] : []),
            '',
            '  stage ${6:Name} "${7:Title}" {',
            '    $0',
            '  }',
            '}'
        )
    }),
    persona: () => ({
        detail: 'Persona with segment, goal and need',
        body: lines('persona ${1:Name} "${2:Title}" {', '  segment "$3"', '  goal "$4"', '  need "$5"$0', '}')
    }),
    channel: () => ({ detail: 'Channel, online or offline', body: 'channel ${1:Name} "${2:Title}" ${3|online,offline|}$0' }),
    stage: () => ({ detail: 'Stage', body: lines('stage ${1:Name} "${2:Title}" {', '  $0', '}') }),
    touchpoint: names => ({
        detail: 'Touchpoint with channel, persona and emotion',
        body: lines(
            `touchpoint \${1:Name} "\${2:Title}"${clause('via', 3, names.channels)}${clause('for', 4, names.personas)} {`,
            '  emotion ${5|0,1,2,-1,-2|}$0',
            '}'
        )
    }),
    barrier: names => ({
        detail: 'Barrier with severity and a mitigation',
        body: lines(
            `barrier \${1:Name} "\${2:Title}"${clause('at', 3, names.touchpoints)} severity \${4|medium,low,high,critical|} {`,
            '  mitigation "$5"$0',
            '}'
        )
    }),
    opportunity: names => ({
        detail: 'Opportunity that resolves a barrier',
        body: `opportunity \${1:Name} "\${2:Title}"${clause('resolves', 3, names.barriers)}$0`
    }),
    metric: () => ({
        detail: 'Metric with baseline and target',
        body: lines('metric ${1:Name} "${2:Title}" {', '  baseline $3', '  target $4$0', '}')
    }),
    question: () => ({ detail: 'Research question', body: 'question "$1"$0' }),
    answer: names => ({ detail: 'Answer with its evidence', body: `answer "$1" source ${choice(2, names.evidence)} date $3$0` }),
    '->': names => ({ detail: 'Flow to a touchpoint', body: names.touchpoints.length > 0 ? `-> ${choice(1, names.touchpoints)}$0` : '-> $0' })
};

/** The skeleton a keyword writes, if it has one; the names are looked up only then. */
export function skeletonFor(keyword: string, names: () => NamesInScope): Skeleton | undefined {
    return Object.hasOwn(SKELETONS, keyword) ? SKELETONS[keyword](names()) : undefined;
}

/** ` via ${3|Web,Email|}`, or nothing when no name is in scope. */
function clause(keyword: string, stop: number, names: readonly string[]): string {
    return names.length > 0 ? ` ${keyword} ${choice(stop, names)}` : '';
}

/** A tab stop offering `names` (identifiers and keywords: no character a snippet must escape). */
function choice(stop: number, names: readonly string[]): string {
    return `\${${stop}|${names.join(',')}|}`;
}

function lines(...text: string[]): string {
    return text.join('\n');
}

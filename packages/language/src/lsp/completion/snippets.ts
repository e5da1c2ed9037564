/**
 * Skeletons of the declarations a map is built from, in LSP snippet syntax. Lines after
 * the first are indented relative to it; the editor adds the indentation of the line.
 * Each skeleton is offered only where its keyword may stand, so it never breaks a map.
 */
export interface SnippetValues {
    /** YYYY-MM-DD, for the date of new research. */
    today: string;
    /** The evidence kinds an answer may name (the grammar's `source` values). */
    evidence: readonly string[];
}

export interface Snippet {
    detail: string;
    body: string;
}

export function snippetFor(keyword: string, values: SnippetValues): Snippet | undefined {
    switch (keyword) {
        case 'journey':
            return {
                detail: 'Journey with brief and a first stage',
                body: lines(
                    'journey ${1:Name} "${2:Title}" {',
                    '  objective "${3:Business objective}"',
                    '  problem "${4:Customer problem}"',
                    '  target ${5:Persona}',
                    '',
                    '  stage ${6:Awareness} "${7:Awareness}" {',
                    '    $0',
                    '  }',
                    '}'
                )
            };
        case 'stage':
            return { detail: 'Stage', body: lines('stage ${1:Name} "${2:Title}" {', '  $0', '}') };
        case 'touchpoint':
            return {
                detail: 'Touchpoint with channel, persona and emotion',
                body: lines('touchpoint ${1:Name} "${2:Title}" via ${3:Channel} for ${4:Persona} {', '  emotion ${5:0}$0', '}')
            };
        case 'metric':
            return {
                detail: 'Metric with baseline and target',
                body: lines('metric ${1:Name} "${2:Title}" {', '  baseline ${3:0}', '  target ${4:0}$0', '}')
            };
        case 'question':
            return {
                detail: 'Question with an answer',
                body: lines('question "${1:What do we want to learn?}" {', `  ${answerLine(values, 2)}$0`, '}')
            };
        case 'answer':
            return { detail: `Answer dated today (${values.today})`, body: answerLine(values, 1) };
        default:
            return undefined;
    }
}

/** An answer with its evidence; tab stops count from `first`. */
function answerLine(values: SnippetValues, first: number): string {
    return `answer "\${${first}:What research found}" source \${${first + 1}|${values.evidence.join(',')}|} date \${${first + 2}:${values.today}}`;
}

function lines(...text: string[]): string {
    return text.join('\n');
}

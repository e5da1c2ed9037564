/** What the grammar promises, in one place: the scope of every keyword and of every kind of name. */

const scopeEach = (words: string[], scope: string): [string, string][] => words.map(word => [word, scope]);

export const DECLARATION_KEYWORDS = ['journey', 'persona', 'channel', 'stage', 'touchpoint', 'barrier', 'opportunity', 'metric', 'question', 'answer'];
export const ATTRIBUTE_KEYWORDS = [
    'product', 'state', 'owner', 'reviewed', 'objective', 'problem', 'target',
    'segment', 'goal', 'need', 'motive', 'context', 'habit', 'quote', 'role',
    'description', 'emotion', 'action', 'thought', 'mitigation',
    'baseline', 'actual', 'source', 'measured', 'direction',
    'via', 'for', 'at', 'resolves', 'severity', 'date', 'sample'
];
/** Channel kinds, journey states, severities, metric directions. */
export const VALUE_KEYWORDS = ['online', 'offline', 'current', 'future', 'research', 'low', 'medium', 'high', 'critical', 'up', 'down', 'buyer', 'user', 'decider', 'influencer'];
export const EVIDENCE_KEYWORDS = ['interview', 'survey', 'analytics', 'support', 'sales', 'experiment', 'review', 'desk'];

/** The innermost scope of each keyword of the language, words and symbols. */
export const KEYWORD_SCOPES: ReadonlyMap<string, string> = new Map([
    ...scopeEach(DECLARATION_KEYWORDS, 'storage.type.cjm'),
    ...scopeEach(ATTRIBUTE_KEYWORDS, 'keyword.other.cjm'),
    ...scopeEach(VALUE_KEYWORDS, 'constant.language.cjm'),
    ...scopeEach(EVIDENCE_KEYWORDS, 'constant.language.evidence.cjm'),
    ['->', 'keyword.operator.arrow.cjm'],
    ['%', 'keyword.other.unit.percent.cjm'],
    ['{', 'punctuation.section.block.begin.cjm'],
    ['}', 'punctuation.section.block.end.cjm'],
    [',', 'punctuation.separator.comma.cjm']
]);

/**
 * The scope of a name, where it is declared and wherever it is referred to, by the AST type it
 * declares. The families match the server's semantic token types (journey: namespace,
 * persona/channel/stage: class/interface/struct, touchpoint: function, the rest: variable and
 * property), so a theme colours a name alike before and after the semantic tokens arrive.
 */
export const NAME_SCOPES: Readonly<Record<string, string>> = {
    Journey: 'entity.name.namespace.cjm',
    Persona: 'entity.name.type.cjm',
    Channel: 'entity.name.type.cjm',
    Stage: 'entity.name.type.cjm',
    Touchpoint: 'entity.name.function.cjm',
    Barrier: 'entity.name.variable.cjm',
    Opportunity: 'entity.name.variable.cjm',
    Metric: 'entity.name.variable.cjm'
};

/**
 * The website's own words (`cjm site`; not the map's): its navigation, page headings,
 * card and table labels, the side panel and the search box.
 */
import type { BarrierSeverity, ChannelKind, EvidenceSource, JourneyState, PersonaAttributeKind } from '../model/journey-model.js';
import type { Severity } from '../validation/rules.js';

export interface SiteWords {
    /** The site's name in the browser tab and the header. */
    siteTitle: string;
    skipToContent: string;
    navigation: string;
    pages: { index: string; personas: string; channels: string; barriers: string; metrics: string; research: string };
    search: { label: string; placeholder: string; none: string };
    /** Index cards and filters. */
    product: string;
    state: string;
    states: (state: JourneyState) => string;
    owner: string;
    personas: string;
    stages: string;
    coverage: string;
    /** `Metric targets: 3 of 5 stages`. */
    metricCoverage: (covered: number, stages: number) => string;
    researchCoverage: (covered: number, stages: number) => string;
    status: string;
    findings: (errors: number, warnings: number) => string;
    clean: string;
    newestEvidence: string;
    reviewed: string;
    stale: string;
    none: string;
    filters: string;
    all: string;
    sortBy: string;
    sortTitle: string;
    withErrors: string;
    withWarnings: string;
    notParsed: string;
    /** A map that does not parse: its journeys are not shown. */
    notParsedNote: string;
    /** Journey page. */
    picture: string;
    zoomIn: string;
    zoomOut: string;
    fit: string;
    view: string;
    wholeJourney: string;
    brief: string;
    objective: string;
    problem: string;
    targets: string;
    details: string;
    detailsHint: string;
    closePanel: string;
    downloads: string;
    file: string;
    rule: string;
    line: string;
    message: string;
    severity: (severity: Severity) => string;
    /** Element kinds as headings and panel labels. */
    stage: string;
    touchpoint: string;
    barrier: string;
    opportunity: string;
    persona: string;
    channel: string;
    channels: string;
    /** The channels page's two parts: one matrix across all journeys, then one per journey. */
    acrossJourneys: string;
    eachJourney: string;
    channelKind: (kind: ChannelKind | undefined) => string;
    emotion: string;
    emotions: string;
    actions: string;
    thoughts: string;
    description: string;
    severityLabel: string;
    barrierSeverity: (severity: BarrierSeverity) => string;
    mitigations: string;
    mitigated: string;
    notMitigated: string;
    resolves: string;
    resolvedBy: string;
    at: string;
    journey: string;
    journeys: string;
    role: string;
    /** Persona attributes by their keyword: goal, need, quote ... */
    attribute: (kind: PersonaAttributeKind) => string;
    /** Metrics. */
    metric: string;
    baseline: string;
    target: string;
    actual: string;
    met: string;
    notMet: string;
    unknown: string;
    source: string;
    /** Where an answer's evidence comes from: `Interview`, `Survey`, ... */
    evidenceSource: Readonly<Record<EvidenceSource, string>>;
    measured: string;
    /** Research. */
    question: string;
    answered: string;
    open: string;
    answers: string;
    date: string;
    sample: string;
    /** `412 days old`. */
    age: (days: number) => string;
    /** A rule's page. */
    ruleHelp: string;
    defaultSeverity: string;
    /** The footer: what built the site. */
    builtWith: string;
}

/**
 * The words for the map's own values and fields that several parts of cjm show (the picture,
 * the report, the site, the diff, the hovers): one word for each, whoever shows it.
 */
import type { BarrierSeverity, ChannelKind, EvidenceSource, JourneyState, PersonaAttributeKind } from '../../model/journey-model.js';
import type { Severity } from '../../validation/rules.js';

/** A journey's state after its label (`State: current`). */
export const JOURNEY_STATE: Readonly<Record<JourneyState, string>> = { current: 'current', future: 'future', research: 'research' };

export const CHANNEL_KIND: Readonly<Record<ChannelKind, string>> = { online: 'online', offline: 'offline' };

export const BARRIER_SEVERITY: Readonly<Record<BarrierSeverity, string>> = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' };

/** A finding's severity (lint's error, warning, info). */
export const FINDING_SEVERITY: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' };

/** Where an answer's evidence comes from, as a label starts with it. */
export const EVIDENCE_SOURCE: Readonly<Record<EvidenceSource, string>> = {
    interview: 'Interview', survey: 'Survey', analytics: 'Analytics', support: 'Support', sales: 'Sales', experiment: 'Experiment', review: 'Reviews', desk: 'Desk research'
};

export const PERSONA_ATTRIBUTE: Readonly<Record<PersonaAttributeKind, string>> = {
    segment: 'Segment', goal: 'Goal', need: 'Need', motive: 'Motive', context: 'Context', habit: 'Habit', quote: 'Quote'
};

/** The labels of a journey's, stage's or touchpoint's owner and of the journey's last review. */
export const OWNER = 'Owner';
export const REVIEWED = 'Reviewed';

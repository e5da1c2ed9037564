/**
 * The words for the map's own values and fields that several parts of cjm show (the picture,
 * the report, the site, the diff, the hovers): one word for each, whoever shows it.
 */
import type { BarrierSeverity, ChannelKind, EvidenceSource, JourneyState, PersonaAttributeKind } from '../../model/journey-model.js';
import type { Severity } from '../../validation/rules.js';

/** A journey's state after its label (`State: current`). */
export const JOURNEY_STATE: Readonly<Record<JourneyState, string>> = { current: 'текущее', future: 'целевое', research: 'исследование' };

export const CHANNEL_KIND: Readonly<Record<ChannelKind, string>> = { online: 'онлайн', offline: 'офлайн' };

export const BARRIER_SEVERITY: Readonly<Record<BarrierSeverity, string>> = { low: 'низкая', medium: 'средняя', high: 'высокая', critical: 'критическая' };

/** A finding's severity (lint's error, warning, info). */
export const FINDING_SEVERITY: Readonly<Record<Severity, string>> = { error: 'ошибка', warning: 'предупреждение', info: 'сведения' };

/** Where an answer's evidence comes from, as a label starts with it. */
export const EVIDENCE_SOURCE: Readonly<Record<EvidenceSource, string>> = {
    interview: 'Интервью', survey: 'Опрос', analytics: 'Аналитика', support: 'Поддержка', sales: 'Продажи', experiment: 'Эксперимент', review: 'Отзывы', desk: 'Кабинетное исследование'
};

export const PERSONA_ATTRIBUTE: Readonly<Record<PersonaAttributeKind, string>> = {
    segment: 'Сегмент', goal: 'Цель', need: 'Потребность', motive: 'Мотив', context: 'Контекст', habit: 'Привычка', quote: 'Цитата'
};

/** The labels of a journey's, stage's or touchpoint's owner and of the journey's last review. */
export const OWNER = 'Владелец';
export const REVIEWED = 'Дата пересмотра';

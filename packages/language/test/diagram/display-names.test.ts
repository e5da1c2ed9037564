/** Titles, not ids: what the boxes and the header call channels, personas and barriers. */
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { CLEAN_JOURNEY, edit, journeyModel, stageLayouts } from '../fixtures.js';
import { lineText, readSvg } from './svg-contract.js';

const layouts = stageLayouts();

async function texts(text: string, owner?: string): Promise<string[]> {
    const view = readSvg(await renderJourneySvg(await journeyModel(text, 'Onboarding'), layouts, { locale: 'en' }));
    return view.texts.filter(line => owner === undefined || line.owner?.id === owner).map(lineText);
}

describe('names in the picture', () => {
    it('are the titles of channels and personas in a touchpoint box, each after its label, and of the target personas in the brief', async () => {
        expect(await texts(CLEAN_JOURNEY, 'Landing')).toEqual(['Landing page', 'Channel: Website', 'Persona: Early-stage founder']);
        expect(await texts(CLEAN_JOURNEY)).toContain('Targets: Early-stage founder');
    });

    it('are ids only where no title was given', async () => {
        const untitled = edit(CLEAN_JOURNEY, {
            'channel Web "Website" online': 'channel Web "Website" online\nchannel Mail online\npersona Buyer',
            'via Web for Founder': 'via Web, Mail for Founder, Buyer'
        });
        expect((await texts(untitled, 'Landing')).join(' ')).toBe('Landing page Channels: Website, Mail Personas: Early-stage founder, Buyer');
    });

    it('name the barriers an opportunity resolves elsewhere by their titles', async () => {
        const text = edit(CLEAN_JOURNEY, {
            '    metric Visits': `    barrier Slow "Slow page" at Landing severity high
    barrier Ugly "Ugly page" at Landing severity low
    opportunity Fast "Faster page" resolves Slow, Ugly
    metric Visits`
        });
        // Opportunities are no contract group: read the text of their group from the markup.
        const svg = await renderJourneySvg(await journeyModel(text, 'Onboarding'), layouts, { locale: 'en' });
        const fast = /<g class="cjm-opportunity" data-cjm-id="Fast">(.*?)<\/g>/s.exec(svg)![1];
        expect([...fast.matchAll(/>([^<]+)</g)].map(match => match[1]).join(' ')).toContain('Resolves: Ugly page');
        expect(await texts(text, 'Slow')).toEqual(['Slow page', 'Severity: high', 'No mitigation']);
    });
});

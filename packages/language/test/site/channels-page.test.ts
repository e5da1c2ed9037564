// The channels page: one channel × journey matrix across all journeys, then a channel ×
// stage matrix per journey.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { messagesFor } from '../../src/locale/messages.js';
import { channelsPage } from '../../src/site/channels-page.js';
import type { SiteContext } from '../../src/site/site-context.js';
import { journeyModels, TODAY } from '../fixtures.js';
import { drawer } from './drawer.js';

const MAPS = `persona Shopper "Shopper"
channel Web "Website" online
channel Store "Store" offline
channel Phone "Hotline" offline

journey Buy "Buying" {
  target Shopper
  stage Find "Finding" {
    touchpoint Search "Searches the site" via Web for Shopper
    touchpoint Compare "Compares offers" via Web for Shopper
  }
  stage Pay "Paying" {
    touchpoint Till "Pays at the till" via Store for Shopper
  }
}

journey Return "Returning" {
  target Shopper
  stage Ask "Asking" {
    touchpoint Call "Calls the hotline" via Phone for Shopper
  }
  stage Bring "Bringing back" {
    touchpoint Counter "Brings it to the store" via Store, Web for Shopper
  }
}
`;

async function page(): Promise<string> {
    const models = await journeyModels(MAPS);
    const journeys = ['Buy', 'Return'].map(name => ({ model: models[name], file: 'maps.cjm', diagnostics: [], config: DEFAULT_CONFIG }));
    const site: SiteContext = {
        journeys, unparsed: [], words: messagesFor('en').site, locale: 'en',
        options: { theme: 'light', today: TODAY, singleFile: false, draw: drawer() }
    };
    return channelsPage(site).body;
}

/** The rows of the first table after `heading`: each row's cells as text, tags removed. */
function rows(html: string, heading: string): string[][] {
    const table = html.slice(html.indexOf(heading)).match(/<table>[^]*?<\/table>/)![0];
    return [...table.matchAll(/<tr>([^]*?)<\/tr>/g)].map(row => [...row[1].matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)]
        .map(cell => cell[1].replace(/<\/li><li>/g, '; ').replace(/<[^>]+>/g, '').trim()));
}

describe('the channels page', () => {
    it('shows every channel across all journeys: the stages of each journey it carries, with their touchpoint counts', async () => {
        expect(rows(await page(), 'Across journeys')).toEqual([
            ['Channel', 'Buying', 'Returning'],
            ['Website (online)', 'Finding (2)', 'Bringing back (1)'],
            ['Store (offline)', 'Paying (1)', 'Bringing back (1)'],
            ['Hotline (offline)', '', 'Asking (1)']
        ]);
    });

    it('then, per journey, which touchpoints each channel carries in each stage (channels in the order the journey uses them)', async () => {
        const html = await page();
        expect(rows(html, '>Returning</a></h3>')).toEqual([
            ['Channel', 'Asking', 'Bringing back'],
            ['Hotline (offline)', 'Calls the hotline', ''],
            ['Store (offline)', '', 'Brings it to the store'],
            ['Website (online)', '', 'Brings it to the store']
        ]);
        expect(html.indexOf('<h2 id="cjm-across">')).toBeLessThan(html.indexOf('<h2 id="cjm-each">'));
    });
});

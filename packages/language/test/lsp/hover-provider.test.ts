/**
 * Hover over a real stdio connection: on a name or a reference, what its declaration says
 * (from any file of the workspace); on a keyword, what it means, in the map's language; on
 * an answer, how old its evidence is; on a problem, what the rule behind it wants.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { EXAMPLES, tempTree } from '../fixtures.js';
import { LspSession, uriOf } from './lsp-client.js';
import { cursorAt } from './text-positions.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

/** A workspace on disk with `journey.cjm` open in the editor; `hover(file, 'via W|eb')` hovers there. */
async function workspace(files: Record<string, string>): Promise<{ hover(file: string, marked: string): Promise<string | undefined> }> {
    const root = tempTree(files);
    session = await LspSession.start({ root });
    const server = session;
    const journey = uriOf(path.join(root, 'journey.cjm'));
    await server.open(journey, files['journey.cjm']);
    await server.diagnostics(journey);
    return {
        async hover(file, marked) {
            const text = fs.readFileSync(path.join(root, file), 'utf8');
            const result = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(path.join(root, file)) }, position: cursorAt(text, marked) });
            expect(server.errors).toEqual([]);
            return result ? (result.contents as MarkupContent).value : undefined;
        }
    };
}

const SHARED = `persona Founder "Early-stage founder" {
  segment "B2B SaaS, 1-10 employees"
  goal "Launch the MVP without hiring an analyst"
  need "Setup in under an hour"
  need "No SQL"
}
channel Web "Website" online {
  description "Marketing site and app"
}
channel Office "Sales office" offline
`;

const JOURNEY = `journey Onboarding "SaaS onboarding" {
  objective "Raise trial-to-paid conversion"
  problem "Teams cannot see value"
  target Founder

  stage Awareness "Awareness" {
    touchpoint Landing "Landing page" via Web, Office for Founder {
      emotion -1
      -> Signup
    }
    barrier PricingUnclear "Pricing is unclear" at Landing severity high {
      mitigation "Show a pricing calculator"
    }
    opportunity Calculator "Pricing calculator" resolves PricingUnclear
    metric CTR "Click-through rate" { baseline 1.2% target 3% actual 2.1% measured 2026-09-30 }
    metric WaitTime "Time to first answer" { baseline 40 "sec" target 20 "sec" actual 15 "sec" }
    question "Where do founders first hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12
      answer "Search" source survey date 2025-06-01 sample 214
    }
  }

  stage Trial "Trial" {
    touchpoint Signup "Sign-up form" {
      emotion 5
    }
  }
}
`;

const FILES = { 'shared.cjm': SHARED, 'journey.cjm': JOURNEY };

describe('on a reference or a name', () => {
    it('a persona declared in another file: its title, goals, needs and other attributes, and where it lives', async () => {
        const hover = await (await workspace(FILES)).hover('journey.cjm', 'for Fo|under');
        expect(hover).toContain('**persona** `Founder` — Early-stage founder');
        expect(hover).toContain('declared in shared.cjm');
        expect(hover).toContain('**Goal**\n- Launch the MVP without hiring an analyst');
        expect(hover).toContain('**Needs**\n- Setup in under an hour\n- No SQL');
        expect(hover).toContain('**Segment**\n- B2B SaaS, 1-10 employees');
    });

    it('a channel: its title, kind and description', async () => {
        const server = await workspace(FILES);
        const web = await server.hover('journey.cjm', 'via W|eb');
        expect(web).toContain('**channel** `Web` — Website');
        expect(web).toContain('Online channel.');
        expect(web).toContain('Marketing site and app');
        expect(await server.hover('journey.cjm', 'Web, Off|ice')).toContain('Offline channel.');
    });

    it('a metric: baseline → target → actual with units, its direction and whether it is met', async () => {
        const server = await workspace(FILES);
        const ctr = await server.hover('journey.cjm', 'metric C|TR');
        expect(ctr).toContain('baseline **1.2%** → target **3%** → actual **2.1%**');
        expect(ctr).toContain('Direction: up (higher is better) · **not met**');
        expect(ctr).toContain('Measured: 2026-09-30, 54 days old (about 1 month) on 2026-11-23: fresh');
        const wait = await server.hover('journey.cjm', 'metric Wait|Time');
        expect(wait).toContain('baseline **40 sec** → target **20 sec** → actual **15 sec**');
        expect(wait).toContain('Direction: down (lower is better) · **met**');
    });

    it('a touchpoint in another stage: its stage, emotion, channels and personas', async () => {
        const server = await workspace(FILES);
        const signup = await server.hover('journey.cjm', '-> Sig|nup');
        expect(signup).toContain('**touchpoint** `Signup` — Sign-up form');
        expect(signup).toContain('In stage Trial (`Trial`) of journey `Onboarding`.');
        expect(signup).toContain('Emotion: +5 (outside -2..+2)');
        const landing = await server.hover('journey.cjm', 'at Land|ing');
        expect(landing).toContain('Emotion: -1 (negative)');
        expect(landing).toContain('Via: Website (`Web`), online; Sales office (`Office`), offline');
        expect(landing).toContain('For: Early-stage founder (`Founder`)');
        expect(landing).toContain('Next: Sign-up form (`Signup`)');
    });

    it('a touchpoint two personas live differently: each persona\'s emotion, and whose each thought is; a persona\'s role', async () => {
        const journey = `journey Insurance {
  persona HRManager "HR manager" { role buyer }
  persona Employee "Employee" { role user }
  stage Rollout {
    touchpoint Webinar "Onboarding webinar" via Web for HRManager, Employee {
      emotion 1 for HRManager
      emotion -1 for Employee
      thought "Where is my policy number?" for Employee
    }
  }
}
`;
        const server = await workspace({ 'shared.cjm': SHARED, 'journey.cjm': journey });
        const hover = await server.hover('journey.cjm', 'touchpoint Web|inar');
        expect(hover).toContain('Emotion: HR manager (`HRManager`): +1 (positive); Employee (`Employee`): -1 (negative)');
        expect(hover).toContain('Thinks: Where is my policy number? (Employee (`Employee`))');
        expect(await server.hover('journey.cjm', 'for HRMan|ager, Employee')).toContain('**Role:** buyer');
    });

    it('a barrier: its severity, touchpoint, mitigations and what resolves it', async () => {
        const hover = await (await workspace(FILES)).hover('journey.cjm', 'resolves Pricing|Unclear');
        expect(hover).toContain('Severity: **high**');
        expect(hover).toContain('At: Landing page (`Landing`)');
        expect(hover).toContain('**Mitigations**\n- Show a pricing calculator');
        expect(hover).toContain('Resolved by: Pricing calculator (`Calculator`)');
    });

    it('a declaration in its own file, hovered where it is declared', async () => {
        const hover = await (await workspace(FILES)).hover('shared.cjm', 'persona Fou|nder');
        expect(hover).toContain('**persona** `Founder` — Early-stage founder');
    });

    it('a Cyrillic name, in the words of a Cyrillic map', async () => {
        const server = await workspace({
            'shared.cjm': 'persona Студент "Студент вуза" {\n  goal "Платить телефоном"\n}\nchannel Соцсети "Соцсети и чаты" online\n',
            'journey.cjm': 'journey Карта {\n  stage Осведомлённость {\n    touchpoint Пост via Соцсети for Студент { emotion 0 }\n  }\n}\n'
        });
        const hover = await server.hover('journey.cjm', 'for Студ|ент');
        expect(hover).toContain('**персона** `Студент` — Студент вуза');
        expect(hover).toContain('**Цель**\n- Платить телефоном');
    });
});

describe('on an answer', () => {
    it('how old its evidence is against today, and whether that is past evidenceMaxAgeDays', async () => {
        const server = await workspace(FILES);
        const fresh = await server.hover('journey.cjm', 'answer "Peers| in chats"');
        expect(fresh).toContain('**answer** to “Where do founders first hear about us?”');
        expect(fresh).toContain('From interview.');
        expect(fresh).toContain('Dated 2026-09-12: 72 days old (about 2 months) on 2026-11-23: fresh, within evidenceMaxAgeDays (365).');
        const stale = await server.hover('journey.cjm', 'source survey date 2025-06|-01');
        expect(stale).toContain('From survey, sample 214.');
        expect(stale).toContain('Dated 2025-06-01: 540 days old (about 17 months) on 2026-11-23: **stale**, older than evidenceMaxAgeDays (365).');
    });

    it('with the limit of the config file', async () => {
        const server = await workspace({ ...FILES, 'cjm.config.json': JSON.stringify({ evidenceMaxAgeDays: 30 }) });
        expect(await server.hover('journey.cjm', 'answer "Peers| in chats"')).toContain('72 days old (about 2 months) on 2026-11-23: **stale**, older than evidenceMaxAgeDays (30).');
    });
});

describe('on a problem', () => {
    it('what the rule wants, with its id, after what the name stands for', async () => {
        const server = await workspace(FILES);
        const hover = await server.hover('journey.cjm', 'touchpoint Sign|up');
        const [declaration, rule] = hover!.split('\n\n---\n\n');
        expect(declaration).toContain('**touchpoint** `Signup`');
        expect(rule).toBe('[`touchpoint-needs-channel`](https://cjm.dev/rules/touchpoint-needs-channel) (warning): A touchpoint without `via`.\n\n'
            + 'Say through which channel (online or offline) the customer meets this touchpoint: `via Channel`.');
    });

    it('on a value that breaks a rule, only the rule', async () => {
        const hover = await (await workspace(FILES)).hover('journey.cjm', 'emotion |5');
        expect(hover).toBe('[`emotion-range`](https://cjm.dev/rules/emotion-range) (error): An emotion that is not an integer in -2..+2.\n\nUse -2 (very negative), -1, 0, +1 or +2 (very positive).');
    });

    it('with the severity the config gives the rule', async () => {
        const server = await workspace({ ...FILES, 'cjm.config.json': JSON.stringify({ rules: { 'touchpoint-needs-channel': 'error' } }) });
        expect(await server.hover('journey.cjm', 'touchpoint Sign|up')).toContain('(https://cjm.dev/rules/touchpoint-needs-channel) (error)');
    });
});

describe('on a keyword', () => {
    it('what it means and why a map needs it, with a link to its section of the language reference', async () => {
        const server = await workspace(FILES);
        expect(await server.hover('journey.cjm', 'obje|ctive')).toBe('The business **objective** the journey serves (Cagan\'s first question). Without it nobody can tell which barriers matter; '
            + '`journey-needs-objective` asks for it.\n\n[Language reference: journey](https://cjm.dev/language#journey)');
        const emotion = await server.hover('journey.cjm', 'emo|tion -1');
        expect(emotion).toContain('from -2 (very negative) to +2 (very positive)');
        expect(emotion).toContain('(https://cjm.dev/language#the-emotion-scale)');
        expect(await server.hover('journey.cjm', '|-> Signup')).toContain('(https://cjm.dev/language#flows-what-comes-next)');
    });

    it('by what it means where it stands: a journey\'s target names personas, a metric\'s is a value', async () => {
        const server = await workspace(FILES);
        expect(await server.hover('journey.cjm', 'tar|get Founder')).toContain('The **target** personas');
        expect(await server.hover('journey.cjm', 'baseline 1.2% tar|get 3%')).toContain('the value the team aims for');
        expect(await server.hover('journey.cjm', 'source inter|view')).toContain('**interviews**');
    });

    it('in the map\'s language: Russian on a Cyrillic map, or where the config says `ru`', async () => {
        const russian = 'journey Карта "Студенческая карта" {\n  stage Осведомлённость "Осведомлённость" {\n    touchpoint Пост "Пост в соцсетях" { emotion 1 }\n  }\n}\n';
        const server = await workspace({ 'journey.cjm': russian });
        expect(await server.hover('journey.cjm', 'emo|tion 1')).toContain('как клиент себя чувствует здесь');
        expect(await server.hover('journey.cjm', 'emo|tion 1')).toContain('[Справочник языка: the emotion scale](https://cjm.dev/language#the-emotion-scale)');
        const configured = await workspace({ ...FILES, 'cjm.config.json': JSON.stringify({ locale: 'ru' }) });
        expect(await configured.hover('journey.cjm', '|stage Awareness')).toContain('Объявляет **этап**');
    });

    it('on a file of personas only, in the language of their titles', async () => {
        const server = await workspace({ 'journey.cjm': 'persona Студент "Студент вуза" {\n  goal "Бесплатная карта"\n}\n' });
        expect(await server.hover('journey.cjm', 'go|al')).toContain('**Цель** персоны');
    });
});

describe('on a declaration of a Russian map (examples/russian-bank-card)', () => {
    const KARTA = fs.readFileSync(path.join(EXAMPLES, 'russian-bank-card/karta.cjm'), 'utf8').replace(/^\uFEFF/, '');

    it('labels every fact in Russian, each name after a label, never after a preposition', async () => {
        const server = await workspace({ 'journey.cjm': KARTA });
        const journey = await server.hover('journey.cjm', 'journey Студ|енческаяКарта');
        expect(journey).toContain('**путь** `СтуденческаяКарта` — Карта «Студент»: путь клиента\n\n- Состояние: текущее\n- Продукт: Дебетовая карта «Студент»');
        expect(journey).toContain('- Дата пересмотра: 2026-10-16, возраст на 2026-11-23, дней: 38 (месяцев: около 1): данные свежие, в пределах evidenceMaxAgeDays (365).');
        const touchpoint = await server.hover('journey.cjm', 'touchpoint СтраницаТа|рифа');
        expect(touchpoint).toContain('Этап: Рассмотрение (`Рассмотрение`). Путь: `СтуденческаяКарта`.');
        expect(touchpoint).toContain('- Эмоция: -1 (плохо)\n- Канал: Сайт банка (`Сайт`), онлайн\n- Персоны: Студент вуза (`Студент`), Родитель студента (`Родитель`)\n- Далее: Читает отзывы и сравнивает банки (`Отзывы`)');
        expect(await server.hover('journey.cjm', 'barrier Отказ|БезРегистрации')).toContain('- Серьёзность: **критическая**\n- Точка контакта: Проверка документов (`ПроверкаДокументов`)\n\n**Меры**\n- Принимать справку');
        const metric = await server.hover('journey.cjm', 'metric Ох|ват');
        expect(metric).toContain('исходное **21%** → цель **40%** → факт **29%**\n\nНаправление: вверх (чем больше, тем лучше) · **не достигнута**');
        expect(metric).toContain('- Источник: Опрос в кампусах\n- Дата замера: 2026-09-30, возраст на 2026-11-23, дней: 54 (месяцев: около 1)');
        expect(await server.hover('journey.cjm', 'answer "48|%')).toBe('**ответ** на вопрос «Откуда студенты узнают о банковских картах?»\n\nИсточник: опрос, выборка: 640.\n\n'
            + 'Дата: 2026-09-25, возраст на 2026-11-23, дней: 59 (месяцев: около 1): данные свежие, в пределах evidenceMaxAgeDays (365).');
    });

    it('in English where the config says "locale": "en"', async () => {
        const server = await workspace({ 'cjm.config.json': '{ "locale": "en" }', 'journey.cjm': KARTA });
        expect(await server.hover('journey.cjm', 'journey Студ|енческаяКарта')).toContain('**journey** `СтуденческаяКарта` — Карта «Студент»: путь клиента\n\n- State: current');
        expect(await server.hover('journey.cjm', 'touchpoint СтраницаТа|рифа')).toContain('In stage Рассмотрение (`Рассмотрение`) of journey `СтуденческаяКарта`.\n\n- Emotion: -1 (negative)\n- Via: Сайт банка (`Сайт`), online');
        expect(await server.hover('journey.cjm', 'barrier Отказ|БезРегистрации')).toContain('- Severity: **critical**\n- At: Проверка документов');
        expect(await server.hover('journey.cjm', 'metric Ох|ват')).toContain('Direction: up (higher is better) · **not met**');
        expect(await server.hover('journey.cjm', 'answer "48|%')).toContain('From survey, sample 640.\n\nDated 2026-09-25: 59 days old (about 1 month) on 2026-11-23: fresh');
    });
});

it('is empty where there is nothing to tell (a title)', async () => {
    expect(await (await workspace(FILES)).hover('journey.cjm', 'stage Awareness "Aware|ness"')).toBeUndefined();
});

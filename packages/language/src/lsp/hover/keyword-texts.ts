/**
 * What each keyword of the language means and why a map needs it, in every language the
 * editor speaks, for hover: one table keyed by keyword, so that the per-locale message
 * tables can take it over whole. A keyword whose meaning depends on where it stands is
 * keyed `Rule.keyword` (a metric's `target` is a value, a journey's names personas).
 * `section` is the heading of docs/language.md that explains it.
 */
import type { Locale } from '../../locale/locale.js';

export interface KeywordText extends Record<Locale, string> {
    section: string;
}

const EVIDENCE = 'question-and-answer';

export const KEYWORD_TEXTS: Readonly<Record<string, KeywordText>> = {
    persona: {
        section: 'persona',
        en: 'Declares a **persona**: a kind of customer the map follows, who they are, what they want and need. Touchpoints say which personas live them (`for`) and the journey\'s `target` names those it is for: a map without people is a process chart.',
        ru: 'Объявляет **персону**: тип клиента, за которым следует карта, — кто он, чего хочет и что ему нужно. Точки контакта называют своих персон (`for`), а `target` пути — тех, для кого он: карта без людей — просто схема процесса.'
    },
    segment: { section: 'persona', en: 'The **segment** of the persona (market, company size, role): which customers the map speaks for.', ru: '**Сегмент** персоны (рынок, размер компании, роль): о каких клиентах говорит карта.' },
    goal: { section: 'persona', en: 'A **goal** of the persona: what they try to achieve. Stages and touchpoints are read against it.', ru: '**Цель** персоны: чего она хочет добиться. Этапы и точки контакта читаются относительно неё.' },
    need: { section: 'persona', en: 'A **need** of the persona: what they need from the product to reach their goal. Unmet needs are where barriers come from.', ru: '**Потребность** персоны: что ей нужно от продукта, чтобы достичь цели. Из неудовлетворённых потребностей вырастают барьеры.' },
    motive: { section: 'persona', en: 'A **motive**: why the persona acts, often a fear or a wish. It explains emotions that goals alone do not.', ru: '**Мотив**: почему персона действует — часто страх или желание. Он объясняет эмоции, которые не объяснить одними целями.' },
    context: { section: 'persona', en: 'The **context** the persona acts in: when, where, on which device, under what pressure.', ru: '**Контекст** действий персоны: когда, где, с какого устройства, под каким давлением.' },
    habit: { section: 'persona', en: 'A **habit** of the persona: what they already do, which the journey must fit or change.', ru: '**Привычка** персоны: что она уже делает и с чем путь должен считаться или что должен изменить.' },
    quote: { section: 'persona', en: 'A **quote** from research, in the persona\'s own words: it keeps the persona real.', ru: '**Цитата** из исследования, словами самой персоны: она не даёт персоне стать выдуманной.' },
    role: {
        section: 'persona',
        en: 'The persona\'s **role** in a purchase: `buyer`, `user`, `decider` or `influencer`. In B2B the one who buys is often not the one who uses, and the map must show both sides.',
        ru: '**Роль** персоны в покупке: `buyer` (платит), `user` (пользуется), `decider` (решает) или `influencer` (влияет). В B2B покупает часто не тот, кто пользуется, и карта должна показать обе стороны.'
    },
    buyer: { section: 'persona', en: 'Role **buyer**: the persona who pays.', ru: 'Роль **buyer**: персона, которая платит.' },
    user: { section: 'persona', en: 'Role **user**: the persona who uses the product day to day.', ru: 'Роль **user**: персона, которая пользуется продуктом каждый день.' },
    decider: { section: 'persona', en: 'Role **decider**: the persona who decides to buy.', ru: 'Роль **decider**: персона, которая принимает решение о покупке.' },
    influencer: { section: 'persona', en: 'Role **influencer**: the persona whose opinion shapes the decision.', ru: 'Роль **influencer**: персона, чьё мнение влияет на решение.' },
    channel: {
        section: 'channel',
        en: 'Declares a **channel**: where the customer meets the product, online or offline (a website, a store, a call). Touchpoints name theirs with `via`; every channel the customer uses counts.',
        ru: 'Объявляет **канал**: где клиент встречается с продуктом, онлайн или офлайн (сайт, магазин, звонок). Точки контакта называют свой канал через `via`; важен каждый канал, которым пользуется клиент.'
    },
    online: { section: 'channel', en: 'An **online** channel: the customer meets the product on a screen.', ru: '**Онлайн**-канал: клиент встречается с продуктом на экране.' },
    offline: { section: 'channel', en: 'An **offline** channel: in person, on paper or by phone. A map of online channels only misses part of the journey.', ru: '**Офлайн**-канал: лично, на бумаге или по телефону. Карта из одних онлайн-каналов теряет часть пути.' },
    description: { section: 'channel', en: 'A **description**: more detail than the title holds.', ru: '**Описание**: подробности, которые не помещаются в заголовок.' },
    journey: {
        section: 'journey',
        en: 'Declares a **journey**: one product\'s map from the first contact to the last, in stages, with its brief (`objective`, `problem`, `target`) so that the map serves a decision.',
        ru: 'Объявляет **путь клиента**: карту одного продукта от первого контакта до последнего, по этапам, с брифом (`objective`, `problem`, `target`), чтобы карта служила решению.'
    },
    product: { section: 'journey', en: 'The **product** the journey maps. One map per product: a map of everything says nothing.', ru: '**Продукт**, путь которого описывает карта. Одна карта — один продукт: карта всего сразу ничего не говорит.' },
    state: { section: 'journey', en: 'The journey\'s **state**: `current` (as customers live it today, the default), `future` (the designed journey) or `research` (a draft under study).', ru: '**Состояние** карты: `current` (как клиенты проходят путь сегодня, по умолчанию), `future` (задуманный путь) или `research` (черновик, который ещё исследуют).' },
    current: { section: 'journey', en: 'State **current**: the journey as customers live it today (the default).', ru: 'Состояние **current**: путь, каким его проходят клиенты сегодня (по умолчанию).' },
    future: { section: 'journey', en: 'State **future**: the journey as the team designs it.', ru: 'Состояние **future**: путь, каким его задумывает команда.' },
    research: { section: 'journey', en: 'State **research**: a draft still under study, its evidence being gathered.', ru: 'Состояние **research**: черновик, который ещё исследуют; доказательства собираются.' },
    owner: { section: 'journey', en: 'The **owner**: the team or person responsible for it. A map without an owner is never reviewed.', ru: '**Владелец**: ответственная команда или человек. Карту без владельца никто не пересматривает.' },
    reviewed: { section: 'dates-and-fresh-evidence', en: 'The date the journey was last **reviewed**. A map is never static: `stale-evidence` reports it once it is older than `evidenceMaxAgeDays`.', ru: 'Дата последнего **пересмотра** карты. Карта не бывает застывшей: `stale-evidence` сообщит, когда пересмотр старше `evidenceMaxAgeDays`.' },
    objective: { section: 'journey', en: 'The business **objective** the journey serves (Cagan\'s first question). Without it nobody can tell which barriers matter; `journey-needs-objective` asks for it.', ru: '**Бизнес-цель**, которой служит карта (первый вопрос Кейгана). Без неё не понять, какие барьеры важны; её требует `journey-needs-objective`.' },
    problem: { section: 'journey', en: 'The customer **problem** the product solves (Cagan\'s second question), in the customer\'s terms; `journey-needs-problem` asks for it.', ru: '**Проблема клиента**, которую решает продукт (второй вопрос Кейгана), словами клиента; её требует `journey-needs-problem`.' },
    target: { section: 'journey', en: 'The **target** personas: whom the journey is for (Cagan\'s fourth question). `uncovered-persona` reports a target no touchpoint is for.', ru: '**Целевые персоны**: для кого этот путь (четвёртый вопрос Кейгана). `uncovered-persona` сообщит о целевой персоне, для которой нет ни одной точки контакта.' },
    stage: { section: 'stage', en: 'Declares a **stage**: a step of the journey (awareness, purchase, onboarding…), in order. Each stage needs a metric with a target and answered research, or it is a guess.', ru: 'Объявляет **этап**: шаг пути (осведомлённость, покупка, онбординг…), по порядку. Каждому этапу нужны метрика с целью и исследование с ответом, иначе это догадка.' },
    touchpoint: { section: 'touchpoint', en: 'Declares a **touchpoint**: a moment the customer meets the product, through a channel (`via`), for personas (`for`), with how they feel (`emotion`). Without `->` it leads to the next touchpoint.', ru: 'Объявляет **точку контакта**: момент встречи клиента с продуктом через канал (`via`), для персон (`for`), с их эмоцией (`emotion`). Без `->` путь идёт к следующей точке.' },
    via: { section: 'touchpoint', en: '**via**: the channels of the touchpoint. `touchpoint-needs-channel` reports a touchpoint without one.', ru: '**via**: каналы точки контакта. `touchpoint-needs-channel` сообщит о точке без канала.' },
    for: { section: 'touchpoint', en: '**for**: the personas this applies to.', ru: '**for**: персоны, к которым это относится.' },
    emotion: { section: 'the-emotion-scale', en: '**emotion**: how the customer feels here, from -2 (very negative) to +2 (very positive), 0 neutral. The emotion curve shows where the journey hurts. Mermaid\'s 1–5 score is emotion + 3.', ru: '**emotion**: как клиент себя чувствует здесь, от -2 (очень плохо) до +2 (очень хорошо), 0 — нейтрально. Кривая эмоций показывает, где путь болит. Оценка Mermaid от 1 до 5 — это emotion + 3.' },
    action: { section: 'touchpoint', en: '**action**: what the customer does at this touchpoint.', ru: '**action**: что клиент делает в этой точке.' },
    thought: { section: 'touchpoint', en: '**thought**: what the customer thinks here, in their words.', ru: '**thought**: что клиент думает здесь, его словами.' },
    '->': { section: 'flows-what-comes-next', en: '**->**: where the journey goes from this touchpoint; it may point back (a loop) or into another stage. Without it the journey goes on to the next touchpoint.', ru: '**->**: куда путь ведёт из этой точки; стрелка может вести назад (петля) или в другой этап. Без неё путь идёт к следующей точке.' },
    barrier: { section: 'barrier', en: 'Declares a **barrier**: what stops the customer, at which touchpoint, how badly. Barriers are where the value is found; `barrier-needs-mitigation` asks what the team does about each.', ru: 'Объявляет **барьер**: что мешает клиенту, в какой точке и насколько сильно. В барьерах и находится ценность; `barrier-needs-mitigation` спрашивает, что команда делает с каждым.' },
    at: { section: 'barrier', en: '**at**: the touchpoint where the barrier stops the customer.', ru: '**at**: точка контакта, где барьер мешает клиенту.' },
    severity: { section: 'barrier', en: 'How much the barrier hurts: `low`, `medium` (the default), `high` or `critical`.', ru: 'Насколько барьер мешает: `low`, `medium` (по умолчанию), `high` или `critical`.' },
    low: { section: 'barrier', en: 'Severity **low**: an annoyance the customer gets past.', ru: 'Серьёзность **low**: неудобство, которое клиент преодолевает.' },
    medium: { section: 'barrier', en: 'Severity **medium** (the default): it slows the customer down.', ru: 'Серьёзность **medium** (по умолчанию): барьер замедляет клиента.' },
    high: { section: 'barrier', en: 'Severity **high**: customers give up here.', ru: 'Серьёзность **high**: здесь клиенты уходят.' },
    critical: { section: 'barrier', en: 'Severity **critical**: the journey cannot go on.', ru: 'Серьёзность **critical**: дальше путь невозможен.' },
    mitigation: { section: 'barrier', en: 'A **mitigation**: what the team does to remove the barrier. An empty one counts as none.', ru: '**Мера**: что команда делает, чтобы убрать барьер. Пустая мера не считается.' },
    opportunity: { section: 'opportunity', en: 'Declares an **opportunity**: something the team could build, usually to resolve barriers.', ru: 'Объявляет **возможность**: то, что команда может сделать, обычно чтобы снять барьеры.' },
    resolves: { section: 'opportunity', en: '**resolves**: the barriers this opportunity removes; such a barrier counts as mitigated.', ru: '**resolves**: барьеры, которые снимает эта возможность; такой барьер считается закрытым.' },
    metric: { section: 'metric', en: 'Declares a **metric**: how the team knows the stage works. Every stage needs one with a `target` (`stage-needs-metric`).', ru: 'Объявляет **метрику**: как команда узнаёт, что этап работает. Каждому этапу нужна метрика с `target` (`stage-needs-metric`).' },
    baseline: { section: 'values-and-units', en: 'The **baseline**: the value measured before the change.', ru: '**Базовое значение**: то, что было до изменений.' },
    'Metric.target': { section: 'values-and-units', en: 'The **target**: the value the team aims for. A metric without one has nothing to reach (`metric-needs-target`).', ru: '**Цель**: значение, к которому стремится команда. Метрике без цели не к чему стремиться (`metric-needs-target`).' },
    actual: { section: 'values-and-units', en: 'The **actual** value measured now: against the target, it tells whether the stage works.', ru: '**Фактическое** значение сейчас: в сравнении с целью показывает, работает ли этап.' },
    'Metric.source': { section: 'metric', en: 'Where the metric\'s numbers come from (a dashboard, a report).', ru: 'Откуда берутся числа метрики (дашборд, отчёт).' },
    measured: { section: 'dates-and-fresh-evidence', en: 'The date the actual value was **measured**; an old measurement is reported as stale.', ru: 'Дата **измерения** фактического значения; старое измерение отмечается как устаревшее.' },
    direction: { section: 'direction-is-more-better', en: 'Whether more is better (`up`) or less (`down`). Without it cjm reads it from baseline and target.', ru: 'Лучше больше (`up`) или меньше (`down`). Без неё cjm выводит направление из baseline и target.' },
    up: { section: 'direction-is-more-better', en: 'Direction **up**: higher is better.', ru: 'Направление **up**: чем больше, тем лучше.' },
    down: { section: 'direction-is-more-better', en: 'Direction **down**: lower is better (time, cost, drop-off).', ru: 'Направление **down**: чем меньше, тем лучше (время, стоимость, отток).' },
    question: { section: EVIDENCE, en: 'Declares a research **question** about the stage. A stage needs at least one answered question (`stage-needs-research`): a map is built from research, not from the team\'s view.', ru: 'Объявляет **исследовательский вопрос** об этапе. Этапу нужен хотя бы один вопрос с ответом (`stage-needs-research`): карта строится на исследовании, а не на мнении команды.' },
    answer: { section: EVIDENCE, en: 'An **answer** from research, with its `source`, `date` and `sample`. Only real findings belong here.', ru: '**Ответ** из исследования, с источником (`source`), датой (`date`) и выборкой (`sample`). Здесь место только настоящим находкам.' },
    source: { section: EVIDENCE, en: 'The kind of **evidence** behind the answer: interview, survey, analytics, support, sales, experiment, review or desk research.', ru: 'Вид **доказательства** за ответом: интервью, опрос, аналитика, поддержка, продажи, эксперимент, отзывы или кабинетное исследование.' },
    date: { section: 'dates-and-fresh-evidence', en: 'The **date** of the research. Evidence older than `evidenceMaxAgeDays` is stale; a date after today is an error.', ru: '**Дата** исследования. Доказательства старше `evidenceMaxAgeDays` устаревают; дата позже сегодняшней — ошибка.' },
    sample: { section: EVIDENCE, en: 'How many people the finding rests on (the **sample**).', ru: 'На скольких людях основан вывод (**выборка**).' },
    interview: { section: EVIDENCE, en: 'Evidence from **interviews** with customers.', ru: 'Доказательство из **интервью** с клиентами.' },
    survey: { section: EVIDENCE, en: 'Evidence from a **survey**.', ru: 'Доказательство из **опроса**.' },
    analytics: { section: EVIDENCE, en: 'Evidence from product **analytics**.', ru: 'Доказательство из продуктовой **аналитики**.' },
    support: { section: EVIDENCE, en: 'Evidence from **support** tickets and calls.', ru: 'Доказательство из обращений в **поддержку**.' },
    sales: { section: EVIDENCE, en: 'Evidence from the **sales** team\'s conversations.', ru: 'Доказательство из разговоров отдела **продаж**.' },
    experiment: { section: EVIDENCE, en: 'Evidence from an **experiment** (an A/B test, a prototype).', ru: 'Доказательство из **эксперимента** (A/B-тест, прототип).' },
    review: { section: EVIDENCE, en: 'Evidence from customer **reviews**.', ru: 'Доказательство из **отзывов** клиентов.' },
    desk: { section: EVIDENCE, en: 'Evidence from **desk** research (reports, public data).', ru: 'Доказательство из **кабинетного** исследования (отчёты, открытые данные).' }
};

/**
 * The files `cjm init` writes: a config and a starter map that lints clean under it, alone
 * and beside a team's maps. The starter's personas and channels are its journey's own, so
 * they never clash with a workspace's; its dates are counted back from `today` (within
 * the evidence age limit), so its evidence is fresh whenever it is made.
 */
export const REQUIRED_STAGES = ['Awareness', 'Consideration', 'Purchase'];

export const STARTER_MAP = 'journey.cjm';
// The config's name as the language package knows it (CONFIG_FILE_NAME), written here so that --help loads no Langium.
const CONFIG_FILE = 'cjm.config.json';

export interface StarterFile {
    name: string;
    text: string;
}

export interface StarterOptions {
    today: string;
    /** The journey's name: one that no map of the workspace declares. */
    journey: string;
    /** The stages, in order: the workspace config's requiredStages, or REQUIRED_STAGES. */
    stages: readonly string[];
    /** Whether a config requires these stages (the map then says so). */
    required: boolean;
    /** The evidence age limit the map is checked with (evidenceMaxAgeDays). */
    maxAgeDays: number;
    /**
     * The config to write: its `$schema` (see schema-reference.ts) and the requiredStages
     * it may hold (none when the maps it would apply to lack them); absent when a config
     * already applies to the folder.
     */
    config?: { schema: string; requiredStages: readonly string[] };
}

export function starterFiles(options: StarterOptions): StarterFile[] {
    const { config } = options;
    return [
        ...(config ? [{ name: CONFIG_FILE, text: configText(config.schema, config.requiredStages) }] : []),
        { name: STARTER_MAP, text: mapText(options) }
    ];
}

function configText(schema: string, requiredStages: readonly string[]): string {
    return `${JSON.stringify({
        $schema: schema,
        ...(requiredStages.length > 0 ? { requiredStages } : {}),
        evidenceMaxAgeDays: 365
    }, null, 2)}\n`;
}

/** What a stage of the starter holds; `n` tells apart the names of a stage written a second time. */
type StageBody = (n: string, daysAgo: (days: number) => string) => string;

/** The channels each stage body goes through: the map declares only those its stages use. */
const CHANNELS = ['channel Search "Search engines" online', 'channel Web "Website" online', 'channel Email "Email" online'];

const STAGE_BODIES: readonly StageBody[] = [
    (n, daysAgo) => `    touchpoint Ad${n} "Search ad" via Search for Customer { emotion 0 }
    metric Visits${n} "Weekly visits from search" {
      baseline 1200
      target 1800
      source "Web analytics"
      measured ${daysAgo(7)}
    }
    question "Where do customers first hear about products like ours?" {
      answer "Search, then recommendations from colleagues" source interview date ${daysAgo(30)}
    }`,
    (n, daysAgo) => `    touchpoint Pricing${n} "Pricing page" via Web for Customer { emotion -1 }
    barrier PlansUnclear${n} "Plans are hard to compare" at Pricing${n} severity high {
      mitigation "Add a plan comparison table"
    }
    metric PricingToSignup${n} "Pricing page to sign-up" { baseline 8% target 12% }
    question "What do customers compare before choosing a plan?" {
      answer "Seats, storage and the yearly total" source survey date ${daysAgo(21)} sample 120
    }`,
    (n, daysAgo) => `    touchpoint Checkout${n} "Checkout" via Web for Customer { emotion 1 }
    touchpoint Receipt${n} "Receipt" via Email for Customer { emotion 2 }
    metric Conversion${n} "Visit-to-purchase conversion" { baseline 2% target 4% }
    question "Why do customers leave the checkout?" {
      answer "Unexpected taxes on the last step" source analytics date ${daysAgo(14)}
    }`
];

function mapText({ today, journey, stages, required, maxAgeDays }: StarterOptions): string {
    const daysAgo = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - Math.min(days, maxAgeDays) * 86_400_000).toISOString().slice(0, 10);
    const body = stages.map((name, k) => {
        const round = Math.floor(k / STAGE_BODIES.length);
        return `  stage ${name} "${name}" {\n${STAGE_BODIES[k % STAGE_BODIES.length](round === 0 ? '' : String(round + 1), daysAgo)}\n  }`;
    });
    const channels = CHANNELS.slice(0, Math.min(stages.length, CHANNELS.length)).map(channel => `  ${channel}`);
    return `// A starter customer journey map. Replace the examples with your own research,
// then run \`cjm lint\` to check it.${required ? ' The stages follow requiredStages in cjm.config.json.' : ''}
// Personas and channels that several maps share can move to the top of a file.

journey ${journey} "First purchase" {
  product "Your product"
  owner "your-team"
  reviewed ${today}
  objective "Raise visit-to-purchase conversion from 2% to 4%"
  problem "Customers cannot tell which plan fits them before they pay"
  target Customer

  persona Customer "First-time customer" {
    goal "Find a plan that fits the team's budget"
    need "Know the total price before paying"
  }

${channels.join('\n')}

${body.join('\n\n')}
}
`;
}

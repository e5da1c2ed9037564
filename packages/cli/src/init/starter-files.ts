/**
 * The files `cjm init` writes: a config and a starter map that lints clean under it. The
 * map's dates are counted back from `today`, so its evidence is fresh whenever it is made.
 */
export const REQUIRED_STAGES = ['Awareness', 'Consideration', 'Purchase'];

export interface StarterFile {
    name: string;
    text: string;
}

/** `schema`: the `$schema` the config names (see schema-reference.ts). */
export function starterFiles(today: string, schema: string): StarterFile[] {
    return [
        { name: 'cjm.config.json', text: configText(schema) },
        { name: 'journey.cjm', text: mapText(today) }
    ];
}

function configText(schema: string): string {
    return `${JSON.stringify({
        $schema: schema,
        requiredStages: REQUIRED_STAGES,
        evidenceMaxAgeDays: 365
    }, null, 2)}\n`;
}

function mapText(today: string): string {
    const daysAgo = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    return `// A starter customer journey map. Replace the examples with your own research,
// then run \`cjm lint\` to check it. The stages follow requiredStages in cjm.config.json.

persona Customer "First-time customer" {
  goal "Find a plan that fits the team's budget"
  need "Know the total price before paying"
}

channel Search "Search engines" online
channel Web "Website" online
channel Email "Email" online

journey FirstPurchase "First purchase" {
  product "Your product"
  owner "your-team"
  reviewed ${today}
  objective "Raise visit-to-purchase conversion from 2% to 4%"
  problem "Customers cannot tell which plan fits them before they pay"
  target Customer

  stage Awareness "Awareness" {
    touchpoint Ad "Search ad" via Search for Customer { emotion 0 }
    metric Visits "Weekly visits from search" {
      baseline 1200
      target 1800
      source "Web analytics"
      measured ${daysAgo(7)}
    }
    question "Where do customers first hear about products like ours?" {
      answer "Search, then recommendations from colleagues" source interview date ${daysAgo(30)}
    }
  }

  stage Consideration "Consideration" {
    touchpoint Pricing "Pricing page" via Web for Customer { emotion -1 }
    barrier PlansUnclear "Plans are hard to compare" at Pricing severity high {
      mitigation "Add a plan comparison table"
    }
    metric PricingToSignup "Pricing page to sign-up" { baseline 8% target 12% }
    question "What do customers compare before choosing a plan?" {
      answer "Seats, storage and the yearly total" source survey date ${daysAgo(21)} sample 120
    }
  }

  stage Purchase "Purchase" {
    touchpoint Checkout "Checkout" via Web for Customer { emotion 1 }
    touchpoint Receipt "Receipt" via Email for Customer { emotion 2 }
    metric Conversion "Visit-to-purchase conversion" { baseline 2% target 4% }
    question "Why do customers leave the checkout?" {
      answer "Unexpected taxes on the last step" source analytics date ${daysAgo(14)}
    }
  }
}
`;
}

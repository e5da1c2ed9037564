/** A stage with nothing to report, for fixes that concern the journey around it. */
export const STAGE = `  stage Trial {
    touchpoint Visit via Web for Founder { emotion 1 }
    metric Visits { target 1 }
    question "Why?" {
      answer "Because" source interview date 2026-09-12
    }
  }
`;

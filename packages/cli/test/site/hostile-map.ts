/** A map with markup and script in every text it has: the site must show them as text and run none of them. */
const EVIL = `<script>window.cjmInjected = 1</script><img src=x onerror='window.cjmInjected = 2'><b>bold</b> & \\"quoted\\"`;

export const HOSTILE_TEXT = `<script>window.cjmInjected = 1</script><img src=x onerror='window.cjmInjected = 2'><b>bold</b> & "quoted"`;

export const HOSTILE_MAP = `persona Shared "${EVIL}" {
  goal "${EVIL}"
  quote "${EVIL}"
}
channel Web "${EVIL}" online

journey Hostile "${EVIL}" {
  product "${EVIL}"
  owner "${EVIL}"
  objective "${EVIL}"
  problem "${EVIL}"
  target Shared

  stage Start "${EVIL}" {
    owner "${EVIL}"
    touchpoint Visit "${EVIL}" via Web for Shared {
      emotion 1
      description "${EVIL}"
      action "${EVIL}"
      thought "${EVIL}"
    }
    barrier Wall "${EVIL}" at Visit severity critical {
      mitigation "${EVIL}"
    }
    opportunity Door "${EVIL}" resolves Wall
    metric Rate "${EVIL}" {
      baseline 1% target 2% actual 1%
      source "${EVIL}"
      measured 2026-10-01
    }
    question "${EVIL}" {
      answer "${EVIL}" source interview date 2026-10-01
    }
  }
}
`;

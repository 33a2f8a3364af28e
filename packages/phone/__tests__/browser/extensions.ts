/** The extensions the rig knows, one per test file so that files never ring each other's phone. */
export const EXTENSIONS = {
  '8001': '8001pw',
  '8002': '8002pw',
  '8003': '8003pw',
  '8004': '8004pw',
} as const;

/** The customer's voice (the rig's caller plays it) and the agent's (the fake microphone). */
export const CUSTOMER_HZ = 440;
export const AGENT_HZ = 1000;

/** The customer's voice: the simulator's callers play this tone (the SIP rig's default). */
export const CUSTOMER_HZ = 440;

/** The agent's voice: Chromium's fake microphone plays this tone (globalSetup.ts writes it). */
export const AGENT_HZ = 1000;


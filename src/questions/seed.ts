/** Fixed, so the bank (choice order, distractors, true/false variants) is the same on every device. */
export const BANK_SEED = 1729

/** Default for `fireline oncall report --threshold`: flag hours more than 25 % above or below a fair share. */
export const DEFAULT_IMBALANCE_THRESHOLD = 0.25;

/** The groupings `fireline metrics --by` offers; a module of its own so the CLI can list them without loading the metrics engine. */
export const GROUP_BY = ["severity", "service", "month", "quarter"] as const;
export type GroupBy = (typeof GROUP_BY)[number];

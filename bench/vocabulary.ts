/** Word lists the generator draws from. Plain words only: nothing here needs YAML quoting. */

export const FIRST_NAMES = [
  "alice", "bob", "carol", "david", "erin", "frank", "grace", "henry", "ivan", "judy",
  "karim", "laura", "mike", "nadia", "oscar", "priya", "quinn", "rosa", "sam", "tariq",
  "uma", "victor", "wendy", "xavier", "yusuf", "zoe", "amara", "bruno", "chen", "dmitri",
  "elena", "farah", "gustav", "hana", "ines", "jonas", "keiko", "luca", "maya", "nils",
] as const;

export const LAST_NAMES = [
  "moreau", "okafor", "lindqvist", "novak", "schmidt", "tanaka", "fischer", "silva", "kowalski", "haddad",
  "jensen", "rossi", "ibrahim", "walsh", "meyer", "costa", "dubois", "nakamura", "petrov", "alvarez",
] as const;

export const TIME_ZONES = ["Europe/Berlin", "Europe/Lisbon", "America/New_York", "America/Los_Angeles", "Asia/Singapore"] as const;

export const TEAMS = [
  { id: "payments", name: "Payments" },
  { id: "platform", name: "Platform & Reliability" },
  { id: "merchant", name: "Merchant Experience" },
  { id: "data", name: "Data & Reporting" },
  { id: "risk", name: "Risk & Compliance" },
] as const;

/** Service id, display name, owning team id (an index into TEAMS). */
export const SERVICES: readonly (readonly [string, string, number])[] = [
  ["checkout", "Checkout", 0], ["payments-api", "Payments API", 0], ["card-vault", "Card vault", 0],
  ["ledger", "Ledger", 0], ["instant-payouts", "Instant payouts", 0], ["refunds", "Refunds", 0],
  ["auth", "Sign-in", 1], ["api-gateway", "API gateway", 1], ["dns", "DNS", 1],
  ["cdn", "CDN", 1], ["event-store", "Event store", 1], ["message-queue", "Message queue", 1],
  ["merchant-dashboard", "Merchant dashboard", 2], ["webhooks", "Webhooks", 2], ["notifications", "Notifications", 2],
  ["receipts", "Receipts", 2], ["onboarding", "Merchant onboarding", 2], ["mobile-app", "Mobile app", 2],
  ["reporting", "Reporting", 3], ["data-warehouse", "Data warehouse", 3], ["exports", "Exports", 3],
  ["reconciliation", "Reconciliation", 3], ["search", "Search", 3], ["analytics", "Analytics", 3],
  ["fraud-scoring", "Fraud scoring", 4], ["kyc", "Identity checks", 4], ["sanctions-screening", "Sanctions screening", 4],
  ["disputes", "Disputes", 4], ["invoicing", "Invoicing", 4], ["partner-api", "Partner API", 4],
];

export const SYMPTOMS = [
  "Elevated error rates", "Slow responses", "Intermittent timeouts", "Failed requests", "Delayed processing",
  "Partial outage", "Degraded performance", "Stale data", "Missing events", "Login failures",
] as const;

export const CAUSES = [
  "after a configuration change", "during a database failover", "after a dependency upgrade", "caused by connection pool exhaustion",
  "after an expired certificate", "during a traffic spike", "after a faulty deploy", "caused by a full disk",
  "after a feature flag rollout", "caused by a DNS provider issue", "during a cloud region incident", "caused by a runaway batch job",
] as const;

export const TAGS = [
  "database", "deploy", "config", "capacity", "dns", "certificates", "third-party", "network",
  "feature-flag", "queue", "cache", "storage", "retries", "latency", "security", "batch",
] as const;

export const COMPONENT_IMPACTS = ["degraded_performance", "partial_outage", "major_outage"] as const;

export const TECH_DETAILS = [
  "p99 latency is up from 420 ms to 1.8 s on the affected endpoints.",
  "The primary database reports 95% CPU and the connection pool is saturated.",
  "Error rate on the edge proxies rose from 0.1% to 7% within five minutes.",
  "Queue depth is growing by roughly 4000 messages a minute.",
  "The deploy that went out at the start of the incident is the main suspect.",
  "Health checks flap on two of six nodes in the primary region.",
  "Retries from clients are doubling the load on the upstream service.",
  "Disk usage on the log volume reached 100% and writes are failing.",
] as const;

export const PUBLIC_MESSAGES = {
  investigating: "We are investigating problems with {service}. Some requests may fail.",
  identified: "We have found the cause of the problems with {service} and are fixing it.",
  monitoring: "A fix for {service} is live and we are monitoring the results.",
  resolved: "The issue with {service} is resolved.",
} as const;

/** What `npm run bench:data` leaves in bench/.data/manifest.json for the load runner (bench/README.md "Manifest"). */
export interface Login {
  loginName: string;
  accountId: string;
  dealerId: string | null;
}

export interface BenchManifest {
  version: 1;
  generatedAt: string;
  seed: string;
  /** Asia/Shanghai midnight the data is relative to (registrations, expiries, campaign days). */
  anchor: string;
  database: { name: string; host: string; port: number };
  /** Every generated account's password. */
  password: string;
  counts: Record<string, number>;
  timings: {
    totalSeconds: number;
    /** Seconds per table load (tables loaded in the same phase overlap). */
    tables: Record<string, number>;
    phases: Record<string, number>;
    /** The machine's 1-minute load average when each phase ended (other work on the machine). */
    loadAverageAtPhaseEnd: Record<string, number>;
    cpuSeconds: { generator: number; postgresLoadConnections: number };
    cpus: number;
  };
  productLines: { id: string; code: string; name: string }[];
  logins: {
    vendorAdmin: Login;
    vendorFinance: Login;
    vendorOps: Login;
    channelManager: Login;
    salesDirector: Login;
    dealerAdmin: Login & { dealerName: string };
    salesManager: Login & { descendants: number; visibleEnterprises: number; maxTreeDepth: number };
    salesRep: Login & { ownedEnterprises: number };
    /** One admin per dealer for the first dealers (payments, multi-dealer scenarios). */
    dealerAdmins: (Login & { balanceFen: number })[];
    /** Accounts of distinct dealers, each with at least `mailQuotaLeft` 企业邮箱 registrations left. */
    registrants: (Login & { mailQuotaLeft: number })[];
  };
  /** Domains no registration holds (prospects of distinct dealers): exactly one winner each. */
  hotDomains: string[];
  campaigns: {
    id: string;
    slug: string;
    path: string;
    dealerId: string;
    pageViews: number;
    channels: { code: string; name: string }[];
  }[];
  search: {
    chineseNames: { term: string; minHits: number }[];
    domainSubstrings: { term: string; minHits: number }[];
    idn: { term: string; minHits: number }[];
    exactDomains: string[];
    noHit: string;
  };
  sampleEnterprises: { name: string; domain: string; dealerId: string }[];
}

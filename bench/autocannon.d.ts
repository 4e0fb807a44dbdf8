// The part of autocannon 8's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Options = Record<string, unknown> & { url: string; connections?: number; duration?: number };
    type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number };
    type Result = {
      latency: Histogram;
      requests: Histogram & { total: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      duration: number;
    };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}

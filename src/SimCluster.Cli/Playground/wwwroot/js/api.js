// The playground's HTTP API (docs/playground-api.md). Every call counts towards body[data-busy].
// A debounced run about to start counts as busy too, so "busy = 0" means the view is settled.
let inFlight = 0;
let pending = false;
function busy(delta) {
  inFlight += delta;
  document.body.dataset.busy = inFlight > 0 || pending ? '1' : '0';
}
export function setPending(on) {
  pending = on;
  busy(0);
}

// An API error: `errors` is the list of {file, line, column, field, message, text}.
export class ApiError extends Error {
  constructor(status, errors) {
    super(errors.map(e => e.text || e.message).join('\n'));
    this.status = status;
    this.errors = errors;
  }
}

async function request(url, init = {}) {
  busy(+1);
  try {
    const res = await fetch(url, init);
    const type = res.headers.get('content-type') || '';
    const body = type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) {
      const errors = body && Array.isArray(body.errors) ? body.errors
        : [{ text: `${res.status} ${res.statusText}${typeof body === 'string' && body ? ': ' + body.slice(0, 300) : ''}` }];
      throw new ApiError(res.status, errors);
    }
    return body;
  } finally {
    busy(-1);
  }
}

const q = query => (query ? `?${query}` : '');

export const api = {
  presets: () => request('api/presets'),
  frontier: () => request('api/frontier'),
  controls: (query, signal) => request(`api/controls${q(query)}`, { signal }),
  run: (query, signal) => request(`api/run${q(query)}`, { signal }),
  upload: (text, name) => request(`api/upload?name=${encodeURIComponent(name || '')}`, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: text }),
  startSweep: (query, replicates) => request(`api/sweep?${query}&replicates=${replicates}`, { method: 'POST' }),
  sweep: id => request(`api/sweep/${encodeURIComponent(id)}`),
  downloadUrl: (file, query) => `api/download/${file}${q(query)}`,
};

// Runs are deterministic, so each state's run is fetched once per page load.
const runs = new Map();
export async function cachedRun(query, signal) {
  if (runs.has(query)) return runs.get(query);
  const run = await api.run(query, signal);
  runs.set(query, run);
  return run;
}

export const isAbort = e => e && e.name === 'AbortError';

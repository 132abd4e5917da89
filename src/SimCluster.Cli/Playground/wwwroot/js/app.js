// The playground: state in the address, the header's tools, tabs, and the run/redraw cycle.
import { api, cachedRun, isAbort, setPending } from './api.js';
import { registerLabs } from './colors.js';
import { ControlsPanel } from './controls.js';
import { clearErrors, showError, showErrors } from './errors.js';
import { ComparePage } from './pages/compare.js';
import { ScenarioPage } from './pages/scenario.js';
import { UncertaintyPage } from './pages/uncertainty.js';
import { WhyPage } from './pages/why.js';
import { saveState } from './saved.js';
import { addressQuery, parseState, removeOverride, scenarioQuery, setOverride, writeAddress, PAGES } from './state.js';

window.simcluster = { redraws: 0, run: null, reference: null, sweep: null, charts: {} };

const $ = sel => document.querySelector(sel);
const state = parseState(location.search);
const ctx = { state, presets: [], frontier: [], uploads: new Map(), refresh: () => schedule(0), apply: () => changed(0) };

const pages = {
  scenario: new ScenarioPage($('#page-scenario')),
  compare: new ComparePage($('#page-compare'), ctx),
  uncertainty: new UncertaintyPage($('#page-uncertainty'), ctx),
  why: new WhyPage($('#page-why')),
};
const controls = new ControlsPanel($('#controls'), onControl);

// ---- address ----

function syncAddress() {
  writeAddress(state);
  for (const a of document.querySelectorAll('a[data-page]')) {
    a.href = `?${addressQuery({ ...state, page: a.dataset.page })}`;
    a.classList.toggle('active', a.dataset.page === state.page);
    if (a.dataset.page === state.page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

function showPage() {
  for (const s of document.querySelectorAll('[data-page-section]')) s.hidden = s.dataset.pageSection !== state.page;
  for (const c of pages[state.page].cardsList()) c.resize();
}

// ---- run / redraw ----

let timer = null;
let controller = null;

function schedule(delay = 120) {
  clearTimeout(timer);
  setPending(true);
  timer = setTimeout(refresh, delay);
}

// The address is written when the debounced run starts: a dragged slider would otherwise call
// replaceState on every input event, which browsers throttle.
function changed(delay = 120) {
  schedule(delay);
}

async function refresh() {
  setPending(false);
  syncAddress();
  if (controller) controller.abort(); // a newer state makes the running request stale
  controller = new AbortController();
  const { signal } = controller;
  $('#running').hidden = false;
  try {
    const run = await cachedRun(scenarioQuery(state), signal);
    if (signal.aborted) return;
    await ctx.frontierReady;
    registerLabs(run.labs.map(l => l.name));
    window.simcluster.run = run;
    await pages[state.page].draw(run, ctx, signal);
    if (signal.aborted) return;
    clearErrors();
    document.body.dataset.runState = run.state;
    window.simcluster.redraws += 1;
  } catch (e) {
    if (!isAbort(e)) showError(window.simcluster.redraws > 0 ? 'The run failed; the charts show the last good run.' : 'The run failed.', e);
  } finally {
    if (controller && controller.signal === signal) $('#running').hidden = true;
  }
}

// ---- controls ----

let controlsController = null;

async function loadControls() {
  if (controlsController) controlsController.abort();
  controlsController = new AbortController();
  try {
    const data = await api.controls(scenarioQuery(state), controlsController.signal);
    ctx.controls = data;
    controls.render(data, new Map(state.sets));
  } catch (e) {
    if (isAbort(e)) return;
    // A bad override in the address must not hide the controls that could undo it: fall back to
    // the scenario's own controls (the run shows the override's error).
    if (state.sets.length) {
      try {
        const data = await api.controls(scenarioQuery({ ...state, sets: [] }), controlsController.signal);
        ctx.controls = data;
        controls.render(data, new Map(state.sets));
        return;
      } catch (e2) {
        if (isAbort(e2)) return;
      }
    }
    $('#controls').textContent = 'The controls could not be loaded.';
    showError('The controls could not be loaded.', e);
  }
}

function onControl(key, value) {
  if (key === null) {
    state.sets.length = 0;
    if (ctx.controls) controls.render(ctx.controls, new Map());
  } else if (value === null) {
    removeOverride(state.sets, key);
  } else {
    setOverride(state.sets, key, value);
  }
  changed();
}

// ---- header tools ----

function fillPresets() {
  const sel = $('#preset');
  const opts = ctx.presets.map(p => {
    const o = new Option(p.name, `preset:${p.name}`);
    o.title = p.description || '';
    return o;
  });
  if (state.upload) opts.push(new Option(`uploaded: ${ctx.uploads.get(state.upload) || state.upload}`, `upload:${state.upload}`));
  if (state.preset && !ctx.presets.some(p => p.name === state.preset)) opts.push(new Option(state.preset, `preset:${state.preset}`));
  sel.replaceChildren(...opts);
  sel.value = state.upload ? `upload:${state.upload}` : `preset:${state.preset}`;
}

function switchScenario(preset, upload) {
  state.preset = upload ? null : preset;
  state.upload = upload || null;
  state.sets.length = 0;
  state.ref = null;
  fillPresets();
  loadControls();
  changed(0);
}

async function onUpload(ev) {
  const input = ev.target;
  const file = input.files && input.files[0];
  if (!file) return;
  try {
    const res = await api.upload(await file.text(), file.name);
    ctx.uploads.set(res.upload, res.name || file.name);
    $('#upload-name').textContent = `uploaded ${res.name || file.name}`;
    clearErrors();
    switchScenario(null, res.upload);
  } catch (e) {
    showError(`The uploaded scenario ${file.name} was not accepted.`, e);
  } finally {
    input.value = ''; // the same file may be chosen again after fixing it
  }
}

function toast(text) {
  const t = $('#toast');
  t.textContent = text;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.textContent = ''; }, 2500);
}

async function copyLink() {
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // Clipboard API refused (insecure origin or no permission): the old way.
    const ta = Object.assign(document.createElement('textarea'), { value: url });
    document.body.append(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
  toast('Link copied');
}

function saveReference() {
  const base = state.upload ? `upload ${ctx.uploads.get(state.upload) || state.upload}` : state.preset;
  const name = state.sets.length ? `${base}: ${state.sets.map(([k, v]) => `${k}=${v}`).join(', ')}` : base;
  saveState(name, scenarioQuery(state));
  toast(`Saved “${name}” as a reference for Compare`);
  if (state.page === 'compare') pages.compare.fillReferences(ctx);
}

function wire() {
  $('#preset').addEventListener('change', ev => {
    const [kind, name] = [ev.target.value.slice(0, ev.target.value.indexOf(':')), ev.target.value.slice(ev.target.value.indexOf(':') + 1)];
    if (kind === 'upload') switchScenario(null, name); else switchScenario(name, null);
  });
  $('#upload').addEventListener('change', onUpload);
  $('#copy-link').addEventListener('click', copyLink);
  $('#save-ref').addEventListener('click', saveReference);
  for (const a of document.querySelectorAll('a[data-page]')) {
    a.addEventListener('click', ev => {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) return; // let new tabs open
      ev.preventDefault();
      if (!PAGES.includes(a.dataset.page)) return;
      state.page = a.dataset.page;
      syncAddress();
      showPage();
      schedule(0);
    });
  }
  let resizeTimer;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => pages[state.page].cardsList().forEach(c => c.resize()), 100);
  });
}

async function init() {
  wire();
  try {
    ctx.presets = await api.presets();
  } catch (e) {
    showError('The list of scenarios could not be loaded.', e);
  }
  if (!state.preset && !state.upload) {
    state.preset = (ctx.presets.find(p => p.name === 'baseline') || ctx.presets[0] || {}).name || 'baseline';
  }
  fillPresets();
  syncAddress();
  showPage();
  // The overlay is not worth failing a page for: without it the charts simply have no dots.
  ctx.frontierReady = api.frontier().then(f => { ctx.frontier = f; })
    .catch(e => showErrors('The real frontier models could not be loaded.', [{ text: String(e.message || e) }]));
  loadControls();
  schedule(0);
}

init();

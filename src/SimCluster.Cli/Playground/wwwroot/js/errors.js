// The one error box (#errors, role=alert): lists each error's text; hidden when empty.
const box = () => document.getElementById('errors');

export function showErrors(title, errors) {
  const el = box();
  el.replaceChildren();
  const h = document.createElement('strong');
  h.textContent = title;
  const ul = document.createElement('ul');
  for (const e of errors) {
    const li = document.createElement('li');
    li.textContent = e.text || e.message || String(e);
    ul.append(li);
  }
  el.append(h, ul);
  el.hidden = false;
}

export function showError(title, err) {
  showErrors(title, err && Array.isArray(err.errors) ? err.errors : [{ text: String(err && err.message || err) }]);
}

export function clearErrors() {
  const el = box();
  el.replaceChildren();
  el.hidden = true;
}

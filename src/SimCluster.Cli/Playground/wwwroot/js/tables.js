// Plain HTML tables: milestones per lab, the data wall, notices.
import { escapeHtml, fmt } from './format.js';

function table(head, rows, caption) {
  const t = document.createElement('table');
  t.innerHTML = `${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head.map(h => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map(r => `<tr>${r.map((c, i) => i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${c === 'not reached' ? ' class="muted"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  return t;
}

// Rows = milestone names (first-seen order), columns = labs.
export function milestoneTable(milestones, labs) {
  const names = [...new Set(milestones.map(m => m.name))];
  const at = new Map(milestones.map(m => [`${m.lab}\u0000${m.name}`, m.date]));
  return table(['milestone', ...labs], names.map(n => [n, ...labs.map(l => at.get(`${l}\u0000${n}`) || 'not reached')]));
}

export function dataWallTable(dataWall) {
  return table(['lab', 'human data exhausted', 'final K (ECI)', 'final K without the wall (ECI)', 'years lost to the wall'],
    dataWall.map(d => [d.lab, d.exhausted || 'never', fmt(d.finalK, 4), fmt(d.kWithoutWall, 4), d.yearsLost == null ? '–' : fmt(d.yearsLost, 3)]));
}

export function genericTable(head, rows, caption) { return table(head, rows, caption); }

export function notices(warnings, notes) {
  const frag = document.createDocumentFragment();
  for (const w of warnings || []) {
    const p = document.createElement('p');
    p.className = 'notice warning';
    p.textContent = `Warning: ${w}`;
    frag.append(p);
  }
  for (const n of notes || []) {
    const p = document.createElement('p');
    p.className = 'notice note';
    p.textContent = n;
    frag.append(p);
  }
  return frag;
}

// The Training Completion dashboard page. Draws what the extension sends ({ type: 'model' }) with DOM
// calls and hand-drawn SVG: every text from the platform (team names, e-mails) goes in as textContent,
// never as markup. Asks the extension to copy or export a team's laggards; reports what it drew.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const app = document.getElementById('app');
  let strings = {};
  let language = 'en';

  function t(key, values) {
    let text = strings[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split('{' + name + '}').join(String(value));
    return text;
  }
  function percent(value) {
    return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value) + ' %';
  }
  function count(value) {
    return new Intl.NumberFormat(language).format(value);
  }
  function when(iso) {
    return new Date(iso).toLocaleString(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined) continue;
      if (k === 'class') node.className = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) if (child !== undefined && child !== null) node.append(child);
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const child of children) if (child) node.append(child);
    return node;
  }
  function titled(node, text) {
    node.append(svg('title', {}, document.createTextNode(text)));
    return node;
  }

  function card(label, value, figure) {
    return el('div', { class: 'card' }, el('div', { class: 'card-label' }, label), el('div', { class: 'card-value', 'data-figure': figure }, value));
  }

  function companySection(model) {
    const c = model.company;
    return el(
      'section',
      { 'aria-labelledby': 'company-h' },
      el('h2', { id: 'company-h' }, t('company')),
      el(
        'div',
        { class: 'cards' },
        card(t('overall'), percent(c.rate), 'company-rate'),
        card(t('awareness'), percent(c.awareness), 'company-awareness'),
        card(t('channel'), percent(c.channel), 'company-channel'),
        card(t('users'), count(c.users), 'company-users'),
        card(t('below', { threshold: count(model.threshold) }), count(c.below), 'company-below'),
      ),
    );
  }

  function teamsSection(model) {
    const section = el('section', { 'aria-labelledby': 'teams-h' }, el('h2', { id: 'teams-h' }, t('teams', { threshold: count(model.threshold) })));
    if (model.teams.length === 0) {
      section.append(el('p', { class: 'muted' }, t('noTeams')));
      return section;
    }
    const list = el('ul', { class: 'bars' });
    for (const team of model.teams) {
      const bar = svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
      bar.append(svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }));
      bar.append(svg('rect', { class: team.meetsThreshold ? 'fill ok' : 'fill low', x: 0, y: 0, width: Math.max(0, Math.min(100, team.rate)), height: 10 }));
      bar.append(svg('line', { class: 'threshold', x1: model.threshold, x2: model.threshold, y1: 0, y2: 10 }));
      list.append(
        el(
          'li',
          { 'data-team': team.name },
          el('span', { class: 'bar-label' }, team.name),
          bar,
          el('span', { class: 'bar-value', 'data-figure': 'team-rate' }, percent(team.rate)),
          el('span', { class: 'bar-note muted' }, t('usersCount', { count: count(team.users) }) + ' · ' + t('below', { threshold: count(model.threshold) }) + ': ' + count(team.below)),
        ),
      );
    }
    section.append(list);
    return section;
  }

  function distributionSection(model) {
    const max = Math.max(1, ...model.bands.map((b) => b.users));
    const width = 60 * model.bands.length;
    const chart = svg('svg', { class: 'columns', viewBox: '0 0 ' + width + ' 130', role: 'img' });
    const labels = [];
    model.bands.forEach((band, i) => {
      const label = band.from === band.to ? percent(band.from) : band.from + '–' + percent(band.to);
      labels.push(label + ': ' + count(band.users));
      const h = Math.round((band.users / max) * 90);
      const below = band.to <= model.threshold && band.from !== band.to;
      chart.append(titled(svg('rect', { class: below ? 'fill low' : 'fill ok', x: i * 60 + 8, y: 100 - h, width: 44, height: h }), label + ': ' + count(band.users)));
      chart.append(svg('text', { x: i * 60 + 30, y: 96 - h, 'text-anchor': 'middle', class: 'value', 'data-figure': 'band' }, document.createTextNode(count(band.users))));
      chart.append(svg('text', { x: i * 60 + 30, y: 118, 'text-anchor': 'middle', class: 'axis' }, document.createTextNode(label)));
    });
    chart.setAttribute('aria-label', t('distribution') + ': ' + labels.join('; '));
    return el('section', { 'aria-labelledby': 'dist-h' }, el('h2', { id: 'dist-h' }, t('distribution')), chart);
  }

  function trendSection(model) {
    const section = el('section', { 'aria-labelledby': 'trend-h' }, el('h2', { id: 'trend-h' }, t('trend')));
    const points = model.trend;
    if (points.length < 2) {
      section.append(el('p', { class: 'muted' }, t('trendTooShort')));
      return section;
    }
    const w = 400;
    const h = 120;
    const x = (i) => 30 + (i * (w - 40)) / (points.length - 1);
    const y = (rate) => 10 + ((100 - rate) * (h - 30)) / 100;
    const chart = svg('svg', { class: 'trend', viewBox: '0 0 ' + w + ' ' + h, role: 'img' });
    chart.setAttribute('aria-label', t('trend') + ': ' + points.map((p) => when(p.at) + ' ' + percent(p.rate)).join('; '));
    for (const grid of [0, 50, 100]) {
      chart.append(svg('line', { class: 'grid', x1: 30, x2: w - 10, y1: y(grid), y2: y(grid) }));
      chart.append(svg('text', { class: 'axis', x: 26, y: y(grid) + 3, 'text-anchor': 'end' }, document.createTextNode(String(grid))));
    }
    chart.append(svg('line', { class: 'threshold', x1: 30, x2: w - 10, y1: y(model.threshold), y2: y(model.threshold) }));
    chart.append(svg('polyline', { class: 'line', points: points.map((p, i) => x(i) + ',' + y(p.rate)).join(' ') }));
    points.forEach((p, i) => chart.append(titled(svg('circle', { class: 'point', cx: x(i), cy: y(p.rate), r: 3, 'data-figure': 'trend-point' }), when(p.at) + ': ' + percent(p.rate))));
    chart.append(svg('text', { class: 'axis', x: 30, y: h - 4 }, document.createTextNode(when(points[0].at))));
    chart.append(svg('text', { class: 'axis', x: w - 10, y: h - 4, 'text-anchor': 'end' }, document.createTextNode(when(points[points.length - 1].at))));
    section.append(chart);
    return section;
  }

  function laggardsSection(model) {
    const section = el('section', { 'aria-labelledby': 'lag-h' }, el('h2', { id: 'lag-h' }, t('laggards')));
    if (model.laggards.length === 0) {
      section.append(el('p', { class: 'muted' }, t('noLaggards')));
      return section;
    }
    model.laggards.forEach((group, index) => {
      const copy = el('button', { type: 'button', 'data-action': 'copyEmails' }, t('copyEmails'));
      copy.addEventListener('click', () => vscode.postMessage({ type: 'copyEmails', team: group.team }));
      const exportButton = el('button', { type: 'button', class: 'secondary', 'data-action': 'export' }, t('export'));
      exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export', team: group.team }));
      const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('email')), el('th', { scope: 'col' }, t('completion')), el('th', { scope: 'col' }, t('modules')))));
      const body = el('tbody');
      for (const row of group.rows) body.append(el('tr', {}, el('td', {}, row.email), el('td', { class: 'num' }, percent(row.rate)), el('td', { class: 'num' }, count(row.completed) + ' / ' + count(row.assigned))));
      table.append(body);
      const details = el(
        'details',
        { 'data-laggards': group.team, open: index === 0 ? '' : undefined },
        el('summary', {}, el('span', { class: 'team' }, group.team), ' ', el('span', { class: 'badge', 'data-figure': 'laggard-total' }, count(group.total))),
        el('div', { class: 'actions' }, copy, exportButton),
        table,
      );
      if (group.total > group.rows.length) details.append(el('p', { class: 'muted' }, t('moreRows', { shown: count(group.rows.length), total: count(group.total) })));
      section.append(details);
    });
    return section;
  }

  /** What was drawn, read back from the page (tests compare it with the tree). */
  function renderedFigures() {
    const text = (selector) => (document.querySelector(selector) || {}).textContent || '';
    return {
      company: {
        rate: text('[data-figure="company-rate"]'),
        awareness: text('[data-figure="company-awareness"]'),
        channel: text('[data-figure="company-channel"]'),
        users: text('[data-figure="company-users"]'),
        below: text('[data-figure="company-below"]'),
      },
      teams: [...document.querySelectorAll('li[data-team]')].map((li) => ({ name: li.getAttribute('data-team'), rate: li.querySelector('[data-figure="team-rate"]').textContent })),
      bands: [...document.querySelectorAll('[data-figure="band"]')].map((n) => n.textContent),
      laggardTeams: [...document.querySelectorAll('details[data-laggards]')].map((d) => ({ team: d.getAttribute('data-laggards'), total: d.querySelector('[data-figure="laggard-total"]').textContent })),
      trendPoints: document.querySelectorAll('[data-figure="trend-point"]').length,
    };
  }

  function render(model) {
    app.replaceChildren();
    app.setAttribute('aria-busy', 'false');
    if (!model) {
      app.append(el('h1', {}, t('title')), el('p', { class: 'muted' }, t('nothingLoaded')));
    } else {
      const header = el('header', {}, el('h1', {}, t('title') + ' · ' + model.connectionName), el('p', { class: 'muted' }, t('readAt', { time: when(model.readAt) })));
      if (model.staleReason) header.append(el('p', { class: 'warning', role: 'status' }, t('stale', { reason: model.staleReason })));
      app.append(header, companySection(model), teamsSection(model), distributionSection(model), trendSection(model), laggardsSection(model));
    }
    vscode.postMessage({ type: 'rendered', figures: renderedFigures() });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'model') return;
    strings = message.strings || {};
    language = message.language || 'en';
    render(message.model);
  });
  vscode.postMessage({ type: 'ready' });
})();

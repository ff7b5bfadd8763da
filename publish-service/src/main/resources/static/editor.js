// Newsflow editor page: submit URLs, follow their submissions live, browse published articles.
// Plain DOM code, no build step. Untrusted text is only ever set through textContent.
'use strict';

const TOKEN_KEY = 'newsflow.editorToken';
const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);
const submissions = new Map();   // submission id -> list item
let nextCursor = null;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function safeHttpUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function link(url, text) {
  const href = safeHttpUrl(url);
  if (!href) return el('span', text || url);
  const a = el('a', text || url);
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `HTTP ${response.status}`;
  } catch (e) {
    return `HTTP ${response.status}`;
  }
}

// --- submissions ---------------------------------------------------------------------------

function renderSubmission(view) {
  let item = submissions.get(view.id);
  if (!item) {
    item = el('li');
    submissions.set(view.id, item);
    $('submissions').prepend(item);
  }
  item.replaceChildren(el('span', view.state, `state ${view.state}`));
  if (view.state === 'PUBLISHED' && view.articleId) {
    const open = el('button', view.url, 'link');
    open.type = 'button';
    open.addEventListener('click', () => openArticle(view.articleId));
    item.append(open);
  } else {
    item.append(el('span', view.url));
  }
  if (view.state === 'FAILED' || view.state === 'DUPLICATE') {
    const why = [view.reasonCode, view.message].filter(Boolean).join(': ');
    if (why) item.append(el('div', why, 'help'));
  }
}

async function submit(event) {
  event.preventDefault();
  $('submit-error').textContent = '';
  const token = $('token').value.trim();
  sessionStorage.setItem(TOKEN_KEY, token);
  const urls = $('urls').value.split('\n').map((u) => u.trim()).filter(Boolean);
  if (urls.length === 0) return;
  const response = await fetch('/api/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ urls }),
  }).catch(() => null);
  if (!response) {
    $('submit-error').textContent = 'The service cannot be reached.';
    return;
  }
  if (!response.ok) {
    $('submit-error').textContent = await problemText(response);
    return;
  }
  for (const receipt of await response.json()) {
    renderSubmission(receipt);
    refreshSubmission(receipt.id);   // it may have moved on before the stream saw it
  }
  $('urls').value = '';
}

async function refreshSubmission(id) {
  const response = await fetch(`/api/submissions/${encodeURIComponent(id)}`);
  if (response.ok) renderSubmission(await response.json());
}

// --- articles ------------------------------------------------------------------------------

function articleItem(summary) {
  const item = el('li');
  const open = el('button', summary.title || summary.url, 'link');
  open.type = 'button';
  open.addEventListener('click', () => openArticle(summary.id));
  item.append(open);
  const about = [summary.siteName, summary.publishedAt].filter(Boolean).join(' · ');
  if (about) item.append(el('div', about, 'help'));
  return item;
}

async function loadArticles(reset) {
  const params = new URLSearchParams({ limit: PAGE_SIZE });
  const tag = $('tag').value.trim();
  if (tag) params.set('tag', tag);
  if (!reset && nextCursor) params.set('cursor', nextCursor);
  const response = await fetch(`/api/articles?${params}`);
  if (!response.ok) {
    $('articles').replaceChildren(el('li', await problemText(response), 'error'));
    return;
  }
  const page = await response.json();
  if (reset) $('articles').replaceChildren();
  page.items.forEach((summary) => $('articles').append(articleItem(summary)));
  nextCursor = page.nextCursor;
  $('more').hidden = !nextCursor;
}

async function openArticle(id) {
  const response = await fetch(`/api/articles/${encodeURIComponent(id)}`);
  if (!response.ok) return;
  const article = await response.json();
  $('article-title').textContent = article.title || article.url;
  const meta = $('article-meta');
  meta.replaceChildren();
  const row = (name, value) => {
    if (value === undefined || value === null || value === '') return;
    meta.append(el('dt', name));
    const dd = el('dd');
    dd.append(value instanceof Node ? value : document.createTextNode(String(value)));
    meta.append(dd);
  };
  row('URL', link(article.url));
  if (article.canonicalUrl && article.canonicalUrl !== article.url) row('Canonical', link(article.canonicalUrl));
  row('Site', article.siteName);
  row('Author', article.author);
  row('Published', article.publishedAt);
  row('Language', article.language);
  row('Fetched', article.revision && article.revision.fetchedAt);
  row('First seen', article.firstSeen);
  row('Submission', article.submissionId);

  const tags = $('article-tags');
  tags.replaceChildren();
  (article.tags || []).forEach((tag) => {
    const item = el('li');
    const name = /^Q\d+$/.test(tag.wikidataId || '')
      ? link(`https://www.wikidata.org/wiki/${tag.wikidataId}`, tag.name) : el('span', tag.name);
    item.append(name, el('span', `${tag.type.toLowerCase()} ${Number(tag.score).toFixed(2)}`, 'type'));
    tags.append(item);
  });

  const related = $('article-related');
  related.replaceChildren();
  (article.related || []).forEach((r) => {
    const item = el('li');
    const open = el('button', r.title || r.url, 'link');
    open.type = 'button';
    open.addEventListener('click', () => openArticle(r.id));
    item.append(open, el('span', ` (${Number(r.score).toFixed(2)})`, 'help'));
    related.append(item);
  });
  if (!related.children.length) related.append(el('li', 'none yet', 'help'));

  const body = $('article-body');
  body.replaceChildren();
  (article.body || '').split('\n').filter((p) => p.trim()).forEach((p) => body.append(el('p', p)));

  const section = $('article');
  section.hidden = false;
  section.focus();
}

// --- live streams --------------------------------------------------------------------------

function listen() {
  const articles = new EventSource('/api/articles/stream');
  articles.addEventListener('article', (event) => {
    if ($('tag').value.trim()) return;   // a filtered list is refreshed by hand
    $('articles').prepend(articleItem(JSON.parse(event.data)));
  });
  articles.onopen = () => { $('connection').textContent = 'live'; };
  articles.onerror = () => { $('connection').textContent = 'reconnecting…'; };

  const statuses = new EventSource('/api/submissions/stream');
  statuses.addEventListener('status', (event) => {
    const view = JSON.parse(event.data);
    if (submissions.has(view.id)) renderSubmission(view);
  });
}

document.addEventListener('DOMContentLoaded', () => {
  $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('submit-form').addEventListener('submit', submit);
  $('filter-form').addEventListener('submit', (event) => { event.preventDefault(); loadArticles(true); });
  $('more').addEventListener('click', () => loadArticles(false));
  loadArticles(true);
  listen();
});

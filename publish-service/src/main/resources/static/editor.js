// Newsflow editor page: submit URLs, follow their submissions live, browse and search published articles.
// Plain DOM code, no build step. Untrusted text is only ever set through textContent; links only http(s).
'use strict';

const TOKEN_KEY = 'newsflow.editorToken';
const PAGE_SIZE = 20;
const MAX_URLS = 100;
const FILTERS = ['q', 'tag', 'entity', 'topic', 'site', 'language'];
const $ = (id) => document.getElementById(id);
const submissions = new Map();   // submission id -> list item
let nextCursor = null;
let streams = [];

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

function articleButton(id, text) {
  const open = el('button', text, 'link');
  open.type = 'button';
  open.addEventListener('click', () => openArticle(id));
  return open;
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

// Reads send the token too: harmless when the read API is open, needed when it is protected.
function readHeaders() {
  return token() ? { Authorization: `Bearer ${token()}` } : {};
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
    item.dataset.submission = view.id;
    submissions.set(view.id, item);
    $('submissions').prepend(item);
  }
  item.replaceChildren(el('span', view.state, `state ${view.state}`));
  if (view.state === 'PUBLISHED' && view.articleId) {
    item.append(articleButton(view.articleId, view.url));
  } else {
    item.append(el('span', view.url));
  }
  if (view.state === 'DUPLICATE' && view.duplicateOf) {
    const why = el('div', 'duplicate of ', 'help');
    why.append(articleButton(view.duplicateOf, view.duplicateOf));
    item.append(why);
  } else if (view.state === 'FAILED' || view.state === 'DUPLICATE') {
    const why = [view.reasonCode, view.message].filter(Boolean).join(': ');
    if (why) item.append(el('div', why, 'help'));
  }
}

async function submit(event) {
  event.preventDefault();
  $('submit-error').textContent = '';
  const editorToken = $('token').value.trim();
  if (!editorToken) {
    $('submit-error').textContent = 'Enter your editor token.';
    $('token').focus();
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, editorToken);
  const urls = $('urls').value.split(/\s+/).map((u) => u.trim()).filter(Boolean);
  if (urls.length === 0) {
    $('submit-error').textContent = 'Paste at least one URL.';
    $('urls').focus();
    return;
  }
  if (urls.length > MAX_URLS) {
    $('submit-error').textContent = `At most ${MAX_URLS} URLs at a time (${urls.length} given).`;
    return;
  }
  const response = await fetch('/api/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editorToken}` },
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
  listen();   // the token may have changed what the streams may read
}

async function refreshSubmission(id) {
  const response = await fetch(`/api/submissions/${encodeURIComponent(id)}`, { headers: readHeaders() });
  if (response.ok) renderSubmission(await response.json());
}

// --- articles ------------------------------------------------------------------------------

function articleItem(summary) {
  const item = el('li');
  item.dataset.article = summary.id;
  item.append(articleButton(summary.id, summary.title || summary.url));
  const about = [summary.siteName, summary.publishedAt, summary.language].filter(Boolean).join(' · ');
  if (about) item.append(el('div', about, 'help'));
  return item;
}

function filterParams() {
  const params = new URLSearchParams();
  FILTERS.forEach((name) => {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  });
  return params;
}

async function loadArticles(reset) {
  const params = filterParams();
  params.set('limit', PAGE_SIZE);
  if (!reset && nextCursor) params.set('cursor', nextCursor);
  $('browse-error').textContent = '';
  const response = await fetch(`/api/articles?${params}`, { headers: readHeaders() }).catch(() => null);
  if (!response || !response.ok) {
    $('browse-error').textContent = response ? await problemText(response) : 'The service cannot be reached.';
    return;
  }
  const page = await response.json();
  if (reset) $('articles').replaceChildren();
  page.items.forEach((summary) => $('articles').append(articleItem(summary)));
  if (reset && page.items.length === 0) $('articles').append(el('li', 'No article matches.', 'help'));
  nextCursor = page.nextCursor;
  $('more').hidden = !nextCursor;
}

function tagList(target, tags, withType) {
  const list = $(target);
  list.replaceChildren();
  tags.forEach((tag) => {
    const item = el('li');
    const name = /^Q\d+$/.test(tag.wikidataId || '')
      ? link(`https://www.wikidata.org/wiki/${tag.wikidataId}`, tag.name) : el('span', tag.name);
    item.append(name);
    const detail = [withType ? tag.type.toLowerCase() : null, tag.code, Number(tag.score).toFixed(2)]
      .filter(Boolean).join(' ');
    item.append(el('span', detail, 'type'));
    list.append(item);
  });
  if (!tags.length) list.append(el('li', 'none', 'help'));
}

function provenance(source) {
  if (!source) return 'unknown';
  if (source === 'editor') return 'editor (submitted URL)';
  if (source === 'upload') return 'editor upload';
  if (source.startsWith('feed:')) return `subscription ${source.substring(5)}`;
  return source;
}

async function openArticle(id) {
  const response = await fetch(`/api/articles/${encodeURIComponent(id)}`, { headers: readHeaders() });
  if (!response.ok) {
    $('browse-error').textContent = await problemText(response);
    return;
  }
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
  row('Modified', article.modifiedAt);
  row('Language', article.language);
  row('Source', provenance(article.source));
  row('Fetched', article.revision && article.revision.fetchedAt);
  row('Extracted', article.revision && article.revision.extractedAt);
  row('Content hash', article.revision && article.revision.contentHash);
  row('First seen', article.firstSeen);
  row('Updated', article.updatedAt);
  row('Submission', article.submissionId);
  row('JSON-LD', link(`${location.origin}/api/articles/${encodeURIComponent(article.id)}`, 'schema.org NewsArticle (Accept: application/ld+json)'));

  const tags = article.tags || [];
  tagList('article-entities', tags.filter((t) => t.type !== 'TOPIC' && t.type !== 'KEYWORD'), true);
  tagList('article-topics', tags.filter((t) => t.type === 'TOPIC'), false);
  tagList('article-keywords', tags.filter((t) => t.type === 'KEYWORD'), false);

  const related = $('article-related');
  related.replaceChildren();
  (article.related || []).forEach((r) => {
    const item = el('li');
    item.append(articleButton(r.id, r.title || r.url), el('span', ` (${Number(r.score).toFixed(2)})`, 'help'));
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

function streamUrl(path) {
  return token() ? `${path}?access_token=${encodeURIComponent(token())}` : path;
}

function listen() {
  streams.forEach((stream) => stream.close());
  const articles = new EventSource(streamUrl('/api/articles/stream'));
  articles.addEventListener('article', (event) => {
    if ([...filterParams().keys()].length) return;   // a filtered list is refreshed by searching again
    const summary = JSON.parse(event.data);
    const existing = document.querySelector(`#articles li[data-article="${CSS.escape(summary.id)}"]`);
    if (existing) existing.remove();
    $('articles').prepend(articleItem(summary));
  });
  articles.onopen = () => { $('connection').textContent = 'live'; };
  articles.onerror = () => { $('connection').textContent = 'reconnecting…'; };

  const statuses = new EventSource(streamUrl('/api/submissions/stream'));
  statuses.addEventListener('status', (event) => {
    const view = JSON.parse(event.data);
    if (submissions.has(view.id)) renderSubmission(view);
  });
  streams = [articles, statuses];
}

document.addEventListener('DOMContentLoaded', () => {
  $('token').value = token();
  $('submit-form').addEventListener('submit', submit);
  $('filter-form').addEventListener('submit', (event) => { event.preventDefault(); loadArticles(true); });
  $('more').addEventListener('click', () => loadArticles(false));
  loadArticles(true);
  listen();
});

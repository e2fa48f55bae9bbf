// The dashboard page: draws /api/graph (Cytoscape.js elements with scores) and shows an ego network on click.
// Every text from the server goes through textContent or Cytoscape's canvas labels, never innerHTML.
'use strict';
const status = document.getElementById('status');
const egoLine = document.getElementById('ego');

function say(text, isError) {
  status.textContent = text;
  if (isError) status.setAttribute('data-error', ''); else status.removeAttribute('data-error');
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function query(form) {
  const params = new URLSearchParams({ format: 'cytoscape' });
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim() !== '' && !(name === 'minEvidence' && value === '0')) params.set(name, String(value).trim());
  }
  return params;
}

async function draw(form) {
  if (typeof cytoscape !== 'function') {
    say('Cytoscape.js is missing from wwwroot/lib: run .ci/install-node-packages.sh and rebuild.', true);
    return;
  }
  const params = query(form);
  say('Computing…');
  try {
    const json = await getJson('/api/graph?' + params);
    if (window.cy) window.cy.destroy();
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: json.elements,
      layout: { name: 'cose', animate: false, randomize: false },
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 8, 'text-wrap': 'ellipsis', 'text-max-width': 90,
          'width': 'mapData(pagerank, 0, 0.08, 8, 40)', 'height': 'mapData(pagerank, 0, 0.08, 8, 40)',
          'background-color': 'mapData(community, 0, 12, #1f77b4, #d62728)' } },
        { selector: 'edge', style: { 'width': 1, 'line-color': '#bbb', 'curve-style': 'bezier' } },
        { selector: '.ego', style: { 'border-width': 3, 'border-color': '#000' } },
      ],
    });
    window.cy = cy;
    cy.on('tap', 'node', event => showEgo(event.target.id(), params));
    say(`${cy.nodes().length} stakeholders, ${cy.edges().length} ties${json.data.title ? ' — ' + json.data.title : ''}`);
  } catch (error) {
    say(error.message, true);
  }
}

async function showEgo(id, params) {
  params = new URLSearchParams(params);
  params.delete('format');
  try {
    const ego = await getJson(`/api/ego/${encodeURIComponent(id)}?${params}`);
    window.cy.nodes().removeClass('ego');
    for (const member of ego.members) window.cy.getElementById(member.id).addClass('ego');
    const size = ego.effectiveSize === null ? ego.effectiveSizeNote : ego.effectiveSize.toFixed(2);
    egoLine.textContent = `Ego network of ${ego.ego.name}: ${ego.members.length} members, ${ego.links.length} links, effective size ${size}`;
  } catch (error) {
    egoLine.textContent = error.message;
  }
}

const form = document.getElementById('filters');
form.addEventListener('submit', event => { event.preventDefault(); draw(form); });
draw(form);

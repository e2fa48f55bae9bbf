#!/usr/bin/env node
// Loads one of our front-end exports with the library it is meant for and prints what the library sees, as JSON:
//   node load_export.js cytoscape elements.json   -> cytoscape({headless, elements}) and cy.json(json)
//   node load_export.js graphology graph.json     -> Graph.from(json)
// Output: {"nodes": n, "edges": m, "nodeIds": [...], "edgeIds": [...], "nodeData": {id: {...}}, "edgeEnds": {id: [s, t]},
//          "positions": {id: [x, y]}, "directed": bool|null, "multi": bool|null, "undirectedEdges": n}
// The C# test (tests/Network.Tests/IO/FrontEndInteropTests.cs) compares it with the network it wrote.
'use strict';
const fs = require('fs');
const path = require('path');
const [kind, file] = process.argv.slice(2);
const json = JSON.parse(fs.readFileSync(file, 'utf8'));
const out = { nodes: 0, edges: 0, nodeIds: [], edgeIds: [], nodeData: {}, edgeEnds: {}, positions: {}, directed: null, multi: null, undirectedEdges: 0 };
const lib = name => require(path.join(__dirname, 'node_modules', name));

if (kind === 'cytoscape') {
  const cytoscape = lib('cytoscape');
  // 'preset' keeps the positions we wrote (the default layout would move them).
  const cy = cytoscape({ headless: true, elements: json.elements, layout: { name: 'preset' } });
  const viaJson = cytoscape({ headless: true });
  viaJson.json(json);
  if (viaJson.nodes().length !== cy.nodes().length || viaJson.edges().length !== cy.edges().length) {
    throw new Error('cy.json(json) and cytoscape({elements}) disagree');
  }
  out.nodes = cy.nodes().length;
  out.edges = cy.edges().length;
  cy.nodes().forEach(n => {
    out.nodeIds.push(n.id());
    out.nodeData[n.id()] = n.data();
    const p = n.position();
    out.positions[n.id()] = [p.x, p.y];
  });
  cy.edges().forEach(e => {
    out.edgeIds.push(e.id());
    out.edgeEnds[e.id()] = [e.source().id(), e.target().id()];
  });
  out.directed = viaJson.data('directed') ?? null;
} else if (kind === 'graphology') {
  const Graph = lib('graphology');
  const graph = Graph.from(json);
  out.nodes = graph.order;
  out.edges = graph.size;
  out.directed = graph.type === 'directed' ? true : graph.type === 'undirected' ? false : null;
  out.multi = graph.multi;
  out.undirectedEdges = graph.undirectedSize;
  graph.forEachNode((key, attributes) => {
    out.nodeIds.push(key);
    out.nodeData[key] = attributes;
    if (typeof attributes.x === 'number') out.positions[key] = [attributes.x, attributes.y];
  });
  graph.forEachEdge((key, attributes, source, target) => {
    out.edgeIds.push(key);
    out.edgeEnds[key] = [source, target];
  });
} else {
  throw new Error(`unknown kind ${kind}: expected cytoscape or graphology`);
}
process.stdout.write(JSON.stringify(out));

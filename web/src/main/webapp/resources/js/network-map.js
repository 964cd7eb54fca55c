/*
 * The network of networks' map: Cytoscape.js lays the networks out by force (its "cose" layout) from the
 * picture the page carries in #networkMap's data-graph. Selecting a network brings out its neighbourhood and
 * offers to open it or to focus the picture on it; the buttons and the keyboard zoom and pan.
 */
(function () {
  'use strict';
  var box = document.getElementById('networkMap');
  if (!box || typeof window.cytoscape !== 'function') {
    return;
  }
  var picture = JSON.parse(box.getAttribute('data-graph'));
  var cy = window.cytoscape({
    container: box,
    elements: picture.elements,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'label': 'data(label)',
          'width': 'data(size)',
          'height': 'data(size)',
          'background-color': 'data(colour)',
          'border-width': 1.5,
          'border-color': '#ffffff',
          'color': '#0b0c0c',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '140px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8
        }
      },
      {
        selector: 'edge',
        style: {
          'width': 1.5,
          'line-color': '#505a5f',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#505a5f',
          'arrow-scale': 0.8
        }
      },
      { selector: 'edge[type = "AFFILIATED_WITH"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      { selector: 'edge[type = "SUCCEEDED_BY"]', style: { 'line-style': 'dotted' } },
      { selector: 'node[?focus], node:selected', style: { 'border-width': 4, 'border-color': '#0b0c0c' } },
      { selector: '.faded', style: { 'opacity': 0.15 } }
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90, padding: 20 }
  });
  cy.userZoomingEnabled(true);
  cy.userPanningEnabled(true);

  var selection = document.getElementById('mapSelection');

  function link(text, href) {
    var a = document.createElement('a');
    a.textContent = text;
    a.href = href;
    return a;
  }

  function bringOut(node) {
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    selection.textContent = '';
    var name = document.createElement('strong');
    name.textContent = node.data('label');
    selection.appendChild(name);
    selection.appendChild(document.createTextNode(' '));
    selection.appendChild(link(selection.getAttribute('data-open'), selection.getAttribute('data-view-url') + node.data('network')));
    selection.appendChild(document.createTextNode(' · '));
    selection.appendChild(link(selection.getAttribute('data-focus'), selection.getAttribute('data-focus-url') + node.data('network')));
  }

  function clear() {
    cy.elements().removeClass('faded');
    selection.textContent = '';
    chosen = -1;
  }

  // The keyboard's way to select: N and P step through the networks in the page's order (most
  // between others first, as in the table beside the map), Enter opens the one selected.
  var order = picture.elements.filter(function (e) { return !e.data.source; }).map(function (e) { return e.data.id; });
  var chosen = -1;

  function step(by) {
    if (order.length === 0) {
      return;
    }
    chosen = (chosen + by + order.length) % order.length;
    var node = cy.getElementById(order[chosen]);
    cy.$(':selected').unselect();
    node.select();
    cy.center(node);
    bringOut(node);
  }

  cy.on('tap', 'node', function (event) {
    chosen = order.indexOf(event.target.id());
    bringOut(event.target);
  });
  cy.on('tap', function (event) {
    if (event.target === cy) {
      clear();
    }
  });
  if (picture.focus) {
    var focused = cy.getElementById(picture.focus);
    if (focused.nonempty()) {
      bringOut(focused);
    }
  }

  function zoomBy(factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
  }

  document.getElementById('mapZoomIn').addEventListener('click', function () { zoomBy(1.25); });
  document.getElementById('mapZoomOut').addEventListener('click', function () { zoomBy(0.8); });
  document.getElementById('mapFit').addEventListener('click', function () { cy.fit(undefined, 20); });

  box.addEventListener('keydown', function (event) {
    var distance = 40;
    var moves = {
      ArrowLeft: { x: distance, y: 0 },
      ArrowRight: { x: -distance, y: 0 },
      ArrowUp: { x: 0, y: distance },
      ArrowDown: { x: 0, y: -distance }
    };
    if (moves[event.key]) {
      cy.panBy(moves[event.key]);
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(1.25);
    } else if (event.key === '-') {
      zoomBy(0.8);
    } else if (event.key === '0') {
      cy.fit(undefined, 20);
    } else if (event.key === 'n' || event.key === 'N') {
      step(1);
    } else if (event.key === 'p' || event.key === 'P') {
      step(-1);
    } else if (event.key === 'Enter' && chosen >= 0) {
      window.location.href = selection.getAttribute('data-view-url') + cy.getElementById(order[chosen]).data('network');
    } else if (event.key === 'Escape') {
      cy.$(':selected').unselect();
      clear();
    } else {
      return;
    }
    event.preventDefault();
  });
  box.setAttribute('data-ready', 'true');
}());
